"""Answers under the inquiry's numbers with a title of the administration's own.

"9. Dokumentation und Meldewege" / "Es existiert kein zentrales …" / "10. Psychologische
Betreuung und Wiedereingliederung" / "Die Stadt Karlsruhe hat …": the answer document does
not repeat the questions, it heads each answer with the question's number and a short
title — the askers' topic heading above that question, or a few words of the question
("11. Nutzungszahlen der Betreuungsangebote" for "11. Wie häufig wurden diese Angebote
genutzt?"). The number names the question; the title only confirms it: every title must
share a word with its own question (or with the askers' heading right above it), a word
that is not common to the inquiry's questions, else nothing is read here (an answer that
numbers otherwise than the inquiry stays undivided). A title may name a second question
answered with it, "8. Gibt es eine Regelung … (sowie 21. Dienstanweisung …)".

Questions before the first title are answered only where the text before it names exactly
them at a paragraph's start: "Die Punkte 1 – 7 (…) betreffen … deren Ergebnisse in Anlage 1
aufbereitet sind." (the administration's answer to them, pointing to its attachment, as an
answer "Siehe Anlage 1" does).

Each title is written as the answer header the parser reads, "Zu 8. und 21.: Gibt es …",
its answer in the paragraphs under it; the inquiry's questions are written before them.
"""

from __future__ import annotations

import re

from .. import layouts
from .question_spans import NUMBERED_LINE, QuestionSpan, ends_sentence

_MIN_TITLES = 3
_MAX_TITLE_LINES = 3
_MAX_TITLE_WORDS = 30
_MIN_WORD = 6  # letters of a word that may confirm a title
# "(sowie 21. Dienstanweisung …)": a second question the section answers
_ALSO = re.compile(r"\(\s*sowie\s+(\d{1,2})\.\s+[^()]+\)")
# "Die Punkte 1 – 7 (…) betreffen …", "Die Fragen 1 bis 7 …": the questions a paragraph speaks of
_RANGE_START = re.compile(r"^Die\s+(?:Punkte|Fragen|Ziffern)\s+(\d{1,2})\s*(?:–|-|bis)\s*(\d{1,2})\b")
_LIST_ITEM = re.compile(r"^(?:[-–•▪]\s)")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zäöüß]+", text.lower()) if len(w) >= _MIN_WORD}


def _shares_word(title: set[str], text: set[str]) -> bool:
    """Does a word of the title stand in the text, also inside a compound ("angebote" in
    "wiedereingliederungsangebote") or with another ending ("standardisierte")?"""
    return any(a[:_MIN_WORD] == b[:_MIN_WORD] or a in b or b in a for a in title for b in text)


def _heading_before(question: QuestionSpan, inquiry_text: str) -> str:
    """The askers' topic heading right before the question in their inquiry's text ("…
    benennen. Dokumentation und Meldewege 9. Verfügt …" → "Dokumentation und Meldewege")."""
    number = question.number.rstrip(".)")
    start = " ".join(question.text.split()[:6])
    at = inquiry_text.find(f"{number}. {start}")
    if at < 0:
        return ""
    before = inquiry_text[max(0, at - 160):at]
    return re.split(r"[.?!:]\s", before)[-1].strip()


def _opens_paragraph(lines: list[str], index: int) -> bool:
    """Does the line at ``index`` open a paragraph: after a blank line, a finished sentence,
    or an item of a list, which ends without a full stop ("- Konfliktreiche Gespräche … –" /
    "Deeskalierende Gesprächsführung, SSW-D 6" / "14. Kosten …")?"""
    previous = lines[index - 1].strip() if index > 0 else ""
    return not previous or ends_sentence(previous) or _in_list_item(lines, index - 1)


def _in_list_item(lines: list[str], index: int, reach: int = 3) -> bool:
    """Is line ``index`` a list item or a line of one ("- …" above it, no sentence ended between)?"""
    for back in range(index, max(-1, index - reach), -1):
        line = lines[back].strip()
        if _LIST_ITEM.match(line):
            return True
        if not line or (back < index and ends_sentence(line)):
            return False
    return False


