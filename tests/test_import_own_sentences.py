"""A question's own later sentences, repeated in its answer and answered one by one, stay
with their question (``anfragen/imports/own_sentences.py``); the askers' words that end a
question stay with it where a header answers it or a page broke their labelled item
(``askers_words``, ``walker._explicit_answer``). Fixtures are invented; they imitate
layouts of the Karlsruhe corpus."""

from anfragen.imports import askers_words, documents, inquiry_reading, own_sentences
from anfragen.parse import parse_inquiry

CLUB_INQUIRY = [
    "1. Wie viele Sportvereine gibt es in der Stadt?",
    "2. Wie viele Sportvereine haben eine eigene Halle? Wie viele Mitglieder zählen diese Vereine zusammen? "
    "Wie viele Mitglieder davon sind jünger als achtzehn Jahre?",
    "3. Wann wird die neue Halle im Süden eröffnet?",
]


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> str:
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))[0]


def _answers(parsed) -> list[str | None]:
    return [parsed.answers[q.answer].text if q.answer is not None else None for q in parsed.questions]


def test_later_sentences_repeated_and_answered_one_by_one_stay_with_their_question():
    # 2017/0818, 2020/0047: "6. Wie viele … gibt es?" repeated alone, its next sentences
    # each repeated after the answer before (one inside a paragraph), then answered
    body = _compose(CLUB_INQUIRY, [
        "1. Wie viele Sportvereine gibt es in der Stadt?", "", "Es sind 120.", "",
        "2. Wie viele Sportvereine haben eine eigene Halle?", "", "Es sind 14.", "",
        "Wie viele Mitglieder zählen diese Vereine zusammen?",
        "Dazu liegen keine Zahlen vor. Wie viele Mitglieder davon sind jünger als achtzehn Jahre?",
        "Auch dazu liegen keine Zahlen vor.", "",
        "3. Wann wird die neue Halle im Süden eröffnet?", "", "Im Herbst 2027."])
    assert "Fragesteller" not in body
    parsed = parse_inquiry(body)
    assert parsed.questions[1].text == CLUB_INQUIRY[1][3:]
    assert _answers(parsed)[1].startswith("Es sind 14.")
    assert _answers(parsed)[1].endswith("Auch dazu liegen keine Zahlen vor.")
    assert _answers(parsed)[2] == "Im Herbst 2027."
    assert parsed.issues == []


def test_a_typing_slip_in_the_inquiry_does_not_hide_the_questions_own_sentence():
    # 2019/1119: the inquiry's "Hausmeiser", the answer document's "Hausmeister"
    inquiry = ["Für welche Bereiche wie Schule und Spielplätze ist der Hausmeister zuständig? "
               "Wie viele Stunden stehen dem Hausmeiser für die einzelnen Gebäude zur Verfügung?"]
    body = _compose(inquiry, [
        "Für welche Bereiche wie Schule und Spielplätze ist der Hausmeister zuständig?",
        "Er ist für die Schule und die Halle zuständig.", "",
        "Wie viele Stunden stehen dem Hausmeister für die einzelnen Gebäude zur Verfügung?",
        "Je die Hälfte seiner Arbeitszeit."])
    parsed = parse_inquiry(body)
    assert len(parsed.questions) == 1 and parsed.questions[0].text.endswith("zur Verfügung?")
    assert _answers(parsed)[0].endswith("Je die Hälfte seiner Arbeitszeit.")
    assert parsed.issues == []


def test_a_later_sentence_the_answer_leaves_out_is_not_added():
    # the answer repeats only the first sentence and never the second: the question stays as repeated
    body = _compose(CLUB_INQUIRY, [
        "1. Wie viele Sportvereine gibt es in der Stadt?", "", "Es sind 120.", "",
        "2. Wie viele Sportvereine haben eine eigene Halle?", "", "Es sind 14. Zahlen zu Mitgliedern fehlen.", "",
        "3. Wann wird die neue Halle im Süden eröffnet?", "", "Im Herbst 2027."])
    assert "2. Wie viele Sportvereine haben eine eigene Halle?\n" in body


