"""The inquiry's numbered questions with "- " items of their own, repeated by the answer
without numbers, the items on paragraphs of their own (``items_as_questions``): the inquiry's
questions are the questions, not each "?" paragraph numbered by its position. Guards: a
paragraph that is no part of any question read in the inquiry keeps the position reading."""

from anfragen.imports import cleanup, documents, inquiry_reading, items_as_questions
from anfragen.imports.question_spans import QuestionSpan
from anfragen.parse import parse_inquiry

# Written for the test, imitating the layout: numbered questions, items under 2 and 3.
INQUIRY = ["ANFRAGE",
           "1. Plant die Stadt einen Bürgerbus für die Bergdörfer ab dem Fahrplanwechsel? (Rundkurs",
           "über Oberau, Mittelau und Unterau).",
           "",
           "2. Wie bewertet die Verwaltung einen solchen Bus?",
           "- Nutzen für ältere Menschen?",
           "- Kosten für den Haushalt?",
           "",
           "3. Wäre ein Rufbus günstiger?",
           "- Welche Anbieter kämen in Frage?",
           "- Nennen Sie die Vor- und Nachteile für die Dörfer.",
           "- Wie lange wäre die Vorlaufzeit?",
           "",
           "Begründung",
           "Die Bergdörfer haben keine Busverbindung am Wochenende."]

ANSWER = ["Plant die Stadt einen Bürgerbus für die Bergdörfer ab dem Fahrplanwechsel? (Rundkurs",
          "über Oberau, Mittelau und Unterau).", "",
          "Ein Bürgerbus ist derzeit nicht geplant.", "",
          "Wie bewertet die Verwaltung einen solchen Bus?",
          "\uf0b7 Nutzen für ältere Menschen?",
          "\uf0b7 Kosten für den Haushalt?", "",
          "Der Nutzen wäre groß, die Kosten lägen bei rund 80.000 Euro im Jahr.", "",
          "Wäre ein Rufbus günstiger?",
          "\uf0b7 Welche Anbieter kämen in Frage?",
          "\uf0b7 Nennen Sie die Vor- und Nachteile für die Dörfer.",
          "\uf0b7 Wie lange wäre die Vorlaufzeit?", "",
          "Ein Rufbus wäre etwa halb so teuer; zwei Anbieter aus der Region kämen in Frage."]


def pairs(lines, inquiry):
    lines, inquiry = cleanup.clean_lines("\n".join(lines)), cleanup.clean_lines("\n".join(inquiry))
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_the_inquiry_questions_with_their_items_are_the_questions_not_each_item():
    read, issues = pairs(ANSWER, INQUIRY)
    assert [(number, answer) for number, _text, answer in read] == [
        ("1", "Ein Bürgerbus ist derzeit nicht geplant."),
        ("2", "Der Nutzen wäre groß, die Kosten lägen bei rund 80.000 Euro im Jahr."),
        ("3", "Ein Rufbus wäre etwa halb so teuer; zwei Anbieter aus der Region kämen in Frage.")]
    assert read[0][1].startswith("Plant die Stadt einen Bürgerbus")
    assert "Kosten für den Haushalt?" in read[1][1] and "Vorlaufzeit?" in read[2][1]
    assert issues == []


def _span(number, text, labelled=False):
    span = QuestionSpan(0, 1, number, text)
    span.labelled = labelled
    return span


ASKED = [_span("1.", "Plant die Stadt einen Bürgerbus? (Rundkurs über Oberau).", True),
         _span("2.", "Wie bewertet die Verwaltung einen solchen Bus? - Nutzen für ältere Menschen? "
                     "- Kosten für den Haushalt?", True)]


def test_items_numbered_by_position_are_recognised_as_parts_of_the_inquiry_questions():
    by_position = [_span("1.", "Wie bewertet die Verwaltung einen solchen Bus?"),
                   _span("2.", "Nutzen für ältere Menschen?"), _span("3.", "Kosten für den Haushalt?")]
    assert items_as_questions.items_numbered_as_questions(by_position, ASKED)


def test_a_paragraph_no_question_of_the_inquiry_holds_keeps_the_position_reading():
    # "Wie viele Fahrgäste …?": asked under a number the inquiry reading missed
    by_position = [_span("1.", "Wie bewertet die Verwaltung einen solchen Bus?"),
                   _span("2.", "Nutzen für ältere Menschen?"),
                   _span("3.", "Wie viele Fahrgäste werden am Wochenende erwartet?")]
    assert not items_as_questions.items_numbered_as_questions(by_position, ASKED)


def test_the_answers_own_labels_or_no_more_paragraphs_than_questions_keep_the_reading():
    labelled = [_span("1.", "Wie bewertet die Verwaltung einen solchen Bus?", True),
                _span("2.", "Nutzen für ältere Menschen?", True), _span("3.", "Kosten für den Haushalt?", True)]
    assert not items_as_questions.items_numbered_as_questions(labelled, ASKED)
    assert not items_as_questions.items_numbered_as_questions(labelled[:2], ASKED)
