"""The askers' asking sentence repeated in slightly other words (``anfragen/rewording.py``).
Sentences are invented; they imitate rewordings found in the Karlsruhe corpus."""

from anfragen.rewording import reworded


def test_a_gender_ending_and_a_syllable_make_no_other_question():
    assert reworded("Welche Raumwünsche nennen die Kooperationspartner?",
                    "Welche Raumwünsche benennen die Kooperationspartner*innen?")
    assert reworded("Wie viele Beschlüsse gehen auf Anregung der SchülerInnen zurück?",
                    "Wie viele Beschlüsse gehen auf Anregungen der Schüler:innen zurück?")
    assert reworded("Wann wird der Bericht dem Rat vorgelegt?", "Wann wird der Bericht dem Rat vorgelegt?")


def test_other_words_are_another_question():
    assert not reworded("Wie viele Plätze gibt es in der Kita?", "Wie viele Kitaplätze gibt es in der Kita?")
    assert not reworded("Ist eine Öffnung der Halle möglich?", "Ist eine Öffnung der Halle unmöglich?")
    assert not reworded("Wie viele Plätze gibt es im Jahr 2019?", "Wie viele Plätze gibt es im Jahr 2020?")
    assert not reworded("Welche Räume nennen sie?", "Welche Räume benennen sie?")  # too short
    assert not reworded("Welche Räume nennen die Partner genau?", "Welche Räume benennen die Partner bisher?")
    assert not reworded("Welche Raumwünsche nennen die Kooperationspartner.",
                        "Welche Raumwünsche benennen die Kooperationspartner?")  # no question
