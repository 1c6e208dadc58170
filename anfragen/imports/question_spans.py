"""Spans of lines that hold a question, and the reading of labels and sentences that
finding the questions needs in the faction's inquiry (``inquiry_reading``) and in the
answer document (``questions``, ``answer_starts``) alike: numbered lines and their run
1, 2, 3 …, a label alone on its line, sentences, text normalised for fuzzy comparison.
All functions are pure and work on cleaned lines (see ``cleanup.clean_lines``); a span
is ``(start, end)`` with ``end`` exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layouts import ROMAN_NUMERALS

NUMBERED_LINE = re.compile(r"^(?:Frage\s+)?(\d{1,2}|(?:VIII|VII|VI|IV|IX|III|II)(?=\.)|[A-Z](?=[.)])|[a-z](?=\)))"
                           r"(\.\)|[.):]?)\s+(\S.*)$")
# "2a. Wie viele …?", "1 a. Wie viele …": items that stand in their number's place (no "2."
# of their own), each opening a paragraph; read only in runs (``item_number_runs``)
ITEM_NUMBERED_LINE = re.compile(r"^(\d{1,2})\s?([a-z])([.)])\s+([A-ZÄÖÜ„\"].*)$")
_ITEM_KEY = re.compile(r"^(\d{1,2})([a-z])$")  # "2a": the number of such an item


@dataclass
class QuestionSpan:
    """Lines ``start:end`` of a document holding one question, labelled ``number``."""

    start: int
    end: int
    number: str  # the label as it should be written: "1." or "1)"
    text: str  # the question, reflowed into one line, without its label
    labelled: bool = True  # False: the inquiry did not number it; the number is its position
    lead: str = ""  # the request the item completes ("Die Verwaltung möge mitteilen,"; ``request_items``)
    # what the inquiry asks after it that the reading of its numbers leaves out: its sub-questions
    # "1.1.", "1.2.", a closing question without a number (``unread_inquiry_questions``)
    asked_after: list[QuestionSpan] = field(default_factory=list)


def normalise(text: str) -> str:
    """Lower-case, single-spaced text for fuzzy comparison."""
    return re.sub(r"\s+", " ", text).strip().lower()


_BARE_LABEL = re.compile(r"^(?:\d{1,2}|[A-Za-z])[.)]$")


def _first_item_under_number(label: str, text: str) -> bool:
    """"1." alone, then "a) An welchen …?": the question's number above its first item."""
    return label[:-1].isdigit() and bool(re.match(r"a\)\s", text))


def join_bare_labels(lines: list[str]) -> list[str]:
    """A label alone on its line ("1." then, after blank lines, "Warum …?"), as PDF
    extraction leaves a label column, is joined with the text it labels (also a number with
    the first item under it: "1." and "a) An welchen …?" are "1. a) An welchen …?")."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if _BARE_LABEL.match(stripped):
            following = index + 1
            while following < len(lines) and not lines[following].strip() and following - index <= 3:
                following += 1
            text = lines[following].strip() if following < len(lines) else ""
            if text and (not NUMBERED_LINE.match(text) or _first_item_under_number(stripped, text)):
                out.append(f"{stripped} {lines[following].strip()}")
                index = following + 1
                continue
        out.append(lines[index])
        index += 1
    return out


def is_bare_label(line: str, number: str) -> bool:
    """Is ``line`` only the label ``number`` ("1." or "1)" for "1."; "A." for "A.")? Not a
    number for a letter: "1." alone above "a) An welchen …?" is the number of the question
    whose first item is a)."""
    stripped = line.strip()
    label = number.rstrip(".)")
    return bool(_BARE_LABEL.match(stripped)) and stripped[:-1].isdigit() == label.isdigit() \
        and ordinal(stripped[:-1]) == ordinal(label)


LABEL_LIKE = re.compile(r"^(?:Zu\s+)?(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Za-z])\s?[.)]")


_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_TITLE_END = re.compile(r"(?:\b(?:Dr|Prof|Hr|Fr|Nr|St|Str|ca|bzw|vgl|z\.\s?B|u\.\s?a|d\.\s?h)|\b[A-ZÄÖÜ])\.$")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``; a dot after a title or abbreviation ("Dr. Huber",
    "Nr. 5") ends none."""
    out: list[str] = []
    for part in _SENTENCE_START.split(text):
        if out and _TITLE_END.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def numbered_sequence(lines: list[str], accept, confirmed=None, item_marks: str = "") -> list[tuple[int, str, str]]:
    """Greedy run of numbered lines 1, 2, 3 … in order, each approved by ``accept``.

    A number right after a line that does not end a sentence is normally its
    continuation ("… ab\n1. August 2013"), unless ``confirmed`` says it is a label all the
    same: its line repeats the expected question word for word (an answer left without its
    full stop right above the next question: "… wird fortgesetzt" / "2. Wie ist …"), or the
    line before is an item of the askers' list ("- Falls nein: Begründung"). Only where no
    number can be read otherwise, and reading them as labels gives at least two numbered
    questions (a title or a form line right above "1. Seit wann …?"), are they labels.

    With ``item_marks`` (the marks that may close an item's label: "." for "2a.", ".)" also
    for "2 a)"), a number may stand as its items "2a.", "2b.", "2c." (or "1 a.", "1 b."),
    each opening a paragraph, in a run of two or more (``item_number_runs``): then they
    are numbered "2a", "2b", "2c" in the number's place, and the run goes on with 3."""
    runs = item_number_runs(lines, item_marks) if item_marks else {}
    careful = _greedy(lines, accept, careful=True, confirmed=confirmed, runs=runs)
    if careful:
        return careful
    lenient = _greedy(lines, accept, careful=False)
    asking = [i for i, _n, _l in lenient if "?" in " ".join(lines[i:i + 3])]
    if len(lenient) >= 2 and len(asking) == len(lenient) and all(_style(n) == "digit" for _i, n, _l in lenient):
        return lenient
    return []


