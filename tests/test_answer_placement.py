"""Answers the walk did not find where the document puts them (issue 3, "no answer
found"): a paragraph cut at a page break, sub-questions answered under their own letters, an answer opening with the labels it answers, a table
caption rewording the question, a long labelled question of the inquiry. Each document
is written for this test, imitating a layout of the Karlsruhe corpus; each guard is the
wrong reading that must not happen."""

from anfragen.imports import cleanup, documents, inquiry_reading, questions
from anfragen.parse import parse_inquiry


def shared(text):
    """Per question number: its answer's first 20 characters and the questions sharing it."""
    inquiry = parse_inquiry(text)
    out = {}
    for q in inquiry.questions:
        if q.answer is None:
            out[q.number] = None
        else:
            answer = inquiry.answers[q.answer]
            out[q.number] = (answer.text[:20], [p.number for p in inquiry.questions if p.answer == q.answer])
    return out, inquiry.issues


# -- a sentence cut at a page break -------------------------------------------------------

def test_a_sentence_running_on_over_a_page_break_is_one_paragraph():
    pages = ("Die Planung wurde im Ausschuss am 3.3.2021 \nvorgestellt \n\f"
             "Seite 2 \nund dort beraten. Die Kosten betragen 12 Mio. Euro. \n")
    lines = cleanup.clean_lines(pages)
    assert [line for line in lines if line.strip()] == [
        "Die Planung wurde im Ausschuss am 3.3.2021", "vorgestellt", "und dort beraten. Die Kosten betragen 12 Mio. Euro."]
    assert cleanup.reflow(lines) == [
        "Die Planung wurde im Ausschuss am 3.3.2021 vorgestellt und dort beraten. Die Kosten betragen 12 Mio. Euro."]


def test_a_page_break_before_a_capital_a_label_or_a_list_item_still_ends_the_paragraph():
    for after in ("Die Kosten betragen 12 Mio. Euro.", "a) Wie hoch sind die Kosten?", "- Südstadt"):
        lines = cleanup.clean_lines(f"Die Planung wurde im Ausschuss vorgestellt \n\fSeite 2 \n{after} \n")
        assert len(cleanup.reflow(lines)) == 2, after
    # a page that ends a sentence keeps its paragraph end, whatever comes next
    lines = cleanup.clean_lines("Die Planung wurde vorgestellt. \n\fSeite 2 \nund beraten. \n")
    assert len(cleanup.reflow(lines)) == 2


def test_a_run_of_questions_answered_by_a_paragraph_cut_at_a_page_break_shares_it():
    answer = ["1. Wie weit ist die Planung des Radwegs?", "",
              "2. Wird das Land den Radweg fördern?", "",
              "Das Tiefbauamt hat eine Planung erstellt, die am 3.3.2021 im Ausschuss", "",
              "vorgestellt wurde. Das Land fördert den Radweg nicht."]
    paragraphs = cleanup.reflow(cleanup.join_sentences_across_pages(
        answer[:5] + [cleanup.PAGE_BREAK] + answer[6:]))
    found, issues = shared("\n\n".join(paragraphs))
    assert found == {"1": ("Das Tiefbauamt hat e", ["1", "2"]), "2": ("Das Tiefbauamt hat e", ["1", "2"])}
    assert not issues


# -- sub-questions answered under their own letters ---------------------------------------

LETTERED = (
    "1. a) Wie viele Widersprüche gab es von 2019 bis 2023?\n\n"
    "> b) Wie viele davon hatten Erfolg?\n\n"
    "a\\) Widersprüche gegen Bescheide:\n\n2019 2020 2021 2022 2023 310 290 305 280 260\n\n"
    "b\\) Erfolgreiche Widersprüche:\n\n2019 2020 2021 2022 2023 120 98 110 87 91\n\n"
    "2. Wie lange dauert ein Verfahren?\n\nIm Mittel vier Monate.\n")


def test_sub_questions_answered_one_by_one_under_their_letters_each_get_their_own_answer():
    found, issues = shared(LETTERED)
    assert found["1a"] == ("a\\) Widersprüche geg", ["1a"])
    assert found["1b"] == ("b\\) Erfolgreiche Wid", ["1b"])
    assert found["2"] == ("Im Mittel vier Monat", ["2"])
    assert not issues


