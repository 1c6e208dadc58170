"""The askers' numbered lead into their lettered sub-questions, repeated by an answer
document that writes its own list number before each of the askers' labels.

"1. 1.) Wie erklärt sich …?", its answer, then "2. 2.) Die drei Anlagen kämen … Es fehlt
also an Wind." (asks nothing, so no question 2 is read) and "> 2.a) Welche Auslastung …?":
the paragraph is the askers' item 2, whose text leads into 2a and 2b. It is the context of
question 2a (as the askers' words before a question are), not the end of the answer before
it. Certain only where the layout leaves no other reading: the paragraph carries the askers'
label for N behind the document's number N, as the question read before it carries its own
("1. 1.) …"), it ends a sentence without asking, no question N was read, and the quote right
after it is item a) of N.

So too the askers' heading of a section that the document labels with the number of the
section's first question: "7.) Fragen zu den vertraglichen Vereinbarungen:" at the end of
answer 6, then (perhaps after the askers' other words) question 7. It heads question 7, not
answer 6. Only a short line ending in ":", asking nothing, labelled with that question's
number. The functions are pure; the walker moves the paragraph."""

from __future__ import annotations

import re

from . import layouts
from .model import Question


def is_lead_of_first_item(passed: layouts.Label, quoted: str, questions: list[Question]) -> bool:
    """Is ``passed`` (a labelled paragraph kept as answer text because it asks nothing) the
    askers' lead of the sub-question ``quoted`` right after it (see module docstring)?"""
    number = passed.number
    if passed.style not in ("dot", "paren") or not number.isdigit() or not questions:
        return False
    digits, letter, _rest = layouts.quoted_label(quoted)
    if digits != number or letter != "a" or any(re.fullmatch(rf"{number}[a-z]?", q.number) for q in questions):
        return False
    last = questions[-1]
    if not last.number.isdigit() or int(last.number) + 1 != int(number):
        return False
    rest = passed.rest.strip()
    return _doubled(number, rest) and _doubled(last.number, last.text.strip()) \
        and rest.endswith(".") and not layouts.asks(rest)


def _doubled(number: str, text: str) -> bool:
    """Does ``text`` (what follows the document's number) open with the askers' own label
    for the same ``number``: "2.) Die drei …", "2) …"?"""
    return re.match(rf"{number}\.?\)\s+\S", text) is not None


# "7.) Fragen zu den vertraglichen Vereinbarungen zwischen GmbH und Stadt:": a label with its
# closing bracket, one short line ending in ":" (no sentence ends inside it)
_SECTION_HEADING = re.compile(r"^(\d{1,2})\.?\)\s+([A-ZÄÖÜ][^.!?:\n]{2,100}):$")


def is_heading_of_question(text: str, number: str) -> bool:
    """Is ``text`` (the last paragraph of the answer before question ``number``) the
    askers' section heading labelled with that question's number (see module docstring)?"""
    heading = _SECTION_HEADING.match(layouts.unescaped(text.strip()))
    return heading is not None and number.isdigit() and heading.group(1) == number \
        and not layouts.asks(heading.group(2))
