"""A supplement the answer document addresses to questions answered before ("Ergänzung zu
Frage 2 und 3:" after the answer to 3): its text belongs to each named question's answer,
its heading kept. Where that cannot be stored as the document says, it stays where it
stands and the doubt is recorded."""

from anfragen.parse import parse_inquiry
from anfragen.supplements import named_numbers, supplement_header

FRONT = "---\nreference: 2031/0042\ntitle: Notstrom im Quartier\n---\n\n"


def _parse(body: str):
    return parse_inquiry(FRONT + body, "x.md")


def _answers(inq) -> dict[str, str | None]:
    return {q.number: inq.answers[q.answer].text if q.answer is not None else None for q in inq.questions}


def _supplement_doubts(inq) -> list[str]:
    return [i.reason for i in inq.issues if i.reason.startswith("supplement ")]


BODY = """1. Wie lange halten die Akkus der Ampeln durch?

Rund vier Stunden.

2. Kann das Quartier allein versorgt werden?

Nein, das Netz ist dafür nicht gebaut.

3. Kann das Quartier allein wieder angefahren werden?

Nur mit dem Betreiber des Hochspannungsnetzes.

Ergänzung zu Frage 2 und 3:

Für beide Fragen gilt, dass das Quartier an zwei Umspannwerken hängt. Schaltet eines ab, übernimmt das andere.

4. Gibt es Notbrunnen?

Es gibt elf Notbrunnen.
"""

SUPPLEMENT = ("Ergänzung zu Frage 2 und 3:\n\nFür beide Fragen gilt, dass das Quartier an zwei "
              "Umspannwerken hängt. Schaltet eines ab, übernimmt das andere.")


def test_the_supplement_belongs_to_each_named_question_heading_and_all():
    inq = _parse(BODY)
    answers = _answers(inq)
    assert answers["2"] == "Nein, das Netz ist dafür nicht gebaut.\n\n" + SUPPLEMENT
    assert answers["3"] == "Nur mit dem Betreiber des Hochspannungsnetzes.\n\n" + SUPPLEMENT
    assert answers["1"] == "Rund vier Stunden."
    assert answers["4"] == "Es gibt elf Notbrunnen."
    # each question keeps its own answer row: 2 and 3 share no answer
    assert inq.questions[1].answer != inq.questions[2].answer
    assert not _supplement_doubts(inq)


def test_a_supplement_to_an_earlier_question_leaves_the_answer_it_follows():
    inq = _parse(BODY.replace("Ergänzung zu Frage 2 und 3:", "Nachtrag zu Frage 1"))
    answers = _answers(inq)
    assert answers["1"].startswith("Rund vier Stunden.\n\nNachtrag zu Frage 1\n\nFür beide Fragen")
    assert answers["3"] == "Nur mit dem Betreiber des Hochspannungsnetzes."
    assert not _supplement_doubts(inq)


def test_the_heading_with_its_text_on_one_line_stays_one_paragraph():
    body = BODY.replace("Ergänzung zu Frage 2 und 3:\n\nFür beide", "Ergänzend zu den Fragen 2 bis 3: Für beide")
    answers = _answers(_parse(body))
    assert answers["2"].endswith("nicht gebaut.\n\nErgänzend zu den Fragen 2 bis 3: Für beide Fragen gilt, "
                                 "dass das Quartier an zwei Umspannwerken hängt. Schaltet eines ab, "
                                 "übernimmt das andere.")
    assert answers["3"].endswith("Hochspannungsnetzes.\n\nErgänzend zu den Fragen 2 bis 3: Für beide Fragen "
                                 "gilt, dass das Quartier an zwei Umspannwerken hängt. Schaltet eines ab, "
                                 "übernimmt das andere.")


def test_a_supplement_naming_the_answer_it_follows_changes_nothing():
    body = BODY.replace("Ergänzung zu Frage 2 und 3:\n\nFür beide", "Ergänzend zu Punkt 3: Für beide")
    answers = _answers(_parse(body))
    assert answers["3"].startswith("Nur mit dem Betreiber des Hochspannungsnetzes.\n\nErgänzend zu Punkt 3: ")
    assert answers["2"] == "Nein, das Netz ist dafür nicht gebaut."


