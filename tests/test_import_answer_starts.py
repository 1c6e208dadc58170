"""A repeated question and the start of its answer in one paragraph, set apart where the
question ends (``answer_starts.separate_answer_starts``): the inquiry's text of the question
shows the end, the answer document's own "?" or closing request marks it. Each guard is a
pitfall found by reading the Karlsruhe corpus; the wrong reading must not happen."""

from anfragen.imports import answer_starts, documents, inquiry_reading
from anfragen.parse import parse_inquiry

# The inquiry asks sub-questions under question 1; the answer document repeats them one by
# one and answers each right under it, without a blank line.
SUB_ITEM_INQUIRY = ["ANFRAGE",
                    "1. Wurden die Brunnen im Stadtgarten im letzten Sommer abgeschaltet?",
                    "a. Wenn ja, an wie vielen Tagen?",
                    "b. Welche Kosten wurden dadurch gespart?",
                    "2. Wer wartet die Brunnen?"]


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_an_answer_on_the_line_after_a_question_whose_sub_items_follow_later_is_its_answer():
    lines = ["1. Wurden die Brunnen im Stadtgarten im letzten Sommer abgeschaltet?",
             "Die Brunnen liefen den ganzen Sommer über, nur der kleine Brunnen am",
             "Teich stand zwei Wochen still.", "",
             "a. Wenn ja, an wie vielen Tagen?", "An vierzehn Tagen im August.", "",
             "b. Welche Kosten wurden dadurch gespart?", "Rund 300 Euro für Strom.", "",
             "2. Wer wartet die Brunnen?", "Das Gartenbauamt."]
    found, issues = pairs(lines, SUB_ITEM_INQUIRY)
    assert found[0] == ("1", "Wurden die Brunnen im Stadtgarten im letzten Sommer abgeschaltet?",
                        "Die Brunnen liefen den ganzen Sommer über, nur der kleine Brunnen am Teich stand zwei Wochen "
                        "still.")
    assert found[-1] == ("2", "Wer wartet die Brunnen?", "Das Gartenbauamt.")
    assert issues == []


def test_an_answer_on_the_same_line_as_a_shortened_question_starts_after_its_question_mark():
    inquiry = ["ANFRAGE", "1. Wie viele Anträge auf Wohngeld wurden 2022 in den Stadtteilen gestellt, "
               "getrennt nach Erst- und Folgeanträgen?", "2. Wie lange dauert die Bearbeitung?"]
    lines = ["1. Wie viele Anträge auf Wohngeld wurden 2022 in den Stadtteilen gestellt? Im Jahr 2022 gingen",
             "412 Anträge ein, davon", "", "", "187 Erstanträge.", "",
             "2. Wie lange dauert die Bearbeitung?", "Im Mittel sechs Wochen."]
    found, _issues = pairs(lines, inquiry)
    assert found[0][:2] == ("1", "Wie viele Anträge auf Wohngeld wurden 2022 in den Stadtteilen gestellt?")
    assert found[0][2].startswith("Im Jahr 2022 gingen 412 Anträge ein, davon")


def test_the_askers_closing_request_stays_with_the_question_and_the_answer_starts_after_it():
    inquiry = ["ANFRAGE", "1. Wie hoch war der Zuschuss je Haushalt? Bitte nach Jahren aufschlüsseln. "
               "a. Wie viele Haushalte erhielten keinen Zuschuss?", "2. Wer prüft die Anträge?"]
    lines = ["1. Wie hoch war der Zuschuss je Haushalt? Bitte nach Jahren aufschlüsseln.",
             "Der Zuschuss je Haushalt betrug:", "2021: 310 Euro", "2022: 325 Euro", "",
             "2. Wer prüft die Anträge?", "Die Wohngeldstelle."]
    found, issues = pairs(lines, inquiry)
    assert found[0] == ("1", "Wie hoch war der Zuschuss je Haushalt? Bitte nach Jahren aufschlüsseln.",
                        "Der Zuschuss je Haushalt betrug: 2021: 310 Euro 2022: 325 Euro")
    assert issues == []