def test_one_paragraph_holding_both_letters_answers_the_run_together():
    found, _issues = shared("1. a) Gibt es freie Anbieter?\n\n> b) Falls ja, wie werden sie eingestuft?\n\n"
                            "a\\) Ja. b) Alle werden gleich behandelt.\n")
    assert found["1a"] == found["1b"] == ("a\\) Ja. b) Alle werd", ["1a", "1b"])


def test_a_lettered_paragraph_after_a_single_question_is_its_answer_as_before():
    found, _issues = shared("1. Wie viele Anträge gab es?\n\na\\) Anträge auf Förderung: 40.\n\n"
                            "b\\) Anträge auf Befreiung: 12.\n")
    assert found["1"] == ("a\\) Anträge auf Förd", ["1"])


# -- an answer opening with the labels of the questions it answers ------------------------

def test_an_answer_opening_with_the_labels_it_answers_is_their_stated_answer():
    found, issues = shared("1. Wie viele Verträge bestehen?\n\n2. Wer sind die Vertragspartner?\n\n"
                           "1\\. und 2. Es bestehen zwei Verträge mit den Stadtwerken (bis 31.12.2030)\n\n"
                           "3. Wie hoch sind die Einnahmen?\n\nRund 20 Mio. Euro.\n")
    assert found["1"] == found["2"] == ("1\\. und 2. Es besteh", ["1", "2"])
    assert not issues


def test_a_date_opening_an_answer_names_no_questions():
    found, _issues = shared("1. Wann beginnt der Bau?\n\nIm Frühjahr.\n\n2. Wann endet er?\n\nIm Herbst.\n\n"
                            "3. Wann wird eröffnet?\n\n1\\. und 2. Juni sind als Termine genannt.\n")
    assert found["1"] == ("Im Frühjahr.", ["1"])
    assert found["3"] == ("1\\. und 2. Juni sind", ["3"])


# -- the importer: captions and long questions -------------------------------------------

INQUIRY = ("1. Wie hoch war der prozentuale Anteil der abgelehnten Anträge in den Jahren 2020 bis 2023? "
           "2. Wie sind aus Sicht der Stadtverwaltung die Ergebnisse beurteilen")


def test_a_caption_rewording_the_question_is_the_administrations_not_the_askers():
    caption = "Prozentualer Anteil der abgelehnten Anträge in den Jahren 2020 bis 2023"
    assert not questions.from_inquiry(caption, INQUIRY, after_their_question=True)


def test_the_askers_own_unfinished_lead_in_is_still_theirs():
    assert questions.from_inquiry("Wie sind aus Sicht der Stadtverwaltung die Ergebnisse zu beurteilen", INQUIRY,
                                  after_their_question=True)


LONG_QUESTION = ("b) Bisher wurden Verzögerungen beim Anschluss " + "mit dem Querschnitt der Leitungen, " * 16
                 + "begründet. Wird es nun nötig, diese Leitungen auszutauschen?")


def test_a_long_labelled_question_of_the_inquiry_is_kept_as_a_question():
    assert len(LONG_QUESTION) > 600
    assert documents.escape_paragraph(LONG_QUESTION, inquiry_text="Anfrage " + LONG_QUESTION) == LONG_QUESTION


def test_a_long_labelled_paragraph_ending_in_a_question_mark_is_escaped_without_the_inquiry():
    assert documents.escape_paragraph(LONG_QUESTION, inquiry_text="Anfrage 1. Wie viele Anschlüsse gibt es?") \
        .startswith("b\\)")


