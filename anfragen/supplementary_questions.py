"""Supplementary questions the answer document answers after the question they extend.

An answer document may answer a second, later inquiry of the askers together with the
first ("… sowie ergänzende Fragen von …"), putting each of its questions after the answer
to the question it extends, under a heading that names that question: "Ergänzend zu
Frage 3: Gibt es Kooperationen mit Kantinen anderer Betriebe …? Wenn ja, welche …?",
then its answer. Such a paragraph, inside the answer to question 3 and asking, is a
question of its own (it has no number; the heading stays in its text, so that it shows
which question it extends), and the text after it its answer — not a paragraph of the
answer to question 3 that looks like a question.
"""
from __future__ import annotations

import re

# "Ergänzend zu Frage 3: Gibt es …?": the heading naming the question, then the question
_SUPPLEMENT = re.compile(r"^Ergänzend\s+zu\s+Frage\s+(\d{1,2}[a-z]?)\s*:\s+(?=[A-ZÄÖÜ])(.+\?)$", re.S)


def extends_question(text: str, answered: list[str]) -> bool:
    """Is ``text`` a supplementary question headed with the number of a question whose
    answer it stands in (``answered``: the numbers of the questions that answer answers),
    ending in "?"?"""
    match = _SUPPLEMENT.match(text.strip())
    return match is not None and match.group(1) in answered