def test_the_askers_follow_up_question_stays_with_the_question():
    inquiry = ["ANFRAGE", "1. Gibt es einen Pflegeplan für die Linden? Wenn nein, warum nicht?",
               "2. Wann wird gefällt?"]
    lines = ["1. Gibt es einen Pflegeplan für die Linden?", "Wenn nein, warum nicht?",
             "Ein Pflegeplan wird im Herbst erstellt.", "", "2. Wann wird gefällt?", "Es wird nicht gefällt."]
    found, issues = pairs(lines, inquiry)
    assert found[0] == ("1", "Gibt es einen Pflegeplan für die Linden? Wenn nein, warum nicht?",
                        "Ein Pflegeplan wird im Herbst erstellt.")
    assert issues == []


def test_the_next_questions_label_in_the_answer_paragraph_leaves_the_lines_as_read():
    inquiry = ["ANFRAGE", "4. Sind die Fristen des Landes eingehalten worden?",
               "5. Hat sich der Ausschuss damit befasst?"]
    lines = ["4. Sind die Fristen des Landes eingehalten worden?", "Alle Fristen werden eingehalten",
             "5. Hat sich der Ausschuss damit befasst?", "Eine Befassung ist für den Herbst geplant."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert answer_starts.separate_answer_starts(lines, expected, " ".join(inquiry)) == lines


QUESTION = "Wie viele Bäume wurden 2023 im Hardtwald gefällt? Bitte nach Baumarten aufschlüsseln."


def test_a_question_mark_ends_the_question_only_before_a_statement_of_the_administration():
    asked = "Wie viele Bäume wurden 2023 im Hardtwald gefällt?"
    assert answer_starts.answer_starts(QUESTION, asked, "Es waren 212 Bäume, vor allem Kiefern.")
    assert not answer_starts.answer_starts(QUESTION, asked, "Bitte nach Baumarten aufschlüsseln. Es waren 212.")
    assert not answer_starts.answer_starts(QUESTION, asked, "Wenn ja, welche? Es waren 212.")
    assert not answer_starts.answer_starts(QUESTION, asked, "a) Kiefern b) Buchen")
    assert not answer_starts.answer_starts(QUESTION, asked, "im Hardtwald und am Rhein. Es waren 212.")


def test_a_weak_match_of_the_repeated_question_leaves_it_as_read():
    # extraction put a page header into the repeated question: no strong match, no split
    asked = "Wie viele Bäume Seite 2 von 4 Stellungnahme wurden im Hardtwald gefällt?"
    assert not answer_starts.answer_starts(QUESTION, asked, "Es waren 212 Bäume.")


def test_text_of_the_inquiry_after_a_question_is_never_taken_for_the_answers_start():
    inquiry = QUESTION + " Der Hardtwald ist seit dem Sturm stark ausgelichtet."
    assert not answer_starts.answer_starts(QUESTION, "Wie viele Bäume wurden 2023 im Hardtwald gefällt?",
                                       "Der Hardtwald ist seit dem Sturm stark ausgelichtet.", inquiry)


def test_a_full_stop_ends_the_question_only_where_the_inquiry_ends_a_sentence_with_a_word():
    question = "Wie viele Anmeldungen lagen am 23. März vor?"
    # the question is asked in full at "vor?"; "23." after it is the answer's date, no end
    assert not answer_starts.answer_starts(question, question + " Mit Datum 23.", "März lagen 72 Anmeldungen vor.")
    longer = "Wie viele Anträge gab es? Bitte z. B. nach Monaten angeben. Wer bearbeitet sie?"
    assert not answer_starts.answer_starts(longer, "Wie viele Anträge gab es? Bitte z. B.", "Nach Monaten: 30.")


# The inquiry's question 3 leads into its items with a colon; the answer document repeats it
# without the colon, so the lead-in has no "?" of its own.
LEAD_IN_INQUIRY = ["ANFRAGE",
                   "1. Wie viele Linden stehen in der Allee?",
                   "2. Wie alt sind sie?",
                   "3. Welche Pflege ist geplant (Schnitt und Bewässerung im Sommer):",
                   "a) in diesem Jahr?",
                   "b) in den kommenden Jahren?"]


def test_a_numbered_lead_in_without_its_colon_before_its_items_is_the_askers_question():
    lines = ["1. Wie viele Linden stehen in der Allee?", "Es sind 48 Linden.", "",
             "2. Wie alt sind sie?", "Sie sind rund 90 Jahre alt.", "",
             "3. Welche Pflege ist geplant (Schnitt und Bewässerung im Sommer)", "",
             "a) in diesem Jahr?", "Ein Pflegeschnitt im Herbst.", "",
             "b) in den kommenden Jahren?", "Eine Bewässerung in trockenen Sommern.", ""]
    found, issues = pairs(lines, LEAD_IN_INQUIRY)
    assert found[2:] == [("3", "Welche Pflege ist geplant (Schnitt und Bewässerung im Sommer)", None),
                         ("3a", "in diesem Jahr?", "Ein Pflegeschnitt im Herbst."),
                         ("3b", "in den kommenden Jahren?", "Eine Bewässerung in trockenen Sommern.")]
    assert found[1] == ("2", "Wie alt sind sie?", "Sie sind rund 90 Jahre alt.")
    assert issues == []


def test_a_numbered_statement_of_the_answer_before_lettered_items_stays_escaped():
    # not in the inquiry: the administration's own numbered list, kept as answer text
    lines = ["1. Wie viele Linden stehen in der Allee?", "Es sind 48 Linden.", "",
             "2. Wie alt sind sie?", "Sie sind rund 90 Jahre alt. Geplant ist:", "",
             "3. Welche Arbeiten im Winter anfallen (Rückschnitt am Weg)", "",
             "a) im Januar?", "Der Rückschnitt.", ""]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(LEAD_IN_INQUIRY),
                                        " ".join(LEAD_IN_INQUIRY))
    assert "3\\. Welche Arbeiten im Winter" in body