def test_sentences_repeated_without_an_answer_after_them_settle_nothing():
    # the last sentence repeated right before the next question, nothing answering it
    sentences = ["Wie viele Mitglieder zählen diese Vereine zusammen?",
                 "Wie viele Mitglieder davon sind jünger als achtzehn Jahre?"]
    assert own_sentences.repeated_one_by_one(["Es sind 14.", sentences[0], "Keine Zahlen.", sentences[1]],
                                             sentences) is False
    assert own_sentences.repeated_one_by_one(["Es sind 14.", *sentences, "Keine Zahlen."], sentences) is True
    assert own_sentences.repeated_one_by_one([*sentences, "Keine Zahlen."], sentences) is False  # no answer before


def test_an_item_of_the_question_is_no_sentence_of_its_running_text():
    # 2015/0131: "- Und ggf. in welchem Verhältnis …?" listed under a question is an item that
    # may belong to it or to the section: repeated after an answer it stays a doubt
    question = "Wer trägt die Mehrkosten? - Und in welchem Verhältnis geschieht das genau?"
    assert own_sentences.later_sentences("Wer trägt die Mehrkosten?", question) == []
    assert own_sentences.later_sentences("Wer trägt die Mehrkosten?", "Wer trägt die Mehrkosten? "
                                         "Und in welchem Verhältnis geschieht das genau?") == [
        "Und in welchem Verhältnis geschieht das genau?"]
    assert own_sentences.later_sentences("Wer zahlt?", question) == []  # not the question's opening


def test_a_question_that_also_states_something_is_left_as_repeated():
    question = "Wie viele Vereine gibt es? Bitte nach Stadtteilen aufschlüsseln."
    assert own_sentences.later_sentences("Wie viele Vereine gibt es?", question) == []


TICKET_INQUIRY = [
    "1. Wie haben sich die Preise der Monatskarten entwickelt?",
    "2. Ist ein Zuschuss für alle Monatskarten sinnvoll?",
    "a. Welche Kosten entstünden dafür im Jahr? Bitte um eine Aufstellung der Kosten nach Kartenart.",
]


def test_the_askers_request_between_a_question_and_the_header_answering_it_is_the_questions():
    # 2021/1199: "> a. Welche Kosten …?" / "> Fragesteller: Bitte um Auflistung …" / "Zu 5. + 5a:"
    body = _compose(TICKET_INQUIRY, [
        "1. Wie haben sich die Preise der Monatskarten entwickelt?", "", "Sie stiegen um 8 %.", "",
        "2. Ist ein Zuschuss für alle Monatskarten sinnvoll?",
        "a. Welche Kosten entstünden dafür im Jahr? Bitte um eine Aufstellung der Kosten nach Kartenart.", "",
        "Zu 2.:", "Es entstünden Mehrkosten von 90.000 Euro im Jahr."])
    parsed = parse_inquiry(body)
    assert parsed.issues == []
    asked = " ".join(q.text for q in parsed.questions)
    assert "Bitte um eine Aufstellung der Kosten nach Kartenart." in asked
    assert not any("Aufstellung" in (answer or "") for answer in _answers(parsed))
    assert _answers(parsed)[-1].endswith("Es entstünden Mehrkosten von 90.000 Euro im Jahr.")


GARDEN_INQUIRY = [
    "A. Wird der Spielplatz an der Schule erneuert?",
    "B. Im Gutachten zum Nachbargrundstück wurden seltene Eidechsen nachgewiesen. Auch Fledermäuse leben "
    "in den alten Bäumen. Wurde für das Grundstück ein eigenes Gutachten erstellt? Falls ja, bitten wir um "
    "Zusendung.",
    "C. Bleiben die alten Bäume stehen?",
]


def test_a_page_break_inside_the_askers_labelled_item_does_not_cut_its_question_off():
    # 2014/0175: "G. Im … Gutachten … Baumbestand." / page break / "Wurden … erstellt? Falls JA …"
    body = _compose(GARDEN_INQUIRY, [
        "A. Wird der Spielplatz an der Schule erneuert?", "", "Ja, im Sommer.", "",
        "B. Im Gutachten zum Nachbargrundstück wurden seltene Eidechsen nachgewiesen. Auch Fledermäuse leben",
        "in den alten Bäumen.", "", "",
        "Wurde für das Grundstück ein eigenes Gutachten erstellt? Falls ja, bitten wir um Zusendung.", "",
        "Ein eigenes Gutachten liegt noch nicht vor.", "",
        "C. Bleiben die alten Bäume stehen?", "", "Nein."])
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["A", "B", "C"]
    assert parsed.questions[1].text.endswith("Falls ja, bitten wir um Zusendung.")
    assert _answers(parsed) == ["Ja, im Sommer.", "Ein eigenes Gutachten liegt noch nicht vor.", "Nein."]
    assert parsed.issues == []


