"""Items that stand in their number's place: an inquiry that asks "1.", then "2a.", "2b.",
"2c." (or "1 a.", "1 b.") instead of a question 2, then "3.". Fixtures written for these
tests, imitating the layout of such inquiries and their answers."""

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading
from anfragen.imports.question_spans import item_number_runs, numbered_sequence
from anfragen.parse import parse_inquiry

INQUIRY = """Die Verwaltung wird um Auskunft gebeten:

1. Wie viele Kinder besuchen zum Stichtag 01.03.2030 die Musikschule?

2a. Wie viele davon lernen ein Streichinstrument? Wie hoch sind die Gebühren?

2b. Wie viele davon lernen ein Blasinstrument?

2c. Wie viele warten auf einen Platz?

3. Falls die Gebühren gestiegen sind, sind die Gründe dafür zu nennen

4. Gibt es Pläne für einen Neubau?

Sachverhalt/Begründung

Die Musikschule ist sehr gefragt.
""".splitlines()

ANSWER = """1. Wie viele Kinder besuchen zum Stichtag 01.03.2030 die Musikschule?
Zum Stichtag besuchen 812 Kinder die Musikschule.

2a. Wie viele davon lernen ein Streichinstrument? Wie hoch sind die Gebühren?
Es sind 240 Kinder. Die Gebühren betragen 40 Euro im Monat.

2b. Wie viele davon lernen ein Blasinstrument?
Es sind 130 Kinder.

2c. Wie viele warten auf einen Platz?
Auf der Warteliste stehen 95 Kinder.

3. Falls die Gebühren gestiegen sind, sind die Gründe dafür zu nennen.
Die Gebühren sind seit 2025 unverändert.

4. Gibt es Pläne für einen Neubau?
Nein.
""".splitlines()


def test_items_in_a_numbers_place_are_the_inquirys_questions_2a_2b_2c():
    spans = inquiry_reading.inquiry_questions(INQUIRY)
    assert [s.number for s in spans] == ["1.", "2a)", "2b)", "2c)", "3.", "4."]
    assert spans[1].text == "Wie viele davon lernen ein Streichinstrument? Wie hoch sind die Gebühren?"


def test_each_item_the_answer_repeats_is_paired_with_its_own_answer():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(ANSWER, expected, " ".join(INQUIRY))
    inquiry = parse_inquiry(body)
    pairs = [(q.number, inquiry.answers[q.answer].text if q.answer is not None else None)
             for q in inquiry.questions]
    assert pairs == [
        ("1", "Zum Stichtag besuchen 812 Kinder die Musikschule."),
        ("2a", "Es sind 240 Kinder. Die Gebühren betragen 40 Euro im Monat."),
        ("2b", "Es sind 130 Kinder."),
        ("2c", "Auf der Warteliste stehen 95 Kinder."),
        # the question without "?" ends where the inquiry's question ends: its answer is set apart
        ("3", "Die Gebühren sind seit 2025 unverändert."),
        ("4", "Nein."),
    ]
    assert not inquiry.issues


def test_items_written_with_a_space_and_answered_with_a_bracket_are_read_too():
    inquiry = ["1 a. Wie viele Bänke wurden aufgestellt?", "", "1 b. Wer hat sie geliefert?", "",
               "2. Was kosten sie?"]
    answer = ["1 a) Wie viele Bänke wurden aufgestellt?", "Es wurden 12 Bänke aufgestellt.", "",
              "1 b) Wer hat sie geliefert?", "Eine Firma aus der Region.", "",
              "2. Was kosten sie?", "Zusammen 9.000 Euro."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert [s.number for s in expected] == ["1a)", "1b)", "2."]
    parsed = parse_inquiry(documents.compose_body(answer, expected, " ".join(inquiry))[0])
    assert [(q.number, q.text, parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1a", "Wie viele Bänke wurden aufgestellt?", "Es wurden 12 Bänke aufgestellt."),
        ("1b", "Wer hat sie geliefert?", "Eine Firma aus der Region."),
        ("2", "Was kosten sie?", "Zusammen 9.000 Euro.")]


def test_a_lone_item_or_items_out_of_order_are_no_run():
    assert item_number_runs(["3a. Mit welchem Aufwand?"]) == {}
    assert item_number_runs(["2a. Wie viele?", "", "2c. Wer?"]) == {}
    assert item_number_runs(["2a. Wie viele?", "", "2b. Wer?"]) == {0: "2a", 2: "2b"}


def test_an_item_label_inside_running_text_is_no_label():
    lines = ["Die Anlage liegt in der Zone", "2a. Sie wurde 2020 gebaut.", "", "2b. Wer betreibt sie?"]
    assert item_number_runs(lines) == {}


def test_items_are_read_only_in_their_numbers_place():
    # "2." then "2a.": items after their own number's question are not read here (not 1, 2a)
    lines = ["1. Wer?", "", "2. Was?", "", "2a. Wann?", "", "2b. Wo?"]
    found = numbered_sequence(lines, lambda index, number: True, item_marks=".")
    assert [number for _i, number, _l in found] == ["1", "2"]


def test_without_item_marks_items_are_not_read():
    lines = ["1. Wer?", "", "2a. Was?", "", "2b. Wann?", "", "3. Wo?"]
    assert [n for _i, n, _l in numbered_sequence(lines, lambda index, number: True)] == ["1"]


def test_an_answer_does_not_read_items_its_inquiry_does_not_have():
    inquiry = ["1. Wer?", "", "2. Was kostet es?", "", "3. Wo?"]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert [s.number for s in expected] == ["1.", "2.", "3."]
    answer = ["1. Wer?", "Die Stadt.", "", "2a. Was kostet es?", "Nichts.", "", "2b. Was kostet es?", "Nichts."]
    body, _how = documents.compose_body(answer, expected, " ".join(inquiry))
    assert "2a)" not in body


def test_the_askers_erbitten_wir_is_a_request():
    # "3. Sollten die Daten … nicht verfügbar sein, erbitten wir diese für das ganze Jahr": a
    # numbered request without "?", read as a question like "bitten wir um …"
    assert layouts.asks("Sollten die Zahlen nicht vorliegen, erbitten wir diese für das ganze Jahr")
    assert not layouts.asks("Die Zahlen liegen für das ganze Jahr vor")


def test_reading_items_keeps_a_roman_run_in_order():
    # the next number is counted by position, not by the last label's letter ("I." is no ninth letter)
    lines = ["I. Wer plant das?", "", "II. Was kostet es?", "", "III. Wann ist es fertig?"]
    found = numbered_sequence(lines, lambda index, number: True, item_marks=".")
    assert [number for _i, number, _l in found] == ["I", "II", "III"]