LETTER_INQUIRY = ["ANFRAGE", "Zur Brücke am Hafen haben wir folgende Fragen:",
                  "A. Wann wird die Brücke am Hafen saniert?",
                  "B. Wer trägt die Kosten der Sanierung an der Brücke, und wurden dafür schon Zuschüsse des Landes beantragt?",
                  "C. Wird die Brücke während der Arbeiten gesperrt?"]


def test_a_letter_written_with_a_colon_gets_the_inquirys_label():
    lines = ["A. Wann wird die Brücke am Hafen saniert?", "Im nächsten Frühjahr.", "",
             "B: Wer trägt die Kosten der Sanierung an der Brücke, und wurden dafür schon Zuschüsse des Landes beantragt? Die Kosten trägt die Stadt.", "",
             "C. Wird die Brücke während der Arbeiten gesperrt?", "Nur an zwei Wochenenden.", ""]
    found, issues = pairs(lines, LETTER_INQUIRY)
    assert found == [("A", "Wann wird die Brücke am Hafen saniert?", "Im nächsten Frühjahr."),
                     ("B", "Wer trägt die Kosten der Sanierung an der Brücke, und wurden dafür schon Zuschüsse des Landes beantragt?", "Die Kosten trägt die Stadt."),
                     ("C", "Wird die Brücke während der Arbeiten gesperrt?", "Nur an zwei Wochenenden.")]
    assert issues == []


def test_a_colon_label_on_a_question_the_inquiry_does_not_ask_keeps_its_colon():
    # "B: …?" of the answer's own (an interview it quotes), not the inquiry's question B
    lines = ["A. Wann wird die Brücke am Hafen saniert?", "Im nächsten Frühjahr.", "",
             "B: Wie lange hält eine Brücke aus Stahl?", "", "Rund hundert Jahre.", ""]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(LETTER_INQUIRY),
                                        " ".join(LETTER_INQUIRY))
    assert "B: Wie lange hält" in body


def test_a_numbered_lead_in_before_its_quoted_first_item_is_the_askers_question():
    inquiry_text = ("6. Was waren die Ursachen? 7. Gab es Klagen des Fahrpersonals in Bezug auf Stress: "
                    "a) Durch die Bauphase? b) Durch lange Schichten?")
    paragraphs = ["6. Was waren die Ursachen?", "Darüber liegen keine Angaben vor.",
                  "7\\. Gab es Klagen des Fahrpersonals in Bezug auf Stress:",
                  "> a) Durch die Bauphase?", "> b) Durch lange Schichten?", "Die Schichten wurden verlängert."]
    out = documents._with_lead_ins_of_items(paragraphs, inquiry_text)
    assert out[2] == "7. Gab es Klagen des Fahrpersonals in Bezug auf Stress:"
    inquiry = parse_inquiry("\n\n".join(out) + "\n")
    assert [q.number for q in inquiry.questions] == ["6", "7"]
    assert inquiry.answers[inquiry.questions[1].answer].text == "Die Schichten wurden verlängert."
    # the administration's own numbered lead before a quoted question is no question of the askers'
    assert documents._with_lead_ins_of_items(paragraphs, "6. Was waren die Ursachen?")[2] == paragraphs[2]


