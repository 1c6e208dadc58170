"""Every common answer layout, each in a small document written for this test.

Each case gives the document and what the parser must read from it: per question its
number, and the numbers of the questions that share its answer (a joint answer), or
None where no answer may be invented.
"""

import pytest

from anfragen import layouts
from anfragen.parse import parse_inquiry


def structure(text):
    inquiry = parse_inquiry(text)
    out = []
    for q in inquiry.questions:
        if q.answer is None:
            out.append((q.number, None))
        else:
            sharing = [p.number for p in inquiry.questions if p.answer == q.answer]
            out.append((q.number, inquiry.answers[q.answer].text.split("\n")[0][:30], sharing))
    return inquiry, out


def answers_by_number(inquiry):
    return {q.number: (inquiry.answers[q.answer].text if q.answer is not None else None)
            for q in inquiry.questions}


CASES = {
    "parenthesised numbers": (
        "1) Wie viele Hunde sind gemeldet?\n\nEs sind 4.210 Hunde gemeldet.\n\n"
        "2) Wie hoch ist die Hundesteuer?\n\nSie beträgt 120 Euro im Jahr.\n",
        {"1": "Es sind 4.210 Hunde gemeldet.", "2": "Sie beträgt 120 Euro im Jahr."}),
    "sub-numbers 7.1.": (
        "1. Wie viele Kitas gibt es?\n\nEs gibt 42 Kitas.\n\n2. Wie viele Plätze fehlen?\n\n"
        "2.1. Im Krippenbereich?\n\nEs fehlen 120 Plätze.\n\n2.2. Im Kindergartenbereich?\n\nEs fehlen 35 Plätze.\n",
        {"1": "Es gibt 42 Kitas.", "2": None, "2.1": "Es fehlen 120 Plätze.", "2.2": "Es fehlen 35 Plätze."}),
    "letters under a number": (
        "1. Wie verlief die Sanierung?\n\na) Welche Firmen waren beteiligt?\n\nDrei Firmen.\n\n"
        "b) Wurde der Zeitplan eingehalten?\n\nNein, es gab vier Wochen Verzug.\n",
        {"1": None, "1a": "Drei Firmen.", "1b": "Nein, es gab vier Wochen Verzug."}),
    "number-letter labels 1a)": (
        "1a) Wie viele Anträge auf Wohngeld gingen ein?\n\nEs gingen 1.200 Anträge ein.\n\n"
        "1b) Wie viele wurden bewilligt?\n\nBewilligt wurden 950.\n",
        {"1a": "Es gingen 1.200 Anträge ein.", "1b": "Bewilligt wurden 950."}),
    "number-letter label with a full stop, 1a).": (
        # 35913: the askers' sub-question 1a asks with "möchten wir wissen", without "?"
        "1. Wie viele Tagespflegepersonen gibt es?\n\nEs sind 310.\n\n1a). Ebenso möchten wir wissen, wie hoch "
        "der Bedarf in den Stadtteilen ist.\n\nDer Bedarf ist in der Tabelle dargestellt.\n",
        {"1": "Es sind 310.", "1a": "Der Bedarf ist in der Tabelle dargestellt."}),
    "questions under topic headings": (
        "## Radverkehr\n\n1. Wie lang ist das Radwegenetz?\n\nEs ist 310 km lang.\n\n"
        "## Busverkehr\n\n2. Wie viele Buslinien gibt es?\n\nEs gibt 18 Linien.\n",
        {"1": "Es ist 310 km lang.", "2": "Es gibt 18 Linien."}),
    "Frage n: … Antwort:": (
        "Frage 1: Wie viele Ladesäulen gibt es?\n\nAntwort: Es gibt 85 Ladesäulen.\n\n"
        "Frage 2: Wo sollen weitere entstehen?\n\nAntwort: An allen Park-and-Ride-Plätzen.\n",
        {"1": "Es gibt 85 Ladesäulen.", "2": "An allen Park-and-Ride-Plätzen."}),
    "all questions first, then Antwort zu n:": (
        "Frage 1: Wie viele Ladesäulen gibt es?\n\nFrage 2: Wo sollen weitere entstehen?\n\n"
        "Antwort zu 1: Es gibt 85 Ladesäulen.\n\nAntwort zu 2: An allen Park-and-Ride-Plätzen.\n",
        {"1": "Es gibt 85 Ladesäulen.", "2": "An allen Park-and-Ride-Plätzen."}),
    "all questions first, then Zu n.:": (
        "1. Wie viele Schulen haben WLAN?\n\n2. Wann folgen die übrigen?\n\n3. Was kostet das?\n\n"
        "Zu 1.:\n\nAlle 71 Schulen haben WLAN.\n\nZu Frage 2:\n\nEntfällt.\n\nZu 3.: Rund 2 Mio. Euro.\n",
        {"1": "Alle 71 Schulen haben WLAN.", "2": "Entfällt.", "3": "Rund 2 Mio. Euro."}),
    "Zu 1. und 2.: and Zu den Fragen 3 bis 5:": (
        "1. Frage eins?\n\n2. Frage zwei?\n\n3. Frage drei?\n\n4. Frage vier?\n\n5. Frage fünf?\n\n"
        "Zu 1. und 2.:\n\nGemeinsame Antwort A.\n\nZu den Fragen 3 bis 5:\n\nGemeinsame Antwort B.\n",
        {"1": "Gemeinsame Antwort A.", "2": "Gemeinsame Antwort A.", "3": "Gemeinsame Antwort B.",
         "4": "Gemeinsame Antwort B.", "5": "Gemeinsame Antwort B."}),
    "Die Fragen 1 und 2 werden gemeinsam beantwortet": (
        "1. Wie viele Bäume wurden gefällt?\n\n2. Wie viele wurden nachgepflanzt?\n\n"
        "Die Fragen 1 und 2 werden gemeinsam beantwortet: Gefällt wurden 310, nachgepflanzt 402.\n\n"
        "3. Wer pflegt die Bäume?\n\nDas Gartenbauamt.\n",
        {"1": "Die Fragen 1 und 2 werden gemeinsam beantwortet: Gefällt wurden 310, nachgepflanzt 402.",
         "2": "Die Fragen 1 und 2 werden gemeinsam beantwortet: Gefällt wurden 310, nachgepflanzt 402.",
         "3": "Das Gartenbauamt."}),
    "Diese Fragen werden gemeinsam beantwortet (no numbers)": (
        "1. Wie viel kostet das Projekt?\n\nVier Millionen Euro.\n\n2. Wer zahlt es?\n\n3. Gibt es Zuschüsse?\n\n"
        "Diese Fragen werden gemeinsam beantwortet:\n\nDas Land trägt 60 Prozent, die Stadt den Rest.\n",
        {"1": "Vier Millionen Euro.",
         "2": "Diese Fragen werden gemeinsam beantwortet:\n\nDas Land trägt 60 Prozent, die Stadt den Rest.",
         "3": "Diese Fragen werden gemeinsam beantwortet:\n\nDas Land trägt 60 Prozent, die Stadt den Rest."}),
    "Zu 2. / 3.": (
        "1. Wer ist zuständig?\n\n2. Wird der Turm genutzt?\n\n3. Gibt es Pläne für ihn?\n\n"
        "Zu 1. Das Land.\n\nZu 2. / 3. Seit 2031 steht er leer.\n",
        {"1": "Das Land.", "2": "Seit 2031 steht er leer.", "3": "Seit 2031 steht er leer."}),
    "non-contiguous joint answer": (
        "1. Frage eins?\n\n2. Frage zwei?\n\n3. Frage drei?\n\nZu 1. und 3.:\n\nAntwort für eins und drei.\n\n"
        "Zu 2.:\n\nAntwort für zwei.\n",
        {"1": "Antwort für eins und drei.", "2": "Antwort für zwei.", "3": "Antwort für eins und drei."}),
}


@pytest.mark.parametrize("text, expected", CASES.values(), ids=CASES.keys())
def test_layout(text, expected):
    inquiry = parse_inquiry(text)
    assert answers_by_number(inquiry) == expected
    assert inquiry.issues == []


def test_joint_answer_is_one_row_shared_by_its_questions():
    inquiry = parse_inquiry(CASES["Zu 1. und 2.: and Zu den Fragen 3 bis 5:"][0])
    assert len(inquiry.answers) == 2
    assert [q.answer for q in inquiry.questions] == [0, 0, 1, 1, 1]


@pytest.mark.parametrize("pointer, target", [
    ("Siehe Antwort zu Ziffer 3.", "3"),
    ("vgl. Antwort zu Frage 1", "1"),
    ("Siehe Nr. 1.", "1"),
    ("s. Ziff. 3", "3"),
    ("siehe Antwort zu Nr. 3", "3"),
])
def test_pointer_answers_backward_and_forward(pointer, target):
    text = (f"1. Wie viele Parkplätze gibt es?\n\nEs gibt 900.\n\n2. Wie viele davon sind Anwohnerparkplätze?\n\n"
            f"{pointer}\n\n3. Wie teuer ist ein Anwohnerparkausweis?\n\n30,70 Euro im Jahr.\n")
    inquiry = parse_inquiry(text)
    answer = inquiry.answers[inquiry.questions[1].answer]
    assert answer.is_pointer and answer.points_to == [target]
    assert inquiry.issues == []


def test_a_year_after_a_slash_is_no_question_number():
    inquiry = parse_inquiry("1. Wie viel kostet es?\n\nVgl. Nr. 1 / 2031.\n")
    assert inquiry.answers[0].points_to == ["1"]


def test_pointer_to_a_missing_question_is_a_parse_issue():
    inquiry = parse_inquiry("1. Frage?\n\nSiehe Antwort zu Frage 9.\n")
    assert any("points to question 9" in i.reason for i in inquiry.issues)


@pytest.mark.parametrize("heading, kind, side", [
    ("Vorbemerkung der Fragesteller:", "Vorbemerkung der Fragesteller", "asking"),
    ("Vorbemerkung der Verwaltung", "Vorbemerkung der Verwaltung", "answering"),
    ("Vorbemerkung der Bundesregierung", "Vorbemerkung der Bundesregierung", "answering"),
    ("Vorbemerkung des Senats", "Vorbemerkung des Senats", "answering"),
    ("## Begründung", "Begründung", "asking"),
])
def test_preambles_are_their_own_kind_of_text(heading, kind, side):
    text = (f"{heading}\n\nDer Text der Vorbemerkung.\n\n1. Wie viele Anträge gab es?\n\nEs gab 12.\n")
    inquiry = parse_inquiry(text)
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [(kind, side, "Der Text der Vorbemerkung.")]
    assert inquiry.answers[0].text == "Es gab 12."


def test_set_phrase_is_not_a_preamble():
    inquiry = parse_inquiry("Die Anfrage wird wie folgt beantwortet:\n\n1. Frage?\n\nAntwort.\n")
    assert inquiry.preambles == [] and "wie folgt beantwortet" in inquiry.intro


@pytest.mark.parametrize("decoy", [
    "1. Juni 2025 beginnt die Bauphase.",
    "19. Wahlperiode des Landtags.",
    "1 Quelle: Statistisches Landesamt, eigene Berechnung.",
    "3",
    "Vgl. die Anfrage Nr. 2023/0012 der SPD.",
])
def test_decoys_are_not_questions(decoy):
    text = f"1. Wann beginnt der Bau?\n\nDer Bau beginnt im Sommer.\n\n{decoy}\n\n2. Wie lange dauert er?\n\nZwei Jahre.\n"
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert decoy in inquiry.answers[0].text
    assert inquiry.issues == []


def test_unanswered_question_is_kept_and_recorded_not_invented():
    inquiry = parse_inquiry("1. Erste Frage?\n\nEine Antwort.\n\n2. Zweite Frage?\n")
    assert inquiry.questions[1].answer is None
    assert [i.reason for i in inquiry.issues] == ["no answer found for question 2"]


def test_duplicate_and_skipped_numbers_are_recorded():
    inquiry = parse_inquiry("1. Eins?\n\nA.\n\n3. Drei?\n\nB.\n")
    assert [q.number for q in inquiry.questions] == ["1", "3"]
    assert any("numbering breaks" in i.reason for i in inquiry.issues)


@pytest.mark.parametrize("follow_up", ["Wenn nicht: Welche Gründe gibt es?", "Falls ja, seit wann?",
                                       "Wenn ja, in welchem Zeitraum?", "Und wenn nein, warum nicht?"])
def test_follow_up_question_shares_the_answer_of_the_question_it_follows(follow_up):
    inquiry = parse_inquiry(f"1. Wird der Platz neu gestaltet?\n\n2. {follow_up}\n\nJa, ab 2031, weil die Mittel fehlen.\n")
    assert inquiry.questions[0].answer == inquiry.questions[1].answer == 0
    assert inquiry.issues == []


