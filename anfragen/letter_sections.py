"""Questions grouped under capital-letter headings whose numbers restart.

"A) Zum städtischen Gebäudebestand:" / "1) Wie wird …?" / "2) Wie viele …?" /
"B) Zum privaten Gebäudebestand:" / "1) Wie viele …?": each letter heads a section, asks
nothing itself, and the numbers under it start again at 1. The questions are "A.1",
"A.2", "B.1" (as under a letter that asks, ``numbering.py``), the heading their context.

Read only where the document shows the layout for every section: headings "A", "B" …
one after another from "A", two at least, each right before a question labelled "1"
that asks. A document whose second letter is followed by "3." (numbers going on across
sections) or whose letters do not start at "A" is not read so.
"""

from __future__ import annotations

import re

from . import layouts
from .markdown import Block

_TEXT_KINDS = ("paragraph", "list_item")


def heading_label(block: Block) -> layouts.Label | None:
    """"A) Zum städtischen Gebäudebestand:", "C) Übergreifend:": a capital letter on one
    short line that asks nothing and states no sentence; its label, else None."""
    if block.kind not in _TEXT_KINDS:
        return None
    label = layouts.question_label(block.text.strip())
    if label is None or label.style != "upper":
        return None
    rest = label.rest.strip()
    if not rest or "\n" in rest or len(rest) > 80 or layouts.asks(rest) or rest.endswith((".", "!", "?", ";")):
        return None
    return label


def opens_first_question(block: Block | None) -> bool:
    """The block is a question labelled "1." / "1)" that asks."""
    if block is None or block.kind not in (*_TEXT_KINDS, "blockquote"):
        return False
    text = block.text.strip()
    if block.kind == "blockquote":  # "> 1) Wie …?": the question the importer found in the inquiry
        if layouts.askers_quote(text) is not None:
            return False
        text = re.sub(r"^>\s?", "", text)
    label = layouts.question_label(text)
    return label is not None and label.style in ("dot", "paren") and label.number == "1" \
        and layouts.label_asks(label.rest)


def section_heading(block: Block, following: Block | None) -> layouts.Label | None:
    """The letter's label where ``block`` heads a section whose first question follows."""
    label = heading_label(block)
    return label if label is not None and opens_first_question(following) else None


def numbers_restart_under_letters(blocks: list[Block]) -> bool:
    """Does the document group its questions under "A", "B" … headings (two at least, in
    order from "A"), each heading right before its question 1, and no other heading?"""
    letters = []
    for i, block in enumerate(blocks):
        label = heading_label(block)
        if label is None:
            continue
        if not opens_first_question(blocks[i + 1] if i + 1 < len(blocks) else None):
            return False
        letters.append(label.number)
    return len(letters) >= 2 and letters == [chr(ord("A") + i) for i in range(len(letters))]
