"""Lettered questions under numbered headings that ask nothing ("1. Anträge im Jahr 2019:" /
"a) Wie viele …?"), repeated by the answer under the bare letters ("a.)", "b.)"), two items
answered after a shared opening under "Zu b.)" and "Zu c.)". A layout of the Karlsruhe
corpus (2018); the fixture is invented."""

from anfragen.imports import documents, inquiry_reading, items_under_headings
from anfragen.parse import parse_inquiry

INQUIRY = [
    "1. Anträge auf Wohngeld im Jahr 2019:",
    "",
    "a) Wie viele Anträge auf Wohngeld wurden insgesamt gestellt?",
    "",
    "b) wie vielen dieser Anträge wurde entsprochen? (absolut und in Prozent)",
    "",
    "2. Einsprüche gegen Wohngeldbescheide im Jahr 2019",
    "",
    "a) Wie viele Einsprüche wurden insgesamt erhoben?",
    "",
    "b) wie vielen dieser Einsprüche wurde abgeholfen? (absolut und in Prozent)",
    "",
    "c) Wie vielen dieser Einsprüche wurde durch Bescheid abgeholfen? (absolut und in Prozent)",
    "",
    "Viele Haushalte warten lange auf ihren Bescheid. Das wollen wir ändern.",
    "",
    "unterzeichnet von:",
    "Erika Muster",
]

ANSWER = [
    "1. Anträge auf Wohngeld im Jahr 2019:",
    "",
    "a.) Wie viele Anträge auf Wohngeld wurden insgesamt gestellt?",
    "",
    "Im Jahr 2019 wurden 3.105 Anträge gestellt.",
    "",
    "b.) Wie vielen dieser Anträge wurde entsprochen?",
    "(absolut und in Prozent)",
    "",
    "Es wurde 2.480 Anträgen entsprochen, das sind 79,9 Prozent.",
    "",
    "2. Einsprüche gegen Wohngeldbescheide im Jahr 2019",
    "",
    "a.) Wie viele Einsprüche wurden insgesamt erhoben?",
    "",
    "Es wurden 412 Einsprüche erhoben.",
    "",
    "b.) Wie vielen dieser Einsprüche wurde abgeholfen?",
    "(absolut und in Prozent)",
    "",
    "c.) Wie vielen dieser Einsprüche wurde durch Bescheid abgeholfen?",
    "(absolut und in Prozent)",
    "",
    "Im Jahr 2019 wurden 380 Einsprüche abschließend bearbeitet. Nicht alle Einsprüche",
    "werden im Jahr ihres Eingangs bearbeitet.",
    "",
    "Zu b.) Ein Abhilfe ohne Bescheid gibt es nicht. Wir verstehen die Frage so, dass die",
    "Erledigung auf anderem Weg gemeint ist.",
    "",
    "Von den 380 Einsprüchen wurden 120 auf anderem Weg erledigt.",
    "",
    "Zu c.) Von den 380 Einsprüchen wurde 45 durch Bescheid abgeholfen (11,8 Prozent).",
    "",
    "Ergänzend wurden 90 Einsprüche zurückgewiesen.",
]


def _parsed(answer=ANSWER):
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(answer, expected, " ".join(INQUIRY))
    return parse_inquiry(body)


def test_the_items_under_the_headings_are_the_inquirys_questions():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    assert [q.number for q in expected] == ["1a)", "1b)", "2a)", "2b)", "2c)"]
    assert expected[4].text == "Wie vielen dieser Einsprüche wurde durch Bescheid abgeholfen? (absolut und in Prozent)"


def test_each_item_gets_its_answer_and_zu_b_answers_the_item_b_of_its_section():
    parsed = _parsed()
    pairs = [(q.number, parsed.answers[q.answer].text) for q in parsed.questions]
    assert pairs == [
        ("1a", "Im Jahr 2019 wurden 3.105 Anträge gestellt."),
        ("1b", "Es wurde 2.480 Anträgen entsprochen, das sind 79,9 Prozent."),
        ("2a", "Es wurden 412 Einsprüche erhoben."),
        ("2b", "Ein Abhilfe ohne Bescheid gibt es nicht. Wir verstehen die Frage so, dass die Erledigung auf "
               "anderem Weg gemeint ist.\n\nVon den 380 Einsprüchen wurden 120 auf anderem Weg erledigt."),
        ("2c", "Von den 380 Einsprüchen wurde 45 durch Bescheid abgeholfen (11,8 Prozent).\n\n"
               "Ergänzend wurden 90 Einsprüche zurückgewiesen."),
    ]
    assert not parsed.issues


