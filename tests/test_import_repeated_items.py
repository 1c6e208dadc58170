"""An answer document that repeats the inquiry's "- " sub-questions one by one, unnumbered,
each followed by its answer (``anfragen/imports/repeated_items.py``): the repeated sentences
are its questions. Fixtures are invented; they imitate the layout of 2023/0263."""

from anfragen.imports import documents, inquiry_reading, repeated_items
from anfragen.parse import parse_inquiry

LIBRARY_INQUIRY = [
    "Wir bitten um Stellungnahme zu den folgenden Fragen:",
    "1. Zum Angebot der Stadtteilbibliothek:",
    "- Wie viele Bücher stehen derzeit im Bestand?",
    "Wie viele davon wurden im letzten Jahr neu angeschafft?",
    "- Nach welchen Kriterien wird der Bestand ausgewählt?",
    "- Wie oft werden die Öffnungszeiten überprüft?",
    "2. Zur Nutzung durch Schulklassen:",
    "- Wie viele Schulklassen besuchen die Bibliothek im Monat?",
    "Gibt es dafür feste Termine?",
]

LIBRARY_ANSWER = [
    "Die Stadtbibliothek nimmt wie folgt zu den Fragen Stellung:", "",
    "Wie viele Bücher stehen derzeit im Bestand?", "",
    "Im Bestand stehen rund 14.000 Bücher.", "",
    "Wie viele davon wurden im letzten Jahr neu angeschafft?", "",
    "Im letzten Jahr kamen 600 Bücher hinzu.", "",
    "Nach welchen Kriterien wird der Bestand ausgewählt?", "",
    "Maßgeblich sind die Wünsche der Leserschaft und die Ausleihzahlen.",
    "Wie oft werden die Öffnungszeiten überprüft?", "",
    "Die Öffnungszeiten werden einmal im Jahr überprüft.", "",
    "Das Schulamt nimmt wie folgt zur Nutzung durch Schulklassen Stellung:", "",
    "Wie viele Schulklassen besuchen die Bibliothek im Monat?", "",
    "Im Monat kommen etwa zwölf Klassen.", "",
    "Gibt es dafür feste Termine?", "",
    "Ja, jeweils am Dienstagvormittag.",
]


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> tuple[str, str]:
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))


def _pairs(body: str) -> list[tuple[str, str | None]]:
    parsed = parse_inquiry(body)
    return [(q.text, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


def test_the_repeated_sentences_of_the_items_are_the_questions_each_with_its_answer():
    body, how = _compose(LIBRARY_INQUIRY, LIBRARY_ANSWER)
    assert how == "repeated items"
    assert "## Stellungnahme" not in body
    parsed = parse_inquiry(body)
    assert parsed.issues == []
    assert _pairs(body) == [
        ("Wie viele Bücher stehen derzeit im Bestand?", "Im Bestand stehen rund 14.000 Bücher."),
        ("Wie viele davon wurden im letzten Jahr neu angeschafft?", "Im letzten Jahr kamen 600 Bücher hinzu."),
        ("Nach welchen Kriterien wird der Bestand ausgewählt?",
         "Maßgeblich sind die Wünsche der Leserschaft und die Ausleihzahlen."),
        # run onto the answer before it by extraction: set apart, not the end of that answer
        ("Wie oft werden die Öffnungszeiten überprüft?", "Die Öffnungszeiten werden einmal im Jahr überprüft."),
        ("Wie viele Schulklassen besuchen die Bibliothek im Monat?", "Im Monat kommen etwa zwölf Klassen."),
        ("Gibt es dafür feste Termine?", "Ja, jeweils am Dienstagvormittag."),
    ]


def test_the_askers_lead_and_the_documents_part_heading_are_context_not_answer_text():
    body, _how = _compose(LIBRARY_INQUIRY, LIBRARY_ANSWER)
    parsed = parse_inquiry(body)
    assert parsed.questions[0].context == "Zum Angebot der Stadtteilbibliothek:"
    assert "Zur Nutzung durch Schulklassen:" in parsed.questions[4].context
    assert "Das Schulamt nimmt wie folgt" in parsed.questions[4].context
    assert "Schulamt" not in parsed.answers[parsed.questions[3].answer].text


def test_a_sentence_of_the_items_the_answer_does_not_repeat_is_not_read_so():
    # nothing may be lost: with one sentence left out the layout is not read (the answer's
    # "?" paragraphs are then read as before, numbered by their position)
    answer = [line for line in LIBRARY_ANSWER if not line.startswith("Gibt es dafür")]
    _body, how = _compose(LIBRARY_INQUIRY, answer)
    assert how != "repeated items"


def test_sentences_repeated_out_of_the_inquirys_order_are_not_read_so():
    answer = list(LIBRARY_ANSWER)
    first, second = answer.index("Wie viele Bücher stehen derzeit im Bestand?"), \
        answer.index("Wie viele davon wurden im letzten Jahr neu angeschafft?")
    answer[first], answer[second] = answer[second], answer[first]
    _body, how = _compose(LIBRARY_INQUIRY, answer)
    assert how != "repeated items"


def test_two_repeated_groups_without_answer_text_between_them_are_not_read_so():
    answer = [line for line in LIBRARY_ANSWER if line != "Im Bestand stehen rund 14.000 Bücher."]
    _body, how = _compose(LIBRARY_INQUIRY, answer)
    assert how != "repeated items"


def test_only_questions_made_of_a_lead_and_asking_items_are_read_so():
    assert repeated_items.lead_and_sentences("Zur Halle: - Wie groß ist sie? Wer nutzt sie? - Wann?") is None
    assert repeated_items.lead_and_sentences("Zur Halle: - Wie groß ist die Halle? Wer nutzt die Halle?") == (
        "Zur Halle:", ["Wie groß ist die Halle?", "Wer nutzt die Halle?"])
    # an item that asks nothing, or a question without items, is another layout
    assert repeated_items.lead_and_sentences("Zur Halle: - Bitte die Nutzer nennen.") is None
    assert repeated_items.lead_and_sentences("Wie groß ist die Halle? Wer nutzt die Halle?") is None


def test_an_answer_that_asks_anything_else_is_not_read_so():
    # a question only the answer document asks (or the askers' words left in it): which
    # text answers what is not settled by the repetition alone
    answer = list(LIBRARY_ANSWER)
    answer[answer.index("Im Monat kommen etwa zwölf Klassen.")] = \
        "Im Monat kommen etwa zwölf Klassen. Reicht das? Wir meinen ja."
    _body, how = _compose(LIBRARY_INQUIRY, answer)
    assert how != "repeated items"