# 54457, 54520: an answer document without blank lines; each answer runs into the next question
NO_BLANK_INQUIRY = ["ANFRAGE",
                    "1. Welche weiteren Mittel des Landes hat die Stadt den geförderten Vereinen bereitgestellt?",
                    "Bitte tabellarisch nach Vereinen und Beträgen aufschlüsseln.",
                    "2. Wie viele Vereine haben ihre Berichte für das Jahr 2029 fristgerecht eingereicht?",
                    "3. Wer prüft die Berichte der Vereine?"]


def test_the_next_question_of_the_run_ends_the_answer_paragraph_before_it():
    # question 1 repeated without the askers' request; its answer runs over two lines into "2."
    lines = ["1. Welche weiteren Mittel des Landes hat die Stadt den geförderten Vereinen bereitgestellt?",
             "Es wurden den Vereinen keine weiteren Mittel des Landes im Rahmen der",
             "Förderung zur Verfügung gestellt.",
             "2. Wie viele Vereine haben ihre Berichte für das Jahr 2029 fristgerecht eingereicht?",
             "Alle zwölf Vereine.", "3. Wer prüft die Berichte der Vereine?", "Das Kulturamt."]
    found, issues = pairs(lines, NO_BLANK_INQUIRY)
    assert found[0] == ("1", "Welche weiteren Mittel des Landes hat die Stadt den geförderten Vereinen bereitgestellt?",
                        "Es wurden den Vereinen keine weiteren Mittel des Landes im Rahmen der Förderung zur "
                        "Verfügung gestellt.")
    assert found[1][0] == "2" and found[1][2] == "Alle zwölf Vereine."
    assert issues == []


def test_a_question_repeated_word_for_word_after_an_answer_without_full_stop_is_the_next_question():
    # 51226, 54457: "Alle Fristen werden eingehalten" (no full stop), then question 2 repeated
    lines = ["1. Welche weiteren Mittel des Landes hat die Stadt den geförderten Vereinen bereitgestellt?",
             "Keine, die Förderung wird fortgesetzt",
             "2. Wie viele Vereine haben ihre Berichte für das Jahr 2029 fristgerecht eingereicht?",
             "Alle Berichte liegen vor", "", "3. Wer prüft die Berichte der Vereine?", "Das Kulturamt."]
    found, issues = pairs(lines, NO_BLANK_INQUIRY)
    assert [(number, answer) for number, _text, answer in found] == [
        ("1", "Keine, die Förderung wird fortgesetzt"), ("2", "Alle Berichte liegen vor"), ("3", "Das Kulturamt.")]
    assert issues == []


def test_a_number_continuing_a_sentence_that_does_not_repeat_the_question_stays_in_the_answer():
    # "… bis zum" / "2. Quartal …": the number continues the sentence, question 2 is not asked there
    lines = ["1. Welche weiteren Mittel des Landes hat die Stadt den geförderten Vereinen bereitgestellt?",
             "Die Mittel werden bis zum",
             "2. Quartal des Jahres 2029 an die geförderten Vereine ausgezahlt werden.", "",
             "3. Wer prüft die Berichte der Vereine?", "Das Kulturamt."]
    found, _issues = pairs(lines, NO_BLANK_INQUIRY)
    assert not [text for _number, text, _answer in found if text.startswith("Quartal")]
    assert "Quartal des Jahres 2029" in found[0][2]


def test_a_number_after_the_askers_list_item_is_their_next_question():
    # 54457: "• Falls nein: Begründung" (extracted as "- …") ends no sentence, and question 7
    # stands right under it; the answer document repeats 7 with one word changed
    inquiry = ["ANFRAGE", "1. Sind alle Vereine im Förderportal eingetragen?", "- Falls ja: bitte Liste vorlegen",
               "- Falls nein: Begründung", "2. Welche Projekte und Vereine sollen 2030 gefördert werden?"]
    assert [q.number for q in inquiry_reading.inquiry_questions(inquiry)] == ["1.", "2."]
    lines = ["1. Sind alle Vereine im Förderportal eingetragen?", "Ja, alle zwölf Vereine.",
             "2. Welche Projekte und Organisationen sollen 2030 gefördert werden?", "Der Stadtjugendausschuss."]
    found, issues = pairs(lines, inquiry)
    assert [(number, answer) for number, _text, answer in found] == [
        ("1", "Ja, alle zwölf Vereine."), ("2", "Der Stadtjugendausschuss.")]
    assert issues == []

