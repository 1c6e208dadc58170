"""A question's later sentence, repeated in its answer with the bodies the administration
renamed in the question's first sentence, stays with its question
(``anfragen/imports/renamed_sentences.py``). Fixtures are invented; they imitate a layout
of the Karlsruhe corpus (2015/0438: "Stadtjugendkonferenz und Jugendstadtteilforen" asked,
"Jugendkonferenz und Jugendforen" repeated)."""

from anfragen.imports import documents, inquiry_reading, renamed_sentences
from anfragen.parse import parse_inquiry

SENIORS_INQUIRY = [
    "1. Welche Erfahrungen hat die Verwaltung mit den eingeführten Formen der Mitsprache "
    "(Stadtseniorenkonferenz und Seniorenquartierstreffen) gemacht? Welche Beschlüsse des Gemeinderats "
    "gehen auf Anregungen der Stadtseniorenkonferenz und Seniorenquartierstreffen zurück?",
    "2. Wie oft tagt die Stadtseniorenkonferenz im Jahr?",
    "3. Ist ein eigenes Budget für die Seniorenquartierstreffen vorgesehen?",
]
FIRST_RENAMED = ("1. Welche Erfahrungen hat die Verwaltung mit den eingeführten Formen der Mitsprache "
                 "(Seniorenkonferenz und Seniorentreffen) gemacht?")
FIRST_AS_ASKED = ("1. Welche Erfahrungen hat die Verwaltung mit den eingeführten Formen der Mitsprache "
                  "(Stadtseniorenkonferenz und Seniorenquartierstreffen) gemacht?")
LATER_RENAMED = ("Welche Beschlüsse des Gemeinderats gehen auf Anregung der Seniorenkonferenz und "
                 "Seniorentreffen zurück?")


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> str:
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))[0]


def _answer_document(first: str, later: str) -> list[str]:
    return [first, "", "Die Erfahrungen sind gut. Beide Formen werden rege besucht.", "",
            later, "- der neue Treffpunkt im Westen", "- eine halbe Stelle für die Beratung", "",
            "2. Wie oft tagt die Seniorenkonferenz im Jahr?", "", "Zweimal.", "",
            "3. Ist ein eigenes Budget für die Seniorentreffen vorgesehen?", "", "Nein."]


def _answers(parsed) -> list[str | None]:
    return [parsed.answers[q.answer].text if q.answer is not None else None for q in parsed.questions]


def test_a_later_sentence_repeated_with_the_bodies_renamed_as_in_the_first_stays_with_its_question():
    body = _compose(SENIORS_INQUIRY, _answer_document(FIRST_RENAMED, LATER_RENAMED))
    parsed = parse_inquiry(body)
    assert parsed.issues == []
    assert parsed.questions[0].text == FIRST_RENAMED[3:] + " " + LATER_RENAMED  # as the answer repeats it
    assert _answers(parsed)[0].startswith("Die Erfahrungen sind gut.")
    assert _answers(parsed)[0].endswith("- eine halbe Stelle für die Beratung")
    assert _answers(parsed)[1:] == ["Zweimal.", "Nein."]


def test_a_rename_the_first_sentence_does_not_make_leaves_the_doubt():
    # the first sentence repeated as asked: "Seniorenkonferenz" in the later one alone may be another body
    body = _compose(SENIORS_INQUIRY, _answer_document(FIRST_AS_ASKED, LATER_RENAMED))
    parsed = parse_inquiry(body)
    assert parsed.questions[0].text == FIRST_AS_ASKED[3:]
    assert any("looks like a question" in issue.reason for issue in parsed.issues)


def test_a_later_sentence_with_another_word_changed_is_no_repetition():
    # "Beschlüsse des Ortschaftsrats" for "des Gemeinderats": another question, perhaps
    other = LATER_RENAMED.replace("Gemeinderats", "Ortschaftsrats")
    parsed = parse_inquiry(_compose(SENIORS_INQUIRY, _answer_document(FIRST_RENAMED, other)))
    assert parsed.questions[0].text == FIRST_RENAMED[3:]
    assert any("looks like a question" in issue.reason for issue in parsed.issues)


def test_a_compound_is_renamed_only_by_leaving_out_its_start_or_a_part_inside():
    assert renamed_sentences.shortened_compound("Jugendkonferenz", "Stadtjugendkonferenz")
    assert renamed_sentences.shortened_compound("Jugendforen", "Jugendstadtteilforen")
    assert not renamed_sentences.shortened_compound("Zusatzraumwünsche", "Raumwünsche")  # lengthened
    assert not renamed_sentences.shortened_compound("Jugendkonferenz", "Jugendkonferenzbeschluss")  # last part lost
    assert not renamed_sentences.shortened_compound("Anregung", "Anregungen")  # a syllable: ``rewording``
    assert not renamed_sentences.shortened_compound("Seniorenforen", "Jugendstadtteilforen")  # another word
    assert not renamed_sentences.shortened_compound("möglich", "unmöglich")


def test_renames_must_be_the_same_throughout_the_first_sentences():
    assert renamed_sentences.renamed_words("Wer leitet die Jugendkonferenz?", "Wer leitet die Stadtjugendkonferenz?") \
        == {"stadtjugendkonferenz": "jugendkonferenz"}
    assert renamed_sentences.renamed_words("Wer leitet die Jugendkonferenz?", "Wer leitet die Jugendkonferenz?") is None
    assert renamed_sentences.renamed_words("Wer leitet die Konferenz heute?", "Wer leitet die Stadtjugendkonferenz?") \
        is None


def test_a_renamed_sentence_without_an_answer_before_and_after_it_settles_nothing():
    renames = {"stadtseniorenkonferenz": "seniorenkonferenz", "seniorenquartierstreffen": "seniorentreffen"}
    asked = [SENIORS_INQUIRY[0].split("? ")[1]]
    assert renamed_sentences.repeated_renamed(["Gut.", LATER_RENAMED, "- zwei Beschlüsse"], asked, renames) \
        == [LATER_RENAMED]
    assert renamed_sentences.repeated_renamed([LATER_RENAMED, "- zwei Beschlüsse"], asked, renames) is None
    assert renamed_sentences.repeated_renamed(["Gut.", LATER_RENAMED], asked, renames) is None
