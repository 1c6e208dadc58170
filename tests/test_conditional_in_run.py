"""A conditional question that opens a run of questions ("a) Falls ja, fallen Gebühren an?"
/ "b) Welche Rechtsgrundlage …?") shares the answer after the run when that answer opens
with yes or no ("Ja, es fallen Gebühren an.") and the other questions of the run ask with a
question word: the "Ja" answers the conditional question."""

from anfragen.parse import parse_inquiry

FRONT = "---\nreference: 2031/0009\ntitle: Kontrollen\n---\n\n"

BODY = """1. Wie viele Hunde sind in der Stadt gemeldet?

Es sind 4.100 Hunde gemeldet.

2. Werden Halterinnen und Halter regelmäßig kontrolliert?

Ja, jedes Jahr werden etwa 50 Kontrollen gemacht.

> a) Falls ja, werden für die Kontrollen Gebühren erhoben? Wie hoch sind sie?

> b) Welche Satzung regelt diese Gebühren?

{answer}
"""


def _answers(answer: str) -> tuple[dict[str, str | None], list[str]]:
    inq = parse_inquiry(FRONT + BODY.format(answer=answer), "x.md")
    pairs = {q.number: inq.answers[q.answer].text if q.answer is not None else None for q in inq.questions}
    return pairs, [i.reason for i in inq.issues]


def test_the_conditional_question_shares_the_answer_that_says_yes_to_it():
    pairs, issues = _answers("Ja, je Kontrolle fallen 40 Euro an. Grundlage ist die Gebührensatzung der Stadt.")
    assert pairs["2a"] == pairs["2b"] == "Ja, je Kontrolle fallen 40 Euro an. Grundlage ist die Gebührensatzung der Stadt."
    assert "no answer found for question 2a" not in issues


def test_without_yes_or_no_the_conditional_question_stays_unanswered():
    # Guard: the answer may answer the last question only; the conditional one may be skipped
    pairs, issues = _answers("Die Gebühren regelt die Verwaltungsgebührensatzung.")
    assert pairs["2a"] is None and pairs["2b"] == \
        "Die Gebühren regelt die Verwaltungsgebührensatzung."
    assert "no answer found for question 2a" in issues


def test_a_yes_no_question_at_the_end_of_the_run_takes_the_yes_itself():
    # Guard: "b) Gibt es eine Satzung?" can be answered "Ja," itself: the conditional one stays out
    body = BODY.replace("b) Welche Satzung regelt diese Gebühren?", "b) Gibt es dafür eine Satzung?")
    inq = parse_inquiry(FRONT + body.format(answer="Ja, die Gebührensatzung von 2020."), "x.md")
    pairs = {q.number: q.answer for q in inq.questions}
    assert pairs["2a"] is None and pairs["2b"] is not None
