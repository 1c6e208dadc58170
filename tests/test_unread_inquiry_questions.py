"""One undivided answer is shared ("whole") only when every question of the inquiry is shown:
sub-questions "1.1." in paragraphs of their own, a closing question without a number, a
question under the askers' heading "Frage:" followed by their reasons; and signs that look
like a division of the answer but are none (the form's fixed costs line, a rule cited by year
and number, the set phrase "… nimmt … wie folgt Stellung: …" opening the statement)."""

import pytest

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading
from anfragen.parse import parse_inquiry

SUB_NUMBERED_INQUIRY = """ANFRAGE

Der Ausbau der Fußwege stockt. Wir bitten um die Beantwortung folgender Fragen:

1. Welche Fußwege wurden beschlossen, aber nicht gebaut? Wir bitten um eine
vollständige Liste.

1.1. Für welche dieser Wege ist die Planung fertig?

1.2. Warum wurden die übrigen nicht gebaut? Bitte jeweils angeben.

2. Reicht das Personal der Bauverwaltung für den Ausbau aus?

2.1. Welche zusätzlichen Stellen wären
hierfür nötig?

Unterzeichnet von:
Erika Muster
""".splitlines()

CLOSING_QUESTION_INQUIRY = """Anfrage

Die Verwaltung wird gebeten, folgende Fragen zu beantworten:

1. Welche Maßnahmen sind an der Brücke über den Mühlbach geplant?
2. Wurde der Begegnungsverkehr in der Planung berücksichtigt?

Falls bislang nichts geplant ist: Wird die Verwaltung beauftragt, eine Beleuchtung zu prüfen?

Begründung:

Die Brücke ist abends dunkel.
""".splitlines()

HEADED_QUESTION_INQUIRY = """Anfrage

Dem Ortschaftsrat wurde im Mai das Gutachten zum Bahnlärm vorgelegt.

Frage:

Wird der Ortschaftsrat in einer Sitzung nochmals über das Gutachten
informiert? Die Bürger könnten dann ebenfalls Fragen stellen.

Die Bahn hat angekündigt, die Anwohner zu beraten.
Findet die Beratung in einer Versammlung statt?
Wird der Zeitplan eingehalten?
""".splitlines()

DEFERRING_ANSWER = """Im Frühjahr ist ein Termin mit allen Fraktionen geplant. Dort sollen die
Projekte vorgestellt und besprochen werden.""".splitlines()


def _shown(inquiry_lines: list[str], answer_lines: list[str]):
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    body, how = documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))
    return body, how, parse_inquiry(body)


def test_sub_questions_in_paragraphs_of_their_own_are_shown_with_an_undivided_answer():
    body, how, inquiry = _shown(SUB_NUMBERED_INQUIRY, DEFERRING_ANSWER)
    assert how == "unpaired"
    assert [(q.number, q.text) for q in inquiry.questions] == [
        ("1", "Welche Fußwege wurden beschlossen, aber nicht gebaut? Wir bitten um eine vollständige Liste."),
        ("1.1", "Für welche dieser Wege ist die Planung fertig?"),
        ("1.2", "Warum wurden die übrigen nicht gebaut? Bitte jeweils angeben."),
        ("2", "Reicht das Personal der Bauverwaltung für den Ausbau aus?"),
        ("2.1", "Welche zusätzlichen Stellen wären hierfür nötig?")]
    assert {q.answer for q in inquiry.questions} == {0}
    assert inquiry.answers[0].grouping == "whole"
    assert inquiry.issues == []


def test_the_numbered_reading_of_the_inquiry_is_unchanged_by_its_sub_questions():
    spans = inquiry_reading.inquiry_questions(SUB_NUMBERED_INQUIRY)
    assert [s.number for s in spans] == ["1.", "2."]
    assert [s.number for s in spans[0].asked_after] == ["1.1.", "1.2."]