def test_the_administrations_labelled_paragraph_takes_no_words_of_the_askers():
    # a labelled paragraph that is not the askers' (its end does not go on with their words)
    paragraphs = ["A. Wird der Spielplatz an der Schule erneuert?", "Ja, im Sommer.",
                  "B. Die Verwaltung hat das Grundstück begangen.",
                  "Wurde für das Grundstück ein eigenes Gutachten erstellt? Falls ja, bitten wir um Zusendung."]
    out = askers_words.set_apart_askers_words(paragraphs, " ".join(GARDEN_INQUIRY), GARDEN_INQUIRY[0][3:])
    assert out[2] == "B. Die Verwaltung hat das Grundstück begangen."
    assert out[3].startswith("> Fragesteller: Wurde für das Grundstück")


OFFICE_INQUIRY = [
    "1. Wie viele Anträge auf Förderung sind eingegangen?",
    "2. Welche Schritte zur Gründung eines Beratungszentrums wurden bisher unternommen? "
    "Welche Raumwünsche benennen die Kooperationspartner*innen? Welche digitalen Angebote bleiben bestehen?",
    "3. Wann ist die Eröffnung geplant?",
]


def test_a_later_sentence_repeated_in_slightly_other_words_stays_with_its_question():
    # 2022/2011: the inquiry's "… benennen die Kooperationspartner*innen?", the answer's
    # "… nennen die Kooperationspartner?" run into its answer; the next sentence as asked
    body = _compose(OFFICE_INQUIRY, [
        "1. Wie viele Anträge auf Förderung sind eingegangen?", "", "Es sind 31.", "",
        "2. Welche Schritte zur Gründung eines Beratungszentrums wurden bisher unternommen?", "",
        "Ein Gebäude wurde besichtigt, aber nicht angemietet.", "",
        "Welche Raumwünsche nennen die Kooperationspartner?",
        "Gewünscht sind 600 qm mit acht Büros und zwei Schulungsräumen.", "",
        "Welche digitalen Angebote bleiben bestehen? Siehe Antwort zu 1.", "",
        "3. Wann ist die Eröffnung geplant?", "", "Ein Termin steht noch nicht fest."])
    parsed = parse_inquiry(body)
    assert parsed.issues == []
    assert parsed.questions[1].text == OFFICE_INQUIRY[1][3:]
    assert _answers(parsed)[1].startswith("Ein Gebäude wurde besichtigt")
    assert "Gewünscht sind 600 qm" in _answers(parsed)[1]
    assert _answers(parsed)[1].endswith("Siehe Antwort zu 1.")
    assert _answers(parsed)[2] == "Ein Termin steht noch nicht fest."


def test_a_sentence_lengthened_into_another_word_is_no_repetition():
    # "Raumwünsche" / "Zusatzraumwünsche": another question, perhaps; the doubt stays
    body = _compose(OFFICE_INQUIRY, [
        "1. Wie viele Anträge auf Förderung sind eingegangen?", "", "Es sind 31.", "",
        "2. Welche Schritte zur Gründung eines Beratungszentrums wurden bisher unternommen?", "",
        "Ein Gebäude wurde besichtigt, aber nicht angemietet.", "",
        "Welche Zusatzraumwünsche nennen die Kooperationspartner?",
        "Gewünscht sind 600 qm mit acht Büros und zwei Schulungsräumen.", "",
        "Welche digitalen Angebote bleiben bestehen? Siehe Antwort zu 1.", "",
        "3. Wann ist die Eröffnung geplant?", "", "Ein Termin steht noch nicht fest."])
    parsed = parse_inquiry(body)
    assert parsed.questions[1].text == "Welche Schritte zur Gründung eines Beratungszentrums wurden bisher unternommen?"
    assert any("looks like a question" in issue.reason for issue in parsed.issues)