def _title_end(lines: list[str], index: int) -> int | None:
    """The line after the title that starts at ``index``: a title runs on while its line
    stops on a lower-case word ("… für die Verhängung von" / "Hausverboten (sowie …)") or
    inside a bracket; it ends no sentence."""
    end = index
    while end < len(lines) and end - index < _MAX_TITLE_LINES:
        line = lines[end].strip()
        if not line or line.endswith((".", "?", "!", ":", ",")):
            return None
        end += 1
        title = " ".join(lines[index:end])
        if title.count("(") == title.count(")") and (
                not re.search(r"[a-zäöüß]$", line) or re.search(r"[A-ZÄÖÜ]\w*$", line)):
            return end
    return None


def _titles(lines: list[str], numbers: set[int]) -> list[tuple[int, int, int, str]]:
    """(start, end, number, title) of the numbered titles, numbers rising."""
    found: list[tuple[int, int, int, str]] = []
    index = 0
    while index < len(lines):
        match = NUMBERED_LINE.match(lines[index].strip())
        if match and match.group(1).isdigit() and match.group(2) == "." and _opens_paragraph(lines, index) \
                and int(match.group(1)) in numbers and (not found or int(match.group(1)) > found[-1][2]):
            end = _title_end(lines, index)
            if end is not None and end < len(lines) and lines[end].strip():
                title = " ".join([match.group(3)] + [line.strip() for line in lines[index + 1:end]])
                if len(title.split()) <= _MAX_TITLE_WORDS and not layouts.asks(title):
                    found.append((index, end, int(match.group(1)), title))
                    index = end
                    continue
        index += 1
    return found


def _confirmed(title: str, question: QuestionSpan, inquiry_text: str, common: set[str]) -> bool:
    title_words = _words(_ALSO.sub("", title)) - common
    return _shares_word(title_words, (_words(question.text) | _words(_heading_before(question, inquiry_text))) - common)


def _common_words(expected: list[QuestionSpan]) -> set[str]:
    """Words standing in more than a quarter of the questions: no sign of one of them."""
    counts: dict[str, int] = {}
    for question in expected:
        for word in _words(question.text):
            counts[word] = counts.get(word, 0) + 1
    return {word for word, count in counts.items() if count * 4 > len(expected)}


def _range_paragraph(lines: list[str], end: int, wanted: list[int]) -> int | None:
    """The line before ``end`` that opens a paragraph naming exactly the questions ``wanted``
    ("Die Punkte 1 – 7 …")."""
    for index in range(end):
        match = _RANGE_START.match(lines[index].strip())
        if match and _opens_paragraph(lines, index) \
                and list(range(int(match.group(1)), int(match.group(2)) + 1)) == wanted:
            return index
    return None


def as_answer_sections(lines: list[str], expected: list[QuestionSpan], inquiry_text: str) -> list[str] | None:
    """``lines`` with each numbered title written as the answer header "Zu N.: title" (and
    "Zu den Punkten 1 bis 7:" before a paragraph naming the questions before the first
    title), or None where the document is not divided so."""
    by_number = {int(q.number.rstrip(".)")): q for q in expected if q.labelled and q.number.rstrip(".)").isdigit()}
    if len(by_number) != len(expected) or len(expected) < _MIN_TITLES:
        return None
    titles = _titles(lines, set(by_number))
    common = _common_words(expected)
    if len(titles) < _MIN_TITLES or not all(_confirmed(t, by_number[n], inquiry_text, common) for _s, _e, n, t in titles):
        return None
    titled = {n for _s, _e, n, _t in titles}
    also = {n: [int(m) for m in _ALSO.findall(t) if int(m) in by_number and int(m) not in titled]
            for _s, _e, n, t in titles}
    first = titles[0][2]
    before = sorted(n for n in by_number if n < first)
    opening = _range_paragraph(lines, titles[0][0], before) if before else None
    out: list[str] = []
    starts = {s: (e, n, t) for s, e, n, t in titles}
    index = 0
    while index < len(lines):
        if index == opening:
            out += ["", f"Zu den Punkten {before[0]} bis {before[-1]}:", "", lines[index]]
        elif index in starts:
            end, number, title = starts[index]
            label = " und ".join(f"{n}." for n in [number] + also[number])
            out += ["", f"Zu {label}: {title}", ""]
            index = end
            continue
        else:
            out.append(lines[index])
        index += 1
    return out
