"""Numbered questions grouped under Roman section headings without a full stop ("I Umfang",
"II) Kosten"), in the inquiry and in the answer that repeats it line by line without blank
lines. A layout of the Karlsruhe corpus (2026); the fixture is invented."""

from anfragen.imports import documents, inquiry_reading, roman_sections
from anfragen.parse import parse_inquiry

INQUIRY = [
    "Die Verwaltung wird um Beantwortung folgender Fragen gebeten:",
    "I Umfang und Daten",
    "1. Bitte nennen Sie die Zahl der Spielplätze je Stadtteil für die Jahre",
    "2020 bis 2025.",
    "2. Welche Spielplätze wurden seit 2020 saniert?",
    "II) Kosten und Förderung",
    "3. Bitte stellen Sie die Kosten der Sanierungen je Jahr dar.",
    "4. Welche Fördermittel wurden dafür eingesetzt?",
    "Begründung",
    "Viele Eltern beklagen den Zustand der Geräte.",
]

ANSWER = [
    "Zu den Fragen kann die Verwaltung wie folgt Auskunft geben:",
    "I Umfang und Daten",
    "1. Bitte nennen Sie die Zahl der Spielplätze je Stadtteil für die Jahre",
    "2020 bis 2025.",
    "Die Zahl ist seit 2020 mit 212 Spielplätzen gleich geblieben.",
    "2. Welche Spielplätze wurden seit 2020 saniert?",
    "Saniert wurden die Anlagen im Stadtgarten und am Rheinhafen.",
    "II) Kosten und Förderung",
    "3. Bitte stellen Sie die Kosten der Sanierungen je Jahr dar.",
    "Die Kosten lagen zwischen 80.000 und 120.000 Euro im Jahr.",
    "4. Welche Fördermittel wurden dafür eingesetzt?",
    "Es wurden keine Fördermittel eingesetzt.",
]


def _parsed():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(ANSWER, expected, " ".join(INQUIRY))
    return expected, parse_inquiry(body)


def test_numbers_under_roman_headings_are_the_inquirys_questions():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    assert [q.number for q in expected] == ["1.", "2.", "3.", "4."]
    # a question ends before the next section's heading, not with it
    assert expected[1].text == "Welche Spielplätze wurden seit 2020 saniert?"


def test_each_question_gets_its_own_answer_and_the_heading_is_its_sections_topic():
    _expected, parsed = _parsed()
    pairs = [(q.number, parsed.answers[q.answer].text) for q in parsed.questions]
    assert pairs == [
        ("1", "Die Zahl ist seit 2020 mit 212 Spielplätzen gleich geblieben."),
        ("2", "Saniert wurden die Anlagen im Stadtgarten und am Rheinhafen."),
        ("3", "Die Kosten lagen zwischen 80.000 und 120.000 Euro im Jahr."),
        ("4", "Es wurden keine Fördermittel eingesetzt."),
    ]
    third = parsed.questions[2]
    assert "II) Kosten und Förderung" in third.context
    assert not parsed.issues


def test_the_next_sections_heading_does_not_end_the_answer_before_it():
    _expected, parsed = _parsed()
    assert all("Kosten und Förderung" not in answer.text for answer in parsed.answers)


def test_headings_out_of_order_are_no_section_headings():
    lines = ["I Umfang und Daten", "1. Wie viele?", "III) Kosten", "2. Wie teuer?"]
    assert roman_sections.section_heading_lines(lines) == set()


def test_a_numeral_line_not_above_a_number_is_no_section_heading():
    # "II" opening a line of running text, nothing numbered under it
    lines = ["I Umfang und Daten", "1. Wie viele?", "II Die Stadt prüft dies noch", "weiter."]
    assert roman_sections.section_heading_lines(lines) == set()


def test_a_sentence_is_no_heading():
    lines = ["I Umfang.", "1. Wie viele?", "II) Kosten?", "2. Wie teuer?"]
    assert roman_sections.section_heading_lines(lines) == set()


def test_a_number_continuing_a_sentence_stays_text_without_headings():
    # the guard the headings relax: "… ab" / "1. August" continues a sentence
    inquiry = ["Die Regel gilt ab", "1. August 2025 für alle Schulen.", "Wir fragen:",
               "1. Wie viele Schulen sind betroffen?", "2. Wer kontrolliert dies?"]
    assert [q.text for q in inquiry_reading.inquiry_questions(inquiry)] == [
        "Wie viele Schulen sind betroffen?", "Wer kontrolliert dies?"]
