"""An inquiry that goes on with the numbering of an earlier one ("Unter Punkt 3. unserer
Anfrage vom … hatten wir gefragt"): its first question is "3.", and the answer document
repeats it so. The importer, which has the inquiry at hand, writes front matter
``first_number`` (``anfragen/imports/first_numbers.py``); the parser's numbering then opens
at that number (``anfragen/numbering.py``). A numbering that really starts wrongly (the
answer without question 1 of an inquiry that asks it) stays a break. Fixtures are invented;
they imitate a layout of the Karlsruhe corpus (2018/0487)."""

import pytest

from anfragen.imports import documents, oparl
from anfragen.imports.first_numbers import first_question_number
from anfragen.markdown import FrontMatterError, split_document
from anfragen.parse import parse_inquiry

LEAD = ("3. Laut der Vorlage zum Neubau des Hallenbads vom 12.03.2015 (Vorlage Nr. 815 zu TOP 4) sollte der "
        "Betreiber die Parkplätze an der Ostseite am Wochenende und an Feiertagen für die Anwohner der "
        "umliegenden Straßen öffnen, damit der Parkdruck in den Wohnstraßen sinkt.")
SUBS = ["3.1 Ist diese Öffnung der Parkplätze für die Anwohner im Vertrag mit dem Betreiber des Bades festgehalten?",
        "3.2. Falls ja: Hält sich der Betreiber an diese Zusage aus dem Vertrag?",
        "3.3. Falls nein: Warum wurde die Zusage nicht in den Vertrag aufgenommen?",
        "3.4. Falls nein: Wird die Stadtverwaltung beim Betreiber darauf hinwirken, die Parkplätze zu öffnen?",
        "3.5. Falls nein: Warum nicht?",
        "3.6. Wird die Stadtverwaltung die Anwohner über die Gespräche mit dem Betreiber unterrichten?",
        "3.7. Falls nein: Warum nicht?"]
INQUIRY = "\n".join([
    "ANFRAGE", "Stadträtin B. Beispiel (Badepartei)", "", "Nachfrage: Parkplätze am Hallenbad", "",
    "Unter Punkt 3. unserer Anfrage vom 4. Mai 2023 hatten wir gefragt und keine Antwort erhalten:", "",
    LEAD, *SUBS, "", "Wir bitten nochmals um Antwort.", "", "unterzeichnet von:", "B. Beispiel", ""])
ANSWER_TEXT = ("Der Vertrag mit dem Betreiber regelt die Parkplätze nicht. Die Stadt hat den Betreiber um eine "
               "Öffnung am Wochenende gebeten.")


def _answer(lead: str = LEAD) -> str:
    return "\n".join(["Stadt Musterstadt", "Der Oberbürgermeister", "", "STELLUNGNAHME zur Anfrage",
                      "Stadträtin B. Beispiel (Badepartei)", "", "Vorlage Nr.:", "", "Verantwortlich:", "2024/0200",
                      "", "Dez. 5", "Nachfrage: Parkplätze am Hallenbad", "", "Gremium Termin TOP ö nö", "Ergebnis",
                      "Gemeinderat 18.06.2024 7", "x", "", lead, *SUBS, "", ANSWER_TEXT, ""])


def _converted(answer: str, inquiry: str = INQUIRY):
    item = oparl.PaperFiles(
        {"reference": "2024/0200", "name": "Nachfrage: Parkplätze am Hallenbad",
         "mainFile": {"id": "f/1", "name": "Badepartei Parkplätze"},
         "auxiliaryFile": [{"id": "f/2", "name": "Stellungnahme TOP 7"}]},
        {"1": inquiry, "2": answer})
    result = oparl.convert_paper(item, None)
    return result.front, parse_inquiry(documents.render(result.front, result.body))


def _breaks(parsed) -> list[str]:
    return [i.reason for i in parsed.issues if i.reason.startswith("numbering breaks")]