def test_the_importer_writes_the_table_after_a_caption_as_the_answer():
    inquiry = ["ANFRAGE", "1. Wie hoch war der prozentuale Anteil der abgelehnten Anträge in den Jahren 2020 bis 2023?",
               "", "2. Wie viele Anträge gab es?"]
    answer = ["1. Wie hoch war der prozentuale Anteil der abgelehnten Anträge in den Jahren 2020 bis 2023?", "",
              "Prozentualer Anteil der abgelehnten Anträge in den Jahren 2020 bis 2023", "",
              "2020 2021 2022 2023 2,0 % 2,1 % 1,5 % 1,4 %", "",
              "2. Wie viele Anträge gab es?", "", "Es gab 4.000 Anträge."]
    body, _how = documents.compose_body(answer, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    assert "> Fragesteller" not in body
    found, issues = shared(body)
    assert found["1"] == ("Prozentualer Anteil ", ["1"])
    assert not issues


# -- a header naming the question whose answer under it is being read ----------------------

_SECOND_OFFICE = ("1. Wie viele Anträge gingen ein?\n\nIm Jahr 2024 gingen 31 Anträge ein.\n\n"
                  "2. Wie viele Heime gibt es?\n\nDie Stadt betreibt zwei Heime mit 80 Plätzen.\n\n"
                  "zu 2.:\n\nDas Land betreibt ein weiteres Heim in der Weststadt.\n\n"
                  "3. Wer trägt die Kosten?\n\nDie Kosten trägt das Land.\n")


def test_a_header_naming_the_question_being_answered_goes_on_with_its_answer():
    # the document answers each question right under it; a second office's part follows
    # under "zu 2.:": the text under question 2 is the opening of its answer
    inquiry = parse_inquiry(_SECOND_OFFICE)
    assert [inquiry.answers[q.answer].text for q in inquiry.questions] == [
        "Im Jahr 2024 gingen 31 Anträge ein.",
        "Die Stadt betreibt zwei Heime mit 80 Plätzen.\n\nDas Land betreibt ein weiteres Heim in der Weststadt.",
        "Die Kosten trägt das Land."]
    assert inquiry.preambles == [] and inquiry.issues == []


def test_guard_text_under_the_first_question_before_its_header_is_doubted():
    # nothing before shows that the document answers under its questions: the text may
    # as well be the askers' explanation; kept apart as read, and doubted
    inquiry = parse_inquiry("1. Wie viele Heime gibt es?\n\nDie Stadt betreibt zwei Heime mit 80 Plätzen.\n\n"
                            "zu 1.:\n\nDas Land betreibt ein weiteres Heim.\n\n2. Wer zahlt?\n\nDas Land.\n")
    assert inquiry.answers[inquiry.questions[0].answer].text == "Das Land betreibt ein weiteres Heim."
    assert any("follows text under that question" in i.reason for i in inquiry.issues)


def test_guard_text_under_a_question_after_answers_under_headers_is_doubted():
    # the questions before were answered under headers, not right under them
    inquiry = parse_inquiry("1. Wie viele Anträge gingen ein?\n\nzu 1.:\n\nEinunddreißig.\n\n"
                            "2. Wie viele Heime gibt es?\n\nDie Stadt betreibt zwei Heime mit 80 Plätzen.\n\n"
                            "zu 2.:\n\nDas Land betreibt ein weiteres Heim.\n")
    assert inquiry.answers[inquiry.questions[1].answer].text == "Das Land betreibt ein weiteres Heim."
    assert any("follows text under that question" in i.reason for i in inquiry.issues)


def test_guard_text_that_asks_under_a_question_opens_no_answer():
    # "Wir fragen …?" under the question: the askers' words, never the answer's opening
    text = _SECOND_OFFICE.replace("Die Stadt betreibt zwei Heime mit 80 Plätzen.",
                                  "Wir fragen dies, weil die Heime voll sind. Reicht das?")
    inquiry = parse_inquiry(text)
    assert inquiry.answers[inquiry.questions[1].answer].text == "Das Land betreibt ein weiteres Heim in der Weststadt."
    assert any("follows text under that question" in i.reason for i in inquiry.issues)


def test_guard_the_forms_summary_under_the_only_question_stays_a_preamble():
    inquiry = parse_inquiry("1. Wird die Zone geteilt?\n\nKurzfassung Die Zone wird ab 2030 geteilt.\n\n"
                            "zu Frage 1:\n\nDie Zone wird ab 2030 in zwei Teile geteilt.\n")
    assert inquiry.answers[inquiry.questions[0].answer].text == "Die Zone wird ab 2030 in zwei Teile geteilt."
    assert [p.text for p in inquiry.preambles] == ["Kurzfassung Die Zone wird ab 2030 geteilt."]
    assert inquiry.issues == []


def test_guard_remarks_after_all_questions_stay_a_preamble():
    # "Kurzfassung" after the last question, then a header naming the first: the
    # administration's remarks, not the opening of any answer
    inquiry = parse_inquiry("1. Wie viele Heime gibt es?\n\n2. Wer zahlt?\n\nKurzfassung: Zwei, das Land.\n\n"
                            "zu 1.:\n\nZwei Heime.\n\nzu 2.:\n\nDas Land.\n")
    assert [inquiry.answers[q.answer].text for q in inquiry.questions] == ["Zwei Heime.", "Das Land."]
    assert [p.text for p in inquiry.preambles] == ["Kurzfassung: Zwei, das Land."] and inquiry.issues == []
