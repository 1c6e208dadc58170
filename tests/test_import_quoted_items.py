"""The askers' next lettered item, asking only after a quotation, run by extraction into the
answer to the item before it (``quoted_items.set_apart_quoted_items``): set apart only where
its text is the inquiry's item of that letter and a statement of the administration's
follows. Each guard is a pitfall; the wrong reading must not happen."""

from anfragen.imports import documents, inquiry_reading, quoted_items
from anfragen.parse import parse_inquiry

# 51226 (layout imitated, own words): item f. quotes the askers' paper before it asks
QUOTE_INQUIRY = ["ANFRAGE",
                 "1. Wie weit ist die Raumplanung für Vereine gediehen?",
                 "2. Wie ist der Stand der Raumplanung für Vereine in diesen Bereichen:",
                 "a. Wie hoch sind die Mittel für das nächste Jahr?",
                 "b. Welche Räume stehen Vereinen derzeit offen?",
                 "c. Im Konzept steht: „Für Vereine ohne eigene Räume werden neue geschaffen.“ Hier",
                 "stellt sich die Frage, welche Vereine noch Räume brauchen. Was wurde dafür bereits",
                 "getan?",
                 "d. Wer verwaltet die Räume?"]

ANSWER_LINES = ["1. Wie weit ist die Raumplanung für Vereine gediehen?",
                "Die Planung ist abgeschlossen.", "",
                "2. Wie ist der Stand der Raumplanung für Vereine in diesen Bereichen:",
                "a. Wie hoch sind die Mittel für das nächste Jahr?",
                "Für das nächste Jahr sind 40.000 Euro eingeplant.", "",
                "b. Welche Räume stehen Vereinen derzeit offen?",
                "Es stehen drei Räume im Bürgerhaus offen, die nach Absprache genutzt werden können.",
                "c. Im Konzept steht: „Für Vereine ohne eigene Räume werden neue geschaffen.“ Hier stellt",
                "sich die Frage, welche Vereine noch Räume brauchen. Was wurde dafür bereits getan?",
                "Die Maßnahme wurde noch nicht begonnen, weil andere Vorhaben Vorrang hatten.", "",
                "d. Wer verwaltet die Räume?", "Das Bürgeramt."]


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_the_next_item_asking_after_a_quote_inside_the_answer_before_is_set_apart():
    found, issues = pairs(ANSWER_LINES, QUOTE_INQUIRY)
    by_number = {number: (text, answer) for number, text, answer in found}
    assert by_number["2b"][1] == "Es stehen drei Räume im Bürgerhaus offen, die nach Absprache genutzt werden können."
    assert by_number["2c"] == ("Im Konzept steht: „Für Vereine ohne eigene Räume werden neue geschaffen.“ Hier stellt "
                               "sich die Frage, welche Vereine noch Räume brauchen. Was wurde dafür bereits getan?",
                               "Die Maßnahme wurde noch nicht begonnen, weil andere Vorhaben Vorrang hatten.")
    assert by_number["2d"][1] == "Das Bürgeramt."
    assert issues == []


def test_an_item_the_inquiry_words_otherwise_stays_inside_the_answer_as_a_doubt():
    # the answer's item text is not the inquiry's item c: nothing is set apart, the parser doubts it
    lines = [line.replace("welche Vereine noch Räume brauchen", "wer künftig die Schlüssel ausgibt")
             for line in ANSWER_LINES]
    found, issues = pairs(lines, QUOTE_INQUIRY)
    assert "2c" not in [number for number, _text, _answer in found]
    assert [i for i in issues if "labelled question inside a paragraph" in i.reason]


def test_a_letter_that_is_not_the_next_item_is_not_set_apart():
    # "d." after item b: not the next letter, kept as read
    paragraphs = ["> b. Welche Räume stehen Vereinen derzeit offen?",
                  "Es gibt drei Räume. d. Im Konzept steht: „Neue Räume werden geschaffen.“ Was wurde getan? Nichts."]
    inquiry = "b. Welche Räume stehen Vereinen derzeit offen? d. Im Konzept steht: „Neue Räume werden " \
              "geschaffen.“ Was wurde getan?"
    assert quoted_items.set_apart_quoted_items(paragraphs, inquiry) == paragraphs


def test_an_item_followed_by_more_of_the_askers_words_is_not_set_apart():
    # what follows the "?" is no statement of the administration's (the askers' request goes on)
    paragraphs = ["> b. Welche Räume stehen Vereinen derzeit offen?",
                  "Es gibt drei Räume. c. Im Konzept steht: „Neue Räume werden für alle Vereine geschaffen.“ Was "
                  "wurde dafür getan? Bitte nach Stadtteilen aufschlüsseln."]
    inquiry = "b. Welche Räume stehen Vereinen derzeit offen? c. Im Konzept steht: „Neue Räume werden für alle " \
              "Vereine geschaffen.“ Was wurde dafür getan? Bitte nach Stadtteilen aufschlüsseln."
    assert quoted_items.set_apart_quoted_items(paragraphs, inquiry) == paragraphs


def test_without_the_inquiry_nothing_is_set_apart():
    paragraphs = ["> b. Welche Räume stehen Vereinen derzeit offen?",
                  "Es gibt drei Räume. c. Im Konzept steht: „Neue Räume werden geschaffen.“ Was wurde getan? Nichts."]
    assert quoted_items.set_apart_quoted_items(paragraphs, "") == paragraphs
