"""The answer document's header (anfragen/imports/header.py): who asked, which paper."""

import pytest

from anfragen.imports.header import group_named, split_header
from anfragen.submitters import normalise_submitter

# the Stadtamt Durlach's form: the faction on its own line, then "Anfrage: <title>"
DURLACH_FORM = """STELLUNGNAHME zur Anfrage
FDP-OR-Fraktion

eingegangen am: 27.08.2020
Vorlage Nr.:
Verantwortlich:
2020/1113
Anfrage: Sind die Schulen im Ortsteil auf den Herbst vorbereitet?

Gremium Termin TOP ö nö
Ortschaftsrat Durlach 07.10.2020 9
x

Wie ist der Stand des Anschlusses der Schulen?""".split("\n")


def test_a_title_after_anfrage_does_not_replace_the_faction_named_before():
    header = split_header(DURLACH_FORM, "Sind die Schulen im Ortsteil auf den Herbst vorbereitet?")
    assert header.submitter == "FDP-OR-Fraktion"


def test_anfrage_line_names_the_faction_when_nothing_did_before():
    lines = ["STELLUNGNAHME", "Anfrage: GRÜNE", "", "Gremium Termin TOP ö nö",
             "Gemeinderat 07.10.2020 9", "", "Text."]
    assert split_header(lines, "Irgendein Titel").submitter == "GRÜNE"


def test_a_local_councils_faction_abbreviated_or_is_its_own():
    assert normalise_submitter("FDP-OR-Fraktion", "Gemeinderat Karlsruhe")[0] == "FDP-Ortschaftsratsfraktion"


def header_of(*asking: str):
    lines = ["STELLUNGNAHME zur gemeinsamen", "Anfrage", *asking, "", "Vorlage Nr.:", "2018/0001",
             "Gremium Termin TOP ö nö", "Gemeinderat 07.10.2018 9", "", "Text."]
    return split_header(lines, "Irgendein Titel")


def test_a_joint_inquiry_of_councillors_of_different_groups_names_every_group():
    header = header_of("Stadtrat Jürgen Beispiel (FW)", "Stadtrat Stefan Muster (pl)",
                       "Stadträtin Anna Probe (GfK)", "Stadtrat Paul Probe (Gf ́K)")  # the accent: extraction debris
    assert header.submitter == "FW; Stadtrat Stefan Muster (pl); GfK"
    assert header.persons == ["Jürgen Beispiel", "Stefan Muster", "Anna Probe", "Paul Probe"]


def test_faction_lines_of_a_joint_inquiry_are_all_kept_not_the_last_one():
    header = header_of("KULT-Gemeinderatsfraktion", "GRÜNE-Gemeinderatsfraktion", "Stadtrat Tom Beispiel (FDP)",
                       "FDP-Gemeinderatsfraktion")
    assert header.submitter == "KULT-Gemeinderatsfraktion; GRÜNE-Gemeinderatsfraktion; FDP"


def test_councillors_of_one_faction_are_that_faction():
    assert header_of("Stadtrat A. Beispiel (SPD)", "Stadträtin B. Beispiel (SPD)").submitter == "SPD"


def test_the_words_interfraktionelle_anfrage_name_no_faction():
    lines = ["STELLUNGNAHME zur interfraktionellen", "Anfrage", "Interfraktionelle Anfrage",
             "CDU-Ortschaftsratsfraktion", "", "Gremium Termin TOP ö nö", "Ortschaftsrat 07.10.2020 9", "", "Text."]
    assert split_header(lines, "Irgendein Titel").submitter == "CDU-Ortschaftsratsfraktion"


def test_the_meeting_table_of_the_form_of_2023_ends_the_header():
    # "Beratungsfolge Termin Öffentlichkeitsstatus Zuständigkeit" / its row: form debris, not body text
    lines = ["STELLUNGNAHME zur Anfrage", "Anfrage: SPD", "", "Beratungsfolge Termin Öffentlichkeitsstatus Zuständigkeit",
             "Ortschaftsrat Waldstadt 12.09.2023 öffentlich Kenntnisnahme", "", "Die Fraktion fragt nach dem Stand."]
    header = split_header(lines, "Irgendein Titel")
    assert lines[header.end:] == ["Die Fraktion fragt nach dem Stand."]
    assert header.submitter == "SPD"


def test_a_meeting_table_whose_spaces_extraction_lost_ends_the_header():
    # the Stadtamt Durlach's form of 2018: "GremiumTerminTOPöNö" / "Ortschaftsrat Durlach03.10.20184x";
    # the first question right under it is body, not part of the title run over the table
    lines = ["STELLUNGNAHME zur Anfrage", "SPD-OR-Fraktion", "Verantwortlich:Dez.4/GBA", "Spielplätze im Bergwald",
             "GremiumTerminTOPöNö", "Ortschaftsrat Durlach03.10.20184x", "Wie viele Spielgeräte sind gesperrt?",
             "Derzeit sind zwei Spielgeräte gesperrt."]
    header = split_header(lines, "Spielplätze im Bergwald")
    assert lines[header.end:] == ["Wie viele Spielgeräte sind gesperrt?", "Derzeit sind zwei Spielgeräte gesperrt."]


