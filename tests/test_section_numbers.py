"""Questions numbered under their section's letter without a separator ("A1.", "A2.",
"B1."): each capital letter opens with the askers' statement, then its questions.
A layout of the Karlsruhe corpus (2019); the fixture is invented."""

from anfragen.imports import documents
from anfragen.imports.section_numbers import split_section_numbered
from anfragen.parse import parse_inquiry

# What the importer writes once the paragraphs are set apart (the answer document's layout)
SECTION_NUMBERED = (
    "A. Die Zahl der Leihräder ist von 900 auf 600 gesunken.\n\n"
    "A1. Ist das nicht ein Widerspruch zum Ausbau?\n\n"
    "A2. Welche Gründe gibt es dafür?\n\n"
    "Die Zahl schwankt mit der Jahreszeit. Im Sommer sind es wieder 850 Räder.\n\n"
    "B. Die Stationen am Bahnhof sind oft leer.\n\n"
    "B1. Wie oft werden sie aufgefüllt?\n\n"
    "Zweimal am Tag.\n\n"
    "B2. Wenn nein, warum nicht?\n\n"
    "Da Frage B1 beantwortet wurde, erübrigt sich die Frage B2.\n\n"
    "C. Wäre eine dritte Station nicht sinnvoll?\n\n"
    "Eine dritte Station ist für 2027 geplant.\n"
)


def test_questions_numbered_under_their_sections_letter():
    inquiry = parse_inquiry(SECTION_NUMBERED)
    assert [q.number for q in inquiry.questions] == ["A.1", "A.2", "B.1", "B.2", "C"]
    answers = {q.number: inquiry.answers[q.answer].text for q in inquiry.questions}
    # one block of answer text after a run of questions: shared, as in any section
    assert answers["A.1"] == answers["A.2"]
    assert answers["A.1"].startswith("Die Zahl schwankt")
    assert answers["B.1"] == "Zweimal am Tag."
    assert answers["C"] == "Eine dritte Station ist für 2027 geplant."
    assert not inquiry.issues


def test_the_letters_statement_is_the_context_of_its_first_question_not_answer_text():
    inquiry = parse_inquiry(SECTION_NUMBERED)
    b1 = next(q for q in inquiry.questions if q.number == "B.1")
    assert b1.context.startswith("B. Die Stationen am Bahnhof")
    a2 = next(q for q in inquiry.questions if q.number == "A.2")
    assert "Stationen" not in inquiry.answers[a2.answer].text  # guard: not the end of answer A


def test_a_section_number_that_does_not_follow_is_no_question():
    # guard: "B3." after A.2 skips section B's start: kept in the answer, and doubted
    text = SECTION_NUMBERED.replace("B1. Wie oft", "B3. Wie oft")
    inquiry = parse_inquiry(text)
    assert "B.3" not in [q.number for q in inquiry.questions]
    assert inquiry.issues


def test_the_importer_sets_apart_questions_of_one_section_run_into_one_paragraph():
    paragraph = ("A1. Ist das nicht ein Widerspruch? A2. Welche Gründe gibt es dafür? "
                 "A3. Wie viele Räder gibt es heute? Die Zahl schwankt mit der Jahreszeit.")
    assert split_section_numbered(paragraph) == [
        "A1. Ist das nicht ein Widerspruch?", "A2. Welche Gründe gibt es dafür?",
        "A3. Wie viele Räder gibt es heute? Die Zahl schwankt mit der Jahreszeit."]
    # the last question and its answer are set apart as any labelled question's
    assert documents.split_labelled_question(split_section_numbered(paragraph)[-1]) == [
        "A3. Wie viele Räder gibt es heute?", "Die Zahl schwankt mit der Jahreszeit."]


def test_the_importer_cuts_only_before_the_next_number_of_the_same_letter():
    # guard: "B2." after A1 (another letter) and "A3." after A1 (a skipped number) stay in place
    for paragraph in ("A1. Ist das nicht ein Widerspruch? B2. Welche Gründe gibt es?",
                      "A1. Ist das nicht ein Widerspruch? A3. Welche Gründe gibt es?",
                      "Ist das nicht ein Widerspruch? A2. Welche Gründe gibt es?"):
        assert split_section_numbered(paragraph) == [paragraph]
