"""Capital-letter sections whose numbers restart ("C." then "1.", "2."), in an answer document
that repeats the inquiry's questions word for word: the importer's quoted "> D. …?" opening
section D after question C.2 (``quoted_labels.opens_next_section``), a pointer answer run
onto a letter question's line and a letter the answer document gives twice where the inquiry
gives the next one (``imports/inquiry_letters.py``). Each guard is a pitfall; the wrong
reading must not happen.

Each fixture is written for this test, imitating the layout of a Karlsruhe answer (2014).
"""

from anfragen.imports import documents, inquiry_letters, inquiry_reading
from anfragen.parse import parse_inquiry

INQUIRY = ["ANFRAGE",
           "A. Für die neue Brücke am Hafen liegt ein Gutachten vor. Was sagt es über die",
           "Tragfähigkeit aus?", "",
           "B. Die Brücke soll auch Radfahrern offenstehen. Wie breit wird der Radweg?", "",
           "C. Während der Bauzeit wird der Hafen gesperrt. Wie lange dauert die Sperrung?", "",
           "1. Wie werden die Anlieger informiert?",
           "2. Gibt es eine Umleitung für den Lieferverkehr?", "",
           "D. Der Hersteller bietet für die Brücke eine Beleuchtung mit Sensoren an. Wird",
           "die Brücke damit ausgestattet?", "",
           "1. Wenn ja, was kostet die Beleuchtung?",
           "2. Wer wartet die Sensoren?", "",
           "E. Falls das Hochwasser die Baustelle erreicht: Ist der Zeitplan dann noch zu",
           "halten?", "",
           "1. Welche Schutzmaßnahmen sind vorgesehen?",
           "2. Wer trägt die Kosten eines Schadens?", ""]

ANSWER = ["A. Für die neue Brücke am Hafen liegt ein Gutachten vor. Was sagt es über die Tragfähigkeit aus?",
          "Das Gutachten bestätigt eine ausreichende Tragfähigkeit für alle Lastfälle.", "",
          "B. Die Brücke soll auch Radfahrern offenstehen. Wie breit wird der Radweg?",
          "Der Radweg wird auf ganzer Länge drei Meter breit.", "",
          "C. Während der Bauzeit wird der Hafen gesperrt. Wie lange dauert die Sperrung?",
          "Die Sperrung dauert voraussichtlich sechs Wochen.", "",
          "1. Wie werden die Anlieger informiert?",
          "Die Anlieger erhalten vier Wochen vor Baubeginn ein Schreiben der Bauleitung.", "",
          "2. Gibt es eine Umleitung für den Lieferverkehr?",
          "Der Lieferverkehr wird über die Kanalstraße umgeleitet und dort ausgeschildert.", "",
          "D. Der Hersteller bietet für die Brücke eine Beleuchtung mit Sensoren an. Wird",
          "die Brücke damit ausgestattet?",
          "1. Wenn ja, was kostet die Beleuchtung?",
          "2. Wer wartet die Sensoren?",
          "Die Beleuchtung gehört zum Lieferumfang und kostet nichts zusätzlich. Die Wartung",
          "übernimmt der Hersteller in den ersten fünf Jahren.", "",
          "D. Falls das Hochwasser die Baustelle erreicht, ist der Zeitplan dann noch zu",
          "halten?",
          "siehe hierzu Antwort zu C.1.", "",
          "1. Welche Schutzmaßnahmen sind vorgesehen?",
          "Die Baugrube wird mit mobilen Wänden gegen Hochwasser gesichert.", "",
          "2. Wer trägt die Kosten eines Schadens?",
          "Schäden trägt die Versicherung der beauftragten Baufirma.", ""]

BOTH_SYSTEMS = ("Die Beleuchtung gehört zum Lieferumfang und kostet nichts zusätzlich. Die Wartung übernimmt "
                "der Hersteller in den ersten fünf Jahren.")


