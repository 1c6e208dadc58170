"""The askers' numbered leads an answer document repeats with its own list number in front
("2. 2.) Die beiden Anlagen … Es fehlt an Wind." before "> 2.a) …?"), and the askers' section
heading the document labels with the number of the section's first question ("7.) Fragen zu
den Verträgen:"). Both are the context of the question after them, not the end of the answer
before. A layout of the Karlsruhe corpus (2016); the fixtures are invented."""

from anfragen.parse import parse_inquiry

DOUBLED_LABELS = (
    "1. 1.) Wie viel Strom erzeugten die beiden Anlagen im Jahr 2015?\n\n"
    "Die Anlagen erzeugten zusammen 1,5 Mio. kWh.\n\n"
    "2. 2.) Die beiden Anlagen könnten in der Theorie 20 Mio. kWh im Jahr erzeugen. "
    "Es fehlt am Standort aber an Wind.\n\n"
    "> 2.a) Welche Auslastung wäre für die neue Anlage zu erwarten?\n\n"
    "> 2.b) Welches Ergebnis hätte man damit im Jahr erzielt?\n\n"
    "Die Auslastung hängt vom Wind ab, ein Ergebnis lässt sich nicht vorhersagen.\n\n"
    "3. 3.) Wer trägt die Kosten der Planung?\n\n"
    "Die Betreibergesellschaft trägt alle Kosten.\n\n"
    "4.) Fragen zum Vertrag mit der Gesellschaft:\n\n"
    "> Fragesteller: Für jede Anlage gibt es eine eigene Gesellschaft, die ihre Kosten trägt.\n\n"
    "4. Mit welcher Gesellschaft wurde der Vertrag geschlossen?\n\n"
    "Mit der Gesellschaft der ersten Anlage.\n"
)


def _pairs(parsed):
    return [(q.number, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


def test_the_doubled_lead_is_the_context_of_the_first_item():
    parsed = parse_inquiry(DOUBLED_LABELS)
    shared = "Die Auslastung hängt vom Wind ab, ein Ergebnis lässt sich nicht vorhersagen."
    assert _pairs(parsed) == [
        ("1", "Die Anlagen erzeugten zusammen 1,5 Mio. kWh."),
        ("2a", shared),
        ("2b", shared),
        ("3", "Die Betreibergesellschaft trägt alle Kosten."),
        ("4", "Mit der Gesellschaft der ersten Anlage."),
    ]
    assert parsed.questions[1].context.startswith("2.) Die beiden Anlagen könnten in der Theorie")
    assert parsed.issues == []


def test_the_numbered_heading_of_the_next_question_is_its_context():
    parsed = parse_inquiry(DOUBLED_LABELS)
    assert parsed.answers[parsed.questions[3].answer].text == "Die Betreibergesellschaft trägt alle Kosten."
    context = parsed.questions[4].context
    assert context.startswith("4.) Fragen zum Vertrag mit der Gesellschaft:")
    assert "Für jede Anlage gibt es eine eigene Gesellschaft" in context


def test_a_lead_without_the_doubled_layout_of_the_questions_stays_a_doubt():
    # question 1 carries no label of the askers' behind the document's: nothing shows that
    # "2. 2.) …" repeats the askers' item rather than going on with the answer
    text = DOUBLED_LABELS.replace("1. 1.) Wie viel", "1. Wie viel")
    parsed = parse_inquiry(text)
    assert parsed.answers[parsed.questions[0].answer].text.endswith("Es fehlt am Standort aber an Wind.")
    assert any(i.reason.startswith("answer contains the numbered lead of the sub-questions after it")
               for i in parsed.issues)


def test_a_doubled_lead_before_a_sub_number_is_left_as_it_was():
    # "> 2.1. …?" is no lettered item a): the lead stays where it was read, a doubt
    text = DOUBLED_LABELS.replace("> 2.a) Welche", "> 2.1. Welche").replace("> 2.b) Welches", "> 2.2. Welches")
    parsed = parse_inquiry(text)
    assert not parsed.questions[1].context.startswith("2.) Die beiden")
    assert parsed.answers[parsed.questions[0].answer].text.endswith("Es fehlt am Standort aber an Wind.")


def test_a_heading_with_another_number_stays_in_the_answer():
    # "5.) …:" before question 4 heads nothing read here: the answer's text, as before
    text = DOUBLED_LABELS.replace("4.) Fragen zum Vertrag", "5.) Fragen zum Vertrag")
    parsed = parse_inquiry(text)
    assert parsed.answers[parsed.questions[3].answer].text.endswith("5.) Fragen zum Vertrag mit der Gesellschaft:")


def test_an_answer_whose_only_paragraph_is_such_a_line_keeps_it():
    # the answer's only text is never taken from it
    text = ("1. 1.) Gibt es einen Vertrag?\n\n2.) Dazu gilt Folgendes:\n\n"
            "2. Mit wem wurde er geschlossen?\n\nMit der Gesellschaft.\n")
    parsed = parse_inquiry(text)
    assert parsed.answers[parsed.questions[0].answer].text == "2.) Dazu gilt Folgendes:"
