"""An answer announcing a table that does not follow it, while a later answer holds table
lines: the text extraction has moved the table (reading audit 29), so which answer it
belongs to is not settled — a doubt. Fixtures imitate the layout in invented words."""

from anfragen import announced_tables
from anfragen.parse import parse_inquiry

MOVED_TO_THE_END = (
    "1. Welche Einnahmen brächte die Sammlung der Altkleider?\n\n"
    "Die Preise schwanken stark. Beispielhaft werden deswegen in der folgenden Tabelle die Preise "
    "vom 1. März 2021 bis zum 31. August 2021 dargestellt.\n\n"
    "Ausgehend von diesem Durchschnitt ergäben sich Einnahmen von rund 90.000 Euro im Jahr.\n\n"
    "2. Was kosten die Container?\n\n"
    "Ein Container kostet rund 310 Euro, die Leerung rund 4,10 Euro. Monat März April Mai Juni Juli August Schnitt\n\n"
    "Erlös je Tonne in Euro 21,40 18,05 9,90 44,10 80,25 61,30 39,17\n")

MOVED_AFTER_THE_NEXT_TABLE = (
    "1. Wie haben sich die Fallzahlen entwickelt?\n\n"
    "Die Fallzahlen sind - siehe nachstehende Tabelle - seit 2001 gestiegen und seither hoch geblieben.\n\n"
    "2. Wie viele Verfahren wurden eingestellt?\n\n"
    "Die folgende Tabelle zeigt die eingestellten Verfahren.\n\n"
    "Jahr 2016 2017 2018 2019 Eingestellt 120 131 118 140\n\n"
    "2001 2016 2017 2018 2019 Fälle 980 1210 1190 1250 1230\n\n"
    "Etwa die Hälfte der Verfahren wurde eingestellt.\n")

TABLE_FOLLOWS = (
    "1. Wie viele Kinder warten auf einen Platz?\n\n"
    "Die nachfolgende Tabelle zeigt die Wartelisten der Einrichtungen.\n\n"
    "Einrichtung Kinder Nordweg 4 Südring 7 Am Bach 2\n\n"
    "2. Wann werden neue Plätze geschaffen?\n\n"
    "Ab Herbst. Plätze je Jahr 2024 2025 2026 2027 neu 20 35 40 40\n")

IMAGE_NOT_EXTRACTED = (
    "1. Wo gibt es Ladesäulen?\n\n"
    "Die Standorte sind in der folgenden Grafik dargestellt. Eine aktuelle Karte bietet die Stadt im Netz an.\n\n"
    "2. Wie viele kommen hinzu?\n\n"
    "Im nächsten Jahr kommen zwölf Ladesäulen hinzu.\n")

REASON = ("answer announces a table that does not follow it; a later answer holds table lines "
          "(the text extraction may have moved the table there)")


def test_a_table_announced_by_one_answer_and_standing_at_the_end_of_the_last_is_a_doubt():
    inquiry = parse_inquiry(MOVED_TO_THE_END)
    assert [issue.reason for issue in inquiry.issues] == [REASON]
    assert inquiry.issues[0].line == inquiry.answers[0].line


def test_a_table_announced_by_one_answer_and_standing_after_the_next_answers_table_is_a_doubt():
    assert [issue.reason for issue in parse_inquiry(MOVED_AFTER_THE_NEXT_TABLE).issues] == [REASON]


def test_a_table_that_follows_its_announcement_is_no_doubt():
    # guard: the later answer's own table lines do not make the first answer doubtful
    inquiry = parse_inquiry(TABLE_FOLLOWS)
    assert inquiry.issues == []
    assert [inquiry.answers[q.answer].text[:20] for q in inquiry.questions] == [
        "Die nachfolgende Tab", "Ab Herbst. Plätze je"]


def test_an_announced_image_with_no_table_lines_elsewhere_is_no_doubt():
    # guard: the table or chart was an image the text layer lacks; nothing landed elsewhere
    assert parse_inquiry(IMAGE_NOT_EXTRACTED).issues == []


def test_an_announcement_followed_by_a_list_or_rows_is_no_missing_table():
    assert not announced_tables.announces_missing_table(
        "Näheres ergibt sich aus der folgenden Übersicht:\n\n2020 2021 Anträge 12 15 Wohnungen 40 52")
    assert not announced_tables.announces_missing_table(
        "Die Ergebnisse sind wie folgt:\n\n- Nordstadt: gut\n\n- Südstadt: mäßig")
    assert not announced_tables.announces_missing_table(
        "Die folgende Tabelle zeigt die Zahlen. Jahr Fälle 2019 12 2020 14 2021 19 2022 23")


def test_an_announcement_followed_by_sentences_only_is_a_missing_table():
    assert announced_tables.announces_missing_table(
        "In der folgenden Tabelle werden die Preise vom 1. März bis 30. Juni dargestellt.\n\n"
        "Daraus ergeben sich Einnahmen von 90.000 Euro.")
    assert announced_tables.announces_missing_table("Folgende Tabelle enthält eine Übersicht der Städte.")
    assert not announced_tables.announces_missing_table("Die Tabelle oben zeigt es.")


def test_rows_of_figures_are_table_lines_and_sentences_with_figures_are_not():
    assert announced_tables.is_table_line("Reinerlös pro Tonne in Euro 13,98 7,09 6,75")
    assert announced_tables.is_table_line("Berichtsjahr 2016 2017 2018 2019")
    assert not announced_tables.is_table_line("In den Jahren 2016, 2017, 2018 und 2019 stieg die Zahl.")
    assert not announced_tables.is_table_line("Es kostet 5 Euro, 7 Euro oder 9 Euro je Tonne.")
    assert not announced_tables.is_table_line("Von 5.839 Mg könnten ca. 2.000 Mg übernommen werden, 3.839 Mg nicht.")
