"""Quoted questions ("> …", the importer's mark) whose labels the quote's own label reading
(numbers and small letters) does not take, and labels left inside question texts.

Each fixture is written for this test, imitating the layouts of the Karlsruhe answers.
"""

from anfragen import layouts, quoted_labels
from anfragen.parse import parse_inquiry


def pairs(inquiry):
    return [(q.number, q.text, inquiry.answers[q.answer].text if q.answer is not None else None)
            for q in inquiry.questions]


# -- a question of the inquiry moved up under another, answered with it --------------------

SECOND_QUESTION_MOVED_UP = (
    "A. Wie weit ist die Planung des Marktplatzes?\n\nDie Planung ruht bis zum Herbst.\n\n"
    "B. Viele Vorschläge liegen vor. Wie konkret sind die Pläne für eine Halle?\n\n"
    "> D. Was wird aus der alten Turnhalle?\n\n"
    "Pläne für eine Halle gibt es nicht. Die Turnhalle wird zuerst untersucht.\n\n"
    "C. Gibt es Anfragen von Vereinen?\n\nEs liegen keine Anfragen vor.\n")


def test_a_quoted_question_moved_up_under_another_is_answered_together_with_it():
    # the inquiry asks A to D; the answer document prints D, quoted, right under B and answers
    # both in one text: B and D stand before one answer and share it, D keeps its letter
    inquiry = parse_inquiry(SECOND_QUESTION_MOVED_UP)
    answer = "Pläne für eine Halle gibt es nicht. Die Turnhalle wird zuerst untersucht."
    assert pairs(inquiry) == [
        ("A", "Wie weit ist die Planung des Marktplatzes?", "Die Planung ruht bis zum Herbst."),
        ("B", "Viele Vorschläge liegen vor. Wie konkret sind die Pläne für eine Halle?", answer),
        ("D", "Was wird aus der alten Turnhalle?", answer),
        ("C", "Gibt es Anfragen von Vereinen?", "Es liegen keine Anfragen vor.")]
    b, d = inquiry.questions[1], inquiry.questions[2]
    assert b.answer == d.answer and inquiry.answers[b.answer].grouping == "consecutive"
    assert not inquiry.issues


# -- a quote with an unread label right after a question: a doubt, not a silent merge ------

LETTER_READ_LATER = (
    "A. Wie weit ist die Planung des Marktplatzes?\n\nDie Planung ruht bis zum Herbst.\n\n"
    "B. Wie konkret sind die Pläne für eine Halle?\n\n"
    "> D. Was wird aus der alten Turnhalle?\n\n"
    "Pläne für eine Halle gibt es nicht.\n\n"
    "C. Gibt es Anfragen von Vereinen?\n\nEs liegen keine Anfragen vor.\n\n"
    "D. Was wird aus der alten Turnhalle?\n\nSie wird zuerst untersucht.\n")


def test_guard_a_quoted_letter_that_is_read_later_stays_a_doubt():
    # D is asked and answered later in the document: the quote under B is not D moved up;
    # which text it belongs to is not settled, so it stays in B's text and is recorded
    inquiry = parse_inquiry(LETTER_READ_LATER)
    doubts = [i.reason for i in inquiry.issues]
    assert any("labelled 'D'" in d and "rest of question B" in d for d in doubts), doubts
    assert [q.number for q in inquiry.questions] == ["A", "B", "C", "D"]


def test_the_doubt_names_the_paragraph_and_its_line():
    inquiry = parse_inquiry(LETTER_READ_LATER)
    issue = next(i for i in inquiry.issues if "labelled 'D'" in i.reason)
    assert "Was wird aus der alten Turnhalle?" in issue.reason
    assert LETTER_READ_LATER.split("\n")[issue.line - 1].startswith("> D. Was wird")


