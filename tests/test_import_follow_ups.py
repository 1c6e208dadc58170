"""The askers' follow-up and its answer run into one paragraph of an answer document are set
apart (``anfragen/imports/follow_ups.py``): the follow-up is the askers' question, the text
after it its answer. Only where the inquiry asks the follow-up right after the question just
asked (or, right after that question, as a condition on it). Fixtures are invented; they
imitate layouts of the Karlsruhe corpus."""

from anfragen.imports import documents, follow_ups, inquiry_reading
from anfragen.parse import parse_inquiry

POOL_QUESTION_2 = "Sind für das Hallenbad Rücklagen für die Sanierung gebildet worden? Wenn ja, in welcher Höhe?"
POOL_QUESTION_3 = "Wie viele Badegäste zählte das Freibad Nord im letzten Jahr?"
# the follow-up a paragraph of its own, after question 2 (not part of it, as the inquiry is read)
POOL_INQUIRY = ["1. Wird das Freibad Nord im kommenden Sommer früher öffnen?", "",
                f"2. {POOL_QUESTION_2}", "", "Wenn nein, warum nicht?", "", f"3. {POOL_QUESTION_3}"]


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> str:
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))[0]


def _pairs(parsed) -> list[tuple[str, str | None]]:
    return [(q.text, parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions]


def test_a_follow_up_after_the_answer_with_its_own_answer_run_in_is_a_question_of_its_own():
    # 2013/0015: "Nein." / "Wenn nein, warum nicht? Nach dem … sind … nicht zulässig."
    body = _compose(POOL_INQUIRY, [
        "1. Wird das Freibad Nord im kommenden Sommer früher öffnen?", "", "Ja, am 1. Mai.", "",
        "2. Sind für das Hallenbad Rücklagen für die Sanierung gebildet worden? Wenn ja, in welcher Höhe?", "",
        "Nein.", "",
        "Wenn nein, warum nicht? Die Gemeindeordnung lässt solche Rücklagen seit 2012 nicht mehr zu.", "",
        "3. Wie viele Badegäste zählte das Freibad Nord im letzten Jahr?", "", "Es waren 81.000."])
    assert "> Wenn nein, warum nicht?" in body
    parsed = parse_inquiry(body)
    assert _pairs(parsed)[1:4] == [
        (POOL_QUESTION_2, "Nein."),
        ("Wenn nein, warum nicht?", "Die Gemeindeordnung lässt solche Rücklagen seit 2012 nicht mehr zu."),
        (POOL_QUESTION_3, "Es waren 81.000.")]
    assert parsed.issues == []


def test_the_next_item_of_a_list_with_its_answer_run_in_is_the_askers_next_question():
    # 2014/0382: "2. Wenn ja:" / "- Wie lange?" / answer / "- Aus welchem Grund? Für die …"
    inquiry = ["1. Wird die Bücherei Ost im Sommer geschlossen?", "2. Wenn ja:",
               "- Wie lange?", "- Aus welchem Grund?", "- Wohin können sich die Leser wenden?"]
    body = _compose(inquiry, [
        "1. Wird die Bücherei Ost im Sommer geschlossen?", "", "Ja", "", "2. Wenn ja:", "", "- Wie lange?", "",
        "Vom 1. bis zum 28. Juli.", "",
        "- Aus welchem Grund? Die Räume werden in dieser Zeit neu verkabelt.", "",
        "- Wohin können sich die Leser wenden?", "", "An die Bücherei Mitte."])
    parsed = parse_inquiry(body)
    assert ("- Aus welchem Grund?", "Die Räume werden in dieser Zeit neu verkabelt.") in _pairs(parsed)
    assert _pairs(parsed)[1][1] == "Vom 1. bis zum 28. Juli."
    assert all(answer is not None for _question, answer in _pairs(parsed))
    assert parsed.issues == []


def test_a_condition_right_after_its_question_is_the_rest_of_that_question():
    # 2015/0603: "9. Trifft es zu …?" / "Wenn nein: warum nicht? Kitas siehe Punkt 1+ 2 …", the
    # document wording the askers' follow-up as they did under other questions
    inquiry = ["1. Gibt es in den Schulen vegetarisches Essen? Wenn nein: warum nicht?",
               "2. Gibt es in den Kitas vegetarisches Essen?", "Wenn nein: wo wird es angeboten?"]
    body = _compose(inquiry, [
        "1. Gibt es in den Schulen vegetarisches Essen? Wenn nein: warum nicht?", "", "Ja, an allen Schulen.", "",
        "2. Gibt es in den Kitas vegetarisches Essen?", "",
        "Wenn nein: warum nicht? Siehe Antwort zu Frage 1."])
    parsed = parse_inquiry(body)
    assert _pairs(parsed)[1] == ("Gibt es in den Kitas vegetarisches Essen?\n\nWenn nein: warum nicht?",
                                 "Siehe Antwort zu Frage 1.")
    assert len(parsed.questions) == 2 and parsed.issues == []


def test_a_question_of_the_inquiry_that_does_not_follow_the_one_just_asked_is_left_as_it_is():
    # 2019/0071: an item without "?" ("Klimatische Auswirkungen") stands between the question
    # answered and the one run into its answer; set apart, its answer would hide in the one before
    inquiry = ["• Wie viele Fahrgäste nutzen die Linie 5?", "• Folgen für den Lärm in der Südstadt",
               "• Welche Kosten entstehen den Stadtwerken dabei?"]
    paragraph = "Welche Kosten entstehen den Stadtwerken dabei? Die Stadtwerke rechnen mit 2 Mio. Euro im Jahr."
    assert follow_ups.follow_up_and_answer(paragraph, " ".join(inquiry), "1. Wie viele Fahrgäste nutzen die "
                                           "Linie 5?") is None
    assert follow_ups.follow_up_and_answer(paragraph, " ".join(inquiry), "Folgen für den Lärm in der Südstadt") \
        == ("Welche Kosten entstehen den Stadtwerken dabei?", "Die Stadtwerke rechnen mit 2 Mio. Euro im Jahr.")


def test_what_is_not_a_follow_up_of_the_askers_with_its_answer_stays_as_it_is():
    inquiry = " ".join(POOL_INQUIRY)
    asked = f"2. {POOL_QUESTION_2}"
    for paragraph in [
        # not in the inquiry: the administration's own question (its answer's rhetoric)
        "Wie lange hält ein Dach? Die Gutachter rechnen mit vierzig Jahren.",
        # a sentence of the question just asked: the document dividing its answer by its sentences
        "Wenn ja, in welcher Höhe? Es sind 2 Mio. Euro.",
        # the askers' words go on after it as in the inquiry: no answer starts there
        "Wenn nein, warum nicht? 3. Wie viele Badegäste zählte das Freibad Nord im letzten Jahr?",
        # no statement after it
        "Wenn nein, warum nicht? und ggf. bis wann",
    ]:
        assert follow_ups.follow_up_and_answer(paragraph, inquiry, asked) is None, paragraph
    # a condition found elsewhere in the inquiry, but after answer text: which question it goes
    # on with is not settled
    assert follow_ups.follow_up_and_answer("Wenn nein, warum nicht? Es gab keinen Bedarf.", inquiry,
                                           POOL_QUESTION_3) is None
    assert follow_ups.follow_up_and_answer("Wenn nein, warum nicht? Es gab keinen Bedarf.", inquiry,
                                           POOL_QUESTION_3, right_after=True) is not None


# the inquiry asks item a. of question 1 right after it: "1. … verbucht? a. Sind diese Kosten …?"
HALL_INQUIRY = ["1. Wo werden die Kosten für die Miete der Sporthalle West verbucht?",
                "a. Sind diese Kosten als Zuschuss für den Turnverein zu bewerten?",
                "2. Seit wann mietet die Stadt die Halle?"]


def _hall_answer(item: str) -> list[str]:
    return ["zu 1:", "1. Wo werden die Kosten für die Miete der Sporthalle West verbucht?", "",
            "Im Teilhaushalt 5200 Sport.", "", "zu 1a:", "",
            f"{item} Grundsätzlich ja, die Stadt trägt die halbe Miete.", "",
            "zu 2:", "2. Seit wann mietet die Stadt die Halle?", "", "Seit 2009."]


def test_an_item_repeated_with_one_word_shortened_and_its_answer_run_in_is_set_apart():
    # 2015/0764: "zu 1a:" / "Sind die Kosten … zu bewerten? Grundsätzlich …" for the
    # inquiry's "a. Sind diese Kosten … zu bewerten?"
    body = _compose(HALL_INQUIRY, _hall_answer("Sind die Kosten als Zuschuss für den Turnverein zu bewerten?"))
    assert "> Sind die Kosten als Zuschuss für den Turnverein zu bewerten?" in body
    parsed = parse_inquiry(body)
    assert _pairs(parsed) == [
        ("Wo werden die Kosten für die Miete der Sporthalle West verbucht?", "Im Teilhaushalt 5200 Sport."),
        ("Sind die Kosten als Zuschuss für den Turnverein zu bewerten?",
         "Grundsätzlich ja, die Stadt trägt die halbe Miete."),
        ("Seit wann mietet die Stadt die Halle?", "Seit 2009.")]
    assert parsed.issues == []


def test_a_sentence_differing_from_the_inquiry_in_more_than_a_shortened_word_stays_as_it_is():
    inquiry = " ".join(HALL_INQUIRY)
    asked = "1. Wo werden die Kosten für die Miete der Sporthalle West verbucht?"
    for question in [
        # another word, not the same one shortened: another question (the administration's own)
        "Sind die Kosten als Zuschuss für den Schwimmverein zu bewerten?",
        # two words changed
        "Sind die Ausgaben als Zuschuss für die Turnvereine zu bewerten?",
        # a word left out
        "Sind die Kosten als Zuschuss für den Verein zu bewerten?",
    ]:
        paragraph = f"{question} Grundsätzlich ja, die Stadt trägt die halbe Miete."
        assert follow_ups.follow_up_and_answer(paragraph, inquiry, asked) is None, question
