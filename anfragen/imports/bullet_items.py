"""The "- " items of a question the answer document does not repeat, as its sub-questions.

An inquiry asks one question and lists what it asks about under it:

    1. Wie schätzt die Verwaltung die Auswirkungen der Zone ein?
    - Image-Gewinn für die Stadt?
    - Klimatische Auswirkungen
    - Einnahmeausfälle bei der KVV?

The answer document leaves the question out and repeats the items one by one, each
followed by its answer. Read as the inquiry's one question, the document's "?" lines would
be numbered by their position, and an item without "?" folded into the answer before it.
``as_items_of_unrepeated_question`` reads such items as the question's sub-questions
("1a)", "1b)", …), the question their lead; the importer then finds each in the answer as it
finds unnumbered questions, all of them or none (``questions.unnumbered_questions``). Pure.
"""

from __future__ import annotations

import re

from ..layouts import letters
from .question_spans import QuestionSpan

_ITEM = re.compile(r"^[-–•]\s+(\S.*)$")
MIN_ITEMS = 2
OPENING = 40  # letters of the question's opening that show the answer repeats it


def as_items_of_unrepeated_question(spans: list[QuestionSpan], inquiry_lines: list[str],
                                    answer_lines: list[str]) -> list[QuestionSpan]:
    """``spans`` with the inquiry's one numbered question replaced by its "- " items (right
    after it, one line each, most of them asking) where the answer does not repeat the
    question; ``spans`` as they are otherwise."""
    if len(spans) != 1 or not spans[0].labelled or not spans[0].text.rstrip().endswith("?"):
        return spans
    question = spans[0]
    opening = letters(question.text)[:OPENING]
    if len(opening) < OPENING or opening in letters(" ".join(answer_lines)):
        return spans
    items = _items_after(inquiry_lines, question.end)
    if len(items) < MIN_ITEMS or sum(text.endswith("?") for _, text in items) < len(items) - 1:
        return spans
    number = question.number.rstrip(".)")
    return [QuestionSpan(index, index + 1, f"{number}{chr(ord('a') + k)})", text, True,
                         question.text)
            for k, (index, text) in enumerate(items)]


def _items_after(lines: list[str], end: int) -> list[tuple[int, str]]:
    """The "- " items (line index, text) right after line ``end`` (blank lines before them
    skipped), up to the first line that is none."""
    index = end
    while index < len(lines) and not lines[index].strip():
        index += 1
    items = []
    while index < len(lines) and (m := _ITEM.match(lines[index].strip())):
        items.append((index, m.group(1).strip()))
        index += 1
    return items


_ITEM_NUMBER = re.compile(r"(\d{1,2})[a-z]\)")


def lead_paragraph(expected: list[QuestionSpan]) -> str:
    """The askers' question that leads into the items ``as_items_of_unrepeated_question``
    read, quoted as theirs under its number ("> Fragesteller: 1. Wie schätzt …?"), to stand
    before the first item (the context of its sub-questions); "" for other questions."""
    numbers = {m.group(1) if (m := _ITEM_NUMBER.fullmatch(q.number)) else None for q in expected}
    lead = expected[0].lead if expected else ""
    if len(expected) < MIN_ITEMS or len(numbers) != 1 or None in numbers or not lead.rstrip().endswith("?") \
            or any(q.lead != lead for q in expected):
        return ""
    return f"> Fragesteller: {numbers.pop()}. {' '.join(lead.split())}"
