"""An inquiry whose numbered questions stand under topic headings of the askers' own
("Zu Spielplätzen" / "1. …"), without blank lines, and an answer document that heads each
answer with the question's number and a short title of its own ("4. Pflege und Wartung"),
some questions answered together with another ("(sowie 6. …)") and the first ones by a
paragraph naming them ("Die Punkte 1 – 3 … in Anlage 1"). A layout of the Karlsruhe corpus
(2026); the fixture is invented."""

from anfragen.imports import documents, inquiry_reading, numbered_titles, topic_headings
from anfragen.parse import parse_inquiry

INQUIRY = [
    "Die Verwaltung wird um die Beantwortung nachfolgender Fragen gebeten:",
    "Zu Zahl und Lage der Spielplätze",
    "1. Wie viele Spielplätze unterhält die Stadt in den Jahren 2020 bis 2025?",
    "2. Wie verteilen sich diese auf die Stadtteile?",
    "Sanierungen und Kosten",
    "3. Welche Kosten entstanden je Jahr für Sanierungen von",
    "a. Geräten,",
    "b. Belägen?",
    "4. Gibt es eine schriftliche Regelung zur Wartung der Spielgeräte?",
    "- Falls ja: Bitte Datum der Regelung nennen.",
    "Beteiligung und Planung",
    "5. Wie werden Kinder an der Planung neuer Spielplätze beteiligt?",
    "6. Gibt es einen Leitfaden für barrierefreie Spielgeräte?",
    "7. Plant die Verwaltung einen jährlichen Spielplatzbericht?",
    "Begründung",
    "Viele Eltern beklagen den Zustand der Geräte.",
]

ANSWER = [
    "Die Verwaltung hat alle Spielplätze im Herbst begangen.",
    "Die Punkte 1 – 3 (Zahl, Lage und Kosten) betreffen eine Auswertung, deren Ergebnisse in",
    "Anlage 1 zusammengestellt sind.",
    "4. Gibt es eine schriftliche Regelung zur Wartung der Spielgeräte (sowie 6. Leitfaden",
    "für barrierefreie Geräte)",
    "Eine Regelung gibt es nicht; die Geräte werden nach der DIN-Norm geprüft.",
    "5. Beteiligung von Kindern",
    "Kinder werden in Werkstätten vor Ort beteiligt.",
    "7. Jährlicher Spielplatzbericht",
    "Ein Bericht ist nicht geplant.",
]


def _parsed(answer=ANSWER, inquiry=INQUIRY):
    expected = inquiry_reading.inquiry_questions(inquiry)
    body, how = documents.compose_body(answer, expected, " ".join(inquiry))
    return how, parse_inquiry(body)


def test_numbers_under_the_askers_topic_headings_are_their_questions():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    assert [q.number for q in expected] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    # a question ends before the next topic heading, not with it
    assert expected[1].text == "Wie verteilen sich diese auf die Stadtteile?"
    assert expected[4].text == "Wie werden Kinder an der Planung neuer Spielplätze beteiligt?"


def test_a_topic_heading_needs_a_finished_sentence_before_it_and_a_number_after_it():
    lines = ["Die Frist läuft bis zum", "Ende des Monats", "1. August verlängert.", "Text."]
    assert topic_headings.topic_heading_lines(lines) == set()


def test_one_heading_alone_is_no_such_layout():
    lines = ["Wir fragen:", "Zu den Kosten", "1. Was kostet es?", "2. Wer zahlt?"]
    assert topic_headings.topic_heading_lines(lines) == set()


def test_each_numbered_title_answers_its_question_and_the_range_the_first_ones():
    how, parsed = _parsed()
    assert how == "prepended"
    answers = {q.number: parsed.answers[q.answer].text for q in parsed.questions}
    assert answers["1"] == answers["2"] == answers["3"]
    assert answers["1"].startswith("Die Punkte 1 – 3 (Zahl, Lage und Kosten) betreffen eine Auswertung")
    assert answers["4"] == answers["6"]
    assert answers["4"].endswith("Eine Regelung gibt es nicht; die Geräte werden nach der DIN-Norm geprüft.")
    assert answers["5"] == "Beteiligung von Kindern\n\nKinder werden in Werkstätten vor Ort beteiligt."
    assert answers["7"].endswith("Ein Bericht ist nicht geplant.")
    assert parsed.issues == []
    # the administration's opening remark is no answer
    assert all("begangen" not in text for text in answers.values())


def test_without_a_paragraph_naming_them_the_first_questions_stay_unanswered():
    answer = [line.replace("Die Punkte 1 – 3", "Die Zahlen") for line in ANSWER]
    _how, parsed = _parsed(answer)
    unanswered = [q.number for q in parsed.questions if q.answer is None]
    assert unanswered == ["1", "2", "3"]


def test_a_title_sharing_no_word_with_its_question_divides_nothing():
    # "5. Haushalt und Finanzen" says nothing of question 5: the numbers may be the
    # answer's own, so nothing is paired by them
    answer = [line.replace("5. Beteiligung von Kindern", "5. Haushalt und Finanzen") for line in ANSWER]
    how, parsed = _parsed(answer)
    assert how == "unpaired"
    assert all(q.answer is None or parsed.answers[q.answer].grouping == "whole" for q in parsed.questions)


def test_a_title_confirmed_only_by_words_common_to_the_questions_divides_nothing():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    # "Spielplätze" stands in more than a quarter of the questions: no sign of question 5
    lines = ["4. Wartung der Spielgeräte", "Es gibt keine.", "5. Spielplätze allgemein", "Text.",
             "7. Jährlicher Spielplatzbericht", "Nein."]
    assert numbered_titles.as_answer_sections(lines, expected, " ".join(INQUIRY)) is None


def test_numbered_answers_that_ask_or_end_a_sentence_are_no_titles():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    lines = ["4. Die Wartung erfolgt jährlich.", "5. Kinder werden beteiligt.", "7. Ein Bericht ist nicht geplant."]
    assert numbered_titles.as_answer_sections(lines, expected, " ".join(INQUIRY)) is None
