"""A paragraph right after a question that opens with statements and ends in "?" is answer
text with the next question run onto its end, not the question's continuation
(``anfragen/stated_then_asked.py``, ``Walker._continues_question``). Fixtures are invented;
they imitate a layout of the Karlsruhe corpus (2021/1018: the answer to question 1, then
"1.2. Verfügen …?" on the same paragraph after extraction)."""

from anfragen.imports import documents, oparl
from anfragen.parse import parse_inquiry
from anfragen.stated_then_asked import states_then_asks

QUESTION_1 = ("1. Wie viele Sporthallen der Stadt verfügen bereits über eine Lautsprecheranlage? "
              "Welchem Anteil an allen Hallen entspricht dies?")
SUB_QUESTION = "1.2. Verfügen die Schwimmbäder über eine solche Anlage?"
QUESTION_2 = "2. Gibt es Pläne, nach und nach alle Hallen auszustatten?"
INQUIRY = "\n\n".join(["Anfrage", "Lautsprecher in Sporthallen", QUESTION_1, SUB_QUESTION, QUESTION_2,
                       "Begründung:", "Durchsagen sind bei Wettkämpfen kaum zu verstehen.",
                       "Unterzeichnet von:", "B. Beispiel"]) + "\n"
# the inquiry words its 1.2 otherwise than the answer repeats it: the importer does not set
# the run-in sub-question apart (``imports/sub_numbered_items.py`` needs the inquiry's text)
INQUIRY_OTHERWISE = INQUIRY.replace(SUB_QUESTION, "1.2. Gibt es solche Anlagen auch in den Bädern der Stadt?")
ANSWER_1 = ("Derzeit haben 14 von 31 Hallen eine Lautsprecheranlage. Bis Ende des Jahres folgen zwei "
            "weitere Hallen. Damit ist etwas mehr als die Hälfte der Hallen ausgestattet.")
ANSWER_12 = "Im Hallenbad Nord gibt es eine Anlage. Im Freibad Süd wird sie zurzeit eingebaut."
ANSWER_2 = "Pläne dafür gibt es nicht."


def _answer_document(answer_1_lines: list[str]) -> str:
    """The answer document as extraction leaves it: no blank line between a question and
    its answer, the sub-question on the line after answer 1's last sentence."""
    return "\n".join(["Stellungnahme zur Anfrage", "", "Lautsprecher in Sporthallen", "",
                      QUESTION_1, *answer_1_lines, "", ANSWER_12, QUESTION_2, ANSWER_2, ""])


def _parsed(answer: str, inquiry: str = INQUIRY):
    item = oparl.PaperFiles(
        {"reference": "2024/0200", "name": "Lautsprecher in Sporthallen",
         "mainFile": {"id": "f/1", "name": "Anfrage"},
         "auxiliaryFile": [{"id": "f/2", "name": "StN Lautsprecher in Sporthallen"}]},
        {"1": inquiry, "2": answer})
    result = oparl.convert_paper(item, None)
    return parse_inquiry(documents.render(result.front, result.body))


def _pairs(parsed) -> list[tuple[str, str, str | None]]:
    return [(q.number, q.text, parsed.answers[q.answer].text if q.answer is not None else None)
            for q in parsed.questions]


def test_answer_with_the_sub_question_run_onto_its_end_is_no_part_of_the_question():
    parsed = _parsed(_answer_document([ANSWER_1, SUB_QUESTION]), INQUIRY_OTHERWISE)
    question_1 = QUESTION_1.removeprefix("1. ")
    # question 1 stays as asked; answer 1 holds the run-in sub-question and its answer,
    # and that is recorded: the paper is not counted complete
    assert _pairs(parsed)[0][:2] == ("1", question_1)
    assert _pairs(parsed)[0][2].startswith(ANSWER_1)
    assert ANSWER_12 in _pairs(parsed)[0][2]
    assert _pairs(parsed)[1] == ("2", QUESTION_2.removeprefix("2. "), ANSWER_2)
    assert any("looks like a question" in issue.reason for issue in parsed.issues)


def test_the_question_never_takes_in_its_answer_and_the_next_question():
    # the wrong reading before: question 1 = question 1 + answer 1 + "1.2. …?", paired with
    # the answer to 1.2 and counted complete without a doubt
    parsed = _parsed(_answer_document([ANSWER_1, SUB_QUESTION]), INQUIRY_OTHERWISE)
    assert all(ANSWER_1[:30] not in q.text and "Schwimmbäder" not in q.text for q in parsed.questions)
    assert parsed.issues


