"""The askers' next lettered item, asking only after a quotation, run by extraction into the
answer to the item before it: "… einer Verfassungsänderung bedürfte. f. Unter Wirkungsfeld D
steht: „…“ Hier stellt sich die Frage, … Was wurde hier bereits getan …? Diese Maßnahme
wurde bisher nicht angegangen …" inside the answer to item e. Its line opens with no
question word and has no "?" of its own, so it was not set apart as a question.

It is set apart (the item quoted as the askers' question, its answer after it) only where
the item is the next letter after the question answered, its text up to its first "?" is
the inquiry's item of that letter as near as extraction allows, and the text after it starts
a statement of the administration's. Anything else stays as read: the parser doubts an item
left inside an answer. All functions are pure.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import layouts
from .answer_starts import starts_statement
from .question_spans import normalise

ITEM_MATCH = 95  # rapidfuzz ratio of the item's text with the inquiry's item of the same letter
ITEM_REACH = 800  # characters of an item searched for its "?"
MIN_ITEM = 40  # characters an item must have to be recognised in the inquiry

# "> e. Welche …?", "> Ersuchen: b) Wie …?", "e. Welche …?": a question asked under a letter
_LETTER_QUESTION = re.compile(r"^(?:>\s+(?:[A-ZÄÖÜ][a-zäöü]+:\s+)?)?([a-z])\\?[.)]\s+\S.*\?[)“”\"]?$", re.S)


def set_apart_quoted_items(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """``paragraphs`` with the askers' next lettered item that stands inside the answer to
    the item before it set apart: the text before it, the item quoted ("> f. …?"), its
    answer. Where anything is in doubt the paragraph is kept as it is."""
    if not inquiry_text:
        return paragraphs
    out: list[str] = []
    letter = None  # the letter of the question just asked, if it was asked under one
    for paragraph in paragraphs:
        if shows_as_question(paragraph):
            asked = _LETTER_QUESTION.match(paragraph.strip())
            letter = asked.group(1) if asked else None
            out.append(paragraph)
            continue
        parts = _split_at_item(paragraph, _next(letter), inquiry_text) if letter else None
        if parts is None:
            out.append(paragraph)
            continue
        out += parts
        letter = _next(letter)
    return out


def shows_as_question(paragraph: str) -> bool:
    """A paragraph the Markdown shows as a question: quoted, or labelled and asking."""
    text = paragraph.strip()
    return text.startswith(">") or (layouts.question_label(text) is not None and text.rstrip("“”\")").endswith("?"))


def _next(letter: str | None) -> str | None:
    return chr(ord(letter) + 1) if letter and letter < "z" else None


def _split_at_item(paragraph: str, letter: str | None, inquiry_text: str) -> list[str] | None:
    """``[before, "> item?", answer]`` when the item labelled ``letter`` stands inside
    ``paragraph`` after a finished sentence, is the inquiry's item of that letter and the
    text after its "?" starts a statement of the administration's; else None."""
    if letter is None:
        return None
    text = paragraph.strip()
    for label in re.finditer(rf"(?<=[.!“”\"])\s+({letter}\\?[.)]\s+)(?=[A-ZÄÖÜ„])", text):
        mark = text.find("?", label.end(), label.end() + ITEM_REACH)
        if mark < 0:
            continue
        before, item, rest = text[:label.start()].strip(), text[label.start(1):mark + 1], text[mark + 1:].strip()
        body = item[len(label.group(1)):]
        if before and rest and _is_inquiry_item(letter, body, inquiry_text) and starts_statement(rest, inquiry_text):
            return [before, f"> {layouts.unescaped(item)}", rest]
    return None


def _is_inquiry_item(letter: str, body: str, inquiry_text: str) -> bool:
    """Is ``body`` the text of the inquiry's item ``letter`` up to its first "?", as near as
    extraction allows?"""
    return asked_in_inquiry(rf"(?:^|(?<=\s)){letter}[.)]\s+", body, inquiry_text)


def asked_in_inquiry(label_pattern: str, body: str, inquiry_text: str) -> bool:
    """Is ``body`` the text the inquiry asks after a label matching ``label_pattern``, up to
    its first "?", as near as extraction allows?"""
    if len(body) < MIN_ITEM:
        return False
    for label in re.finditer(label_pattern, inquiry_text):
        mark = inquiry_text.find("?", label.end(), label.end() + ITEM_REACH + 200)
        if mark >= 0 and fuzz.ratio(normalise(body), normalise(inquiry_text[label.end():mark + 1])) >= ITEM_MATCH:
            return True
    return False
