"""Sub-questions of the inquiry's sections that the answer repeats but the reading did not
take as questions: a doubt, not a pair.

The inquiry asks in sections ("1. Bestand" / "1.1 Wie viele …?" / "1.2 Wie viele …?"); its
reading keeps each section as one question ("Bestand 1.1 …? 1.2 …?"). Where the answer
repeats the headings and the sub-questions, each answered under it, the section reading
takes them (``questions.section_heading_lines``). Where it does not (a remark between a
heading and its first sub-question, a heading or an item worded otherwise), the numbered
reading found "1. Bestand" as question 1 and ran on to the next "?" it could end at: the
question held the sub-questions with the answers between them ("Bestand 1.1 …? Es sind
180. 1.2 …?"), its answer the rest, and the next sections inside that answer — wrong pairs
without a parse issue.

So where the answer repeats a sub-question of such a section on a line of its own ("1.2
Wie viele …?", its words as the inquiry asks them) and the reading took that line into a
question holding text the inquiry does not have, nothing is paired: the inquiry's
questions are written, then the undivided answer, each repeated sub-question and heading a
paragraph of its own (the parser's doubt: the answer not divided by question). A section
repeated as asked ("1. Bestand 1.1 …?" or "… 1.1 …? 1.2 …?", standing in the inquiry)
stays paired with the answer after it, and the answer's later sub-questions ("1.2 …?" on
their own lines) are read as written. The section reading itself is left where the answer
labels a line as a section's sub-question but words it otherwise ("1.2 Wie viele der
Plätze …?"): it would leave that question inside the answer before it. All functions are pure.
"""

from __future__ import annotations

import re

from .. import layouts
from .question_spans import QuestionSpan
from .questions import in_inquiry

_SUB_QUESTION_LINE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")  # "1.2 Wie viele …", "2.1. Was …"


def section_numbers(expected: list[QuestionSpan]) -> set[str]:
    """The numbers of the inquiry's questions read as sections: a heading without "?" (at
    most 80 characters) before its first sub-question "N.1" ("Bestand 1.1 Wie viele …?");
    empty unless two of them at least."""
    numbers = set()
    for question in expected:
        number = question.number.rstrip(".)")
        if number.isdigit() and re.match(rf"^[^?]{{2,80}}?\s{number}\.1\.?\s", question.text.strip()):
            numbers.add(number)
    return numbers if len(numbers) >= 2 else set()


def _asked_part(line: str) -> str:
    """The line up to its first "?" (the sub-question, without an answer run onto its line)."""
    return line[:line.index("?") + 1] if "?" in line else line


def repeated_sub_questions(lines: list[str], expected: list[QuestionSpan], inquiry_text: str) -> list[int]:
    """The lines of the answer that repeat a sub-question of one of the inquiry's sections by
    its label ("1.2 Wie viele …?"): the section asks it under that label, and the line's words
    up to its "?" stand in the inquiry."""
    return _sub_question_lines(lines, expected, inquiry_text, standing=True)


def reworded_sub_questions(lines: list[str], expected: list[QuestionSpan], inquiry_text: str) -> list[int]:
    """The lines of the answer labelled as a sub-question of one of the inquiry's sections
    ("1.2 Wie viele der Plätze …?" where the section asks "1.2 Wie viele davon …?") whose
    words up to their "?" do not stand in the inquiry: the section reading would leave
    such a line inside the answer text before it, its question unread."""
    return _sub_question_lines(lines, expected, inquiry_text, standing=False)


def _sub_question_lines(lines: list[str], expected: list[QuestionSpan], inquiry_text: str,
                        standing: bool) -> list[int]:
    """The lines labelled as a sub-question its section asks under that label, whose words
    up to their "?" stand in the inquiry (``standing``) or do not."""
    sections = section_numbers(expected)
    if not sections:
        return []
    texts = {q.number.rstrip(".)"): q.text for q in expected}
    found = []
    for index, line in enumerate(lines):
        match = _SUB_QUESTION_LINE.match(line.strip())
        if match is None or match.group(1) not in sections:
            continue
        label = f"{match.group(1)}.{match.group(2)}"
        if re.search(rf"(?:^|\s){re.escape(label)}\.?\s", texts[match.group(1)]) \
                and in_inquiry(_asked_part(line.strip()), inquiry_text) == standing:
            found.append(index)
    return found


def _asked_as_in_inquiry(span: QuestionSpan, inquiry_text: str) -> bool:
    """Does the question read stand in the inquiry letter for letter (no answer text in it)?"""
    return layouts.letters(span.text) in layouts.letters(inquiry_text)


def sub_questions_left_unread(lines: list[str], spans: list[QuestionSpan], expected: list[QuestionSpan],
                              inquiry_text: str) -> list[int]:
    """The lines of sub-questions the answer repeats (``repeated_sub_questions``) that the
    reading took into a question read with text the inquiry does not have (the answers
    between its sub-questions). Not those in a question read as the inquiry asks it, nor
    those in answer text (the answer's labelled questions are read after, as written)."""
    unread = []
    for index in repeated_sub_questions(lines, expected, inquiry_text):
        holder = next((span for span in spans if span.start < index < span.end), None)
        if holder is not None and not _asked_as_in_inquiry(holder, inquiry_text):
            unread.append(index)
    return unread


_HEADING_LINE = re.compile(r"^(\d{1,2})\.\s+[^?]{2,80}$")  # "2. Kosten"


def set_apart(lines: list[str], unread: list[int], expected: list[QuestionSpan], inquiry_text: str) -> list[str]:
    """``lines`` with each sub-question of ``unread`` and each heading of the inquiry's
    sections ("2. Kosten", as the inquiry writes it) starting a paragraph of its own, so
    that the undivided answer holds no question with answers run into it."""
    sections = section_numbers(expected)
    inquiry = layouts.letters(inquiry_text)
    out: list[str] = []
    for index, line in enumerate(lines):
        heading = _HEADING_LINE.match(line.strip())
        if index in unread or (heading and heading.group(1) in sections and layouts.letters(line) in inquiry):
            out.append("")
        out.append(line)
    return out