def body(answer=ANSWER, inquiry=INQUIRY):
    return documents.compose_body(answer, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))[0]


def pairs(text):
    parsed = parse_inquiry(text)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_each_section_keeps_its_letter_and_its_numbers():
    # D's question and its two numbers share one answer; the second "D." is the inquiry's E,
    # answered by its pointer; E's numbers restart under E
    read, issues = pairs(body())
    assert [number for number, _q, _a in read] == ["A", "B", "C", "C.1", "C.2", "D", "D.1", "D.2", "E", "E.1", "E.2"]
    by_number = {number: (question, answer) for number, question, answer in read}
    assert by_number["D"][0].startswith("Der Hersteller bietet") and by_number["D"][1] == BOTH_SYSTEMS
    assert by_number["D.1"] == ("Wenn ja, was kostet die Beleuchtung?", BOTH_SYSTEMS)
    assert by_number["D.2"] == ("Wer wartet die Sensoren?", BOTH_SYSTEMS)
    assert by_number["E"] == ("Falls das Hochwasser die Baustelle erreicht, ist der Zeitplan dann noch zu halten?",
                              "siehe hierzu Antwort zu C.1.")
    assert by_number["E.1"] == ("Welche Schutzmaßnahmen sind vorgesehen?",
                                "Die Baugrube wird mit mobilen Wänden gegen Hochwasser gesichert.")
    assert by_number["E.2"][1] == "Schäden trägt die Versicherung der beauftragten Baufirma."
    assert not issues


# -- (1) "> D. …?" after C.2 opens section D -----------------------------------------------

QUOTED_SECTION = ("A. Was sagt das Gutachten?\n\nDie Tragfähigkeit reicht aus.\n\n"
                  "B. Wie breit wird der Radweg?\n\nDrei Meter.\n\n"
                  "C. Wie lange dauert die Sperrung?\n\nSechs Wochen.\n\n"
                  "1. Wie werden die Anlieger informiert?\n\nPer Schreiben der Bauleitung.\n\n"
                  "2. Gibt es eine Umleitung?\n\nJa, über die Kanalstraße.\n\n"
                  "> D. Der Hersteller bietet eine Beleuchtung an. Wird die Brücke damit ausgestattet?\n\n"
                  "> 1. Wenn ja, was kostet sie?\n\n"
                  "Sie gehört zum Lieferumfang.\n")


def test_a_quoted_next_letter_after_a_sections_number_opens_its_own_section():
    read, issues = pairs(QUOTED_SECTION)
    assert [number for number, _q, _a in read] == ["A", "B", "C", "C.1", "C.2", "D", "D.1"]
    read = read[2:]
    assert read[3][1] == "Der Hersteller bietet eine Beleuchtung an. Wird die Brücke damit ausgestattet?"
    assert read[3][2] == read[4][2] == "Sie gehört zum Lieferumfang."
    assert not issues


def test_guard_a_quoted_letter_that_skips_one_opens_no_section():
    # "> E." after C.2: not the next letter; it keeps no number of its own, and "> 1." after it
    # is no question of a section E
    read, issues = pairs(QUOTED_SECTION.replace("> D. ", "> E. "))
    assert "E" not in [number for number, _q, _a in read]
    assert "E.1" not in [number for number, _q, _a in read]


def test_guard_a_quoted_letter_holding_a_numbered_question_opens_no_section():
    # "> D. Sonstiges 1. Wird …?": a heading run into its first question, not D's own question
    read, _issues = pairs(QUOTED_SECTION.replace(
        "> D. Der Hersteller bietet eine Beleuchtung an. Wird die Brücke damit ausgestattet?",
        "> D. Sonstiges 1. Wird die Brücke beleuchtet?"))
    assert "D" not in [number for number, _q, _a in read]


def test_guard_a_quoted_letter_that_does_not_ask_opens_no_section():
    read, _issues = pairs(QUOTED_SECTION.replace("Wird die Brücke damit ausgestattet?",
                                                 "Die Brücke wird damit ausgestattet."))
    assert "D" not in [number for number, _q, _a in read]


