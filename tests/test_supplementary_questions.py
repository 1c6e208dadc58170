"""Supplementary questions of a later inquiry, answered in the same document after the answer
to the question they extend, under "Ergänzend zu Frage 3:". A layout of the Karlsruhe corpus
(2021); the fixture is invented."""

from anfragen.parse import parse_inquiry
from anfragen.supplementary_questions import extends_question

WITH_SUPPLEMENTS = (
    "1. Wie viele Kantinen gibt es?\n\n"
    "Es gibt vier Kantinen.\n\n"
    "2. Wo liegen sie?\n\n"
    "Im Rathaus, im Bauhof, im Zoo und am Markt.\n\n"
    "Ergänzend zu Frage 2: Können auch Gäste anderer Behörden dort essen? Wenn ja, zu welchem Preis?\n\n"
    "Gäste des Landgerichts essen im Rathaus zum gleichen Preis.\n\n"
    "Andere Gäste zahlen einen Aufschlag.\n\n"
    "3. Was ist geplant?\n\n"
    "Ein Konzept wird erarbeitet.\n"
)


def _pairs(parsed):
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions]


def test_a_supplementary_question_after_the_answer_it_extends_takes_the_text_after_it():
    parsed = parse_inquiry(WITH_SUPPLEMENTS)
    assert _pairs(parsed) == [
        ("1", "Wie viele Kantinen gibt es?", "Es gibt vier Kantinen."),
        ("2", "Wo liegen sie?", "Im Rathaus, im Bauhof, im Zoo und am Markt."),
        ("", "Ergänzend zu Frage 2: Können auch Gäste anderer Behörden dort essen? Wenn ja, zu welchem Preis?",
         "Gäste des Landgerichts essen im Rathaus zum gleichen Preis.\n\nAndere Gäste zahlen einen Aufschlag."),
        ("3", "Was ist geplant?", "Ein Konzept wird erarbeitet."),
    ]
    assert parsed.issues == []


def test_a_heading_naming_another_question_stays_in_the_answer():
    # guard: "Ergänzend zu Frage 1:" inside the answer to question 2 names no question it extends here
    text = WITH_SUPPLEMENTS.replace("Ergänzend zu Frage 2:", "Ergänzend zu Frage 1:")
    parsed = parse_inquiry(text)
    assert [q.number for q in parsed.questions] == ["1", "2", "3"]
    assert "Ergänzend zu Frage 1:" in parsed.answers[parsed.questions[1].answer].text


def test_a_remark_that_asks_nothing_or_is_followed_by_a_question_is_no_supplement():
    assert not extends_question("Ergänzend zu Frage 2: Die Preise gelten seit Januar.", ["2"])
    # the administration's own words going on ("Ergänzend zu Frage 2 sind …"): no heading with a colon
    assert not extends_question("Ergänzend zu Frage 2 sind auch Gäste willkommen, oder nicht?", ["2"])
    text = WITH_SUPPLEMENTS.replace("Gäste des Landgerichts essen im Rathaus zum gleichen Preis.",
                                    "Und zu welchem Preis?")
    parsed = parse_inquiry(text)
    assert all(not q.text.startswith("Ergänzend") for q in parsed.questions)