def test_guard_a_quoted_letter_that_does_not_ask_is_no_question_moved_up():
    texts = ["B. Wie konkret sind die Pläne?", "> D. Die alte Turnhalle wird untersucht."]
    assert quoted_labels.moved_up_question("D. Die alte Turnhalle wird untersucht.", "Wie konkret sind die Pläne?",
                                           "B", ["A", "B"], texts) is None
    assert quoted_labels.moved_up_question("D. Was wird aus der Turnhalle?", "Wie konkret sind die Pläne?",
                                           "B", ["A", "B"], texts[:1] + ["> D. Was wird aus der Turnhalle?"]) \
        == layouts.Label("D", "quoted", "Was wird aus der Turnhalle?")
    inquiry = parse_inquiry(SECOND_QUESTION_MOVED_UP.replace("> D. Was wird aus der alten Turnhalle?",
                                                             "> D. Die alte Turnhalle wird untersucht."))
    assert [q.number for q in inquiry.questions] == ["A", "B", "C"]


def test_guard_a_letter_named_by_a_later_answer_header_stays_a_doubt():
    inquiry = parse_inquiry(SECOND_QUESTION_MOVED_UP + "\nZu D: Die Turnhalle bleibt.\n")
    assert any("labelled 'D'" in i.reason for i in inquiry.issues)
    assert "D" not in [q.number for q in inquiry.questions]


def test_guard_a_letter_before_the_current_one_stays_a_doubt():
    inquiry = parse_inquiry("B. Wie konkret sind die Pläne für eine Halle?\n\n"
                            "> A. Was wird aus der alten Turnhalle?\n\nPläne gibt es nicht.\n")
    assert any("labelled 'A'" in i.reason for i in inquiry.issues)
    assert [q.number for q in inquiry.questions] == ["B"]


def test_letter_mentions_counts_labels_and_names_of_a_capital_letter():
    texts = ["> D. Was wird?", "Zu D: Nichts.", "Zu den Fragen B und D:", "D\\) Wer?", "DRK. Die Hilfe",
             "Die Tabelle D zeigt"]
    assert quoted_labels.letter_mentions(texts, "D") == 4


def test_guard_z_b_broken_by_extraction_is_no_label_and_no_doubt():
    # "(z." / "> B. Stiftungen …)": the rest of question 2, the "B." of "z. B."
    inquiry = parse_inquiry("1. Wie viele Wohnungen fehlen?\n\nEs fehlen 900.\n\n"
                            "2. Gibt es Träger (z.\n\n> B. Stiftungen, Vereine) in der Stadt, die helfen könnten?\n\n"
                            "Ja, drei Genossenschaften.\n")
    assert not inquiry.issues
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert "B. Stiftungen" in inquiry.questions[1].text


def test_guard_a_follow_up_without_a_label_is_still_the_rest_of_the_question():
    inquiry = parse_inquiry("1. Gibt es einen Plan?\n\n> Wenn ja, bis wann?\n\nJa, bis 2027.\n")
    assert not inquiry.issues
    assert [q.number for q in inquiry.questions] == ["1"]


def test_unread_label_reads_capitals_and_roman_numerals_not_numbers_or_small_letters():
    assert quoted_labels.unread_label("D. Was wird aus der Halle?").number == "D"
    assert quoted_labels.unread_label("II. Wie hoch sind die Kosten?").number == "II"
    assert quoted_labels.unread_label("4. Wie hoch sind die Kosten?") is None  # read by the quote
    assert quoted_labels.unread_label("b) Wie hoch sind die Kosten?") is None  # read by the quote
    assert quoted_labels.unread_label("Wie hoch sind die Kosten?") is None
    assert quoted_labels.unread_label("B. Vereine) im Ort?", before="Gibt es Träger (z.") is None


# -- labels left inside question texts ------------------------------------------------------

def test_quoted_capital_letters_going_on_after_the_labelled_ones_are_numbered():
    inquiry = parse_inquiry("A. Wie lang ist der Tunnel?\n\nEr ist 2,4 km lang.\n\n"
                            "B. Wie viele Haltestellen hat er?\n\nSieben.\n\n"
                            "> C. Wie hoch sind die Kosten pro Monat?\n\nRund 80.000 Euro.\n\n"
                            "> D. Wer trägt sie?\n\nDie Verkehrsbetriebe.\n")
    assert pairs(inquiry)[2:] == [("C", "Wie hoch sind die Kosten pro Monat?", "Rund 80.000 Euro."),
                                  ("D", "Wer trägt sie?", "Die Verkehrsbetriebe.")]
    assert not inquiry.issues