def test_an_inquiry_going_on_with_an_earlier_numbering_opens_the_count_at_its_first_number():
    front, parsed = _converted(_answer())
    assert front["first_number"] == 3
    assert [q.number for q in parsed.questions] == ["3"]
    assert parsed.questions[0].text.startswith("Laut der Vorlage") and parsed.questions[0].text.endswith("3.7. Falls nein: Warum nicht?")
    assert parsed.answers[parsed.questions[0].answer].text == ANSWER_TEXT
    assert parsed.issues == []


def _first_number(inquiry: str, answer: str) -> int | None:
    return first_question_number(inquiry.split("\n"), answer.split("\n\n"))


def _answer_paragraphs(lead: str = LEAD) -> str:
    return "\n\n".join(["Vorlage Nr.: 2024/0200", " ".join([lead, *SUBS]), ANSWER_TEXT])


def test_the_importer_writes_the_number_where_inquiry_and_answer_both_start_there():
    assert _first_number(INQUIRY, _answer_paragraphs()) == 3


def test_a_missing_first_question_of_an_inquiry_that_asks_it_stays_a_break():
    # the inquiry asks 1. to 3., the answer document starts at 3.: questions 1 and 2 are missing
    inquiry = INQUIRY.replace(LEAD, "1. Wie viele Parkplätze hat das Hallenbad?\n"
                                    "2. Wer bewirtschaftet sie?\n" + LEAD)
    assert _first_number(inquiry, _answer_paragraphs()) is None
    front, parsed = _converted(_answer(), inquiry)
    assert front.get("first_number") is None
    assert parsed.issues  # not complete


def test_a_number_below_the_first_anywhere_in_the_inquiry_keeps_the_break():
    # "3." first, then "1." further down (another list of theirs): the inquiry does not start at 3
    assert _first_number(INQUIRY.replace("Wir bitten", "1. Wir bitten"), _answer_paragraphs()) is None


def test_an_answer_starting_with_other_words_than_the_inquirys_first_question_keeps_the_break():
    lead = "3. Laut einer Mitteilung des Sportamts vom Frühjahr 2016 werden die Parkplätze neu vergeben."
    assert _first_number(INQUIRY, _answer_paragraphs(lead)) is None


def test_an_answer_starting_at_another_number_keeps_the_break():
    assert _first_number(INQUIRY, _answer_paragraphs(LEAD.replace("3. ", "4. ", 1))) is None
    assert _first_number(INQUIRY.replace("3. Laut", "1. Laut"), _answer_paragraphs(LEAD.replace("3. ", "1. ", 1))) \
        is None  # a numbering from 1 needs no key


def test_without_the_inquiry_no_number_is_written():
    assert _first_number("", _answer_paragraphs()) is None
    item = oparl.PaperFiles({"reference": "2024/0200", "name": "Parkplätze",
                             "mainFile": {"id": "f/2", "name": "Stellungnahme TOP 7"}}, {"2": _answer()})
    assert oparl.convert_paper(item, None).front.get("first_number") is None


def test_the_parser_opens_the_count_where_the_front_matter_says():
    body = "3. Wird das Bad saniert?\n\nJa, ab 2026.\n\n4. Was kostet das?\n\nRund 8 Millionen Euro.\n"
    parsed = parse_inquiry(f"---\nfirst_number: 3\n---\n\n{body}")
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions] == \
        [("3", "Ja, ab 2026."), ("4", "Rund 8 Millionen Euro.")]
    assert parsed.issues == []
    assert _breaks(parse_inquiry(body))  # without it: questions 1 and 2 are missing


def test_a_first_question_below_the_stated_number_is_a_break():
    body = "1. Wird das Bad saniert?\n\nJa, ab 2026.\n\n2. Was kostet das?\n\nRund 8 Millionen Euro.\n"
    assert _breaks(parse_inquiry(f"---\nfirst_number: 3\n---\n\n{body}"))


@pytest.mark.parametrize("value", ["vier", "1", "3.5", "true"])
def test_first_number_must_be_a_whole_number_from_two(value):
    with pytest.raises(FrontMatterError, match="first_number"):
        split_document(f"---\nfirst_number: {value}\n---\n\n1. Wie?\n")
