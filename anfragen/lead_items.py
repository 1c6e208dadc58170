"""The askers' lead read together with its first item, and the items after it.

"3. Die Fläche am Museum ist inzwischen als Stellplatz ausgewiesen." (a numbered lead that
asks nothing) right before "> a) Ist dort genug Platz …?" (its first item, quoted by the
importer) is one question: 3, the lead with its item a) (``Walker._reclaim_lead_in_of_quoted_question``).
The next item, "b) Steht die Fläche dauerhaft zur Verfügung?", is question 3b. Where no
answer text stands between them, the text after 3b answers both — the lead's item a) and
3b were asked one right after the other, like any run. Elsewhere a sub-question ("2.1")
right after its question starts a run of its own: the question before it is a lead-in
whose answer is its sub-questions' answers.
"""
from __future__ import annotations

import re

from .model import Question

# "…ausgewiesen.\n\na) Ist dort …?": the lead and its first item, as the walker joins them
_FIRST_ITEM_IN_TEXT = re.compile(r"\n\na[.)]\s+\S")


def goes_on_from_first_item(question: Question, number: str) -> bool:
    """Is ``number`` ("3b") the item right after the first item that ``question`` (3, the
    askers' lead with its item "a)" in its text) holds? Then the two are asked one after
    the other, and the answer after the second answers both."""
    return bool(re.fullmatch(r"\d{1,2}", question.number)) and number == f"{question.number}b" \
        and _FIRST_ITEM_IN_TEXT.search(question.text) is not None
