"""Lettered questions under numbered headings that ask nothing.

The inquiry numbers only its topics and asks under each in lettered items, the letters
starting anew under every number::

    1. Anträge gegen Bescheide im Jahr 2019:
    a) Wie viele Anträge gab es insgesamt?
    b) Wie vielen davon wurde entsprochen?
    2. Verfahren vor Gericht
    a) Wie viele Verfahren gab es?

Its questions are the items, numbered "1a)", "1b)", "2a)" (as the parser reads an item in
its number's place), each heading the topic of its items. The answer document repeats the
headings and the items under their bare letters ("a.)", "b)") and may answer two items
after a shared opening under headers "Zu b.)", "Zu c.)". There the letters are given their
heading's number ("2b) Wie vielen …?", "Zu 2b) …"), and each heading is written as a topic
heading ("**2. Verfahren vor Gericht**"), so it is no part of the answer before it.

Only where the inquiry reads so throughout (every numbered line a heading asking nothing,
under each two items or more, a, b, c … in order, each asking), and in the answer only an
item that repeats the start of the inquiry's item of that number and letter, under the
heading of that number; a "Zu b.)" only in the section where item b was read. Anything else
is left as it is. Pure functions of cleaned lines.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import layouts
from .question_spans import QuestionSpan, normalise, paragraph_ranges

# "a)", "a.)", "a." before a text: a lettered item ("a.)" the answer document's form of "a)")
_ITEM = re.compile(r"^([a-z])(?:\.\)|[.)])\s+(\S.*)$")
_HEADING = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")
_ZU_ITEM = re.compile(r"^([Zz]u\s+)([a-z])(?:\.\)|\))\s*")
MAX_HEADING = 120  # characters of a numbered line read as a heading
ITEM_START = 90  # partial ratio of an answer's item with the start of the inquiry's item


def _is_heading(line: str) -> bool:
    """"1. Widersprüche gegen Bescheide in 2017:": one short line that asks nothing and
    states no sentence."""
    match = _HEADING.match(line.strip())
    if match is None:
        return False
    text = match.group(2)
    return len(text) <= MAX_HEADING and not layouts.is_question_like(text) and not text.endswith(".")


def inquiry_items(lines: list[str], starts: list[tuple[int, str, str]]) -> list[QuestionSpan]:
    """The inquiry's lettered items under its numbered headings (``starts``: the numbered
    lines read, as ``numbered_sequence`` gives them), numbered "1a)", "1b)", …; [] unless
    every numbered line is a heading alone in its paragraph with two items or more under it,
    lettered a, b, c … in order, each asking, and nothing else between them. After the last
    item of the last heading the askers' reasons may follow."""
    spans: list[QuestionSpan] = []
    for position, (index, number, _label) in enumerate(starts):
        if not _is_heading(lines[index]) or (index + 1 < len(lines) and lines[index + 1].strip()):
            return []
        last = position + 1 == len(starts)
        limit = len(lines) if last else starts[position + 1][0]
        items: list[QuestionSpan] = []
        for first, end in paragraph_ranges(lines, index + 1, limit):
            match = _ITEM.match(lines[first].strip())
            if match is None or match.group(1) != chr(ord("a") + len(items)):
                if last and len(items) >= 2:
                    break  # the askers' reasons after their last item
                return []
            text = " ".join([match.group(2), *(line.strip() for line in lines[first + 1:end])])
            if not layouts.is_question_like(text):
                return []
            items.append(QuestionSpan(first, end, f"{number}{match.group(1)})", text))
        if len(items) < 2:
            return []
        spans += items
    return spans


def _item_key(number: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"(\d{1,2})([a-z])\)", number)
    return (match.group(1), match.group(2)) if match else None


def with_items_numbered(lines: list[str], expected: list[QuestionSpan]) -> list[str]:
    """The answer's ``lines`` with its headings and lettered items written as above, where
    the inquiry asks only in items under numbered headings (``inquiry_items``); else as
    they are."""
    keys = [_item_key(q.number) for q in expected]
    if not expected or None in keys:
        return lines
    wanted = {key: q.text for key, q in zip(keys, expected, strict=True)}
    numbers = {number for number, _letter in keys}
    out: list[str] = []
    section, read = None, set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        starts_paragraph = index == 0 or not lines[index - 1].strip()
        heading = _HEADING.match(stripped) if starts_paragraph else None
        if heading and heading.group(1) in numbers and _is_heading(stripped) \
                and (index + 1 == len(lines) or not lines[index + 1].strip()):
            section, read = heading.group(1), set()
            out += ["", f"**{stripped}**", ""]
            continue
        item = _ITEM.match(stripped) if starts_paragraph and section else None
        if item and (key := (section, item.group(1))) in wanted and _repeats_start(item.group(2), wanted[key]):
            read.add(item.group(1))
            out.append(f"{section}{item.group(1)}) {item.group(2)}")
            continue
        zu = _ZU_ITEM.match(stripped) if starts_paragraph and section else None
        if zu and zu.group(2) in read:
            out.append(f"{zu.group(1)}{section}{zu.group(2)}) {stripped[zu.end():]}".rstrip())
            continue
        out.append(line)
    return out


def _repeats_start(text: str, question: str) -> bool:
    """Does the answer's item (``text``, after its letter) repeat the start of the
    inquiry's item ``question``?"""
    body = normalise(text)[:60]
    return len(body) >= 15 and fuzz.partial_ratio(body, normalise(question)[: len(body) + 5]) >= ITEM_START
