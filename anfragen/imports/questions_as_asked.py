"""Questions the answer document repeats word for word as the inquiry asks them, with the
askers' own statement after the "?".

The inquiry asks "3. Wie ist die Wartung der Uhren geregelt? Die Uhr am Weinbrennerplatz
ist schon länger nicht aktiv." and the answer document repeats it so, then the next
question, then one answer. Read alone, the sentence after the "?" may be the question's
answer run into it by text extraction ("Soll …? Nein."), and such a question ends a run of
questions sharing the answer after them (``walker._unanswered_run``). Where the whole
question, that sentence included, stands in the inquiry letter for letter, the sentence is
the askers' own: ``mark_questions_as_asked`` writes the question as worded by the inquiry
(``> Wortlaut der Anfrage: 3. Wie ist …? Die Uhr …``), and the parser reads it as any
question under its label, one that holds no answer of its own.

Only a labelled question the Markdown shows as such (unescaped, asking), whose text after
its last "?" states something (``layouts.may_hold_its_answer``), at least
``MIN_AS_ASKED`` letters long. The functions are pure.
"""

from __future__ import annotations

from .. import layouts
from ..layouts import letters

MARK = "> Wortlaut der Anfrage: "
MIN_AS_ASKED = 30  # letters of the question (its label left out) that must stand in the inquiry


def mark_questions_as_asked(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """``paragraphs`` with each labelled question whose statement after its "?" is the
    askers' own (the whole question found in ``inquiry_text``) marked as worded by them."""
    inquiry = letters(inquiry_text)
    return [MARK + paragraph.strip() if inquiry and is_question_as_asked(paragraph, inquiry) else paragraph
            for paragraph in paragraphs]


def is_question_as_asked(paragraph: str, inquiry: str) -> bool:
    """Is ``paragraph`` a labelled question ("3. Wie …? Die Uhr … nicht aktiv.") that may
    seem to hold its answer, but stands whole in the ``inquiry`` (as ``letters``)? Letter for
    letter and whole, not ``quoted_items.asked_in_inquiry`` (near enough, up to the first
    "?"): the text after the "?" is what must be theirs, not an answer run in."""
    text = paragraph.strip()
    if text.startswith(">") or text != layouts.unescaped(text):
        return False
    label = layouts.question_label(text)
    if label is None or not layouts.label_asks(label.rest) or not layouts.may_hold_its_answer(label.rest):
        return False
    asked = letters(label.rest)
    return len(asked) >= MIN_AS_ASKED and asked in inquiry