def _greedy(lines: list[str], accept, careful: bool, confirmed=None,
            runs: dict[int, str] | None = None) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    roman = roman_run_allowed(lines)
    style = None  # digits, or the case of letter labels ("A.", "a)"): one style per document
    for index, line in enumerate(lines):
        if runs and index in runs:  # "2a.": read as an item in its number's place, or not at all
            if style in (None, "digit") and _item_follows(runs[index], found) and accept(index, runs[index]):
                found.append((index, runs[index], ")"))
                style = "digit"
            continue
        match = NUMBERED_LINE.match(line.strip())
        reading = _reading(match.group(1), _numbers_done(found) + 1, style, roman) if match else None
        if reading is None:
            continue
        if careful and index > 0 and lines[index - 1].strip() and not ends_sentence(lines[index - 1]) \
                and not (confirmed and confirmed(index, match.group(1))):
            continue  # "… ab\n1. August 2013": a number continuing a sentence
        if accept(index, match.group(1)):
            found.append((index, match.group(1), match.group(2) or "."))
            style = reading
    return found


def item_number_runs(lines: list[str], marks: str = ".") -> dict[int, str]:
    """``{line: "2a"}`` for the lines that open a paragraph (the first line, or after a
    blank line or a finished sentence, "…?" / "2b. Wie …") with an item label "2a." or
    "1 a." on a text starting in capitals, in runs
    of one number whose letters go a, b, c … in order, two items at least. Not "2a" inside
    running text, nor a lone "3a." (an item of its own, after its number's question)."""
    runs: list[list[tuple[int, str]]] = []
    for index, line in enumerate(lines):
        match = ITEM_NUMBERED_LINE.match(line.strip())
        if not match or match.group(3) not in marks or (index > 0 and lines[index - 1].strip()
                                                         and not ends_sentence(lines[index - 1])):
            continue
        key = match.group(1) + match.group(2)
        last = runs[-1][-1][1] if runs else ""
        if last and last[:-1] == match.group(1) and ord(match.group(2)) == ord(last[-1]) + 1:
            runs[-1].append((index, key))
        elif match.group(2) == "a":
            runs.append([(index, key)])
        else:
            runs.append([])  # "2c." after "2a.": out of order, the run ends
    return {index: key for run in runs if len(run) >= 2 for index, key in run}


def _item_follows(key: str, found: list[tuple[int, str, str]]) -> bool:
    """Does item ``key`` ("2a") go on from what was read: the first item of the next number,
    or the next letter of the item just read?"""
    number, letter = _ITEM_KEY.match(key).groups()
    if letter == "a":
        return int(number) == _numbers_done(found) + 1
    return bool(found) and found[-1][1] == f"{number}{chr(ord(letter) - 1)}"


