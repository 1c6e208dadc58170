"""The answer template's form (2020–2023 "Stellungnahme"): its fixed field labels and check
marks go, its fields filled in with content stay, answer sentences are never touched.
Fixtures written for these tests, imitating the extracted layout."""

from anfragen.imports.answer_form import drop_answer_form, form_blocks
from anfragen.imports.cleanup import clean_lines

FORM_2021 = """Finanzielle
Auswirkungen
Gesamtkosten
der Maßnahme
Einzahlungen | Erträge
(Zuschüsse und
Ähnliches)
Jährliche laufende Belastung
(Folgekosten mit kalkulatorischen Kosten
abzüglich Folgeerträge und Folgeeinsparungen)
Ja ☐ Nein ☒

Haushaltsmittel sind dauerhaft im Budget vorhanden
Ja ☐
Nein ☐ Die Finanzierung wird auf Dauer wie folgt sichergestellt und ist in den
ergänzenden Erläuterungen auszuführen:
☐ Durch Wegfall bestehender Aufgaben (Aufgabenkritik)
☐ Umschichtungen innerhalb des Dezernates
☐ Der Gemeinderat beschließt die Maßnahme im gesamtstädtischen Interesse und
stimmt einer Etatisierung in den Folgejahren zu.
CO
2
-Relevanz: Auswirkung auf den Klimaschutz
Bei Ja: Begründung | Optimierung (im Text ergänzende Erläuterungen)
Nein ☒
Ja ☐ positiv ☐
negativ ☐
geringfügig ☐
erheblich ☐
IQ-relevant
Nein ☒
Ja ☐
Korridorthema:
Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO)
Nein ☐ Ja ☒
durchgeführt am 03.04.2021
Abstimmung mit städtischen Gesellschaften
Nein ☒ Ja ☐
abgestimmt mit"""

ANSWER = f"""Kurzfassung
Die neue Buslinie fährt ab Mai alle 20 Minuten bis zum Rathausplatz.
{FORM_2021}

Ergänzende Erläuterungen

Zu 1.: Die Finanzierung der Linie ist im Haushalt gesichert.
Zu 2.: Ja."""


def test_form_labels_and_marks_are_removed_kurzfassung_and_answers_kept():
    text = "\n".join(line for line in clean_lines(ANSWER) if line.strip())
    assert "Haushaltsmittel" not in text and "IQ-relevant" not in text and "Korridorthema" not in text
    assert "Die Finanzierung wird auf Dauer" not in text and "positiv ☐" not in text
    assert text.startswith("Kurzfassung\nDie neue Buslinie fährt ab Mai alle 20 Minuten bis zum Rathausplatz.\n")
    assert text.endswith("Ergänzende Erläuterungen\nZu 1.: Die Finanzierung der Linie ist im Haushalt gesichert.\nZu 2.: Ja.")


def test_a_filled_in_field_is_kept_whole_as_a_paragraph_of_its_own():
    lines = drop_answer_form(ANSWER.split("\n"))
    kept = "\n".join(lines)
    assert ("\n\nAnhörung Ortschaftsrat (§ 70 Abs. 1 GemO)\nNein ☐ Ja ☒\ndurchgeführt am 03.04.2021\n\n") in kept
    assert "Abstimmung mit städtischen Gesellschaften" not in kept  # not filled in


def test_kurzfassung_ends_where_the_form_was():
    lines = drop_answer_form(ANSWER.split("\n"))
    assert lines[1:3] == ["Die neue Buslinie fährt ab Mai alle 20 Minuten bis zum Rathausplatz.", ""]


def test_a_2020_form_with_crosses_inside_one_answer():
    form = """Finanzielle Auswirkungen Gesamtkosten der Maßnahme Einzahlungen/Erträge (Zuschüsse u. Ä.)
Jährliche laufende Belastung (Folgekosten mit kalkulatorischen Kosten abzügl. Folgeerträge und Folgeeinsparungen)

Ja Nein

Haushaltsmittel sind dauerhaft im Budget vorhanden Ja Nein Die Finanzierung wird auf Dauer wie folgt sichergestellt
Durch Wegfall bestehender Aufgaben (Aufgabenkritik)

IQ-relevant Nein X Ja Korridorthema: Radverkehr

Anhörung Ortschaftsrat (§ 70 Abs. 1 GemO) X Nein

Ja durchgeführt am

Abstimmung mit städtischen Gesellschaften

X Nein

Ja abgestimmt mit"""
    lines = ["Die Planung der Radwege ist abgeschlossen.", "", *form.split("\n"), "", "Seite 2"]
    out = [line for line in drop_answer_form(lines) if line.strip()]
    assert out == ["Die Planung der Radwege ist abgeschlossen.",
                   "IQ-relevant Nein X Ja Korridorthema: Radverkehr", "Seite 2"]


def test_guard_answer_sentence_naming_financial_effects_stays():
    lines = ["Finanzielle Auswirkungen hat die Maßnahme für die Stadt nicht, da das Land die Kosten trägt.",
             "IQ-relevant", "Nein ☒"]
    assert drop_answer_form(lines) == lines


def test_guard_no_form_without_the_iq_field():
    lines = ["Finanzielle Auswirkungen", "Gesamtkosten der Maßnahme", "Ja ☐ Nein ☒"]
    assert form_blocks(lines) == []
    assert drop_answer_form(lines) == lines


def test_guard_a_sentence_after_the_form_ends_it():
    lines = ["Finanzielle Auswirkungen", "Ja ☐ Nein ☒", "IQ-relevant", "Nein ☒ Ja ☐",
             "Die Verwaltung prüft, ob die Maßnahme im Haushalt 2025 finanziert werden kann.", "Ja ☐"]
    assert drop_answer_form(lines) == ["", "Die Verwaltung prüft, ob die Maßnahme im Haushalt 2025 finanziert werden kann.",
                                       "Ja ☐"]