def test_the_opening_shared_by_two_items_is_the_administrations_remark():
    parsed = _parsed()
    assert [(p.kind, p.side) for p in parsed.preambles] == [("Erläuterungen der Verwaltung", "answering")]
    assert parsed.preambles[0].text.startswith("Im Jahr 2019 wurden 380 Einsprüche abschließend bearbeitet.")
    assert all("380 Einsprüche abschließend" not in a.text for a in parsed.answers)


def test_a_heading_is_the_topic_of_its_first_item_not_the_end_of_the_answer_before():
    parsed = _parsed()
    assert "2. Einsprüche gegen Wohngeldbescheide" in parsed.questions[2].context
    assert all("Einsprüche gegen Wohngeldbescheide" not in a.text for a in parsed.answers)


def test_a_heading_that_asks_has_no_items_read_under_it():
    lines = ["1. Wie viele Anträge gab es 2019?", "", "a) Wie viele davon online?", "", "b) Wie viele auf Papier?"]
    starts = [(0, "1", ".")]
    assert items_under_headings.inquiry_items(lines, starts) == []


def test_one_item_or_letters_out_of_order_give_no_guidance():
    one = ["1. Anträge 2019:", "", "a) Wie viele gab es?", "", "2. Einsprüche 2019:", "", "a) Wie viele gab es?",
           "", "b) Wie vielen wurde abgeholfen?"]
    assert items_under_headings.inquiry_items(one, [(0, "1", "."), (4, "2", ".")]) == []
    skipped = ["1. Anträge 2019:", "", "a) Wie viele gab es?", "", "c) Wie vielen wurde entsprochen?"]
    assert items_under_headings.inquiry_items(skipped, [(0, "1", ".")]) == []


def test_items_that_ask_nothing_or_the_askers_text_between_items_give_no_guidance():
    stating = ["1. Anträge 2019:", "", "a) die Zahl der Anträge", "", "b) die Zahl der Bescheide"]
    assert items_under_headings.inquiry_items(stating, [(0, "1", ".")]) == []
    between = ["1. Anträge 2019:", "", "a) Wie viele gab es?", "", "Das ist uns wichtig.", "",
               "b) Wie vielen wurde entsprochen?", "", "2. Einsprüche 2019:", "", "a) Wie viele gab es?", "",
               "b) Wie vielen wurde abgeholfen?"]
    assert items_under_headings.inquiry_items(between, [(0, "1", "."), (8, "2", ".")]) == []


def test_an_answer_item_that_does_not_repeat_the_inquirys_item_keeps_its_letter():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    lines = ["1. Anträge auf Wohngeld im Jahr 2019:", "", "a.) Die Anträge werden digital erfasst und geprüft."]
    assert items_under_headings.with_items_numbered(lines, expected)[-1] == lines[-1]


def test_zu_naming_a_letter_not_read_in_its_section_is_left_as_it_is():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    lines = ["1. Anträge auf Wohngeld im Jahr 2019:", "", "a.) Wie viele Anträge auf Wohngeld wurden insgesamt gestellt?",
             "", "Zu b.) Dazu liegen keine Zahlen vor."]
    out = items_under_headings.with_items_numbered(lines, expected)
    assert out[-1] == "Zu b.) Dazu liegen keine Zahlen vor."
    assert "1a) Wie viele Anträge auf Wohngeld wurden insgesamt gestellt?" in out


def test_an_inquiry_with_numbered_questions_is_not_changed():
    expected = inquiry_reading.inquiry_questions(["1. Wie viele Anträge gab es?", "", "2. Wie viele Einsprüche?"])
    lines = ["1. Wie viele Anträge gab es?", "", "a.) Online: 300", "", "Zu b.) Keine."]
    assert items_under_headings.with_items_numbered(lines, expected) == lines
