"""One submitter per faction, however it is written; persons kept; debris refused."""

import pytest

from anfragen.submitters import normalise_submitter


@pytest.mark.parametrize("written", ["GRÜNE", "Bündnis 90/Die Grünen", "GRÜNE-Gemeinderatsfraktion",
                                     "Die Grünen", "BÜNDNIS 90/DIE GRÜNEN Gemeinderatsfraktion"])
def test_the_green_faction_written_many_ways_is_one_submitter(written):
    assert normalise_submitter(written, "Gemeinderat Karlsruhe") == ("GRÜNE-Gemeinderatsfraktion", [])


def test_the_faction_word_follows_the_council():
    assert normalise_submitter("FDP-Stadtratsfraktion", "Stadtrat Mainz")[0] == "FDP-Stadtratsfraktion"
    assert normalise_submitter("FDP", "Gemeinderat Karlsruhe")[0] == "FDP-Gemeinderatsfraktion"
    assert normalise_submitter("CDU-FW-Ortschaftsratsfraktion", "Gemeinderat Karlsruhe")[0] \
        == "CDU-FW-Ortschaftsratsfraktion"  # two parties: kept as written


def test_a_faction_asking_a_local_councils_meeting_is_that_councils_faction():
    assert normalise_submitter("FDP Grötzingen", "Gemeinderat Karlsruhe",
                               meeting="Ortschaftsrat Grötzingen 06.05.2026, TOP 5")[0] == "FDP-Ortschaftsratsfraktion"
    assert normalise_submitter("FDP", "Gemeinderat Karlsruhe",
                               meeting="Gemeinderat 06.05.2026, TOP 5")[0] == "FDP-Gemeinderatsfraktion"


@pytest.mark.parametrize("written, canonical", [
    ("KAL/Die PARTEI", "KAL/Die PARTEI-Gemeinderatsfraktion"),
    ("KAL/Die PARTEI-Gemeinderatsfraktion", "KAL/Die PARTEI-Gemeinderatsfraktion"),
    ("FÜR", "FÜR Karlsruhe-Gemeinderatsfraktion"),
    ("FÜR Karlsruhe", "FÜR Karlsruhe-Gemeinderatsfraktion"),
    ("FDP-Gemeinderatsfraktion Vorlage Nr.: 2022/2146", "FDP-Gemeinderatsfraktion"),
    # the joint list of FREIE WÄHLER and FÜR Karlsruhe, however its bar is written or read
    ("FW|FÜR", "FW|FÜR-Gemeinderatsfraktion"),
    ("FW/FÜR-Gemeinderatsfraktion", "FW|FÜR-Gemeinderatsfraktion"),
    ("FWIFÜR -Gemeinderatsfraktion", "FW|FÜR-Gemeinderatsfraktion"),
    ("FDP|FW", "FDP/FW-Gemeinderatsfraktion"),
    # a local council's faction, also when the word is mistyped
    ("SPD-Ortschaftratsfraktion", "SPD-Ortschaftsratsfraktion"),
    ("FDP – Orstschaftsratsfraktion", "FDP-Ortschaftsratsfraktion"),
])
def test_joint_and_local_lists(written, canonical):
    assert normalise_submitter(written, "Gemeinderat Karlsruhe")[0] == canonical


def test_a_person_counts_for_the_faction_and_is_kept():
    assert normalise_submitter("Stadträtin Anna Beispiel (SPD)", "Gemeinderat Karlsruhe") == \
        ("SPD-Gemeinderatsfraktion", ["Anna Beispiel"])


def test_a_councillor_of_no_party_is_the_submitter_in_person():
    assert normalise_submitter("Stadtrat Stefan Beispiel (pl)", "Gemeinderat Karlsruhe") == \
        ("Stefan Beispiel (parteilos)", ["Stefan Beispiel"])
    assert normalise_submitter("pl", "Gemeinderat Karlsruhe", ["Stefan Beispiel"]) == ("Stefan Beispiel (parteilos)", [])
    assert normalise_submitter("pl", "Gemeinderat Karlsruhe", ["A. Eins", "B. Zwei"])[0] is None  # whose?


@pytest.mark.parametrize("debris", ["pl", "Digitale Infrastruktur und „Distance-Learning“: sind Durlacher Schulen auf",
                                    "Auszahlung von Quarantäne - Entschädigungen an Durlacher"])
def test_text_that_is_not_a_submitter_is_refused(debris):
    assert normalise_submitter(debris, "Gemeinderat Karlsruhe")[0] is None


def test_a_joint_inquiry_of_several_groups_names_each_group_once_in_order():
    assert normalise_submitter("GRÜNE; SPD-Gemeinderatsfraktion; Die LINKE.-Gemeinderatsfraktion",
                               "Gemeinderat Karlsruhe") == (
        "GRÜNE-Gemeinderatsfraktion; SPD-Gemeinderatsfraktion; DIE LINKE-Gemeinderatsfraktion", [])
    assert normalise_submitter("FW; Stadtrat Stefan Beispiel (pl)", "Gemeinderat Karlsruhe") == (
        "FREIE WÄHLER-Gemeinderatsfraktion; Stefan Beispiel (parteilos)", ["Stefan Beispiel"])


def test_a_joint_submitter_is_normalised_once_and_for_all():
    once = normalise_submitter("CDU; FDP", "Gemeinderat Karlsruhe")[0]
    assert normalise_submitter(once, "Gemeinderat Karlsruhe")[0] == once == \
        "CDU-Gemeinderatsfraktion; FDP-Gemeinderatsfraktion"


def test_a_joint_submitter_with_debris_in_it_is_refused():
    assert normalise_submitter("CDU; pl", "Gemeinderat Karlsruhe")[0] is None  # whose "pl"?
