"""A table an answer announces ("Exemplarisch werden in der folgenden Tabelle die Erlöse …
dargestellt.") that does not follow it, while a later answer holds table lines ("Monat
Januar Februar … Mittelwert / Reinerlös pro Mg in Euro 13,98 7,09 6,75 …"). The PDF's text
layer gave the table where its page or the document ends, so it stands inside a later answer
that is about something else (reading audit 29: the table of answer 1 at the end of answer 2;
the table of answer 1 after answer 2's own table). Which answer the table belongs to is not
settled: a doubt (``check_table_announced_elsewhere``).

A table announced but never extracted (an image), with no table lines in a later answer,
leaves the pairs right and is no doubt."""

from __future__ import annotations

import re

from .model import Inquiry, ParseIssue

# "in der folgenden Tabelle", "der nachstehenden Übersicht", "die unten stehende Tabelle",
# "im folgenden Diagramm", "wie folgt:"
_ANNOUNCEMENT = re.compile(
    r"\b(?:nach|unten ?)?(?:folgende|stehende)[nrms]? (?:Tabellen?|Übersicht|Aufstellung|Auflistung|"
    r"Zusammenstellung|Grafik|Abbildung|Diagramm)\b|\bwie folgt ?:", re.IGNORECASE)
# the end of the announcing sentence: not the full stop of a date's day ("vom 1. Januar")
_SENTENCE_END = re.compile(r"(?<!\d)[.:!?](?:\s|$)")
# a figure as a table cell gives it: "13,98", "5.839", "-75", "25,6%" (not "2012," of a sentence)
_FIGURE = re.compile(r"[-+]?\d(?:[\d.,]*\d)?%?")


def check_table_announced_elsewhere(inq: Inquiry) -> None:
    """Record the doubt where an answer announces a table that does not follow it and a
    later answer holds table lines (see the module)."""
    tables = [holds_table_lines(answer.text) for answer in inq.answers]
    for index, answer in enumerate(inq.answers):
        if announces_missing_table(answer.text) and any(tables[index + 1:]):
            inq.issues.append(ParseIssue(
                "answers", "answer announces a table that does not follow it; a later answer holds "
                "table lines (the text extraction may have moved the table there)", answer.line))


def announces_missing_table(text: str) -> bool:
    """An announcement of a following table (the last one in the text) after which the text
    holds only sentences: no table line, no list, nothing but prose (or nothing)."""
    announcements = list(_ANNOUNCEMENT.finditer(text))
    if not announcements:
        return False
    start = announcements[-1].start()
    end = _SENTENCE_END.search(text, start)
    after = text[end.end():] if end else ""
    return all(_is_sentence_paragraph(p) for p in after.split("\n\n") if p.strip())


def holds_table_lines(text: str) -> bool:
    """Some paragraph of the text is table lines (see ``is_table_line``)."""
    return any(is_table_line(p) for p in text.split("\n\n"))


def is_table_line(paragraph: str) -> bool:
    """Rows of figures: four figures one after another ("2003 2004 2005 2006"), or three
    figures or more making a third of the words of a paragraph that ends without a
    sentence's stop ("Reinerlös pro Mg in Euro 13,98 7,09 6,75")."""
    words = paragraph.split()
    figures = [_FIGURE.fullmatch(word) is not None for word in words]
    if _longest_run(figures) >= 4:
        return True
    count = sum(figures)
    return count >= 3 and 3 * count >= len(words) and not paragraph.rstrip().endswith((".", ":", "?"))


def _is_sentence_paragraph(paragraph: str) -> bool:
    return paragraph.rstrip().endswith((".", "!", "?")) and not is_table_line(paragraph)


def _longest_run(flags: list[bool]) -> int:
    longest = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    return longest