def test_questions_asked_one_after_another_share_the_answer_that_follows_them():
    inquiry = parse_inquiry("1. Wie viele Plätze gibt es?\n\n2. Wie viele sind belegt?\n\nEs sind 40 von 50.\n\n"
                            "3. Wann wird erweitert?\n\n2027.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0, 1]
    assert [(a.text, a.grouping) for a in inquiry.answers] == [("Es sind 40 von 50.", "consecutive"), ("2027.", None)]
    assert inquiry.issues == []


def test_text_that_states_nothing_after_a_run_is_not_taken_as_the_runs_answer():
    # the rest of question 2 set out in pieces, not an answer: question 1 is not paired with it
    text = ("1. Welche Projekte gibt es?\n\n2. Wie werden sie beurteilt\n\na\\) bei der Stadt b) bei den Gesellschaften, "
            "je im Hinblick auf\n\n- die Qualität\n")
    inquiry = parse_inquiry(text)
    assert [q.answer for q in inquiry.questions] == [None, 0]
    assert "no answer found for question 1" in [i.reason for i in inquiry.issues]


def test_a_statement_that_introduces_a_table_answers_the_run_before_it():
    inquiry = parse_inquiry("1. Wie viele Gebäude stehen unter Denkmalschutz?\n\n2. Wie viele davon sind Schulen?\n\n"
                            "Es sind rund 800 Gebäude. Das Schulamt nennt hierzu folgende Zahlen:\n\n"
                            "Gesamt Schulen 812 37\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.issues == []


def test_a_lead_in_to_a_table_without_a_finished_statement_takes_only_the_last_question():
    # "Gebäude nach Stadtteilen:" may still be the administration's, but nothing before its
    # colon shows it: question 1 is not paired with it
    inquiry = parse_inquiry("1. Wie viele Gebäude stehen unter Denkmalschutz?\n\n2. Wie viele davon sind Schulen?\n\n"
                            "Gebäude und Schulen nach Stadtteilen:\n\nGesamt Schulen 812 37\n")
    assert [q.answer for q in inquiry.questions] == [None, 0]


def test_a_sentence_announcing_the_table_answers_the_run_before_it():
    # "Einen Überblick geben die Werte in der folgenden Tabelle:", "… verteilen sich wie
    # folgt:": the administration says what the table shows, as a statement would
    for lead in ["Einen Überblick geben die Werte in der folgenden Tabelle:", "Die Gebäude verteilen sich wie folgt:"]:
        inquiry = parse_inquiry("1. Wie viele Gebäude stehen unter Denkmalschutz?\n\n2. Wie viele davon sind "
                                f"Schulen?\n\n{lead}\n\nGesamt Schulen 812 37\n")
        assert [q.answer for q in inquiry.questions] == [0, 0]
        assert inquiry.answers[0].text.startswith(lead) and inquiry.issues == []


def test_the_askers_lead_in_to_their_items_announces_no_answer():
    # their request or how they want it laid out, even with "wie folgt" / "folgende Tabelle"
    for lead in ["Bitte wie folgt aufschlüsseln:", "Aufgeschlüsselt wie folgt:", "Die Verwaltung möge wie folgt berichten:",
                 "Wir fragen daher nach folgender Aufstellung:", "Wie verteilen sie sich wie folgt:"]:
        assert not layouts.announces_what_follows(lead), lead
        assert not layouts.states_something_before_a_list(lead), lead


def test_a_table_of_figures_after_a_run_answers_the_run():
    # "2017 1.412 820 … 2018 …": flattened by extraction, no sentence, but figures state what they count
    inquiry = parse_inquiry("1. Wie viele Wohnungslose gab es 2017 und 2018?\n\n2. Wie viele davon waren Deutsche?\n\n"
                            "gesamt Deutsche andere 2017 1.300 700 600 2018 1.350 720 630\n\n"
                            "Dazu kommen rund 90 Personen ohne Unterkunft.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.issues == []


def test_a_few_numbers_in_the_rest_of_a_question_are_no_table():
    # the askers' items with years in them ("a) 2019 b) 2020 c) 2021") are not the answer
    assert not layouts.is_table_of_figures("a) 2019 b) 2020 c) 2021")
    assert not layouts.is_table_of_figures("jeweils für die Jahre 2019, 2020 und 2021 sowie getrennt nach Ämtern")


def test_a_conditional_question_whose_condition_was_answered_before_is_not_grouped_forward():
    # question 2 asks only if question 1 is answered "yes"; it is answered "no", so 2 was skipped
    inquiry = parse_inquiry("1. Gibt es eine Turbine?\n\nNein, nie.\n\n2. Falls 1. mit Ja beantwortet wird, wo?\n\n"
                            "3. Ist sie schwarzstartfähig?\n\nNein, das ist sie nicht.\n")
    assert [q.answer for q in inquiry.questions] == [0, None, 1]
    assert "no answer found for question 2" in [i.reason for i in inquiry.issues]


def test_answer_headers_name_questions_labelled_with_capital_letters():
    inquiry = parse_inquiry("A. Wie viele Busse fahren?\n\nB. Wie viele sind elektrisch?\n\nC. Wann kommen mehr?\n\n"
                            "D. Was kosten sie?\n\nZu Punkt A und B: Es fahren 180, davon 40 elektrisch.\n\n"
                            "zu C – D:\n\nBis 2031 kommen 60 für 30 Mio. Euro.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0, 1, 1]
    assert [(a.text, a.grouping) for a in inquiry.answers] == [
        ("Es fahren 180, davon 40 elektrisch.", "stated"), ("Bis 2031 kommen 60 für 30 Mio. Euro.", "stated")]
    assert inquiry.issues == []


def test_a_letter_header_leaves_the_question_it_does_not_name_unanswered():
    # text under "Zu Punkt A und B" is theirs, even where it seems to answer C
    inquiry = parse_inquiry("A. Wie viele Busse fahren?\n\nB. Wie viele sind elektrisch?\n\nC. Nach welchen Kriterien?\n\n"
                            "D. Bis wann?\n\nZu Punkt A und B: Es sind 180.\n\nDie Kriterien stehen im Plan.\n\n"
                            "Zu Punkt D: Bis 2031.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0, None, 1]
    assert "no answer found for question C" in [i.reason for i in inquiry.issues]


@pytest.mark.parametrize("sentence", ["Zu den Fragen A bis C hat die Stadt die Polizei gefragt.",
                                      "Zu a): Die Busse fahren.", "Zu F: Die Busse fahren."])
def test_what_is_not_a_letter_header(sentence):
    # a sentence, a small letter (a sub-question), a letter no question has
    inquiry = parse_inquiry(f"A. Wie viele Busse fahren?\n\n{sentence}\n")
    assert inquiry.answers[0].text == sentence


def test_the_two_branches_of_an_either_or_share_the_answer_that_follows_them():
    # "Wenn ja …" and "Wenn nein …" go back to question 1, which is answered; one branch
    # always applies, and the answer after both is the answer to the either-or
    inquiry = parse_inquiry("1. Gibt es ein Konzept für die Spielplätze?\n\nBisher gibt es keines.\n\n"
                            "2. Wenn ja, welches?\n\n3. Wenn nein, ist eines in Planung?\n\n"
                            "Das Gartenbauamt erarbeitet eines bis 2031.\n")
    assert [q.answer for q in inquiry.questions] == [0, 1, 1]
    assert inquiry.answers[1].grouping == "consecutive"
    assert inquiry.issues == []


def test_an_either_or_before_another_question_is_not_grouped_with_it():
    # the branches may have been skipped: the answer after question 4 is only its own
    # (nor is "Falls nicht" conditional on "Wenn ja", the branch before it)
    inquiry = parse_inquiry("1. Gibt es ein Konzept?\n\nNein.\n\n2. Wenn ja, welches?\n\n"
                            "3. Falls nicht, warum nicht?\n\n4. Wie viele Spielplätze gibt es?\n\nEs sind 120.\n")
    assert [q.answer for q in inquiry.questions] == [0, None, None, 1]


def test_number_and_letter_before_a_question_make_one_label():
    inquiry = parse_inquiry("1. Wer prüft das?\n\nDas Ordnungsamt.\n\n2. a) Wie oft wird geprüft?\n\n"
                            "2. b) Mit welchem Ergebnis?\n\nSiehe 1.\n")
    assert [(q.number, q.text) for q in inquiry.questions] == [
        ("1", "Wer prüft das?"), ("2a", "Wie oft wird geprüft?"), ("2b", "Mit welchem Ergebnis?")]
    assert inquiry.questions[1].answer == inquiry.questions[2].answer == 1


def test_a_yes_or_no_run_into_its_question_is_its_answer():
    inquiry = parse_inquiry("1. Gibt es sonstige Bestrebungen? Nein.\n\n2. Wie viele Anfragen gibt es?\n\nRund 40.\n")
    assert [(q.text, q.answer) for q in inquiry.questions] == [("Gibt es sonstige Bestrebungen?", 0),
                                                              ("Wie viele Anfragen gibt es?", 1)]
    assert [a.text for a in inquiry.answers] == ["Nein.", "Rund 40."]
    assert inquiry.issues == []


def test_a_bare_yes_or_no_after_a_question_ends_a_run_so_the_next_answer_is_not_shared():
    # "b) …? Nein" without its full stop (the sub-question's answer run into it): the answer
    # after question 2 is not also the answer to 1b
    inquiry = parse_inquiry("1. Wird geprüft? a) Wann? b) Ist ein Neubau geplant? Nein\n\n"
                            "2. Gab es Beschwerden?\n\nEs liegen keine Beschwerden vor.\n")
    assert [q.answer for q in inquiry.questions] == [None, 0]
    assert "no answer found for question 1" in [i.reason for i in inquiry.issues]


def test_a_bare_yes_or_no_without_its_full_stop_is_the_answer_run_into_its_question():
    inquiry = parse_inquiry("1. Ist ein Neubau geplant? Falls nein, wieso nicht? Nein\n\n2. Gab es Beschwerden?\n\n"
                            "Es liegen keine vor.\n")
    assert [(q.text, q.answer) for q in inquiry.questions] == [
        ("Ist ein Neubau geplant? Falls nein, wieso nicht?", 0), ("Gab es Beschwerden?", 1)]
    assert inquiry.answers[0].text == "Nein" and inquiry.issues == []


def test_an_answer_to_all_questions_says_so():
    inquiry = parse_inquiry("1. Was kostet das?\n\n2. Wer zahlt?\n\nAntwort zu allen Fragen:\n\nDas ist offen.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.answers[0].grouping == "stated"


def test_a_question_that_may_hold_its_own_answer_is_not_grouped_with_the_next():
    inquiry = parse_inquiry("1. Gibt es eine Trennung im Gebetsraum? Da der Antrag fehlt, weiß die Verwaltung es nicht.\n\n"
                            "2. Wie vielen Gläubigen bietet der Raum Platz?\n\nEs sollen 700 Personen Platz finden.\n")
    assert [q.answer for q in inquiry.questions] == [None, 0]
    assert "no answer found for question 1" in [i.reason for i in inquiry.issues]


@pytest.mark.parametrize("tail", ["Bitte jährlich ausweisen.", "– bitte pro Jahr angeben.", "Aufgelistet nach Schulen."])
def test_a_request_after_the_question_mark_is_the_askers_not_an_answer(tail):
    # how the askers want the answer laid out: the question may still share the answer after the next
    inquiry = parse_inquiry(f"1. Wie hoch sind die Kosten bis 2031? {tail}\n\n2. Wer trägt sie?\n\n"
                            "Die Betreiber tragen die Kosten, die Stadt keine.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.issues == []


def test_items_that_ask_under_a_question_that_does_not_ask_yet_are_its_rest():
    inquiry = parse_inquiry("1. Wie viele Menschen davon haben eine\n\n- Duldung?\n\n> - Aufenthaltserlaubnis?\n\n"
                            "Von den 200 haben 20 eine Duldung und 180 eine Aufenthaltserlaubnis.\n")
    assert [(q.text, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("Wie viele Menschen davon haben eine\n\n- Duldung?\n\n- Aufenthaltserlaubnis?",
         "Von den 200 haben 20 eine Duldung und 180 eine Aufenthaltserlaubnis.")]
    assert inquiry.issues == []


def test_a_quoted_question_with_its_own_number_after_a_question_is_the_next_question():
    inquiry = parse_inquiry("3. Gibt es eine Trennung?\n\n> 4. Wird darauf hingewirkt?\n\nDas kann nicht gefordert werden.\n")
    assert [q.number for q in inquiry.questions] == ["3", "4"]


def test_a_lead_in_between_two_questions_is_context_of_the_next_not_an_answer():
    inquiry = parse_inquiry("1. Gibt es WLAN?\n\nWenn nein:\n\n2. Ist die Stadt bereit, es anzubieten?\n\n"
                            "Das Land stellt WLAN bereit.\n")
    # (session 6: the bare condition breaks no run, so both questions share the answer after them)
    assert [(q.context, q.answer) for q in inquiry.questions] == [("", 0), ("Wenn nein:", 0)]
    assert [a.text for a in inquiry.answers] == ["Das Land stellt WLAN bereit."]


def test_an_item_that_asks_nothing_by_itself_is_not_grouped_with_the_next():
    inquiry = parse_inquiry("1. Wie hoch sind die Förderanträge\n\n1.1. für die Gebäudewirtschaft, Aktuell wurden\n\n"
                            "1.2. Welche Anträge stellt die Volkswohnung?\n\nDer Stopp betrifft alle.\n")
    assert [q.answer for q in inquiry.questions] == [None, None, 0]


def test_questions_asked_after_an_undivided_answer_undo_its_pairing():
    inquiry = parse_inquiry("1. Wie viele?\n\n2. Wer?\n\n## Stellungnahme\n\nEinleitung der Verwaltung.\n\n"
                            "1. Wie viele?\n\nVierzig.\n")
    assert inquiry.answers[0].grouping is None
    assert inquiry.questions[0].answer is None and inquiry.questions[1].answer is None


def test_a_run_of_questions_is_broken_by_a_topic_heading_or_answer_text():
    inquiry = parse_inquiry("1. Wie lang ist das Radnetz?\n\n## Busverkehr\n\n2. Wie viele Linien gibt es?\n\n18.\n")
    assert [q.answer for q in inquiry.questions] == [None, 0]
    assert [i.reason for i in inquiry.issues] == ["no answer found for question 1"]


def test_a_lead_in_question_is_not_grouped_with_its_sub_questions():
    inquiry = parse_inquiry("1. Wie viele Plätze fehlen?\n\n1.1. Bei Krippen?\n\n1.2. Bei Kindergärten?\n\n"
                            "Es fehlen 120 und 35 Plätze.\n")
    assert [q.answer for q in inquiry.questions] == [None, 0, 0]
    assert inquiry.answers[0].grouping == "consecutive"
    assert inquiry.issues == []


def test_a_question_holding_its_own_item_a_before_item_b_is_no_mere_lead_in():
    # "1. …?" with its item "> a) …?" then "> b) …?" and one answer after b): question 1 and
    # its item a) have no answer of their own, so the paper is not complete (it must not pass as a lead-in)
    inquiry = parse_inquiry("1. Wie oft wurde Haft beantragt? Was waren die Gründe?\n\n> a) In welchen Jahren?\n\n"
                            "> Fragesteller: Bitte nach Jahren ordnen.\n\n> b) Aus welchen Gründen?\n\n"
                            "Haft wird bei Fluchtgefahr beantragt.\n")
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1", None), ("1b", 0)]
    assert [i.reason for i in inquiry.issues] == ["no answer found for question 1"]


def test_stated_joint_answers_say_so():
    inquiry = parse_inquiry("1. Eins?\n\n2. Zwei?\n\nZu 1. und 2.: Beides ja.\n")
    assert [a.grouping for a in inquiry.answers] == ["stated"]


def test_quoted_question_is_a_question_the_document_does_not_number():
    # (its item "a."; a "b." right after question 1 would skip item a: see test_item_gaps.py)
    text = ("1. Wie viele Waffenbesitzer gibt es?\n\nEs sind 2.026.\n\n> a. Wie vielen Waffen entspricht das?\n\n"
            "Registriert sind 15.421 Waffen.\n\n2. Wie oft wird kontrolliert?\n\nJährlich.\n")
    inquiry = parse_inquiry(text)
    assert [(q.number, q.text) for q in inquiry.questions] == [
        ("1", "Wie viele Waffenbesitzer gibt es?"), ("1a", "Wie vielen Waffen entspricht das?"),
        ("2", "Wie oft wird kontrolliert?")]
    assert inquiry.answers[inquiry.questions[1].answer].text == "Registriert sind 15.421 Waffen."
    assert inquiry.issues == []


def test_a_quoted_question_labelled_with_dot_and_parenthesis_keeps_its_number():
    inquiry = parse_inquiry("> 1.) Wie viele Projekte gibt es?\n\nVier.\n\n> 2.) Wie steht Karlsruhe da?\n\nGut.\n")
    assert [(q.number, q.text) for q in inquiry.questions] == [("1", "Wie viele Projekte gibt es?"),
                                                              ("2", "Wie steht Karlsruhe da?")]


def test_a_quoted_question_keeps_its_sub_number_where_the_numbering_expects_it():
    inquiry = parse_inquiry("1.1. Wie viele Plätze gibt es?\n\nEs sind 40.\n\n> 1.2. Was kosten sie?\n\n"
                            "Je 300 Euro.\n\nPlätze im Umland\n\n1.3. Wie viele gibt es dort?\n\nZwölf.\n")
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1.1", 0), ("1.2", 1), ("1.3", 2)]
    assert inquiry.issues == []


def test_a_quoted_sub_number_the_numbering_does_not_expect_is_the_rest_of_the_question():
    # "1. … 1.1 … 1.2 …" in one paragraph (set apart: 1.1 and 1.2, tests/test_run_in_sub_questions.py),
    # then "> 1.7 …", a number the numbering does not expect: the rest of question 1.2
    inquiry = parse_inquiry("1. Lehrkräfte 1.1 Wie viele Stellen sind frei? 1.2 Seit wann?\n\n"
                            "> 1.7 Wie wird das ausgeglichen?\n\nDazu liegen keine Angaben vor.\n")
    assert [q.number for q in inquiry.questions] == ["1.1", "1.2"]
    assert inquiry.questions[-1].text.endswith("1.7 Wie wird das ausgeglichen?")


def test_the_next_label_before_a_quoted_question_leads_into_it():
    # "2." asks nothing by itself, but the question quoted right after it has no number of its own
    inquiry = parse_inquiry("1. Wie hoch sind die Einnahmen?\n\nRund 12 Mio. Euro.\n\n"
                            "2. Die Verordnung legt Höchstbeträge fest.\n\n> Welche Beträge hat die Stadt festgelegt?\n\n"
                            "Die Stadt legt keine fest.\n\n3. Wie viele Verträge gibt es?\n\nZwei.\n")
    assert [(q.number, q.text, q.answer) for q in inquiry.questions] == [
        ("1", "Wie hoch sind die Einnahmen?", 0),
        ("2", "Die Verordnung legt Höchstbeträge fest.\n\nWelche Beträge hat die Stadt festgelegt?", 1),
        ("3", "Wie viele Verträge gibt es?", 2)]
    assert [a.text for a in inquiry.answers] == ["Rund 12 Mio. Euro.", "Die Stadt legt keine fest.", "Zwei."]
    assert inquiry.issues == []


def test_the_next_label_on_a_lead_in_before_its_quoted_first_item_is_that_question():
    # without it, "> a)" would be taken for 1a and the numbering would break at "3."
    inquiry = parse_inquiry("1. Gibt es genug Fahrpersonal?\n\nJa.\n\n2. Wenn nicht am Personal gespart wurde:\n\n"
                            "> a) Wie kam es zum Fehlbestand?\n\n> b) Warum hält er an?\n\n"
                            "Der Bedarf war falsch berechnet.\n\n3. Wie viele fahren heute?\n\n410.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert inquiry.questions[1].text == ("Wenn nicht am Personal gespart wurde:\n\na) Wie kam es zum Fehlbestand?"
                                         "\n\nb) Warum hält er an?")
    assert inquiry.issues == []


def test_a_quote_that_asks_nothing_is_the_askers_text_leading_into_the_next_question():
    inquiry = parse_inquiry("1. Wie viele Anlagen gibt es?\n\nDrei.\n\n> Fragesteller: Es fehlt in Karlsruhe schlicht "
                            "an Wind.\n\n2. Warum baut die Stadt weitere?\n\nWegen der Förderung.\n\n"
                            "> Fragesteller: Die Kosten tragen die Bürger.\n")
    assert [a.text for a in inquiry.answers] == ["Drei.", "Wegen der Förderung."]
    assert inquiry.questions[1].context == "Es fehlt in Karlsruhe schlicht an Wind."
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [
        ("Text der Fragesteller", "asking", "Die Kosten tragen die Bürger.")]
    assert inquiry.issues == []


def test_an_item_that_asks_nothing_is_a_question_when_the_next_numbered_question_shows_it():
    text = ("1. Die Radspur an der Brücke muss wieder markiert werden.\n\nDie Markierung wurde erneuert.\n\n"
            "2. Kann man das Pflaster verbessern?\n\nNein, es bleibt.\n")
    inquiry = parse_inquiry(text)
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1", 0), ("2", 1)]
    assert [a.text for a in inquiry.answers] == ["Die Markierung wurde erneuert.", "Nein, es bleibt."]
    assert inquiry.intro == "" and inquiry.issues == []


@pytest.mark.parametrize("item, after", [
    ("1. Die Fälle bei folgenden Gruppen:", "a\\) Erwachsene b) Jugendliche. Die Zahl steigt."),
    ("1. Die Verwaltung stellt die Fälle dar.", "- Bitte nach Jahren aufschlüsseln. Es sind 40."),
    ("1. Laut Gutachten gibt es hier Eidechsen.", "Wurde ein Gutachten erstellt? Ja, im Mai."),
    ("1. Die Stadt erklärt die Vollstreckung des Urteils", "beim Gericht. Das Verfahren läuft."),
])
def test_an_item_is_not_taken_for_a_question_when_its_text_may_go_on(item, after):
    inquiry = parse_inquiry(f"{item}\n\n{after}\n\n2. Wie geht es weiter?\n\nOffen.\n")
    assert [q.number for q in inquiry.questions] == ["2"]
    assert any("numbering breaks" in i.reason for i in inquiry.issues)


def test_a_paragraph_labelled_as_the_next_question_inside_an_answer_is_a_doubt():
    inquiry = parse_inquiry("A. Was kostet die Anlage?\n\nRund 1 Mio. Euro.\n\nB. Wer betreibt sie?\n\nDie Stadtwerke.\n\n"
                            "C. Doch vor einer Diskussion ist mit weiteren Kosten zu rechnen.\n\nMindestens 900.000 Euro.\n")
    assert [q.number for q in inquiry.questions] == ["A", "B"]
    assert any("labelled as the next question" in i.reason for i in inquiry.issues)


def test_text_between_the_askers_words_and_their_next_question_is_no_answer():
    inquiry = parse_inquiry("1. Welche Projekte gibt es?\n\n> Fragesteller: Wie werden sie beurteilt\n\n"
                            "a\\) bei der Stadt b) bei den Gesellschaften\n\n2. Im Vergleich zur Eigenregie?\n\n"
                            "Es gibt keine solchen Projekte.\n")
    assert inquiry.questions[0].answer is None
    assert inquiry.questions[1].context.startswith("Wie werden sie beurteilt")
    assert "bei der Stadt" in inquiry.questions[1].context
    assert "no answer found for question 1" in [i.reason for i in inquiry.issues]


def test_the_askers_remark_between_their_question_and_its_answer_is_the_rest_of_the_question():
    inquiry = parse_inquiry("1. Wie viele Schulen haben eine Mensa?\n\n2. Wie viele Kinder essen dort?\n\n"
                            "> Fragesteller: Bitte nach Schularten aufschlüsseln.\n\n"
                            "Rund 4.000 Kinder, die Tabelle zeigt die Schularten.\n\n3. Was kostet ein Essen?\n\n4 Euro.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0, 1]
    assert inquiry.questions[1].text == "Wie viele Kinder essen dort?\n\nBitte nach Schularten aufschlüsseln."
    assert inquiry.questions[2].context == ""
    assert inquiry.issues == []


def test_an_answer_divided_under_short_titles_begins_at_its_first_title():
    inquiry = parse_inquiry("1. Welche Dienstleister wurden beauftragt?\n\n"
                            "> Fragesteller: Bitte nach Ämtern getrennt auflisten.\n\n"
                            "Gartenbauamt\n\nFirma 2024 2025 Grünweg 12.400,00 € 9.100,00 € Laubfrei 3.150,50 € 2.075,00 € "
                            "Summe 15.550,50 € 11.175,00 €\n\n"
                            "Bäderbetriebe\n\nHier war kein Dienstleister tätig.\n\n2. Was kostet eine Stunde?\n\n31 Euro.\n")
    assert inquiry.questions[0].text == "Welche Dienstleister wurden beauftragt?\n\nBitte nach Ämtern getrennt auflisten."
    assert inquiry.answers[inquiry.questions[0].answer].text.startswith("Gartenbauamt\n\nFirma 2024 2025 Grünweg")
    assert inquiry.answers[inquiry.questions[0].answer].text.endswith("Hier war kein Dienstleister tätig.")
    assert inquiry.questions[1].context == "" and inquiry.issues == []


@pytest.mark.parametrize("after", [
    "- Grundschulen\n\n- Realschulen\n\nDie Zahlen stehen in Anlage 1.",  # the askers' items
    "Kosten und Nutzen -\n\nPersonal -\n\nDie Zahlen stehen in Anlage 1.",  # items cut off at their hyphen
    "Gartenbauamt\n\n2. Was kostet eine Stunde?\n\n31 Euro.",  # a title right before a question
])
def test_a_short_line_after_the_askers_words_opens_no_answer_unless_a_statement_follows(after):
    inquiry = parse_inquiry(f"1. Welche Dienstleister wurden beauftragt?\n\n"
                            f"> Fragesteller: Bitte nach Ämtern getrennt auflisten.\n\n{after}\n")
    assert inquiry.questions[0].answer is None


def test_a_topic_line_between_sections_whose_numbers_restart_leads_into_the_next_question():
    inquiry = parse_inquiry("Zum Thema Ausbildung:\n\n1. Wie viele Azubis gibt es?\n\nEs sind 85.\n\n"
                            "2. Wie viele werden übernommen?\n\nAlle, die es wünschen.\n\n"
                            "Zum Thema Praktika:\n\n> 1. Wie viele Praktika gab es?\n\nEs gab 40 Praktika.\n")
    assert inquiry.answers[inquiry.questions[1].answer].text == "Alle, die es wünschen."
    assert inquiry.questions[2].context == "Zum Thema Praktika:"
    assert inquiry.answers[inquiry.questions[2].answer].text == "Es gab 40 Praktika."


@pytest.mark.parametrize("words", [
    "Beratungsfolge Termin Gremium Ortschaftsrat 12.09.2031 öffentlich",  # form debris
    "Wie werden sie im Einzelnen beurteilt",  # a lead-in of the next question
])
def test_askers_words_that_are_no_finished_remark_settle_nothing(words):
    inquiry = parse_inquiry(f"1. Sind weitere Arbeiten geplant?\n\n> Fragesteller: {words}\n\n"
                            "Das Tiefbauamt plant 2031 zwei Straßen.\n")
    assert inquiry.questions[0].answer is None
    assert "no answer found for question 1" in [i.reason for i in inquiry.issues]


def test_any_other_quote_in_an_answer_stays_in_the_answer():
    inquiry = parse_inquiry("1. Was gilt?\n\nNach § 5 gilt:\n\n> Die Gemeinde trägt die Kosten.\n\nDaher zahlt die Stadt.\n")
    assert "> Die Gemeinde trägt die Kosten." in inquiry.answers[0].text
    assert inquiry.answers[0].text.endswith("Daher zahlt die Stadt.")
    assert inquiry.issues == []


def test_quote_right_after_a_question_continues_it():
    inquiry = parse_inquiry("1. Gibt es eine Warteliste?\n\n> Wenn ja, wie lang ist sie?\n\nSie umfasst 80 Familien.\n")
    assert inquiry.questions[0].text == "Gibt es eine Warteliste?\n\nWenn ja, wie lang ist sie?"
    assert len(inquiry.questions) == 1 and inquiry.issues == []


def test_unquoted_question_inside_an_answer_is_recorded_as_a_doubt():
    inquiry = parse_inquiry("1. Wie viele Anträge gab es?\n\nEs gab 40.\n\nWie viele wurden abgelehnt?\n\nDrei.\n")
    assert [i.reason for i in inquiry.issues] == [
        "answer contains a paragraph that looks like a question: 'Wie viele wurden abgelehnt?'"]


def test_an_undivided_answer_answers_all_questions_together():
    inquiry = parse_inquiry("1. Wie viele Bäume?\n\n2. Wer zahlt?\n\n## Stellungnahme\n\nDie Stadt pflanzt 40 Bäume.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert [(a.text, a.grouping) for a in inquiry.answers] == [("Die Stadt pflanzt 40 Bäume.", "whole")]
    assert inquiry.issues == []


def test_stellungnahme_alone_on_its_line_after_the_questions_opens_the_answer_to_all():
    inquiry = parse_inquiry("1. Wie viele Bäume?\n\n2. Wer zahlt?\n\nStellungnahme:\n\nDie Stadt, 40 Bäume.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert [(a.text, a.grouping) for a in inquiry.answers] == [("Die Stadt, 40 Bäume.", "whole")]


def test_the_askers_reasons_after_their_questions_are_a_preamble_not_an_answer():
    inquiry = parse_inquiry("1. Wie viele Bescheide?\n\n2. Welcher Hebesatz?\n\nBegründung/Einordnung:\n\n"
                            "Viele sind beunruhigt.\n\nStellungnahme der Verwaltung:\n\nEin Drittel. Offen.\n")
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [
        ("Begründung/Einordnung", "asking", "Viele sind beunruhigt.")]
    assert [(a.text, a.grouping) for a in inquiry.answers] == [("Ein Drittel. Offen.", "whole")]
    assert inquiry.issues == []


@pytest.mark.parametrize("divided", ["1.) Es sind 40.\n\n2.) Die Stadt.", "A) Es sind 40.\n\nB) Die Stadt.",
                                     "Wie viele Bäume? Es sind 40.\n\nWer zahlt? Die Stadt.",
                                     "Zu Punkt 1: Es sind 40.\n\nZu Punkt 2: Die Stadt.",
                                     "Bestand (Punkt 1): Es sind 40.\n\nKosten (Punkt 2): Die Stadt.",
                                     "Die Verwaltung antwortet wie folgt:\n\nEs sind 40, die Stadt zahlt."])
def test_an_answer_after_all_questions_that_divides_itself_is_not_paired_as_a_whole(divided):
    inquiry = parse_inquiry(f"1. Wie viele Bäume?\n\n2. Wer zahlt?\n\n## Stellungnahme\n\n{divided}\n")
    assert all(a.grouping != "whole" for a in inquiry.answers)
    assert inquiry.issues  # kept as read, and the doubt recorded


def test_an_answer_divided_by_the_questions_own_labels_answers_each_question():
    inquiry = parse_inquiry("A. Wie viele Ladesäulen gibt es?\n\nB. Gibt es Fördermittel?\n\nC. Ist Parken kostenlos?\n\n"
                            "## Stellungnahme\n\nDas Thema ist der Verwaltung wichtig.\n\nA. Es gibt 85 Ladesäulen.\n\n"
                            "B. Nein, die Stadt fördert nicht.\n\nDie Stadtwerke geben 50 Euro je Rad.\n\n"
                            "C. Während des Ladens ist Parken kostenlos.\n")
    assert [inquiry.answers[q.answer].text for q in inquiry.questions] == [
        "Es gibt 85 Ladesäulen.", "Nein, die Stadt fördert nicht.\n\nDie Stadtwerke geben 50 Euro je Rad.",
        "Während des Ladens ist Parken kostenlos."]
    assert all(a.grouping is None for a in inquiry.answers)
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [
        ("Erläuterungen der Verwaltung", "answering", "Das Thema ist der Verwaltung wichtig.")]
    assert inquiry.issues == []


@pytest.mark.parametrize("divided", [
    "1. Es sind 40.\n\n2. Die Stadt.",  # not every question has its label
    "1. Es sind 40.\n\n3. Die Stadt.\n\n2. Bis 2031.",  # not in the order asked
    "1. Es sind 40.\n\n2. Die Stadt.\n\n3. Bis 2031.\n\n4. Ab 2032 mehr.",  # a label of its own list
    "1. Es sind 40.\n\n2. Wer zahlt? Die Stadt.\n\n3. Bis 2031.",  # a question repeated in it
])
def test_an_answer_divided_otherwise_is_still_kept_whole_and_unpaired(divided):
    inquiry = parse_inquiry(f"1. Wie viele Bäume?\n\n2. Wer zahlt?\n\n3. Wann?\n\n## Stellungnahme\n\n{divided}\n")
    assert all(q.answer is None for q in inquiry.questions)
    assert "the answer is not divided by question: kept whole, not paired with any question" in [
        i.reason for i in inquiry.issues]


def test_two_questions_and_an_answer_labelled_1_and_2_stay_unpaired():
    # two labels may be the administration's own list: not settled
    inquiry = parse_inquiry("1. Wie viele Bäume?\n\n2. Wer zahlt?\n\n## Stellungnahme\n\n1. Es sind 40.\n\n2. Die Stadt.\n")
    assert all(q.answer is None for q in inquiry.questions)


def test_an_undivided_answer_after_answered_questions_is_kept_whole_and_paired_with_no_question():
    inquiry = parse_inquiry("1. Wie viele Bäume?\n\n40.\n\n2. Wer zahlt?\n\n## Stellungnahme\n\nDie Stadt.\n")
    assert [q.answer for q in inquiry.questions] == [0, None]
    assert inquiry.answers[1].text == "Die Stadt."
    assert "not divided by question" in inquiry.issues[0].reason


def test_text_after_a_question_is_its_rest_when_a_later_header_answers_it():
    text = ("1. Welcher Aufwand entsteht für:\n\n- Vorprüfungen\n- Gutachten\n\n2. Wer trägt die Kosten?\n\n"
            "Zu Fragen 1 und 2:\n\nDer Aufwand ist hoch; die Stadt trägt ihn.\n")
    inquiry = parse_inquiry(text)
    assert inquiry.questions[0].text == "Welcher Aufwand entsteht für:\n\n- Vorprüfungen\n- Gutachten"
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert len(inquiry.answers) == 1 and inquiry.issues == []


def test_a_joint_answer_announced_in_a_sentence_names_its_questions():
    inquiry = parse_inquiry("1. Wie hat sich die Lage entwickelt?\n\n> 1.1 Gab es weniger Straftaten?\n\n"
                            "Aufgrund des Zusammenhangs werden die Fragen 1 und 1.1 zusammen beantwortet. Es gab weniger.\n")
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.answers[0].grouping == "stated"
    assert inquiry.issues == []


@pytest.mark.parametrize("sentence", [
    "Aufgrund des Zusammenhangs werden die Fragen 1 bis 1.2 zusammen beantwortet.",  # which sub-questions?
    "Aufgrund des Zusammenhangs werden die Fragen 1 und 3 zusammen beantwortet.",  # 3 is asked later
])
def test_a_joint_answer_in_a_sentence_that_does_not_settle_its_questions_is_no_joint_answer(sentence):
    inquiry = parse_inquiry(f"1. Wie viele?\n\n> 1.1 Wo?\n\n{sentence}\n\n3. Wann?\n\n2031.\n")
    assert all(a.grouping != "stated" for a in inquiry.answers)
    assert not any("does not contain" in i.reason for i in inquiry.issues)


def test_joint_header_above_the_questions_it_names():
    text = ("Zu Fragen 1 und 2\n\n1. Wie viele Partnerstädte gibt es?\n\n2. Welche Projekte laufen?\n\n"
            "Wir verweisen auf die Anlagen.\n\n3. Was kostet das?\n\n12.000 Euro.\n")
    inquiry = parse_inquiry(text)
    assert [q.answer for q in inquiry.questions] == [0, 0, 1]
    assert inquiry.answers[0].text == "Wir verweisen auf die Anlagen."
    assert inquiry.issues == []


def test_leading_zeros_in_labels():
    inquiry = parse_inquiry("01. Erste Frage?\n\nA.\n\n02. Zweite Frage?\n\nB.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2"] and inquiry.issues == []


def test_general_remarks_before_the_answers_are_an_answering_preamble():
    text = ("1. Wird die Zone geteilt?\n\n2. Wenn ja, wann?\n\nKurzfassung: Die Zone wird geprüft.\n\n"
            "zu Frage 1:\n\nJa.\n\nzu Frage 2:\n\nIm Jahr 2031.\n")
    inquiry = parse_inquiry(text)
    assert [inquiry.answers[q.answer].text for q in inquiry.questions] == ["Ja.", "Im Jahr 2031."]
    assert [(p.side, p.text) for p in inquiry.preambles] == [("answering", "Kurzfassung: Die Zone wird geprüft.")]
    assert inquiry.issues == []


def test_list_marker_before_the_documents_own_number():
    inquiry = parse_inquiry("7. Wie hoch ist die Entlastung?\n\nGering.\n\n1. 8. Wie hoch ist der Anteil?\n\nUnbekannt.\n")
    assert [q.number for q in inquiry.questions] == ["7", "8"]


def test_question_run_into_its_answer_inside_an_answer_is_recorded_as_a_doubt():
    # a question only the answer document asks, with its answer in the same paragraph
    text = ("1. Gibt es ein Verzeichnis der Arbeiten?\n\nEs gibt ein Verzeichnis.\n\n"
            "Ist der Bauhof in der Lage, seine Aufgaben zu bewältigen? Wegen neuer Aufgaben "
            "wird eine weitere Stelle beantragt.\n")
    inquiry = parse_inquiry(text)
    assert [i.reason for i in inquiry.issues] == [
        "answer contains a paragraph that looks like a question: "
        "'Ist der Bauhof in der Lage, seine Aufgaben zu bewältigen? We'"]
    assert inquiry.answers[0].text.startswith("Es gibt ein Verzeichnis.")  # kept as read


def test_a_question_quoted_later_in_an_answer_is_no_doubt():
    text = ("1. Wie viele Anträge gab es?\n\nEs gab 40. Die Frage, ob mehr zu erwarten sind? "
            "Das lässt sich nicht sagen.\n\nAuf die Anträge folgen Bescheide.\n")
    assert parse_inquiry(text).issues == []

def test_quoted_next_letter_is_the_next_question_not_the_rest_of_the_last():
    text = ("4. Wie hoch sind die Zuschläge?\n\na. Wer legt sie fest?\n\nDas Amt.\n\n"
            "b. Auf welcher Grundlage? Siehe unter a)\n\n> c. Werden sie veröffentlicht?\n\n"
            "Nein, sie werden nicht veröffentlicht.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions][-2:] == ["4b", "4c"]
    last = inquiry.questions[-1]
    assert inquiry.answers[last.answer].text == "Nein, sie werden nicht veröffentlicht."
    # "Siehe unter a)" ran into question 4b: 4b keeps no answer of 4c's, the doubt is recorded
    assert inquiry.questions[-2].answer is None
    assert "no answer found for question 4b" in [i.reason for i in inquiry.issues]


def test_askers_reference_in_brackets_is_no_answer_run_into_the_question():
    text = ("1. Was wurde getan? (siehe Bericht 2023)\n\n2. Was ist geplant?\n\n"
            "Es wurden 400 Wohnungen gebaut, weitere sind geplant.\n")
    inquiry = parse_inquiry(text)
    assert [q.answer for q in inquiry.questions] == [0, 0]  # one answer to both, as printed

def test_the_administrations_reply_to_the_askers_reasons_is_no_part_of_the_last_answer():
    # reading audit 13: it had run on as the end of the last answer
    text = ("1. Wie viele Pflegekräfte gibt es?\n\nEs sind 1.900.\n\nStellungnahme zur Begründung\n\n"
            "Die Händedesinfektion ist in allen Stationen gewährleistet.\n")
    inquiry = parse_inquiry(text)
    assert inquiry.answers[0].text == "Es sind 1.900."
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [
        ("Stellungnahme zur Begründung", "answering", "Die Händedesinfektion ist in allen Stationen gewährleistet.")]
    assert inquiry.issues == []

def test_question_running_on_into_an_unfinished_sentence_is_a_doubt():
    # reading audit 14: the answer's first line, run into the question by extraction
    text = ("1. Wie sieht die Planung genau aus? Das Gutachten sieht eine Einbahnstraße bergauf auf der\n\n"
            "Südseite der Straße vor.\n")
    reasons = [i.reason for i in parse_inquiry(text).issues]
    assert reasons == ["question runs on after its '?' into text that stops mid-sentence (the answer's "
                       "start?): 'Das Gutachten sieht eine Einbahnstraße bergauf auf der'"]


def test_a_labelled_question_left_before_the_first_question_is_a_doubt():
    # reading audit 16: "1a." (a label the walk does not read) on a paragraph where extraction
    # ran the questions 1a–2c and their answers together; only question 3 was read, and the
    # inquiry counted as complete with six questions missing
    text = ("Vorlage Nr.: 2030/0983\n\n1a. Was waren die Gründe für die Unterbringung? Sie erfolgte aus "
            "humanitären Gründen. 1b. Wer zahlt? Das Land.\n\n3. Warum wurde der Rat nicht gefragt?\n\n"
            "Die Zeit war zu kurz.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["3"]
    assert "text before the first question holds a labelled question that was not read as one: " \
           "'1a. Was waren die Gründe für die Unterbringung? Sie erfolgte'" in [i.reason for i in inquiry.issues]


def test_a_labelled_question_inside_a_paragraph_of_an_answer_is_a_doubt():
    # reading audit 17: sub-question d), run by extraction into the end of c)'s answer
    text = ("1. Gibt es Übergriffe?\n\nJa.\n\n1a) Wie viele Übergriffe gab es?\n\nEs gab zwölf (Bericht vom "
            "24.06.2030) b) Welche "
            "Schulungen gibt es für das Personal? Es gibt jährliche Schulungen.\n")
    assert [i.reason for i in parse_inquiry(text).issues] == [
        "answer contains a labelled question inside a paragraph: 'b) Welche Schulungen gibt es für das "
        "Personal?'"]


def test_a_numbered_question_run_into_an_answer_without_a_full_stop_is_a_doubt():
    # reading audit 17: "… wird fortgesetzt 2. Wie ist …?", the full stop lost in extraction
    text = "1. Was wird gefördert?\n\nDie Förderung wird fortgesetzt 2. Wie ist der Stand? Gut.\n"
    assert [i.reason for i in parse_inquiry(text).issues] == [
        "answer contains a labelled question inside a paragraph: '2. Wie ist der Stand?'"]


def test_a_labelled_question_with_a_long_lead_in_inside_an_answer_is_a_doubt():
    # reading audit 17: question 3 quotes a rule for 445 characters before it asks, and
    # stood with its answer inside answer 2
    lead_in = "Nach der Satzung gilt: " + "die Fläche ist eingezäunt, beschildert und gepflegt, " * 8
    text = (f"1. Gibt es Freiflächen?\n\nJa, drei.\n\n2. Wo liegen sie?\n\nIm Norden.\n\n"
            f"3\\. {lead_in}Ist das bei allen Flächen erfüllt? Ja, bei allen.\n")
    assert 400 < text.index("?", text.index("3\\.")) - text.index("3\\.") < 600
    assert any("looks like a question" in i.reason for i in parse_inquiry(text).issues)


def test_numbered_statements_inside_an_answer_are_no_doubt():
    text = ("1. Was ist geplant?\n\nZwei Schritte: 1. Die Planung beginnt 2031. 2. Wir bauen 2032. "
            "Wer zahlt? Das Land.\n")
    assert parse_inquiry(text).issues == []


def test_a_header_or_a_dated_line_before_the_first_question_is_no_doubt():
    text = ("Vorlage Nr.: 2030/0983\n\n1. Juni 2030: Stellungnahme zur Anfrage. Wer fragt?\n\n"
            "1. Warum wurde der Rat nicht gefragt?\n\nDie Zeit war zu kurz.\n")
    assert parse_inquiry(text).issues == []


def test_askers_items_or_requests_after_the_question_mark_are_no_doubt():
    for rest in ("a) für Kassenpatienten b) für Privatpatienten", "Bitte nach Stadtteilen aufschlüsseln",
                 "- wenn ja, wie viele und welche sind das"):
        assert parse_inquiry(f"1. Wie lange wartet man auf einen Termin? {rest}\n\nDrei Wochen.\n").issues == []


def test_question_holding_the_next_questions_label_is_a_doubt():
    text = ("1. Wann ist die Einführung abgeschlossen? Alle haben die Karte erhalten. 2. Welche Kosten "
            "entstehen?\n\nKeine.\n")
    reasons = [i.reason for i in parse_inquiry(text).issues]
    assert reasons == ["question contains the next question's label: '2. Welche Kosten entstehen?'"]

def test_question_of_a_lettered_section_holding_the_next_questions_label_is_a_doubt():
    text = ("A. Gibt es einen Plan?\n\nJa.\n\nB. Die Lage am Bahnhof ist ernst.\n\n"
            "> 1. Wann handelt die Stadt? Sie hat schon gehandelt. 2. Welche Kosten entstehen?\n\nKeine.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["A", "B.1"]
    assert "question contains the next question's label: '2. Welche Kosten entstehen?'" in [
        i.reason for i in inquiry.issues]


SECTION_OPENED_BY_A_STATEMENT = (
    "A. Wie viele Kontrollen gab es?\n\nEs gab zwölf Kontrollen.\n\n"
    "B. Die Polizei will das Sicherheitsgefühl stärken.\n\n> 1. Warum gibt es so wenige Kontrollen?\n\n"
    "> 2. Was spricht gegen wöchentliche Kontrollen?\n\n"
    "Von der Polizei wird dazu - beide Fragen zusammengefasst - Folgendes mitgeteilt:\n\n"
    "Mehr Kontrollen sind personell nicht zu leisten.\n\n"
    "C. Es gibt ein Sicherheitsdefizit.\n\n> 1. Braucht es ein Frauentaxi? 2. Gehören Kontrollen ins Konzept?\n\n"
    "Ein Sicherheitsdefizit ist nicht bekannt. Die Kontrollen gehören schon dazu.\n")


def test_a_capital_letter_on_a_statement_opens_its_section_before_the_quoted_question_1():
    inquiry, out = structure(SECTION_OPENED_BY_A_STATEMENT)
    assert out == [("A", "Es gab zwölf Kontrollen.", ["A"]),
                   ("B.1", "Von der Polizei wird dazu - be", ["B.1", "B.2"]),
                   ("B.2", "Von der Polizei wird dazu - be", ["B.1", "B.2"]),
                   ("C.1", "Ein Sicherheitsdefizit ist nic", ["C.1", "C.2"]),
                   ("C.2", "Ein Sicherheitsdefizit ist nic", ["C.1", "C.2"])]
    assert inquiry.answers[inquiry.questions[0].answer].text == "Es gab zwölf Kontrollen."
    assert inquiry.questions[1].context == "B. Die Polizei will das Sicherheitsgefühl stärken."
    assert inquiry.answers[inquiry.questions[1].answer].grouping == "stated"
    assert inquiry.answers[inquiry.questions[1].answer].text.endswith("personell nicht zu leisten.")
    assert inquiry.questions[3].text == "Braucht es ein Frauentaxi?"
    assert inquiry.questions[4].text == "Gehören Kontrollen ins Konzept?"
    assert inquiry.issues == []


def test_a_capital_letter_on_a_statement_before_a_quoted_question_2_stays_a_doubt():
    inquiry = parse_inquiry("A. Wie viele Kontrollen gab es?\n\nEs gab zwölf Kontrollen.\n\n"
                            "B. Die Polizei will das Sicherheitsgefühl stärken.\n\n"
                            "> 2. Warum gibt es so wenige Kontrollen?\n\nEs fehlt Personal.\n")
    assert not any(q.number.startswith("B") for q in inquiry.questions)
    assert any("labelled as the next question" in i.reason for i in inquiry.issues)


def test_a_capital_letter_that_skips_one_opens_no_section():
    inquiry = parse_inquiry("A. Wie viele Kontrollen gab es?\n\nEs gab zwölf Kontrollen.\n\n"
                            "D. Die Polizei will das Sicherheitsgefühl stärken.\n\n"
                            "> 1. Warum gibt es so wenige Kontrollen?\n\nEs fehlt Personal.\n")
    assert not any(q.number.startswith("D") for q in inquiry.questions)
    assert "D. Die Polizei" in inquiry.answers[inquiry.questions[0].answer].text


@pytest.mark.parametrize("quote", [
    "> 1. Braucht es ein Frauentaxi? 3. Gehören Kontrollen ins Konzept?",  # not the next number
    "> 1. Braucht es ein Frauentaxi? 2. Juni ist der Stichtag, gilt das?",  # a date, no label
])
def test_a_quoted_question_holding_no_next_question_is_not_split(quote):
    inquiry = parse_inquiry(f"{quote}\n\nEin Frauentaxi ist nicht geplant.\n")
    assert len(inquiry.questions) == 1


def test_both_questions_together_answers_only_a_run_of_two():
    inquiry = parse_inquiry("1. Wer plant?\n\n2. Wer baut?\n\n3. Wer zahlt?\n\n"
                            "Dazu wird - beide Fragen zusammengefasst - mitgeteilt: Das Land.\n")
    assert inquiry.answers[inquiry.questions[2].answer].grouping != "stated"


def test_whole_answer_with_numbered_parts_run_into_its_paragraphs_is_not_shared():
    # reading audit 15: the parts "1." … "4." each answer their question, inline after extraction
    text = ("1. Ist der Lärm bekannt?\n\n2. Gibt es eine Strategie?\n\n## Stellungnahme\n\n"
            "Die Lärmkarten zeigen die Belastung. 1. Konkret ist der Lärm bekannt. 2. Eine Strategie "
            "wird erarbeitet.\n")
    inquiry = parse_inquiry(text)
    assert [q.answer for q in inquiry.questions] == [None, None]
    assert any("not divided" in i.reason for i in inquiry.issues)

_THREE_QUESTIONS = "1. Wie alt ist die Brücke?\n\n2. Wann wurde sie geprüft?\n\n3. Was kostet die Sanierung?\n\n## Stellungnahme\n\n"


@pytest.mark.parametrize("answer", [
    "Die Stadt unterhält 140 Brücken. 1.) Sie ist von 1987. 2.) Zuletzt im Mai 2024. 3.) Rund zwei Millionen Euro.",
    "Die Stadt unterhält 140 Brücken.\n\n1\\. Sie ist von 1987. 2. Zuletzt im Mai 2024. 3. Rund zwei Millionen Euro.",
])
def test_whole_answer_whose_labelled_parts_extraction_ran_together_answers_each_question(answer):
    # the parts labelled with the questions' own numbers, each once and in order, only run into
    # one another by text extraction (2020/1381, 2024/0098, 2025/0004)
    inquiry = parse_inquiry(_THREE_QUESTIONS + answer + "\n")
    assert [inquiry.answers[q.answer].text.split("\n\n")[0] for q in inquiry.questions] == [
        "Sie ist von 1987.", "Zuletzt im Mai 2024.", "Rund zwei Millionen Euro."]
    assert [(p.kind, p.text) for p in inquiry.preambles] == [
        ("Erläuterungen der Verwaltung", "Die Stadt unterhält 140 Brücken.")]
    assert inquiry.issues == []


def test_a_part_run_on_past_a_page_break_keeps_its_rest():
    inquiry = parse_inquiry(_THREE_QUESTIONS + "1. Sie ist von 1987. 2. Zuletzt im Mai 2024. Einige\n\n"
                            "Lager sind schadhaft. 3. Rund zwei Millionen Euro.\n")
    assert inquiry.answers[inquiry.questions[1].answer].text == "Zuletzt im Mai 2024. Einige\n\nLager sind schadhaft."


@pytest.mark.parametrize("answer", [
    "Vorab. 1. Sie ist von 1987. 2. Zuletzt im Mai 2024. 3. Rund zwei Millionen Euro. 4. Die Stadt zahlt.",  # a fourth part
    "Vorab. 1. Sie ist von 1987. 3. Rund zwei Millionen Euro. 2. Zuletzt im Mai 2024.",  # not in the order asked
    "Vorab. 1. Sie ist von 1987. 2. Zuletzt im Mai 2024. Der Bericht folgt. 2. Quartal 2026 "
    "ist geplant. 3. Rund zwei Millionen Euro.",  # a label twice
    "Vorab. 1. Sie ist von 1987. 2. Zuletzt im Mai 2024. Rund zwei Millionen Euro.",  # a question without its part
    "Vorab. 1. Sie ist von 1987. 2. Wann genau? Im Mai 2024. 3. Rund zwei Millionen Euro.",  # a question repeated
])
def test_run_together_parts_that_do_not_follow_the_questions_leave_the_answer_unpaired(answer):
    inquiry = parse_inquiry(_THREE_QUESTIONS + answer + "\n")
    assert all(q.answer is None for q in inquiry.questions)
    assert any("not divided" in i.reason for i in inquiry.issues)


def test_escaped_label_that_asks_is_still_recorded_as_a_doubt():
    inquiry = parse_inquiry("1. Wie viele?\n\nZehn.\n\n2\\. Wie lange? Das dauert zwei Jahre.\n")
    assert any("looks like a question" in i.reason for i in inquiry.issues)


def test_questions_on_consecutive_lines_without_a_blank_line():
    inquiry = parse_inquiry("1. Wie viele Schulen gibt es?\n2. Wie viele davon sind saniert?\n\nZu 1.: 71.\n\nZu 2.: 40.\n")
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [("1", "71."), ("2", "40.")]
    assert inquiry.questions[1].line == 2


def test_capital_letter_with_dot_and_parenthesis():
    inquiry = parse_inquiry("A.) Wie viele Bäder gibt es?\n\nVier.\n\nB.) Wann öffnen sie?\n\nIm Mai.\n")
    assert [q.number for q in inquiry.questions] == ["A", "B"] and inquiry.issues == []


@pytest.mark.parametrize("written", ["Anfrage: Wann öffnet das Bad?", "Anfrage (Kurzfassung): Wann öffnet das Bad?",
                                     "zu Frage 1: Wann öffnet das Bad?"])
def test_a_label_left_in_front_of_the_question_is_not_part_of_it(written):
    inquiry = parse_inquiry(f"1. {written}\n\nIm Mai.\n")
    assert inquiry.questions[0].text == "Wann öffnet das Bad?"


# --- labels alone on their line (audit 11) ---------------------------------------------

def test_a_bare_label_where_the_answer_should_begin_is_no_answer():
    # "2\." printed alone, then question 2 without its label: question 1 has no answer here
    inquiry = parse_inquiry("1. Wie viele Bänke stehen im Stadtgarten?\n\n2\\.\n\n"
                            "Wird die Stadt weitere aufstellen? Bitte begründen.\n")
    assert inquiry.questions[0].answer is None
    reasons = [i.reason for i in inquiry.issues]
    assert any("bare label" in r and "question 1" in r for r in reasons)
    assert "no answer found for question 1" in reasons


def test_a_bare_label_right_before_its_own_question_is_that_label_printed_twice():
    inquiry = parse_inquiry("1\\.\n\n1. Wie viele Bänke stehen im Stadtgarten?\n\nEs sind 42.\n\n"
                            "2\\.\n\n2. Wer pflegt sie?\n\nDas Gartenbauamt.\n")
    assert answers_by_number(inquiry) == {"1": "Es sind 42.", "2": "Das Gartenbauamt."}
    assert inquiry.issues == []


def test_a_header_naming_a_missing_question_above_answer_text_is_recorded_not_given_to_the_open_question():
    # "Zu 2:" then text: question 2 was not read; its text is not the answer to 1.1 and 1.2
    inquiry = parse_inquiry("1.1. Wann wurde geprüft?\n\n1.2. Mit welchem Ergebnis?\n\nZu 2:\n\n"
                            "Der Kauf wurde nicht weiter verfolgt, die Mittel fehlen.\n")
    assert [q.answer for q in inquiry.questions] == [None, None]
    assert "answer names question 2, which the document does not contain" in [i.reason for i in inquiry.issues]


def test_a_header_with_the_topic_in_parentheses_names_its_question():
    inquiry = parse_inquiry("1. Welche Ursachen sieht die Stadt?\n\n2. Welche Maßnahmen plant sie?\n\n"
                            "Zu Punkt 1 (Ursachen):\n\nDie Statistik erlaubt keine Aussage.\n\n"
                            "Zu Punkt 2 (Maßnahmen):\n\nDie Schulsozialarbeit wird ausgebaut.\n")
    assert answers_by_number(inquiry) == {"1": "Die Statistik erlaubt keine Aussage.",
                                          "2": "Die Schulsozialarbeit wird ausgebaut."}
    assert inquiry.issues == []


def test_a_decimal_question_label_inside_an_answer_is_a_doubt():
    inquiry = parse_inquiry("2.6. Warum wurde der Zaun abgebaut?\n\nEr fand keine Akzeptanz.\n\n"
                            "2.7\\. Wurde ein Lärmgutachten erstellt? Nein.\n")
    assert any("looks like a question" in i.reason for i in inquiry.issues)


def test_a_quoted_question_after_text_that_answered_nothing_is_a_question_of_its_own():
    # the askers' request and a lead-in without a finished statement: not the answer to b,
    # and the quoted question after them is c, not a further part of b
    inquiry = parse_inquiry("> b) Wie hoch ist das Einkommen je Haushalt?\n\n> Fragesteller: Bitte in Stufen von "
                            "500 Euro angeben.\n\nDie Befragung zeigt folgendes Bild:\n\n"
                            "> c) Wie hoch ist es je Kopf?\n\nDazu liegen keine Daten vor.\n")
    assert len(inquiry.questions) == 2 and inquiry.questions[1].text.endswith("Wie hoch ist es je Kopf?")
    assert inquiry.questions[0].answer is None
    assert inquiry.answers[inquiry.questions[1].answer].text == "Dazu liegen keine Daten vor."


def test_a_question_the_answer_did_not_repeat_is_a_question_that_no_text_takes_by_its_place():
    inquiry = parse_inquiry("1. Wie viele Bänke gibt es?\n\n> Nicht wiederholt: 2. Wer pflegt sie?\n\n"
                            "3. Wann werden sie erneuert?\n\nEs sind 42; sie werden 2027 erneuert.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert [q.answer for q in inquiry.questions] == [0, None, 0]  # the run of 1 and 3 passes over 2
    assert [i.reason for i in inquiry.issues] == ["no answer found for question 2"]


def test_an_item_passed_over_is_reclaimed_when_the_next_item_requests_without_a_question_mark():
    inquiry = parse_inquiry("1. Darf die Stadt im Magazin werben?\n\nJa, die Anzeige ist zulässig.\n\n"
                            "2. Darf sie das Magazin auslegen?\n\nSie legt keine Magazine aus.\n\n"
                            "3. Die Fragen sind auch nach dem Neutralitätsgebot zu beantworten.\n\n"
                            "Sie sind auch danach beantwortet.\n\n"
                            "4. Wir bitten auch zu prüfen, ob die Stadt das Magazin anders unterstützt.\n\n"
                            "Eine andere Unterstützung findet nicht statt.\n")
    assert answers_by_number(inquiry) == {"1": "Ja, die Anzeige ist zulässig.", "2": "Sie legt keine Magazine aus.",
                                          "3": "Sie sind auch danach beantwortet.",
                                          "4": "Eine andere Unterstützung findet nicht statt."}
    assert inquiry.issues == []


@pytest.mark.parametrize("request_", [
    "Das Stadtamt möge offenlegen, wie oft die Wege gereinigt werden.",
    "Die Stadtwerke mögen über die Pläne zum Ausbau des Netzes im Stadtteil berichten.",
    "Wir fragen von daher an, ob ein Übergang ausgewiesen werden kann.",
    "Wir fragen hiermit an, welche Schritte nötig sind.",
    "Die Fraktion möchte nun wissen, ob der Ausbau umgesetzt wird.",
    "Die Fraktion bittet die Ortsverwaltung, über den Spielplatz zu berichten.",
    "Wir wünschen eine genaue Darstellung der Abgrenzung.",
    "Die Freien Wähler möchten eine Auswertung dieser Geräte.",
    "Die Fraktion beantragt einen Sachstandsbericht im Ortschaftsrat.",
    "Wir schließen uns an und fragen eine entsprechende Genehmigung an.",
    "Die Fraktion stellt hiermit die Anfrage nach einer Vorstellung der Umleitungen.",
])
def test_requests_in_running_text_ask(request_):
    assert layouts.asks(request_)


@pytest.mark.parametrize("statement", [
    "Die Verwaltung bittet um Verständnis, dass die Zahlen fehlen.",
    "Aufgrund der Ermittlungen bittet das Polizeipräsidium um Verständnis.",
    "Die Ortsverwaltung möge diese Anfrage in der nächsten Sitzung beantworten.",  # the form's line
    "Die Verwaltung stellt die Kosten für Miete und Kauf gegenüber.",  # a statement, as an answer says it
    "Die Stadtverwaltung legt dar, wie der Stand ist.",
    "Wir wünschen uns einen fließenden Übergang.",
    "Wir möchten im Bericht darauf hinweisen.",
    "Die CDU-Fraktion beantragt:",
])
def test_patience_asked_for_a_form_line_and_statements_of_what_the_administration_does_ask_nothing(statement):
    assert not layouts.asks(statement)


def test_numbered_requests_the_answer_repeats_are_questions_each_with_its_answer():
    inquiry = parse_inquiry("1. Die Verwaltung möge die Aufgaben der Koordinatorin darstellen.\n\n"
                            "Sie koordiniert die Arbeitskreise.\n\n"
                            "2. Wir wünschen eine genaue Darstellung der Abgrenzung zur Beauftragten.\n\n"
                            "Die Beauftragte ist Ombudsperson.\n")
    assert answers_by_number(inquiry) == {"1": "Sie koordiniert die Arbeitskreise.",
                                          "2": "Die Beauftragte ist Ombudsperson."}
    assert inquiry.issues == []


def test_the_next_numbered_request_worded_as_a_statement_is_no_answer_text_but_a_doubt():
    inquiry = parse_inquiry("1. Die Verwaltung möge darlegen, wie viele Container angemietet wurden.\n\n"
                            "Es wurden neun Container angemietet.\n\n"
                            "2. Die Verwaltung stellt die Kosten für Miete und Kauf p. a. gegenüber.\n\n"
                            "Die Kosten hängen von der Ausschreibung ab.\n")
    assert [q.number for q in inquiry.questions] == ["1"]
    assert any("labelled as the next question" in issue.reason for issue in inquiry.issues)


def test_a_numbered_list_in_an_answer_that_states_other_things_is_no_doubt():
    inquiry = parse_inquiry("1. Die Verwaltung möge die laufenden Projekte darstellen.\n\n"
                            "Folgende Projekte laufen:\n\n1. Web-App\n\n2. Leichte Sprache\n\n3. Hortprojekt\n")
    assert inquiry.issues == []


def test_the_administrations_details_after_its_summary_are_its_own_preamble():
    inquiry = parse_inquiry("1. Die Fraktion bittet um Auskunft, wann die Tafeln aufgestellt werden.\n\n"
                            "Kurzfassung\n\nDie Tafeln kommen 2025.\n\nErläuterungen\n\nDas Forstamt plant sie.\n")
    assert [(p.kind, p.side) for p in inquiry.preambles] == [("Erläuterungen", "answering")]


# Numbers restarting under capital-letter sections (Karlsruhe 2013–2016: "A. … ? 1. … ? 2. … ?
# B. …"): each number is its section's ("B.1"), a bare pointer names the section's own question.
SECTIONS = (
    "A. Wie viele Spielplätze gibt es?\n\n1. Wie viele davon sind saniert?\n\n"
    "2. Wann werden die übrigen saniert?\n\nEs gibt 80 Spielplätze, davon sind 60 saniert. "
    "Die übrigen folgen bis 2030.\n\n"
    "B. Die Wege am Stadtgarten sind in schlechtem Zustand. Ist das bekannt?\n\nJa.\n\n"
    "1. Wann werden die Wege erneuert?\n\nIm Herbst.\n\n"
    "2. Wer trägt die Kosten?\n\nSiehe Antwort zu Ziffer 1.\n"
)


def test_numbers_restart_under_each_capital_letter():
    inquiry, read = structure(SECTIONS)
    assert [q.number for q in inquiry.questions] == ["A", "A.1", "A.2", "B", "B.1", "B.2"]
    # the section's own question and its numbered questions, one after another: one answer
    assert read[0][2] == ["A", "A.1", "A.2"]
    assert answers_by_number(inquiry)["B.1"] == "Im Herbst."
    assert not inquiry.issues


def test_a_bare_pointer_names_the_question_of_its_own_section():
    inquiry = parse_inquiry(SECTIONS)
    b2 = next(q for q in inquiry.questions if q.number == "B.2")
    assert inquiry.answers[b2.answer].points_to == ["B.1"]


def test_a_number_that_skips_in_its_section_is_recorded():
    # "4." after B.1 skips the section's numbering, as "4." after "1." does at the top
    # level: read as question B.4 and the break recorded (also where the question opens
    # with a statement, which no "looks like a question" doubt would catch in the answer)
    text = SECTIONS.replace("2. Wer trägt die Kosten?", "4. Wer trägt die Kosten?")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["A", "A.1", "A.2", "B", "B.1", "B.4"]
    assert any("numbering breaks: expected C or B.2, found 4" == i.reason for i in inquiry.issues)


@pytest.mark.parametrize("label", ["Nach welchen Kriterien wird ausgewählt, welche Wege erneuert werden",
                                   "Von wem ging die Initiative aus und wie viele Fälle gab es",
                                   "Zu 2.: Wie hoch sind die Kosten in den einzelnen Stadtteilen"])
def test_a_question_without_its_question_mark_is_read_by_its_asking_start(label):
    # "Nach welchen …", "Von wem …" (an interrogative after its preposition), and a question
    # behind the label "Zu 2.:" the answer document left in front of it
    text = (f"1. Wie viele Wege gibt es?\n\nEs gibt 12 Wege.\n\n2. {label}\n\nNach dem Zustand der Beläge.\n\n"
            "3. Wann beginnen die Arbeiten?\n\nIm Mai.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert answers_by_number(inquiry)["2"] == "Nach dem Zustand der Beläge."
    assert not inquiry.issues


def test_a_numbered_statement_with_a_preposition_is_no_question():
    # "2. In den Sommermonaten …" inside an answer starts with a preposition, but asks nothing
    assert not layouts.is_question_like("In den Sommermonaten wird nicht gebaut.")
    assert layouts.is_question_like("In welchen Monaten wird gebaut")


def test_a_question_opening_with_soll_is_read_without_its_question_mark():
    # The askers typed "." after "2. Sollen … aufgenommen werden." (and after the next
    # ones too): "Soll"/"Sollen" opens the question as "Ist"/"Wird" do
    text = ("1. Ist der Stadt das Schreiben des Landes bekannt?\n\nEs liegt vor.\n\n"
            "2. Sollen weitere Maßnahmen in den Plan aufgenommen werden.\n\nDerzeit sind keine vorgesehen.\n\n"
            "3. Ist das Förderprogramm bekannt.\n\nJa, seit 2031.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert answers_by_number(inquiry)["2"] == "Derzeit sind keine vorgesehen."
    assert answers_by_number(inquiry)["3"] == "Ja, seit 2031."
    assert not inquiry.issues


def test_a_condition_opening_with_sollte_is_no_question_start():
    # Guard: "Sollte …, wird …" is a condition in an answer, not a question
    assert not layouts.opens_with_question_word("Sollte der Zuschuss ausbleiben, wird der Bau verschoben.")
    assert not layouts.is_question_like("Sollte der Zuschuss ausbleiben, wird der Bau verschoben.")


def test_an_item_of_the_askers_asking_without_question_mark_inside_an_answer_is_a_doubt():
    inquiry = parse_inquiry("14. Wie ist die Heimaufsicht organisiert?\n\nSie hat vier Stellen.\n\n"
                            "15\\. Welche Informationen hat die Stadt über die Fluktuation, bei:\n\n"
                            "- privaten Trägern\n\n- städtischen Heimen\n\n> 16. Welche Schlüsse zieht sie daraus?\n\n"
                            "Es liegen keine Zahlen vor.\n")
    assert any("looks like a question: '15\\\\. Welche Informationen" in issue.reason for issue in inquiry.issues)


def test_a_w_word_opening_a_finished_statement_of_an_answers_list_is_no_doubt():
    inquiry = parse_inquiry("1. Wie geht die Stadt vor?\n\nSie geht in zwei Schritten vor:\n\n"
                            "1\\. Wie im Vorjahr werden die Flächen geprüft.\n\n2\\. Danach wird gepflanzt.\n")
    assert inquiry.issues == []


def test_the_next_label_on_a_statement_before_sub_questions_is_a_doubt_not_answer_text():
    inquiry = parse_inquiry("2. Gibt es Stellplätze für Lastenräder?\n\nEs gibt keine ausgewiesenen Stellplätze.\n\n"
                            "3\\. Die Fläche am Museum ist inzwischen als Stellplatz ausgewiesen.\n\n"
                            "a) Ist dort genug Platz für Lastenräder?\n\nJa, die Fläche ist groß genug.\n")
    assert any("labelled as the next question: '3\\\\. Die Fläche" in issue.reason for issue in inquiry.issues)


def test_a_question_answered_out_of_order_fills_the_number_skipped_before():
    # 2 and 4 (quoted from the inquiry) asked one after another and answered together, then 3
    inquiry = parse_inquiry("1. Wie viele Bänke stehen im Schlossgarten?\n\nEs sind 120 Bänke.\n\n"
                            "2. Wer repariert die Bänke?\n\n"
                            "> 4. Wer bezahlt die Reparaturen?\n\n"
                            "Das Gartenbauamt repariert die Bänke aus seinem Etat.\n\n"
                            "3. Wie viele Bänke wurden 2024 ersetzt?\n\nEs wurden 14 Bänke ersetzt.\n\n"
                            "5. Sind neue Bänke geplant?\n\nJa, zehn weitere.\n")
    pairs = [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [("1", "Es sind 120 Bänke."),
                     ("2", "Das Gartenbauamt repariert die Bänke aus seinem Etat."),
                     ("4", "Das Gartenbauamt repariert die Bänke aus seinem Etat."),
                     ("3", "Es wurden 14 Bänke ersetzt."), ("5", "Ja, zehn weitere.")]
    assert inquiry.issues == []


def test_a_number_never_skipped_is_no_question_answered_out_of_order():
    # "2. Wie …?" inside the answer to 3, after 1, 2 and 3 were asked: no gap to fill, a doubt
    inquiry = parse_inquiry("1. Wann wird gebaut?\n\nIm Mai.\n\n2. Wo wird gebaut?\n\nAm Markt.\n\n"
                            "3. Was kostet der Bau?\n\nRund zwei Millionen Euro.\n\n"
                            "2. Wie lange dauert der Bau?\n\nSechs Monate.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    assert any("looks like a question" in issue.reason for issue in inquiry.issues)


def test_a_number_skipped_and_never_asked_later_is_still_a_doubt():
    inquiry = parse_inquiry("1. Wann wird gebaut?\n\nIm Mai.\n\n2. Wo wird gebaut?\n\n> 4. Wer baut?\n\n"
                            "Die Stadt baut am Markt.\n\n5. Was kostet der Bau?\n\nZwei Millionen Euro.\n")
    assert any("numbering skips from 2 to 4" in issue.reason for issue in inquiry.issues)


def test_the_title_of_a_seminar_or_a_brochure_with_a_question_mark_is_no_doubt():
    inquiry = parse_inquiry("1. Gibt es Angebote für ältere Beschäftigte?\n\nFolgende Seminare werden angeboten:\n\n"
                            "Seminar: Schon 60? So bleiben Sie neugierig\n\n"
                            "Vortrag: Der Ruhestand kommt - und dann?\n\n"
                            "Das Umweltamt hat eine Broschüre herausgegeben: Wie dichte ich meinen Keller ab? "
                            "Sie liegt im Rathaus aus.\n")
    assert inquiry.issues == []


def test_a_question_after_a_colon_that_names_no_title_is_still_a_doubt():
    inquiry = parse_inquiry("1. Gibt es Angebote für ältere Beschäftigte?\n\nJa, mehrere.\n\n"
                            "Zur Ausstattung: Wie viele Räume gibt es? Es gibt vier Räume im Erdgeschoss.\n")
    assert any("looks like a question" in issue.reason for issue in inquiry.issues)


# --- one question of several sentences, its answer divided by them (2019/1119, 2021/0122) ---
OWN_SENTENCES = ("1. Für welche Räume ist die Hausmeisterin zuständig? Wie viele Stunden stehen ihr dafür "
                 "in der Woche zur Verfügung?\n\n"
                 "Für welche Räume ist die Hausmeisterin zuständig? Sie betreut die Schule und die Halle.\n\n"
                 "Wie viele Stunden stehen ihr dafür in der Woche zur Verfügung? Es sind 39 Stunden, je zur "
                 "Hälfte.\n")


def test_answer_divided_by_its_questions_own_sentences_is_no_hidden_question():
    inquiry = parse_inquiry(OWN_SENTENCES)
    assert len(inquiry.questions) == 1 and inquiry.questions[0].answer == 0
    assert inquiry.answers[0].text.endswith("Es sind 39 Stunden, je zur Hälfte.")
    assert inquiry.issues == []


def test_own_sentence_with_a_typing_slip_is_still_the_questions_own():
    # the inquiry writes "Hausmeisterinn", the answer repeats it spelt right
    inquiry = parse_inquiry(OWN_SENTENCES.replace("1. Für welche Räume ist die Hausmeisterin",
                                                  "1. Für welche Räume ist die Hausmeisterinn"))
    assert inquiry.issues == []


def test_own_sentences_each_alone_before_their_answer():
    text = ("1. Weshalb wurde die Bank entfernt? Gab es Beschwerden?\n\nWeshalb wurde die Bank entfernt?\n\n"
            "Sie war morsch.\n\nGab es Beschwerden?\n\nNein, keine.\n")
    assert parse_inquiry(text).issues == []


def test_question_not_among_the_answered_questions_sentences_stays_a_doubt():
    # "Ist der Bauhof …?": asked only by the answer document (2019/1287)
    text = ("1. Gibt es ein Verzeichnis der Arbeiten?\n\nEs gibt eines.\n\n"
            "Ist der Bauhof in der Lage, seine Aufgaben zu bewältigen? Er ist am Rande der Auslastung.\n")
    assert any("looks like a question" in i.reason for i in parse_inquiry(text).issues)


def test_own_sentence_with_another_year_is_another_question():
    text = ("1. Wie viele Anträge auf einen Zuschuss gab es im Jahr 2019?\n\nEs gab 40.\n\n"
            "Wie viele Anträge auf einen Zuschuss gab es im Jahr 2020? Es gab 52, davon 30 bewilligt.\n")
    assert any("looks like a question" in i.reason for i in parse_inquiry(text).issues)


def test_another_question_after_the_own_sentence_stays_a_doubt():
    text = ("1. Weshalb wurde die Bank entfernt?\n\nSie war morsch.\n\n"
            "Weshalb wurde die Bank entfernt? Wann kommt eine neue Bank an diese Stelle?\n")
    assert any("looks like a question: 'Wann kommt" in i.reason for i in parse_inquiry(text).issues)


def test_own_sentence_does_not_settle_the_next_questions_label():
    text = ("1. Weshalb wurde die Bank entfernt?\n\nSie war alt.\n\nWeshalb wurde die Bank entfernt? Das Holz "
            "war morsch. 2. Wann kommt eine neue Bank? Im Mai.\n")
    assert any("labelled question inside" in i.reason for i in parse_inquiry(text).issues)


def test_a_bold_heading_right_before_a_quoted_question_is_its_topic_not_the_answer_before():
    inquiry = parse_inquiry("> 1.1 Wie viele Fälle gab es?\n\nDrei.\n\n**2. Prüfverfahren**\n\n"
                            "> 2.1 Wie wird geprüft?\n\nIm Original.\n")
    assert [(q.number, q.context, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1.1", "", "Drei."), ("2.1", "**2. Prüfverfahren**", "Im Original.")]


@pytest.mark.parametrize("text, items", [
    ("Wie viele Stellen sind frei? a. bei der Stadt", "a"),
    ("Ab wann wirken die Kosten:\n\na) auf den Haushalt?", "a"),
    ("Gibt es Obergrenzen? a. Wenn ja, welche? Bitte auflisten. b. Warum?", "ab"),
    ("Wie hoch sind die a) vom Bund anerkannten Kosten und b) die eigenen?", "ab"),
    ("Welche Kosten entstehen u. a. für die Reinigung? b. Warum?", ""),  # "u. a." is no item
    ("Geprüft wird: b) die Größe", ""),  # no item a) opens the run
])
def test_items_labelled_inside_a_paragraph(text, items):
    assert layouts.inline_items(text) == items


def test_a_pointer_to_an_item_held_inside_its_question_names_that_question():
    # question 1 holds its item a) in its own paragraph; only b) stands as a question of its own
    text = ("1. Wie hoch sind die Kosten? a) für die Stadt?\n\nDrei Millionen Euro.\n\n> b) für die Stadtwerke?\n\n"
            "Zwei Millionen Euro.\n\n2. Wer trägt die Kosten ab 2030?\n\nSiehe Nr. 1 a. Danach trägt sie der Bund.\n")
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["1", "1b", "2"]
    assert inquiry.answers[inquiry.questions[2].answer].points_to == ["1"]
    assert inquiry.issues == []


def test_a_pointer_to_a_point_the_answer_lists_names_the_question_of_that_answer():
    text = ("1. Nach welchen Kriterien wird verpachtet?\n\nGeprüft wird: a) die Lage, b) die Größe, c) frühere "
            "Zusagen.\n\n2. Wer erhält Flächen?\n\nLandwirte aus dem Ort (siehe auch Ziff. 1 c).\n")
    inquiry = parse_inquiry(text)
    assert inquiry.answers[1].points_to == ["1"]
    assert inquiry.issues == []


def test_a_pointer_to_an_item_nothing_holds_still_names_nothing():
    # "u. a." inside question 1 is no item a)
    inquiry = parse_inquiry("1. Welche Kosten entstehen u. a. für die Reinigung?\n\nKeine.\n\n2. Und danach?\n\n"
                            "Siehe Nr. 1 a.\n")
    assert [i.reason for i in inquiry.issues] == ["answer points to question 1a, which the document does not contain"]


@pytest.mark.parametrize("text, answer", [
    ("1. Gibt es Obergrenzen? a. Wenn ja, welche? b. Warum gibt es sie?\n\nZu 1 a:\n\nEs gibt keine.\n\n"
     "Zu 1 b:\n\nEntfällt.\n\n2. Wie geht es weiter?\n\nDas ist offen.\n",
     "Zu 1 a:\n\nEs gibt keine.\n\nZu 1 b:\n\nEntfällt."),
    # all questions first, then the sections; "zu 1a:" names question 1's item, not question 2's
    ("1. Ist das Amt ausgestattet? a. Was fehlt? b. Wann kommt es?\n\n2. Nutzt das Klinikum das System?\n\n"
     "zu 1a:\n\nEs fehlt nichts.\n\nzu 1b:\n\nIm Mai.\n\nzu 2:\n\nJa, seit März.\n",
     "zu 1a:\n\nEs fehlt nichts.\n\nzu 1b:\n\nIm Mai."),
    # the header with its text, after the answer's general part
    ("1. Wie hoch sind die Sätze?\n\n> a) Sind Erhöhungen geplant? b) Drohen Kürzungen?\n\nEs gelten drei Stufen."
     "\n\nZu 1a) Nein, derzeit nicht.\n\nZu 1b) Nein, auch nicht.\n",
     "Es gelten drei Stufen.\n\nZu 1a) Nein, derzeit nicht.\n\nZu 1b) Nein, auch nicht."),
])
def test_headers_naming_the_items_a_question_holds_head_parts_of_its_answer(text, answer):
    inquiry = parse_inquiry(text)
    assert answers_by_number(inquiry)["1"] == answer
    assert inquiry.issues == []


def test_a_header_naming_an_item_the_question_does_not_hold_stays_a_doubt():
    inquiry = parse_inquiry("1. Gibt es Obergrenzen?\n\nZu 1 a:\n\nEs gibt keine.\n")
    assert [i.reason for i in inquiry.issues] == ["answer header names questions 1a that never follow"]


def test_the_next_item_labelled_with_a_full_stop_inside_the_answer_is_a_doubt():
    inquiry = parse_inquiry("1. Wie viele Stellen sind frei? a. bei der Stadt\n\nEs sind fünf.\n\n"
                            "b. bei anderen Trägern\n\nDas ist nicht bekannt.\n")
    assert [i.reason for i in inquiry.issues] == [
        "answer contains a paragraph labelled as the question's next item: 'b. bei anderen Trägern'"]


def test_a_sub_question_left_in_the_answer_of_its_question_is_a_doubt():
    inquiry = parse_inquiry("1. Wie viele Plätze gibt es?\n\nEs gibt 300 Plätze.\n\n"
                            "1a. Ebenso möchten wir den Bedarf wissen.\n\nDer Bedarf ist höher.\n")
    assert [i.reason for i in inquiry.issues] == [
        "answer contains a paragraph labelled as the question's next item: '1a. Ebenso möchten wir den Bedarf wissen.'"]


def test_an_answer_taking_up_the_items_of_its_question_by_number_and_letter_raises_no_doubt():
    inquiry = parse_inquiry("1. Wie viele Plätze gibt es a) in der Stadt b) im Umland?\n\nEs sind insgesamt 420.\n\n"
                            "1a) In der Stadt sind es 300.\n\n1b) Im Umland sind es 120.\n")
    assert inquiry.issues == []


@pytest.mark.parametrize("numlist, numbers", [
    ("2. c", ["2c"]), ("1. a", ["1a"]), ("3 a", ["3a"]), ("7.1", ["7.1"]), ("1. und 2.", ["1", "2"])])
def test_a_number_its_full_stop_and_an_items_letter_name_the_item(numlist, numbers):
    assert layouts.numbers_in(numlist) == numbers


def test_an_items_letter_after_a_full_stop_counts_only_before_its_bracket():
    assert layouts.pointers("Es sind 280 (siehe Frage 2. c).") == ["2c"]
    assert layouts.answer_header("Zu 1. a) Die Anhörung ist abgeschlossen.") == (["1a"], "Die Anhörung ist abgeschlossen.")
    assert layouts.pointers("vgl. Nr. 2. s. auch den Bericht") == ["2"]  # "s." is no item


def test_headers_with_the_number_its_full_stop_and_the_items_letter_answer_the_items_a_question_holds():
    text = ("1. Wie ist der Stand? a) Ist die Anhörung erfolgt? b) Wann wird ausgelegt? c) Wann tritt es in Kraft?\n\n"
            "Zu 1. a) Die Anhörung ist abgeschlossen.\n\nZu 1. b) - c) Die Auslegung folgt im Herbst.\n\n"
            "2. Gibt es Eingriffe?\n\nNein.\n")
    inquiry = parse_inquiry(text)
    assert answers_by_number(inquiry)["1"] == ("Zu 1. a) Die Anhörung ist abgeschlossen.\n\n"
                                                "Zu 1. b) - c) Die Auslegung folgt im Herbst.")
    assert inquiry.issues == []


def test_headers_inside_the_answer_to_all_questions_divide_it_and_what_came_before_is_the_administrations():
    text = ("1. Wie weit ist der Wärmeplan?\n\n2. Welche Gebiete sind betroffen?\n\n3. Werden die Pläne geändert?\n\n"
            "## Stellungnahme\n\nKurzfassung Die Verwaltung nimmt Stellung.\n\nAntwort zu Frage 1\n\n"
            "Er wird im Herbst fertig.\n\nAntwort zu Frage 2 und 3\n\nDie Altstadt; die Pläne bleiben.\n")
    inquiry = parse_inquiry(text)
    assert answers_by_number(inquiry) == {"1": "Er wird im Herbst fertig.", "2": "Die Altstadt; die Pläne bleiben.",
                                          "3": "Die Altstadt; die Pläne bleiben."}
    assert [(p.kind, p.text) for p in inquiry.preambles] == [
        ("Erläuterungen der Verwaltung", "Kurzfassung Die Verwaltung nimmt Stellung.")]
    assert inquiry.issues == []


def test_a_header_for_only_some_questions_inside_the_answer_to_all_leaves_the_others_unanswered():
    inquiry = parse_inquiry("1. Wie weit ist der Wärmeplan?\n\n2. Welche Gebiete sind betroffen?\n\n## Stellungnahme\n\n"
                            "Vorweg: Die Planung läuft.\n\nAntwort zu Frage 1\n\nEr wird im Herbst fertig.\n")
    assert "no answer found for question 2" in [i.reason for i in inquiry.issues]


def test_a_finished_statement_under_the_next_label_leads_into_its_quoted_first_item():
    # "1. … berichtet worden." asks nothing; "> a)" right after it is its first item, not 1a alone
    inquiry = parse_inquiry("1. Über die Schließung des Bades wurde lange nichts berichtet.\n\n"
                            "> a) Warum hat die Stadt so lange geschwiegen?\n\nDas Verfahren lief noch.\n\n"
                            "> b) Wird die Stadt künftig früher informieren?\n\nJa, im Amtsblatt.\n\n"
                            "2. Wann öffnet das Bad wieder?\n\nIm Mai.\n")
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1", 0), ("1b", 1), ("2", 2)]
    assert inquiry.questions[0].text == ("Über die Schließung des Bades wurde lange nichts berichtet.\n\n"
                                         "a) Warum hat die Stadt so lange geschwiegen?")
    assert [a.text for a in inquiry.answers] == ["Das Verfahren lief noch.", "Ja, im Amtsblatt.", "Im Mai."]
    assert inquiry.issues == []


def test_a_lead_stopping_mid_sentence_goes_on_in_the_askers_words_into_its_quoted_first_item():
    # "3. …, die seit Jahren in" (no full stop), "> Fragesteller: wechselnde Schichten …:", "> a) …?":
    # the askers' words are the rest of the lead, and lead, words and items are question 3
    inquiry = parse_inquiry("1. Wie viele Leute arbeiten im Schichtdienst?\n\nEs sind 240.\n\n"
                            "2. Welche Ämter betrifft das?\n\nVor allem die Feuerwehr.\n\n"
                            "3. Schichtarbeit belastet viele Beschäftigte, die seit Jahren in\n\n"
                            "> Fragesteller: wechselnden Schichten arbeiten, mit Folgen für Schlaf und Familie:\n\n"
                            "> a) Gibt es dazu Zahlen der Stadt?\n\n> b) Plant die Stadt eine Umfrage?\n\n"
                            "Beides ist nicht vorgesehen.\n\n4. Wann berichtet die Stadt?\n\nIm Herbst.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2", "3", "4"]
    assert inquiry.questions[2].text == ("Schichtarbeit belastet viele Beschäftigte, die seit Jahren in wechselnden "
                                         "Schichten arbeiten, mit Folgen für Schlaf und Familie:\n\n"
                                         "a) Gibt es dazu Zahlen der Stadt?\n\nb) Plant die Stadt eine Umfrage?")
    assert answers_by_number(inquiry)["3"] == "Beides ist nicht vorgesehen."
    assert answers_by_number(inquiry)["2"] == "Vor allem die Feuerwehr."
    assert inquiry.issues == []


def test_askers_words_that_do_not_go_on_with_the_labelled_text_lead_nothing_into_the_quote():
    # guard: "3. … ." is a finished sentence and the askers' words open their own (capital, no
    # lead's rest): which question "> a)" belongs to stays a doubt, as before
    inquiry = parse_inquiry("1. Wie viele Leute arbeiten im Schichtdienst?\n\nEs sind 240.\n\n"
                            "2. Schichtarbeit belastet viele Beschäftigte.\n\n"
                            "> Fragesteller: Die Folgen reichen bis in die Familien:\n\n"
                            "> a) Gibt es dazu Zahlen der Stadt?\n\nNein.\n")
    assert [q.number for q in inquiry.questions] != ["1", "2"]
    assert inquiry.issues != []


def test_the_next_label_holding_item_a_and_stopping_mid_sentence_is_the_question_its_quoted_item_b_goes_on():
    # "2. … Wie hoch sind die a) vom Land bewilligten Mittel und" (no "?": kept as text), the answer
    # to a), then "> b) die beantragten Mittel?": question 2, its answer, then 2b (not 1b)
    inquiry = parse_inquiry("1. Wird die Halle saniert?\n\nJa, ab 2027.\n\n"
                            "2. Falls die Sanierung kommt: Wie hoch sind die a) vom Land bewilligten Mittel und\n\n"
                            "Das Land hat 2,4 Mio. Euro bewilligt.\n\n> b) die von der Stadt beantragten Mittel?\n\n"
                            "Beantragt sind 3,1 Mio. Euro.\n\n3. Wann ist Baubeginn?\n\nIm Frühjahr.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2", "2b", "3"]
    assert answers_by_number(inquiry) == {"1": "Ja, ab 2027.", "2": "Das Land hat 2,4 Mio. Euro bewilligt.",
                                          "2b": "Beantragt sind 3,1 Mio. Euro.", "3": "Im Frühjahr."}
    assert inquiry.issues == []


def test_a_finished_statement_under_the_next_label_before_answer_text_and_a_quoted_item_b_stays_in_the_answer():
    # guard: "2. … Mittel." ends its sentence (no item a) left open): the text after it is not
    # shown to answer it, so "> b)" stays under question 1 and the doubt stays
    inquiry = parse_inquiry("1. Wird die Halle saniert?\n\nJa, ab 2027.\n\n"
                            "2. Das Land hat a) Mittel bewilligt.\n\nEs sind 2,4 Mio. Euro.\n\n"
                            "> b) Wie viel hat die Stadt beantragt?\n\nBeantragt sind 3,1 Mio. Euro.\n")
    assert "2" not in [q.number for q in inquiry.questions]


def test_a_statement_under_the_next_label_inside_an_answer_before_a_quoted_number_stays_in_the_answer():
    # guard: a quote with a number of its own ("> 3. …?") is that question; "2. … ." leads into nothing
    inquiry = parse_inquiry("1. Wie viele Bäder gibt es?\n\nVier.\n\n2. Die Bäder sind alt.\n\n"
                            "> 3. Wann werden sie saniert?\n\nAb 2026.\n")
    assert [q.number for q in inquiry.questions] == ["1", "3"]


def test_questions_named_alone_by_fragen_n_above_them_share_the_answer_after_them():
    # "Fragen 1, 2 und 4:" alone, then questions 1, 2 and 4, their answer, then 3 and its own
    inquiry = parse_inquiry("Fragen 1, 2 und 4:\n\n1. Wie viele Fälle gab es?\n\n2. Welcher Art waren sie?\n\n"
                            "4. Wie entwickeln sich die Zahlen?\n\nDie Zahlen stehen in Tabelle 1.\n\n"
                            "3. Wer war betroffen?\n\nVor allem Vereine.\n")
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1", 0), ("2", 0), ("4", 0), ("3", 1)]
    assert inquiry.answers[0].grouping == "stated"
    assert inquiry.issues == []


def test_fragen_followed_by_text_on_the_same_line_is_no_header():
    assert layouts.answer_header("Fragen 1 und 2:") == (["1", "2"], "")
    assert layouts.answer_header("Fragen 1 und 2: Die Stadt prüft beides.") is None
    assert layouts.answer_header("Frage 1:") is None


def test_a_question_answered_before_it_is_asked_takes_no_text_after_it():
    # a letter answers "Zu 1. …? Antw.: …" first, then copies the inquiry: the askers' remark
    # and signature after the copied questions are no answers
    inquiry = parse_inquiry("Zu 1. Gibt es einen Plan? Antw.: Ja, seit 2019.\n\n"
                            "Zu 2. Gibt es Richtlinien? Antw.: Ja, die Norm.\n\n"
                            "Anfrage\n\n1. Gibt es einen Plan?\n\n2. Gibt es Richtlinien?\n\n"
                            "Ein Radweg wird sicher anders beleuchtet.\n\n"
                            "Mit freundlichen Grüßen Anna Beispiel Bernd Muster\n")
    assert [(q.number, q.answer) for q in inquiry.questions] == [("1", None), ("2", None)]
    assert any("answered before it is asked" in i.reason for i in inquiry.issues)


def test_und_between_two_questions_joins_them_the_answer_after_is_their_stated_answer():
    # 2017/0511: "1. …? / und / 2. …?" over one answer: the pieces of a header "Zu 1. und 2."
    inquiry = parse_inquiry("1. Wie steht es um den Handwerkerhof?\n\nund\n\n"
                            "2. Welche Pläne gibt es für ihn?\n\nDer Hof ist gut belegt; ein Ausbau ist geplant.\n")
    assert [(q.number, inquiry.answers[q.answer].text, inquiry.answers[q.answer].grouping)
            for q in inquiry.questions] == [("1", "Der Hof ist gut belegt; ein Ausbau ist geplant.", "stated"),
        ("2", "Der Hof ist gut belegt; ein Ausbau ist geplant.", "stated")]
    assert inquiry.issues == []


def test_zu_and_und_split_around_the_questions_they_name_are_no_answer_text():
    # 2020/0086: "zu / 1. …? / und / zu / 2. …? / answer / zu / 3. …? / answer"
    inquiry = parse_inquiry("zu\n\n1. Wie hoch waren die Gebühren?\n\nund\n\nzu\n\n2. Wie verteilen sie sich?\n\n"
                            "Es waren 4.000 Euro, davon die Hälfte für Plakate.\n\nzu\n\n3. Gab es Klagen?\n\nKeine.\n")
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Es waren 4.000 Euro, davon die Hälfte für Plakate."),
        ("2", "Es waren 4.000 Euro, davon die Hälfte für Plakate."), ("3", "Keine.")]
    assert inquiry.issues == []


def test_an_answer_of_connecting_words_only_is_still_a_doubt():
    # "und" that stands before answer text, not before a question, joins nothing: no answer either
    inquiry = parse_inquiry("1. Wie steht es um den Hof?\n\nund\n\n## Anlage\n\n2. Was ist geplant?\n\nEin Ausbau.\n")
    assert any("only connecting words: 'und'" in issue.reason for issue in inquiry.issues)


def test_an_answer_that_copies_its_question_is_a_doubt():
    # a scanned bundle: the signed answer, then the forwarding e-mail and the inquiry itself
    inquiry = parse_inquiry("1. Wir bitten um Prüfung, ob an der Endhaltestelle Parkplätze geschaffen werden können.\n\n"
                            "Die Prüfung hat ergeben, dass dort keine Fläche frei ist. Mit freundlichen Grüßen "
                            "Von: Ortsverwaltung Anfrage Wir bitten um Prüfung, ob an der Endhaltestelle Parkplätze "
                            "geschaffen werden können. Begründung …\n")
    assert [i.reason for i in inquiry.issues] == [
        "answer holds a copy of the question (the inquiry copied into the answer document): "
        "'Wir bitten um Prüfung, ob an der Endhalt'"]


def test_an_answer_quoting_a_few_words_of_its_question_is_no_doubt():
    inquiry = parse_inquiry("1. Wie viele Parkplätze gibt es an der Endhaltestelle in Wolfartsweier?\n\n"
                            "An der Endhaltestelle gibt es 14 Parkplätze.\n")
    assert inquiry.issues == []


def test_the_next_item_completing_the_lead_inside_an_answer_is_a_doubt():
    # "6. Wie wird … finanziert? > a) Einnahmen …?" then 6a's answer with item b) and its
    # answer run into it: item b) completes the lead in lower case
    inquiry = parse_inquiry("1. Wie wird der Betrieb finanziert?\n\nWie verteilen sich die Anteile:\n\n"
                            "> a) Einnahmen aus Fahrpreisen?\n\n"
                            "Die Gesellschaft hat keine Fahrgeldeinnahmen. b) durch die Stadt selbst bzw. "
                            "ihre Werke? Ja, zum Teil.\n")
    assert "answer contains a labelled question inside a paragraph: 'b) durch die Stadt selbst bzw. ihre Werke?'" \
        in [i.reason for i in inquiry.issues]


def test_tables_run_together_in_one_answer_paragraph_are_a_doubt():
    # the extraction gathered the tables of items b and c under item c: which table answers
    # which item is not settled, though each item seems answered
    inquiry = parse_inquiry("1. a) Wie viele Stellen gibt es?\n\nBereich Anzahl Amt 12\n\n"
                            "> b) Welche Tätigkeiten sind es?\n\nAmt\n\nTöchter\n\n"
                            "> c) Wie viele wurden verlängert?\n\nBereich Anzahl Bäder 14 Zoo 3 "
                            "Bereich Tätigkeiten Bäder Kasse, Aufsicht Zoo Pflege Bereich Anzahl Amt 2\n")
    assert [issue.reason for issue in inquiry.issues] == [
        "answer holds several tables run together (which table answers which question is not settled): 'Bereich'"]


def test_one_table_with_a_repeated_row_name_is_no_doubt():
    inquiry = parse_inquiry("1. Wie viele Krankheitstage gab es?\n\nFehlzeiten Kalenderjahr 2012: 82 Tage "
                            "Fehlzeiten Kalenderjahr 2016: 52 Tage Fehlzeiten Kalenderjahr 2017: 46 Tage\n\n"
                            "2. Wer zahlt wie viel?\n\nGemeinde Rheinau: 3,1 Mio. Euro Stadt Bühl: 0,3 Mio. Euro "
                            "Gemeinde Sinzheim: 0,1 Mio. Euro Gemeinde Ottersweier: 0,2 Mio. Euro\n")
    assert inquiry.issues == []


def test_the_askers_item_b_after_a_question_holding_item_a_with_a_full_stop_is_its_sub_question():
    # "1. …? a. an den städtischen Schulen", its answer, then "b) an den Schulen freier Träger"
    # (the importer writes the askers' item with a bracket): question 1b, answered in turn
    inquiry = parse_inquiry("1. Wie viele Stellen sind unbesetzt? a. an den städtischen Schulen\n\nVier.\n\n"
                            "b) an den Schulen freier Träger\n\nKeine Angaben.\n\n2. Was plant die Stadt?\n\nWerbung.\n")
    assert [(q.number, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Wie viele Stellen sind unbesetzt? a. an den städtischen Schulen", "Vier."),
        ("1b", "an den Schulen freier Träger", "Keine Angaben."), ("2", "Was plant die Stadt?", "Werbung.")]
    assert inquiry.issues == []


def test_u_a_inside_a_question_opens_no_items():
    # "u. a." is no item "a.": a "b)" paragraph after the answer is no sub-question 1b
    inquiry = parse_inquiry("1. Welche Kosten fallen u. a. für Personal an?\n\nZwei Posten:\n\n"
                            "b) Sachkosten von 3 Mio. Euro\n\n2. Was plant die Stadt?\n\nWerbung.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert "b) Sachkosten" in inquiry.answers[0].text


def test_an_answer_header_with_bare_numbers_names_the_questions_of_the_section_just_asked():
    # Karlsruhe 2017: "B: … ?", "1. … ?", "2. … ?", then "Antwort zu 1. und 2." — the numbers
    # restart under each capital letter, so the header names B.1 and B.2, not questions 1, 2.
    text = ("A. Wie viele Spielplätze gibt es?\n\n1. Wie viele davon sind saniert?\n\nEs sind 80, "
            "davon 60 saniert.\n\nB. Die Wege am Stadtgarten sind in schlechtem Zustand. Ist das bekannt?\n\n"
            "1. Wann werden die Wege erneuert?\n\n2. Wer trägt die Kosten?\n\nAntwort zu 1. und 2.\n\n"
            "Die Wege werden im Herbst auf Kosten der Stadt erneuert.\n")
    inquiry = parse_inquiry(text)
    answers = answers_by_number(inquiry)
    assert answers["B.1"] == answers["B.2"] == "Die Wege werden im Herbst auf Kosten der Stadt erneuert."
    assert inquiry.answers[inquiry.questions[4].answer].grouping == "stated"
    assert not any("does not contain" in i.reason for i in inquiry.issues)


def test_a_bare_number_naming_no_question_of_the_open_section_stays_a_doubt():
    # Guard: "Antwort zu 3." in section B, which asks B.1 and B.2 only: no question 3, nor A.3
    text = ("A. Wie viele Spielplätze gibt es?\n\n1. Wie viele?\n\n2. Welche?\n\n3. Wo?\n\nEs sind 80.\n\n"
            "B. Ist das bekannt?\n\n1. Wann werden die Wege erneuert?\n\n2. Wer trägt die Kosten?\n\n"
            "Antwort zu 3.\n\nIm Herbst.\n")
    inquiry = parse_inquiry(text)
    assert any("names question 3, which the document does not contain" in i.reason for i in inquiry.issues)
    assert answers_by_number(inquiry)["A.3"] == "Es sind 80."


# Karlsruhe 2017: "Diese Fragen fallen in die Zuständigkeit …" right after a conditional
# question and the question after it: the answer says itself that it answers both.
THESE_QUESTIONS = (
    "1. Sind die Lehrkräfte bei der Stadt angestellt?\n\nNein\n\n"
    "2. Falls unter 1. nicht, bei wem sind sie angestellt?\n\n3. Wer bezahlt den Unterricht?\n\n"
    "Diese Fragen fallen in die Zuständigkeit des Landes.\n"
)


def test_an_answer_opening_with_these_questions_answers_the_unanswered_questions_before_it():
    inquiry = parse_inquiry(THESE_QUESTIONS)
    answers = answers_by_number(inquiry)
    assert answers["2"] == answers["3"] == "Diese Fragen fallen in die Zuständigkeit des Landes."
    assert inquiry.answers[inquiry.questions[1].answer].grouping == "stated"
    assert not inquiry.issues


def test_these_questions_after_one_unanswered_question_is_read_as_before():
    # Guard: after one question only, "Diese Fragen …" names no run: the question's own
    # answer, as before (no joint answer of undetermined questions recorded)
    text = THESE_QUESTIONS.replace("2. Falls unter 1. nicht, bei wem sind sie angestellt?\n\n", "")
    text = text.replace("3. Wer", "2. Wer")
    inquiry = parse_inquiry(text)
    assert answers_by_number(inquiry)["2"] == "Diese Fragen fallen in die Zuständigkeit des Landes."
    assert inquiry.answers[inquiry.questions[1].answer].grouping is None
    assert not inquiry.issues


# Karlsruhe 2015: "1. Gibt es …? Wenn ja: in welchen?" / "Wenn nein:" / "2. Ist die Stadt
# bereit …?" / "3. Teilt …?", then one answer: the bare condition leads into question 2 and
# the three questions stand one after another.
BARE_CONDITION = (
    "1. Gibt es in den Wohnheimen freies WLAN? Wenn ja: in welchen?\n\nWenn nein:\n\n"
    "2. Ist die Stadt bereit, es einzurichten?\n\n3. Teilt die Stadt die Ansicht, dass es nützt?\n\n"
    "Der Bund richtet in allen Wohnheimen freies WLAN ein. Die Stadt begrüßt das.\n"
)


def test_a_bare_condition_between_questions_leads_into_the_next_and_breaks_no_run():
    inquiry = parse_inquiry(BARE_CONDITION)
    assert [q.answer for q in inquiry.questions] == [0, 0, 0]
    assert inquiry.answers[0].grouping == "consecutive"
    assert inquiry.questions[1].context == "Wenn nein:"
    assert not inquiry.issues


def test_another_lead_in_between_questions_still_breaks_the_run():
    # Guard: only the bare condition; a topic lead-in ("Zu den Kosten:") keeps its place
    inquiry = parse_inquiry(BARE_CONDITION.replace("Wenn nein:", "Zu den Kosten:"))
    assert inquiry.questions[0].answer is None
    assert any("no answer found for question 1" in i.reason for i in inquiry.issues)


def test_requests_marked_as_the_askers_are_questions_and_a_run_shares_the_answer():
    inquiry = parse_inquiry("> Ersuchen: 1. Die Stadtverwaltung legt dar, wie der Stand des Ausbaus ist.\n\n"
                            "> Ersuchen: 2. Speziell sollen die Pläne dargestellt werden.\n\n"
                            "Der Ausbau ist zu 80 % abgeschlossen.\n")
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.answers[0].grouping == "consecutive"


def test_an_unmarked_or_plainly_quoted_statement_of_the_administration_is_no_question():
    inquiry = parse_inquiry("1. Wie viele Bänke fehlen?\n\nZwölf.\n\n"
                            "> Die Stadtverwaltung legt dar, wie der Stand ist.\n\n"
                            "2\\. Die Verwaltung berichtet im Herbst.\n")
    assert [q.number for q in inquiry.questions] == ["1"]


def test_antwort_der_verwaltung_zu_frage_names_the_questions_it_answers():
    assert layouts.answer_header("Antwort der Verwaltung zu Frage 1 und 2:") == (["1", "2"], "")


def test_the_next_item_asking_after_a_quote_inside_an_answer_is_a_doubt():
    # 51226: item f. quotes the askers' paper before it asks (no question word after its
    # label) and stood, with its own answer, inside the answer to 2e
    text = ("2. Wie ist der Stand in diesen Bereichen? a. Wie hoch sind die Mittel?\n\nEs sind 40.000 Euro.\n\n"
            "> e. Welche Räume gibt es für Vereine?\n\nEs gibt drei Räume. f. Im Konzept steht: „Neue Räume "
            "werden geschaffen.“ Was wurde dafür getan? Bisher nichts.\n")
    assert "answer contains a labelled question inside a paragraph: 'f. Im Konzept steht: „Neue Räume werden " \
           "geschaffen.“ Was wur'" in [i.reason for i in parse_inquiry(text).issues]


def test_a_letter_after_the_answered_item_in_plain_answer_text_is_no_doubt():
    # "e. …" answered with "… wie unter d. beschrieben." asks nothing after the letter
    text = ("2. Wie ist der Stand? a. Wie hoch sind die Mittel?\n\nEs sind 40.000 Euro.\n\n"
            "> e. Welche Räume gibt es für Vereine?\n\nEs gibt drei Räume. f. Die Liste liegt bei.\n")
    assert not [i for i in parse_inquiry(text).issues if "inside a paragraph" in i.reason]


def test_the_askers_request_as_a_noun_after_the_question_mark_is_no_run_on():
    # 39592: "… ausgeschüttet? Auflistung nach Projekt/Träger mit den jeweiligen Summen"
    text = ("1. Welche Vereine wurden gefördert? Auflistung nach Verein mit den jeweiligen Summen\n\n"
            "Gefördert wurden zwölf Sportvereine mit zusammen 80.000 Euro.\n")
    inquiry = parse_inquiry(text)
    assert inquiry.questions[0].text == ("Welche Vereine wurden gefördert? Auflistung nach Verein mit den "
                                         "jeweiligen Summen")
    assert inquiry.issues == []


def test_a_table_headed_for_questions_answered_before_is_kept_apart_from_the_last_answer():
    # 35913: "Tabelle zu Frage 1 und 1a.)" after the last answer belongs to answers 1 and 1a
    text = ("1. Wie viele Tagespflegepersonen gibt es?\n\nEs sind 310 (s. Tabelle).\n\n"
            "1a) Wie verteilen sie sich auf die Stadtteile?\n\nSiehe Tabelle.\n\n"
            "2. Wie entwickelt sich der Bedarf?\n\nEr steigt bis 2030.\n\n"
            "Tabelle zu Frage 1 und 1a.) Stand 1.11.2030 Nr. Stadtteil Anzahl 1 Innenstadt 11\n")
    inquiry = parse_inquiry(text)
    assert inquiry.answers[inquiry.questions[-1].answer].text == "Er steigt bis 2030."
    assert [(p.kind, p.side, p.text) for p in inquiry.preambles] == [
        ("Tabelle zu Frage 1 und 1a.)", "answering", "Stand 1.11.2030 Nr. Stadtteil Anzahl 1 Innenstadt 11")]
    assert inquiry.issues == []


def test_a_table_headed_for_a_question_not_yet_answered_inside_an_answer_is_a_doubt():
    text = ("1. Wie viele Tagespflegepersonen gibt es?\n\nEs sind 310.\n\n"
            "Tabelle zu Frage 2: Stand 1.11.2030 Nr. Stadtteil Anzahl 1 Innenstadt 11\n\n"
            "2. Wie entwickelt sich der Bedarf?\n\nEr steigt bis 2030.\n")
    assert "answer contains a table headed for other questions: 'Tabelle zu Frage 2: Stand 1.11.2030 Nr. " \
           "Stadtteil Anzahl 1 I'" in [i.reason for i in parse_inquiry(text).issues]


def test_a_table_headed_for_the_question_it_answers_is_no_doubt():
    text = ("1. Wie viele Tagespflegepersonen gibt es?\n\nEs sind 310.\n\n"
            "Tabelle zu Frage 1: Stand 1.11.2030 Nr. Stadtteil Anzahl 1 Innenstadt 11\n")
    inquiry = parse_inquiry(text)
    assert inquiry.issues == [] and inquiry.preambles == []


RUN_INTO_HEADER = ("1. Wie viele Bäder sind geöffnet?\n\nEs sind vier.\n\n"
                   "Zu Frage 2: Was tut die Stadt, um die Öffnungszeiten bekannt zu machen? "
                   "Sie veröffentlicht einen Aushang und informiert im Amtsblatt.\n")


def test_a_header_naming_the_next_question_with_the_answer_run_into_it_gives_both():
    # "Zu Frage 2: Was tut …? Sie veröffentlicht …": the document asks question 2 only here,
    # and extraction ran its answer into the same paragraph
    inquiry = parse_inquiry(RUN_INTO_HEADER)
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert inquiry.questions[1].text == "Was tut die Stadt, um die Öffnungszeiten bekannt zu machen?"
    assert answers_by_number(inquiry)["2"] == "Sie veröffentlicht einen Aushang und informiert im Amtsblatt."
    assert not inquiry.issues


@pytest.mark.parametrize("after", ["Bitte nach Stadtteilen aufschlüsseln.", "Wenn ja, welche? Sie veröffentlicht …",
                                   "Sie veröffentlicht einen Aushang und"])
def test_the_askers_words_or_an_unfinished_text_after_the_headers_question_is_no_answer(after):
    # Guard: a request, a follow-up or text that states nothing stays unpaired and doubted
    text = RUN_INTO_HEADER.replace("Sie veröffentlicht einen Aushang und informiert im Amtsblatt.", after)
    inquiry = parse_inquiry(text)
    assert [q.number for q in inquiry.questions] == ["1"]
    assert any("answer names question 2" in issue.reason for issue in inquiry.issues)


def test_a_header_with_a_question_before_any_question_is_read_is_not_taken_for_it():
    # Guard: "Zu 1. Gibt es …? Antw.: Ja …" where the document copies the inquiry after its
    # answers; and a header naming a number that does not continue the numbering
    assert layouts.question_run_into_answer("Wir gehen davon aus, dass es so ist. Stimmt das? Ja.") is None
    inquiry = parse_inquiry(RUN_INTO_HEADER.replace("Zu Frage 2:", "Zu Frage 4:"))
    assert [q.number for q in inquiry.questions] == ["1"]
    inquiry = parse_inquiry("Zu 1. Gibt es einen Plan? Ja, es gibt ihn seit 2031.\n\n1. Gibt es einen Plan?\n")
    assert [q.answer for q in inquiry.questions] == [None]


def test_a_list_marker_before_the_next_letter_of_lettered_questions_counts_the_letter():
    # "a) …? b) Wenn ja, …" then "1. c) Wann wird …?": the answer document's list marker
    # "1." before the item's own letter; question c, answered after it
    inquiry = parse_inquiry("Vorab die Lage der Anlage.\n\n"
                            "a) Ist das eine Zählanlage? b) Wenn ja, bitten wir um die Zahlen seit 2031.\n\n"
                            "Es ist ein Sensor der Ampel. Zahlen liegen nicht vor.\n\n"
                            "1. c) Wann wird die Anzeige repariert?\n\nIm Frühjahr.\n")
    assert [q.number for q in inquiry.questions] == ["a", "c"]
    assert answers_by_number(inquiry)["c"] == "Im Frühjahr."
    assert not inquiry.issues


def test_a_numbered_item_letter_stays_a_sub_question_where_the_questions_are_numbered():
    # Guard: "1. b)" after numbered questions is question 1b
    inquiry = parse_inquiry("1. Gibt es eine Anlage?\n\nJa.\n\n1. a) Ist sie defekt?\n\nNein.\n\n"
                            "1. b) Wann wird sie geprüft?\n\nIm Mai.\n")
    assert [q.number for q in inquiry.questions] == ["1", "1a", "1b"]


def test_how_the_askers_want_the_answer_shown_after_their_question_is_no_run_on_answer():
    assert layouts.runs_on_unfinished("Welche Kosten entstehen der Stadt? Dargestellt für Zuwächse über "
                                      "200.000 Euro in den Jahren 2019 bis 2023 im Bereich:") is None
    # the answer's own start, run into the question, stays one
    assert layouts.runs_on_unfinished("Welche Kosten entstehen der Stadt? Die Kosten sind in den Jahren "
                                      "2019 bis 2023 im Bereich der Schulen wie folgt gestiegen:") is not None
