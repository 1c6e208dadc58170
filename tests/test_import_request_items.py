"""A request that leads into items which do not ask by themselves ("Die Verwaltung möge
mitteilen," / "1. in welchen …"; "Wie bewertet … im Hinblick auf" / "a. die …"; "Wir
beantragen daher:" / "- Sachstandsbericht …"): the items are the questions where the answer
repeats and answers each, the request with its items is one question where it does not."""

from dataclasses import replace

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading, questions, request_items
from anfragen.parse import parse_inquiry

TELL_INQUIRY = """ANFRAGE

Vorlage Nr.: 2031/0007

Die Verwaltung möge mitteilen,

1. wie viele Bäume im Stadtpark seit 2028 gefällt
wurden

2. welche Gründe die Fällungen hatten

3. ob Ersatzpflanzungen vorgesehen sind und wenn ja, wo

Sachverhalt/Begründung

Anwohner berichten von vielen Fällungen.
""".splitlines()

OPEN_QUESTION_INQUIRY = """ANFRAGE

Wie bewertet die Stadtverwaltung das Gutachten des Landesamts vom 03.
März 2030 im Hinblick auf

a. die Einschätzung zum Hochwasserrisiko am Nordufer
b. die empfohlene Verlegung des Radwegs
c. die Kosten einer Sanierung der Ufermauer.

Begründung:
Das Gutachten liegt seit Kurzem vor.
""".splitlines()

APPLY_INQUIRY = """Anfrage der Liste Mühlbach

Die Sporthalle wird seit Jahren saniert.

Wir beantragen daher:

- Sachstandsbericht zur Sanierung der Sporthalle am Mühlbach.
- Terminangaben, wann die Halle wieder genutzt werden kann.
""".splitlines()


def test_items_completing_a_request_are_its_questions_with_the_request_as_their_lead():
    spans = inquiry_reading.inquiry_questions(TELL_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "wie viele Bäume im Stadtpark seit 2028 gefällt wurden"),
        ("2.", "welche Gründe die Fällungen hatten"),
        ("3.", "ob Ersatzpflanzungen vorgesehen sind und wenn ja, wo")]
    assert all(s.labelled and s.lead == "Die Verwaltung möge mitteilen," for s in spans)


