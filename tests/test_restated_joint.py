"""A whole answer divided by the questions' labels, one labelled part heading two questions
by restating the second word for word (``anfragen/restated_joint.py``)."""

import pytest

from anfragen.parse import parse_inquiry
from anfragen.restated_joint import restates

QUESTIONS = ("1. Wo entstehen in den städtischen Bädern Wasserverluste?\n\n"
             "2. Welche Maßnahmen gegen Wasserverluste verfolgt die Stadt bereits?\n\n"
             "3. Wie bewertet die Stadt den Einsatz von Sensoren gegen Wasserverluste?\n\n"
             "4. Ist ein Einsatz solcher Sensoren in den städtischen Bädern und Hallen mit Vorteilen verbunden?\n\n")


def answer_with(last_heading: str) -> str:
    return (QUESTIONS + "## Stellungnahme\n\n"
            "1\\. Die Stadt erklärt, wo Wasserverluste entstehen.\n\nVor allem an den Becken.\n\n"
            "2\\. Die Stadt legt ihre Maßnahmen dar.\n\nDie Leitungen werden geprüft.\n\n"
            f"3\\. {last_heading}\n\nSensoren sind teuer.\n")


def test_a_part_whose_heading_restates_the_next_question_answers_both():
    inquiry = parse_inquiry(answer_with(
        "Die Stadt erläutert, wie sie den Einsatz von Sensoren bewertet und ob ein Einsatz solcher "
        "Sensoren in den städtischen Bädern und Hallen mit Vorteilen verbunden ist."))
    texts = [inquiry.answers[q.answer].text.split("\n\n")[-1] for q in inquiry.questions]
    assert texts == ["Vor allem an den Becken.", "Die Leitungen werden geprüft.",
                     "Sensoren sind teuer.", "Sensoren sind teuer."]
    assert inquiry.questions[2].answer == inquiry.questions[3].answer
    assert inquiry.answers[inquiry.questions[3].answer].grouping == "stated"
    assert inquiry.issues == []


@pytest.mark.parametrize("heading", [
    "Die Stadt erläutert, wie sie den Einsatz von Sensoren bewertet.",  # question 4 not restated
    "Die Stadt erläutert, ob Sensoren in den Bädern Vorteile bringen.",  # only paraphrased
    "Die Stadt erläutert, ob ein Einsatz solcher Sensoren in den städtischen Bädern mit Vorteilen verbunden ist.",
])  # a gap in the restated words
def test_a_question_without_its_label_and_not_restated_word_for_word_stays_unpaired(heading):
    inquiry = parse_inquiry(answer_with(heading))
    assert all(q.answer is None for q in inquiry.questions)
    assert "the answer is not divided by question: kept whole, not paired with any question" in [
        i.reason for i in inquiry.issues]


def test_a_restated_question_must_follow_the_part_that_restates_it():
    # the heading of part 1 restates question 4, but question 4 is not the one after it
    text = (QUESTIONS + "## Stellungnahme\n\n"
            "1\\. Die Stadt erklärt, wo Verluste entstehen und ob ein Einsatz solcher Sensoren in den "
            "städtischen Bädern und Hallen mit Vorteilen verbunden ist.\n\nAn den Becken.\n\n"
            "2\\. Maßnahmen.\n\nLeitungen.\n\n3\\. Bewertung.\n\nTeuer.\n")
    assert all(q.answer is None for q in parse_inquiry(text).questions)


def test_a_short_question_is_never_taken_as_restated():
    # "Wer zahlt?" is echoed by many headings: too short to settle anything
    assert not restates("Die Stadt sagt, wer zahlt und wann.", "Wer zahlt?")
    assert not restates("… und ob die Stadt den Bau fördert", "Fördert die Stadt den Bau? Wenn ja, wie?")
    assert restates("… und ob ein Einsatz solcher Sensoren in den Bädern mit Vorteilen verbunden ist.",
                    "Ist ein Einsatz solcher Sensoren in den Bädern mit Vorteilen verbunden?")
