"""The askers' numbered lead that asks nothing ("3\\. Der Platz am Bahnhof ist inzwischen als
Abstellfläche ausgewiesen."), its first item quoted by the importer ("> a) Reicht …?"), its
second item labelled as the document writes it ("b) Bleibt …?"), and one answer after both.
The lead with its item a) is question 3, the second item 3b; asked one right after the
other, they share the answer after them. A layout of the Karlsruhe corpus (2016); the
fixture is invented."""

from anfragen.parse import parse_inquiry

LEAD_ITEMS_ONE_ANSWER = (
    "1. Wie weit ist das Konzept?\n\nEs wird im Herbst begonnen.\n\n"
    "2. Gibt es schon Stellplätze für Lastenräder?\n\n"
    "Nein, eigens ausgewiesene Stellplätze gibt es bisher nicht.\n\n"
    "3\\. Der Platz am Bahnhof ist inzwischen als Abstellfläche ausgewiesen.\n\n"
    "> a) Reicht dort der Raum für lange Räder?\n\n"
    "b) Bleibt die Fläche auch während des Stadtfests frei?\n\n"
    "Die Fläche am Bahnhof bietet auch langen Rädern Platz.\n\n"
    "Während des Stadtfests wird sie wie bisher für Stände gebraucht.\n\n"
    "4. Plant die Stadt eigene Schilder?\n\n"
    "Schilder werden mit dem Gesamtkonzept geprüft.\n"
)


def _pairs(parsed):
    return [(q.number, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


def test_the_lead_with_its_first_item_and_the_next_item_share_the_answer_after_them():
    parsed = parse_inquiry(LEAD_ITEMS_ONE_ANSWER)
    both = ("Die Fläche am Bahnhof bietet auch langen Rädern Platz.\n\n"
            "Während des Stadtfests wird sie wie bisher für Stände gebraucht.")
    assert _pairs(parsed)[1:] == [
        ("2", "Nein, eigens ausgewiesene Stellplätze gibt es bisher nicht."),
        ("3", both),
        ("3b", both),
        ("4", "Schilder werden mit dem Gesamtkonzept geprüft."),
    ]
    lead = parsed.questions[2]
    assert lead.text.startswith("Der Platz am Bahnhof ist inzwischen")
    assert lead.text.endswith("a) Reicht dort der Raum für lange Räder?")
    assert parsed.answers[lead.answer].grouping == "consecutive"
    assert parsed.issues == []


def test_items_answered_each_in_turn_keep_their_own_answers():
    # guard: the answer to a) right after it is 3's own; b) takes only the text after it
    text = LEAD_ITEMS_ONE_ANSWER.replace(
        "> a) Reicht dort der Raum für lange Räder?\n\n",
        "> a) Reicht dort der Raum für lange Räder?\n\nJa, der Raum reicht.\n\n")
    text = text.replace("Die Fläche am Bahnhof bietet auch langen Rädern Platz.\n\n", "")
    parsed = parse_inquiry(text)
    assert _pairs(parsed)[2:4] == [
        ("3", "Ja, der Raum reicht."),
        ("3b", "Während des Stadtfests wird sie wie bisher für Stände gebraucht."),
    ]


def test_a_sub_question_after_a_question_that_holds_no_item_still_starts_its_own_run():
    # guard: "3. …?" then "3b) …?" without an item a) in 3's text: the lead-in rule as before,
    # the answer after 3b is 3b's alone
    text = ("3. Wie groß ist der Platz am Bahnhof?\n\n3b) Bleibt die Fläche frei?\n\n"
            "Während des Stadtfests wird sie für Stände gebraucht.\n")
    parsed = parse_inquiry(text)
    assert _pairs(parsed) == [("3", None), ("3b", "Während des Stadtfests wird sie für Stände gebraucht.")]


def test_a_numbered_sub_question_after_the_lead_and_its_item_starts_its_own_run():
    # guard: only the letter right after the item ("3b"), not a number of another scheme ("3.1")
    text = LEAD_ITEMS_ONE_ANSWER.replace("b) Bleibt die Fläche", "3.1 Bleibt die Fläche")
    parsed = parse_inquiry(text)
    assert _pairs(parsed)[2:4] == [
        ("3", None),
        ("3.1", "Die Fläche am Bahnhof bietet auch langen Rädern Platz.\n\n"
                "Während des Stadtfests wird sie wie bisher für Stände gebraucht."),
    ]
