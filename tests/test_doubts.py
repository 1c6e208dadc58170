"""Every reason the parser records reads in German on the pages."""

import pytest

from anfragen.doubts import german
from anfragen.parse import parse_inquiry

DOUBTFUL = {
    "no answer": "1. Frage?\n\nAntwort.\n\n2. Frage?\n",
    "numbering breaks": "1. Eins?\n\nA.\n\n3. Drei?\n\nB.\n",
    "number twice": "1. Eins?\n\nA.\n\n1. Noch eins?\n\nB.\n",
    "answered twice": "1. Eins?\n\nZu 1.: A.\n\nZu 1.: B.\n",
    "names a missing question": "1. Eins?\n\nZu 4.: A.\n",
    "points nowhere": "1. Frage?\n\nSiehe Antwort zu Frage 9.\n",
    "empty answer": "1. Eins?\n\nZu 1.:\n",
    "joint without questions": "1. Eins?\n\nA.\n\nDiese Fragen werden gemeinsam beantwortet: B.\n",
    "question-like paragraph": "1. Eins?\n\nA.\n\nWie viele waren es?\n\nB.\n",
    "labelled as the next question": "A. Eins?\n\nJa.\n\nB. Doch es gibt Kosten.\n\nNein.\n",
    "undivided": "1. Eins?\n\nA.\n\n2. Zwei?\n\n## Stellungnahme\n\nText.\n",
    "submitter debris": "Anfrage: sind die schulen bereit und gut ausgestattet\n\n1. Eins?\n\nA.\n",
    "askers' text at the end": "1. Eins?\n\nA.\n\nDazu fragen wir:\n",
    "header before nothing": "Zu Fragen 7 und 8\n\n1. Eins?\n\nA.\n",
    "labelled question before the first": "1a. Was kostet es? Es kostet 5 Euro.\n\n2. Zwei?\n\nB.\n",
    "run-on question": "1. Eins? Die Stadt hat im vergangenen Jahr auf der\n\nA.\n",
    "labelled question inside an answer": "1. Eins?\n\nEs sind drei. 2. Wie viele sind es? Vier.\n",
    "next label inside a question": "1. Eins? Ja. 2. Welche sind es?\n\nA.\n",
    "numbering skips": "> 1. Eins?\n\nA.\n\n> 3. Drei?\n\nB.\n",
    "lettering skips": "> 1a) Eins?\n\nA.\n\n> c) Drei?\n\nB.\n",
    "askers' request as an answer": "1. Eins?\n\n- Nennen Sie die Gründe dafür.\n\n2. Zwei?\n\nB.\n",
    "lead of the next sub-questions": "1. Eins?\n\nA.\n\n2\\. 2.) Die Lage ist schwierig.\n\n> 2a) Zwei?\n\nB.\n",
    "next question broken off": "1. Eins?\n\nA.\n\n2\\. Gibt es die\n\n2. Lage noch?\n\nB.\n",
    "question holding its item a)": "> 2. Wer zahlt es? a) Ist das geplant?\n\nNein.\n\n> b) Seit wann?\n\n2020.\n",
    "table announced, found in a later answer": ("1. Eins?\n\nDie folgende Tabelle zeigt es.\n\n2. Zwei?\n\n"
                                                 "B.\n\nJahr 2020 2021 2022 2023\n"),
    "next item of the question": "1. Wie viele sind es je a) in der Stadt\n\nZehn.\n\nb\\) im Land\n\nZwanzig.\n",
}


@pytest.mark.parametrize("text", DOUBTFUL.values(), ids=DOUBTFUL.keys())
def test_each_kind_of_doubt_is_recorded_and_reads_in_german(text):
    issues = parse_inquiry(text).issues
    assert issues, "the document should raise a doubt"
    for issue in issues:
        assert german(issue.reason) != issue.reason, issue.reason


def test_untranslated_reason_is_shown_as_recorded():
    assert german("something new") == "something new"


def reasons(text: str) -> list[str]:
    return [issue.reason for issue in parse_inquiry(text).issues]


def test_a_question_missing_from_the_numbering_is_a_doubt():
    # question 7 asks without "?", stopping mid-sentence, and stays in answer 6; its items
    # become 6a and 6b (a lead ending its sentence, "… über Stress:", is question 7's: see
    # test_escaped_leads.py)
    text = ("> 6. Was waren die Ursachen?\n\nUnbekannt.\n\n7\\. Gab es Berichte über Stress bei den Beschäftigten\n\n"
            "> a) Durch die Arbeit?\n\n> b) Durch die Zeiten?\n\nJa, beides.\n\n> 8. Wie viele Verträge?\n\nKeine.\n")
    assert "numbering skips from 6b to 8: a question between them was not read" in reasons(text)


def test_numbering_without_gaps_and_joint_labels_raise_no_doubt():
    assert reasons("1. Eins?\n\nA.\n\n2.+3. Zwei und drei?\n\nB.\n\n4. Vier?\n\nC.\n") == []


def test_an_item_of_the_question_standing_in_its_answer_is_a_doubt():
    text = ("1. Gab es Vorfälle?\n\nJa, elf.\n\n2. Wir bitten um Aufschlüsselung a) In welchen Bädern\n\n"
            "Europabad 8, Rheinstrandbad 3\n\nb\\) Wer waren die Opfer (Anzahl, Alter)\n\nFrauen zwischen 14 und 40.\n")
    assert reasons(text) == [
        "answer contains a paragraph labelled as the question's next item: 'b\\\\) Wer waren die Opfer (Anzahl, Alter)'"]


def test_an_answer_taking_up_the_items_its_question_holds_raises_no_doubt():
    text = ("1. Wie wird geprüft im Hinblick auf: a) Betriebssicherheit b) Spielsicherheit?\n\n"
            "a\\) Betriebssicherheit\n\nJährlich.\n\nb\\) Spielsicherheit\n\nSiehe a).\n")
    assert reasons(text) == []
