"""The inquiry copied into the answer file after the signed answer (a scanned bundle).

Some papers have one file only: the answering letter, which repeats each question before
its answer ("Zu 1. Gibt es einen Plan …? Antw.: Ja. …"), signed "Mit freundlichen Grüßen",
then the forwarding letter and a copy of the faction's inquiry ("Anfrage" / "1. Gibt es
einen Plan …?" / "2. …" / the askers' signature). That copy is no part of the answer; it
is the inquiry, the guide to the answer's questions as a faction's own file is.
"""

from __future__ import annotations

import re

from ..layouts import letters
from . import inquiry_reading

# "Anfrage" alone on its line: the heading of the faction's inquiry
_INQUIRY_HEADING = re.compile(r"^\s*Anfrage\s*$")
# the closing of a letter: "Mit freundlichen Grüßen" (also "Mit freundlichem Gruß")
_CLOSING = re.compile(r"^\s*Mit\s+freundliche[nm]\s+Gr[üu](?:ß|ss)(?:en)?\b", re.I)


def split_copied_inquiry(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """``(answer lines, inquiry lines)`` where the answer file holds a copy of the inquiry
    after the signed answer, else None.

    The copy is the last line "Anfrage" from which two numbered questions or more are read
    (``inquiry_reading.inquiry_questions``), with a letter's closing ("Mit freundlichen
    Grüßen") before it; the answer ends before the last such closing (the signature, the
    forwarding letter and the copy are left out of it). Only where the answer repeats
    every question of the copy in its own words, letter for letter (its first sentence up
    to the "?"): the answer is divided by the inquiry's questions, so the copy is no
    answer text and no question of its own."""
    for heading in reversed([i for i, line in enumerate(lines) if _INQUIRY_HEADING.match(line)]):
        closings = [i for i in range(heading) if _CLOSING.match(lines[i])]
        if not closings:
            return None
        copy, answer = lines[heading:], lines[:closings[-1]]
        spans = inquiry_reading.inquiry_questions(copy)
        if len(spans) < 2 or not all(span.labelled for span in spans):
            continue
        answered = letters(" ".join(answer))
        if all(_asking_sentence(span.text) in answered for span in spans):
            return answer, copy
        return None
    return None


def _asking_sentence(question: str) -> str:
    """The letters of a question's first sentence that asks, up to its "?" ("Wir gehen
    davon aus, dass …. Stimmt unsere Annahme?" → the whole; "Gibt es …? Ein Radweg …" →
    "Gibt es …?")."""
    return letters(question.split("?", 1)[0])
