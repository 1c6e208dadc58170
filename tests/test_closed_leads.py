"""A question asking for one fact that holds its item a), answered in one block before its
item b) is answered on its own: by layout the block is the item's answer, and whether it
gives the question's fact as well is not settled — a doubt. Layouts of the Karlsruhe
corpus (2021, 2023, 2025: the answer document prints "2." and "a)" together, then one
answer, then "b)"); the fixtures are invented."""

import pytest

from anfragen.closed_leads import asks_one_fact_before_its_item
from anfragen.parse import parse_inquiry

# the question asks for the rules ("Nach welchen …", printed with a full stop), its item
# whether there are points; the answer answers only the item ("Nein. …")
RULES_THEN_ITEM = (
    "1. Wie viele Plätze gibt es?\n\nRund 4.000.\n\n"
    "2. Nach welchen Regeln werden die Kitaplätze vergeben. a) Gibt es Punkte für Geschwisterkinder?\n\n"
    "Nein. Punkte für Geschwister werden nicht vergeben.\n\n"
    "> b) Gibt es eine Warteliste?\n\nJa, für jede Einrichtung.\n"
)

# a count asked with a request after it, its item asking an amount; the answer gives the amount
COUNT_THEN_AMOUNT = (
    "> 3. In wie vielen Fällen wurde der Zuschuss gekürzt? Bitte nach Jahren aufschlüsseln. "
    "a. Wie hoch war der durchschnittliche Zuschuss?\n\n"
    "Der durchschnittliche Zuschuss betrug 312 Euro im Monat.\n\n"
    "> b. Wie hoch war der Eigenanteil?\n\nRund 9 Euro.\n"
)


def _doubts(text: str) -> list[str]:
    return [i.reason for i in parse_inquiry(text).issues if "holds its item a)" in i.reason]


def test_a_question_asking_for_criteria_read_with_its_yes_no_item_is_a_doubt():
    parsed = parse_inquiry(RULES_THEN_ITEM)
    assert [q.number for q in parsed.questions] == ["1", "2", "2b"]
    assert _doubts(RULES_THEN_ITEM) == [
        "question 2 asks for one fact and holds its item a), answered in one block before item b): "
        "whether the block answers the question itself is not settled"]


def test_a_count_read_with_its_item_asking_an_amount_is_a_doubt():
    assert len(_doubts(COUNT_THEN_AMOUNT)) == 1


def test_the_pairs_are_kept_as_read():
    # the doubt keeps the paper from counting as complete; nothing is moved
    parsed = parse_inquiry(COUNT_THEN_AMOUNT)
    question = parsed.questions[0]
    assert "Wie hoch war der durchschnittliche Zuschuss?" in question.text
    assert parsed.answers[question.answer].text.startswith("Der durchschnittliche Zuschuss")


@pytest.mark.parametrize("lead", [
    "Wer trägt die Kosten?", "Wie viele Menschen erhalten Leistungen?", "Wann beginnt der Bau?",
    "Seit wann gilt die Regel?", "Wie hoch ist der Anteil?", "Nach welcher Grundlage wird gerechnet?",
])
def test_questions_asking_for_one_fact(lead):
    assert asks_one_fact_before_its_item(f"{lead} a) Ist eine Änderung geplant?")


# -- legitimate layouts: no doubt -----------------------------------------------------

@pytest.mark.parametrize("text", [
    # a broad lead its items spell out, answered through them
    "> 4. Wie ist der aktuelle Stand der Verfahren? a. Wie viele sind abgeschlossen?\n\n"
    "Alle drei sind abgeschlossen.\n\n> b. Gegen wie viele wurde Einspruch eingelegt?\n\nGegen keinen.\n",
    "> 4. Welche Kenntnisse hat die Verwaltung über den Leerstand? a. Wie hat er sich verändert?\n\n"
    "Er ist gesunken.\n\n> b. Wie viele Büros stehen leer?\n\nZwölf.\n",
    # the item is the question's only one: a follow-up answered with it
    "> 2. Wie viele Busse fahren täglich? a) Wie viele waren es 2019?\n\nHeute 40, im Jahr 2019 waren es 35.\n\n"
    "> 3. Wer betreibt die Linie?\n\nDie Verkehrsbetriebe.\n",
    # the item asks nothing by itself: it narrows the question
    "> 5. Wie hoch sind die Folgekosten? a) nach Fertigstellung der Brücke?\n\nEtwa 2 Mio. Euro.\n\n"
    "> b) nach Fertigstellung der Rampe?\n\nEtwa 1 Mio. Euro.\n",
    # items a) and b) both inside the question, answered together
    "> 6. Wie viele Anträge gab es? a) Wie viele wurden bewilligt? b) Wie viele nicht?\n\n"
    "Es gab 13 Anträge, 10 bewilligt, 3 abgelehnt.\n",
    # "u. a." is no item a)
    "> 7. Wie viele Leistungen gibt es, u. a. Wohngeld?\n\nMehrere.\n\n> 8. Wer zahlt sie?\n\nDas Land.\n",
])
def test_no_doubt(text):
    assert _doubts(text) == []
