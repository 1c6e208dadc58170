"""Where a question ends and its answer starts, settled by the faction's inquiry: an answer
line the question's span took in, a "?" the answer document dropped, the askers' reasons
under a heading of their own, and the askers' items that ask nothing by themselves, each
answered in turn. Each guard is a pitfall found by reading the Karlsruhe corpus; the wrong
reading must not happen."""

from anfragen.imports import answer_starts, documents, inquiry_reading
from anfragen.imports.question_spans import QuestionSpan
from anfragen.parse import parse_inquiry


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], [i.reason for i in parsed.issues]


# -- an answer line the question's span took in ------------------------------------------

BENCH_INQUIRY = ["ANFRAGE",
                 "1. Wie viele Parkbänke stehen im Schlossgarten?",
                 "2. Welche Sorten von Parkbänken werden von der Verwaltung aufgestellt und aus welchem Grund? "
                 "Wird bei der Auswahl der Bänke auf eine bequeme Sitzhöhe für ältere Menschen geachtet?",
                 "3. Wann werden die alten Bänke ersetzt?"]


def test_the_answers_first_line_taken_in_by_a_shortened_question_is_given_back_to_the_answer():
    lines = ["1. Wie viele Parkbänke stehen im Schlossgarten?", "Es sind 84 Bänke.", "",
             "2. Welche Sorten von Parkbänken werden aufgestellt? Wird auf die Sitzhöhe geachtet?",
             "Das Gartenbauamt stellt zwei Modelle mit Armlehnen auf, die sich durch ihre",
             "bequeme Sitzhöhe auszeichnen. Beide sind seit Jahren bewährt.", "",
             "3. Wann werden die alten Bänke ersetzt?", "Im kommenden Frühjahr."]
    found, issues = pairs(lines, BENCH_INQUIRY)
    assert found[1] == ("2", "Welche Sorten von Parkbänken werden aufgestellt? Wird auf die Sitzhöhe geachtet?",
                        "Das Gartenbauamt stellt zwei Modelle mit Armlehnen auf, die sich durch ihre bequeme "
                        "Sitzhöhe auszeichnen. Beide sind seit Jahren bewährt.")
    assert issues == []


def test_the_askers_words_after_a_question_mark_stay_in_the_span():
    # "Wenn ja, …" goes on with the question as the inquiry words it: no answer starts there
    inquiry_text = "1. Gibt es Pläne für neue Bänke? Wenn ja, in welchen Stadtteilen und ab wann sollen sie stehen?"
    lines = ["1. Gibt es Pläne für neue Bänke?", "Wenn ja, in welchen Stadtteilen und ab wann sollen",
             "sie stehen?"]
    span = QuestionSpan(0, 2, "1.", "Gibt es Pläne für neue Bänke? Wenn ja, in welchen Stadtteilen und ab wann sollen")
    assert answer_starts.without_answer_lines(lines, span, inquiry_text) == span


def test_a_span_is_kept_when_a_label_follows_in_the_answers_paragraph():
    # "… eingehalten" / "5. Hat …?": the next question may hang on the answer line
    inquiry_text = "4. Sind alle Fristen eingehalten worden? Bitte mit Datum. 5. Hat der Ausschuss beraten?"
    lines = ["4. Sind alle Fristen eingehalten worden?", "Alle Fristen wurden", "eingehalten",
             "5. Hat der Ausschuss beraten?"]
    span = QuestionSpan(0, 2, "4.", "Sind alle Fristen eingehalten worden? Alle Fristen wurden")
    assert answer_starts.without_answer_lines(lines, span, inquiry_text) == span


def test_a_span_that_ends_a_sentence_is_kept():
    lines = ["1. Gibt es Pläne für neue Bänke?", "Ja, im Schlossgarten.", "Sie kommen im Mai."]
    span = QuestionSpan(0, 2, "1.", "Gibt es Pläne für neue Bänke? Ja, im Schlossgarten.")
    assert answer_starts.without_answer_lines(lines, span, "1. Gibt es Pläne für neue Bänke?") == span


# -- a "?" the answer document dropped --------------------------------------------------

PLAYGROUND_INQUIRY = ["ANFRAGE", "1. Wann wird der Spielplatz am Weiher saniert? Wie ist der Zeitplan für 2027?",
                      "2. Wer bezahlt die Sanierung?"]


