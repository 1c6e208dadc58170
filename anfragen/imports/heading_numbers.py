"""The numbers an answer document gives its own questions in "Zu Frage 5" headings.

An answer document that repeats the inquiry's questions without their labels, each under a
heading of its own ("Zu Frage 1" / "Welche …?", …, "Zu Frage 5." / "Könnten …?"), gives no
numbered line to follow; its questions are then read as its paragraphs ending in "?" and
numbered by their position. Where it leaves a question out (question 4 answered later
under "Zu Frage 4:", without its question), the position is not the question's number:
the fifth question would be read as question 4. Here the heading says the number, and the
inquiry confirms it. Pure functions of cleaned lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from .question_spans import QuestionSpan, normalise, ordinal

# "Zu Frage 5", "Zu Frage 5.", "Zu Frage 5:", "Zu 5.)": one number, nothing after it
_HEADING = re.compile(r"^Zu\s+(?:Frage\s+)?(\d{1,2})\s*(?:\.\)|[.):])?\s*")
QUESTION_MATCH = 90  # ratio of the question under a heading with the inquiry's question of its number


def numbered_by_headings(spans: list[QuestionSpan], lines: list[str],
                         expected: list[QuestionSpan]) -> list[QuestionSpan]:
    """``spans`` (the answer's own questions, numbered by their position) numbered by the
    heading each stands under, where every one stands under a "Zu Frage N" heading (its
    first line, or the line right above it, no blank line between), the numbers rise, and
    each question is the inquiry's question N (``QUESTION_MATCH``); else unchanged. Only
    where the inquiry numbers its questions."""
    if len(spans) < 2 or not expected or not expected[0].labelled:
        return spans
    by_number = {ordinal(q.number.rstrip(".)")): q for q in expected}
    numbers = [_heading_number(span, lines) for span in spans]
    if any(n is None for n in numbers) or numbers != sorted(set(numbers)):
        return spans
    for span, number in zip(spans, numbers, strict=True):
        want = by_number.get(number)
        if want is None or fuzz.ratio(normalise(_without_heading(span.text)), normalise(want.text)) < QUESTION_MATCH:
            return spans
    return [replace(span, number=f"{number}.", labelled=True) for span, number in zip(spans, numbers, strict=True)]


def _heading_number(span: QuestionSpan, lines: list[str]) -> int | None:
    """The number of the heading a question stands under: "Zu Frage 1 Welche …?" (its own
    first line, the question on it or on the next), or "Zu Frage 5." alone on the line right above it."""
    if own := _HEADING.match(lines[span.start].strip()):
        return int(own.group(1))
    if span.start > 0:
        above = lines[span.start - 1].strip()
        heading = _HEADING.match(above)
        if heading and heading.end() == len(above):
            return int(heading.group(1))
    return None


def _without_heading(text: str) -> str:
    return _HEADING.sub("", text, count=1)
