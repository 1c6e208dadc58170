"""Facts a document states in its header and signature, read from the text."""

import pytest

from anfragen.metadata import read_header, read_signature
from anfragen.parse import parse_inquiry

KLEINE_ANFRAGE = """Drucksache 18/1234

Kleine Anfrage des Abgeordneten Max Beispiel (SPD) vom 24.03.2015
eingegangen am 26.03.2015

betreffend: Sanierung der Rheinbrücke

Vorbemerkung der Fragesteller:

Die Brücke ist marode.

1. Wann beginnt die Sanierung?

Im Jahr 2031.

In Vertretung

gez. Erika Muster
Staatssekretärin
"""

FORM_HEADER = """Vorlage Nr.: 2024/0229
Verantwortlich: Dez. 1
Dienststelle: VBK
Gremium: Gemeinderat
Termin: 23.04.2024
TOP: 33

1. Welche Konsequenzen wurden gezogen?

Das Material wurde gesperrt.
"""


def test_kleine_anfrage_header():
    inquiry = parse_inquiry(KLEINE_ANFRAGE)
    assert inquiry.reference == "18/1234"
    assert inquiry.kind == "Kleine Anfrage"
    assert inquiry.submitter == "SPD-Fraktion"
    assert inquiry.submitter_persons == ["Max Beispiel"]
    assert inquiry.asked_on == "2015-03-24"
    assert inquiry.title == "Sanierung der Rheinbrücke"


def test_signature_in_vertretung():
    inquiry = parse_inquiry(KLEINE_ANFRAGE)
    assert (inquiry.signed_by, inquiry.signer_role) == ("Erika Muster", "Staatssekretärin")
    assert "In Vertretung" not in inquiry.answers[0].text


def test_form_header_of_a_council_information_system():
    inquiry = parse_inquiry(FORM_HEADER)
    assert inquiry.reference == "2024/0229"
    assert inquiry.unit == "Dez. 1 (VBK)"
    assert inquiry.meeting == "Gemeinderat, 23.04.2024, TOP 33"


@pytest.mark.parametrize("header, field, value", [
    ("Antwort zur Anfrage Nr. 1424/2024 der FDP-Stadtratsfraktion betreffend **Digitales**", "reference", "1424/2024"),
    ("Vorlage Nr.: 2016/0249", "reference", "2016/0249"),
    ("Anfrage: FDP", "submitter", "FDP"),
    ("Große Anfrage der Fraktion DIE LINKE", "kind", "Große Anfrage"),
    ("Schreiben vom 1.2.2020", "asked_on", "2020-02-01"),
    ("Eingegangen: 05.05.2021", "received_on", "2021-05-05"),
])
def test_header_facts(header, field, value):
    facts = read_header(header)
    assert getattr(facts, field) == value


def test_signature_with_place_and_date():
    facts = read_signature(["Text.", "", "Karlsruhe, den 3. März 2021", "", "gez.", "Dr. Frank Mentrup", "Oberbürgermeister"])
    assert (facts.place, facts.answered_on) == ("Karlsruhe", "2021-03-03")
    assert (facts.signed_by, facts.signer_role) == ("Dr. Frank Mentrup", "Oberbürgermeister")


def test_a_signature_dated_with_a_two_digit_year_ends_the_answer():
    inquiry = parse_inquiry("1. Wann kommt der Zaun?\n\nIm Herbst.\n\nKarlsruhe, 28.6.22\n\nRegina Beispiel\n\n"
                            "Komm. Schulleitung\n")
    assert (inquiry.place, inquiry.answered_on) == ("Karlsruhe", "2022-06-28")
    assert inquiry.answers[0].text == "Im Herbst."


def test_a_dated_line_inside_the_answer_is_not_taken_for_the_signature():
    text = ("1. Wann wurde gezählt?\n\nGezählt wurde zum Stichtag.\n\nKarlsruhe, 01.02.2020\n\n"
            "Danach wurden die Zahlen veröffentlicht.\n\nSie stehen im Internet.\n\nUnd im Amtsblatt.\n\n"
            "Und in der Zeitung.\n")
    inquiry = parse_inquiry(text)
    assert inquiry.answered_on is None
    assert inquiry.answers[0].text.endswith("Und in der Zeitung.")
