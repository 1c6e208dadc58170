"""Spec of joining lines that end in a hyphen (``anfragen.imports.line_end_hyphens``):
the word processor's hyphen goes, the text's own hyphen stays."""

import pytest

from anfragen.imports import cleanup
from anfragen.imports.line_end_hyphens import Evidence, join_line_end


def joined(*lines: str, other_text: str = "") -> list[str]:
    """``lines`` cleaned as a document, ``other_text`` another file of the same paper."""
    return [line for line in cleanup.clean_lines("\n".join(lines), evidence=cleanup.paper_evidence(("\n".join(lines), other_text))) if line]


# --- links: the hyphen of an address stays, the line is joined without a space ---

@pytest.mark.parametrize("previous, following, expected", [
    ("Mehr dazu unter https://www.radnetz-", "sued.de/projekte/schutzstreifen.",
     "Mehr dazu unter https://www.radnetz-sued.de/projekte/schutzstreifen."),
    ("(siehe www.tafel-", "durlach.de/index.html).", "(siehe www.tafel-durlach.de/index.html)."),
    ("Artikel: https://zeitung.example.org/region/neue-", "halle-eroeffnet-100.html",
     "Artikel: https://zeitung.example.org/region/neue-halle-eroeffnet-100.html"),
    ("per E-Mail an info.stadt-", "teil@verein.de", "per E-Mail an info.stadt-teil@verein.de"),
])
def test_a_hyphen_inside_a_link_stays(previous, following, expected):
    assert joined(previous, following) == [expected]


def test_a_link_hyphen_goes_where_the_document_prints_the_word_whole():
    # the word processor broke "Anlage" inside the address; the text prints "Anlage" itself
    assert joined("Die Anlage 3 steht unter https://www.bauinfo.de/handbuch_An-",
                  "lage-3.pdf bereit.") == ["Die Anlage 3 steht unter https://www.bauinfo.de/handbuch_Anlage-3.pdf bereit."]


def test_a_split_word_before_a_slash_is_no_link():
    assert joined("die Dauer der Bearbeitung bis zur Erle-", "digung/Entscheidung") == \
        ["die Dauer der Bearbeitung bis zur Erledigung/Entscheidung"]


# --- conjunctions after a suspended part ---

@pytest.mark.parametrize("previous, following, expected", [
    ("in den Alten-", "beziehungsweise Pflegeheimen", "in den Alten- beziehungsweise Pflegeheimen"),
    ("bei Milch-", "und/oder Eierallergien", "bei Milch- und/oder Eierallergien"),
    ("für Bundes-", "und Landesleistungen", "für Bundes- und Landesleistungen"),
])
def test_a_part_before_a_conjunction_keeps_its_hyphen_and_a_space(previous, following, expected):
    assert joined(previous, following) == [expected]


@pytest.mark.parametrize("previous, following, expected", [
    ("die Schulen so-", "wie die Kitas", "die Schulen sowie die Kitas"),
    ("Den-", "noch bleibt es dabei.", "Dennoch bleibt es dabei."),
])
def test_a_word_split_before_its_conjunction_ending_is_joined(previous, following, expected):
    assert joined(previous, following) == [expected]


# --- a suspended part before other words: evidence of the paper's other files ---

def test_a_suspended_part_printed_with_a_comma_in_the_inquiry_stays_apart():
    inquiry = "Wo sollen Spiel-,\nwo Sportgeräte abgegeben werden?"
    assert joined("Wo sollen Spiel-", "wo Sportgeräte abgegeben werden?", other_text=inquiry) == \
        ["Wo sollen Spiel- wo Sportgeräte abgegeben werden?"]


def test_without_that_evidence_the_split_word_is_joined():
    assert joined("Wo sollen Spiel-", "wo Sportgeräte abgegeben werden?") == \
        ["Wo sollen Spielwo Sportgeräte abgegeben werden?"]


# --- compounds with a hyphen of their own before a small letter ---

def test_a_compound_printed_with_its_hyphen_elsewhere_keeps_it():
    assert joined("Der Fonds fördert deutsch-", "polnische Partnerschaften.",
                  "Zwei deutsch-polnischen Partnerschaften gibt es.") == \
        ["Der Fonds fördert deutsch-polnische Partnerschaften.", "Zwei deutsch-polnischen Partnerschaften gibt es."]


def test_a_compound_printed_in_another_file_of_the_paper_keeps_it():
    assert joined("Der Fonds fördert deutsch-", "polnische Partnerschaften.",
                  other_text="Welche deutsch-polnischen Projekte gibt es?") == \
        ["Der Fonds fördert deutsch-polnische Partnerschaften."]


def test_without_evidence_the_hyphen_before_a_small_letter_goes():
    assert joined("Der Fonds fördert deutsch-", "polnische Partnerschaften.") == \
        ["Der Fonds fördert deutschpolnische Partnerschaften."]


def test_a_joined_form_printed_elsewhere_wins():
    assert joined("seit Jah-", "ren geplant.", "In den Jahren davor nicht.") == \
        ["seit Jahren geplant.", "In den Jahren davor nicht."]


def test_a_capitalised_second_part_is_no_evidence_for_a_small_one():
    # "Mensa-Neubau" printed elsewhere: "Mensa-" / "neubau" is the word processor's "Mensaneubau"
    assert joined("für einen Mensa-", "neubau im Jahr 2026.", "Der Mensa-Neubau ist beschlossen.")[0] == \
        "für einen Mensaneubau im Jahr 2026."


# --- guards: the ordinary cases stay as they were ---

@pytest.mark.parametrize("previous, following, expected", [
    ("in den Jah-", "ren 1998 bis 2003", "in den Jahren 1998 bis 2003"),
    ("im ganzen KVV-", "Gebiet", "im ganzen KVV-Gebiet"),
    ("mit Geh-", ", Fahr- und Leitungsrechten", "mit Geh-, Fahr- und Leitungsrechten"),
])
def test_ordinary_line_end_hyphens(previous, following, expected):
    assert join_line_end(previous, following, Evidence.of(f"{previous}\n{following}")) == expected


def test_a_hyphen_printed_split_at_other_line_ends_is_no_evidence():
    # "Jah-" / "ren" twice: line-end hyphens never count as printed compounds
    assert joined("seit Jah-", "ren und Jah-", "ren.") == ["seit Jahren und Jahren."]


def test_a_noun_in_its_compound_form_is_no_evidence_for_a_small_second_part():
    # "Beratungs-stelle" glued within a table cell by the extraction is no spelling of the text
    assert joined("Die Beratungs-", "stelle hilft.", "Beratungs-stelle Nord") == \
        ["Die Beratungsstelle hilft.", "Beratungs-stelle Nord"]
