"""Questions numbered under a section's capital letter whose numbers skip ("G. …?", then
"> 2. Hält …?" read as G.2): the quoted label is taken without the numbering check the
walk gives unquoted labels, so a section that was not read ("H. Sonstiges 1. Warum …?"
kept as a question without number) leaves its "2." under the letter before, and the pair
stands under a wrong label. A doubt, recorded like a top-level number that skips
(``checks.check_numbering_gaps``).

A number counts as read when it is a question's own, or when the question before holds it
inside its own text ("B. Umleitungskosten 1. Wie viele …?", then "> 2. …?" as B.2; "A. Wie
hoch … 1. für … 2. für … 3. für …", then "> 4. für …" as A.4). Pure functions.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import layouts
from .model import Inquiry, ParseIssue

_IN_SECTION = re.compile(r"([A-Z])(?:\.(\d{1,2}))?")


def _section_and_number(number: str) -> tuple[str, int] | None:
    """"G" → ("G", 0), "G.2" → ("G", 2); None for any other number."""
    m = _IN_SECTION.fullmatch(number or "")
    return (m.group(1), int(m.group(2) or 0)) if m else None


def _numbers_inside(text: str, last: int) -> int:
    """The last number of the run of labels after ``last`` ("1.", "2)") inside ``text``, in order."""
    plain, position = layouts.unescaped(text), 0
    while m := re.compile(rf"(?:^|(?<=\s)){last + 1}[.)]\s").search(plain, position):
        last, position = last + 1, m.end()
    return last


def check_section_number_gaps(inq: Inquiry) -> None:
    """Record "numbering skips from G to G.2" where a question's number under a capital
    letter is more than one past the last number read under that letter (questions without
    a number between them are passed over: their text is no question of the section's)."""
    read = {q.number for q in inq.questions}
    broken = {i.line for i in inq.issues if i.reason.startswith("numbering breaks")}
    numbered = [q for q in inq.questions if q.number]
    for before, after in pairwise(numbered):
        first, second = _section_and_number(before.number), _section_and_number(after.number)
        if first is None or second is None or first[0] != second[0] or not second[1] or after.line in broken:
            continue
        letter, number = second
        last = _numbers_inside(before.text, first[1])
        missing = [f"{letter}.{n}" for n in range(last + 1, number)]
        if missing and not all(m in read for m in missing):
            inq.issues.append(ParseIssue("questions", f"numbering skips from {before.number} to {after.number}: "
                                         "a question between them was not read", after.line))
