"""Two layouts of the Karlsruhe corpus (2013); the fixtures are invented, imitating them.

1. The askers' paragraph that only reports an earlier answer, quoting the question they asked
   back then ("> Fragesteller: In ihrer Antwort … hat die Verwaltung auf die Frage 4. "Welche
   …?" geantwortet …"), then their lead-in ending in ":" ("Abgesehen davon, dass …:") right
   before their next question: both are the context of that question; the quoted old
   question is neither a question nor a doubt.
2. An item without "?" ("a\\) Welche Maßnahmen … in Bezug auf") leading into double-letter
   items ("> aa) …?", "> ab) …?"): lead and items are one question (1a), answered by the text
   the document puts after the last item.
"""

from anfragen import double_letter_items, reported_questions
from anfragen.parse import parse_inquiry


def _pairs(parsed):
    return [(q.number, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


REPORTED = (
    "1. Werden die Sprechzeiten erweitert?\n\n"
    "Ja, ab dem Frühjahr.\n\n"
    "> Fragesteller: In ihrer Antwort auf unsere Anfrage vom 02.03.2010 hat die Verwaltung auf die "
    "Frage 4. \"Welche Ziele gibt es für den Bürgerdienst?\" geantwortet (Vorlage 812): „Ziele "
    "stehen im Haushalt: - kurze Wege“.\n\n"
    "Abgesehen davon, dass es sich dabei nicht um Ziele, sondern um Aufgaben handelt:\n\n"
    "2. Gibt es inzwischen vereinbarte Ziele für den Bürgerdienst?\n\n"
    "Ja, seit 2012 gelten drei Ziele.\n"
)


def test_the_reported_old_question_and_the_lead_in_are_the_next_questions_context():
    parsed = parse_inquiry(REPORTED)
    assert _pairs(parsed) == [("1", "Ja, ab dem Frühjahr."), ("2", "Ja, seit 2012 gelten drei Ziele.")]
    context = parsed.questions[1].context
    assert context.startswith("In ihrer Antwort auf unsere Anfrage")
    assert context.endswith("sondern um Aufgaben handelt:")
    assert parsed.issues == []


def test_a_quote_asking_outside_its_reported_question_stays_a_doubt():
    # "… geantwortet. Warum wurde nichts geändert?": the askers ask themselves here
    text = REPORTED.replace("- kurze Wege“.", "- kurze Wege“. Warum wurde seither nichts geändert?")
    parsed = parse_inquiry(text)
    assert any("askers' question stands after an answer" in i.reason for i in parsed.issues)


def test_text_after_the_askers_words_not_opening_the_next_question_stays_a_doubt():
    # no ":" before question 2: the administration's text may go on with answer 1
    text = REPORTED.replace("um Aufgaben handelt:", "um Aufgaben handelt.")
    parsed = parse_inquiry(text)
    assert any("answer text follows the askers' words" in i.reason for i in parsed.issues)


def test_only_a_question_quoted_after_frage_in_a_report_of_its_answer_counts():
    assert reported_questions.only_reports_an_earlier_question(
        "Die Verwaltung hat auf die Frage „Wie viele sind es?“ geantwortet: 12.")
    assert not reported_questions.only_reports_an_earlier_question(
        "Die Verwaltung hat auf die Frage „Wie viele sind es?“ nicht reagiert.")  # no answer reported
    assert not reported_questions.only_reports_an_earlier_question(
        "In ihrer Antwort nennt die Verwaltung 12. Wie viele sind es heute?")  # asks by itself


DOUBLE_LETTER = (
    "1. Ist der Bürgerdienst Teil der Willkommenskultur?\n\n"
    "Ja.\n\n"
    "a\\) Welche Maßnahmen und Ziele ergeben sich daraus für die Dienststelle – in Bezug auf\n\n"
    "> aa) die Beratung?\n\n"
    "> ab) auf eine ausreichende Besetzung?\n\n"
    "Beratung und Besetzung werden laufend verbessert; beides bleibt eine Daueraufgabe.\n"
)


def test_the_open_lettered_lead_and_its_double_letter_items_are_one_question():
    parsed = parse_inquiry(DOUBLE_LETTER)
    assert _pairs(parsed) == [
        ("1", "Ja."),
        ("1a", "Beratung und Besetzung werden laufend verbessert; beides bleibt eine Daueraufgabe."),
    ]
    assert parsed.questions[1].text == ("Welche Maßnahmen und Ziele ergeben sich daraus für die Dienststelle – "
                                        "in Bezug auf\n\naa) die Beratung?\n\nab) auf eine ausreichende Besetzung?")
    assert parsed.issues == []


def test_items_answered_in_turn_keep_their_own_answers():
    text = DOUBLE_LETTER.replace("> ab)", "Die Beratung wird ausgebaut.\n\n> ab)")
    parsed = parse_inquiry(text)
    assert _pairs(parsed)[1] == ("1a", "Die Beratung wird ausgebaut.")
    assert parsed.questions[1].text.endswith("aa) die Beratung?")
    assert parsed.questions[2].text == "ab) auf eine ausreichende Besetzung?"


def test_a_lead_that_ends_a_sentence_is_not_taken():
    # "a\\) … für die Dienststelle." closes: answer text of question 1, not an open lead
    text = DOUBLE_LETTER.replace("– in Bezug auf", "gegenüber der Dienststelle.")
    parsed = parse_inquiry(text)
    assert "a\\) Welche Maßnahmen" in parsed.answers[parsed.questions[0].answer].text


def test_the_lead_alone_where_the_answer_would_begin_is_not_taken():
    # nothing answers question 1 before the lead: its answer is not taken from it
    text = DOUBLE_LETTER.replace("Ja.\n\n", "")
    parsed = parse_inquiry(text)
    assert [q.number for q in parsed.questions][:1] == ["1"]
    assert not any(q.number == "1a" for q in parsed.questions)


def test_only_items_under_the_leads_own_letter_count():
    assert double_letter_items.open_letter_lead("a\\) Welche Ziele gelten in Bezug auf") == (
        "a", "Welche Ziele gelten in Bezug auf")
    assert double_letter_items.open_letter_lead("a\\) Welche Ziele gelten?") is None
    assert double_letter_items.opens_items_of("a", "aa) die Beratung?")
    assert not double_letter_items.opens_items_of("a", "ba) die Beratung?")
    assert not double_letter_items.opens_items_of("b", "ab) die Beratung?")