def test_guard_a_quoted_capital_letter_that_does_not_follow_keeps_its_label_in_the_text():
    # "B)" after question 1: an item of the askers' own lettering, not question B
    inquiry = parse_inquiry("1. Wie viel Papier wird gesammelt?\n\nRund 9.000 Tonnen.\n\n"
                            "> B) Welche Kosten entstehen dabei?\n\nRund 1,2 Mio. Euro.\n")
    assert pairs(inquiry)[1] == ("", "B) Welche Kosten entstehen dabei?", "Rund 1,2 Mio. Euro.")


def test_guard_a_capital_letter_heading_a_section_is_no_question_number():
    inquiry = parse_inquiry("A. Wie lang ist der Tunnel?\n\nEr ist 2,4 km lang.\n\n"
                            "> B. Sonstiges 1. Warum wurde der Rat nicht gefragt?\n\nDie Frist war zu kurz.\n")
    assert pairs(inquiry)[1][:2] == ("", "B. Sonstiges 1. Warum wurde der Rat nicht gefragt?")


def test_a_quoted_roman_numeral_after_questions_numbered_by_figures_is_its_number():
    # "I. Unterbrechung der Arbeiten" heads questions 1 to 3; "> II. …?" is one question
    inquiry = parse_inquiry("I. Unterbrechung der Arbeiten\n\n1. Wann wird weitergebaut?\n\nIm Oktober.\n\n"
                            "2. Was kostet die Pause?\n\nNichts.\n\n"
                            "> II. Wie hoch ist die Kostensteigerung durch die Verzögerung?\n\nRund 3 %.\n")
    assert pairs(inquiry)[-1] == ("II", "Wie hoch ist die Kostensteigerung durch die Verzögerung?", "Rund 3 %.")
    assert not inquiry.issues


def test_a_restarted_section_number_already_asked_leaves_no_label_in_the_text():
    inquiry = parse_inquiry("Zum Thema Befristungen:\n\n1. Wo gibt es befristete Stellen?\n\nIn 12 Ämtern.\n\n"
                            "2. Wie viele wurden entfristet?\n\nRund 40.\n\nZum Thema Leiharbeit:\n\n"
                            "> 1. Wo arbeiten Leiharbeitskräfte?\n\nNur im Amt für Abfallwirtschaft.\n\n"
                            "> 2. Welche Firmen wurden beauftragt?\n\nZwei Firmen.\n")
    assert pairs(inquiry)[2:] == [("", "Wo arbeiten Leiharbeitskräfte?", "Nur im Amt für Abfallwirtschaft."),
                                  ("", "Welche Firmen wurden beauftragt?", "Zwei Firmen.")]
    assert inquiry.questions[2].context == "Zum Thema Leiharbeit:"


def test_guard_a_taken_letter_stays_in_the_text():
    # "a)" of another question: without a number of its own, the letter still shows the item
    inquiry = parse_inquiry("1. Gab es Beschwerden?\n\nJa.\n\n> a) Wie viele?\n\nDrei.\n\n"
                            "> a) Wie viele davon schriftlich?\n\nZwei.\n")
    assert [q.text for q in inquiry.questions if q.number == ""] == ["a) Wie viele davon schriftlich?"]


def test_the_answer_documents_heading_without_colon_is_no_part_of_the_question():
    inquiry = parse_inquiry("1. Zu Frage 1 Welche Maßnahmen gibt es?\n\nMehrere.\n\n"
                            "2. Zu Frage 2 Welche Förderung gibt es?\n\nKeine.\n")
    assert pairs(inquiry) == [("1", "Welche Maßnahmen gibt es?", "Mehrere."),
                              ("2", "Welche Förderung gibt es?", "Keine.")]


def test_guard_a_heading_naming_another_question_stays_in_the_text():
    assert quoted_labels.without_own_heading("Zu Frage 3 Welche Förderung gibt es?", "2") \
        == "Zu Frage 3 Welche Förderung gibt es?"
    assert quoted_labels.without_own_heading("Zu Frage 2 wurde nichts gesagt?", "2") \
        == "Zu Frage 2 wurde nichts gesagt?"