def test_a_repeated_question_missing_only_its_closing_mark_ends_as_the_inquiry_ends_it():
    lines = ["1. Wann wird der Spielplatz am Weiher erneuert? Wie ist der Zeitplan für 2027", "",
             "Die Arbeiten beginnen im Frühjahr und dauern drei Monate.", "",
             "2. Wer bezahlt die Sanierung?", "Die Stadt aus dem Haushalt 2027."]
    found, issues = pairs(lines, PLAYGROUND_INQUIRY)
    assert found[0] == ("1", "Wann wird der Spielplatz am Weiher erneuert? Wie ist der Zeitplan für 2027?",
                        "Die Arbeiten beginnen im Frühjahr und dauern drei Monate.")
    assert issues == []


def test_a_last_sentence_the_inquiry_does_not_end_with_stays_a_doubt():
    # "… für 2028" is not the inquiry's "… für 2027?": the mark is not written back
    lines = ["1. Wann wird der Spielplatz am Weiher erneuert? Wie ist der genaue Zeitplan für 2028", "",
             "Die Arbeiten beginnen im Frühjahr und dauern drei Monate.", "",
             "2. Wer bezahlt die Sanierung?", "Die Stadt aus dem Haushalt 2027."]
    found, issues = pairs(lines, PLAYGROUND_INQUIRY)
    assert not found[0][1].endswith("?")
    assert any("runs on after its '?'" in issue for issue in issues)


# -- the askers' reasons under a heading of their own -----------------------------------

def test_the_askers_heading_sachlage_ends_their_question_where_blank_lines_were_lost():
    inquiry = ["Anfrage", "Wie oft werden die Hecken am Sportplatz geschnitten? Wann geschah dies zuletzt?",
               "Sachlage:", "Anwohner beklagen seit Monaten, dass die Hecken den Gehweg versperren.",
               "Für die Fraktion Erika Muster"]
    found = inquiry_reading.inquiry_questions(inquiry)
    assert [span.text for span in found] == [
        "Wie oft werden die Hecken am Sportplatz geschnitten? Wann geschah dies zuletzt?"]


# -- the askers' items that ask nothing by themselves -----------------------------------

PITCH_INQUIRY = ["ANFRAGE", "",
                 "1) Wie wird der Zustand der Bolzplätze geprüft im Hinblick auf:", "",
                 "a) Zustand der Tore", "b) Zustand des Rasens", "c) Müll und Scherben auf dem Platz?", "",
                 "2) Wer ist für die Reinigung zuständig?"]
PITCH_ANSWER = ["1. Wie wird der Zustand der Bolzplätze geprüft im Hinblick auf:", "", "a) Zustand der Tore", "",
                "Die Tore werden jeden Monat vom Bauhof geprüft.", "",
                "b) Zustand des Rasens", "", "Siehe a)", "",
                "c) Müll und Scherben auf dem Platz?", "", "Der Platz wird jede Woche gereinigt.", "",
                "2. Wer ist für die Reinigung zuständig?", "", "Das Gartenbauamt."]


def test_the_askers_items_under_an_asking_lead_are_each_a_sub_question_with_its_answer():
    found, issues = pairs(PITCH_ANSWER, PITCH_INQUIRY)
    assert [(number, answer) for number, _text, answer in found] == [
        ("1", "Die Tore werden jeden Monat vom Bauhof geprüft."), ("1b", "Siehe a)"),
        ("1c", "Der Platz wird jede Woche gereinigt."), ("2", "Das Gartenbauamt.")]
    assert found[1][1] == "Zustand des Rasens"
    assert issues == []


def test_an_item_the_inquiry_does_not_list_stays_in_the_answer_and_the_doubt_is_recorded():
    # the administration's own "b)" (not the askers' item): escaped, kept in answer 1
    answer = [line.replace("b) Zustand des Rasens", "b) Zustand der Netze") for line in PITCH_ANSWER]
    found, issues = pairs(answer, PITCH_INQUIRY)
    assert [number for number, _text, _answer in found] == ["1", "1c", "2"]
    assert "Zustand der Netze" in found[0][2]
    assert any("labelled as the question's next item" in issue for issue in issues)


def test_an_item_of_the_inquiry_that_asks_but_was_cut_at_a_page_break_stays_escaped():
    inquiry_text = ("1) Wie wird geprüft im Hinblick auf: a) die Tore b) Inwiefern fließen die Hinweise der "
                    "Anwohner in die Prüfung ein?")
    assert not documents.is_askers_item("b) Inwiefern fließen die Hinweise der Anwohner in die", inquiry_text)
    assert documents.is_askers_item("b) Inwiefern", inquiry_text) is False


def test_an_item_after_a_lead_that_is_no_question_is_no_question():
    text = ("1. Wie viele Bolzplätze gibt es?\n\nEs sind zwölf.\n\n2. Kosten der Bolzplätze: a) Material\n\n"
            "Die Tore kosten 800 Euro.\n\nb) Pflege\n\nDer Bauhof pflegt die Plätze.\n")
    parsed = parse_inquiry(text)
    assert [q.number for q in parsed.questions] == ["1"]  # "b) Pflege" is no item of question 1


