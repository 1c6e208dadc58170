"""Questions numbered under a section's capital letter whose numbers skip: a quoted "2."
after a section that was not read lands under the letter before ("G.2" for H.2). A doubt,
as numbers that skip are. Layout of the Karlsruhe corpus (2016); the fixtures are invented."""

from anfragen.parse import parse_inquiry

# sections A, B and C; "D. Sonstiges 1. …?" is quoted with its number run in (not read as
# a section), so the quoted "2." after it would be stored as C.2, though C asks one question
SECTION_NOT_READ = (
    "A. Baustelle Hauptstraße: Die Arbeiten sollten im Frühjahr enden. Wann werden sie abgeschlossen?\n\n"
    "Die Arbeiten enden im Herbst.\n\n"
    "B. Umleitung der Buslinie 7 1. Wie viele Busse fahren derzeit auf der Umleitung?\n\n"
    "Vier Busse.\n\n"
    "> 2. Wie viele Busse fuhren vor der Sperrung?\n\n"
    "Drei Busse.\n\n"
    "C. Anlieger: Die Geschäfte klagen über weniger Kunden. Wie werden sie unterstützt?\n\n"
    "Mit einer Werbekampagne.\n\n"
    "> D. Sonstiges 1. Warum wurde der Ortschaftsrat nicht über die Umleitung unterrichtet?\n\n"
    "Der Ortschaftsrat wurde im März unterrichtet.\n\n"
    "> 2. Bleibt es bei der Umleitung, wenn sich die Arbeiten weiter verzögern?\n\n"
    "Ja, bis zum Ende der Arbeiten.\n"
)

# the same layout up to section C: B's first question stands inside its own text, "> 2." is B.2
SECTION_READ = SECTION_NOT_READ.split("> D. Sonstiges")[0]


def _skips(text: str) -> list[str]:
    return [i.reason for i in parse_inquiry(text).issues if i.reason.startswith("numbering skips")]


def test_a_number_under_the_wrong_section_letter_is_a_doubt():
    parsed = parse_inquiry(SECTION_NOT_READ)
    assert [q.number for q in parsed.questions] == ["A", "B", "B.2", "C", "", "C.2"]
    assert _skips(SECTION_NOT_READ) == ["numbering skips from C to C.2: a question between them was not read"]


def test_a_number_held_in_the_section_question_text_is_read():
    parsed = parse_inquiry(SECTION_READ)
    assert [q.number for q in parsed.questions] == ["A", "B", "B.2", "C"]
    assert _skips(SECTION_READ) == []


# sections restarting their numbers ("Zum Einsatz:", "> 1. …?", "> 2. …?"): the numbers are
# taken, so the questions of the second section keep none; a quoted "b." under its "2." is
# that question's item, not an item of the last number read (not "3b")
RESTARTED_SECTION = (
    "> 1. Wie viele Kräfte waren im Einsatz?\n\nZwanzig.\n\n"
    "> 2. Wie lange dauerte der Einsatz?\n\nDrei Stunden.\n\n"
    "> 3. Wurden Personen verletzt?\n\nNein.\n\n"
    "Zur Ordnungsbehörde:\n\n"
    "> 1. Wer war vor Ort zuständig?\n\nDie Leiterin des Ordnungsamts.\n\n"
    "> 2. Gab es vorab Absprachen mit der Polizei?\n\nJa, in zwei Sitzungen.\n\n"
    "> b. Wurde dabei über eine Auflösung gesprochen?\n\nNein.\n"
)


def test_a_letter_after_a_question_without_number_keeps_no_number():
    parsed = parse_inquiry(RESTARTED_SECTION)
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "", "", ""]
    assert parsed.questions[-1].text.startswith("b. Wurde dabei")
    assert parsed.questions[-1].answer is not None
    assert parsed.answers[parsed.questions[-1].answer].text == "Nein."
