"""Paragraph ends lost by an extraction without blank lines (``run_on_breaks``): a table's
last row right before the askers' lettered item, and the askers' request repeated without
its full stop right before the answer. Found with the inquiry; each guard is a pitfall (the
wrong reading must not happen). The fixture imitates the layout of 2026/0355 in words of
its own."""

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading, run_on_breaks
from anfragen.parse import parse_inquiry

INQUIRY = ["ANFRAGE",
           "1. Wie viele Straßenbäume wurden in den Jahren 2020 bis 2023 gepflanzt? Bitte nach",
           "Jahren aufschlüsseln.",
           "a) Wie viele der gepflanzten Bäume sind innerhalb von zwei Jahren abgestorben? Bitte",
           "nach Jahr und Baumart tabellarisch darstellen.",
           "b) Welche fünf Baumarten wurden in diesen Jahren am häufigsten gepflanzt? Bitte mit",
           "Anzahl und Anteil an allen Pflanzungen ausweisen.",
           "c) Wie viele Bäume wurden als Ersatz für gefällte Bäume gepflanzt, und wie viele",
           "zusätzlich? Bitte nach Jahren aufschlüsseln.",
           "2. Wer pflegt die jungen Bäume?"]

# no blank line anywhere, as the PDF came out
ANSWER = ["1. Wie viele Straßenbäume wurden in den Jahren 2020 bis 2023 gepflanzt? Bitte nach Jahren",
          "aufschlüsseln.",
          "Das Gartenbauamt hat alle Pflanzungen erfasst.",
          "Jahr Pflanzungen",
          "2020 310 12",
          "2023 402 9",
          "a) Wie viele der gepflanzten Bäume sind innerhalb von zwei Jahren abgestorben? Bitte",
          "nach Jahr und Baumart tabellarisch darstellen.",
          "Abgestorbene Jungbäume werden erst seit dem Jahr 2021 gesondert erfasst.",
          "b) Welche fünf Baumarten wurden in diesen Jahren am häufigsten gepflanzt? Bitte mit",
          "Anzahl und Anteil an allen Pflanzungen ausweisen.",
          "Die häufigsten Baumarten lassen sich aus dem Baumkataster nur für die Jahre ab 2021 angeben:",
          "2021 Rang Baumart Anzahl Anteil",
          "1 Linde 40 0,21 2 Ahorn 31 0,16 3 Eiche 22 0,12 4 Platane 19 0,1 5 Hainbuche 12 0,06",
          "c) Wie viele Bäume wurden als Ersatz für gefällte Bäume gepflanzt, und wie viele",
          "zusätzlich? Bitte nach Jahren aufschlüsseln",
          "Eine Trennung nach Ersatz und Zusatz ist erst ab dem Jahr 2022 möglich.",
          "2. Wer pflegt die jungen Bäume?",
          "Die ersten drei Jahre pflegt sie die pflanzende Firma."]


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_items_after_a_table_row_and_a_request_without_its_full_stop_are_each_answered():
    found, issues = pairs(ANSWER, INQUIRY)
    assert [(number, answer) for number, _text, answer in found] == [
        ("1", "Das Gartenbauamt hat alle Pflanzungen erfasst. Jahr Pflanzungen 2020 310 12 2023 402 9"),
        ("1a", "Abgestorbene Jungbäume werden erst seit dem Jahr 2021 gesondert erfasst."),
        ("1b", "Die häufigsten Baumarten lassen sich aus dem Baumkataster nur für die Jahre ab 2021 angeben: "
               "2021 Rang Baumart Anzahl Anteil 1 Linde 40 0,21 2 Ahorn 31 0,16 3 Eiche 22 0,12 4 Platane 19 0,1 "
               "5 Hainbuche 12 0,06"),
        ("1c", "Eine Trennung nach Ersatz und Zusatz ist erst ab dem Jahr 2022 möglich."),
        ("2", "Die ersten drei Jahre pflegt sie die pflanzende Firma.")]
    assert found[1][1].startswith("Wie viele der gepflanzten Bäume sind innerhalb von zwei Jahren abgestorben?")
    assert found[3][1].endswith("Bitte nach Jahren aufschlüsseln")  # their request stays with their question
    assert issues == []


def test_a_table_row_is_figures_only():
    assert run_on_breaks.is_table_row("2025 1021 80")
    assert run_on_breaks.is_table_row("2022 12,5% 3.400")
    assert not run_on_breaks.is_table_row("2025")  # one figure: a year closing a sentence's line
    assert not run_on_breaks.is_table_row("im Jahr 2025 80")


def test_the_administrations_own_lettered_list_after_a_row_is_not_set_apart():
    lines = ["2020 310 12", "a) Linden an Hauptstraßen, die schneller austrocknen als andere Arten"]
    assert run_on_breaks.set_apart_items_after_rows(lines, " ".join(INQUIRY)) == lines


def test_an_item_of_the_inquiry_after_words_is_left_to_the_reflow():
    lines = ["Die Zahlen stehen in der Tabelle für", "a) Wie viele der gepflanzten Bäume sind innerhalb von zwei"]
    assert run_on_breaks.set_apart_items_after_rows(lines, " ".join(INQUIRY)) == lines


def test_a_request_the_inquiry_goes_on_with_is_not_ended():
    inquiry = "1. Wie viele Bäume? Bitte nach Jahren aufschlüsseln und nach Stadtteilen trennen."
    lines = ["1. Wie viele Bäume? Bitte nach Jahren aufschlüsseln", "Und nach Stadtteilen trennen."]
    assert run_on_breaks.set_apart_request_ends(lines, inquiry) == lines


def test_a_request_whose_next_line_is_the_inquirys_text_is_not_ended():
    inquiry = "1. Wie viele Bäume? Bitte nach Jahren aufschlüsseln. Die Baumschutzsatzung verlangt Ersatz."
    lines = ["1. Wie viele Bäume? Bitte nach Jahren aufschlüsseln", "Die Baumschutzsatzung verlangt Ersatz."]
    assert run_on_breaks.set_apart_request_ends(lines, inquiry) == lines


def test_the_administrations_own_words_ending_a_line_are_no_request():
    inquiry = "1. Wie viele Bäume? Bitte nach Jahren aufschlüsseln."
    lines = ["Die Zahlen stehen unten. Bitte nach Jahren aufschlüsseln", "Wir bitten um Verständnis."]
    assert run_on_breaks.set_apart_request_ends(lines, inquiry) == lines


def test_a_sentence_leading_into_figures_after_its_colon_answers():
    assert layouts.leads_into_figures("Die fünf häufigsten Baumarten lassen sich nur ab 2021 angeben: "
                                      "2021 Rang Baumart Anzahl 1 Linde 40 0,21 2 Ahorn 31 0,16 3 Eiche 22 0,12")
    # the askers' lead-in, a question, or words without figures are not
    assert not layouts.leads_into_figures("Bitte die fünf häufigsten Baumarten nach Jahren aufschlüsseln: "
                                          "2021 2022 2023 2024 2025 2026 2027 2028 2029")
    assert not layouts.leads_into_figures("Wie viele Bäume wurden in den Jahren gepflanzt: "
                                          "2021 2022 2023 2024 2025 2026 2027 2028 2029")
    assert not layouts.leads_into_figures("Die Baumarten lassen sich nur für einige Jahre angeben: "
                                          "Linde, Ahorn, Eiche und Platane")
