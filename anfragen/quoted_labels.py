"""Labels of the questions the importer quotes ("> D. Wie sieht …?") that the walk's reading
of quoted labels (numbers and small letters, ``layouts.quoted_label``) does not take, and
labels left inside question texts. Pure functions; ``walker.py`` uses them.
"""

from __future__ import annotations

import re

from . import layouts

# "(z." / "> B. Stiftungen, Vereine) …": "z. B." broken by extraction, no label
_BROKEN_FOR_EXAMPLE = re.compile(r"\bz\.$")


def unread_label(quoted: str, before: str = "") -> layouts.Label | None:
    """The label a quoted question opens with that the parser reads on a paragraph (a
    capital letter "D.", "J)", a Roman numeral "II.", "1.5.1.", "Frage 3:") but the reading
    of quoted labels does not; None where that reading takes it, where there is none, or
    where the text before the quote ends in "z." (its "B." is the rest of "z. B.")."""
    digits, letter, _rest = layouts.quoted_label(quoted)
    if digits or letter or _BROKEN_FOR_EXAMPLE.search(before.rstrip()):
        return None
    label = layouts.question_label(quoted)
    if label is None or label.style in ("letter", "combined") or not label.rest.strip():
        return None
    return label


def without_own_heading(text: str, number: str) -> str:
    """"Zu Frage 1 Welche …?" as the text of question 1: the answer document's heading of
    that question, left in front of it without its colon ("1. Zu Frage 1 Welche …"), is no
    part of the question. Only the question's own number, and only before a capital."""
    if not number:
        return text
    return re.sub(rf"^[Zz]u\s+Frage\s+{re.escape(number)}\s+(?=[A-ZÄÖÜ])", "", text, count=1)


# "1. Warum …?" inside a quote: a section heading with its first question ("H. Sonstiges 1. …?")
_RUN_IN_NUMBER = re.compile(r"(?:^|\s)\d{1,2}[.)]\s+[A-ZÄÖÜ]")


def opens_next_section(label: layouts.Label, last: str) -> bool:
    """"> D. Die Firma … rüstet … aus. Verfügt … über ein solches System?" right after question
    C.3, in a document whose numbers restart under each capital letter: the quote is the
    inquiry's question D (the importer quotes only what the inquiry asks), the letter after
    the section of the last question (``last``, "C.3"), which opens its own section (its
    numbers restart: "> 1. …?" after it is D.1). Only a quote ending in "?" with no number
    of its own inside it (not "H. Sonstiges 1. Warum …?")."""
    section = re.fullmatch(r"([A-Z])\.\d+", last)
    return label.style == "upper" and section is not None \
        and ord(label.number) == ord(section.group(1)) + 1 \
        and label.rest.rstrip().endswith("?") and not _RUN_IN_NUMBER.search(label.rest)


def _mention(letter: str) -> re.Pattern[str]:
    """"D. Wie …", "D\\) …", "Zu D:", "Frage D", "B und D": the capital letter as a label or
    named as a question anywhere in a block (broad on purpose: any such place counts)."""
    return re.compile(rf"(?<![\w.\\]){letter}(?:\\?[.)](?=\s)|(?=\s*[:)]))"
                      rf"|\b(?:[Zz]u|Fragen?|und|bis|sowie)\s+{letter}\b")


def letter_mentions(texts: list[str], letter: str) -> int:
    """How many of ``texts`` (the document's blocks) label or name the capital ``letter``."""
    pattern = _mention(letter)
    return sum(1 for text in texts if pattern.search(text))


def moved_up_question(quoted: str, before: str, current: str, read: list[str], texts: list[str]) \
        -> layouts.Label | None:
    """"> D. Wie sieht … aus?" right after question B, where the inquiry asks A to D and the
    answer document moves D up under B (then answers both in one text): the quote is the
    inquiry's question D (the importer quotes only what the inquiry asks), not the rest of B.
    Only a capital letter after the current question's (``current``, itself a capital
    letter), not read yet (``read``: the numbers so far) and labelled or named nowhere else
    in the document (``texts``: so it is not read later), the quote asking (ending in "?").
    None otherwise: the quote stays the rest of the question, a doubt."""
    label = unread_label(quoted, before)
    if label is None or label.style != "upper" or not re.fullmatch(r"[A-Z]", current) \
            or label.number <= current or label.number in read or not label.rest.rstrip().endswith("?") \
            or letter_mentions(texts, label.number) != 1:
        return None
    return layouts.Label(label.number, "quoted", label.rest)
