"""Sub-questions of the inquiry's sections ("1. Bestand" / "1.1 Wie viele …?" / "1.2 …?") that
the answer repeats where the section reading does not take the answer (``unread_sections``):
the numbered reading found "1. Bestand" as a question and ran it on over the sub-questions
and the answers between them ("Bestand 1.1 …? Es sind 180. 1.2 …?"), paired with the rest —
wrong pairs without a parse issue. They are a doubt: nothing is paired, the answer kept
whole, each repeated sub-question a paragraph of its own. Each guard is a pitfall; the
wrong reading must not happen."""

import pytest

from anfragen.imports import documents, inquiry_reading, unread_sections
from anfragen.parse import parse_inquiry

# layout of sectioned inquiries (own words): "N. Heading", then "N.1 …?", "N.2 …?"
INQUIRY = """1. Bestand
1.1 Wie viele Spielplätze unterhält die Stadt?
1.2 Wie viele davon sind barrierefrei?
2. Kosten
2.1 Was kostet die Wartung im Jahr?
2.2 Wer trägt die Kosten?"""

ANSWER = ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.",
          "1.2 Wie viele davon sind barrierefrei?", "Zwölf.",
          "2. Kosten", "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.",
          "2.2 Wer trägt die Kosten?", "Die Stadt allein."]


def _expected():
    return inquiry_reading.inquiry_questions(["ANFRAGE", ""] + INQUIRY.splitlines())


def _read(answer):
    body, how = documents.compose_body(answer, _expected(), INQUIRY)
    inquiry = parse_inquiry(body)
    pairs = [(q.number, q.text, inquiry.answers[q.answer].text if q.answer is not None else None)
             for q in inquiry.questions]
    complete = all(answer is not None for _n, _q, answer in pairs) and not inquiry.issues
    return how, pairs, inquiry.issues, complete


def _replaced(old, new):
    at = ANSWER.index(old[0])
    return ANSWER[:at] + new + ANSWER[at + len(old):]


def test_the_answer_repeating_every_section_is_read_by_sections():
    how, pairs, issues, complete = _read(ANSWER)
    assert how == "sections" and complete and issues == []
    assert [(n, a) for n, _q, a in pairs] == [("1.1", "Es sind 180."), ("1.2", "Zwölf."),
                                              ("2.1", "Rund 400.000 Euro."), ("2.2", "Die Stadt allein.")]


@pytest.mark.parametrize("old, new", [
    # a remark between a heading and its first sub-question (the section reading's guard)
    (["2.1 Was kostet die Wartung im Jahr?"], ["Vorbemerkung: die Zahlen sind von 2024.",
                                               "2.1 Was kostet die Wartung im Jahr?"]),
    # a heading worded otherwise than the inquiry's
    (["2. Kosten"], ["2. Kosten im Haushalt"]),
    # a sub-question worded otherwise: it would be left inside the answer before it
    (["1.2 Wie viele davon sind barrierefrei?"], ["1.2 Wie viele der Plätze sind barrierefrei?"]),
])
def test_sub_questions_run_into_a_question_with_answers_between_them_are_a_doubt(old, new):
    # before: "1 | Bestand 1.1 …? Es sind 180. 1.2 …?" paired with "Zwölf. …", no parse issue
    how, pairs, issues, complete = _read(_replaced(old, new))
    assert how == "unpaired" and not complete
    assert any("not divided by question" in issue.reason for issue in issues)
    # no question read holds an answer of the document
    assert not any("Es sind 180." in question or "Rund 400.000" in question for _n, question, _a in pairs)


def test_the_repeated_sub_questions_stand_as_paragraphs_of_their_own_in_the_kept_answer():
    answer = _replaced(["2. Kosten"], ["2. Kosten im Haushalt"])
    body, _how = documents.compose_body(answer, _expected(), INQUIRY)
    kept = body.split("## Stellungnahme", 1)[1]
    assert "Es sind 180. 1.2" not in kept and "Zwölf. 2. Kosten" not in kept


_WRAPPED = INQUIRY.replace("1. Bestand", "1. Bestand der städtischen Spielplätze im Jahr 2024") \
    .replace("2. Kosten", "2. Kosten der städtischen Spielplätze im Jahr 2024")


def _read_wrapped(answer):
    expected = inquiry_reading.inquiry_questions(["ANFRAGE", ""] + _WRAPPED.splitlines())
    body, how = documents.compose_body(answer, expected, _WRAPPED)
    parsed = parse_inquiry(body)
    return how, [(q.number, parsed.answers[q.answer].text if q.answer is not None else None)
                 for q in parsed.questions], parsed.issues


def test_a_wrapped_heading_run_on_over_its_sub_questions_is_a_doubt():
    # the heading wrapped over two lines (no heading line the section reading knows), each
    # answer right under its sub-question: before, "1 | Bestand … 1.1 …? Es sind 180. 1.2 …?"
    # was paired with "Zwölf." and question 2 likewise, without a parse issue
    answer = ["1. Bestand der städtischen", "Spielplätze im Jahr 2024"] + ANSWER[1:5] + \
        ["2. Kosten der städtischen", "Spielplätze im Jahr 2024"] + ANSWER[6:]
    how, pairs, issues = _read_wrapped(answer)
    assert how == "unpaired" and issues
    assert ("1", "Zwölf.") not in pairs


def test_a_section_question_read_as_the_inquiry_asks_it_stays_paired():
    # the same, each answer closed by a blank line: "1. Bestand … 1.1 …?" is question 1 as the
    # inquiry asks it (heading and first sub-question), its answer the document's; "1.2 …?"
    # after it is read as written — each pair the document's own
    answer = ["1. Bestand der städtischen", "Spielplätze im Jahr 2024", ANSWER[1], ANSWER[2], "",
              ANSWER[3], ANSWER[4], "", "2. Kosten der städtischen", "Spielplätze im Jahr 2024",
              ANSWER[6], ANSWER[7], "", ANSWER[8], ANSWER[9]]
    how, pairs, issues = _read_wrapped(answer)
    assert how == "numbered" and issues == []
    assert pairs == [("1", "Es sind 180."), ("1.2", "Zwölf."), ("2", "Rund 400.000 Euro."),
                     ("2.2", "Die Stadt allein.")]


def test_only_sub_questions_the_inquirys_sections_ask_count():
    expected = _expected()
    assert unread_sections.section_numbers(expected) == {"1", "2"}
    lines = ["1.3 Wie viele Spielplätze unterhält die Stadt?", "1.1 Wie viele Spielplätze unterhält die Stadt?"]
    assert unread_sections.repeated_sub_questions(lines, expected, INQUIRY) == [1]  # no 1.3 asked
    assert unread_sections.reworded_sub_questions(["1.1 Wie alt sind die Spielgeräte?"], expected, INQUIRY) == [0]
