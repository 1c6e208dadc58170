"""The running numbering of questions: which label may come next.

Questions are numbered 1, 2, 3 … (from 4 where the inquiry goes on with an earlier
one's numbering and the front matter says so: ``first_number``), sometimes with sub-questions (7.1, 7.2 or a), b) under
a numbered question, or 1a), 1b)), or with Roman numerals I., II., III. (a first "I." is
one, not the ninth letter). A label that does not continue the numbering is not
taken as a question unless the parser has other evidence; that is how numbered lists
inside answers ("1. Pilotierung …") and dates ("1. Juni") stay out of the questions.
"""

from __future__ import annotations

import re

from .layouts import ROMAN_NUMERALS, Label


def _next_letter(letter: str) -> str:
    return chr(ord(letter) + 1)




class Numbering:
    def __init__(self, roman: bool = False, first: int | None = None):
        self.allow_roman = roman  # the document numbers its questions I., II., … (``layouts.numbers_roman``)
        # the inquiry's first number where the askers go on with an earlier inquiry's numbering
        # ("4." first; front matter ``first_number``, written by the importer): it opens the count
        self.first = first
        self.top: int | None = None  # the last top-level number
        self.sub: str | None = None  # the last sub-label under it: "3" of 7.3, or a letter
        self.upper: str | None = None  # the last top-level capital letter (A., B., …)
        self.roman: int | None = None  # the last Roman numeral (I., II., …), as its value

    def candidates(self) -> set[str]:
        """Labels (normalised as stored) that continue the numbering."""
        if self.roman is not None:
            return {ROMAN_NUMERALS[self.roman]} if self.roman < len(ROMAN_NUMERALS) else set()
        if self.upper is not None:
            # "B." then "1.", "2.": numbers restart under each capital letter ("B.1", "B.2")
            following = 1 if self.sub is None or not self.sub.isdigit() else int(self.sub) + 1
            return {_next_letter(self.upper), f"{self.upper}.{following}"}
        if self.top is None and self.sub is None and self.first is not None:
            return {str(self.first), f"{self.first}.1", f"{self.first}a"}
        if self.top is None and self.sub is None:
            # "I." first: a Roman numeral, not the letter (only in a document numbered so)
            return {"1", "1.1", "a", "1a", "A", "1+2"} | ({"I"} if self.allow_roman else set())
        if self.top is None:
            return {"1", "1.1", "a", "1a"} if self.sub is None else {_next_letter(self.sub)}
        n = self.top
        nxt = {str(n + 1), f"{n + 1}.1", f"{n + 1}a", f"{n + 1}+{n + 2}"}
        if self.sub is None:
            return nxt | {f"{n}.1", f"{n}a"}
        if self.sub.isdigit():
            return nxt | {f"{n}.{int(self.sub) + 1}"}
        return nxt | {f"{n}{_next_letter(self.sub)}"}

    def _normalise(self, label: Label) -> str:
        if label.style == "letter" and self.top is not None:
            return f"{self.top}{label.number}"
        if self.upper is not None and label.style in ("dot", "paren") and label.number.isdigit():
            return f"{self.upper}.{label.number}"  # a question numbered under its section's letter
        return label.number

    def fits(self, label: Label) -> bool:
        if label.style == "section" and label.number == f"{self._next_section()}.1":
            return True  # "B1." opens section B as "B." then "1." would
        return self._normalise(label) in self.candidates()

    def _next_section(self) -> str | None:
        """The capital letter a section-numbered question ("B1.") may open next."""
        if self.upper is not None:
            return _next_letter(self.upper)
        return "A" if self.top is None and self.sub is None and self.roman is None else None

    def skips_to(self, label: Label) -> bool:
        """A top-level number a little ahead of the next one: questions were skipped."""
        m = re.match(r"\d+", label.number)
        if self.upper is not None and self.roman is None:
            # "C.2", then "4)" in a section whose numbers restart under its letter ("C.4")
            last = int(self.sub) if self.sub is not None and self.sub.isdigit() else 0
            return label.style in ("dot", "paren") and label.number.isdigit() \
                and last + 1 < int(label.number) <= last + 3
        return bool(m) and self.top is not None and self.top + 1 < int(m.group()) <= self.top + 3

    def expected(self) -> str:
        return " or ".join(sorted(self.candidates(), key=lambda s: (len(s), s)))

    def accept(self, label: Label) -> str:
        """Advance past ``label`` (fitting or not) and return the number to store."""
        number = self._normalise(label)
        if self.roman is not None or (self.allow_roman and label.style == "upper" and number == "I" and self.top is None
                                      and self.sub is None and self.upper is None):
            self.roman = ROMAN_NUMERALS.index(number) + 1 if number in ROMAN_NUMERALS else self.roman
        elif label.style == "upper":
            self.upper, self.sub = number, None
        elif label.style == "section":
            self.upper, self.sub = number.split(".")
        elif self.upper is not None and (m := re.fullmatch(rf"{self.upper}\.(\d+)", number)):
            self.sub = m.group(1)
        elif m := re.fullmatch(r"\d+\+(\d+)", number):
            self.top, self.sub = int(m.group(1)), None
        elif m := re.fullmatch(r"(\d+)\.(\d+)", number):
            self.top, self.sub = int(m.group(1)), m.group(2)
        elif m := re.fullmatch(r"(\d+)([a-z])", number):
            self.top, self.sub = int(m.group(1)), m.group(2)
        elif number.isdigit():
            self.top, self.sub = int(number), None
        elif re.fullmatch(r"[a-z]", number):
            self.sub = number
        return number
