"""The Mainz answer to Anfrage 1424/2024 as a golden file: what the parser must read."""

import pytest

from anfragen.parse import parse_inquiry

from conftest import MAINZ_1424


@pytest.fixture(scope="module")
def inquiry():
    return parse_inquiry(MAINZ_1424.read_text(encoding="utf-8"), str(MAINZ_1424))


def answer_of(inquiry, number):
    question = next(q for q in inquiry.questions if q.number == number)
    return inquiry.answers[question.answer]


def test_sixteen_questions_numbered_in_order(inquiry):
    assert [q.number for q in inquiry.questions] == [str(n) for n in range(1, 17)]
    assert [q.position for q in inquiry.questions] == list(range(1, 17))


def test_first_question_text(inquiry):
    assert inquiry.questions[0].text == "Welche Ziele der Digitalisierungsstrategie wurden bisher erreicht?"


def test_metadata_read_from_the_text(inquiry):
    assert inquiry.reference == "1424/2024"
    assert inquiry.submitter == "FDP-Stadtratsfraktion"
    assert inquiry.title == "Digitalisierung der Verwaltung der Stadt Mainz – Aktueller Sachstand (FDP)"
    assert inquiry.answered_on == "2024-11-11"
    assert inquiry.place == "Mainz"
    assert inquiry.signed_by == "Nino Haase"
    assert inquiry.signer_role == "Oberbürgermeister"
    assert inquiry.kind == "Anfrage"


def test_front_matter_supplies_what_the_text_does_not(inquiry):
    assert inquiry.body == "Stadtrat Mainz"


def test_answer_to_q8_is_a_pointer_to_q7(inquiry):
    answer = answer_of(inquiry, "8")
    assert answer.text == "siehe Antwort zu Nr. 7"
    assert answer.is_pointer and answer.points_to == ["7"]


def test_answer_to_q11_points_to_q5_inside_a_longer_text(inquiry):
    answer = answer_of(inquiry, "11")
    assert answer.points_to == ["5"] and not answer.is_pointer


def test_askers_paragraph_before_dazu_fragen_wir_is_context_of_q10(inquiry):
    q10 = inquiry.questions[9]
    assert q10.context.startswith("Nach den neusten Studien zur Digitalisierung")
    assert q10.context.endswith("Dazu fragen wir:")
    assert "Nach den neusten Studien" not in answer_of(inquiry, "9").text


def test_milestone_list_keeps_its_nesting_despite_single_space_indent(inquiry):
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(answer_of(inquiry, "4").text)
    top_items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    nested = [t for t in tokens if t.type == "list_item_open" and t.level == 3]
    assert len(top_items) == 2 and len(nested) == 11
    text = answer_of(inquiry, "4").text
    assert text.count("\n  - ") == 11


def test_every_question_is_answered_and_no_doubt_is_recorded(inquiry):
    assert all(q.answer is not None for q in inquiry.questions)
    assert inquiry.issues == []
    assert len(inquiry.answers) == 16


def test_signature_is_not_part_of_the_last_answer(inquiry):
    assert "gez." not in answer_of(inquiry, "16").text
    assert "Nino Haase" not in answer_of(inquiry, "16").text
