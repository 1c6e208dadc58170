"""The askers' request in the passive ("2. Für jeden Stadtteil soll … beschrieben werden."),
a conditional lead into lettered sub-questions ("3. Sofern …:" / "a. Welche …?"), and the
answer's numbered list headings right under a question ("1. Fehlende Mittel")."""

from anfragen import layouts
from anfragen.imports import documents, inquiry_reading
from anfragen.parse import parse_inquiry

INQUIRY = """Anfrage
Die Verwaltung stellt dar

1. in welcher Form die Spielplätze derzeit in den Stadtteilen gepflegt werden.

2. Für jeden Stadtteil soll der Zustand der Spielplätze in Kurzform beschrieben werden.

3. Sofern in einzelnen Stadtteilen Spielplätze noch nicht saniert wurden:
a. Welche Gründe liegen für die fehlende Sanierung vor?
b. Wann soll die Sanierung beginnen?

4. Wie hoch sind die jährlichen Kosten der Pflege?

Begründung
Spielplätze sind wichtig.""".splitlines()

ANSWER = """1. In welcher Form die Spielplätze derzeit in den Stadtteilen gepflegt werden.
Die Spielplätze werden vom Gartenamt zweimal im Jahr geprüft.

2. Für jeden Stadtteil soll der Zustand der Spielplätze in Kurzform beschrieben werden.
Oststadt gut Weststadt mittel Südstadt gut

3. Sofern in einzelnen Stadtteilen Spielplätze noch nicht saniert wurden:

a. Welche Gründe liegen für die fehlende Sanierung
vor?
1. Fehlende Mittel
- Der Haushalt sieht keine Mittel vor.
2. Fehlendes Personal
- Es fehlen zwei Stellen.

b. Wann soll die Sanierung beginnen?
1. Zeitplan
Die Sanierung beginnt im Frühjahr.

4. Wie hoch sind die jährlichen Kosten der Pflege?
Die Pflege kostet rund 40.000 Euro im Jahr.""".splitlines()


def _pairs(answer_lines: list[str]) -> tuple[list[tuple[str, str]], list]:
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(answer_lines, expected, " ".join(INQUIRY))
    inquiry = parse_inquiry(body)
    return [(q.number, inquiry.answers[q.answer].text if q.answer is not None else None)
            for q in inquiry.questions], inquiry.issues


def test_a_request_in_the_passive_is_the_askers_request():
    assert layouts.tells_as_request("Für jede Dienststelle soll der Stand in Kurzform beschrieben werden.")
    assert layouts.tells_as_request("Speziell sollen die Pläne dargestellt werden.")


def test_a_passive_sentence_that_tells_nothing_or_asks_is_no_request():
    assert not layouts.tells_as_request("Für jede Schule soll bis 2027 ein Konzept erstellt werden.")
    assert not layouts.tells_as_request("Für jede Schule soll beschrieben werden, ob es reicht?")
    # more than a short phrase before "soll": a sentence of its own, not the request
    assert not layouts.tells_as_request("Nach der Sanierung der vielen alten Spielplätze soll der Stand "
                                        "beschrieben werden.")


def test_passive_request_lead_and_list_headings_are_each_paired_with_their_own_answer():
    pairs, issues = _pairs(ANSWER)
    assert [number for number, _ in pairs] == ["1", "2", "3", "3b", "4"]
    answers = dict(pairs)
    assert answers["2"] == "Oststadt gut Weststadt mittel Südstadt gut"
    # the lead and its first item are question 3 (as the walker reads "…:" then "> a. …?")
    assert answers["3"].startswith("1\\. Fehlende Mittel")
    assert "Es fehlen zwei Stellen." in answers["3"]
    assert answers["3b"] == "1\\. Zeitplan Die Sanierung beginnt im Frühjahr."
    assert answers["4"] == "Die Pflege kostet rund 40.000 Euro im Jahr."
    assert issues == []


def test_the_list_heading_is_never_the_questions_last_words():
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(ANSWER, expected, " ".join(INQUIRY))
    inquiry = parse_inquiry(body)
    sub_questions = [q.text for q in inquiry.questions if q.number in ("3", "3b")]
    assert all(text.rstrip().endswith("?") for text in sub_questions)
    assert not any("Fehlende Mittel" in text or "Zeitplan" in text for text in sub_questions)


def test_a_passive_sentence_of_the_answer_alone_is_not_marked_as_the_askers():
    # the administration's own words, worded like the request, but not in the inquiry
    answer = ANSWER[:2] + ["", "Für jeden Stadtteil soll künftig der Zustand jährlich beschrieben werden."] + ANSWER[2:]
    expected = inquiry_reading.inquiry_questions(INQUIRY)
    body, _how = documents.compose_body(answer, expected, " ".join(INQUIRY))
    assert body.count("> Ersuchen:") == 1  # only the inquiry's request 2
    pairs, _issues = _pairs(answer)
    assert "künftig der Zustand jährlich beschrieben" in dict(pairs)["1"]


def test_a_numbered_line_after_a_statement_goes_on_with_its_paragraph():
    assert not documents._heads_list_after_question("Die Mittel fehlen.", "2. Fehlendes Personal")
    assert not documents._heads_list_after_question("Welche Gründe gibt es?", "2. Wie viele fehlen?")
    assert documents._heads_list_after_question("Welche Gründe gibt es?", "1. Fehlende Mittel")
