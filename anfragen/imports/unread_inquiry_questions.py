"""Questions of an inquiry that the reading of its numbers (1, 2, 3 …) leaves out, shown
where the answer document neither repeats nor divides by the questions (one undivided answer
under "## Stellungnahme"): an answer shared by all questions shown would otherwise be given
to a part of the inquiry only.

Its sub-questions "1.1.", "1.2." under its numbered question "1.", each a paragraph of
its own:

    1. Welche Projekte wurden beschlossen? Wie ist jeweils der Zeitraum?

    1.1. Für welche dieser Projekte ist die Planung abgeschlossen?

    1.2. Was sind die Gründe für den Zeitraum? Bitte jeweils anfügen.

    2. Reichen die Ressourcen aus?

Read only where the paragraphs between question N and question N + 1 are nothing but its
sub-questions N.1, N.2 … in order, each asking ("?") and holding nothing after its last "?"
but the askers' "Bitte …" request; after the last question, its sub-questions up to the
first other paragraph (the reasons, the signature).

Its closing question after the last numbered one, without a number: "3. Ist … vorgesehen?" /
"Falls bislang keine Maßnahmen geplant sind: Wird die Verwaltung beauftragt, … zu prüfen?" /
"Begründung: …". Read only where it is the paragraph right after the last question (or its
last sub-question), one sentence that asks (after its condition, "Falls …:", "Wenn …:") and
ends in "?", and nothing but the askers' closing section ("Begründung", their signature)
or the end follows; it is numbered by its position, as the questions of an inquiry without
numbers are (the number after the last, ``labelled`` False). All functions are pure.
"""

from __future__ import annotations

import re

from .. import layouts
from .question_spans import QuestionSpan, joined_text, paragraph_ranges, split_sentences

_SUB_NUMBERED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$")  # "1.1. Für welche …", "2.1 Reichen …"
_REQUEST_TAIL = re.compile(r"^(?:Bitte\b[^?]*)?$")  # "… abgeschlossen?", "…? Bitte jeweils anfügen."


def _sub_question(lines: list[str], paragraph: tuple[int, int], number: int, sub: int) -> QuestionSpan | None:
    """The sub-question ``number``.``sub`` that ``paragraph`` is, or None where it is not
    (another label, no "?", statements after its last "?")."""
    first, end = paragraph
    text = joined_text(lines, first, end)
    match = _SUB_NUMBERED.match(text)
    if not match or (int(match.group(1)), int(match.group(2))) != (number, sub):
        return None
    body = match.group(3).strip()
    if "?" not in body or not _REQUEST_TAIL.match(body.rpartition("?")[2].strip()):
        return None
    return QuestionSpan(first, end, f"{number}.{sub}.", body)


def sub_questions(lines: list[str], span: QuestionSpan, following: int | None) -> list[QuestionSpan]:
    """The sub-questions of the inquiry's question ``span`` standing after it, each a
    paragraph of its own, up to the line ``following`` (the next question's; None after the
    last question: up to the first paragraph that is none of them)."""
    label = span.number.rstrip(".)")
    if not label.isdigit() or not span.labelled:
        return []
    found: list[QuestionSpan] = []
    for paragraph in paragraph_ranges(lines, span.end, len(lines) if following is None else following):
        question = _sub_question(lines, paragraph, int(label), len(found) + 1)
        if question is None:
            return found if following is None else []  # (between two questions: anything else, none)
        found.append(question)
    return found


_CONDITION = re.compile(r"^(?:Falls|Wenn|Sofern)\b[^:?]*:\s+")  # "Falls bislang keine … geplant sind: "


def closing_question(lines: list[str], last: QuestionSpan, closing: re.Pattern[str]) -> QuestionSpan | None:
    """The askers' question without a number in the paragraph right after ``last`` (the
    inquiry's last numbered question, or its last sub-question), numbered by its position;
    None where that paragraph is no such question or anything but their closing section
    (a line matching ``closing``: "Begründung", "Unterzeichnet") or the end follows it."""
    label = last.number.rstrip(".)").split(".")[0]
    paragraphs = paragraph_ranges(lines, last.end, len(lines))
    if not label.isdigit() or not paragraphs:
        return None
    first, end = paragraphs[0]
    if any(closing.match(lines[index].strip()) for index in range(first, end)) or \
            len(paragraphs) > 1 and not closing.match(lines[paragraphs[1][0]].strip()):
        return None
    text = joined_text(lines, first, end)
    asked = _CONDITION.sub("", text)
    if not text.endswith("?") or text.count("?") != 1 or len(split_sentences(text)) != 1 \
            or not layouts.starts_asking(asked):
        return None
    return QuestionSpan(first, end, f"{int(label) + 1}.", text, labelled=False)