def test_an_item_the_question_holds_itself_does_not_become_a_question_again():
    # the answer takes up the items the question lists: it divides itself, it asks nothing
    text = ("1. Wie wird geprüft im Hinblick auf: a) die Tore b) den Rasen\n\n"
            "Die Tore werden monatlich geprüft.\n\nb) den Rasen\n\nDer Rasen wird gemäht.\n")
    parsed = parse_inquiry(text)
    assert [q.number for q in parsed.questions] == ["1"]


# -- a question asked in more words than the answer repeats it ----------------------------

FOUNTAIN_INQUIRY = ["ANFRAGE",
                    "1. Wie ist der Zustand der städtischen Brunnen (vor allem am Marktplatz und im Stadtgarten)?",
                    "2. Wann werden die Brunnen instand gesetzt?"]


def test_a_question_matched_against_its_longer_wording_does_not_take_in_the_next_question():
    # the inquiry asks 1 with a bracket the answer drops: 1's best match must not take in 2's line
    lines = ["1. Wie ist der Zustand der städtischen Brunnen?", "2. Wann werden die Brunnen instand gesetzt?",
             "Die Stadt unterhält elf Brunnen, drei davon sind undicht und werden im Sommer abgedichtet."]
    found, issues = pairs(lines, FOUNTAIN_INQUIRY)
    answer = "Die Stadt unterhält elf Brunnen, drei davon sind undicht und werden im Sommer abgedichtet."
    assert found == [("1", "Wie ist der Zustand der städtischen Brunnen?", answer),
                     ("2", "Wann werden die Brunnen instand gesetzt?", answer)]
    assert issues == []


def test_a_question_without_a_question_mark_is_not_cut_at_the_next_label_by_guess():
    # no question read from the inquiry, no "?" before the next label: where 2 ends (and its
    # answer starts) is not settled. Cut at label 3, question 2 would take in its answer and
    # share 3's answer without a doubt; kept as read, the doubt stays (items in capitals do not
    # complete the request's sentence: no request items, see test_import_request_items.py)
    inquiry = ["ANFRAGE", "Die Verwaltung möge berichten,",
               "1. Ob neue Brunnen geplant sind.", "2. Welche Brunnen zuerst saniert werden."]
    lines = ["1. Sind neue Brunnen geplant?", "Nein.", "",
             "2. Welche Brunnen werden zuerst saniert.", "Zuerst der Brunnen am Marktplatz, dann",
             "der im Stadtgarten.", "3. Wann beginnt die Sanierung?", "Im Mai."]
    _found, issues = pairs(lines, inquiry)
    assert any(issue.startswith("question contains the next question's label") for issue in issues)


# -- a pointer whose bracket the PDF broke before "zu 3.)" --------------------------------

def test_zu_n_closing_a_bracket_opened_on_the_line_before_is_no_answer_heading():
    inquiry = ["ANFRAGE", "1. Wie viele Brunnen gibt es?", "2. Wie viele davon sind undicht?"]
    lines = ["1. Wie viele Brunnen gibt es?", "Es gibt elf Brunnen.", "",
             "2. Wie viele davon sind undicht?", "Undicht sind keine der Brunnen (siehe Antwort",
             "zu 1.)"]
    found, issues = pairs(lines, inquiry)
    assert found == [("1", "Wie viele Brunnen gibt es?", "Es gibt elf Brunnen."),
                     ("2", "Wie viele davon sind undicht?", "Undicht sind keine der Brunnen (siehe Antwort zu 1.)")]
    assert issues == []


