"""The administration's own question closing its answer, checked by the importer against the
faction's inquiry (front matter ``not_in_inquiry``: ``anfragen/imports/own_questions.py``,
``anfragen/checked_questions.py``). Only such a question drops the doubt "answer contains a
paragraph that looks like a question"; the askers' question hidden in an answer keeps it,
also where the inquiry file does not hold it. Fixtures are invented; they imitate a layout
of the Karlsruhe corpus (2013/0315)."""

from anfragen.imports import documents, oparl
from anfragen.parse import parse_inquiry

QUESTIONS = ["1. Wird die Stadtbibliothek ihr hundertjähriges Bestehen mit eigenen Veranstaltungen feiern?",
             "2. Welche Schwerpunkte setzt das Programm der Festwoche?",
             "3. Werden die Schulen der Stadt in die Planung einbezogen?"]
INQUIRY = "ANFRAGE\nStadträtin A. Muster (Lesepartei)\n\nJubiläum der Stadtbibliothek\n\n" + "\n\n".join(QUESTIONS) + \
    "\n\nDie Bibliothek wird im Herbst hundert Jahre alt.\n\nunterzeichnet von:\nA. Muster\n"
OWN_QUESTION = "Wie haben die Menschen vor hundert Jahren ihre Bücher ausgeliehen?"
CLOSING = ("Das Programm steht unter dem Motto „Lesen verbindet“. Eine Ausstellung im Foyer zeigt die "
           f"Geschichte des Hauses. {OWN_QUESTION}")


def _answer(second_answer: list[str]) -> str:
    return "\n".join(["Stellungnahme zur Anfrage", "", QUESTIONS[0], "", "Ja, im Oktober ist eine Festwoche geplant.",
                      "", QUESTIONS[1], "", "Die Festwoche trägt den Titel:", "", "100 Jahre Lesen", "",
                      *second_answer, "", QUESTIONS[2], "",
                      "Ja, alle Grundschulen sind zur Vorbereitung eingeladen.", ""])


def _converted(answer: str, inquiry: str = INQUIRY):
    item = oparl.PaperFiles(
        {"reference": "2024/0100", "name": "Jubiläum der Stadtbibliothek",
         "mainFile": {"id": "f/1", "name": "Lesepartei Jubiläum"},
         "auxiliaryFile": [{"id": "f/2", "name": "Stellungnahme TOP 9"}]},
        {"1": inquiry, "2": answer})
    result = oparl.convert_paper(item, None)
    return result.front, parse_inquiry(documents.render(result.front, result.body))


def _looks_like_a_question(parsed) -> list[str]:
    return [i.reason for i in parsed.issues if "looks like a question" in i.reason]


def test_the_administrations_own_question_closing_its_answer_is_checked_and_no_doubt():
    front, parsed = _converted(_answer([CLOSING]))
    assert front["not_in_inquiry"] == [OWN_QUESTION]
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions][1] == \
        ("2", f"Die Festwoche trägt den Titel:\n\n100 Jahre Lesen\n\n{CLOSING}")
    assert parsed.issues == []


def test_a_question_the_inquiry_asks_keeps_the_doubt():
    # the askers' own question, hidden at the end of an answer: never marked as the administration's
    inquiry = INQUIRY.replace("Die Bibliothek wird", f"{OWN_QUESTION}\n\nDie Bibliothek wird")
    front, parsed = _converted(_answer([CLOSING]), inquiry)
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_a_question_the_inquiry_asks_in_other_words_keeps_the_doubt():
    inquiry = INQUIRY.replace("Die Bibliothek wird", "Wie liehen die Menschen vor hundert Jahren Bücher aus?\n\n"
                              "Die Bibliothek wird")
    front, parsed = _converted(_answer([CLOSING]), inquiry)
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_without_the_inquirys_text_the_doubt_is_kept():
    front, parsed = _converted(_answer([CLOSING]), "")
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_a_question_opening_a_paragraph_with_its_answer_after_it_keeps_the_doubt():
    # 2019/1287: "Ist der Bauhof … in der Lage …? Aufgrund …": a question only the answer document
    # asks, with its answer: a hidden pair, not the administration's closing question
    front, parsed = _converted(_answer(["Das Programm steht unter dem Motto „Lesen verbindet“.", "",
                                        "Ist die Bibliothek während der Festwoche länger geöffnet? "
                                        "Ja, an allen Tagen bis 22 Uhr."]))
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_questions_standing_alone_in_an_answer_keep_the_doubt():
    # 2021/0947: "Ergänzend zu Frage 3: Gibt es …? Wenn ja, …? Wenn nein, warum nicht?", questions
    # of the askers that their inquiry file does not hold
    front, parsed = _converted(_answer(["Das Programm steht unter dem Motto „Lesen verbindet“.", "",
                                        "Ergänzend zu Frage 2: Gibt es auch Lesungen für Kinder im Grundschulalter?"]))
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_a_closing_question_with_answer_text_after_it_keeps_the_doubt():
    front, parsed = _converted(_answer([CLOSING, "", "Schülerinnen und Schüler haben dazu alte Karteikarten "
                                        "ausgewertet."]))
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_a_short_closing_question_is_anyones_and_keeps_the_doubt():
    front, parsed = _converted(_answer(["Eine Ausstellung im Foyer ist nicht geplant. Wenn nein, warum nicht?"]))
    assert not front.get("not_in_inquiry")
    assert _looks_like_a_question(parsed)


def test_the_parser_drops_the_doubt_only_for_the_shape_it_can_see():
    # a front matter listing a question that opens a paragraph with its answer after it, or one
    # followed by answer text, does not silence the doubt
    listed = f"---\nreference: 2024/0100\nnot_in_inquiry:\n- {OWN_QUESTION}\n---\n\n"
    opening = f"{OWN_QUESTION} Mit Karteikarten am Tresen."
    for second in ([opening], [CLOSING, "", "Dazu gibt es eine Führung."]):
        parsed = parse_inquiry(listed + _answer(second).replace("Stellungnahme zur Anfrage\n", ""))
        assert _looks_like_a_question(parsed), second
    parsed = parse_inquiry(listed + _answer([CLOSING]).replace("Stellungnahme zur Anfrage\n", ""))
    assert parsed.issues == [] and parsed.extra["not_in_inquiry"] == [OWN_QUESTION]