# -- (2) a letter given twice, the inquiry's next letter -----------------------------------

INQUIRY_TEXT = " ".join(INQUIRY)
SECOND_D = "D. Falls das Hochwasser die Baustelle erreicht, ist der Zeitplan dann noch zu halten?"
FIRST_D = "> D. Der Hersteller bietet für die Brücke eine Beleuchtung mit Sensoren an. Wird die Brücke damit ausgestattet?"


def test_a_letter_given_twice_gets_the_inquirys_next_letter_for_the_same_words():
    # the words differ from the inquiry's only in punctuation (", ist" for ": Ist")
    assert inquiry_letters.with_inquiry_letters([FIRST_D, "Text.", SECOND_D], INQUIRY_TEXT)[2] \
        == "E. Falls das Hochwasser die Baustelle erreicht, ist der Zeitplan dann noch zu halten?"
    assert inquiry_letters.with_inquiry_letters([FIRST_D, "> " + SECOND_D], INQUIRY_TEXT)[1].startswith("> E. Falls")


def test_guard_words_not_the_inquirys_next_question_keep_their_letter():
    # one word other than the inquiry's: not the same question, nothing is settled
    other = SECOND_D.replace("Zeitplan", "Kostenplan")
    assert inquiry_letters.with_inquiry_letters([FIRST_D, other], INQUIRY_TEXT)[1] == other


def test_guard_a_letter_given_once_keeps_it():
    assert inquiry_letters.with_inquiry_letters(["Text.", SECOND_D], INQUIRY_TEXT)[1] == SECOND_D


def test_guard_no_relabel_where_the_next_letter_is_given_already():
    # the answer document labels a question "E." too: the gap is not there to fill
    later_e = "E. Wer trägt die Kosten?"
    assert inquiry_letters.with_inquiry_letters([FIRST_D, SECOND_D, later_e], INQUIRY_TEXT)[1] == SECOND_D


def test_guard_no_relabel_where_the_inquiry_asks_the_words_under_the_letter_given():
    # the inquiry itself gives the letter twice: the answer's "D." is the inquiry's
    inquiry = INQUIRY_TEXT.replace("E. Falls das Hochwasser", "D. Falls das Hochwasser")
    assert inquiry_letters.with_inquiry_letters([FIRST_D, SECOND_D], inquiry)[1] == SECOND_D


def test_guard_without_the_inquiry_nothing_is_relabelled():
    assert inquiry_letters.with_inquiry_letters([FIRST_D, SECOND_D], "") == [FIRST_D, SECOND_D]


# -- (3) a pointer answer run onto a letter question's line ------------------------------

def test_a_pointer_after_a_letter_questions_mark_is_its_answer():
    assert documents.split_labelled_question(SECOND_D + " siehe hierzu Antwort zu C.1.") \
        == [SECOND_D, "siehe hierzu Antwort zu C.1."]
    assert inquiry_letters.split_pointer_after_letter_question("B. Wie breit wird er? Vgl. Antwort zu Frage A.") \
        == ["B. Wie breit wird er?", "Vgl. Antwort zu Frage A."]


def test_guard_a_statement_after_a_letter_questions_mark_stays_with_it():
    # "C. …? Sechs Wochen …": which part is the askers' is not settled by the layout here
    text = "C. Wie lange dauert die Sperrung? Sechs Wochen sind geplant."
    assert inquiry_letters.split_pointer_after_letter_question(text) is None
    assert documents.split_labelled_question(text) == [text]


def test_guard_a_pointer_that_names_no_answer_or_asks_again_stays():
    assert inquiry_letters.split_pointer_after_letter_question("C. Wie lange dauert sie? siehe oben") is None
    assert inquiry_letters.split_pointer_after_letter_question(
        "C. Wie lange dauert sie? siehe Antwort zu A. Und wie lange danach?") is None
