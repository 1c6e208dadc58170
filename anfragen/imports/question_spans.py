"""Spans of lines that hold a question, and the reading of labels and sentences that
finding the questions needs in the faction's inquiry (``inquiry_reading``) and in the
answer document (``questions``, ``answer_starts``) alike: numbered lines and their run
1, 2, 3 …, a label alone on its line, sentences, text normalised for fuzzy comparison.
All functions are pure and work on cleaned lines (see ``cleanup.clean_lines``); a span
is ``(start, end)`` with ``end`` exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBERED_LINE = re.compile(r"^(?:Frage\s+)?(\d{1,2}|(?:VIII|VII|VI|IV|IX|III|II)(?=\.)|[A-Z](?=[.)])|[a-z](?=\)))"
                           r"(\.\)|[.):]?)\s+(\S.*)$")


@dataclass
class QuestionSpan:
    """Lines ``start:end`` of a document holding one question, labelled ``number``."""

    start: int
    end: int
    number: str  # the label as it should be written: "1." or "1)"
    text: str  # the question, reflowed into one line, without its label
    labelled: bool = True  # False: the inquiry did not number it; the number is its position


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


def numbered_sequence(lines: list[str], accept, confirmed=None) -> list[tuple[int, str, str]]:
    """Greedy run of numbered lines 1, 2, 3 … in order, each approved by ``accept``.

    A number right after a line that does not end a sentence is normally its
    continuation ("… ab\n1. August 2013"), unless ``confirmed`` says it is a label all the
    same: its line repeats the expected question word for word (an answer left without its
    full stop right above the next question: "… wird fortgesetzt" / "2. Wie ist …"), or the
    line before is an item of the askers' list ("- Falls nein: Begründung"). Only where no
    number can be read otherwise, and reading them as labels gives at least two numbered
    questions (a title or a form line right above "1. Seit wann …?"), are they labels."""
    careful = _greedy(lines, accept, careful=True, confirmed=confirmed)
    if careful:
        return careful
    lenient = _greedy(lines, accept, careful=False)
    asking = [i for i, _n, _l in lenient if "?" in " ".join(lines[i:i + 3])]
    if len(lenient) >= 2 and len(asking) == len(lenient) and all(_style(n) == "digit" for _i, n, _l in lenient):
        return lenient
    return []


def _greedy(lines: list[str], accept, careful: bool, confirmed=None) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    roman = roman_run_allowed(lines)
    style = None  # digits, or the case of letter labels ("A.", "a)"): one style per document
    for index, line in enumerate(lines):
        match = NUMBERED_LINE.match(line.strip())
        reading = _reading(match.group(1), len(found) + 1, style, roman) if match else None
        if reading is None:
            continue
        if careful and index > 0 and lines[index - 1].strip() and not ends_sentence(lines[index - 1]) \
                and not (confirmed and confirmed(index, match.group(1))):
            continue  # "… ab\n1. August 2013": a number continuing a sentence
        if accept(index, match.group(1)):
            found.append((index, match.group(1), match.group(2) or "."))
            style = reading
    return found


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def ordinal(label: str) -> int:
    """1 for "1", "A" and "a", 2 for "II": the position a label stands for ("I", "V" and
    "X" alone count as letters here; ``_greedy`` reads them as numerals in a Roman run)."""
    if len(label) > 1 and label in ROMAN:
        return ROMAN.index(label) + 1
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _style(label: str) -> str:
    if len(label) > 1 and label in ROMAN:
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
        and not any(m.group(1) in ROMAN and NUMBERED_LINE.match(m.group(3)) for m in matches)


def _reading(label: str, position: int, style: str | None, roman: bool = True) -> str | None:
    """The style in which ``label`` stands at ``position`` of a run in ``style`` (None:
    the run's first label), or None where it does not: "I." first, "V." fifth are
    Roman numerals in a Roman run, the ninth and 22nd letter in a run of letters."""
    if roman and label in ROMAN and ROMAN.index(label) + 1 == position and style in (None, "roman"):
        return "roman"
    if ordinal(label) == position and style in (None, _style(label)) and (roman or _style(label) != "roman"):
        return _style(label)
    return None


_LEAD_IN_END = re.compile(r"\b(?:fragen|fragen wir|wir nun|fragen nun|folgende Fragen)\s*$", re.IGNORECASE)


def ends_sentence(line: str) -> bool:
    """Does ``line`` end where a numbered item may start ("…?", "Wir fragen nun")?"""
    return line.rstrip().endswith((".", "?", ":", "!", ")")) or bool(_LEAD_IN_END.search(line.rstrip()))


def question_span(lines: list[str], start: int, end: int, number: str, label: str) -> QuestionSpan:
    text = joined_text(lines, start, end)
    text = NUMBERED_LINE.match(text).group(3)
    label = ")" if label == ")" else "."
    return QuestionSpan(start, end, number + label, text)


def joined_text(lines: list[str], start: int, end: int) -> str:
    """Lines ``start:end`` as one line of text (blank lines between paragraphs dropped)."""
    return " ".join(line.strip() for line in lines[start:end] if line.strip())