def test_guard_a_question_not_in_the_document_keeps_it_where_it_stands():
    inq = _parse(BODY.replace("Frage 2 und 3", "Frage 2 und 7"))
    answers = _answers(inq)
    assert answers["2"] == "Nein, das Netz ist dafür nicht gebaut."
    assert answers["3"].endswith("Schaltet eines ab, übernimmt das andere.")
    assert any("names question 7, not in the document" in r for r in _supplement_doubts(inq))


def test_guard_a_named_question_without_an_answer_of_its_own_keeps_it_where_it_stands():
    body = BODY.replace("Nein, das Netz ist dafür nicht gebaut.\n\n", "")  # 2 and 3 now share one answer
    inq = _parse(body)
    answers = _answers(inq)
    assert answers["2"] == answers["3"]
    assert answers["3"].endswith("Schaltet eines ab, übernimmt das andere.")
    assert not _supplement_doubts(inq)  # both named: their shared answer holds it, as the document says
    body = body.replace("Frage 2 und 3", "Frage 3")  # only 3 named, its answer shared with 2
    inq = _parse(body)
    assert any("answer other questions share" in r for r in _supplement_doubts(inq))
    assert _answers(inq)["2"].endswith("Schaltet eines ab, übernimmt das andere.")  # kept as read


def test_guard_an_added_question_under_such_a_heading_is_no_supplement():
    """"Ergänzend zu Frage 3: Gibt es …?": the askers' question added to 3, not the
    administration's supplement; read as before (a paragraph that looks like a question)."""
    body = BODY.replace("Ergänzung zu Frage 2 und 3:\n\nFür beide Fragen gilt, dass das Quartier an zwei "
                        "Umspannwerken hängt. Schaltet eines ab, übernimmt das andere.",
                        "Ergänzend zu Frage 2: Gibt es dafür einen Plan?\n\nEin Plan liegt nicht vor.")
    inq = _parse(body)
    assert _answers(inq)["2"] == "Nein, das Netz ist dafür nicht gebaut."
    assert "Ergänzend zu Frage 2: Gibt es dafür einen Plan?" in _answers(inq)["3"]
    assert any("looks like a question" in i.reason for i in inq.issues)


def test_guard_a_sentence_opening_so_is_no_heading():
    assert supplement_header("Ergänzend zu Frage 1 sind die Risiken gestiegen.") is None
    assert supplement_header("Ergänzend zu den unter Punkt 1 genannten Räumen werden Hallen genutzt.") is None
    assert supplement_header("In Ergänzung zu den obigen Antworten teilt die Verwaltung mit, …") is None


def test_the_headings_read():
    assert supplement_header("Ergänzung zu Frage 2 und 3:") == ("2 und 3", "")
    assert supplement_header("Nachtrag zu Frage 4") == ("4", "")
    assert supplement_header("Ergänzend zu Punkt 5: Die Fläche …") == ("5", "Die Fläche …")
    assert supplement_header("Ergänzende Antwort zu Fragen 1 a) und b): Die …") == ("1 a) und b)", "Die …")
    assert named_numbers("2 und 3") == ["2", "3"]
    assert named_numbers("1 bis 3") == ["1", "2", "3"]
    assert named_numbers("1 a) und b)") == ["1a", "1b"]
    assert named_numbers("2, 4 und 7.1") == ["2", "4", "7.1"]


def test_guard_a_named_question_left_unanswered_keeps_it_where_it_stands():
    body = BODY.replace("Frage 2 und 3", "Frage 4").replace("\n\nEs gibt elf Notbrunnen.", "")
    inq = _parse(body)
    answers = _answers(inq)
    assert answers["4"] is None
    assert answers["3"].endswith("Schaltet eines ab, übernimmt das andere.")
    assert any("without an answer of its own" in r for r in _supplement_doubts(inq))
