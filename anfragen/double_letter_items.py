"""The askers' lettered lead that asks nothing, and the double-letter items it leads into.

"a\\) Welche besonderen Maßnahmen … ergeben sich hieraus – in Bezug auf" / "> aa) den
Kundenservice?" / "> ab) auf eine ausreichende Personalausstattung?": item a) of question 15
has no "?" of its own (so the importer escaped its label) and stops open, at a preposition or
":"; it leads into the items aa), ab), whose double letters begin with its own letter. Lead
and items are question 15a. The text after the last item answers it as a whole where the
document puts it there; an answer the document gives right after aa) answers 15a with aa),
and "> ab) …?" is then a question of its own, answered in turn. The functions are pure.
"""

from __future__ import annotations

import re

_ESCAPED_LETTER = re.compile(r"^([a-z])\\[.)]\s+(\S.*)$", re.S)
# the lead stops open: ":" or a preposition that the items complete ("– in Bezug auf")
_OPEN_END = re.compile(r"(?::|\b(?:auf|für|bei|zu|nach|über|von|mit|an|in|um|gegenüber|hinsichtlich|"
                       r"bezüglich|zwischen))$")
_DOUBLE_LETTER = re.compile(r"^([a-z])([a-z])[.)]\s+\S")


def open_letter_lead(paragraph: str) -> tuple[str, str] | None:
    """``(letter, words)`` of an escaped lettered paragraph ("a\\) Welche … in Bezug auf")
    that asks nothing and stops open; None for anything else."""
    m = _ESCAPED_LETTER.match(paragraph.strip())
    if m is None or "?" in m.group(2) or "\n" in m.group(2):
        return None
    words = m.group(2).rstrip()
    return (m.group(1), words) if _OPEN_END.search(words) else None


def opens_items_of(letter: str, quoted: str) -> bool:
    """Is ``quoted`` ("aa) den Kundenservice?") the first double-letter item under ``letter``?"""
    m = _DOUBLE_LETTER.match(quoted.strip())
    return m is not None and m.group(1) == letter and m.group(2) == "a"
