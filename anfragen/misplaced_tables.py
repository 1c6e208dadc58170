"""A table or attachment the answer document places after its answers but heads with
other questions ("Tabelle zu Frage 1 und 1a.)" after answer 7): it belongs to the
questions it names, not to the answer before it. The walk keeps it apart as the
administration's attachment (``table_heading``) where every question it names was asked
and answered already; anywhere else an answer holding it is not settled, and that is a
doubt (``check_tables_for_other_questions``)."""

from __future__ import annotations

import re

from . import layouts
from .model import Inquiry, ParseIssue

# "Tabelle zu Frage 1 und 1a.)", "Anlage zu den Fragen 2 bis 4", "Übersicht zu Frage 3:"
_TABLE_HEADING = re.compile(r"^(?:Tabelle|Anlage|Übersicht|Aufstellung)\s+zu\s+(?:der\s+|den\s+)?"
                            r"(?:Fragen?|Ziffern?|Nr\.)\s*((?:\d{1,2}[a-z]?|und|bis|[\s.,)–-])+)")


def check_tables_for_other_questions(inq: Inquiry, answer_parts: dict[int, list[str]]) -> None:
    """Record the doubt where a paragraph of an answer heads a table with questions that
    answer does not answer (the questions it names have answers of their own)."""
    for index, parts in answer_parts.items():
        answered = {q.number for q in inq.questions if q.answer == index}
        for part in parts:
            named = _named_questions(layouts.unescaped(part.strip()))
            if named and not set(named) & answered:
                inq.issues.append(ParseIssue(
                    "answers", f"answer contains a table headed for other questions: {part[:60]!r}",
                    inq.answers[index].line))
                break


def _named_questions(paragraph: str) -> list[str]:
    heading = _TABLE_HEADING.match(paragraph)
    return layouts.numbers_in(re.sub(r"\)", "", heading.group(1))) if heading else []


def table_heading(paragraph: str) -> tuple[str, list[str], str] | None:
    """"Tabelle zu Frage 1 und 1a.) Stand …" → ("Tabelle zu Frage 1 und 1a.)", ["1", "1a"],
    "Stand …"); None for any other paragraph."""
    text = layouts.unescaped(paragraph.strip())
    heading = _TABLE_HEADING.match(text)
    if heading is None or not (named := _named_questions(text)):
        return None
    return heading.group(0).strip(), named, text[heading.end():].strip()