def test_the_sub_question_the_inquiry_asks_under_its_label_is_set_apart_and_answered():
    # the inquiry asks "1.2. Verfügen …?" in the same words: the importer sets it apart
    parsed = _parsed(_answer_document([ANSWER_1, SUB_QUESTION]))
    assert _pairs(parsed) == [("1", QUESTION_1.removeprefix("1. "), ANSWER_1),
                              ("1.2", SUB_QUESTION.removeprefix("1.2. "), ANSWER_12),
                              ("2", QUESTION_2.removeprefix("2. "), ANSWER_2)]
    assert parsed.issues == []


def test_one_paragraph_answer_ending_in_a_question_is_not_the_questions_continuation():
    # the answer's own closing question, without a label, right after its question
    text = ("---\nreference: 2024/0201\ntitle: Lautsprecher\n---\n\n"
            f"{QUESTION_1}\n\nDerzeit haben 14 von 31 Hallen eine Anlage. Wer kann die Durchsagen "
            f"dort überhaupt verstehen?\n\n{QUESTION_2}\n\n{ANSWER_2}\n")
    parsed = parse_inquiry(text)
    assert parsed.questions[0].text == QUESTION_1.removeprefix("1. ")
    assert parsed.answers[parsed.questions[0].answer].text.startswith("Derzeit haben 14")
    assert any("looks like a question" in issue.reason for issue in parsed.issues)


# -- guards: the rest of a question set out over two paragraphs stays the question's ------

def test_a_follow_up_that_asks_from_its_start_continues_the_question():
    text = ("---\nreference: 2024/0202\ntitle: Lautsprecher\n---\n\n"
            "1. Gibt es in den Hallen eine Lautsprecheranlage?\n\nWenn ja, seit wann?\n\n"
            f"Ja, seit 2019.\n\n{QUESTION_2}\n\n{ANSWER_2}\n")
    parsed = parse_inquiry(text)
    assert _pairs(parsed)[0] == ("1", "Gibt es in den Hallen eine Lautsprecheranlage?\n\nWenn ja, seit wann?",
                                 "Ja, seit 2019.")
    assert parsed.issues == []


def test_the_askers_further_sentences_found_in_their_inquiry_stay_with_the_question():
    # the askers' reasons and their next question, on the lines after question 1 in the answer
    # document and in their inquiry: the importer joins them to the question
    further = "Die Anlagen wurden 2010 zuletzt geprüft. Ist eine neue Prüfung geplant?"
    inquiry = INQUIRY.replace(SUB_QUESTION + "\n\n", "").replace(QUESTION_1, f"{QUESTION_1}\n{further}")
    answer = "\n".join(["Stellungnahme zur Anfrage", "", QUESTION_1, further, ANSWER_1, QUESTION_2, ANSWER_2, ""])
    parsed = _parsed(answer, inquiry)
    assert _pairs(parsed) == [("1", QUESTION_1.removeprefix("1. ") + " " + further, ANSWER_1),
                              ("2", QUESTION_2.removeprefix("2. "), ANSWER_2)]
    assert parsed.issues == []


def test_a_further_question_of_the_askers_set_out_as_its_own_paragraph_continues_the_question():
    text = ("---\nreference: 2024/0203\ntitle: Lautsprecher\n---\n\n"
            "1. In wie vielen Hallen fehlt eine Anlage, und wie viele davon sind Schulsporthallen:\n\n"
            "Welche Kosten hätte eine Ausstattung aller dieser Hallen?\n\n"
            f"In 17 Hallen, davon 12 Schulsporthallen; die Kosten liegen bei rund 200.000 Euro.\n\n"
            f"{QUESTION_2}\n\n{ANSWER_2}\n")
    parsed = parse_inquiry(text)
    assert parsed.questions[0].text.endswith("Welche Kosten hätte eine Ausstattung aller dieser Hallen?")
    assert parsed.issues == []


def test_what_states_then_asks():
    assert states_then_asks(f"{ANSWER_1} {SUB_QUESTION}")
    assert states_then_asks("Es sind 40 Stellen. b) Wie viele davon sind besetzt?")
    assert not states_then_asks("Wenn ja, welche?")
    assert not states_then_asks("Bitte nennen Sie die Zahl je Jahr. Wie hoch ist sie?")  # their request
    assert not states_then_asks("Wurden z. B. solche Anlagen am 1. Mai gebaut?")  # abbreviations, a date
    assert not states_then_asks("Falls ja: Wer zahlt die Kosten (ca. 5 Mio. Euro)?")
