"""Items of a question whose letters skip one: the item between them was not read, or the
answer document labels the inquiry's items one letter on. A doubt, as numbers that skip
are. Layouts of the Karlsruhe corpus (2016, 2021, 2026); the fixtures are invented."""

import pytest

from anfragen.parse import parse_inquiry

# the answer document labels the inquiry's item b "c)": read as 10c, item 10b missing
LETTER_SKIPPED = (
    "> 10a) Die Zeitung berichtete, die Fraktionen wollten das Projekt ruhen lassen. Trifft das zu?\n\n"
    "Die Fraktionen waren mehrheitlich zurückhaltend.\n\n"
    "> c) Eine Fraktion erklärte, sie habe als einzige dagegen gestimmt. Trifft das zu?\n\n"
    "Nein.\n\n"
    "> 11) Ist das Grundstück noch frei?\n\nJa.\n"
)

# the inquiry asks "4. …? a. Wenn ja, …? b. Wenn nein, …?"; the answer document answers 4,
# then labels those items "b." and "c."
ITEMS_LABELLED_ONE_ON = (
    "> 4. Welche Lösungen wurden mit den Kunden gefunden? Gab es Ratenzahlungen?\n\n"
    "Es wurden Ratenzahlungen und Stundungen vereinbart.\n\n"
    "> b. Wenn ja, in wie vielen Fällen?\n\nIn 1.200 Fällen.\n\n"
    "> c. Wenn nein, weshalb nicht?\n\n-\n"
)


def _skips(text: str) -> list[str]:
    return [i.reason for i in parse_inquiry(text).issues if i.reason.startswith("lettering skips")]


def test_a_letter_skipped_within_a_question_is_a_doubt():
    parsed = parse_inquiry(LETTER_SKIPPED)
    assert [q.number for q in parsed.questions] == ["10a", "10c", "11"]
    assert _skips(LETTER_SKIPPED) == ["lettering skips from 10a to 10c: an item between them was not read"]


def test_items_labelled_one_letter_on_are_a_doubt():
    assert _skips(ITEMS_LABELLED_ONE_ON) == ["lettering skips from 4 to 4b: an item between them was not read"]


@pytest.mark.parametrize("text", [
    "> 1. Eins?\n\nA.\n\n> 2a) Zwei?\n\nB.\n\n> 2c) Drei?\n\nC.\n",
    "> 1. Eins?\n\nA.\n\n> a) Zwei?\n\nB.\n\n> c) Drei?\n\nC.\n",  # "a)" then "c)" under question 1
])
def test_letters_that_skip_are_doubts_in_each_numbering(text):
    assert len(_skips(text)) == 1


def test_an_item_asked_inside_the_answer_before_is_not_read():
    # "a) Bei wie vielen …?" run into the table of answer 4: a question not read, 4b follows
    text = ("> 3. Wie lange dauert ein Verfahren?\n\nEin Jahr.\n\n"
            "4. Wie viele Personen wurden eingebürgert? Bitte nach Jahren aufschlüsseln.\n\n"
            "Im Jahr 2022 waren es 190, im Jahr 2023 waren es 323.\n\n"
            "Jahr Anzahl 2022 190 2023 323 a) Bei wie vielen lag eine doppelte Staatsangehörigkeit vor?\n\n"
            "> b) Welche Staatsangehörigkeiten waren am häufigsten?\n\nSyrisch und türkisch.\n")
    assert _skips(text) == ["lettering skips from 4 to 4b: an item between them was not read"]


# -- legitimate layouts: no doubt -----------------------------------------------------

@pytest.mark.parametrize("text", [
    # the question holds its first item inside its own text, after its "?" or a sentence
    "> 2. Wie viele Anträge gab es? a) Wie viele wurden bewilligt?\n\nZehn.\n\n> b) Wie viele nicht?\n\nDrei.\n",
    "> 2. Wie viele Fälle gab es im Jahr 2023. a. Wie hoch war der Zuschuss?\n\n400 Euro.\n\n"
    "> b. Wie hoch war der Eigenanteil?\n\n11 Euro.\n",
    # a heading-like question opening its first item without punctuation
    "> 1. Wohnungsbestand a. Wie viele Wohnungen gibt es?\n\nRund 13.000.\n\n> b. Wie viele sind belegt?\n\nAlle.\n",
    # the item's number written again with the letter ("8. 8.a)")
    "> 8. 8.a) Ist der Vertrag zulässig?\n\nJa.\n\n> 8.b) Werden Kosten verlagert?\n\nNein.\n",
])
def test_an_item_the_question_holds_in_its_own_text_counts_as_read(text):
    assert _skips(text) == []


def test_a_breakdown_the_answer_labels_counts_as_read():
    # "a. 2013 / … b. 2014 / … c. 2015 / …" asks nothing: the answer fills in the question's
    # breakdown, and the quoted "d." asks the next item
    text = ("> 4. Wie viele Schließungen gab es?\n\na. 2013\n\nVier.\n\nb. 2014\n\nSieben.\n\nc. 2015\n\nSechs.\n\n"
            "> d. Wie viele blieben dauerhaft geschlossen?\n\nKeine.\n")
    assert _skips(text) == []


def test_roman_items_after_a_letter_are_no_skip():
    text = ("> 4. Wie ist der Stand? a. Wie viele Verfahren sind offen?\n\nKeines.\n\n"
            "> b. Gegen wie viele wurde Einspruch eingelegt?\n\nGegen keinen.\n\n"
            "> i. Wie vielen wurde stattgegeben? ii. Wie vielen nicht?\n\nSiehe 4.b.\n")
    assert _skips(text) == []


def test_an_abbreviation_is_no_item():
    # "u. a. Wohngeld": not item a of question 3, so 3b skips it
    text = "> 3. Welche Leistungen gibt es, u. a. Wohngeld?\n\nMehrere.\n\n> b) Wer zahlt sie?\n\nDas Land.\n"
    assert _skips(text) == ["lettering skips from 3 to 3b: an item between them was not read"]


def test_items_asked_in_order_raise_no_doubt():
    text = "> 5a) Eins?\n\nA.\n\n> b) Zwei?\n\nB.\n\n> c) Drei?\n\nC.\n\n> 6. Vier?\n\nD.\n"
    assert _skips(text) == []
