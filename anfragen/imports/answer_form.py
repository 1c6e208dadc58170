"""The fixed form of Karlsruhe's answer template (2020–2023 "Stellungnahme",
"Informationsvorlage"): field labels with check boxes that PDF extraction flattens into
text — "Finanzielle Auswirkungen Gesamtkosten der Maßnahme …" / "Ja ☐ Nein ☒" /
"Haushaltsmittel sind dauerhaft im Budget vorhanden …" / "CO2-Relevanz …" / "IQ-relevant
Nein ☒ Ja ☐ Korridorthema:" / "Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO) …" / "Abstimmung mit
städtischen Gesellschaften Nein ☒ Ja ☐ abgestimmt mit". Left in, it runs into the short
answer ("Kurzfassung") and reads like an answer: the unticked "Die Finanzierung wird auf
Dauer wie folgt sichergestellt …" under a question about financial resources. Pure
functions of cleaned lines.

Narrow by design: a form starts at a line opening with "Finanzielle" and runs over lines
made only of the template's own words and check marks (blank lines between); it is only
a form when it holds the "IQ-relevant" field. Only lines made entirely of template words
and marks are ever removed. A field filled in with content of its own ("Korridorthema:
Mobilität", "durchgeführt am 24.05.2022", "abgestimmt mit VBK …", "nicht bezifferbar") is
kept whole, as extracted, as a paragraph of its own: the content is the document's, and
which box is ticked cannot be read reliably from the flattened marks.
"""

from __future__ import annotations

import re

_TEMPLATE = """
Finanzielle Auswirkungen des Antrages Gesamtkosten der Maßnahme Maß- nahme Einzahlungen/Erträge Einzahlungen Erträge
(Zuschüsse u. Ä.) Zuschüsse und Ähnliches Jährliche laufende Belastung (Folgekosten mit kalkulatorischen Kosten
abzügl. abzüglich Folgeerträge Fol- geerträge Folgeer- träge und Folgeeinsparungen) Haushaltsmittel sind dauerhaft im
Budget vorhanden Die Finanzierung wird auf Dauer wie folgt sichergestellt und ist in den ergänzenden Erläuterungen
auszuführen: Durch Wegfall bestehender Aufgaben (Aufgabenkritik) Umschichtungen Umschichtung innerhalb des
Dezernates Der Gemeinderat beschließt die Maßnahme im gesamtstädtischen Interesse und stimmt einer Etatisierung in
den Folgejahren zu. Investition Konsumtive Maßnahme Gesamtkosten: Jährliche/r Budgetbedarf/Folgekosten:
Gesamteinzahlung: Jährlicher Ertrag: Finanzierung bereits vollständig budgetiert teilweise nicht budgetiert
Gegenfinanzierung durch Mehrerträge/-einzahlung Wegfall bestehender Aufgaben Die Gegenfinanzierung ist im
Erläuterungsteil dargestellt. CO 2 CO2 -Relevanz: CO2-Relevanz: Relevanz Auswirkung auf den Klimaschutz Bei Ja:
Begründung | Optimierung (im Text ergänzende Erläuterungen) positiv negativ geringfügig erheblich IQ-relevant
Korridorthema: Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO) durchgeführt am Abstimmung mit städtischen Gesellschaften
abgestimmt mit Ja Nein
"""
_PUNCTUATION = "()[]:.,;|/-–"
_WORDS = frozenset(word.strip(_PUNCTUATION) for word in re.split(r"[\s/|]+", _TEMPLATE)) - {""}
_MARKS = frozenset("☐☒Xx")  # check boxes, empty and ticked, and a typed cross

_MAX_FILLED = 4  # a field's content ("VBK 18. Januar 2021"), not a sentence
_START = re.compile(r"^Finanzielle\b")
_LAST_LABEL = re.compile(r"\babgestimmt mit\b")
_MARKER = re.compile(r"^IQ-relevant\b")
# where each field begins; a field filled in is kept whole
_FIELD = re.compile(r"^(?:Finanzielle\b|Haushaltsmittel\b|Finanzierung$|CO(?:2|$)|IQ-relevant\b"
                    r"|Anhörung Ortschaftsrat\b|Abstimmung mit städtischen Gesellschaften\b)")


def own_words(line: str) -> list[str]:
    """The words of a line that are neither the template's words nor check marks: what a
    field was filled in with ("Mobilität", "24.05.2022")."""
    words = (word.strip(_PUNCTUATION) for word in re.split(r"[\s/|]+", line))
    return [word for word in words if word and word not in _WORDS and not set(word) <= _MARKS]


def holds_form_words(line: str) -> bool:
    """Does the line hold a template word or a check mark ("Ja Nein nicht bezifferbar")?"""
    words = (word.strip(_PUNCTUATION) for word in re.split(r"[\s/|]+", line))
    return any(word in _WORDS or (word and set(word) <= _MARKS) for word in words)


def is_form_line(line: str) -> bool:
    """A line made only of the template's words and check marks."""
    return bool(line.strip()) and not own_words(line)


def form_end(lines: list[str], start: int) -> int:
    """Where the form starting at ``lines[start]`` ends: after its last label line, over form
    lines, blank lines, labelled lines filled in ("Korridorthema: Mobilität") and lines of a
    filled-in value only ("19.02.2019") followed by a form line — a value is a few words
    (``_MAX_FILLED``), never a sentence; at the latest after the form's last label
    "abgestimmt mit"."""
    end = index = start
    while index < len(lines):
        line = lines[index]
        own = own_words(line)
        if len(own) > _MAX_FILLED:
            break
        if own and not holds_form_words(line):
            following = next((x for x in lines[index + 1:] if x.strip()), "")
            if not holds_form_words(following):
                break
        elif line.strip():
            end = index + 1
        if _LAST_LABEL.search(line):
            break
        index += 1
    return end


def form_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) ranges of answer forms: from a template line opening with
    "Finanzielle" to the form's last label, holding the "IQ-relevant" field."""
    blocks = []
    index = 0
    while index < len(lines):
        if _START.match(lines[index]) and is_form_line(lines[index]):
            end = form_end(lines, index)
            if any(_MARKER.match(line) for line in lines[index:end]):
                blocks.append((index, end))
                index = end
                continue
        index += 1
    return blocks


def fields(block: list[str]) -> list[list[str]]:
    """The block's lines grouped by field, each from its label line on."""
    groups: list[list[str]] = []
    for line in block:
        if _FIELD.match(line) or not groups:
            groups.append([])
        groups[-1].append(line)
    return groups


def drop_answer_form(lines: list[str]) -> list[str]:
    """Remove the answer template's form, keeping each field filled in with content of its
    own whole (as a paragraph of its own). The form's place becomes a blank line, so the
    text before it ("Kurzfassung") ends its paragraph there."""
    out: list[str] = []
    done = 0
    for start, end in form_blocks(lines):
        out.extend(lines[done:start])
        out.append("")
        for field in fields(lines[start:end]):
            if any(own_words(line) for line in field):
                out.extend([*field, ""])
        done = end
    out.extend(lines[done:])
    return out
