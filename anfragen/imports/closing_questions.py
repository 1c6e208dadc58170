"""The askers' closing question after the items their question announced.

A question of the inquiry may announce a list and close with a question of its own:

    1) Welche Kosten entstehen der Stadt? Dargestellt für die Jahre 2020 bis 2024 im Bereich:
    i) Schulen
    ii) Kitas
    Welchen Anteil davon tragen Bund und Land?

The answer document repeats the question up to its ":", answers the items one by one,
repeating each ("I) Schulen …", "II) Kitas …"), then repeats the closing question and
answers it ("Siehe Antworten zu 1)"). That closing question is the askers', asked and
answered in turn: a question the document does not number, like an item answered in turn
(``askers_words.is_next_item_answered``). Only where every letter the inquiry has between
the question's ":" and the closing question (its items) stands in the answer written
since the question, so no item of theirs is left that the text after the closing question
might be answering. Pure functions.
"""

from __future__ import annotations

from .. import layouts
from ..layouts import letters
from .questions import question_letters

# Letters of a question's end that locate it in the inquiry.
QUESTION_TAIL = 40
# Letters the announced items may have in all (a list, not a section of the inquiry).
MAX_ITEMS = 600
# The shortest piece of an item that counts as repeated in the answer ("isgbii", "I) SGB II").
MIN_PIECE = 6


def is_closing_question_after_items(words: str, asked: str, answered: str, inquiry: str) -> bool:
    """Are ``words`` (the askers', after answer text) the closing question of the question
    ``asked`` (a Markdown paragraph ending in ":"), standing in ``inquiry`` (as ``letters``)
    after the items that ":" announces, items all repeated in ``answered`` (the answer text
    written since the question)?"""
    plain = " ".join(layouts.unescaped(words).split())
    if not layouts.is_bare_question(plain) or not layouts.unescaped(asked).rstrip().endswith(":"):
        return False
    items = _items_between(question_letters(asked), letters(plain), inquiry)
    return bool(items) and len(items) <= MAX_ITEMS and is_repeated_in(items, letters(answered))


def _items_between(question: str, words: str, inquiry: str) -> str:
    """The inquiry's letters between the end of ``question`` and ``words``; "" where
    either does not stand there in that order."""
    tail = question[-QUESTION_TAIL:]
    end = inquiry.find(tail) + len(tail) if len(tail) == QUESTION_TAIL and tail in inquiry else -1
    start = inquiry.find(words, end) if end >= 0 and words else -1
    return inquiry[end:start] if start > end else ""


def is_repeated_in(items: str, answered: str) -> bool:
    """Do ``items`` (letters) stand in ``answered`` (letters) piece by piece, each piece at
    least ``MIN_PIECE`` letters long (the answer repeats each item, its own text between)?"""
    position = 0
    while position < len(items):
        length = MIN_PIECE
        if items[position:position + length] not in answered:
            return False
        while position + length < len(items) and items[position:position + length + 1] in answered:
            length += 1
        position += length
    return True
