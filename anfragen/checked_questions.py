"""The administration's own question closing a paragraph of its answer, checked by the
importer against the faction's inquiry.

A paragraph of an answer that ends in "?" is a doubt (``checks.check_hidden_questions``):
it may be a question of the askers' that the layout hid (reading audits found such
questions, also ones the inquiry file does not hold: "Ergänzend zu Frage 3: Gibt es …?",
"Ist der Bauhof … in der Lage …? Aufgrund …"). Where the administration itself closes its
statements with a question ("… wird thematisiert. Wo finden wir heute noch in Karlsruhe
Spuren des Ersten Weltkrieges?"), the Markdown alone cannot tell; the importer, which has
the inquiry, can. It lists such sentences under the front matter key ``not_in_inquiry``
only after comparing them with the inquiry (``imports/own_questions.py``), and the parser
drops the doubt only for a paragraph that has the same shape here:

- unlabelled, opening with statements (no "?" before its closing questions);
- closing with one or more sentences ending in "?", every one of them listed;
- the last paragraph of its answer (no text after it that could be its answer).

Anything else keeps the doubt, whatever the front matter says. The functions are pure.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from . import layouts

# statements first (no "?", ending in "." or "!"), then only sentences that ask, each
# opening with a capital and holding no full stop of its own ("z. B." or "1. Weltkrieg"
# inside one leaves the paragraph as it is: where its sentence starts is not settled)
_CLOSING_QUESTIONS = re.compile(r"^(?P<statements>[^?]*[.!])\s+"
                                r"(?P<questions>[A-ZÄÖÜ][^.!?]*\?(?:\s+[A-ZÄÖÜ][^.!?]*\?)*)$", re.S)


def closing_questions(paragraph: str) -> list[str] | None:
    """The sentences ending in "?" that close a paragraph of statements ("… thematisiert.
    Wo finden wir …?" → ["Wo finden wir …?"]), spaces normalised; None for any other
    paragraph (one that opens with a question, asks in the middle, or carries a label)."""
    text = " ".join(layouts.unescaped(paragraph).split())
    if layouts.question_label(text) is not None:
        return None
    match = _CLOSING_QUESTIONS.match(text)
    if match is None:
        return None
    return [sentence.strip() for sentence in re.findall(r"[^?]+\?", match.group("questions"))]


def is_checked_own_question(part: str, checked: Collection[str], last_of_answer: bool) -> bool:
    """Is ``part`` the last paragraph of its answer, closing its statements with questions
    that the importer found nowhere in the inquiry (``checked``, the front matter's
    ``not_in_inquiry``)?"""
    if not checked or not last_of_answer:
        return False
    closing = closing_questions(part)
    return closing is not None and all(sentence in checked for sentence in closing)
