"""An answer that says it answers another question too ("… womit wir hoffentlich Ihre Frage
unter Punkt C beantworten konnten."): that question shares it."""

from anfragen.answers_naming_questions import questions_named_as_answered
from anfragen.parse import parse_inquiry

FRONT = "---\nreference: 2031/0007\ntitle: Wartehallen\n---\n\n"


def _parse(body: str):
    return parse_inquiry(FRONT + body, "x.md")


def _answers(inq) -> dict[str, str | None]:
    return {q.number: inq.answers[q.answer].text if q.answer is not None else None for q in inq.questions}


BODY = """A. Wie viele Menschen steigen am Marktplatz täglich ein?

B. Wie viele steigen am Schlossplatz täglich ein?

C. Nach welchen Regeln bekommt eine Haltestelle ein Dach?

D. Wann bekommt der Marktplatz ein Dach?

Zu Punkt A und B: Das Zählsystem liefert keine Zahlen je Haltestelle. Ein Dach wird gebaut, wo der Platz reicht, womit wir Ihre Frage unter Punkt C hoffentlich beantworten konnten.

Zu Punkt D: Im Herbst.
"""


def test_a_question_the_answer_says_it_answers_shares_that_answer():
    inq = _parse(BODY)
    answers = _answers(inq)
    assert answers["C"] == answers["A"] == answers["B"]
    assert answers["C"].startswith("Das Zählsystem liefert")
    assert answers["D"] == "Im Herbst."
    assert inq.answers[inq.questions[2].answer].grouping == "stated"
    assert not [i for i in inq.issues if "no answer found" in i.reason]


def test_without_that_sentence_the_question_stays_unanswered():
    inq = _parse(BODY.replace(", womit wir Ihre Frage unter Punkt C hoffentlich beantworten konnten", ""))
    assert _answers(inq)["C"] is None
    assert any(i.reason == "no answer found for question C" for i in inq.issues)


def test_a_question_still_to_be_answered_or_not_answered_is_not_claimed():
    assert questions_named_as_answered("Damit ist Frage 3 nicht beantwortet.") == []
    assert questions_named_as_answered("Somit ist die Frage 3 noch zu beantworten.") == []
    assert questions_named_as_answered("Damit ist auch Frage 3 beantwortet.") == ["3"]
