"""The askers' sub-question "1.2." run by extraction into the answer to their question "1.":
"… Damit hat die Hälfte der Plätze WLAN-Zugang. 1.2. Verfügen die Tageseinrichtungen … über
freies WLAN?" at the end of answer 1, its answer in the next paragraph. The inquiry numbers
"1.", "1.2.", "2.", "3.": its reading follows 1, 2, 3 and leaves "1.2." inside question 1's
paragraph or out, so the answer's "1.2." line was not set apart as a question.

It is set apart (quoted as the askers' question, its answer after it) only where the label
is a sub-number of the question just asked ("1.2." after "1.", "1.3." after "1.2."), stands
after a finished sentence, its text up to its first "?" is the inquiry's text under that same
label as near as extraction allows, and the text after it (if any) starts a statement of
the administration's. Anything else stays as read: the parser doubts a question left inside
an answer. All functions are pure.
"""

from __future__ import annotations

import re

from .. import layouts
from .answer_starts import starts_statement
from .quoted_items import ITEM_REACH, asked_in_inquiry, shows_as_question

# "1. Wie viele …?", "> 1.2. Verfügen …?": the number of a question just asked
_ASKED_NUMBER = re.compile(r"^(?:>\s+)?(\d{1,2})(?:\.(\d{1,2}))?\\?\.\s+\S.*\?[)“”\"]?$", re.S)


def set_apart_sub_numbered_items(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """``paragraphs`` with the askers' sub-question ("1.2.") that stands inside the answer to
    the question before it set apart: the text before it, the sub-question quoted ("> 1.2.
    …?"), its answer (if on the same paragraph), read again for the next sub-question. Where
    anything is in doubt the paragraph is kept as it is."""
    if not inquiry_text:
        return paragraphs
    out: list[str] = []
    asked: tuple[int, int] | None = None  # (number, sub-number or 0) of the question just asked
    for paragraph in paragraphs:
        if shows_as_question(paragraph):
            m = _ASKED_NUMBER.match(paragraph.strip())
            asked = (int(m.group(1)), int(m.group(2) or 0)) if m else None
            out.append(paragraph)
            continue
        parts, asked = _split_at_sub_items(paragraph, asked, inquiry_text)
        out += parts
    return out


def _split_at_sub_items(paragraph: str, asked: tuple[int, int] | None, inquiry_text: str) \
        -> tuple[list[str], tuple[int, int] | None]:
    """``paragraph`` cut at each sub-question run into it in turn (the answer after one may
    hold the next, "… 1.6. Welche …?"), and the number of the last question asked."""
    parts: list[str] = []
    while asked and (found := _split_at_sub_item(paragraph, asked, inquiry_text)) is not None:
        cut, asked = found
        if len(cut) == 2:  # the sub-question ends the paragraph, its answer follows
            return parts + cut, asked
        parts += cut[:2]
        paragraph = cut[2]
    return parts + [paragraph], asked


def _split_at_sub_item(paragraph: str, asked: tuple[int, int], inquiry_text: str) \
        -> tuple[list[str], tuple[int, int]] | None:
    """``([before, "> N.M. item?", answer…], (N, M))`` when the sub-question N.M of the question
    ``asked`` (N or N.M-1) stands inside ``paragraph`` after a finished sentence, is the
    inquiry's text under that label and the text after its "?" (if any) starts a statement of
    the administration's; else None."""
    number, sub = asked
    text = paragraph.strip()
    for label in re.finditer(rf"(?<=[.!“”\"])\s+({number}\.(\d{{1,2}})\.?\s+)(?=[A-ZÄÖÜ„])", text):
        if not _follows(sub, int(label.group(2))):
            continue
        mark = text.find("?", label.end(), label.end() + ITEM_REACH)
        if mark < 0:
            continue
        before, item, rest = text[:label.start()].strip(), text[label.start(1):mark + 1], text[mark + 1:].strip()
        body = item[len(label.group(1)):]
        if before and _is_inquiry_item(label.group(1).strip(), body, inquiry_text) \
                and (not rest or starts_statement(rest, inquiry_text)):
            return [before, f"> {layouts.unescaped(item)}"] + ([rest] if rest else []), (number, int(label.group(2)))
    return None


def _follows(sub: int, next_sub: int) -> bool:
    """Does sub-number ``next_sub`` follow the question just asked: the next sub-number after
    a sub-question (1.2 → 1.3), or 1.1 or 1.2 after the question itself (an inquiry that asks
    "1." and then "1.2.", its "1." standing for 1.1)?"""
    return next_sub == sub + 1 if sub else next_sub in (1, 2)


def _is_inquiry_item(label: str, body: str, inquiry_text: str) -> bool:
    """Is ``body`` the text the inquiry asks under ``label`` ("1.2.") up to its first "?", as
    near as extraction allows?"""
    number = re.escape(label.rstrip("."))
    return asked_in_inquiry(rf"(?:^|(?<=\s)){number}\.?\s+(?=[A-ZÄÖÜ„])", body, inquiry_text)
