"""The askers' words going on after their quoted paragraph, up to where the inquiry's text ends.

An answer document repeats a section of the inquiry, its heading and context, then runs the
administration's remark on it into the same paragraph:

    2. Bewertung der Werte Für Kitas gelten laut Regel 12 folgende Empfehlungen:
    - allgemein 20 °C
    - in Schlafräumen 18 °C. Bei mehr als 26 °C sollen Maßnahmen ergriffen werden. Die in der
      Anfrage genannten Werte gelten für den Heizfall …

The importer quotes the first paragraph as the askers' (``> Fragesteller: …``); the items
after it are too short to be found on their own, and the last one holds the administration's
words after theirs. ``their_words_going_on`` finds the sentences of such a paragraph that
stand in the inquiry right after the quoted words (letter for letter, so the inquiry has
nothing between them), to join them to the quote; the sentences after them stay the
administration's text. Pure functions.
"""

from __future__ import annotations

import re

from .. import layouts
from ..layouts import letters

# Letters of the quoted words' end that must stand right before the sentences in the inquiry.
QUOTE_TAIL = 40
# A sentence ends before a capital or an opening quote: "… 18 °C. Bei …", not "z. B. die …".
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+(?=[A-ZÄÖÜ„\"])")


def their_words_going_on(quoted: str, paragraph: str, inquiry: str) -> tuple[str, str]:
    """``(words, rest)``: the opening sentences of ``paragraph`` (all of it, or up to a
    sentence's end) that stand in ``inquiry`` (as ``letters``) right after the askers'
    ``quoted`` words, and the text after them; ``("", paragraph)`` where none do."""
    tail = letters(quoted)[-QUOTE_TAIL:]
    plain = layouts.unescaped(paragraph.strip())
    if len(tail) < QUOTE_TAIL or tail not in inquiry:
        return "", paragraph
    ends = [m.start() for m in _SENTENCE_END.finditer(plain)] + [len(plain)]
    for end in reversed(ends):
        words = plain[:end].strip()
        if letters(words) and tail + letters(words) in inquiry:
            return words, plain[end:].strip()
    return "", paragraph


# Letters of the next question's opening that must stand right after the heading in the inquiry.
QUESTION_OPENING = 40
# Letters a heading needs ("3. Maßnahmen und Klimatisierung": 27); shorter ones are generic.
MIN_HEADING = 15


def heads_next_question(paragraph: str, question: str, inquiry: str) -> bool:
    """Is ``paragraph`` (too short for the askers' words found on their own, "3\\. Maßnahmen
    und Klimatisierung") the askers' heading that stands in ``inquiry`` (as ``letters``)
    right before the ``question`` that follows it (a Markdown paragraph, its label left
    out: the answer may number the questions its own way)? Then it is theirs, the next
    question's context, and no part of the answer before."""
    heading = letters(layouts.unescaped(paragraph))
    label = layouts.question_label(layouts.unescaped(question.strip().lstrip("> ")))
    opening = letters(label.rest if label is not None else question)[:QUESTION_OPENING]
    return len(heading) >= MIN_HEADING and len(opening) == QUESTION_OPENING and heading + opening in inquiry