def _numbers_done(found: list[tuple[int, str, str]]) -> int:
    """The position of the last number read: one for each label, its items one ("2a", "2b"
    stand at 2)."""
    return sum(1 for _index, number, _label in found if not _ITEM_KEY.match(number) or number.endswith("a"))




def ordinal(label: str) -> float:
    """1 for "1", "A" and "a", 2 for "II": the position a label stands for ("I", "V" and
    "X" alone count as letters here; ``_greedy`` reads them as numerals in a Roman run);
    2.01, 2.02 for the items "2a", "2b" that stand in number 2's place (after 2, before 3;
    a key of their own)."""
    if item := _ITEM_KEY.match(label):
        return int(item.group(1)) + (ord(item.group(2)) - ord("a") + 1) / 100
    if len(label) > 1 and label in ROMAN_NUMERALS:
        return ROMAN_NUMERALS.index(label) + 1
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _style(label: str) -> str:
    if len(label) > 1 and label in ROMAN_NUMERALS:
        return "roman"
    return "digit" if label.isdigit() else ("upper" if label.isupper() else "lower")


def roman_run_allowed(lines: list[str]) -> bool:
    """Are the numbered lines Roman numerals ("I.", "II.", …) throughout? Only where a line
    opens with one of more than one letter ("II.") and none with an Arabic number or with
    another label under the numeral ("I. 1) Wann …?"): there the numerals head sections
    over the numbered questions ("I. Kulturkonzept …" / "1. Wurden …?")."""
    matches = [m for line in lines if (m := NUMBERED_LINE.match(line.strip()))]
    return any(_style(m.group(1)) == "roman" for m in matches) \
        and not any(m.group(1).isdigit() for m in matches) \
        and not any(m.group(1) in ROMAN_NUMERALS and NUMBERED_LINE.match(m.group(3)) for m in matches)


def _reading(label: str, position: int, style: str | None, roman: bool = True) -> str | None:
    """The style in which ``label`` stands at ``position`` of a run in ``style`` (None:
    the run's first label), or None where it does not: "I." first, "V." fifth are
    Roman numerals in a Roman run, the ninth and 22nd letter in a run of letters."""
    if roman and label in ROMAN_NUMERALS and ROMAN_NUMERALS.index(label) + 1 == position and style in (None, "roman"):
        return "roman"
    if ordinal(label) == position and style in (None, _style(label)) and (roman or _style(label) != "roman"):
        return _style(label)
    return None


_LEAD_IN_END = re.compile(r"\b(?:fragen|fragen wir|wir nun|fragen nun|folgende Fragen)\s*$", re.IGNORECASE)


def ends_sentence(line: str) -> bool:
    """Does ``line`` end where a numbered item may start ("…?", "Wir fragen nun")?"""
    return line.rstrip().endswith((".", "?", ":", "!", ")")) or bool(_LEAD_IN_END.search(line.rstrip()))


def question_span(lines: list[str], start: int, end: int, number: str, label: str) -> QuestionSpan:
    """The question of lines ``start:end`` under its label; an item in its number's place
    ("2a." or "1 a.") is written "2a)", "1a)", as the parser reads such a label."""
    item = bool(_ITEM_KEY.match(number))
    text = label_text(joined_text(lines, start, end), item)
    return QuestionSpan(start, end, number + (")" if label == ")" or item else "."), text)


def is_item_number(number: str) -> bool:
    """"2a": the number of an item read in its number's place."""
    return bool(_ITEM_KEY.match(number.rstrip(".)")))


def label_text(line: str, item: bool = False) -> str:
    """The text after a numbered line's label ("1. Wie …" → "Wie …"; with ``item`` an item's,
    "2a. Wie …" → "Wie …")."""
    if item:
        return ITEM_NUMBERED_LINE.match(line.strip()).group(4)
    return NUMBERED_LINE.match(line.strip()).group(3)


def joined_text(lines: list[str], start: int, end: int) -> str:
    """Lines ``start:end`` as one line of text (blank lines between paragraphs dropped)."""
    return " ".join(line.strip() for line in lines[start:end] if line.strip())


def paragraph_ranges(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs (runs of non-blank lines) of ``lines[start:end]`` as ``(first, end)``."""
    found: list[tuple[int, int]] = []
    index = start
    while index < end:
        if not lines[index].strip():
            index += 1
            continue
        first = index
        while index < end and lines[index].strip():
            index += 1
        found.append((first, index))
    return found
