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
