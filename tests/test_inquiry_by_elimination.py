"""The faction's own file of an inquiry named like a motion ("TOP 14 - Antrag …") and
without an "ANFRAGE" heading, and an inquiry whose letters head sections with questions
numbered anew ("A) Zum …:" / "1) …?"). Layout imitated, words our own."""

from __future__ import annotations

from types import SimpleNamespace

from anfragen import chart_axis
from anfragen.imports import cleanup, documents, inquiry_reading, oparl
from anfragen.parse import parse_inquiry

REASONS = ("Der Ortschaftsrat hat im Frühjahr über die Pflege der Spielplätze beraten, die Spielgeräte sind "
           "teils dreißig Jahre alt, manche Flächen sind seit dem Sturm gesperrt, und viele Eltern weichen "
           "auf die Nachbarorte aus. Die Spielplatzkonzeption der Stadt nennt Ziele für alle Stadtteile, "
           "doch ein Zeitplan für die Ortsteile fehlt bisher, und auch die Beteiligung der Kinder, die das "
           "Jugendbüro vor zwei Jahren begonnen hat, ist seither nicht fortgeführt worden. Im Haushalt "
           "stehen Mittel für Sanierungen bereit, deren Verteilung auf die Ortsteile aber nicht "
           "veröffentlicht wurde, und die Vereine, die Patenschaften übernehmen wollen, warten auf eine "
           "Antwort der Verwaltung.")
LONG_QUESTION = REASONS + " Wie und bis wann werden die Spielplätze der Ortsteile saniert?"

INQUIRY = ("Thema: Spielplätze in den Ortsteilen\nFraktion Grüne Wiese\neingegangen am: 03.03.2023\n"
           "Vorlage Nr.: 2023/0101\n\nWir bitten um Beantwortung folgender Fragen:\n\n"
           "A) Zum Spielplatz am Bach:\n1) Wann wird die Schaukel ersetzt?\n2) Wer prüft die Geräte?\n\n"
           "B) Zu den Ortsteilen:\n1) " + LONG_QUESTION + "\n\nAnfrage\n")
ANSWER = ("Stellungnahme zur Anfrage\nVorlage Nr.: 2023/0101\nVerantwortlich: Dez. 5\n\n"
          "Die Stadtverwaltung nimmt zur Anfrage wie folgt Stellung:\n\n"
          "A) Zum Spielplatz am Bach:\n\n1) Wann wird die Schaukel ersetzt?\nIm Mai.\n\n"
          "2) Wer prüft die Geräte?\nDas Gartenbauamt, monatlich.\n\n"
          "B) Zu den Ortsteilen:\n\n1) " + LONG_QUESTION + "\nBis 2026, nach der Reihenfolge der Gutachten.\n")


def _paper(inquiry: str = INQUIRY, kind: str = "Anfrage", inquiry_name: str = "TOP 3 - Antrag Spielplätze",
           more: list[dict] | None = None) -> oparl.PaperFiles:
    return oparl.PaperFiles(
        {"reference": "2023/0101", "name": "Spielplätze", "paperType": kind,
         "mainFile": {"id": "f/1", "name": inquiry_name},
         "auxiliaryFile": [{"id": "f/2", "name": "TOP 3 - Stellungnahme Spielplätze"}] + (more or [])},
        {"1": inquiry, "2": ANSWER, "3": "Folie 1\nAnfrage\nLageplan\n"})


def _read(item: oparl.PaperFiles):
    result = oparl.convert_paper(item, None)
    return parse_inquiry(documents.render(result.front, result.body), "test.md")


def test_the_only_other_file_of_an_inquiry_that_names_itself_anfrage_is_its_inquiry():
    read = _read(_paper())
    assert [(q.number, read.answers[q.answer].text) for q in read.questions] == [
        ("A.1", "Im Mai."), ("A.2", "Das Gartenbauamt, monatlich."),
        ("B.1", "Bis 2026, nach der Reihenfolge der Gutachten.")]
    assert read.questions[2].text.endswith("saniert?") and not read.issues


def test_without_the_inquiry_the_long_question_stays_text():
    # guard: a labelled paragraph of 600 characters is a question only where the inquiry asks it
    read = _read(_paper(kind="Antrag"))
    assert "B.1" not in [q.number for q in read.questions] and read.issues


def test_a_motion_filed_as_an_inquiry_is_not_read_as_one():
    motion = "ANTRAG\nFraktion Grüne Wiese\n\nDie Fraktion beantragt:\nDie Stadt saniert alle Spielplätze.\nAnfrage\n"
    files = oparl.paper_files(_paper(motion).paper)
    kinds = {oparl.file_key(f): "other" if f["id"] == "f/1" else "answer" for f in files}
    assert oparl.inquiry_by_elimination(_paper(motion).paper, files, kinds, {"1": motion}) is None


def test_only_a_sole_file_besides_the_answer_counts():
    item = _paper(more=[{"id": "f/3", "name": "TOP 3 - Lageplan"}])
    files = oparl.paper_files(item.paper)
    kinds = {oparl.file_key(f): "answer" if f["id"] == "f/2" else "other" for f in files}
    assert oparl.inquiry_by_elimination(item.paper, files, kinds, item.texts) is None
    kinds["3"] = "minutes"
    assert oparl.inquiry_by_elimination(item.paper, files, kinds, item.texts)["id"] == "f/1"


def test_an_attachment_or_a_text_not_naming_itself_anfrage_is_no_inquiry():
    for name, text in (("TOP 3 - Anlage Spielplätze", INQUIRY), ("TOP 3 - Antrag", INQUIRY.replace("\nAnfrage\n", ""))):
        item = _paper(text, inquiry_name=name)
        files = oparl.paper_files(item.paper)
        kinds = {oparl.file_key(f): "answer" if f["id"] == "f/2" else "other" for f in files}
        assert oparl.inquiry_by_elimination(item.paper, files, kinds, item.texts) is None


def test_letters_heading_sections_give_no_numbers_to_follow():
    assert inquiry_reading.inquiry_questions(cleanup.clean_lines(INQUIRY)) == []


def test_a_letter_that_asks_itself_stays_a_question():
    # guard: "A. Welche Kosten wurden kalkuliert: 1. für …" is a question with its items
    asking = [SimpleNamespace(number="A.", text="Welche Kosten wurden kalkuliert: 1. für den Bau, 2. für die Pflege"),
              SimpleNamespace(number="B.", text="Wer trägt die Kosten: 1. die Stadt, 2. der Verein")]
    assert not inquiry_reading.heads_letter_sections(asking)
    headings = [SimpleNamespace(number="A)", text="Zum Bach: 1) Wann …?"),
                SimpleNamespace(number="B)", text="Zu den Ortsteilen: 1) Wie …?")]
    assert inquiry_reading.heads_letter_sections(headings)


def test_a_percentage_axis_in_an_answer_is_a_chart_extracted_into_it():
    assert chart_axis.has_chart_axis("möglichkeiten bei Interessen. 0% 10% 20% 30% 40% Nordstadt Weststadt")
    assert chart_axis.has_chart_axis("0 % 25 % 50 % 75 % 100 %")


def test_figures_a_sentence_states_are_no_axis():
    assert not chart_axis.has_chart_axis("Die Quote stieg von 0 % auf 10 %, dann 20 % und 30 %.")
    assert not chart_axis.has_chart_axis("Anteile: 0% 10% 25% 30% der Fläche")
    assert not chart_axis.has_chart_axis("10% 20% 30% 40%")
