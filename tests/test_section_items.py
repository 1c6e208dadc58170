"""Sub-questions of the inquiry's sections with the askers' items under them ("1.2 Wie viele …
durch" / "- städtische Gärtner," / "- Vereine?"), repeated by the answer line for line and
answered right after, without a blank line (``section_items``): the question ends where the
inquiry's text ends, its "?" (or its bracketed request after it). Each guard is a pitfall;
the wrong reading must not happen."""

import pytest

from anfragen.imports import documents, inquiry_reading, section_items
from anfragen.parse import parse_inquiry

# 2026/0121 (layout imitated, own words): sections "1. Heading" with "1.1 …?", items "•"
INQUIRY = """1. Bestand
1.1 Wie viele Spielplätze unterhält die Stadt?
1.2 Wie viele davon werden betreut durch
- städtische Gärtner,
- private Firmen,
- Vereine?
2. Kosten
2.1 Was kostet die Wartung im Jahr?
2.2 Wer trägt die Kosten
- die Stadt,
- das Land
zu welchen Anteilen?
(Bitte nach Jahren aufschlüsseln.)"""

ANSWER = ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.",
          "1.2 Wie viele davon werden betreut durch", "- städtische Gärtner,", "- private Firmen,", "- Vereine?",
          "Betreuung Anzahl", "Gärtner 120", "Firmen 40", "Vereine 20",
          "2. Kosten", "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.",
          # a page break inside the question: blank lines the extraction left
          "2.2 Wer trägt die Kosten", "- die Stadt,", "", "", "- das Land", "zu welchen Anteilen?",
          "(Bitte nach Jahren aufschlüsseln.)", "Die Stadt allein, seit 2019."]


def _expected():
    return inquiry_reading.inquiry_questions(["ANFRAGE", ""] + INQUIRY.splitlines())


def _pairs(answer):
    body, how = documents.compose_body(answer, _expected(), INQUIRY)
    inquiry = parse_inquiry(body)
    return how, [(q.number, q.text, inquiry.answers[q.answer].text if q.answer is not None else None)
                 for q in inquiry.questions], inquiry.issues


def test_sub_questions_with_the_askers_items_are_read_up_to_their_question_mark():
    how, pairs, issues = _pairs(ANSWER)
    assert how == "sections"
    assert pairs == [
        ("1.1", "Wie viele Spielplätze unterhält die Stadt?", "Es sind 180."),
        ("1.2", "Wie viele davon werden betreut durch - städtische Gärtner, - private Firmen, - Vereine?",
         "Betreuung Anzahl Gärtner 120 Firmen 40 Vereine 20"),
        ("2.1", "Was kostet die Wartung im Jahr?", "Rund 400.000 Euro."),
        ("2.2", "Wer trägt die Kosten - die Stadt, - das Land zu welchen Anteilen? (Bitte nach Jahren aufschlüsseln.)",
         "Die Stadt allein, seit 2019.")]
    assert issues == []


def test_the_question_ends_where_the_inquirys_text_ends():
    lines = ANSWER
    start = lines.index("2.2 Wer trägt die Kosten")
    assert section_items.asked_end(lines, start, INQUIRY) == lines.index("Die Stadt allein, seit 2019.")
    # a first line that asks by itself with nothing of the askers' after it: not this reading's
    assert section_items.asked_end(lines, lines.index("1.1 Wie viele Spielplätze unterhält die Stadt?"),
                                   INQUIRY) is None


ONE_BY_ONE = ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.",
              # the items answered one by one, each right after it
              "1.2 Wie viele davon werden betreut durch", "- städtische Gärtner,", "Es sind 120.",
              "- private Firmen,", "Es sind 40, alle aus der Region.", "- Vereine?", "Zwanzig.",
              "2. Kosten", "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.",
              "2.2 Wer trägt die Kosten", "- die Stadt,", "", "", "- das Land", "zu welchen Anteilen?",
              "(Bitte nach Jahren aufschlüsseln.)", "Die Stadt allein, seit 2019."]


def test_items_answered_one_by_one_are_the_question_as_asked_and_its_answer_in_turn():
    how, pairs, issues = _pairs(ONE_BY_ONE)
    assert how == "sections"
    assert pairs[1] == ("1.2", "Wie viele davon werden betreut durch - städtische Gärtner, - private Firmen, - Vereine?",
                        "Es sind 120.\n\nEs sind 40, alle aus der Region.\n\nZwanzig.")
    assert [number for number, _text, _answer in pairs] == ["1.1", "1.2", "2.1", "2.2"]
    assert issues == []


@pytest.mark.parametrize("replaced, by", [
    # the answer run into the last item: where it starts is not the inquiry's to settle here
    (["- Vereine?", "Betreuung Anzahl"], ["- Vereine? Betreuung Anzahl"]),
    # the answer words the items otherwise than the inquiry
    (["- private Firmen,"], ["- Firmen aus der Region,"]),
    # an item left out: the next part does not go on with the askers' text
    (["- private Firmen,"], []),
    # the askers' text never reaching its "?" before the next section
    (["- Vereine?"], ["Gärtner und Firmen.", "- Vereine"]),
])
def test_a_sub_question_whose_end_the_inquiry_does_not_settle_leaves_the_sections_unread(replaced, by):
    at = ANSWER.index(replaced[0])
    answer = ANSWER[:at] + by + ANSWER[at + len(replaced):]
    start = answer.index("1.2 Wie viele davon werden betreut durch")
    assert section_items.asked_end(answer, start, INQUIRY) is None
    how, _pairs_read, _issues = _pairs(answer)
    assert how != "sections"


def test_an_item_of_the_answers_own_list_is_no_part_of_the_question():
    # "- Vereine, zwei davon neu." in the answer's own list after the first item's answer does
    # not go on with the askers' text ("- private Firmen," is due): it stays in that answer
    answer = ONE_BY_ONE[:ONE_BY_ONE.index("- private Firmen,")] + ["- Vereine, zwei davon neu."] \
        + ONE_BY_ONE[ONE_BY_ONE.index("- private Firmen,"):]
    start = answer.index("1.2 Wie viele davon werden betreut durch")
    assert section_items.asked_parts(answer, start, INQUIRY) == [
        (start, start + 2), (answer.index("- private Firmen,"), answer.index("- private Firmen,") + 1),
        (answer.index("- Vereine?"), answer.index("- Vereine?") + 1)]


def test_the_answers_own_bracketed_remark_after_the_question_is_not_taken_into_it():
    # "(Bitte …)" is taken only where the inquiry has it; the administration's own bracket is the answer's
    answer = ANSWER[:ANSWER.index("(Bitte nach Jahren aufschlüsseln.)")] + ["(Stand: Mai 2025)", "Die Stadt allein."]
    start = answer.index("2.2 Wer trägt die Kosten")
    assert section_items.asked_end(answer, start, INQUIRY) == answer.index("(Stand: Mai 2025)")
