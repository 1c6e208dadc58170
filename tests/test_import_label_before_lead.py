"""The question's number put in front of the askers' lead-in (``label_before_lead``): the
answer document labels "1." a paragraph that copies the inquiry's lead-in and ends with
the inquiry's question 1; the label goes back to the question, the lead-in stands before
it. Guards: a lead-in that asks is no lead-in, text not in the inquiry is not theirs."""

from anfragen import checks
from anfragen.imports import documents, inquiry_reading, label_before_lead
from anfragen.model import Answer, Inquiry
from anfragen.parse import parse_inquiry

LEAD_INQUIRY = ["ANFRAGE",
                "Im Bericht zum Radverkehr von 2024 steht auf Seite 8, dass 300 neue Stellplätze am",
                "Hauptbahnhof gebaut wurden. Nach den Zahlen des Tiefbauamts wären es aber nur 120.",
                "",
                "1. Welche der beiden Zahlen trifft zu?",
                "",
                "2. Wann werden die übrigen Stellplätze gebaut?"]


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_the_number_before_the_askers_lead_in_labels_the_question_that_ends_the_paragraph():
    lines = ["1. Im Bericht zum Radverkehr von 2024 steht auf Seite 8, dass 300 neue Stellplätze",
             "am Hauptbahnhof gebaut wurden. Nach den Zahlen des Tiefbauamts wären es aber nur 120.",
             "Welche der beiden Zahlen trifft zu?", "",
             "Gebaut wurden 120 Stellplätze; der Bericht zählt die geplanten mit.", "",
             "2. Wann werden die übrigen Stellplätze gebaut?", "", "Im Jahr 2026."]
    found, issues = pairs(lines, LEAD_INQUIRY)
    assert found == [("1", "Welche der beiden Zahlen trifft zu?",
                      "Gebaut wurden 120 Stellplätze; der Bericht zählt die geplanten mit."),
                     ("2", "Wann werden die übrigen Stellplätze gebaut?", "Im Jahr 2026.")]
    assert issues == []


def test_the_lead_in_is_set_apart_without_the_label_and_the_question_keeps_it():
    lines = ["1. Im Bericht zum Radverkehr von 2024 steht auf Seite 8, dass 300 neue Stellplätze",
             "am Hauptbahnhof gebaut wurden. Nach den Zahlen des Tiefbauamts wären es aber nur 120.",
             "Welche der beiden Zahlen trifft zu?", "", "Gebaut wurden 120."]
    expected = inquiry_reading.inquiry_questions(LEAD_INQUIRY)
    out = label_before_lead.label_at_question(lines, expected, " ".join(LEAD_INQUIRY))
    assert out[1] == ""
    assert out[0].startswith("Im Bericht zum Radverkehr") and out[0].endswith("nur 120.")
    assert out[2] == "1. Welche der beiden Zahlen trifft zu?"


def test_a_lead_in_that_asks_is_no_lead_in():
    # "1. Personal 1.1 Wie viele …? …": the paragraph asks before its last sentence; those are
    # questions of their own, not the askers' remarks before question 1
    inquiry = ["ANFRAGE", "1. Personal 1.1 Wie viele Stellen sind im Bauhof besetzt und wie viele davon in",
               "Teilzeit oder befristet? Bitte nach Jahren seit 2020 aufschlüsseln.", "",
               "2. Wer plant die Einsätze?"]
    lines = ["1. Personal 1.1 Wie viele Stellen sind im Bauhof besetzt und wie viele davon in",
             "Teilzeit oder befristet? Bitte nach Jahren seit 2020 aufschlüsseln.", "", "Es sind 40."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert label_before_lead.label_at_question(lines, expected, " ".join(inquiry)) == lines


def test_text_the_inquiry_does_not_hold_is_not_taken_for_the_askers_lead_in():
    lines = ["1. Die Verwaltung hat die Stellplätze am Hauptbahnhof im Frühjahr neu gezählt und dabei",
             "auch die Abstellanlagen der Bahn mitgezählt, die nicht der Stadt gehören.",
             "Welche der beiden Zahlen trifft zu?", "", "Gebaut wurden 120."]
    expected = inquiry_reading.inquiry_questions(LEAD_INQUIRY)
    assert label_before_lead.label_at_question(lines, expected, " ".join(LEAD_INQUIRY)) == lines


def test_figures_run_into_a_word_broken_at_a_line_end_are_a_doubt():
    # a chart's text extracted between the halves of "Stellplatz-/anlage": which answer the
    # figures belong to is not settled
    inq = Inquiry(answers=[Answer(text="Geplant ist eine neue Stellplatz-2019 2020 2021 2022 "
                                               "120 300 anlage am Bahnhof.", line=3)])
    checks.check_figures_in_broken_word(inq)
    assert [i.reason.startswith("answer holds figures inside a word broken") for i in inq.issues] == [True]


def test_a_hyphenated_name_with_a_year_is_no_broken_word():
    inq = Inquiry(answers=[Answer(text="Das ISEK-Karlsruhe-2020 wurde 2015 beschlossen.", line=3)])
    checks.check_figures_in_broken_word(inq)
    assert inq.issues == []
