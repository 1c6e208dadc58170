"""Questions numbered under their section's letter ("A1.", "A2.", "B1."), run into one
paragraph by the PDF's extraction.

"A1. Widerspricht …? A2. Welche …? A3. Wie hoch …? Die Zahl …": each label after a "?"
that continues the letter's numbering starts the next question; the last part keeps the
text after its question (its answer, set apart by ``documents.split_labelled_question``).
Only the next number of the same letter counts ("A2." after "A1."): any other text after a
"?" stays where it is.
"""

from __future__ import annotations

import re

SECTION_LABEL = re.compile(r"^([A-Z])(\d{1,2})\.\s+(?=[A-ZÄÖÜ])")


def split_section_numbered(paragraph: str) -> list[str]:
    """The paragraph cut before each next question of its section ("? A2. …")."""
    m = SECTION_LABEL.match(paragraph)
    if m is None:
        return [paragraph]
    letter, number = m.group(1), int(m.group(2))
    parts: list[str] = []
    start = 0
    while nxt := re.compile(rf"\?\s+(?={letter}{number + 1}\.\s+[A-ZÄÖÜ])").search(paragraph, start):
        parts.append(paragraph[start:nxt.start() + 1].strip())
        start, number = nxt.end(), number + 1
    parts.append(paragraph[start:].strip())
    return parts
