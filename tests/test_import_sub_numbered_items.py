"""The askers' sub-question "1.2." run by extraction into the answer to their question "1."
(``sub_numbered_items.set_apart_sub_numbered_items``): set apart only where its label is a
sub-number of the question just asked and its text is the inquiry's text under that label.
Each guard is a pitfall; the wrong reading must not happen."""

from anfragen.imports import documents, inquiry_reading, sub_numbered_items
from anfragen.parse import parse_inquiry

QUOTED_SUB_QUESTIONS = """1. Wie viele Sporthallen sind umgerüstet?

Zwölf.

> {label} Haben auch die Schwimmbäder eine Beleuchtung mit LED-Technik?

Ein Bad.

2. Bis wann sollen alle Hallen umgerüstet sein?

Bis Ende 2026.
"""

# 41722 (layout imitated, own words): the inquiry numbers "1.", "1.2.", "2.", "3."
INQUIRY = ["ANFRAGE",
           "1. Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
           "",
           "1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?",
           "",
           "2. Bis wann sollen alle Hallen umgerüstet sein?",
           "",
           "3. Welche Kosten sind dafür vorgesehen?",
           "",
           "Begründung:",
           "Licht spart Strom."]

ANSWER_LINES = ["1. Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
                "Zwölf von zwanzig Hallen sind umgerüstet. Zwei weitere folgen im Herbst mit neuer",
                "Technik.",
                "1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?",
                "",
                "Das Hallenbad Nord ist umgerüstet, die übrigen Bäder noch nicht.",
                "2. Bis wann sollen alle Hallen umgerüstet sein?",
                "Bis Ende 2026.",
                "3. Welche Kosten sind dafür vorgesehen?",
                "Rund 300.000 Euro."]


def pairs(lines, inquiry):
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions], parsed.issues


def test_the_sub_question_inside_the_answer_before_is_set_apart_with_its_answer():
    found, issues = pairs(ANSWER_LINES, INQUIRY)
    assert found == [
        ("1", "Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
         "Zwölf von zwanzig Hallen sind umgerüstet. Zwei weitere folgen im Herbst mit neuer Technik."),
        ("1.2", "Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?",
         "Das Hallenbad Nord ist umgerüstet, die übrigen Bäder noch nicht."),
        ("2", "Bis wann sollen alle Hallen umgerüstet sein?", "Bis Ende 2026."),
        ("3", "Welche Kosten sind dafür vorgesehen?", "Rund 300.000 Euro."),
    ]
    assert issues == []


def test_a_sub_question_the_inquiry_words_otherwise_stays_inside_the_answer_as_a_doubt():
    lines = [line.replace("Haben auch die Schwimmbäder", "Haben auch die Turnhallen der Schulen")
             for line in ANSWER_LINES]
    found, issues = pairs(lines, INQUIRY)
    assert "1.2" not in [number for number, _text, _answer in found]
    assert [i for i in issues if "looks like a question" in i.reason]


def test_the_same_label_under_another_question_is_not_set_apart():
    # "1.2." inside the answer to question 2: not a sub-number of the question just asked
    paragraphs = ["2. Bis wann sollen alle Hallen umgerüstet sein?",
                  "Bis Ende 2026. 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?"]
    inquiry = " ".join(INQUIRY)
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry) == paragraphs


def test_a_sub_question_followed_by_more_of_the_askers_words_is_not_set_apart():
    # what follows the "?" is no statement of the administration's (the askers go on asking)
    paragraphs = ["1. Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
                  "Zwölf Hallen. 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik? "
                  "Wenn nein, warum nicht?"]
    inquiry = " ".join(INQUIRY)
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry) == paragraphs


def test_a_figure_like_a_sub_number_inside_a_sentence_is_not_set_apart():
    # "1.2 Millionen" after a finished sentence is no label the inquiry asks under
    paragraphs = ["1. Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
                  "Zwölf Hallen. 1.2 Millionen Euro wurden bisher ausgegeben, reicht das für die Schwimmbäder?"]
    inquiry = " ".join(INQUIRY)
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry) == paragraphs


def test_without_the_inquiry_nothing_is_set_apart():
    paragraphs = ["1. Wie viele Sporthallen der Stadt haben bereits eine Beleuchtung mit LED-Technik?",
                  "Zwölf Hallen. 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?"]
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, "") == paragraphs


def test_the_next_sub_question_run_into_the_answer_after_one_is_set_apart_in_turn():
    paragraphs = ["> 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?",
                  "Ein Bad ist umgerüstet. 1.3. Werden auch die Sporthallen der Schulen mit LED-Technik "
                  "beleuchtet? Die Schulen folgen ab 2027. 1.4. Wer trägt die Kosten für die Umrüstung der "
                  "Sportstätten? Die Stadt trägt die Kosten."]
    inquiry = ("1. Wie viele …? 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik? "
               "1.3. Werden auch die Sporthallen der Schulen mit LED-Technik beleuchtet? "
               "1.4. Wer trägt die Kosten für die Umrüstung der Sportstätten?")
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry) == [
        paragraphs[0], "Ein Bad ist umgerüstet.",
        "> 1.3. Werden auch die Sporthallen der Schulen mit LED-Technik beleuchtet?", "Die Schulen folgen ab 2027.",
        "> 1.4. Wer trägt die Kosten für die Umrüstung der Sportstätten?", "Die Stadt trägt die Kosten."]


def test_a_sub_number_that_skips_is_not_set_apart():
    # "1.4." right after "1.2.": not the next sub-question, kept as read
    paragraphs = ["> 1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik?",
                  "Ein Bad ist umgerüstet. 1.4. Wer trägt die Kosten für die Umrüstung der Sportstätten? "
                  "Die Stadt trägt die Kosten."]
    inquiry = ("1.2. Haben auch die Schwimmbäder der Stadt eine Beleuchtung mit LED-Technik? "
               "1.4. Wer trägt die Kosten für die Umrüstung der Sportstätten?")
    assert sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry) == paragraphs


def test_the_walk_numbers_a_quoted_second_sub_question_after_a_question_without_sub_questions():
    # the askers numbered "1.", "1.2.", "2.": their "1." stands for 1.1
    parsed = parse_inquiry(QUOTED_SUB_QUESTIONS.format(label="1.2."))
    assert [q.number for q in parsed.questions] == ["1", "1.2", "2"]
    assert parsed.issues == []


def test_the_walk_does_not_number_a_quoted_sub_question_that_skips_further():
    # "> 1.3." straight after question 1: not the second sub-question, it keeps no number
    parsed = parse_inquiry(QUOTED_SUB_QUESTIONS.format(label="1.3."))
    assert "1.3" not in [q.number for q in parsed.questions]
