"""Parse issues in German, for the pages (the table keeps the parser's English wording).

Each pattern matches one reason the parser records (``walker.py``, ``checks.py``,
``parse.py``); a reason without a translation is shown as recorded.
"""

from __future__ import annotations

import re

_GERMAN = [
    (r"no answer found for question (.*)", r"Keine Antwort gefunden für Frage \1."),
    (r"numbering breaks: expected (.*), found (.*)", r"Die Nummerierung springt: erwartet \1, gefunden \2."),
    (r"numbering skips from (.*) to (.*): a question between them was not read",
     r"Die Nummerierung springt von \1 auf \2: Eine Frage dazwischen wurde nicht gelesen."),
    (r"lettering skips from (.*) to (.*): an item between them was not read",
     r"Die Buchstaben springen von \1 auf \2: Ein Unterpunkt dazwischen wurde nicht gelesen."),
    (r"question (.*) asks for one fact and holds its item a\), answered in one block before item b\): "
     r"whether the block answers the question itself is not settled",
     r"Frage \1 fragt nach einer Angabe und enthält ihren Unterpunkt a), beantwortet in einem Block vor "
     r"Unterpunkt b): Ob der Block auch die Frage selbst beantwortet, ist offen."),
    (r"question number (.*) occurs twice", r"Die Fragenummer \1 kommt zweimal vor."),
    (r"question (.*) is answered twice; the later answer is kept",
     r"Frage \1 wird zweimal beantwortet; die spätere Antwort gilt."),
    (r"answer names question (.*), which the document does not contain",
     r"Eine Antwort nennt Frage \1, die das Dokument nicht enthält."),
    (r"answer points to question (.*), which the document does not contain",
     r"Eine Antwort verweist auf Frage \1, die das Dokument nicht enthält."),
    (r"question answered before it is asked \(the document copies the inquiry after its answers\): (.*)",
     r"Eine Frage wird beantwortet, bevor sie gestellt wird (das Dokument gibt die Anfrage nach den "
     r"Antworten wieder); der Text nach ihr ist keine Antwort: \1"),
    (r"empty answer", r"Eine Antwort ist leer."),
    (r"answer holds only connecting words: (.*)", r"Eine Antwort besteht nur aus Bindewörtern: \1"),
    (r"answer holds a copy of the question \(the inquiry copied into the answer document\): (.*)",
     r"Eine Antwort enthält die Frage noch einmal (die Anfrage steht im Antwortdokument): \1"),
    (r"answer holds several tables run together \(which table answers which question is not settled\): (.*)",
     r"Eine Antwort enthält mehrere zusammengelaufene Tabellen (welche Tabelle welche Frage beantwortet, "
     r"ist offen): \1"),
    (r"answer announces a table that does not follow it; a later answer holds table lines "
     r"\(the text extraction may have moved the table there\)",
     r"Eine Antwort kündigt eine Tabelle an, die ihr nicht folgt; eine spätere Antwort enthält "
     r"Tabellenzeilen (die Textextraktion hat die Tabelle vielleicht dorthin verschoben)."),
    (r"joint answer whose questions cannot be determined",
     r"Eine gemeinsame Antwort, deren Fragen nicht zu bestimmen sind."),
    (r"answer contains a paragraph labelled as the next question: (.*)",
     r"Eine Antwort enthält einen Absatz mit der Nummer der nächsten Frage: \1"),
    (r"answer contains the numbered lead of the sub-questions after it: (.*)",
     r"Eine Antwort enthält den nummerierten Vorspann der Unterfragen nach ihr: \1"),
    (r"answer opens with the askers' request to the administration: (.*)",
     r"Eine Antwort beginnt mit der Bitte der Fragesteller an die Verwaltung: \1"),
    (r"answer ends with the start of the next question, broken off: (.*)",
     r"Eine Antwort endet mit dem abgebrochenen Anfang der nächsten Frage: \1"),
    (r"answer contains a paragraph labelled as the question's next item: (.*)",
     r"Eine Antwort enthält einen Absatz mit dem nächsten Buchstaben der Frage: \1"),
    (r"answer contains a paragraph that looks like a question: (.*)",
     r"Eine Antwort enthält einen Absatz, der wie eine Frage aussieht: \1"),
    (r"answer contains a labelled question inside a paragraph: (.*)",
     r"Eine Antwort enthält mitten in einem Absatz eine nummerierte Frage: \1"),
    (r"the answer is not divided by question: kept whole, not paired with any question",
     r"Die Stellungnahme ist nicht nach Fragen gegliedert: Sie steht ganz da, keiner Frage zugeordnet."),
    (r"not taken as submitter: (.*)", r"Nicht als Fragesteller übernommen: \1"),
    (r"askers' text after the last question introduces no question",
     r"Text der Fragesteller nach der letzten Frage leitet keine Frage ein."),
    (r"question runs on after its '\?' into text that stops mid-sentence \(the answer's start\?\): (.*)",
     r"Eine Frage geht nach ihrem Fragezeichen in Text über, der mitten im Satz abbricht "
     r"(der Anfang der Antwort?): \1"),
    (r"question contains the next question's label: (.*)",
     r"Eine Frage enthält die Nummer der nächsten Frage: \1"),
    (r"text before the first question holds a labelled question that was not read as one: (.*)",
     r"Text vor der ersten Frage enthält eine nummerierte Frage, die nicht als Frage gelesen wurde: \1"),
    (r"answer header names questions (.*) that never follow",
     r"Eine Antwortüberschrift nennt die Fragen \1, die nicht folgen."),
]


def german(reason: str) -> str:
    """The German wording of a recorded parse issue."""
    for pattern, replacement in _GERMAN:
        if re.fullmatch(pattern, reason, flags=re.S):
            return re.sub(pattern, replacement, reason, flags=re.S)
    return reason
