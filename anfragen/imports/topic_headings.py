"""Topic headings of the askers' own over an inquiry's numbered questions.

"Zu Fallzahlen und Entwicklung" / "1. Wie viele Fälle …?" / "2. …?" / "Dokumentation und
Meldewege" / "9. Verfügt die Stadt …?": the askers group questions numbered 1, 2, 3 …
throughout under short headings without a numeral and without a full stop. Right above a
number such a heading looks like the start of a sentence the number continues ("… ab" /
"1. August 2013"), so the number would not count as a label, and where the text has no
blank lines the heading would run on as the end of the question before it.

A line counts as such a heading only where the document has two of them at least, each a
short title (``layouts.is_short_title``: a capital first, no closing punctuation, no label,
nothing stated or asked) after a finished sentence or the askers' announcement ("… gebeten:"),
right above a line numbered with a figure. Roman numeral headings ("II) Aufschlüsselung …")
are read by ``roman_sections``.
"""

from __future__ import annotations

from .. import layouts
from .question_spans import NUMBERED_LINE, ends_sentence

_MAX_WORDS = 8


def _numbered_by_figure(line: str) -> bool:
    match = NUMBERED_LINE.match(line.strip())
    return match is not None and match.group(1).isdigit()


def _is_title(line: str) -> bool:
    text = line.strip()
    return len(text.split()) <= _MAX_WORDS and layouts.is_short_title(text) \
        and not layouts.starts_asking(text) and not layouts.asks(text)


def _after_finished_text(lines: list[str], index: int) -> bool:
    """Does the line above ``index`` end a sentence or the askers' announcement, or is
    there none (a blank line, the start)?"""
    return index == 0 or not lines[index - 1].strip() or ends_sentence(lines[index - 1])


def topic_heading_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are the askers' topic headings right above a numbered
    question; none unless there are two such at least."""
    found = {index for index, line in enumerate(lines)
             if index + 1 < len(lines) and line.strip() and _is_title(line)
             and _after_finished_text(lines, index) and _numbered_by_figure(lines[index + 1])}
    return found if len(found) >= 2 else set()