def form(*lines: str, title: str = "Bänke am Rheinufer"):
    """A header in the forms of 2016 to 2026, with a meeting table after the given lines."""
    return split_header(["STELLUNGNAHME zur Anfrage", *lines, "Gremium Termin TOP ö nö",
                         "Gemeinderat 17.01.2017 20", "x", "", "Text."], title)


def test_a_faction_line_just_before_a_short_title_is_the_submitter_not_part_of_the_title():
    assert form("CDU-Gemeinderatsfraktion", "Vorlage Nr.: 2016/0001", "Verantwortlich: Dez. 3",
                "Bänke am Rheinufer").submitter == "CDU-Gemeinderatsfraktion"


def test_a_faction_line_right_after_the_title_ends_the_title():
    assert form("Vorlage Nr.: 2023/0001", "Bänke am Rheinufer", "CDU-Ortschaftsratsfraktion").submitter \
        == "CDU-Ortschaftsratsfraktion"


def test_a_title_naming_a_group_word_is_no_submitter():
    header = form("Verbindlichkeit und Risikogruppen", "SPD", title="Verbindlichkeit und Risikogruppen")
    assert header.submitter == "SPD"


@pytest.mark.parametrize("line, named", [
    ("Anfrage der SPD-Ortschaftsratsfraktion", "SPD-Ortschaftsratsfraktion"),
    ("Anfrage SPD-Ortschaftsratsfraktion", "SPD-Ortschaftsratsfraktion"),
    ("(SPD-Gemeinderatsfraktion)", "SPD-Gemeinderatsfraktion"),
    ("(Die Linke)", "Die Linke"),
    ("der CDU-Anfrage", "CDU"),
    ("KAL/Die Partei", "KAL/Die Partei"),
    ("GRÜNE-Gemeinderatsfrakion", "GRÜNE-Gemeinderatsfrakion"),  # mistyped: still a faction
    ("Anfrage der B´90/DIE GRÜNEN-OR-Fraktion, eingegangen am 14.05.2026", "B´90/DIE GRÜNEN-OR-Fraktion"),
    ("Glasfaser in den Höhenstadtteilen, Anfrage der SPD-Ortschaftsratsfraktion", "SPD-Ortschaftsratsfraktion"),
    ("Gemeinsame Anfrage: FÜR, Volt", "FÜR; Volt"),
    ("Interfraktionelle Anfrage: GRÜNE, Die Linke, KAL", "GRÜNE; Die Linke; KAL"),
    # not a group: a title, a title after a group, a councillor with a broken bracket, the bare words
    ("Verbindlichkeit und Risikogruppen", None),
    ("Anfrage FW/FÜR: Turmbergbahn", None),
    ("Stadträtin Anna Beispiel GRÜNE)", None),
    ("Interfraktionelle Anfrage", None),
    ("Zuschüsse der SPD-Fraktion für Vereine prüfen", None),
])
def test_a_line_naming_the_asking_group(line, named):
    assert group_named(line) == named


def test_councillors_named_with_party_after_a_comma_or_without_title():
    assert form("Stadtrat Tom Beispiel, FDP", "Stadträtin Anna Beispiel, FDP").persons == ["Tom Beispiel", "Anna Beispiel"]
    header = form("Marc Beispiel (AfD)", "Stadträin Eva Probe (AfD)")  # the second title mistyped in the form
    assert (header.submitter, header.persons) == ("AfD", ["Marc Beispiel", "Eva Probe"])


def test_a_line_of_an_answer_that_starts_like_the_title_does_not_end_the_header():
    # 2021/1298: the printed title is "Anfrage FW/FÜR: Seilbahn"; a line in the answer to
    # question 3 starts with the paper's name "Seilbahn" and had ended the header there
    lines = ["Stellungnahme zur Anfrage", "", "Vorlage Nr.: 2021/0001", "", "Anfrage FW/FÜR: Seilbahn", "",
             "Gremium Termin TOP ö nö", "Gemeinderat 14.12.2021 35 x", "",
             "Frage 1: Braucht die Bahn eine Baugenehmigung?", "Nein, ein Planfeststellungsverfahren genügt.", "",
             "Frage 2: Wie viele Fahrgäste werden erwartet?", "Ein Gutachten zum Verkehr an der",
             "Seilbahn als auch zu den Parkplätzen liegt vor.", ""]
    assert lines[split_header(lines, "Seilbahn").end].startswith(("Frage 1:", ""))
    assert "Frage 1: Braucht die Bahn eine Baugenehmigung?" in lines[split_header(lines, "Seilbahn").end:]


def test_the_title_is_still_found_right_before_the_questions():
    lines = ["Stellungnahme zur Anfrage", "", "Vorlage Nr.: 2021/0001", "", "Seilbahn am Turmberg", "",
             "1. Braucht die Bahn eine Baugenehmigung?", "Nein."]
    assert split_header(lines, "Seilbahn am Turmberg").end == 5
