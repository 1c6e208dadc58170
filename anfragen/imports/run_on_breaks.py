"""Paragraph ends that an extraction without blank lines lost, found with the inquiry.

Some answer documents come out of the PDF without a single blank line: paragraphs start
only where a line opens a labelled question after a finished sentence (``cleanup.reflow``).
Two places end no sentence and yet end a paragraph:

- a table's last row ("2025 1021 80") right before the askers' next lettered item
  ("a) Bei wie vielen Einbürgerungen lag …"): the row is figures only, so the item does not
  go on with its words; it starts its own paragraph where the inquiry has that item;
- the askers' request closing their question, repeated without its full stop ("… weitere
  Staatsangehörigkeiten? Bitte nach Kalenderjahr aufschlüsseln"), with the answer on the
  next line ("Mangels einer möglichen Auswertung …"): the request ends the paragraph where
  the inquiry has those words as a sentence of its own, and the next line is not theirs.

Both set in a blank line between two lines; no text is changed. Pure functions on cleaned
lines (see ``cleanup.clean_lines``).
"""

from __future__ import annotations

import re

from .. import layouts

_TABLE_ROW = re.compile(r"^\d[\d.,]*%?(?:\s+\d[\d.,]*%?)+$")  # "2025 1021 80", "2022 190 52"
_LETTER_ITEM = re.compile(r"^([a-z])\)\s+(\S.*)$")
MIN_ITEM_LETTERS = 30  # letters of the item's line found with its label in the inquiry
_REQUEST_TAIL = re.compile(r"(?:^|[?.!]\s+)(Bitte\s[^?.!]+)$")
MIN_NEXT_LETTERS = 20  # letters of the next line's start that must not stand in the inquiry


def is_table_row(line: str) -> bool:
    """A line of figures only, two at least ("2025 1021 80"): a table's row, no words."""
    return bool(_TABLE_ROW.match(line.strip()))


def _words(text: str) -> str:
    """A pattern of the words of ``text`` as they stand, whatever is between them."""
    return r"\W*".join(re.escape(word) for word in re.findall(r"\w+", text))


def _items_of_inquiry(line: str, inquiry_text: str) -> bool:
    """Does ``line`` ("a) Bei wie vielen …") stand in the inquiry with its label, letter for
    letter over its whole length (the inquiry lists the item so)? Not
    ``quoted_items.asked_in_inquiry``: a line of the extraction holds only the item's start,
    not its text up to the "?", so its words must stand there exactly."""
    match = _LETTER_ITEM.match(line.strip())
    if match is None or len(layouts.letters(match.group(2))) < MIN_ITEM_LETTERS:
        return False
    label = re.escape(match.group(1)) + r"\)\s+"
    return re.search(rf"(?:^|\s){label}{_words(match.group(2))}", inquiry_text) is not None


def set_apart_items_after_rows(lines: list[str], inquiry_text: str) -> list[str]:
    """A blank line between a table's last row and the askers' lettered item right under it,
    where the inquiry has that item ("2025 1021 80" / "a) Bei wie vielen …")."""
    if not inquiry_text:
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        previous = lines[index - 1] if index else ""
        if previous.strip() and is_table_row(previous) and _items_of_inquiry(line, inquiry_text):
            out.append("")
        out.append(line)
    return out


def _request_ends_in_inquiry(request: str, inquiry_text: str) -> bool:
    """Is ``request`` ("Bitte nach Kalenderjahr aufschlüsseln") a whole sentence of the
    inquiry, its "." there right after these words?"""
    return re.search(rf"(?:^|[?.!]\s+){_words(request)}\s*[.!]", inquiry_text) is not None


def set_apart_request_ends(lines: list[str], inquiry_text: str) -> list[str]:
    """A blank line after a line ending in the askers' request without its full stop ("…
    Staatsangehörigkeiten? Bitte nach Kalenderjahr aufschlüsseln") where the inquiry has the
    request as a sentence of its own, the line's text before it stands in the inquiry too
    (their question's end), and the next line opens a sentence in capitals that the inquiry
    does not hold (the administration's answer: "Mangels einer möglichen Auswertung …")."""
    if not inquiry_text:
        return lines
    inquiry = layouts.letters(inquiry_text)
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        match = _REQUEST_TAIL.search(line.strip())
        if match is None or not re.match(r"[A-ZÄÖÜ]", following) or not layouts.is_askers_request(match.group(1)):
            continue
        if not _request_ends_in_inquiry(match.group(1), inquiry_text) or layouts.letters(line) not in inquiry:
            continue
        if layouts.letters(following)[:MIN_NEXT_LETTERS] in inquiry:
            continue  # the inquiry's text goes on there: no answer starts
        out.append("")
    return out
