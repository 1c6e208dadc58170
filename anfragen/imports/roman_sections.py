"""Section headings under Roman numerals over an inquiry's numbered questions.

"I Umfang, Abgrenzung und Datengrundlage" / "1. Bitte stellen Sie …" / … / "II) Aufschlüsselung
nach Maßnahmen" / "5. Bitte listen Sie …": the askers group their questions, numbered 1, 2, 3 …
throughout, under headings "I", "II)", "III)" that end without a full stop. Right above a
number such a heading looks like the start of a sentence the number continues ("… ab" / "1.
August 2013"), so the number would not count as a label. A heading counts only where the
document's headings run I, II, III … in order, two at least, each a short line that opens
with a capital after its numeral and neither asks nor ends a sentence, right above a
numbered line ("5. Bitte listen …"). In the answer document, which repeats the inquiry with its
headings, extraction may leave a heading at the end of the answer before it ("… nicht
möglich ist." / "III) Fördermittel, …" / "8. Welche …"): set apart, it is the topic of the
question under it, not the end of that answer.
"""

from __future__ import annotations

import re

from ..layouts import ROMAN_NUMERALS
from .question_spans import NUMBERED_LINE

# "I Umfang, …", "II) Aufschlüsselung …", "IV. Zielsystem, …": numeral, its mark or a space, a title
_HEADING = re.compile(r"^(X|IX|VIII|VII|VI|V|IV|III|II|I)(?:[.)]\s*|\s+)([A-ZÄÖÜ][^?!]*)$")
_MAX_WORDS = 12


def _numeral(line: str) -> str | None:
    match = _HEADING.match(line.strip())
    if match is None or len(match.group(2).split()) > _MAX_WORDS or match.group(2).rstrip().endswith((".", ":")):
        return None
    return match.group(1)


def _above_number(lines: list[str], index: int) -> bool:
    following = next((line.strip() for line in lines[index + 1:] if line.strip()), "")
    match = NUMBERED_LINE.match(following)
    return match is not None and match.group(1).isdigit()


def section_heading_lines(lines: list[str]) -> set[int]:
    """The indexes of the lines that are such headings; none unless the document's headings
    are the numerals I, II, III … in order (two at least), each right above a number."""
    found = [(index, numeral) for index, line in enumerate(lines)
             if (numeral := _numeral(line)) and _above_number(lines, index)]
    numerals = [numeral for _index, numeral in found]
    if len(found) < 2 or numerals != ROMAN_NUMERALS[:len(found)]:
        return set()
    return {index for index, _numeral in found}


def with_headings_set_apart(lines: list[str]) -> list[str]:
    """``lines`` with each such heading written as a topic heading of its own, "**III)
    Fördermittel, …**" between blank lines (the topic of the question under it)."""
    headings = section_heading_lines(lines)
    out: list[str] = []
    for index, line in enumerate(lines):
        out += ["", f"**{line.strip()}**", ""] if index in headings else [line]
    return out
