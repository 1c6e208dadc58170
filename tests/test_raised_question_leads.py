"""A section lead relaying a question others raise (Karlsruhe 2014; the fixture is invented,
imitating the layout): "C. … Daher kommt in der Bevölkerung oft die Frage auf „Was geschieht,
wenn …?“" — the lead's only "?" stands inside the quotation marks of the question it reports;
its numbered sub-questions (C.1, C.2 …) break that question down and are answered in turn. The
lead is the sub-questions' lead-in, answered through them; it does not share the first
sub-question's answer (it was grouped `consecutive` with C.1 before).
"""

from anfragen import reported_questions
from anfragen.parse import parse_inquiry


def _pairs(parsed):
    return [(q.number, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


RAISED = (
    "A. Wird die Brücke im Sommer gesperrt?\n\n"
    "Ja, für sechs Wochen.\n\n"
    "B. Der Fluss führt im Frühjahr oft Hochwasser. Daher ist es kein Wunder, wenn in der "
    "Bevölkerung immer wieder die Frage aufkommt „Was geschieht, wenn die Baugrube vollläuft?“\n\n"
    "1. Wie wahrscheinlich ist es, dass die Baugrube vollläuft?\n\n"
    "Das Risiko wird als gering eingeschätzt.\n\n"
    "2. Welche Vorkehrungen sind getroffen?\n\n"
    "Es stehen zwei Pumpen bereit.\n"
)


def test_a_lead_relaying_a_raised_question_is_answered_through_its_sub_questions():
    parsed = parse_inquiry(RAISED)
    assert _pairs(parsed) == [
        ("A", "Ja, für sechs Wochen."),
        ("B", None),
        ("B.1", "Das Risiko wird als gering eingeschätzt."),
        ("B.2", "Es stehen zwei Pumpen bereit."),
    ]
    assert parsed.issues == []  # the lead counts as answered through B.1 and B.2


def test_a_lead_that_asks_itself_keeps_sharing_its_first_sub_questions_answer():
    # "B. … Was geschieht, wenn …?" without quotation marks: the section asks, and the text
    # after its first sub-question answers both (today's reading)
    text = RAISED.replace("Daher ist es kein Wunder, wenn in der Bevölkerung immer wieder die Frage "
                          "aufkommt „Was geschieht, wenn die Baugrube vollläuft?“",
                          "Was geschieht, wenn die Baugrube vollläuft?")
    parsed = parse_inquiry(text)
    pairs = dict(_pairs(parsed))
    assert pairs["B"] == pairs["B.1"] == "Das Risiko wird als gering eingeschätzt."
    assert parsed.answers[parsed.questions[1].answer].grouping == "consecutive"


def test_only_a_lead_whose_every_question_mark_is_in_the_raised_quote_relays():
    assert reported_questions.only_relays_a_raised_question(
        "Oft wird uns die Frage gestellt „Wer zahlt?“")
    assert reported_questions.only_relays_a_raised_question("Hier stellt sich die Frage: „Wer haftet?“")
    assert not reported_questions.only_relays_a_raised_question("Was geschieht, wenn die Grube vollläuft?")
    assert not reported_questions.only_relays_a_raised_question(
        "Es stellt sich die Frage „Wer zahlt?“ Und wer haftet?")  # asks outside the quote
    assert not reported_questions.only_relays_a_raised_question("Sie sagen „Wer zahlt?“")  # no raised "Frage"
