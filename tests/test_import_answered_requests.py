"""A question's requests, each repeated in the answer document and answered in turn, are
read as the askers' requests (``anfragen/imports/answered_requests.py``). Fixtures are
invented; they imitate layouts of the Karlsruhe corpus."""

from anfragen.imports import documents, inquiry_reading
from anfragen.parse import parse_inquiry

FIRST_REQUEST = ["Zahlen bitte getrennt nach Trägern seit 2015 für die", "städtischen", "- Krippen", "- Kindergärten",
                 "- Horte"]
SECOND_REQUEST = ["Angaben für die auswärts betreuten Kinder bitte nach Jahren sowie nach dem Ort der",
                  "Einrichtung in", "- Karlsruhe", "- Pfalz", "- anderen Landkreisen"]
QUESTION = ["Wie hat sich die Zahl der betreuten Kinder in der Stadt sowie die Zahl der auswärts "
            "betreuten Kinder entwickelt?"]


def _parsed(inquiry: list[str], answer: list[str]):
    lines = ["Die Verwaltung wird um Auskunft gebeten zu:", "", *inquiry, "", "Begründung:", "",
             "Die Plätze sind knapp."]
    expected = inquiry_reading.inquiry_questions(lines)
    body = documents.compose_body(answer, expected, " ".join(lines))[0]
    return body, parse_inquiry(body)


def _answer(second: list[str]) -> list[str]:
    return [*QUESTION, "", *FIRST_REQUEST, "",
            "Tabelle 1 enthält die Zahlen der Krippen, Tabelle 2 die der Kindergärten und Horte.", "",
            *second, "", "Hierzu liegen der Verwaltung keine Angaben vor."]


def _pairs(parsed) -> list[tuple[str, str | None]]:
    return [(q.text[:20], parsed.answers[q.answer].text[:20] if q.answer is not None else None)
            for q in parsed.questions]


def test_each_request_repeated_and_answered_in_turn_is_a_question_of_its_own():
    # 2021/0256: the question, its first request and answer, then its second request and answer
    body, parsed = _parsed([*QUESTION, "", *FIRST_REQUEST, "", *SECOND_REQUEST], _answer(SECOND_REQUEST))
    assert "> Ersuchen: Angaben für die auswärts betreuten Kinder bitte nach Jahren sowie nach dem Ort der " \
           "Einrichtung in - Karlsruhe - Pfalz - anderen Landkreisen" in body
    assert _pairs(parsed) == [("Wie hat sich die Zah", "Tabelle 1 enthält di"),
                              ("Angaben für die ausw", "Hierzu liegen der Ve")]
    assert parsed.questions[0].text.endswith("- Horte")  # the first request: the rest of the question
    assert not parsed.issues


def test_not_where_the_questions_own_items_stand_as_text_after_it():
    # the first request joined to the question, its items left as "- Krippen" paragraphs the
    # parser reads as text: where the answer starts is not settled, so nothing is marked
    first = ["Zahlen bitte getrennt nach Trägern seit 2015 für die", "- Krippen", "- Kindergärten", "- Horte"]
    answer = [*QUESTION, "", *first, "", "Tabelle 1 enthält die Zahlen.", "", *SECOND_REQUEST, "",
              "Hierzu liegen der Verwaltung keine Angaben vor."]
    body, parsed = _parsed([*QUESTION, "", *first, "", *SECOND_REQUEST], answer)
    assert "\n\n- Krippen\n\n" in body and "> Ersuchen:" not in body
    assert parsed.issues


def test_a_request_after_something_the_answer_leaves_out_stays_the_askers():
    # the inquiry has a remark between the two requests that the answer does not repeat:
    # which text answers what is not settled
    body, parsed = _parsed([*QUESTION, "", *FIRST_REQUEST, "", "Die Horte sind uns besonders wichtig, "
                            "weil dort die Wartelisten am längsten sind.", "", *SECOND_REQUEST],
                           _answer(SECOND_REQUEST))
    assert "> Ersuchen:" not in body
    assert parsed.issues


def test_a_remark_of_the_askers_is_no_request():
    remark = ["Angaben für die auswärts betreuten Kinder fehlen in allen Berichten der letzten",
              "Jahre und werden von vielen Eltern vermisst"]
    body, parsed = _parsed([*QUESTION, "", *FIRST_REQUEST, "", *remark], _answer(remark))
    assert "> Ersuchen:" not in body
    assert parsed.issues
