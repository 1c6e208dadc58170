"""Questions numbered with Roman numerals ("I.", "II.", "III.") and answered in sections
"Zu Frage I. und II." / "Zu Frage III.": the inquiry's questions are read in their run,
written first, and each section answers the questions it names. Guards: a first "I." is
a numeral, but "I." after "H." stays the ninth letter; a header naming a numeral not
asked, or run on into a sentence, names nothing."""

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading
from anfragen.imports.question_spans import numbered_sequence
from anfragen.parse import parse_inquiry

INQUIRY = ["Anfrage", "", "Vorlage Nr.: 2026/0101", "",
           "Im Frühjahr wurden die Pachtverträge für die Kleingärten am Bahndamm gekündigt.",
           "Anfrage:",
           "I. Hängt die Kündigung mit dem Ausbau des Radwegs zusammen?",
           "II. Wie ist der Stand der Planung?",
           "III. Was geschieht mit den Lauben der Pächter?",
           "", "SPD-OR-Fraktion"]

ANSWER = ["Zu Frage I. und II.", "",
          "Ja. Der Radweg wird im Jahr 2027 auf dem städtischen Grundstück gebaut; die Planung",
          "ist abgeschlossen.", "",
          "Zu Frage III.", "",
          "Die Lauben werden bis Ende 2026 auf Kosten der Stadt abgebaut."]


def pairs(lines, inquiry):
    body, how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None,
             parsed.answers[q.answer].grouping if q.answer is not None else None)
            for q in parsed.questions], parsed.issues, how


def test_roman_numbered_questions_answered_in_named_sections():
    found, issues, how = pairs(ANSWER, INQUIRY)
    joint = "Ja. Der Radweg wird im Jahr 2027 auf dem städtischen Grundstück gebaut; die Planung ist abgeschlossen."
    assert how == "prepended"
    assert found == [("I", "Hängt die Kündigung mit dem Ausbau des Radwegs zusammen?", joint, "stated"),
                     ("II", "Wie ist der Stand der Planung?", joint, "stated"),
                     ("III", "Was geschieht mit den Lauben der Pächter?",
                      "Die Lauben werden bis Ende 2026 auf Kosten der Stadt abgebaut.", None)]
    assert issues == []


def test_the_inquiry_reads_its_roman_run_in_order():
    spans = inquiry_reading.inquiry_questions(INQUIRY)
    assert [s.number for s in spans] == ["I.", "II.", "III."]


def test_i_after_h_is_the_ninth_letter_not_a_numeral():
    lines = [f"{letter}. Frage {letter}?" for letter in "ABCDEFGHI"]
    assert [n for _i, n, _l in numbered_sequence(lines, lambda index, number: True)] == list("ABCDEFGHI")


def test_the_parser_reads_i_first_as_a_numeral_and_goes_on_with_ii():
    parsed = parse_inquiry("I. Gibt es einen Plan?\n\nJa.\n\nII. Wann kommt er?\n\nIm Mai.\n")
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions] == [("I", "Ja."), ("II", "Im Mai.")]


def test_roman_headers_and_what_is_none():
    assert layouts.roman_answer_header("Zu Frage I. und II.") == (["I", "II"], "")
    assert layouts.roman_answer_header("Zu Frage IV.: Nein.") == (["IV"], "Nein.")
    assert layouts.roman_answer_header("Zu Frage II. hat die Stadt keine Angaben.") is None
    assert layouts.roman_answer_header("Zu Frage 2.") is None


def test_a_header_naming_a_numeral_not_asked_is_no_header():
    # as with capital letters: it names no question asked, so it is kept as text, as written
    parsed = parse_inquiry("I. Gibt es einen Plan?\n\nZu Frage III.\n\nJa.\n")
    assert parsed.answers[parsed.questions[0].answer].text.startswith("Zu Frage III.")


def test_numerals_heading_sections_over_numbered_questions_are_no_questions():
    # "I. Kulturförderung …" then "1. Wurden …?": the numerals head the askers' sections
    inquiry = ["ANFRAGE", "I. Das Kulturkonzept nennt freie Räume als Aufgabe.", "",
               "1. Wurden dafür schon Gebäude gesucht?", "", "2. Welche Gebäude kommen in Frage?", "",
               "II. In vielen Gewerbegebieten ist Kultur ausgeschlossen.", "",
               "3. Wo ist sie erlaubt?"]
    assert [s.number for s in inquiry_reading.inquiry_questions(inquiry)] == ["1.", "2.", "3."]
    assert not layouts.numbers_roman(["I. Das Kulturkonzept nennt freie Räume.", "1. Wurden …?",
                                      "II. In vielen Gewerbegebieten …"])


def test_a_label_under_the_numeral_keeps_the_answers_own_numbers():
    # the inquiry asks "I. Wann …?", the answer repeats "1) Wann …?": its own numbers count
    inquiry = ["ANFRAGE", "I. Wann wird der Verkehr neu gezählt?", "II. Wird die Straße verbreitert?"]
    answer = ["1) Wann wird der Verkehr neu gezählt?", "", "Im Herbst.", "",
              "2) Wird die Straße verbreitert?", "", "Nein."]
    spans = inquiry_reading.as_answer_numbers(inquiry_reading.inquiry_questions(inquiry), inquiry, answer)
    assert not any(s.labelled for s in spans)  # (here: no guidance at all; the answer's numbers lead)
    assert not layouts.numbers_roman(["I. 1) Wann wird der Verkehr neu gezählt?", "II. 2) Wird …?"])
