"""A question the answer document repeats word for word as the inquiry asks it, the
askers' own statement after its "?" included, holds no answer of its own: it may share the
answer after the next question (``anfragen/imports/questions_as_asked.py``, the walker's
``_unanswered_run``). Fixtures are invented; they imitate layouts of the Karlsruhe corpus."""

from anfragen.imports import documents, inquiry_reading
from anfragen.imports.questions_as_asked import is_question_as_asked, mark_questions_as_asked
from anfragen.layouts import letters
from anfragen.parse import parse_inquiry

BENCH_INQUIRY = [
    "1. Wie viele Sitzbänke stehen in den Grünanlagen?",
    "2. Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich ist seit Monaten beschädigt.",
    "3. Kann am Rheinufer eine weitere Bank aufgestellt werden?",
    "4. Was kostet die Pflege jährlich?",
]


def _answer(second: str) -> list[str]:
    return ["1. Wie viele Sitzbänke stehen in den Grünanlagen?", "Es sind 412 Bänke.", "",
            second, "",
            "3. Kann am Rheinufer eine weitere Bank aufgestellt werden?",
            "Die Bänke pflegt das Gartenbauamt. Die Bank am Schlossteich wird im Mai ersetzt. "
            "Am Rheinufer ist eine Bank für den Herbst vorgesehen.", "",
            "4. Was kostet die Pflege jährlich?", "Etwa 30.000 Euro."]


def _parsed(second: str):
    expected = inquiry_reading.inquiry_questions(BENCH_INQUIRY)
    body = documents.compose_body(_answer(second), expected, " ".join(BENCH_INQUIRY))[0]
    return body, parse_inquiry(body)


def _answers(parsed) -> list[str | None]:
    return [parsed.answers[q.answer].text[:20] if q.answer is not None else None for q in parsed.questions]


def test_the_askers_statement_after_the_question_mark_lets_the_question_share_the_next_answer():
    # 2020/0881: "3. Wie ist die Wartung …? Die Uhr … ist schon länger nicht aktiv." / "4. …?" /
    # one answer to both
    body, parsed = _parsed("2. Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich ist seit "
                           "Monaten beschädigt.")
    assert "> Wortlaut der Anfrage: 2. Wie ist die Pflege" in body
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "4"]
    assert parsed.questions[1].text.endswith("ist seit Monaten beschädigt.")
    assert _answers(parsed) == ["Es sind 412 Bänke.", "Die Bänke pflegt das", "Die Bänke pflegt das",
                                "Etwa 30.000 Euro."]
    assert parsed.answers[parsed.questions[1].answer].grouping == "consecutive"
    assert not parsed.issues


def test_without_the_importers_finding_the_statement_may_be_the_answer_and_ends_the_run():
    # the same Markdown unmarked (no inquiry to find it in): "…? Die Bank … beschädigt." may
    # be question 2 with its answer run in, so the answer after question 3 is 3's alone
    body = "\n\n".join(p for p in _answer("2. Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich "
                                           "ist seit Monaten beschädigt.") if p)
    parsed = parse_inquiry(body + "\n")
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "4"]
    assert _answers(parsed) == ["Es sind 412 Bänke.", None, "Die Bänke pflegt das", "Etwa 30.000 Euro."]


def test_an_answer_run_into_the_question_is_not_marked():
    # the administration's "Das Gartenbauamt pflegt sie." after the "?" is not in the inquiry
    body, parsed = _parsed("2. Wie ist die Pflege der Bänke geregelt? Das Gartenbauamt pflegt sie.")
    assert "Wortlaut der Anfrage" not in body
    assert _answers(parsed) == ["Es sind 412 Bänke.", "Das Gartenbauamt pfl", "Die Bänke pflegt das",
                                "Etwa 30.000 Euro."]


def test_only_a_labelled_question_found_whole_in_the_inquiry_is_marked():
    inquiry = letters(" ".join(BENCH_INQUIRY))
    assert is_question_as_asked("2. Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich ist "
                                "seit Monaten beschädigt.", inquiry)
    # its first sentence only: nothing after the "?" to hold an answer, nothing to mark
    assert not is_question_as_asked("2. Wie ist die Pflege der Bänke geregelt?", inquiry)
    # the statement differs from the askers'
    assert not is_question_as_asked("2. Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich "
                                    "ist ersetzt.", inquiry)
    # no label, or already quoted: the walker reads those its own way
    assert not is_question_as_asked("Wie ist die Pflege der Bänke geregelt? Die Bank am Schlossteich ist "
                                    "seit Monaten beschädigt.", inquiry)
    assert mark_questions_as_asked(["> Fragesteller: 2. Wie ist …"], " ".join(BENCH_INQUIRY)) == \
        ["> Fragesteller: 2. Wie ist …"]
    # no inquiry: nothing marked
    assert mark_questions_as_asked(["2. Wie ist die Pflege der Bänke geregelt? Die Bank ist kaputt."], "") == \
        ["2. Wie ist die Pflege der Bänke geregelt? Die Bank ist kaputt."]


def test_a_marked_question_without_the_next_question_keeps_its_own_answer():
    # marked, but answered right after it: its own answer, no run
    parsed = parse_inquiry("> Wortlaut der Anfrage: 1. Wie ist die Pflege geregelt? Die Bank am Teich ist "
                           "kaputt.\n\nDas Gartenbauamt pflegt die Bänke.\n\n2. Was kostet das?\n\nEtwa 30.000 Euro.\n")
    assert [q.number for q in parsed.questions] == ["1", "2"]
    assert _answers(parsed) == ["Das Gartenbauamt pfl", "Etwa 30.000 Euro."]
    assert parsed.answers[0].grouping is None
