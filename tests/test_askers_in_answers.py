"""The askers' own text left inside an answer is a doubt: their imperative request taken as
an answer, the numbered lead of the next sub-questions kept in the answer before them."""

from anfragen.parse import parse_inquiry


def _reasons(text: str) -> list[str]:
    return [issue.reason for issue in parse_inquiry(text).issues]


def test_an_answer_opening_with_the_askers_imperative_request_is_a_doubt():
    # the askers' item "- Nennen Sie …" repeated by the answer document after two questions
    # states something, so it would be taken as their shared answer; the answer follows later
    text = ("1. Ist ein Rundkurs für Busse in der Altstadt möglich?\n\n"
            "2. Welche Linien kämen dafür in Frage?\n\n"
            "- Nennen Sie die Vorteile und Nachteile eines solchen Rundkurses für den Handel.\n\n"
            "3. Wäre ein Rundkurs einer Ringlinie vorzuziehen?\n\n"
            "Ein Rundkurs ist nicht möglich, weil die Haltestellen fehlen.\n")
    assert any(r.startswith("answer opens with the askers' request to the administration: '- Nennen Sie")
               for r in _reasons(text))


def test_the_administration_pointing_the_reader_to_an_attachment_is_no_doubt():
    text = "1. Wie viele Anträge gingen ein?\n\nSehen Sie hierzu die Übersicht in Anlage 1.\n"
    assert _reasons(text) == []


def test_the_numbered_lead_of_the_next_sub_questions_inside_an_answer_is_a_doubt():
    # "2. 2.) Die beiden Anlagen …": the askers' item 2 leading into 2a and 2b, asking nothing
    # itself, kept at the end of answer 1
    text = ("1. Wie viel Strom erzeugten die Anlagen im Jahr 2015?\n\n"
            "Die Anlagen erzeugten 1,5 Mio. kWh.\n\n"
            "2\\. 2.) Die beiden Anlagen könnten in der Theorie 20 Mio. kWh im Jahr erzeugen. Es fehlt "
            "aber an Wind.\n\n"
            "> 2.a) Welche Auslastung wäre für die neue Anlage zu erwarten?\n\n"
            "> 2.b) Welches Ergebnis hätte man damit im Jahr erzielt?\n\n"
            "Die Auslastung hängt vom Wind ab.\n")
    assert any(r.startswith("answer contains the numbered lead of the sub-questions after it: '2")
               for r in _reasons(text))


def test_an_answer_listing_its_own_points_before_the_next_question_is_no_doubt():
    # the answer's own "2." where question 2 is read after it: the numbering settles it
    text = ("1. Welche Schritte sind geplant?\n\n"
            "1\\. Die Planung wird fortgesetzt.\n\n2\\. Der Bau beginnt im Herbst.\n\n"
            "2. Wann ist alles fertig?\n\nIm Jahr 2030.\n")
    assert _reasons(text) == []


def test_an_answer_ending_with_the_next_question_broken_off_is_a_doubt():
    # a table's row broken by extraction: "5\. Gibt es wegen der" ends answer 4, question 5
    # is read from the rest of its words, and its answer opens with the question's last word
    text = ("4. Werden Plätze angeboten?\n\nja, 2 Plätze\n\n5\\. Gibt es wegen der\n\n"
            "5. Lage Einschränkungen? - wenn ja, welche Gruppen sind\n\nbetroffen\n\nnein\n")
    assert any(r.startswith("answer ends with the start of the next question, broken off: '5. Gibt es")
               for r in _reasons(text))


def test_an_answer_ending_with_its_own_finished_list_item_is_no_doubt():
    text = ("1. Welche Schritte folgen?\n\n1\\. Planung.\n\n2\\. Der Bau folgt im Herbst.\n\n"
            "2. Wann ist alles fertig?\n\nIm Jahr 2030.\n")
    assert _reasons(text) == []
