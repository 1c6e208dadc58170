"""Items of a question whose letters skip one ("10a)", then "> c)" read as 10c): the item
between them (10b) is not among the questions read, so what was read is not everything the
document asks, or the answer document labels the inquiry's items otherwise than the inquiry
(its "b." and "c." the inquiry's a. and b.) and the pairs stand under the wrong labels. A
doubt, recorded like a top-level number that skips (``checks.check_numbering_gaps``).

The letters read are the questions' own and the items a question holds inside its own text
("4. Wie viele …? a. Im Jahr 2020?", "1. Wohnungsbestand a. Wie viele …?", "8. 8.a) Handelt
…", then "4b"), and the items labelled inside the answer before that ask nothing, a
breakdown the answer fills in ("a. 2013 / 6 Vollzeitkräfte / b. 2014 / …", then "> d. Wie
viele …?"). An item asked inside an answer ("… 1021 80 a) Bei wie vielen …?") is a question
not read, so its letter is skipped. Lower Roman items after a letter ("4b", then "i. Wie
viele …? ii. …") are no letter that skips.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import layouts
from .model import Inquiry, ParseIssue, Question

# "10", "10a", "a": a question's number split into its parent and its letter
_LETTERED = re.compile(r"(\d{0,2})([a-z]?)")
_ROMAN_ITEMS = "ivx"  # "i. Wie viele …?" after item b: a Roman sub-item, not the ninth letter


def _parent_and_letter(question: Question) -> tuple[str, str] | None:
    m = _LETTERED.fullmatch(question.number or "")
    return (m.group(1), m.group(2)) if m and (m.group(1) or m.group(2)) else None


def item_label(letter: str, parent: str) -> re.Pattern[str]:
    """"a)", "a.", "8.a)", "8a)" standing after a space or a line's start, not the "a." of
    "u. a." or "z. a." (a one-letter abbreviation before it)."""
    own = rf"(?:{parent}\.?)?" if parent else ""
    return re.compile(rf"(?:^|(?<=\s))(?<!\b[a-z]\.\s){own}{letter}(?:\)|\.(?=\s))", re.M)


def _letters_inside(text: str, last: str, parent: str, asking: bool) -> str:
    """The last letter of the run of items after ``last`` labelled inside ``text``, in order;
    with ``asking`` False only items that ask nothing (up to the next item or paragraph)."""
    plain = layouts.unescaped(text)
    position = 0
    while last < "z" and (m := item_label(chr(ord(last or "`") + 1), parent).search(plain, position)):
        rest = plain[m.end():].split("\n\n")[0]
        following = item_label(chr(ord(last or "`") + 2), parent).search(rest)
        item = rest[:following.start()] if following else rest
        if not asking and (layouts.asks(item[:300]) or layouts.starts_asking(item.strip())):
            break
        last, position = chr(ord(last or "`") + 1), m.end()
    return last


def _last_letter_read(inq: Inquiry, question: Question, parent: str, letter: str) -> str:
    last = _letters_inside(question.text, letter, parent, asking=True)
    if question.answer is not None:
        last = _letters_inside(inq.answers[question.answer].text, last, parent, asking=False)
    return last


def check_item_gaps(inq: Inquiry) -> None:
    """Record "lettering skips from 10a to 10c" where a question's item letter is more than
    one past the last letter read under the same number."""
    read = {pl for q in inq.questions if (pl := _parent_and_letter(q))}
    for before, after in pairwise(inq.questions):
        first, second = _parent_and_letter(before), _parent_and_letter(after)
        if first is None or second is None or first[0] != second[0] or not second[1]:
            continue
        parent, letter = second
        last = _last_letter_read(inq, before, parent, first[1])
        if letter in _ROMAN_ITEMS and last != chr(ord(letter) - 1):
            continue
        missing = [chr(c) for c in range(ord(last or "`") + 1, ord(letter))]
        if missing and not all((parent, m) in read for m in missing):
            inq.issues.append(ParseIssue("questions", f"lettering skips from {before.number} to {after.number}: "
                                         "an item between them was not read", after.line))