def test_paragraphs_between_two_questions_that_are_not_all_its_sub_questions_give_none():
    lines = [line.replace("1.2. Warum", "1.3. Warum") for line in SUB_NUMBERED_INQUIRY]  # 1.2 skipped
    spans = inquiry_reading.inquiry_questions(lines)
    assert spans[0].asked_after == []


def test_a_sub_numbered_paragraph_that_states_after_its_question_is_no_sub_question():
    lines = [line.replace("hierfür nötig?", "hierfür nötig? Die Stellen fehlen seit Jahren.")
             for line in SUB_NUMBERED_INQUIRY]
    assert inquiry_reading.inquiry_questions(lines)[1].asked_after == []


def test_a_closing_question_without_a_number_is_shown_after_the_numbered_ones():
    _body, _how, inquiry = _shown(CLOSING_QUESTION_INQUIRY, DEFERRING_ANSWER)
    assert [(q.number, q.text) for q in inquiry.questions][-1] == (
        "3", "Falls bislang nichts geplant ist: Wird die Verwaltung beauftragt, eine Beleuchtung zu prüfen?")
    assert {q.answer for q in inquiry.questions} == {0}
    assert inquiry.answers[0].grouping == "whole"


def test_a_closing_question_followed_by_more_than_the_askers_reasons_is_not_read():
    lines = [*CLOSING_QUESTION_INQUIRY[:7], "", "Wir danken für die Antwort.", *CLOSING_QUESTION_INQUIRY[7:]]
    spans = inquiry_reading.inquiry_questions(lines)
    assert spans[-1].asked_after == []


def test_a_question_under_the_heading_frage_followed_by_the_askers_reasons_is_read():
    spans = inquiry_reading.inquiry_questions(HEADED_QUESTION_INQUIRY)
    assert [s.text for s in spans] == [
        "Wird der Ortschaftsrat in einer Sitzung nochmals über das Gutachten informiert?",
        "Findet die Beratung in einer Versammlung statt?", "Wird der Zeitplan eingehalten?"]


def test_a_paragraph_with_a_question_inside_its_statements_is_no_question_without_the_heading():
    lines = [line for line in HEADED_QUESTION_INQUIRY if line != "Frage:"]
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Findet die Beratung in einer Versammlung statt?", "Wird der Zeitplan eingehalten?"]


@pytest.mark.parametrize("undivided", [
    # the form's fixed costs line under the answer
    "Ein Termin ist geplant.\n\nHaushaltsmittel sind vorhanden Ja Nein Die Finanzierung wird auf Dauer wie folgt "
    "sichergestellt und ist in den ergänzenden Erläuterungen auszuführen: Umschichtungen",
    # a rule cited by its year and number
    "Erstattet werden 75 %, sofern die Voraussetzungen der Lärmschutzrichtlinie 2001 Nr. 12 erfüllt sind.",
    # the set phrase that opens the statement, which goes on after its colon
    "Zur Anfrage nimmt das Bauamt wie folgt Stellung: Grundsätzlich gilt Rücksicht. Maßnahmen werden geprüft.",
])
def test_signs_that_divide_nothing_leave_the_answer_whole(undivided):
    inquiry = parse_inquiry(f"1. Wie viele Bäume?\n\n2. Wer zahlt?\n\n## Stellungnahme\n\n{undivided}\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.answers[0].grouping == "whole"


@pytest.mark.parametrize("divided", [
    "Zur Anfrage nimmt das Bauamt wie folgt Stellung:\n\nEs sind 40.\n\nDie Stadt zahlt.",  # parts after it
    "Es sind 40.\n\nDas Bauamt nimmt wie folgt Stellung: Die Stadt zahlt.",  # not opening the answer
    "Die Verwaltung antwortet wie folgt: Es sind 40, die Stadt zahlt.",  # another announcement
    "Zu Nr. 2: Die Stadt zahlt.",  # a named part, no year before it
])
def test_announcements_and_named_parts_still_divide_the_answer(divided):
    assert layouts.divides_by_question(divided.split("\n\n"))