def test_an_answer_repeating_each_item_answers_each():
    answer = """Die Verwaltung möge mitteilen,
1. Wie viele Bäume im Stadtpark seit 2028 gefällt wurden
Es wurden 14 Bäume gefällt.
2. Welche Gründe die Fällungen hatten
Alle Bäume waren nicht mehr standsicher.
3. Ob Ersatzpflanzungen vorgesehen sind und wenn ja, wo
Im Herbst werden 20 Bäume am Weiher gepflanzt.""".splitlines()
    body, how = documents.compose_body(answer, inquiry_reading.inquiry_questions(TELL_INQUIRY),
                                       " ".join(TELL_INQUIRY))
    inquiry = parse_inquiry(body)
    pairs = [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [("1", "Es wurden 14 Bäume gefällt."), ("2", "Alle Bäume waren nicht mehr standsicher."),
                     ("3", "Im Herbst werden 20 Bäume am Weiher gepflanzt.")]
    assert inquiry.issues == []


def test_an_answer_not_divided_by_the_items_answers_the_request_with_its_items_as_one_question():
    answer = ["Die Zahlen und Gründe sind in der Anlage aufgeführt. Ersatz wird im Herbst gepflanzt."]
    body, how = documents.compose_body(answer, inquiry_reading.inquiry_questions(TELL_INQUIRY),
                                       " ".join(TELL_INQUIRY))
    assert how == "single"
    inquiry = parse_inquiry(body)
    assert [q.text for q in inquiry.questions] == [
        "Die Verwaltung möge mitteilen, 1. wie viele Bäume im Stadtpark seit 2028 gefällt wurden "
        "2. welche Gründe die Fällungen hatten 3. ob Ersatzpflanzungen vorgesehen sind und wenn ja, wo"]
    assert inquiry.answers[0].text == answer[0]
    assert inquiry.issues == []


def test_a_question_left_open_for_its_items_holds_the_first_and_the_others_follow_as_its_items():
    spans = inquiry_reading.inquiry_questions(OPEN_QUESTION_INQUIRY)
    assert [s.number for s in spans] == ["1.", "b)", "c)"]
    assert spans[0].text == ("Wie bewertet die Stadtverwaltung das Gutachten des Landesamts vom 03. März 2030 "
                             "im Hinblick auf a) die Einschätzung zum Hochwasserrisiko am Nordufer")
    answer = """Stellungnahme:
Wie bewertet die Stadtverwaltung das Gutachten des Landesamts vom 03. März 2030 im Hinblick auf
a. die Einschätzung zum Hochwasserrisiko am Nordufer
Die Verwaltung teilt die Einschätzung.

b. die empfohlene Verlegung des Radwegs
Der Radweg wird 2032 verlegt.

c. die Kosten einer Sanierung der Ufermauer
Die Kosten liegen bei 2 Mio. Euro.""".splitlines()
    body, _how = documents.compose_body(answer, spans, " ".join(OPEN_QUESTION_INQUIRY))
    inquiry = parse_inquiry(body)
    pairs = [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [("1", "Die Verwaltung teilt die Einschätzung."), ("1b", "Der Radweg wird 2032 verlegt."),
                     ("1c", "Die Kosten liegen bei 2 Mio. Euro.")]
    assert inquiry.issues == []


def test_an_application_for_information_is_one_request_with_its_items():
    spans = inquiry_reading.inquiry_questions(APPLY_INQUIRY)
    assert [(s.number, s.labelled, s.text) for s in spans] == [
        ("1.", False, "Wir beantragen daher: Sachstandsbericht zur Sanierung der Sporthalle am Mühlbach. "
                      "Terminangaben, wann die Halle wieder genutzt werden kann.")]
    assert layouts.asks(spans[0].text)


def test_an_application_for_decisions_is_no_request():
    lines = [line.replace("Sachstandsbericht zur", "Abschluss der").replace("Terminangaben, wann",
                                                                            "Die Halle wird geöffnet, sobald")
             for line in APPLY_INQUIRY]
    assert request_items.request_items(lines) == []
    assert not layouts.asks("Wir beantragen daher: Die Stadt saniert die Halle.")


def test_a_motion_or_an_inquiry_asking_beside_the_items_gives_no_items():
    assert request_items.request_items(["ANTRAG", ""] + TELL_INQUIRY) == []
    asking = TELL_INQUIRY + ["", "Warum wurden die Anwohner nicht informiert?"]
    assert request_items.request_items(asking) == []


def test_items_that_do_not_complete_the_lead_are_no_request_items():
    capitals = [line.replace("2. welche", "2. Welche") for line in TELL_INQUIRY]
    assert request_items.request_items(capitals) == []
    statement = [line.replace("Die Verwaltung möge mitteilen,", "Im Stadtpark fällt man viele Bäume,")
                 for line in TELL_INQUIRY]
    assert request_items.request_items(statement) == []


def test_the_items_end_the_repeated_questions_and_a_question_of_the_answers_own_stays_a_doubt():
    inquiry = ["ANFRAGE", "Die Verwaltung möge berichten,",
               "1. ob neue Brunnen geplant sind.", "2. welche Brunnen zuerst saniert werden."]
    lines = ["1. Sind neue Brunnen geplant?", "Nein.", "",
             "2. Welche Brunnen werden zuerst saniert.", "Zuerst der Brunnen am Marktplatz, dann",
             "der im Stadtgarten.", "3. Wann beginnt die Sanierung?", "Im Mai."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    assert [(q.number, q.text) for q in parsed.questions] == [
        ("1", "Sind neue Brunnen geplant?"), ("2", "Welche Brunnen werden zuerst saniert.")]
    assert parsed.answers[parsed.questions[1].answer].text.startswith("Zuerst der Brunnen am Marktplatz, dann der")
    assert any("looks like a question" in issue.reason for issue in parsed.issues)


def test_a_question_left_open_with_other_words_gives_no_items():
    # the parser lets an item "a." begin only after "im Hinblick auf" (or "?", ":"): other words
    # would leave the items b), c) unread inside the answer to the first
    lines = [line.replace("im Hinblick auf", "hinsichtlich") for line in OPEN_QUESTION_INQUIRY]
    assert request_items.request_items(lines) == []


OPEN_REQUEST_INQUIRY = """ANFRAGE

Vorlage Nr.: 2031/0042

Die Stadt wird um Auskunft gebeten, wie bei einem längeren Hochwasser (mehr als fünf Tage) in
Schulen und Turnhallen

1. der Unterricht fortgeführt werden kann, auch für Klassen im
Erdgeschoss
2. sichergestellt ist, dass die Hausmeister die Gebäude erreichen
3. Schülerinnen, Schüler und Lehrkräfte mit Trinkwasser versorgt werden können

Sachverhalt/Begründung

Im Frühjahr standen mehrere Keller unter Wasser.
""".splitlines()


def test_items_completing_a_request_left_open_without_comma_are_its_questions():
    # the request's sentence stops without "," or ":"; an item may open with a noun
    spans = inquiry_reading.inquiry_questions(OPEN_REQUEST_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "der Unterricht fortgeführt werden kann, auch für Klassen im Erdgeschoss"),
        ("2.", "sichergestellt ist, dass die Hausmeister die Gebäude erreichen"),
        ("3.", "Schülerinnen, Schüler und Lehrkräfte mit Trinkwasser versorgt werden können")]
    assert all(s.lead.startswith("Die Stadt wird um Auskunft gebeten, wie") for s in spans)


def test_an_answer_repeating_items_in_lower_case_answers_each_and_its_closing_notes_stand_apart():
    answer = """Die Stadt wird um Auskunft gebeten, wie bei einem längeren Hochwasser (mehr als fünf
Tage) in Schulen und Turnhallen
1. der Unterricht fortgeführt werden kann, auch für Klassen im Erdgeschoss
Der Unterricht wird in die oberen Stockwerke verlegt.
2. sichergestellt ist, dass die Hausmeister die Gebäude erreichen
Die Hausmeister wohnen zumeist im Stadtteil.

3. Schülerinnen, Schüler und Lehrkräfte mit Trinkwasser versorgt werden können
Jede Schule hält Wasser für drei Tage vor.

Ergänzende Hinweise:

Der Hochwasserschutz am Fluss wird bis 2033 erneuert.""".splitlines()
    body, _how = documents.compose_body(answer, inquiry_reading.inquiry_questions(OPEN_REQUEST_INQUIRY),
                                        " ".join(OPEN_REQUEST_INQUIRY))
    inquiry = parse_inquiry(body)
    pairs = [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [("1", "Der Unterricht wird in die oberen Stockwerke verlegt."),
                     ("2", "Die Hausmeister wohnen zumeist im Stadtteil."),
                     ("3", "Jede Schule hält Wasser für drei Tage vor.")]
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles if p.kind == "Ergänzende Hinweise"] == [
        ("Ergänzende Hinweise", "answering", "Der Hochwasserschutz am Fluss wird bis 2033 erneuert.")]
    assert inquiry.issues == []


def test_only_an_item_repeated_as_the_inquiry_words_it_is_marked_as_the_askers():
    # guard: the administration's own lower-case line under the item's number stays its own
    spans = inquiry_reading.inquiry_questions(OPEN_REQUEST_INQUIRY)
    assert questions.confirmed_request_item("sichergestellt ist, dass die Hausmeister die Gebäude erreichen",
                                            spans[1])
    assert not questions.confirmed_request_item("die Hausmeister bleiben bei Hochwasser zu Hause", spans[1])
    leadless = inquiry_reading.inquiry_questions(TELL_INQUIRY)[1]
    assert not questions.confirmed_request_item(leadless.text, replace(leadless, lead=""))


def test_a_request_left_open_before_items_that_are_sentences_of_their_own_gives_no_items():
    sentences = [line.replace("3. Schülerinnen, Schüler und Lehrkräfte mit Trinkwasser versorgt werden können",
                              "3. Die Turnhallen sind alt. Sie stehen leer.") for line in OPEN_REQUEST_INQUIRY]
    assert request_items.request_items(sentences) == []
    capital_first = [line.replace("1. der Unterricht", "1. Der Unterricht") for line in OPEN_REQUEST_INQUIRY]
    assert request_items.request_items(capital_first) == []
    closed = [line.replace("Schulen und Turnhallen", "Schulen und Turnhallen vorgesorgt wird.")
              for line in OPEN_REQUEST_INQUIRY]
    assert request_items.request_items(closed) == []