def test_zu_n_after_a_closed_line_still_heads_an_answer():
    inquiry = ["ANFRAGE", "1. Wie viele Brunnen gibt es?", "2. Wie viele davon sind undicht?"]
    lines = ["1. Wie viele Brunnen gibt es?", "2. Wie viele davon sind undicht?", "",
             "Die Fragen werden der Reihe nach beantwortet (siehe unten).", "zu 1.)", "Es gibt elf Brunnen.",
             "zu 2.)", "Keiner."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    assert "\n\nzu 1.)\n" in body or "\n\nzu 1.) " in body


# -- the askers' next item, repeated as "b." after the answer to "1. …? a. …" ------------

SCHOOL_INQUIRY = ["ANFRAGE", "1. Wie viele Stellen für Hausmeister sind an den Schulen unbesetzt?",
                  "a) an den städtischen Schulen", "b) an den Schulen freier Träger",
                  "2. Was plant die Stadt dagegen?"]


def school_answer(item_b):
    return ["1. Wie viele Stellen für Hausmeister sind an den Schulen unbesetzt?", "",
            "a. an den städtischen Schulen", "", "Im Jahr 2024 waren vier von 60 Stellen unbesetzt.", "",
            item_b, "", "Dazu liegen der Stadt keine Zahlen vor.", "",
            "2. Was plant die Stadt dagegen?", "Eine Werbekampagne."]


def test_the_askers_item_b_after_the_answer_to_item_a_is_sub_question_1b():
    found, issues = pairs(school_answer("b. an den Schulen freier Träger"), SCHOOL_INQUIRY)
    assert [(number, answer) for number, _text, answer in found] == [
        ("1", "Im Jahr 2024 waren vier von 60 Stellen unbesetzt."),
        ("1b", "Dazu liegen der Stadt keine Zahlen vor."), ("2", "Eine Werbekampagne.")]
    assert found[1][1] == "an den Schulen freier Träger"
    assert issues == []


def test_an_item_b_the_inquiry_does_not_list_stays_in_the_answer_as_a_doubt():
    # the administration's own "b." (not the askers' item): no sub-question is made of it
    found, issues = pairs(school_answer("b. an den Berufsschulen des Landes"), SCHOOL_INQUIRY)
    assert [number for number, _text, _answer in found] == ["1", "2"]
    assert any("labelled as the question's next item" in issue for issue in issues)


# -- the answer's first line taken in after a question's first sub-question ----------------

DAMAGE_INQUIRY = ["ANFRAGE", "1. Wie hoch war der Schaden am Brunnen?",
                  "2. Wie wurde der Schaden beglichen? a) Welche rechtlichen Folgen hatte der Vorfall? "
                  "Gab es einen Prozess? b) Wie hoch war der genaue Betrag, der der Baufirma für den gesamten "
                  "Schaden am Brunnen in Rechnung gestellt wurde? Ist die Rechnung bereits vollständig bezahlt?"]


def test_the_answers_first_line_after_an_asking_first_sub_question_is_given_back():
    lines = ["1. Wie hoch war der Schaden am Brunnen?", "Rund 40.000 Euro.", "",
             "2. Wie wurde der Schaden beglichen?", "a) Welche rechtlichen Folgen hatte der Vorfall? Gab es einen",
             "Prozess?", "Der Ausschuss hat am 3. Mai hierzu einen Beschluss",
             "gefasst. Die Firma wurde zunächst außergerichtlich zum Ersatz aufgefordert. Nachdem das",
             "gescheitert ist, wurde Klage beim Landgericht erhoben.", "",
             "b) Wie hoch war der genaue Betrag, der der Baufirma für den gesamten Schaden am Brunnen in",
             "Rechnung gestellt wurde? Ist die Rechnung bereits vollständig bezahlt?", "Siehe Nr. 1."]
    found, issues = pairs(lines, DAMAGE_INQUIRY)
    found = [(number, " ".join(question.split()), answer) for number, question, answer in found]
    assert found[1:] == [
        ("2", "Wie wurde der Schaden beglichen? a) Welche rechtlichen Folgen hatte der Vorfall? Gab es einen Prozess?",
         "Der Ausschuss hat am 3. Mai hierzu einen Beschluss gefasst. Die Firma wurde zunächst außergerichtlich "
         "zum Ersatz aufgefordert. Nachdem das gescheitert ist, wurde Klage beim Landgericht erhoben."),
        ("2b", "Wie hoch war der genaue Betrag, der der Baufirma für den gesamten Schaden am Brunnen in "
               "Rechnung gestellt wurde? Ist die Rechnung bereits vollständig bezahlt?", "Siehe Nr. 1.")]
    assert issues == []


def test_a_span_with_a_sub_item_that_asks_nothing_by_itself_is_kept():
    # "… abdecken? a) nach Fertigstellung …?": its answer may run in before the next item
    inquiry_text = ("9. Wie viel kann der Verbund abdecken? a) nach Fertigstellung des Tunnels? "
                    "b) nach Fertigstellung der Brücke?")
    lines = ["9. Wie viel kann der Verbund abdecken?", "a) nach Fertigstellung des Tunnels?",
             "Erst nach der neuen Berechnung kann hierzu eine Aussage", "getroffen werden."]
    span = QuestionSpan(0, 3, "9.", "Wie viel kann der Verbund abdecken? a) nach Fertigstellung des Tunnels? "
                                    "Erst nach der neuen Berechnung kann hierzu eine Aussage")
    assert answer_starts.without_answer_lines(lines, span, inquiry_text) == span
