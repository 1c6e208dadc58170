"""Questions taken from the faction's inquiry when the answer document does not repeat them."""

from anfragen.imports import documents, questions
from anfragen.parse import parse_inquiry

SINGLE_QUESTION_INQUIRY = """ANFRAGE
Vorlage Nr.: 2030/0001

Wann wird der Spielplatz am Mühlbach wieder geöffnet?

Begründung:
Der Spielplatz ist seit dem Frühjahr gesperrt. Viele Familien fragen nach.
""".splitlines()

BULLET_INQUIRY = """ANFRAGE

Die Stadt hat neue Ladesäulen aufgestellt. Wir fragen die Verwaltung:
- Wie viele Ladesäulen gibt es
im Stadtgebiet?
- Wer betreibt sie?

Begründung:
Die Elektromobilität wächst.
""".splitlines()

FREE_FORM_ANSWER = """Die Sanierung des Spielplatzes ist abgeschlossen. Er wird am 1. Juni wieder geöffnet.
Die neuen Geräte wurden vom TÜV abgenommen.""".splitlines()


def test_an_inquiry_with_one_unnumbered_question_yields_that_question():
    spans = questions.inquiry_questions(SINGLE_QUESTION_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [("1.", "Wann wird der Spielplatz am Mühlbach wieder geöffnet?")]


def test_bullet_questions_of_an_inquiry_are_numbered_in_order():
    spans = questions.inquiry_questions(BULLET_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "Wie viele Ladesäulen gibt es im Stadtgebiet?"), ("2.", "Wer betreibt sie?")]


def test_free_form_answer_to_a_single_question_is_paired_with_it():
    expected = questions.inquiry_questions(SINGLE_QUESTION_INQUIRY)
    body, how = documents.compose_body(FREE_FORM_ANSWER, expected)
    assert how == "single"
    inquiry = parse_inquiry(body)
    assert [q.text for q in inquiry.questions] == ["Wann wird der Spielplatz am Mühlbach wieder geöffnet?"]
    assert inquiry.answers[0].text.startswith("Die Sanierung des Spielplatzes ist abgeschlossen.")
    assert inquiry.issues == []


def test_several_unnumbered_question_paragraphs_give_no_guidance():
    lines = "Wie viele Bäume?\n\nWer zahlt das?\n\nBegründung:\nText.".splitlines()
    assert questions.inquiry_questions(lines) == []


def test_free_form_answer_to_several_questions_keeps_both_unpaired():
    expected = questions.inquiry_questions(BULLET_INQUIRY)
    body, how = documents.compose_body(FREE_FORM_ANSWER, expected)
    assert how == "unpaired"
    inquiry = parse_inquiry(body)
    assert [q.answer for q in inquiry.questions] == [None, None]
    assert inquiry.answers[0].text.startswith("Die Sanierung des Spielplatzes")


def test_a_numbered_question_run_into_its_answer_is_split():
    paragraph = ("1. Wie stellt sich die Lage dar? Wie viele Fälle gibt es? Beim Klinikum ist die Lage "
                 "angespannt. Es gibt 200 Fälle am Tag.")
    assert documents.split_labelled_question(paragraph) == [
        "1. Wie stellt sich die Lage dar? Wie viele Fälle gibt es?",
        "Beim Klinikum ist die Lage angespannt. Es gibt 200 Fälle am Tag."]


def test_paragraphs_that_are_not_a_question_and_its_answer_stay_whole():
    for paragraph in ["1. Juni 2025: Beginn der Arbeiten. Wer zahlt? Die Stadt.",
                      "Wie geht es weiter? Das ist offen.", "a) Wie viele? drei."]:
        assert documents.split_labelled_question(paragraph) == [paragraph]


def test_abbreviations_do_not_end_the_question_or_the_answer():
    paragraph = ("b) Wie werden Vereine (z.B. ASB, DRK) eingebunden? Die Hilfsorganisationen wurden "
                 "bereits ca. 3 Mal beteiligt. Das geht weiter.")
    assert documents.split_labelled_question(paragraph) == [
        "b) Wie werden Vereine (z.B. ASB, DRK) eingebunden?",
        "Die Hilfsorganisationen wurden bereits ca. 3 Mal beteiligt. Das geht weiter."]


def test_a_pointer_answer_run_into_its_question_is_split():
    assert documents.split_labelled_question("5. Mit welchen Kosten ist zu rechnen? s. Ziff. 4") == [
        "5. Mit welchen Kosten ist zu rechnen?", "s. Ziff. 4"]
