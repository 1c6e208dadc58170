"""Questions taken from the faction's inquiry when the answer document does not repeat them."""

import pytest

from anfragen.imports import documents, inquiry_reading, questions
from anfragen.parse import parse_inquiry

SINGLE_QUESTION_INQUIRY = """ANFRAGE
Vorlage Nr.: 2030/0001

Wann wird der Spielplatz am Mühlbach wieder geöffnet?

Begründung:
Der Spielplatz ist seit dem Frühjahr gesperrt. Viele Familien fragen nach.
""".splitlines()

BULLET_INQUIRY = """ANFRAGE

Die Stadt hat neue Ladesäulen aufgestellt. Wir fragen die Verwaltung:
- Wie viele Ladesäulen gibt es
im Stadtgebiet?
- Wer betreibt sie?

Begründung:
Die Elektromobilität wächst.
""".splitlines()

FREE_FORM_ANSWER = """Die Sanierung des Spielplatzes ist abgeschlossen. Er wird am 1. Juni wieder geöffnet.
Die neuen Geräte wurden vom TÜV abgenommen.""".splitlines()


def test_an_inquiry_with_one_unnumbered_question_yields_that_question():
    spans = inquiry_reading.inquiry_questions(SINGLE_QUESTION_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [("1.", "Wann wird der Spielplatz am Mühlbach wieder geöffnet?")]


def test_bullet_questions_of_an_inquiry_are_numbered_in_order():
    spans = inquiry_reading.inquiry_questions(BULLET_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "Wie viele Ladesäulen gibt es im Stadtgebiet?"), ("2.", "Wer betreibt sie?")]


def test_free_form_answer_to_a_single_question_is_paired_with_it():
    expected = inquiry_reading.inquiry_questions(SINGLE_QUESTION_INQUIRY)
    body, how = documents.compose_body(FREE_FORM_ANSWER, expected)
    assert how == "single"
    inquiry = parse_inquiry(body)
    assert [q.text for q in inquiry.questions] == ["Wann wird der Spielplatz am Mühlbach wieder geöffnet?"]
    assert inquiry.answers[0].text.startswith("Die Sanierung des Spielplatzes ist abgeschlossen.")
    assert inquiry.issues == []


def test_each_unnumbered_question_paragraph_is_a_question_without_the_statements_before_it():
    lines = ("Anfrage\nWie viele Bäume\nwurden gefällt?\n\nDie Stadt pflanzt nach.\nWer zahlt das?\n\n"
             "Begründung:\nWarum nicht?").splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [(s.number, s.text) for s in spans] == [("1.", "Wie viele Bäume wurden gefällt?"),
                                                   ("2.", "Wer zahlt das?")]


def test_questions_one_per_line_are_each_a_question():
    lines = ("Hierzu fragen wir.\n\nAnfrage:\nWie groß ist das Becken?\nIst dabei berücksichtigt, dass Zuläufe\n"
             "verstopfen können?\nWer prüft das?\n\nFraktion X").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wie groß ist das Becken?", "Ist dabei berücksichtigt, dass Zuläufe verstopfen können?", "Wer prüft das?"]


def test_a_question_paragraph_before_bullet_questions_is_their_first_question():
    lines = ("Anfrage\nGibt es Pläne, die Leitungen\nzu verlegen?\n- Was kostet das?\n- Wann?\n\n"
             "Begründung:\nText.").splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [s.text for s in spans] == ["Gibt es Pläne, die Leitungen zu verlegen?", "Was kostet das?", "Wann?"]


def test_running_text_with_many_questions_gives_no_guidance():
    lines = "\n\n".join(f"Frage Nummer {n} lautet so?" for n in range(13)).splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_a_label_alone_on_its_line_labels_the_text_after_it():
    lines = "1.\n\nWarum steht die Uhr nicht?\n\n2.\n \nWas kostet sie?\n\nBegründung:".splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [(s.number, s.text) for s in spans] == [("1.", "Warum steht die Uhr nicht?"), ("2.", "Was kostet sie?")]


def test_free_form_answer_to_several_questions_answers_them_as_a_whole():
    expected = inquiry_reading.inquiry_questions(BULLET_INQUIRY)
    body, how = documents.compose_body(FREE_FORM_ANSWER, expected)
    assert how == "unpaired"
    inquiry = parse_inquiry(body)
    assert [q.answer for q in inquiry.questions] == [0, 0]
    assert inquiry.answers[0].grouping == "whole"
    assert inquiry.answers[0].text.startswith("Die Sanierung des Spielplatzes")


def test_the_administrations_own_request_in_an_answer_is_never_read_as_a_question():
    # Reading audit 16: an answer that does not repeat the inquiry's bullet questions was
    # read with the inquiry's running-text rule, and the administration's own "möchte die
    # Verwaltung den Ortsbeirat bitten, …" became a question paired with the last paragraph.
    answer = ("Die Parkregelung wurde mit den Anwohnern abgestimmt. Änderungen sind nicht geplant.\n"
              "Sollte es Wünsche zu einzelnen Einfahrten geben, möchte die Verwaltung den Ortsbeirat\n"
              "bitten, diese mitzuteilen.\n\n"
              "Das Parken auf Gehwegen kann durch ein Verkehrszeichen erlaubt werden.").splitlines()
    expected = inquiry_reading.inquiry_questions(BULLET_INQUIRY)
    body, how = documents.compose_body(answer, expected)
    inquiry = parse_inquiry(body)
    assert [q.text for q in inquiry.questions] == ["Wie viele Ladesäulen gibt es im Stadtgebiet?",
                                                   "Wer betreibt sie?"]
    assert how == "unpaired"
    assert "möchte die Verwaltung den Ortsbeirat" in inquiry.answers[0].text


def test_an_answer_without_an_inquiry_yields_no_question_from_its_own_requests():
    answer = ("Ich hoffe, Ihnen einen Überblick gegeben zu haben. Bitte wenden Sie sich bei\n"
              "weiteren Fragen an mich.").splitlines()
    assert questions.numbered_questions(answer, []) == []


def test_a_numbered_question_run_into_its_answer_is_split():
    paragraph = ("1. Wie stellt sich die Lage dar? Wie viele Fälle gibt es? Beim Klinikum ist die Lage "
                 "angespannt. Es gibt 200 Fälle am Tag.")
    assert documents.split_labelled_question(paragraph) == [
        "1. Wie stellt sich die Lage dar? Wie viele Fälle gibt es?",
        "Beim Klinikum ist die Lage angespannt. Es gibt 200 Fälle am Tag."]


def test_paragraphs_that_are_not_a_question_and_its_answer_stay_whole():
    for paragraph in ["1. Juni 2025: Beginn der Arbeiten. Wer zahlt? Die Stadt.",
                      "Wie geht es weiter? Das ist offen.", "a) Wie viele? drei."]:
        assert documents.split_labelled_question(paragraph) == [paragraph]


def test_abbreviations_do_not_end_the_question_or_the_answer():
    paragraph = ("b) Wie werden Vereine (z.B. ASB, DRK) eingebunden? Die Hilfsorganisationen wurden "
                 "bereits ca. 3 Mal beteiligt. Das geht weiter.")
    assert documents.split_labelled_question(paragraph) == [
        "b) Wie werden Vereine (z.B. ASB, DRK) eingebunden?",
        "Die Hilfsorganisationen wurden bereits ca. 3 Mal beteiligt. Das geht weiter."]


def test_a_pointer_answer_run_into_its_question_is_split():
    assert documents.split_labelled_question("5. Mit welchen Kosten ist zu rechnen? s. Ziff. 4") == [
        "5. Mit welchen Kosten ist zu rechnen?", "s. Ziff. 4"]


def test_numbers_under_a_title_line_are_labels_when_nothing_else_is_numbered():
    lines = ("Koffer für Kitas\n1. Wie oft wurde er ausgeliehen?\n2. Was wünschen sich die Nutzenden?\n"
             "Die Nachfrage steigt. Deshalb fragen wir.").splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [(s.number, s.text) for s in spans] == [("1.", "Wie oft wurde er ausgeliehen?"),
                                                   ("2.", "Was wünschen sich die Nutzenden?")]


def test_a_number_continuing_a_sentence_is_not_a_label():
    lines = "Die Sperrung gilt ab\n1. August 2030 bis auf Weiteres.".splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_an_inquiry_asking_in_running_text_has_that_request_as_its_one_question():
    lines = ("ANFRAGE\nFraktion X\n\nIm Juli hat der Gemeinderat den Klimanotstand beschlossen. Wir fragen an,\n"
             "ob dies auch für das Baugebiet gilt. Auch bitten wir, die Potentiale zu erläutern.\n\n"
             "unterzeichnet von:\nA. B.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wir fragen an, ob dies auch für das Baugebiet gilt. Auch bitten wir, die Potentiale zu erläutern."]


def test_a_short_request_keeps_what_it_asks_about():
    lines = "Die Zufahrt ist oft zugeparkt, Müllwagen kommen nicht durch. Wir bitten um eine Stellungnahme.".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [lines[0]]


def test_several_requests_in_running_text_followed_by_more_text_give_no_guidance():
    lines = ("Wir bitten um Auskunft über A.\n\nDie Verwaltung wird gebeten, B darzustellen.\n\n"
             "Der Platz wird seit Jahren falsch genutzt.").splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_several_requests_in_running_text_closing_the_inquiry_are_one_passage_and_one_question():
    lines = ("Anfrage\nRadweg am Hang\n\nWir bitten um den neuesten Sachstand der Planungen für den Radweg am Hang.\n\n"
             "Immer wieder müssen wir nachfragen, wann mit dem Bau zu rechnen ist.\n\n"
             "Wir bitten, den Ortschaftsrat zu informieren.\n\nA. Beispiel\nFraktionsvorsitzender").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wir bitten um den neuesten Sachstand der Planungen für den Radweg am Hang. Immer wieder müssen wir "
        "nachfragen, wann mit dem Bau zu rechnen ist. Wir bitten, den Ortschaftsrat zu informieren."]


def test_several_paragraphs_with_a_question_mark_or_an_answer_going_on_are_no_request_passage():
    asking = "Gibt es triftige Gründe? Siehe oben.\n\nAbsprache mit dem Amt? Nicht nötig.".splitlines()
    assert inquiry_reading.inquiry_questions(asking) == []
    answer = ("Es wird um eine Aufstellung der Projekte an den Schulen gebeten.\n\nDer Verwaltung liegen nur "
              "einige Angaben vor.\n\nDas Amt schickt den Schulen Bögen mit der Bitte, sie auszufüllen.\n\n"
              "Die Verwaltung schlägt vor, das Ergebnis im Beirat vorzustellen.").splitlines()
    assert inquiry_reading.inquiry_questions(answer) == []


@pytest.mark.parametrize("request_", [
    "Das Stadtamt möge offenlegen, wie oft die Wege am Hang gereinigt werden.",
    "Die Stadtwerke mögen über die kurz- und mittelfristigen Pläne zum Ausbau des Netzes im Stadtteil berichten.",
    "Wir fragen von daher an, ob an der Schule ein Übergang für Kinder ausgewiesen werden kann.",
    "Die Fraktion möchte nun wissen, ob der Ausbau wie vorgestellt umgesetzt wird und wann.",
    "Die Fraktion bittet die Ortsverwaltung, über den Fortschritt beim Spielplatzkonzept zu berichten.",
    "Die Fraktion beantragt einen Sachstandsbericht im Ortschaftsrat zu den Außenanlagen der Kita.",
])
def test_a_request_worded_with_moege_fragen_an_moechte_wissen_bittet_or_beantragt_einen_bericht_is_one_question(
        request_):
    lines = f"Anfrage\n\n{request_}\n\nSachverhalt:\nDer Bedarf ist groß. Wir bitten um Klärung.\n\ngez. A. B.".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [request_]


def test_a_request_under_the_heading_anfrage_kurzfassung_is_read_without_the_heading():
    lines = ("Anfrage (Kurzfassung):\nDie Fraktion stellt hiermit die Anfrage nach einer Vorstellung der "
             "Umleitungen während der Baustelle am Ortsrand.\n\nBegründung:\nDer Bau beginnt bald.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Die Fraktion stellt hiermit die Anfrage nach einer Vorstellung der Umleitungen während der Baustelle am "
        "Ortsrand."]


def test_numbered_requests_that_all_read_as_requests_are_the_questions():
    lines = ("1. Die Verwaltung möge die Aufgaben der Koordinatorin darstellen.\n\n2. Wir wünschen eine genaue "
             "Darstellung der Abgrenzung zur Beauftragten.\n\nBegründung:\nDas ist unklar.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Die Verwaltung möge die Aufgaben der Koordinatorin darstellen.",
        "Wir wünschen eine genaue Darstellung der Abgrenzung zur Beauftragten."]


def test_a_request_that_leads_into_items_is_not_the_question_itself():
    # the items are (see test_import_request_items.py), the lead only completes them
    lines = ("Die Verwaltung möge mitteilen,\n\n1. in welchen Vereinen die Stadt Mitglied ist\n\n"
             "2. was die Mitgliedschaften kosten\n\nSachverhalt/Begründung\nDie Stadt ist in vielen Vereinen.").splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "in welchen Vereinen die Stadt Mitglied ist"), ("2.", "was die Mitgliedschaften kosten")]
    assert {s.lead for s in spans} == {"Die Verwaltung möge mitteilen,"}


def test_a_summary_that_announces_questions_after_the_reasons_does_not_hide_them():
    lines = ("Kurzfassung\nDie Fraktion bittet um Auskunft zum Fortbestand der Buslinie sowie um Beantwortung "
             "unserer zusätzlichen Fragen.\n\nBegründung:\nDie Linie fährt seit 2017 auf Probe.\n"
             "Wir bitten daher um die Beantwortung folgender Fragen:\n- Wird die Linie weiterbetrieben?\n"
             "- Fährt der Bus auch morgens?\n\nunterzeichnet von:\nA. B.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wird die Linie weiterbetrieben?", "Fährt der Bus auch morgens?"]


def test_labels_with_dot_and_parenthesis_number_the_questions():
    lines = "Anfrage:\n1.) Wie viele Stellplätze gibt es?\n2.) Wie weit ist der Weg?\n".splitlines()
    spans = inquiry_reading.inquiry_questions(lines)
    assert [(s.number, s.text) for s in spans] == [("1.", "Wie viele Stellplätze gibt es?"), ("2.", "Wie weit ist der Weg?")]


def test_a_motion_and_a_form_line_are_no_request():
    motion = "ANTRAG\nFraktion X\n\n1. Die Leitlinien werden fortgeschrieben.\n\nAuswirkungen (bitte ankreuzen) nein x ja".splitlines()
    assert inquiry_reading.inquiry_questions(motion) == []
    assert inquiry_reading.inquiry_questions("Die auf Bitten von Eltern eingeführten Karten gibt es im Vorrat.".splitlines()) == []


def test_an_answer_line_that_merely_shares_words_with_the_question_is_not_its_repetition():
    expected = inquiry_reading.inquiry_questions(["Wir bitten die Verkehrsbetriebe zu prüfen, ob ein Automat möglich ist."])
    lines = ["Grundsätzlich gilt Folgendes.", "", "1 Die im Gegenzug auf Bitten von Eltern eingeführten Karten."]
    assert questions.numbered_questions(lines, expected) == []


def test_askers_text_copied_into_the_answer_is_quoted_not_answer_text():
    inquiry_text = ("1. Wie viele Windräder gibt es? Die drei bisherigen Anlagen liefern wenig Strom. "
                    "Es fehlt in Karlsruhe also schlicht an Wind. 2. Warum plant die Stadt weitere?")
    paragraphs = documents._prose(["Es gibt drei Anlagen.", "",
                                   "Die drei bisherigen Anlagen liefern wenig Strom. Es fehlt in Karlsruhe also schlicht an Wind."],
                                  inquiry_text)
    assert paragraphs == ["Es gibt drei Anlagen.",
                          "> Fragesteller: Die drei bisherigen Anlagen liefern wenig Strom. Es fehlt in Karlsruhe "
                          "also schlicht an Wind."]


def test_askers_short_request_copied_after_their_question_is_quoted_and_stays_theirs():
    # reading audit 12: "Bitte benennen Sie diese." opened the administration's answer
    inquiry_text = "2. Wird auch in anderen Häusern so abgerechnet? Bitte benennen Sie diese."
    paragraphs = documents._prose(["Bitte benennen Sie diese.", "", "Nein. Nur in einem Haus."], inquiry_text)
    assert paragraphs == ["> Fragesteller: Bitte benennen Sie diese.", "Nein. Nur in einem Haus."]
    markdown = "2. Wird auch in anderen Häusern so abgerechnet?\n\n" + "\n\n".join(paragraphs) + "\n"
    inquiry = parse_inquiry(markdown)
    assert inquiry.questions[0].text.endswith("Bitte benennen Sie diese.")
    assert inquiry.answers[0].text == "Nein. Nur in einem Haus."


def test_askers_short_remark_right_after_their_quoted_question_is_theirs():
    inquiry_text = "2. Wäre ein Gutachten nicht sinnvoll? Dies würde zu mehr Transparenz führen."
    lines = ["Wäre ein Gutachten nicht sinnvoll?", "", "Dies würde zu mehr Transparenz führen.", "",
             "Siehe Antwort zu Ziffer 1."]
    assert documents._prose(lines, inquiry_text) == [
        "> Wäre ein Gutachten nicht sinnvoll?", "> Fragesteller: Dies würde zu mehr Transparenz führen.",
        "Siehe Antwort zu Ziffer 1."]
    # elsewhere a sentence that short is not taken for theirs on a match alone
    assert documents._prose(["Es gibt drei Anlagen.", "", "Dies würde zu mehr Transparenz führen."],
                            inquiry_text)[1] == "Dies würde zu mehr Transparenz führen."

def test_a_request_the_inquiry_does_not_make_stays_in_the_answer():
    # the administration quoting a survey's instruction: not in the askers' text
    inquiry_text = "4. Welche Fragen wurden in der Umfrage gestellt?"
    paragraphs = documents._prose(["Bitte bewerten Sie das Angebot.", "", "- sehr gut"], inquiry_text)
    assert paragraphs[0] == "Bitte bewerten Sie das Angebot."

def test_labelled_bulleted_or_asking_paragraphs_of_the_askers_are_not_taken_for_their_lead_in():
    inquiry_text = ("3a) Bitte stellen Sie die Kosten der Anlagen im Einzelnen dar und nennen Sie die Träger. "
                    "- Welche Auswirkungen hat das auf die Dienststellen in der ganzen Stadt und im Umland "
                    "Liegt dazu eine Visualisierung der Brücke vor? (TBA)")
    for paragraph in ["3a\\) Bitte stellen Sie die Kosten der Anlagen im Einzelnen dar und nennen Sie die Träger.",
                      "- Welche Auswirkungen hat das auf die Dienststellen in der ganzen Stadt und im Umland",
                      "Liegt dazu eine Visualisierung der Brücke vor? (TBA)"]:
        assert not questions.from_inquiry(paragraph, inquiry_text)


def test_items_the_inquiry_lists_under_a_question_are_its_rest_not_its_answer():
    inquiry = ("1. Wie viele Sozialwohnungen gab es 2005 bei? a) Volkswohnung b) Baugenossenschaften "
               "c) Privaten 2. Wie viele gibt es heute?")
    expected = inquiry_reading.inquiry_questions(["1. Wie viele Sozialwohnungen gab es 2005 bei?",
                                            "a) Volkswohnung b) Baugenossenschaften c) Privaten",
                                            "2. Wie viele gibt es heute?"])
    lines = ["1. Wie viele Sozialwohnungen gab es 2005 bei?", "a) Volkswohnung b) Baugenossenschaften c) Privaten",
             "", "Es gab 7.980 Wohnungen.", "", "2. Wie viele gibt es heute?", "", "Es sind 3.671."]
    body, how = documents.compose_body(lines, expected, inquiry)
    inquiry_parsed = parse_inquiry(body)
    assert inquiry_parsed.questions[0].text == ("Wie viele Sozialwohnungen gab es 2005 bei? a) Volkswohnung "
                                                "b) Baugenossenschaften c) Privaten")
    assert [inquiry_parsed.answers[q.answer].text for q in inquiry_parsed.questions] == [
        "Es gab 7.980 Wohnungen.", "Es sind 3.671."]


def test_items_of_the_administration_after_a_question_stay_its_answer():
    expected = inquiry_reading.inquiry_questions(["1. Wie viele Wohnungen gibt es?", "2. Wer baut?"])
    lines = ["1. Wie viele Wohnungen gibt es?", "", "a) Volkswohnung: 3.000 b) Private: 600", "",
             "2. Wer baut?", "", "Die Volkswohnung."]
    body, _how = documents.compose_body(lines, expected, "1. Wie viele Wohnungen gibt es? 2. Wer baut?")
    parsed = parse_inquiry(body)
    assert parsed.questions[0].text == "Wie viele Wohnungen gibt es?"


# --- inquiries that give their reasons first ------------------------------------------

REASONS_FIRST_INQUIRY = """Anfrage
Vorlage Nr.: 2030/0002

Begründung:
Im Frühjahr wurde die Brücke am Entenweiher gesperrt. Seither fahren die Busse einen Umweg.

Anfrage:
Wann wird die Brücke am Entenweiher wieder freigegeben?

Fraktion X
""".splitlines()


def test_an_inquiry_that_gives_its_reasons_first_asks_after_its_announcement():
    spans = inquiry_reading.inquiry_questions(REASONS_FIRST_INQUIRY)
    assert [s.text for s in spans] == ["Wann wird die Brücke am Entenweiher wieder freigegeben?"]


def test_questions_announced_after_the_reasons_by_a_lead_in_are_read():
    lines = ("Sachverhalt:\nDie Ampel am Markt fällt oft aus.\n\nWir bitten daher um Beantwortung folgender "
             "Fragen:\n- Wie oft fiel sie aus?\n- Wer wartet sie?\n\ngez. A. B.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == ["Wie oft fiel sie aus?", "Wer wartet sie?"]


def test_a_request_inside_the_reasons_is_not_taken_without_an_announcement():
    lines = ("Die Fraktion beantragt, den Schulhof neu zu gestalten.\n\nBegründung:\nDer Hof ist seit Jahren "
             "eine Baustelle. Daher bitten wir um einen ausführlichen Bericht.\n\ngez. A. B.").splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_reasons_after_the_questions_still_end_them():
    lines = "Wie hoch sind die Kosten?\n\nBegründung:\nWarum nicht früher?".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == ["Wie hoch sind die Kosten?"]


def test_a_line_going_on_with_the_word_begruendung_does_not_end_the_question():
    lines = ("Die Verwaltung wird gebeten, die befristeten Stellen aufzulisten, mit Angaben zur\n"
             "Begründung der Befristung je Dienststelle.\n\nBegründung:\nEs gibt viele Befristungen.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Die Verwaltung wird gebeten, die befristeten Stellen aufzulisten, mit Angaben zur Begründung der "
        "Befristung je Dienststelle."]


def test_a_title_before_a_name_ends_no_sentence_of_a_request():
    lines = ["Wir möchten Herrn Ortsvorsteher Dr. Klee darum bitten, beim Land nach dem Zeitplan "
             "der Lärmschutzwand an der Bundesstraße zu fragen."]
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == lines


def test_a_paragraph_with_numbered_items_is_no_request_in_running_text():
    lines = ("Befristungen\n1. In welchen Ämtern gibt es befristete Stellen? Bitte auflisten.\n"
             "2. Welche wurden entfristet?\n3. Wir bitten um eine Einschätzung.\n\nBegründung:\nText.").splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_an_answer_numbering_the_questions_the_inquiry_did_not_number_keeps_its_own_numbers():
    expected = inquiry_reading.inquiry_questions(["Anfrage:", "Wurde das Gutachten beauftragt?",
                                            "Wenn ja, wann liegt es vor?", "Wer bezahlt es?"])
    assert [s.labelled for s in expected] == [False] * 3
    lines = ["1. Wurde das Gutachten beauftragt?", "", "Ja, im Mai.", "",
             "2. Wer bezahlt es?", "", "Das Land."]
    body, how = documents.compose_body(lines, expected, "")
    parsed = parse_inquiry(body)
    assert [(q.number, q.text) for q in parsed.questions] == [("1", "Wurde das Gutachten beauftragt?"),
                                                              ("2", "Wer bezahlt es?")]
    assert [parsed.answers[q.answer].text for q in parsed.questions] == ["Ja, im Mai.", "Das Land."]


def test_an_answer_restating_a_request_in_the_negative_is_not_its_repetition():
    request = ("Die Verwaltung wird um Auskunft darüber gebeten, wie viele Bänke in den Stadtteilen Nordstadt, "
               "Südstadt, Weststadt und Oststadt in den Jahren 2020, 2021, 2022 und heute aufgestellt waren bzw. sind.")
    expected = inquiry_reading.inquiry_questions([request])
    lines = ["Die Verwaltung kann keine Auskunft darüber erteilen, wie viele Bänke in den Stadtteilen Nordstadt,",
             "Südstadt, Weststadt und Oststadt in den Jahren 2020, 2021, 2022 und heute aufgestellt waren bzw.",
             "sind, da sie nicht gezählt wurden."]
    body, how = documents.compose_body(lines, expected)
    assert how == "single"
    parsed = parse_inquiry(body)
    assert parsed.questions[0].text == request
    assert parsed.answers[parsed.questions[0].answer].text.startswith("Die Verwaltung kann keine Auskunft")


def test_the_text_under_the_inquirys_own_heading_is_its_request_though_worded_without_a_question_mark():
    lines = ("Seit Mai gilt in der Lindenallee Tempo 30, im kurzen Stück am Bahnhof nicht.\n\nAnfrage:\n"
             "Kann das Ordnungsamt prüfen, ob auch am Bahnhof Tempo 30 angeordnet werden kann.\n\n"
             "unterzeichnet von:\nA. B.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Kann das Ordnungsamt prüfen, ob auch am Bahnhof Tempo 30 angeordnet werden kann."]
    body, how = documents.compose_body(["Eine Anordnung ist dort nicht möglich, es fehlt die Rechtsgrundlage."],
                                       inquiry_reading.inquiry_questions(lines))
    parsed = parse_inquiry(body)
    assert (how, parsed.answers[parsed.questions[0].answer].text) == (
        "single", "Eine Anordnung ist dort nicht möglich, es fehlt die Rechtsgrundlage.")


def test_a_form_title_anfrage_and_a_submitter_line_are_no_request_heading():
    lines = "Anfrage\n\nGedruckt auf Recyclingpapier\n\nAnfrage: Fraktion X\nDer Platz ist schön.".splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


# --- inquiries whose text extraction lost the blank lines -------------------------------

def test_without_blank_lines_the_form_header_and_a_heading_still_bound_the_request():
    lines = """Anfrage
Gedruckt auf Recyclingpapier
Vorlage Nr.: 2030/0003
Eingang: 01.02.2030, Fraktion X
Nachtbusse nach Bergdorf
Gremien Termin TOP Ö / N Zuständigkeit
Ortschaftsrat Bergdorf 01.03.2030 Ö Kenntnisnahme
Die Verkehrsbetriebe werden gebeten, die Abfahrtszeiten der Nachtbusse nach Bergdorf zu prüfen.
Erläuterungen
Der letzte Bus fährt vor dem Ende der Vorstellungen im Theater ab.""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Die Verkehrsbetriebe werden gebeten, die Abfahrtszeiten der Nachtbusse nach Bergdorf zu prüfen."]


def test_a_title_that_asks_is_header_not_a_question_of_the_inquiry():
    lines = """ANFRAGE
Vorlage Nr.: 2030/0004
Wann kommt der Bücherbus?
Gremium Termin TOP ö nö
Gemeinderat 14.03.2030 40 x
Wann hält der Bücherbus wieder in Neudorf?
Begründung:
Er fehlt seit Monaten.""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == ["Wann hält der Bücherbus wieder in Neudorf?"]


def test_a_question_ending_in_a_colon_asks_about_the_proposal_after_it():
    lines = ("ANFRAGE\n\nBrunnen am Marktplatz\n\nWas hält die Stadtverwaltung von folgendem Vorschlag:\n\n"
             "Der Brunnen am Marktplatz wird im Sommer wieder in Betrieb genommen.\n\n"
             "Viele Gäste vermissen ihn.\n\nunterzeichnet von:\nA. B.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Was hält die Stadtverwaltung von folgendem Vorschlag: Der Brunnen am Marktplatz wird im Sommer "
        "wieder in Betrieb genommen."]


def test_a_colon_after_a_statement_or_in_a_motion_asks_nothing():
    statement = "Wir stellen fest:\n\nDer Brunnen ist kaputt.\n\nunterzeichnet von:\nA. B.".splitlines()
    motion = "ANTRAG\n\nWie folgt wird beschlossen:\n\nDer Brunnen wird repariert.".splitlines()
    assert inquiry_reading.inquiry_questions(statement) == inquiry_reading.inquiry_questions(motion) == []


# --- labels alone on their line in the answer document (audit 11) -----------------------

def test_a_label_alone_on_its_line_before_the_repeated_question_is_not_left_as_a_paragraph():
    inquiry = ["1. Wie beurteilt die Verwaltung die Beleuchtung am Bahnhofsplatz?",
               "2. Welche Maßnahmen sind geplant?"]
    lines = ["1.", "Wie beurteilt die Verwaltung die Beleuchtung", "am Bahnhofsplatz?", "",
             "Die Beleuchtung ist ausreichend.", "", "2.", "", "Welche Maßnahmen sind geplant?", "",
             "Es sind keine Maßnahmen geplant."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    assert "1\\." not in body and "\n2\\." not in body
    parsed = parse_inquiry(body)
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1", "Die Beleuchtung ist ausreichend."), ("2", "Es sind keine Maßnahmen geplant.")]


def test_a_zu_punkt_heading_alone_on_its_line_opens_the_stated_joint_answer():
    inquiry = ["1. Wie ist die Versorgung in den Gewerbegebieten?", "2. Wie ist sie in den Stadtteilen?"]
    lines = ["1. Wie ist die Versorgung in den Gewerbegebieten?", "", "2. Wie ist sie in den Stadtteilen?", "",
             "Zu Punkt 1 und 2", "Grundsätzlich ist die Versorgung gut.", "Daten je Gebiet liegen nicht vor."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    assert "Zu Punkt 1 und 2:\n\nGrundsätzlich" in body
    parsed = parse_inquiry(body)
    assert [q.answer for q in parsed.questions] == [0, 0]
    assert parsed.answers[0].grouping == "stated"
    assert parsed.answers[0].text.startswith("Grundsätzlich ist die Versorgung gut.")


# --- the askers' own sentences at the start of the answer text (audit 11) ---------------

GEDENKTAFEL_INQUIRY = ("ANFRAGE 1. Wird die Stadt am Rathaus eine Gedenktafel für die alte Mühle anbringen? "
                       "Falls nein: Was spricht dagegen? Wird sich die Stadt darüber hinaus für eine Tafel einsetzen? "
                       "Wie wird sie dies tun? 2. Was kostet eine Tafel? Begründung: Die Mühle ist vergessen.")


def test_the_askers_sentences_going_on_with_the_question_are_the_question_not_the_answer():
    # the answer document cut the question at "dagegen?" and wrote "einsetzen." for "einsetzen?"
    lead, rest = questions.askers_continuation(
        "1. Wird die Stadt am Rathaus eine Gedenktafel für die alte Mühle anbringen? Falls nein: Was spricht dagegen?",
        "Wird sich die Stadt darüber hinaus für eine Tafel einsetzen. Wie wird sie dies tun? "
        "Das Rathaus steht unter Denkmalschutz. Eine Tafel ist dort nicht erlaubt.", GEDENKTAFEL_INQUIRY)
    assert lead == "Wird sich die Stadt darüber hinaus für eine Tafel einsetzen. Wie wird sie dies tun?"
    assert rest == "Das Rathaus steht unter Denkmalschutz. Eine Tafel ist dort nicht erlaubt."


def test_an_answer_repeating_the_askers_words_in_its_own_sentence_stays_the_answer():
    question = "1. Wird die Stadt am Rathaus eine Gedenktafel für die alte Mühle anbringen? Falls nein: Was spricht dagegen?"
    for text in ["Die Stadt wird sich darüber hinaus für eine Tafel einsetzen. Wie, ist offen.",
                 "Wird sich die Stadt darüber hinaus für eine Tafel einsetzen, ist noch offen. Das Amt prüft."]:
        assert questions.askers_continuation(question, text, GEDENKTAFEL_INQUIRY) == ("", text)


def test_a_numbered_question_whose_last_sentences_open_the_answer_paragraph_keeps_them():
    lines = ["1. Wird die Stadt am Rathaus eine Gedenktafel für die alte Mühle anbringen? Falls nein: Was spricht",
             "dagegen? Wird sich die Stadt darüber hinaus für eine Tafel einsetzen. Wie wird sie dies tun?",
             "Das Rathaus steht unter Denkmalschutz. Eine Tafel ist dort nicht erlaubt.", "",
             "2. Was kostet eine Tafel?", "", "Rund 900 Euro."]
    body, _how = documents.compose_body(lines, [], GEDENKTAFEL_INQUIRY)
    parsed = parse_inquiry(body)
    assert parsed.questions[0].text.endswith("für eine Tafel einsetzen. Wie wird sie dies tun?")
    assert [parsed.answers[q.answer].text for q in parsed.questions] == [
        "Das Rathaus steht unter Denkmalschutz. Eine Tafel ist dort nicht erlaubt.", "Rund 900 Euro."]
    assert parsed.issues == []


def test_the_askers_request_after_a_quoted_question_is_their_text_and_not_the_answer():
    inquiry = ("ANFRAGE 1. Wie viele Bäume wurden gefällt? 1.1 Wie viele davon standen im Stadtgarten am "
               "Schlossplatz? Bitte nach Jahren aufschlüsseln. 2. Wie viele wurden gepflanzt?")
    paragraphs = documents._prose(["1.1 Wie viele davon standen im Stadtgarten am Schlossplatz? Bitte nach Jahren "
                                   "aufschlüsseln. Es waren zwölf, alle im Jahr 2024."], inquiry)
    assert paragraphs == ["> 1.1 Wie viele davon standen im Stadtgarten am Schlossplatz?",
                          "> Fragesteller: Bitte nach Jahren aufschlüsseln.", "Es waren zwölf, alle im Jahr 2024."]
    parsed = parse_inquiry("\n\n".join(paragraphs) + "\n")
    assert parsed.questions[0].text.endswith("am Schlossplatz?\n\nBitte nach Jahren aufschlüsseln.")
    assert parsed.answers[parsed.questions[0].answer].text == "Es waren zwölf, alle im Jahr 2024."


def test_decimal_sub_numbers_label_questions_run_into_their_answers():
    lines = ["1.1 Wie erinnert die Stadt an die alte Mühle?", "Eine Tafel am Rathaus erinnert an sie. Sie ist klein.",
             "", "1.2 Ist eine größere Tafel geplant?", "Nein. Dafür fehlt der Platz am Gebäude.", "",
             "2. Was kostet eine Tafel?", "Eine Tafel kostet rund 900 Euro."]
    parsed = parse_inquiry(documents.compose_body(lines, [])[0])
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1.1", "Eine Tafel am Rathaus erinnert an sie. Sie ist klein."),
        ("1.2", "Nein. Dafür fehlt der Platz am Gebäude."), ("2", "Eine Tafel kostet rund 900 Euro.")]
    assert parsed.issues == []


# --- questions of the inquiry that the answer does not repeat (audit 11) ---------------

FIVE_QUESTIONS = ["ANFRAGE", "1. Wie viele Anträge gingen 2024 beim Jobcenter ein?",
                  "2. Wie viele davon wurden bestätigt?", "3. Wie lange dauert eine Bearbeitung im Durchschnitt?",
                  "4. Wird die Stadt die Wartezeiten im Jobcenter untersuchen lassen?",
                  "5. Wird die Stadt sich beim Land für mehr Personal im Jobcenter einsetzen?"]


def test_a_question_the_answer_does_not_repeat_still_appears_and_has_no_answer():
    lines = ["1. Wie viele Anträge gingen 2024 beim Jobcenter ein?", "", "Es waren 4.200 Anträge.", "",
             "2. Wie viele davon wurden bestätigt?", "", "Alle wurden bestätigt.", "",
             "3. Wie lange dauert eine Bearbeitung im Durchschnitt?", "", "Sie dauert drei Wochen.", "",
             "4. Wird die Stadt die Wartezeiten im Jobcenter untersuchen lassen?", "",
             "Nein, die Wartezeiten sind kurz."]
    expected = inquiry_reading.inquiry_questions(FIVE_QUESTIONS)
    body, _how = documents.compose_body(lines, expected, " ".join(FIVE_QUESTIONS))
    assert body.rstrip().endswith("> Nicht wiederholt: 5. Wird die Stadt sich beim Land für mehr Personal im "
                                  "Jobcenter einsetzen?")
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "4", "5"]
    assert parsed.questions[4].answer is None  # not given the answer to 4 by its place
    assert [i.reason for i in parsed.issues] == ["no answer found for question 5"]


def test_a_question_left_out_in_the_middle_is_written_in_its_place_and_joins_no_run():
    lines = ["1. Wie viele Anträge gingen 2024 beim Jobcenter ein?", "", "Es waren 4.200 Anträge.", "",
             "2. Wie viele davon wurden bestätigt?", "",
             "4. Wird die Stadt die Wartezeiten im Jobcenter untersuchen lassen?", "",
             "Alle wurden bestätigt; eine Untersuchung ist nicht nötig.", "",
             "5. Wird die Stadt sich beim Land für mehr Personal im Jobcenter einsetzen?", "", "Ja."]
    expected = inquiry_reading.inquiry_questions(FIVE_QUESTIONS)
    body, _how = documents.compose_body(lines, expected, " ".join(FIVE_QUESTIONS))
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "4", "5"]
    answers = {q.number: (parsed.answers[q.answer].text if q.answer is not None else None) for q in parsed.questions}
    assert answers["3"] is None
    assert answers["2"] == answers["4"] == "Alle wurden bestätigt; eine Untersuchung ist nicht nötig."
    assert "no answer found for question 3" in [i.reason for i in parsed.issues]


def test_a_question_repeated_in_other_words_or_under_another_number_is_not_written_twice():
    lines = ["1. Wie viele Anträge gingen 2024 ein?", "", "Es waren 4.200 Anträge.", "",
             "2. Wie viele davon wurden bestätigt?", "", "Alle.", "",
             "3. Wie lange dauert die Bearbeitung?", "", "Drei Wochen.", "",
             "4. Wird die Stadt die Wartezeiten untersuchen lassen?", "", "Nein.", "",
             "Zu Frage 5: Die Stadt setzt sich beim Land für mehr Personal ein."]
    expected = inquiry_reading.inquiry_questions(FIVE_QUESTIONS)
    body, _how = documents.compose_body(lines, expected, " ".join(FIVE_QUESTIONS))
    assert body.count("Nicht wiederholt") == 1  # only 5, and right before its header
    parsed = parse_inquiry(body)
    assert parsed.answers[parsed.questions[4].answer].text == "Die Stadt setzt sich beim Land für mehr Personal ein."
    assert parsed.issues == []


def test_bare_labels_in_the_answer_give_the_answers_own_numbers_even_where_a_question_does_not_end_in_a_question_mark():
    inquiry = ["ANFRAGE", "1. Wie bewertet die Verwaltung folgende These aus dem Fachtag zur Quartierspflege:",
               "Die Beratung im Quartier hält Menschen länger zu Hause.",
               "2. Welche Daten zur Pflegedauer liegen der Verwaltung vor?", "3. Was kostet die Beratung im Jahr?"]
    lines = ["1.", "", "Wie bewertet die Verwaltung folgende These aus dem Fachtag zur Quartierspflege:", "",
             "Die Beratung im Quartier hält Menschen länger zu Hause.", "",
             "Die Beobachtungen in den Quartieren stützen die These.", "", "2.", "",
             "Welche Daten zur Pflegedauer liegen der Verwaltung vor?", "", "Es liegen keine Daten vor.", "", "3.", "",
             "Was kostet die Beratung im Jahr?", "", "Sie kostet 80.000 Euro im Jahr."]
    body, how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    assert how == "numbered"
    parsed = parse_inquiry(body)
    numbered = {q.number: parsed.answers[q.answer].text for q in parsed.questions if q.answer is not None}
    assert numbered["2"] == "Es liegen keine Daten vor."  # not shifted to "1" by the question ending in ":"
    assert numbered["3"] == "Sie kostet 80.000 Euro im Jahr."


def test_a_paragraph_of_the_askers_that_asks_on_with_the_question_is_its_rest_whatever_office_the_answer_notes():
    inquiry = ("ANFRAGE 4. Welche Ausmaße müsste eine Brücke über die Bahnstrecke haben und welche Eingriffe "
               "in das Landschaftsbild würde sie bedeuten? Liegt dazu eine Visualisierung vor? 5. Wer zahlt?")
    question = ("4. Welche Ausmaße müsste eine Brücke über die Bahnstrecke haben und welche Eingriffe in das "
                "Landschaftsbild würde sie bedeuten?")
    assert questions.askers_continuation(question, "Liegt dazu eine Visualisierung vor? (TBA)", inquiry) == (
        "Liegt dazu eine Visualisierung vor? (TBA)", "")
    # their reasons after the question ask nothing: left to the quoting of their text
    reasons = ("ANFRAGE 4. Wird die Stadt am Bahnhof eine neue Brücke über die Gleise bauen lassen? "
               "Viele Bürger warten seit Jahren auf die Brücke über die Bahn.")
    assert questions.askers_continuation("4. Wird die Stadt am Bahnhof eine neue Brücke über die Gleise bauen lassen?",
                                         "Viele Bürger warten seit Jahren auf die Brücke über die Bahn.",
                                         reasons)[0] == ""


# --- "- " items: where an item ends, items beside other requests (reading audits 16 and 18) ---

ITEMS_RUN_INTO_SIGNERS = """Anfrage
Hierzu haben wir folgende Fragen:
- Wie viele Bänke stehen im Schlosspark?
- Wann werden die alten Bänke
ersetzt?
- Falls kein Ersatz geplant ist: Aus welchen Gründen und bis wann könnte
er erfolgen?
Für die Fraktion im Ortschaftsrat
Erika Muster, Hans Beispiel
""".splitlines()


def test_an_item_ending_in_a_question_mark_ends_there_though_the_signers_follow_without_a_blank_line():
    spans = inquiry_reading.inquiry_questions(ITEMS_RUN_INTO_SIGNERS)
    assert [s.text for s in spans] == [
        "Wie viele Bänke stehen im Schlosspark?", "Wann werden die alten Bänke ersetzt?",
        "Falls kein Ersatz geplant ist: Aus welchen Gründen und bis wann könnte er erfolgen?"]


def test_an_item_ending_in_a_question_mark_inside_its_parenthesis_is_a_question():
    lines = """Dazu fragen wir:
- Warum endet der Plan an der Mühlstraße?
- Ist das Grundstück schon anders gesichert (etwa durch einen älteren Plan?)
- Gibt es Bauabsichten?
""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)][1] == \
        "Ist das Grundstück schon anders gesichert (etwa durch einen älteren Plan?)"


def test_an_item_with_the_askers_remark_after_its_question_is_one_question():
    lines = """Wir fragen:
- Wie viele Stellplätze fallen weg? Anwohner zählen doppelt so viele.
- Wie wird der Wegfall ausgeglichen?
""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wie viele Stellplätze fallen weg? Anwohner zählen doppelt so viele.",
        "Wie wird der Wegfall ausgeglichen?"]


def test_an_item_whose_remark_runs_into_the_signers_ends_at_its_last_sentence():
    lines = """Wir fragen:
- Gibt es Notfallpläne für lange Stromausfälle? Vor allem im Winter.
Für die Fraktion im Ortschaftsrat
Erika Muster, Hans Beispiel
""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Gibt es Notfallpläne für lange Stromausfälle? Vor allem im Winter."]


def test_items_beside_a_question_paragraph_after_them_give_no_guidance():
    """2020/1400: one item with "?", one request ending in ".", and "Kann dieser Vorschlag …
    geprüft werden?" after the items; showing the first item alone, with the whole answer,
    hid two of three requests."""
    lines = """Anfrage:
- Wurde die Planung für den Radweg inzwischen aufgenommen?

Schon 2019 wurde ein Schutzstreifen abgelehnt. Andere Städte markieren ihn
auf schmaleren Straßen. Kann dieser Vorschlag nochmals geprüft werden?

unterzeichnet von:
Erika Muster
""".splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_items_beside_an_item_that_asks_without_a_question_mark_give_no_guidance():
    lines = """Anfrage:
- Wurde die Planung für den Radweg inzwischen aufgenommen?

- Hat die Verwaltung Kenntnis darüber, ob das Land dafür Mittel bereitstellt.
""".splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_a_question_paragraph_before_the_items_does_not_stop_their_reading():
    """The inquiry's title ("Wie sind die Schulen ausgestattet?") stands before the items
    and asks what they ask."""
    lines = """Wie sind die Schulen ausgestattet?

Die Digitalisierung ist wichtig.

Deshalb unsere Anfrage:
- Wie viele Tablets gibt es?
- Wer wartet sie?
""".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == ["Wie viele Tablets gibt es?", "Wer wartet sie?"]


def test_an_answer_documents_items_are_not_ended_at_their_question_mark():
    """In an answer document the line after a repeated "- " question is its answer: read as
    the inquiry is read, each answer would be cut off and a question standing without "?"
    ("- Können … aufgenommen werden.") would stay inside the answer before it."""
    lines = """- Gilt das Urteil nur für Tempolimits?
Ja, es gilt nur für Tempolimits.

- Können Lärmschutzwände aufgenommen werden.
Nein, erst bei der nächsten Fortschreibung.

- Ist das Land verpflichtet?
Nein.
""".splitlines()
    assert questions.numbered_questions(lines, []) == []


# --- a question of the inquiry hidden inside an answer paragraph (reading audit 16, 2026/0120) ---

HIDDEN_QUESTION_INQUIRY = """Anfrage
1. Wie weit ist die Umstellung der Straßenlampen auf LED?
2. Gibt es einen Zeitplan für die übrigen Straßen im Ort?
3. Sofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen könnte sie erfolgen?

Begründung: Die alten Lampen verbrauchen viel Strom.
""".splitlines()

HIDDEN_QUESTION_ANSWER = """1. Wie weit ist die Umstellung der Straßenlampen auf LED?
Rund 70 Prozent der Lampen sind umgestellt.

2. Gibt es einen Zeitplan für die übrigen Straßen im Ort?
Für 40 Lampen ist die Umstellung im nächsten Jahr geplant, für die übrigen gibt es noch keinen Plan. Sofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen könnte sie erfolgen? Die Auswahl richtet sich nach dem Alter der Leitungen.
""".splitlines()


def test_a_question_of_the_inquiry_inside_an_answer_paragraph_is_set_apart_and_a_doubt():
    expected = inquiry_reading.inquiry_questions(HIDDEN_QUESTION_INQUIRY)
    assert len(expected) == 3
    body, _how = documents.compose_body(HIDDEN_QUESTION_ANSWER, expected, "\n".join(HIDDEN_QUESTION_INQUIRY))
    assert "\n\nSofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen " \
           "könnte sie erfolgen?\n\n" in body
    inquiry = parse_inquiry(body)
    assert any("looks like a question" in issue.reason for issue in inquiry.issues)
    assert len(inquiry.questions) == 2  # kept in the answer, recorded; never paired by its place
    assert "\n\nSofern keine Umstellung" in inquiry.answers[inquiry.questions[1].answer].text


def test_an_answer_paragraph_that_is_only_the_question_is_left_as_it_is():
    expected = inquiry_reading.inquiry_questions(HIDDEN_QUESTION_INQUIRY)
    paragraphs = ["Für die übrigen gibt es noch keinen Plan.",
                  "Sofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen könnte sie erfolgen?"]
    assert documents.set_apart_hidden_questions(paragraphs, expected) == paragraphs


def test_a_question_shown_as_a_question_is_not_searched_in_the_answers():
    expected = inquiry_reading.inquiry_questions(HIDDEN_QUESTION_INQUIRY)
    paragraphs = ["3. Sofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen könnte sie erfolgen?",
                  "Wie gesagt: Sofern keine Umstellung geplant ist: Aus welchen Gründen und unter welchen Umständen "
                  "könnte sie erfolgen? Das fragten Sie schon."]
    assert documents.set_apart_hidden_questions(paragraphs, expected) == paragraphs


def test_a_question_then_wenn_ja_then_items_is_the_items_lead_question():
    # reading audit 18n (2024/0989): "Wenn ja:" between the question and its follow-up items
    lines = ("Anfrage\nWird für die Zuschüsse ein neues\nGutachten benötigt?\nWenn ja:\n"
             "- Wurde bereits ein Gutachter beauftragt?\n- Welche Firmen wurden beauftragt?\n\n"
             "Begründung:\nDie Landesregierung hat es angekündigt.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wird für die Zuschüsse ein neues Gutachten benötigt?", "Wurde bereits ein Gutachter beauftragt?",
        "Welche Firmen wurden beauftragt?"]


def test_a_statement_then_wenn_ja_is_no_lead_question():
    lines = ("Anfrage\nDie Bahn wird verlängert.\nWenn ja:\n- Wurde ein Gutachter beauftragt?\n"
             "- Welche Firmen?\n\nBegründung:\nText.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wurde ein Gutachter beauftragt?", "Welche Firmen?"]


def test_wenn_ja_alone_between_the_question_and_its_items_keeps_the_lead_question():
    lines = ("Anfrage\nWird ein neues Gutachten benötigt?\n\nWenn ja:\n\n- Wurde ein Gutachter beauftragt?\n"
             "- Welche Firmen?\n\nBegründung:\nText.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wird ein neues Gutachten benötigt?", "Wurde ein Gutachter beauftragt?", "Welche Firmen?"]


INQUIRY_WITH_SUB_QUESTIONS = ("3. Wie hoch waren die Fehltage der Beschäftigten: a) Meldestelle: je in 2019, 2022, 2023? "
                              "b) Passstelle: je in 2019, 2022, 2023? 4. Wird ein Konzept erarbeitet? "
                              "a) Wenn ja, bis wann? b) Wenn nein, warum nicht?")


def test_a_sub_question_of_the_inquiry_run_into_its_table_is_split():
    paragraph = "a) Meldestelle: je in 2019, 2022, 2023? Fehltage 2019: 310 Tage Fehltage 2022: 280 Tage"
    assert documents.split_labelled_question(paragraph, INQUIRY_WITH_SUB_QUESTIONS) == [
        "a) Meldestelle: je in 2019, 2022, 2023?", "Fehltage 2019: 310 Tage Fehltage 2022: 280 Tage"]
    lead_in = "b) Wenn nein, warum nicht? Bei der Besprechung im Mai war die Haltung des Landes wie folgt:"
    assert documents.split_labelled_question(lead_in, INQUIRY_WITH_SUB_QUESTIONS) == [
        "b) Wenn nein, warum nicht?", "Bei der Besprechung im Mai war die Haltung des Landes wie folgt:"]


def test_a_sub_question_is_not_split_without_the_inquiry_confirming_it():
    paragraph = "a) Meldestelle: je in 2019, 2022, 2023? Fehltage 2019: 310 Tage Fehltage 2022: 280 Tage"
    assert documents.split_labelled_question(paragraph) == [paragraph]  # no inquiry: no guide
    other = "a) Ordnungsamt: je in 2019? Fehltage 2019: 310 Tage Fehltage 2022: 280 Tage"
    assert documents.split_labelled_question(other, INQUIRY_WITH_SUB_QUESTIONS) == [other]  # not asked so


def test_the_askers_words_after_the_sub_question_are_no_answer():
    paragraph = "4. Wird ein Konzept erarbeitet? a) Wenn ja, bis wann? b) Wenn nein, warum nicht?"
    assert documents.split_labelled_question(paragraph, INQUIRY_WITH_SUB_QUESTIONS) == [paragraph]


def test_an_item_of_the_inquiry_run_into_its_answer_is_not_split():
    # a "- " item may ask without "?" and stand inside the answer before it: items stay as read
    paragraph = "- Meldestelle: je in 2019, 2022, 2023? Fehltage 2019: 310 Tage Fehltage 2022: 280 Tage"
    assert documents.split_labelled_question(paragraph, INQUIRY_WITH_SUB_QUESTIONS) == [paragraph]


def test_a_pointer_with_a_capital_is_split_off_its_question():
    assert documents.split_labelled_question("d) Welche Kurse gibt es für Kinder? Siehe Frage 1 f)") == [
        "d) Welche Kurse gibt es für Kinder?", "Siehe Frage 1 f)"]


def test_a_labelled_question_ending_in_its_bracket_or_lead_in_is_kept_as_written():
    for paragraph in ["d) Wie viele gingen in ein festes Arbeitsverhältnis über (absolute Zahlen und in Prozent?)",
                      "7. Gibt es weitere Hallen mit einem unzureichenden Brandschutz? Wenn ja:"]:
        assert documents.escape_paragraph(paragraph) == paragraph
    assert documents.escape_paragraph("a) Die Zahlen (siehe Anlage) sind gestiegen.") == \
        "a\\) Die Zahlen (siehe Anlage) sind gestiegen."


def test_an_item_that_asks_after_items_that_do_not_gives_no_guidance():
    """2023/0789, 2019/0557: "… wann folgende Maßnahmen umgesetzt werden:" then streets as
    items, and only the last item asks ("- Sind weitere Straßen geplant?"); shown alone
    with the whole answer, it hid what the inquiry asks about the streets listed."""
    lines = """Können Sie uns den Stand mitteilen? Wir möchten wissen, wann folgende Maßnahmen umgesetzt werden:
- Lindenstraße
- Ahornweg
- Sind noch weitere Straßen geplant?

Für die Fraktion
Erika Muster
""".splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_a_pointer_with_a_capital_run_into_a_lettered_question_is_split():
    assert documents.split_labelled_question("c. Auf welcher Grundlage werden sie angesetzt? Siehe unter a)") == [
        "c. Auf welcher Grundlage werden sie angesetzt?", "Siehe unter a)"]


def test_the_answers_own_lettered_list_after_a_question_stays_its_answer():
    # "a. Das Tiefbauamt ist zuständig …": the administration's list, not in the inquiry
    inquiry_text = "1. Welche Ämter sind für das Fällen von Bäumen zuständig?"
    paragraphs = documents._prose(["a. Das Tiefbauamt ist zuständig für Bäume an Gewässern.", "",
                                   "b. Das Gartenbauamt ist zuständig für Bäume in Parks."], inquiry_text)
    assert paragraphs == ["a\\. Das Tiefbauamt ist zuständig für Bäume an Gewässern.",
                          "b\\. Das Gartenbauamt ist zuständig für Bäume in Parks."]
    inquiry = parse_inquiry("1. Welche Ämter sind für das Fällen von Bäumen zuständig?\n\n" + "\n\n".join(paragraphs) + "\n")
    assert [q.number for q in inquiry.questions] == ["1"]
    assert inquiry.answers[0].text.startswith("a\\. Das Tiefbauamt") and inquiry.issues == []


def test_the_askers_lettered_items_in_the_answer_are_not_taken_for_the_administrations_list():
    # their items, their requests, an abbreviation: written as before (the walker judges them)
    inquiry_text = "1. Welche Folgen hat der Bericht für a. die Volkswohnung b. Genossenschaften c. Private?"
    for paragraph in ["a. Volkswohnung b. Genossenschaften c. Private", "a. Bitte nach Schularten und Jahren.",
                      "s. Ausführungen der Agentur in der Anlage.", "a. Wie viele Anträge gab es? Es waren 40."]:
        assert documents._prose([paragraph], inquiry_text) == [paragraph]
    # a statement of the askers' own, labelled as they labelled it: theirs, not the administration's list
    assert documents._prose(["a. Die Stadt trägt bisher den Eigenanteil der Kosten."],
                            "1. Wer zahlt? a. Die Stadt trägt bisher den Eigenanteil der Kosten. b. Das Land den Rest.") \
        == ["a. Die Stadt trägt bisher den Eigenanteil der Kosten."]


# --- the askers' labelled question kept as written where it does not end in "?" (session 5) ---

LABELLED_INQUIRY = """Anfrage
1. Wie viele Spielplätze prüft die Stadt im Jahr?
2. Werden die Prüfungen angekündigt oder unangekündigt durchgeführt? – Wenn angekündigt: wäre eine Prüfung ohne Ankündigung nicht sinnvoller
3. Wie viele Mängel wurden gefunden? (Bitte nach Stadtteilen aufschlüsseln)
4. Wurde ein Gutachten zu den Fallschutzflächen erstellt? Wenn ja, mit welchem Ergebnis?
5. Welche Spielplätze werden 2027 erneuert?
6. Welche Angebote gibt es für Jugendliche, zum Beispiel:
- Bolzplätze,
- Skateanlagen?
""".splitlines()


SUB_QUESTION_INQUIRY = """Anfrage
1. Wie werden die Spielplätze geprüft?
a) Werden die Prüfungen angekündigt oder unangekündigt durchgeführt? – Wenn angekündigt: wäre eine Prüfung ohne Ankündigung nicht sinnvoller
b) Wie viele Mängel wurden gefunden? (Bitte nach Stadtteilen aufschlüsseln)
2. Welche Spielplätze werden 2027 erneuert?
""".splitlines()


def test_the_askers_labelled_question_is_kept_as_written_and_the_answer_run_into_it_set_apart():
    # a) lost its "?" (the askers wrote none), b)'s answer follows the askers' remark in brackets
    lines = ["1. Wie werden die Spielplätze geprüft?", "Zwei Prüfer gehen jeden Spielplatz ab.", "",
             "a) Werden die Prüfungen angekündigt oder unangekündigt durchgeführt? – Wenn angekündigt: "
             "wäre eine Prüfung ohne Ankündigung nicht sinnvoller", "",
             "Die Prüfungen finden stets unangekündigt statt.", "",
             "b) Wie viele Mängel wurden gefunden? (Bitte nach Stadtteilen aufschlüsseln) Eine Aufteilung nach "
             "Stadtteilen wird nicht geführt. Es waren 31 Mängel.", "",
             "2. Welche Spielplätze werden 2027 erneuert?", "Der Spielplatz am Markt wird erneuert."]
    expected = inquiry_reading.inquiry_questions(SUB_QUESTION_INQUIRY)
    body = documents.compose_body(lines, expected, " ".join(SUB_QUESTION_INQUIRY))[0]
    assert "\n\na) Werden die Prüfungen" in body  # not escaped into answer text ("a\\) …")
    assert "(Bitte nach Stadtteilen aufschlüsseln)\n\nEine Aufteilung" in body
    inquiry = parse_inquiry(body)
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Zwei Prüfer gehen jeden Spielplatz ab."), ("1a", "Die Prüfungen finden stets unangekündigt statt."),
        ("1b", "Eine Aufteilung nach Stadtteilen wird nicht geführt. Es waren 31 Mängel."),
        ("2", "Der Spielplatz am Markt wird erneuert.")]
    assert inquiry.issues == []


def test_a_short_answer_run_into_the_askers_labelled_question_is_set_apart():
    assert documents.askers_labelled_question(
        "4. Wurde ein Gutachten zu den Fallschutzflächen erstellt? Wenn ja, mit welchem Ergebnis? Nein.",
        " ".join(LABELLED_INQUIRY)) == [
        "4. Wurde ein Gutachten zu den Fallschutzflächen erstellt? Wenn ja, mit welchem Ergebnis?", "Nein."]


def test_an_answer_header_after_the_askers_question_is_not_split_off_as_its_answer():
    # numbering that restarts per section makes "Antwort zu 1. und 2." ambiguous: left as read
    assert documents.askers_labelled_question(
        "3. Wie viele Mängel wurden gefunden? (Bitte nach Stadtteilen aufschlüsseln) Antwort zu 1. und 2.",
        " ".join(LABELLED_INQUIRY)) is None


def test_the_askers_lead_in_of_items_is_not_kept_as_a_question_with_unsettled_answer():
    # "… zum Beispiel:" then their items, the answer run into the last one: where it starts is not settled
    assert documents.askers_labelled_question("6. Welche Angebote gibt es für Jugendliche, zum Beispiel:",
                                              " ".join(LABELLED_INQUIRY)) is None


def test_a_labelled_paragraph_not_found_in_the_inquiry_or_without_a_question_is_escaped_as_before():
    inquiry = " ".join(LABELLED_INQUIRY)
    assert documents.askers_labelled_question("3. Wie viele Mängel es gab? Das wissen wir nicht genau.", inquiry) is None
    # a title that asks („Wer prüft wie?“) in the askers' text is no question of theirs
    assert documents.askers_labelled_question(
        "1. Laut der Broschüre „Wer prüft wie?“ prüft die Stadt 120 Spielplätze im Jahr. Ist", inquiry) is None


def test_a_label_that_ends_the_abbreviation_z_b_is_no_label():
    inquiry = "Anfrage 2. Gibt es Inhalte in Gebärdensprache, z. B. Willkommensvideos oder Hinweise zum Rathausbesuch?"
    assert documents.askers_labelled_question("B. Willkommensvideos oder Hinweise zum Rathausbesuch? Ja, ab 2027.",
                                              inquiry, "2. Gibt es Inhalte in Gebärdensprache, z.") is None


# --- "Zu 1.: <the question repeated>? <answer>" under the inquiry's questions written first ---

ZU_INQUIRY = """Anfrage
1. Welche Varianten zur Führung des Radwegs in der Lindenstraße wurden geprüft, falls ja, mit welchem Ergebnis?
2. Wie viele Stellplätze entfallen durch den Radweg?
""".splitlines()


def test_a_zu_section_repeating_its_question_keeps_only_its_header_and_the_answer():
    lines = ["Vorbemerkung: Die Planung ist abgestimmt.", "",
             "zu 1: Welche Varianten wurden zur Führung des Radwegs in der Lindenstraße geprüft?",
             "Es wurden drei Varianten geprüft; die Führung auf der Fahrbahn wurde gewählt.", "",
             "Zu 2.: Wie viele Stellplätze entfallen durch den Radweg? Es entfallen 14 Stellplätze."]
    expected = inquiry_reading.inquiry_questions(ZU_INQUIRY)
    body, how = documents.compose_body(lines, expected, " ".join(ZU_INQUIRY))
    assert how == "prepended"
    assert "Zu 1.: Es wurden drei Varianten geprüft" in body and "Zu 2.: Es entfallen 14 Stellplätze." in body
    inquiry = parse_inquiry(body)
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Es wurden drei Varianten geprüft; die Führung auf der Fahrbahn wurde gewählt."),
        ("2", "Es entfallen 14 Stellplätze.")]
    assert inquiry.issues == []


def test_a_zu_section_opening_with_another_question_is_left_as_it_is():
    expected = inquiry_reading.inquiry_questions(ZU_INQUIRY)
    paragraph = "Zu 2.: Gibt es Ersatz für die Stellplätze? Ja, im Parkhaus am Markt."
    assert documents._without_repeated_question(paragraph, expected, " ".join(ZU_INQUIRY)) == paragraph


# --- a number of the answer document that repeats one already found (2022/0209) ---
SLIPPED_NUMBER_INQUIRY = ["1. Warum wurde der Spielplatz am Bach noch nicht gebaut?",
                          "2. Bleibt die Planung des Spielplatzes bestehen?",
                          "3. Wird der Jugendtreff in die Planung einbezogen?",
                          "4. Wann kann mit dem Bau gerechnet werden?"]


def _slipped_answer(last_label):
    return ["1. Warum wurde der Spielplatz am Bach noch nicht gebaut?", "", "Die Genehmigung fehlt noch.", "",
            "2. Bleibt die Planung des Spielplatzes bestehen?", "", "Ja, sie gilt weiter.", "",
            "3. Wird der Jugendtreff in die Planung einbezogen?", "", "Ein Treffen ist geplant.", "",
            f"{last_label} Wann kann mit dem Bau gerechnet werden?", "", "Das hängt an den Mitteln."]


def test_a_number_the_answer_repeats_by_a_slip_gives_way_to_the_inquirys():
    expected = inquiry_reading.inquiry_questions(SLIPPED_NUMBER_INQUIRY)
    body, how = documents.compose_body(_slipped_answer("2."), expected, " ".join(SLIPPED_NUMBER_INQUIRY))
    parsed = parse_inquiry(body)
    assert how == "matched"
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions][-1] == (
        "4", "Das hängt an den Mitteln.")
    assert parsed.issues == []


def test_a_number_not_found_before_is_kept_as_the_document_wrote_it():
    # "7." was not found before: whether it is a slip is not settled, the label stays
    lines = ["Wann kann mit dem Bau gerechnet werden?", "", "Im Mai."]
    spans = questions.unnumbered_questions(lines, inquiry_reading.inquiry_questions(SLIPPED_NUMBER_INQUIRY[3:]))
    assert spans[0].text == "Wann kann mit dem Bau gerechnet werden?"
    assert questions._without_repeated_label("7. Wann kann mit dem Bau gerechnet werden?", []) == \
        "7. Wann kann mit dem Bau gerechnet werden?"


# Inquiries of the kinds that were read as having no question at all (session 6).

def test_a_dash_the_line_break_left_inside_a_sentence_is_no_item():
    lines = ("Anfrage\n\nWie viele Bänke stehen im Schlossgarten?\n\nWas würde es kosten, die Bänke im\n"
             "- soweit sie aus Holz sind – Frühjahr zu streichen?\n\ngezeichnet:\nA. Muster\n").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "Wie viele Bänke stehen im Schlossgarten?",
        "Was würde es kosten, die Bänke im - soweit sie aus Holz sind – Frühjahr zu streichen?"]


def test_items_after_a_colon_stay_items_also_in_lower_case():
    # guard: a list after its lead-in is a list, whatever case its items start with
    lines = ("Anfrage\n\nWir fragen:\n- wie viele Bänke gibt es im Schlossgarten?\n"
             "- wer streicht sie?\n\nBegründung:\nText.").splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [
        "wie viele Bänke gibt es im Schlossgarten?", "wer streicht sie?"]


ITEMS_ONE_WITHOUT_MARK = """Anfrage
Ortschaftsratsfraktion

Sachverhalt:
Der Kreisel am Ortseingang ist fertig gebaut.

Hierzu nun die Fragen der Ortschaftsratsfraktion:

- Wann wird der Kreisel bepflanzt?
- Können auch Obstbäume auf der Mittelinsel gepflanzt werden.
- Wer pflegt die Beete?

Für die Fraktion
A. Muster
""".splitlines()


def test_an_item_worded_as_a_question_that_ends_in_a_full_stop_is_a_question():
    assert [s.text for s in inquiry_reading.inquiry_questions(ITEMS_ONE_WITHOUT_MARK)] == [
        "Wann wird der Kreisel bepflanzt?", "Können auch Obstbäume auf der Mittelinsel gepflanzt werden.",
        "Wer pflegt die Beete?"]


def test_a_request_item_without_mark_still_gives_no_guidance():
    # guard (reading audit 18): an item that requests beside the questions is not itself one
    lines = [line.replace("Können auch Obstbäume auf der Mittelinsel gepflanzt werden.",
                          "Bitte nennen Sie die Kosten der Bepflanzung.")
             for line in ITEMS_ONE_WITHOUT_MARK]
    assert inquiry_reading.inquiry_questions(lines) == []


def test_an_item_of_two_sentences_without_mark_gives_no_guidance():
    # guard: only one sentence opening as a question counts; "Ist … fertig. Wir meinen …" is a remark
    lines = [line.replace("Können auch Obstbäume auf der Mittelinsel gepflanzt werden.",
                          "Ist der Kreisel fertig. Wir meinen nein.") for line in ITEMS_ONE_WITHOUT_MARK]
    assert inquiry_reading.inquiry_questions(lines) == []


def test_the_answer_repeating_the_items_pairs_each_with_its_answer():
    answer = ("- Wann wird der Kreisel bepflanzt?\nIm Mai.\n\n- Können auch Obstbäume auf der Mittelinsel "
              "gepflanzt werden.\nNein, die Insel ist zu klein.\n\n- Wer pflegt die Beete?\nDas Gartenbauamt.\n"
              ).splitlines()
    expected = inquiry_reading.inquiry_questions(ITEMS_ONE_WITHOUT_MARK)
    body, how = documents.compose_body(answer, expected)
    assert how == "matched"
    inquiry = parse_inquiry(body)
    assert [(q.text, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("Wann wird der Kreisel bepflanzt?", "Im Mai."),
        ("Können auch Obstbäume auf der Mittelinsel gepflanzt werden.", "Nein, die Insel ist zu klein."),
        ("Wer pflegt die Beete?", "Das Gartenbauamt.")]
    assert inquiry.issues == []


SECTIONED_INQUIRY = """1. Bestand
1.1 Wie viele Spielplätze unterhält die Stadt?
1.2 Wie viele davon sind gesperrt?
2. Kosten
2.1 Was kostet die Wartung im Jahr?
3. Planung
3.1 Welche Spielplätze werden bis 2030 erneuert?
3.2 Werden Eltern beteiligt?"""


def _sectioned_expected():
    return inquiry_reading.inquiry_questions(["ANFRAGE", ""] + SECTIONED_INQUIRY.splitlines())


def test_an_answer_repeating_the_inquirys_sections_and_sub_questions_answers_each_sub_question():
    # 2025/0900, 2025/0901: the inquiry asks in sections "1. Heading" with "1.1 …?", "1.2 …?";
    # the answer repeats each heading and each sub-question, and answers under it
    expected = _sectioned_expected()
    assert [s.number for s in expected] == ["1.", "2.", "3."]  # one question per section, as read
    answer = ["Vorbemerkung: Die Spielplätze sind der Stadt wichtig.", "1. Bestand",
              "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.",
              "1.2 Wie viele davon sind gesperrt?", "Zwei.", "2. Kosten",
              "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.", "3. Planung",
              "3.1 Welche Spielplätze werden bis 2030 erneuert?", "3.2 Werden Eltern beteiligt?",
              "Die Liste folgt im Herbst; die Eltern werden jeweils beteiligt."]
    body, how = documents.compose_body(answer, expected, SECTIONED_INQUIRY)
    assert how == "sections"
    inquiry = parse_inquiry(body)
    assert [(q.number, q.context, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1.1", "**1. Bestand**", "Es sind 180."), ("1.2", "", "Zwei."),
        ("2.1", "**2. Kosten**", "Rund 400.000 Euro."),
        ("3.1", "**3. Planung**", "Die Liste folgt im Herbst; die Eltern werden jeweils beteiligt."),
        ("3.2", "", "Die Liste folgt im Herbst; die Eltern werden jeweils beteiligt.")]
    assert inquiry.issues == []


@pytest.mark.parametrize("answer", [
    # a section's heading not repeated
    ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.", "2. Kosten",
     "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.", "3.1 Welche Spielplätze werden bis 2030 erneuert?",
     "Die Liste folgt."],
    # the administration's remarks between a later heading and its first sub-question
    ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.", "2. Kosten",
     "Die Kosten steigen.", "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.", "3. Planung",
     "3.1 Welche Spielplätze werden bis 2030 erneuert?", "Die Liste folgt."],
    # a sub-question with items under it, its answer run into the last of them
    ["1. Bestand", "1.1 Wie viele Spielplätze unterhält die Stadt?", "Es sind 180.",
     "1.2 Wie viele davon sind gesperrt", "- wegen Schäden,", "- wegen Bauarbeiten? Zwei.", "2. Kosten",
     "2.1 Was kostet die Wartung im Jahr?", "Rund 400.000 Euro.", "3. Planung",
     "3.1 Welche Spielplätze werden bis 2030 erneuert?", "Die Liste folgt."],
    # headings only, the answer not divided by the sub-questions
    ["1. Bestand", "Es sind 180, zwei gesperrt.", "2. Kosten", "Rund 400.000 Euro.", "3. Planung",
     "Die Liste folgt."],
])
def test_an_answer_that_does_not_repeat_every_section_so_is_not_read_by_its_sub_questions(answer):
    _body, how = documents.compose_body(answer, _sectioned_expected(), SECTIONED_INQUIRY)
    assert how != "sections"


SHORTENED_INQUIRY = """1. Ist die geplante Radspur in der Hauptstraße - vor dem Hintergrund, dass dort Tempo 30 gilt - sinnvoll und zulässig?
2. Wie viele Stellplätze fallen durch diese Maßnahme weg? Laut Anwohnern sind es doppelt so viele wie angegeben.
3. Wie soll dieser Wegfall der Stellplätze ausgeglichen werden?"""


def _shortened_expected():
    return inquiry_reading.inquiry_questions(["ANFRAGE", ""] + SHORTENED_INQUIRY.splitlines())


def test_an_answer_repeating_each_question_shortened_to_its_first_sentence_pairs_them():
    # 2023/1105: the answer repeats each question on lines of its own (bold in the PDF),
    # leaving out an inserted clause or the askers' remark after the "?"
    answer = ["Ist die geplante Radspur in der Hauptstraße sinnvoll und zulässig?",
              "Sie ist zulässig, da dort nur die Strecke auf Tempo 30 beschränkt ist.",
              "Wie viele Stellplätze fallen durch diese Maßnahme weg?", "Es entfallen 122 Stellplätze.",
              "Wie soll der Wegfall der Stellplätze ausgeglichen", "werden?",
              "Die Verwaltung ordnet die Bewohnerparkzonen neu."]
    body, how = documents.compose_body(answer, _shortened_expected(), SHORTENED_INQUIRY)
    assert how == "matched"
    inquiry = parse_inquiry(body)
    assert [(q.number, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Ist die geplante Radspur in der Hauptstraße sinnvoll und zulässig?",
         "Sie ist zulässig, da dort nur die Strecke auf Tempo 30 beschränkt ist."),
        ("2", "Wie viele Stellplätze fallen durch diese Maßnahme weg?", "Es entfallen 122 Stellplätze."),
        ("3", "Wie soll der Wegfall der Stellplätze ausgeglichen werden?",
         "Die Verwaltung ordnet die Bewohnerparkzonen neu.")]
    assert inquiry.issues == []


@pytest.mark.parametrize("first", [
    "Ist die Radspur sinnvoll?",  # too little of the question kept
    "Ist die geplante Radspur in der Hauptstraße sinnvoll? Sie ist zulässig.",  # the answer run into it
    "Sinnvoll und zulässig ist die geplante Radspur in der Hauptstraße?",  # it does not start as the question
    "Ist die geplante Radspur in der Hauptstraße sinnvoll, obwohl der Busverkehr leidet?",  # other words
])
def test_a_line_that_is_no_shortened_repetition_of_the_question_leaves_the_answer_unpaired(first):
    answer = [first, "Sie ist zulässig.", "Wie viele Stellplätze fallen durch diese Maßnahme weg?",
              "Es entfallen 122 Stellplätze.", "Wie soll der Wegfall der Stellplätze ausgeglichen werden?",
              "Die Verwaltung ordnet die Bewohnerparkzonen neu."]
    _body, how = documents.compose_body(answer, _shortened_expected(), SHORTENED_INQUIRY)
    assert how == "unpaired"


def test_an_answer_numbering_some_questions_is_not_read_by_shortened_repetitions():
    # where the answer numbers its questions itself, its numbers guide (2019/0077: reading
    # the inquiry's first sentences there lost a question the answer numbered otherwise)
    answer = ["1. Ist die geplante Radspur in der Hauptstraße - vor dem Hintergrund, dass dort Tempo 30 gilt - "
              "sinnvoll und zulässig?", "Sie ist zulässig.", "Wie viele Stellplätze fallen durch diese Maßnahme weg?",
              "Es entfallen 122 Stellplätze.", "Wie soll der Wegfall der Stellplätze ausgeglichen werden?",
              "Die Verwaltung ordnet die Bewohnerparkzonen neu."]
    _body, how = documents.compose_body(answer, _shortened_expected(), SHORTENED_INQUIRY)
    assert how == "numbered"


def test_a_number_alone_above_the_first_item_numbers_the_items_under_it():
    # "1." alone, then "a) …?": the number of the question whose items follow, not the item's own label
    inquiry = ["ANFRAGE", "1) a) Wie viele Plätze gibt es?", "b) Wie viele sind belegt?",
               "2) a) Wer betreut die Kinder?", "b) Wie werden sie ausgebildet?"]
    lines = ["Die Plätze werden jährlich gezählt.", "", "1.", "a) Wie viele Plätze gibt es?", "Es gibt 300 Plätze.", "",
             "b) Wie viele sind belegt?", "Es sind 280 belegt (siehe Frage 2. b).", "", "2.",
             "a) Wer betreut die Kinder?", "Fachkräfte der Träger.", "", "b) Wie werden sie ausgebildet?",
             "An der Fachschule."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(inquiry), " ".join(inquiry))
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["1a", "1b", "2a", "2b"]
    assert parsed.answers[parsed.questions[0].answer].text == "Es gibt 300 Plätze."
    assert parsed.answers[parsed.questions[1].answer].points_to == ["2b"]
    assert parsed.issues == []


ASKERS_FULL_STOP_INQUIRY = ["ANFRAGE", "8. Wie viele Wohnungen sind 2024 entstanden?",
                            "9. Bei welchen Projekten kam das Förderprogramm zur Anwendung.",
                            "10. Welche Informationen hat die Stadt über die Mieten, bei:", "- Genossenschaften",
                            "- privaten Vermietern", "11. Wie geht es weiter?"]


def test_the_askers_question_with_a_full_stop_for_its_question_mark_is_a_question():
    lines = ["8. Wie viele Wohnungen sind 2024 entstanden?", "", "Es sind 412 Wohnungen.", "",
             "9. Bei welchen Projekten kam das Förderprogramm zur Anwendung.", "",
             "Das Programm wurde in zwei Projekten angewandt: am Bahnhof und in der Weststadt."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(ASKERS_FULL_STOP_INQUIRY),
                                        " ".join(ASKERS_FULL_STOP_INQUIRY))
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions][:2] == ["8", "9"]
    assert parsed.answers[parsed.questions[1].answer].text.startswith("Das Programm wurde in zwei Projekten")


def test_the_askers_lead_in_without_question_mark_before_their_items_is_not_made_a_question():
    # "… bei:" then their items: the items are no answer, so the lead-in stays as it was read
    lines = ["9. Bei welchen Projekten kam das Förderprogramm zur Anwendung.", "", "In zwei Projekten.", "",
             "10. Welche Informationen hat die Stadt über die Mieten, bei:", "", "- Genossenschaften", "",
             "- privaten Vermietern", "", "11. Wie geht es weiter?", "", "Es liegen keine Zahlen vor."]
    body, _how = documents.compose_body(lines, inquiry_reading.inquiry_questions(ASKERS_FULL_STOP_INQUIRY),
                                        " ".join(ASKERS_FULL_STOP_INQUIRY))
    parsed = parse_inquiry(body)
    assert "10" not in [q.number for q in parsed.questions]
    assert parsed.issues  # the question skipped by the numbering stays a doubt


def test_a_bare_frage_label_before_the_question_it_numbers_is_not_left_in_the_answer_before():
    # "Frage 2:" on its own line, then the question found in the inquiry and written "2. …"
    paragraphs = ["1. Wie viele Speicherheizungen gibt es?", "Es sind 4 500.", "Frage 2:",
                  "2. Werden sie auch tagsüber geladen?", "Ja.", "Frage 3:", "Siehe oben."]
    assert documents.without_bare_question_labels(paragraphs) == [
        "1. Wie viele Speicherheizungen gibt es?", "Es sind 4 500.",
        "2. Werden sie auch tagsüber geladen?", "Ja.", "Frage 3:", "Siehe oben."]


# The form of 2024 to 2026: the meeting table's row right above the first section, whose
# items "a)" "b)" the answer repeats each on a line of its own, the section's heading with
# its first item (a fixture written after the layout of 2026/0437).
SECTIONS_UNDER_MEETING_ROW = """Anfrage
Vorlage Nr.: 2030/0007
Spielplätze und Bolzplätze
Anfrage: Fraktion X
Gremien Termin TOP Ö / N Zuständigkeit
Gemeinderat 12.05.2030 17 Ö Kenntnisnahme
1. Spielplätze:
a) Wie viele Spielplätze hat die Stadt?
b) Wie viele davon sind gesperrt?
2. Bolzplätze
a) Wie viele Bolzplätze gibt es?
b) Wann werden die Tore erneuert?
Begründung:
Eltern klagen über gesperrte Plätze.""".splitlines()

SECTIONS_ANSWER = """1. Spielplätze
a) Wie viele Spielplätze hat die Stadt?
Die Stadt unterhält 180 Spielplätze.
Davon liegen 40 in Grünanlagen.
b) Wie viele davon sind gesperrt?
Derzeit sind drei Spielplätze gesperrt.
2. Bolzplätze
a) Wie viele Bolzplätze gibt es?
Es gibt 25 Bolzplätze.
b) Wann werden die Tore erneuert?
Die Tore werden im Herbst erneuert.""".splitlines()


def test_the_first_section_right_under_the_meeting_row_is_question_1_not_its_items():
    spans = inquiry_reading.inquiry_questions(SECTIONS_UNDER_MEETING_ROW)
    assert [s.number for s in spans] == ["1.", "2."]
    assert spans[0].text.startswith("Spielplätze: a) Wie viele Spielplätze hat die Stadt? b)")


def test_a_number_after_a_sentence_going_on_outside_the_form_header_still_continues_it():
    lines = ("Gremien Termin TOP Ö / N Zuständigkeit\nGemeinderat 12.05.2030 17 Ö Kenntnisnahme\n"
             "Die Sperrung gilt ab\n1. August 2030 bis auf Weiteres.").splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


def test_a_section_whose_items_the_answer_repeats_one_by_one_ends_at_its_first_item():
    expected = inquiry_reading.inquiry_questions(SECTIONS_UNDER_MEETING_ROW)
    inquiry = parse_inquiry(documents.compose_body(SECTIONS_ANSWER, expected, " ".join(SECTIONS_UNDER_MEETING_ROW))[0])
    pairs = [(q.number, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [
        ("1", "Spielplätze a) Wie viele Spielplätze hat die Stadt?",
         "Die Stadt unterhält 180 Spielplätze. Davon liegen 40 in Grünanlagen."),
        ("1b", "Wie viele davon sind gesperrt?", "Derzeit sind drei Spielplätze gesperrt."),
        ("2", "Bolzplätze a) Wie viele Bolzplätze gibt es?", "Es gibt 25 Bolzplätze."),
        ("2b", "Wann werden die Tore erneuert?", "Die Tore werden im Herbst erneuert.")]


def test_a_section_repeated_whole_in_one_run_keeps_all_its_items():
    # the answer repeats question 1 with its items in one run, then answers: no "b)" line of its own after it
    answer = ["1. Spielplätze: a) Wie viele Spielplätze hat die Stadt? b) Wie viele davon sind gesperrt?",
              "Die Stadt unterhält 180 Spielplätze, drei sind gesperrt.",
              "2. Bolzplätze a) Wie viele Bolzplätze gibt es? b) Wann werden die Tore erneuert?",
              "Es gibt 25 Bolzplätze; die Tore folgen im Herbst."]
    expected = inquiry_reading.inquiry_questions(SECTIONS_UNDER_MEETING_ROW)
    spans = questions.numbered_questions(answer, expected)
    assert [s.text for s in spans] == [
        "Spielplätze: a) Wie viele Spielplätze hat die Stadt? b) Wie viele davon sind gesperrt?",
        "Bolzplätze a) Wie viele Bolzplätze gibt es? b) Wann werden die Tore erneuert?"]


# 2014/0475's layout: each numbered question a stem with items inline in the inquiry; the
# answer repeats the stem alone ("1.) Wie hoch …", no "?"), then each item and its answer.
INLINE_ITEMS_INQUIRY = """ANFRAGE
Kosten der Brücke
1.) Wie hoch sind die Baukosten
a) für den ersten Abschnitt?
b) für den zweiten Abschnitt?
2.) Wer trägt die Kosten
a) für die Rampen?
b) für die Beleuchtung?
unterzeichnet von:
Anna Beispiel""".splitlines()

INLINE_ITEMS_ANSWER = """1.) Wie hoch sind die Baukosten

a) für den ersten Abschnitt?

Der erste Abschnitt kostet 3 Mio. Euro.

b) für den zweiten Abschnitt?

Siehe Antwort zu 1 a

2.) Wer trägt die Kosten

a) für die Rampen?

Die Stadt.

b) für die Beleuchtung?

Die Stadtwerke.""".splitlines()


def test_a_stem_repeated_alone_takes_its_first_item_after_the_blank_line():
    expected = inquiry_reading.inquiry_questions(INLINE_ITEMS_INQUIRY)
    inquiry = parse_inquiry(documents.compose_body(INLINE_ITEMS_ANSWER, expected, " ".join(INLINE_ITEMS_INQUIRY))[0])
    pairs = [(q.number, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions]
    assert pairs == [
        ("1", "Wie hoch sind die Baukosten a) für den ersten Abschnitt?", "Der erste Abschnitt kostet 3 Mio. Euro."),
        ("1b", "für den zweiten Abschnitt?", "Siehe Antwort zu 1 a"),
        ("2", "Wer trägt die Kosten a) für die Rampen?", "Die Stadt."),
        ("2b", "für die Beleuchtung?", "Die Stadtwerke.")]


def test_a_stem_that_asks_itself_takes_no_item_after_it():
    # "2.) Wer trägt die Kosten?" is a whole question: the "a)" paragraph after it is its answer's list
    lines = ["1.) Wie hoch sind die Baukosten a) für den ersten Abschnitt?", "", "a) Drei Millionen."]
    expected = inquiry_reading.inquiry_questions(INLINE_ITEMS_INQUIRY)
    spans = questions.numbered_questions(lines, expected)
    assert [(s.start, s.end) for s in spans] == [(0, 1)]


def test_an_item_whose_question_mark_stands_on_its_next_line_is_answered_in_turn():
    # 41586: "b) Spielen Kriterien … das Einkommen" / "eine Rolle?" right after the answer to a),
    # no blank line, no question word the reflow knows: its "?" on the next line ends its first
    # sentence, so it starts a paragraph; the stem takes item a) and its answer, b) is 1b
    inquiry = ["ANFRAGE", "", "1. Wie werden Wohnungen vergeben?", "a) Gibt es Quoten?",
               "b) Spielen Kriterien wie das Einkommen eine Rolle?", "", "Begründung:", "Viele suchen."]
    answer = ["1. Wie werden Wohnungen vergeben?", "a) Gibt es Quoten?", "Nein.",
              "b) Spielen Kriterien wie das Einkommen", "eine Rolle?", "Nein, keine."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    parsed = parse_inquiry(documents.compose_body(answer, expected, " ".join(inquiry))[0])
    assert [(q.number, " ".join(q.text.split()), parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1", "Wie werden Wohnungen vergeben? a) Gibt es Quoten?", "Nein."),
        ("1b", "Spielen Kriterien wie das Einkommen eine Rolle?", "Nein, keine.")]


def test_an_item_run_on_from_the_answer_before_without_asking_keeps_the_whole_question():
    # "b) Spielen Kriterien … Einkommen." / "Eine Rolle?": a full stop before the "?" of the
    # next line, so the label line opens no question; read into the answer before, it would
    # take in the item and its answer: the whole question is kept (the parser doubts the rest)
    inquiry = ["ANFRAGE", "", "1. Wie werden Wohnungen vergeben?", "a) Gibt es Quoten?",
               "b) Spielen Kriterien wie das Einkommen eine Rolle?", "", "Begründung:", "Viele suchen."]
    answer = ["1. Wie werden Wohnungen vergeben?", "a) Gibt es Quoten?", "Nein.",
              "b) Spielen Kriterien wie das Einkommen.", "Eine Rolle?", "Nein, keine."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    span = questions.numbered_questions(answer, expected)[0]
    assert span.text.startswith("Wie werden Wohnungen vergeben? a) Gibt es Quoten?")  # not cut to its stem


def test_a_question_with_one_item_answered_after_its_answer_is_matched_by_its_stem():
    # 41586, question 4: the inquiry's "4. …? Gibt es … für Betroffene? a) Wie viele …?"; the
    # answer repeats the stem, answers it, then repeats a): the stem is matched, not a run of
    # lines as long as the whole question, which took in the answer's first line
    inquiry = ["ANFRAGE", "", "1. Gibt es eine Beschwerdestelle? Gibt es dort eine Ansprechperson für Mieter?",
               "a) Wie viele Beschwerden sind in den letzten fünf Jahren eingegangen?", "",
               "2. Wer prüft die Fälle?"]
    answer = ["1. Gibt es eine Beschwerdestelle? Gibt es dort eine Ansprechperson für Mieter?",
              "Grundsätzlich wird jede Beschwerde im System erfasst.",
              "Beschwerden werden vom Sozialdienst bearbeitet.",
              "a) Wie viele Beschwerden sind in den letzten fünf Jahren eingegangen?",
              "Eine Auswertung ist nicht möglich.", "", "2. Wer prüft die Fälle?", "Das Sozialamt."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    parsed = parse_inquiry(documents.compose_body(answer, expected, " ".join(inquiry))[0])
    assert [(q.number, q.text, parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1", "Gibt es eine Beschwerdestelle? Gibt es dort eine Ansprechperson für Mieter?",
         "Grundsätzlich wird jede Beschwerde im System erfasst. Beschwerden werden vom Sozialdienst bearbeitet."),
        ("1a", "Wie viele Beschwerden sind in den letzten fünf Jahren eingegangen?", "Eine Auswertung ist nicht möglich."),
        ("2", "Wer prüft die Fälle?", "Das Sozialamt.")]


def test_a_question_with_one_item_repeated_in_one_run_keeps_the_whole_question():
    # the item repeated right after the stem, then one answer: nothing is cut
    inquiry = ["ANFRAGE", "", "1. Gibt es eine Beschwerdestelle? Gibt es dort eine Ansprechperson für Mieter?",
               "a) Wie viele Beschwerden sind in den letzten fünf Jahren eingegangen?", "",
               "2. Wer prüft die Fälle?"]
    answer = ["1. Gibt es eine Beschwerdestelle? Gibt es dort eine Ansprechperson für Mieter?",
              "a) Wie viele Beschwerden sind in den letzten fünf Jahren eingegangen?",
              "Es gibt eine Stelle; eine Auswertung ist nicht möglich.", "", "2. Wer prüft die Fälle?", "Das Sozialamt."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert questions._as_repeated(expected[0].text, answer[1:]) == expected[0].text


def test_a_question_opening_with_its_first_item_has_no_stem_to_cut_to():
    inquiry = ["ANFRAGE", "", "1. a) Wie oft wurde geprüft?", "b) Wie oft wurde beanstandet?", "",
               "Begründung:", "Es gibt Klagen."]
    answer = ["1. a) Wie oft wurde", "geprüft?", "", "Zwölfmal.", "", "b) Wie oft wurde beanstandet?", "", "Nie."]
    expected = inquiry_reading.inquiry_questions(inquiry)
    spans = questions.numbered_questions(answer, expected)
    assert spans[0].text == "a) Wie oft wurde geprüft?"


# Karlsruhe 2015/2016: the inquiry's question stops mid-sentence, lists its items on lines of
# their own and ends after them ("1. Welche Projekte wurden seitens" / "a) …" / "b) …" /
# "begonnen?"); the answer repeats both questions without numbers, items and all.
RUN_ON_INQUIRY = """ANFRAGE

1. Welche Bauprojekte wurden in den letzten zehn Jahren seitens

a) der Stadt
b) der städtischen Töchter

begonnen?

2. Wie bewertet die Verwaltung die Ergebnisse

a) bei der Stadt
b) bei den Töchtern

im Hinblick auf
- die Kosten
- die Termine

verglichen mit einer Vergabe an Dritte?

Begründung:
Es gibt Erfahrungen anderer Städte.
""".splitlines()

RUN_ON_ANSWER = """Welche Bauprojekte wurden in den letzten zehn Jahren seitens
a) der Stadt
b) der städtischen Töchter begonnen?

Wie bewertet die Verwaltung die Ergebnisse

a) bei der Stadt
b) bei den Töchtern
im Hinblick auf
- die Kosten
- die Termine
verglichen mit einer Vergabe an Dritte?

Es wurden keine solchen Bauprojekte begonnen. Eine Bewertung entfällt daher.
""".splitlines()


def test_a_question_stopping_mid_sentence_runs_on_after_its_items():
    spans = inquiry_reading.inquiry_questions(RUN_ON_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "Welche Bauprojekte wurden in den letzten zehn Jahren seitens a) der Stadt "
               "b) der städtischen Töchter begonnen?"),
        ("2.", "Wie bewertet die Verwaltung die Ergebnisse a) bei der Stadt b) bei den Töchtern "
               "im Hinblick auf - die Kosten - die Termine verglichen mit einer Vergabe an Dritte?")]


def test_the_repeated_run_on_questions_share_the_answer_after_them():
    body, how = documents.compose_body(RUN_ON_ANSWER, inquiry_reading.inquiry_questions(RUN_ON_INQUIRY))
    assert how == "matched"
    inquiry = parse_inquiry(body)
    assert [q.text[:30] for q in inquiry.questions] == ["Welche Bauprojekte wurden in d",
                                                        "Wie bewertet die Verwaltung di"]
    assert inquiry.questions[0].answer == inquiry.questions[1].answer == 0
    assert inquiry.answers[0].text == "Es wurden keine solchen Bauprojekte begonnen. Eine Bewertung entfällt daher."
    assert inquiry.issues == []


@pytest.mark.parametrize(("inquiry", "first"), [
    # a numbered heading above its lettered questions: "1. Verträge" is no question running on
    ("1. Verträge\n\na) Wurde der Vertrag geprüft?\n\nb) Wer hat ihn\nunterschrieben?\n\n2. Kosten?", "Verträge"),
    # items that ask by themselves, one over two lines: the heading does not run on into them
    ("1. Vernetzung und Krisenstab\n\na) Wie arbeiten die Ämter\nzusammen?\n\n2. Wie oft übt der Stab?",
     "Vernetzung und Krisenstab"),
    # items asking by themselves in the question's own paragraph: read as before
    ("1. Wie viele haben eine\n\n- Duldung?\n- Erlaubnis?\n\n2. Wer prüft das?", "Wie viele haben eine"),
    # a finished sentence between: the askers' reasons, not the question's rest
    ("1. Welche Projekte gibt es seitens\n\na) der Stadt\n\nDas ist wichtig.\n\nwarum?\n\n2. Wer zahlt?",
     "Welche Projekte gibt es seitens"),
])
def test_a_question_runs_on_only_into_items_that_complete_its_sentence(inquiry, first):
    assert inquiry_reading.inquiry_questions(inquiry.splitlines())[0].text == first


def test_a_heading_above_a_repeated_question_is_not_run_into_it_across_the_blank_line():
    # Guard: only a run opening with an interrogative goes on across a blank line; a heading
    # ("Vertragsfragen", no full stop) stays out of the question found under it.
    expected = [questions.QuestionSpan(0, 1, "1.", "Vertragsfragen a) Wurde der Vertrag von der Stadt geprüft?")]
    lines = ["Vertragsfragen", "", "a) Wurde der Vertrag von der Stadt geprüft?", "", "Ja, im Mai."]
    spans = questions.unnumbered_questions(lines, expected)
    assert [(s.start, s.text) for s in spans] == [(2, "a) Wurde der Vertrag von der Stadt geprüft?")]


# Requests worded as statements of what the administration tells the askers (2017/0613,
# 2022/0499): the inquiry's numbered items, repeated by the answer document, marked as theirs.
STATEMENT_REQUESTS_INQUIRY = """Anfrage
Vorlage Nr.: 2030/0007

1. Die Stadtverwaltung gibt Auskunft darüber, wie viele Bänke im Schlosspark fehlen.
2. Sie stellt dar, in welchen Teilen des Parks die Bänke fehlen.
3. Es wird aufgezeigt, bis wann neue Bänke aufgestellt werden.

Sachverhalt/Begründung
Viele ältere Menschen vermissen Sitzgelegenheiten.
""".splitlines()


def test_numbered_requests_worded_as_statements_of_the_administration_are_the_inquirys_questions():
    spans = inquiry_reading.inquiry_questions(STATEMENT_REQUESTS_INQUIRY)
    assert [(s.number, s.text) for s in spans] == [
        ("1.", "Die Stadtverwaltung gibt Auskunft darüber, wie viele Bänke im Schlosspark fehlen."),
        ("2.", "Sie stellt dar, in welchen Teilen des Parks die Bänke fehlen."),
        ("3.", "Es wird aufgezeigt, bis wann neue Bänke aufgestellt werden.")]


@pytest.mark.parametrize("request_", [
    "Die Verwaltung berichtet dem Ortschaftsrat über den Stand der Sanierung der Turnhalle.",
    "Die Stadtverwaltung stellt dar, welche Aufgaben sie für das Land übernimmt. Dazu gehören auch Zuschüsse.",
    "Antrag:\nDie Verwaltung legt dem Ortschaftsrat die Stellungnahme der Feuerwehr zum Konzept vor.",
])
def test_one_request_worded_as_a_statement_is_the_inquirys_question(request_):
    lines = f"Anfrage\n\n{request_}\n\nBegründung\nDer Bedarf ist groß.\n\nunterzeichnet von:\nA. B.".splitlines()
    assert [s.text for s in inquiry_reading.inquiry_questions(lines)] == [request_.removeprefix("Antrag:\n")]


def test_a_statement_of_what_the_administration_holds_is_no_request():
    lines = ("Anfrage\n\nDie Verwaltung stellt dar, dass der Park gepflegt wird.\n\n"
             "Begründung\nDer Park ist schön.").splitlines()
    assert inquiry_reading.inquiry_questions(lines) == []


STATEMENT_REQUESTS_ANSWER = """1. Die Stadtverwaltung gibt Auskunft darüber, wie viele Bänke im Schlosspark fehlen. Es fehlen
zwölf Bänke, vor allem am Weiher.
2. Sie stellt dar, in welchen Teilen des Parks die Bänke fehlen.
Die meisten fehlen im Westteil.
3. Es wird aufgezeigt, bis wann neue Bänke aufgestellt werden.
Die Bänke werden bis zum Herbst aufgestellt.""".splitlines()


def test_requests_worded_as_statements_repeated_by_the_answer_are_marked_and_answered_each():
    expected = inquiry_reading.inquiry_questions(STATEMENT_REQUESTS_INQUIRY)
    body, how = documents.compose_body(STATEMENT_REQUESTS_ANSWER, expected, " ".join(STATEMENT_REQUESTS_INQUIRY))
    assert how == "numbered"
    assert body.startswith("> Ersuchen: 1. Die Stadtverwaltung gibt Auskunft darüber, wie viele Bänke im "
                           "Schlosspark fehlen.\n\nEs fehlen zwölf Bänke")  # the answer run on is set apart
    inquiry = parse_inquiry(body)
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("1", "Es fehlen zwölf Bänke, vor allem am Weiher."), ("2", "Die meisten fehlen im Westteil."),
        ("3", "Die Bänke werden bis zum Herbst aufgestellt.")]
    assert inquiry.issues == []


def test_two_requests_run_into_one_line_are_set_apart_and_share_the_answer_after_them():
    inquiry_lines = ("Anfrage\n\n1. Die Stadtverwaltung legt dar, wie der Stand des Ausbaus ist.\n"
                     "2. Speziell sollen die Pläne für das Glasfasernetz dargestellt werden.\n\n"
                     "Begründung\nDas Netz ist wichtig.").splitlines()
    answer = ("1. Die Stadtverwaltung legt dar, wie der Stand des Ausbaus ist. 2. Speziell sollen die Pläne für "
              "das Glasfasernetz dargestellt werden.\n\nDer Ausbau ist zu 80 % abgeschlossen.").splitlines()
    body, _how = documents.compose_body(answer, inquiry_reading.inquiry_questions(inquiry_lines),
                                        " ".join(inquiry_lines))
    inquiry = parse_inquiry(body)
    assert [q.number for q in inquiry.questions] == ["1", "2"]
    assert {inquiry.answers[q.answer].text for q in inquiry.questions} == {"Der Ausbau ist zu 80 % abgeschlossen."}
    assert inquiry.answers[0].grouping == "consecutive"


def test_the_answers_own_numbered_statements_after_a_request_never_become_questions():
    # the administration's own "1./2./3." list, worded like requests, under request 1: none
    # of it stands in the inquiry, so none is marked, and the parser keeps it in answer 1
    answer = ("1. Die Stadtverwaltung gibt Auskunft darüber, wie viele Bänke im Schlosspark fehlen.\n"
              "Es fehlen zwölf Bänke. Dazu geht die Verwaltung so vor:\n\n"
              "1. Die Verwaltung legt dem Ausschuss im Mai einen Plan vor.\n\n"
              "2. Sie stellt die Kosten im Haushalt dar.\n\n"
              "3. Die Verwaltung berichtet im Herbst über den Stand.\n\n"
              "2. Sie stellt dar, in welchen Teilen des Parks die Bänke fehlen.\n"
              "Die meisten fehlen im Westteil.\n"
              "3. Es wird aufgezeigt, bis wann neue Bänke aufgestellt werden.\n"
              "Bis zum Herbst.").splitlines()
    expected = inquiry_reading.inquiry_questions(STATEMENT_REQUESTS_INQUIRY)
    body, _how = documents.compose_body(answer, expected, " ".join(STATEMENT_REQUESTS_INQUIRY))
    assert body.count("> Ersuchen:") == 3
    inquiry = parse_inquiry(body)
    assert [q.number for q in inquiry.questions] == ["1", "2", "3"]
    first = inquiry.answers[inquiry.questions[0].answer].text
    assert "legt dem Ausschuss im Mai einen Plan vor" in first and "berichtet im Herbst" in first


def test_a_request_the_answer_rewords_is_not_marked_as_the_askers():
    expected = inquiry_reading.inquiry_questions(STATEMENT_REQUESTS_INQUIRY)
    reworded = "Die Stadtverwaltung gibt gern Auskunft über die Zahl der Bänke, die im ganzen Park fehlen."
    assert not questions.confirmed_request(reworded, expected[0].text)
    assert questions.confirmed_request(expected[0].text, expected[0].text)


def test_one_request_worded_as_a_statement_is_written_marked_before_the_whole_answer():
    lines = ("Anfrage\n\nAnfrage:\nDie Verwaltung berichtet dem Ortschaftsrat über den Stand der Sanierung "
             "der Turnhalle.\n\nA. B.").splitlines()
    body, how = documents.compose_body(["Die Sanierung beginnt im Mai.", "Sie dauert ein Jahr."],
                                       inquiry_reading.inquiry_questions(lines), " ".join(lines))
    assert how == "single"
    inquiry = parse_inquiry(body)
    assert body.startswith("> Ersuchen: 1. Die Verwaltung berichtet")
    assert [inquiry.answers[q.answer].text for q in inquiry.questions] == [
        "Die Sanierung beginnt im Mai. Sie dauert ein Jahr."]


def test_a_repeated_question_whose_mark_the_answer_typed_as_a_full_stop_gets_the_inquirys_mark():
    question = "Doch vorher könnte dargestellt werden, mit welchen Kosten für den Abbau wäre zu rechnen?"
    assert questions.with_inquiry_mark(question[:-1] + ".", question) == question
    # the answer's first sentence run on after it is no typing slip: kept as repeated
    longer = question[:-1] + ". Die Kosten liegen bei 900.000 Euro."
    assert questions.with_inquiry_mark(longer, question) == longer


def test_a_labelled_item_asking_by_its_interrogative_without_a_mark_is_marked_where_the_inquiry_has_it():
    inquiry_lines = ("Anfrage\n\nA. Wie hoch ist der Verkehr am Weinweg?\n\nB. Am Weinweg gibt es eine Ampel. "
                     "Wie viele Unfälle gab es dort: 1. mit Bahnen 2. mit Autos\n\nBegründung\nDie Lage ist "
                     "gefährlich.").splitlines()
    answer = ["A. Wie hoch ist der Verkehr am Weinweg?", "Rund 40.000 Fahrzeuge am Tag.", "",
              "B. Am Weinweg gibt es eine Ampel. Wie viele Unfälle gab es dort: 1. mit Bahnen 2. mit Autos", "",
              "Es gab drei Unfälle mit Autos."]
    body, _how = documents.compose_body(answer, inquiry_reading.inquiry_questions(inquiry_lines),
                                        " ".join(inquiry_lines))
    assert "> Ersuchen: B. Am Weinweg" in body and "> Ersuchen: A." not in body
    inquiry = parse_inquiry(body)
    assert [(q.number, inquiry.answers[q.answer].text) for q in inquiry.questions] == [
        ("A", "Rund 40.000 Fahrzeuge am Tag."), ("B", "Es gab drei Unfälle mit Autos.")]
    # the administration's own lettered text in those words is not the inquiry's: never marked
    assert not questions.confirmed_request("Am Weinweg gibt es eine Ampel. Wie sie geschaltet ist, prüfen wir.",
                                           "Am Weinweg gibt es eine Ampel. Wie viele Unfälle gab es dort: 1. mit "
                                           "Bahnen 2. mit Autos")


def test_an_item_opening_with_its_own_sub_label_is_not_marked():
    # "1. a. Wie viele … angemeldet" then "1 b. Wie viele …" inside the answer: marking "1."
    # would give question 1 an answer holding its item b and b's answer
    item = "a. Wie viele Betriebe haben im Jahr 2020 geschlossen"
    assert not questions.confirmed_request(item, item)


# --- a question answered only by its label and a pointer; a request the answer divides ----------

def test_a_question_the_answer_shows_only_by_its_label_and_a_pointer_is_written_with_that_pointer():
    # "4. siehe Frage 2": the inquiry asks 4 nearly as 2 (so it counts as repeated in other words);
    # the answer gives only its label and the pointer: the inquiry's question 4 is written, the
    # pointer its answer
    inquiry = ["ANFRAGE", "1. Wie viele Schulen haben eine Mensa?", "2. Wer prüft die Qualität des Essens?",
               "3. Wie viel kostet ein Essen?", "4. Wer prüft die Qualität der Speisen?"]
    lines = ["1. Wie viele Schulen haben eine Mensa?", "", "Es sind 31.", "",
             "2. Wer prüft die Qualität des Essens?", "", "Das Schulamt prüft sie.", "",
             "3. Wie viel kostet ein Essen?", "", "Es kostet 4,20 Euro.", "", "4. siehe Frage 2"]
    expected = inquiry_reading.inquiry_questions(inquiry)
    body, _how = documents.compose_body(lines, expected, " ".join(inquiry))
    assert "4. Wer prüft die Qualität der Speisen?\n\nSiehe Frage 2" in body
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["1", "2", "3", "4"]
    assert parsed.answers[parsed.questions[3].answer].text == "Siehe Frage 2"
    assert parsed.issues == []


def test_a_label_and_a_pointer_to_its_own_number_or_a_number_the_inquiry_lacks_stay_as_written():
    # guard: "3. siehe Frage 3" points to itself, "5. siehe Frage 1" names no question of the inquiry
    inquiry = ["ANFRAGE", "1. Wie viele Schulen haben eine Mensa?", "2. Wer prüft die Qualität des Essens?",
               "3. Wie viel kostet ein Essen?"]
    paragraphs = ["1. Wie viele Schulen haben eine Mensa?", "Es sind 31.", "3\\. siehe Frage 3", "5\\. siehe Frage 1"]
    expected = inquiry_reading.inquiry_questions(inquiry)
    assert documents._with_questions_answered_by_pointer(paragraphs, expected) == paragraphs


def test_one_request_that_the_answer_divides_into_numbered_questions_of_its_own_gives_those_questions():
    request = ["ANFRAGE", "Wir bitten die Verwaltung, zu berichten, welche Regeln für die Nutzung der Halle durch "
               "Schulen und Vereine gelten. Welche Auflagen hat der Zuschuss für das neue Dach?"]
    lines = ["1. Welche Auflagen hat der Zuschuss für das neue Dach?", "Der Verein muss die Halle teilen.", "",
             "2. Welche Regeln gelten für die Vereine?", "Sie teilen die Zeiten hälftig.", "",
             "3. Welche Regeln gelten für die Schulen?", "Die Schulen haben vormittags Vorrang."]
    expected = inquiry_reading.inquiry_questions(request)
    body, how = documents.compose_body(lines, expected, " ".join(request))
    assert how == "numbered"
    assert body.startswith("> Fragesteller: Wir bitten die Verwaltung, zu berichten,")
    parsed = parse_inquiry(body)
    assert [(q.number, parsed.answers[q.answer].text) for q in parsed.questions] == [
        ("1", "Der Verein muss die Halle teilen."), ("2", "Sie teilen die Zeiten hälftig."),
        ("3", "Die Schulen haben vormittags Vorrang.")]
    assert parsed.issues == []


def test_one_request_whose_answer_numbers_statements_or_a_single_question_stays_the_one_question():
    # guard: numbered points that do not ask, or only one numbered question, do not divide the request
    request = ["ANFRAGE", "Wir bitten die Verwaltung, über die Nutzung der Halle zu berichten."]
    expected = inquiry_reading.inquiry_questions(request)
    points = ["1. Die Schulen nutzen die Halle vormittags.", "", "2. Die Vereine nutzen sie abends."]
    assert documents._own_questions_of_request(points, expected) == []
    one = ["1. Wer nutzt die Halle?", "Schulen und Vereine."]
    assert documents._own_questions_of_request(one, expected) == []
    assert documents.compose_body(points, expected, " ".join(request))[1] == "single"


# --- questions under "Zu Frage N" headings, one of them left out -------------------------

SQUARE_INQUIRY = ["1. Welche Läden gibt es noch am Marktplatz?", "2. Welche Förderprogramme gibt es für Läden?",
                  "3. Welche Ansätze gibt es, um den Platz schöner zu gestalten.",
                  "4. Könnten sich die Ladeninhaber vernetzen und wie könnte man das nutzen?"]


def _square_answer(fourth_heading: str) -> list[str]:
    return ["Zu Frage 1", "Welche Läden gibt es noch am Marktplatz?", "", "Eine Bäckerei und ein Kiosk.", "",
            "Zu Frage 2", "Welche Förderprogramme gibt es für Läden?", "", "Das Programm Ortsmitte.", "",
            fourth_heading, "Könnten sich die Ladeninhaber vernetzen und wie könnte man das nutzen?", "",
            "Ein Netzwerk wäre sicher vorteilhaft.", "",
            "Zu Frage 3:", "", "Der Rahmenplan sieht Bäume und Bänke vor."]


def test_a_question_under_its_heading_takes_the_headings_number_not_its_position():
    # 2023/0493: "Zu Frage 5." / "Könnten …?" after questions 1 to 3, question 4 answered
    # afterwards under "Zu Frage 4:" without being repeated
    expected = inquiry_reading.inquiry_questions(SQUARE_INQUIRY)
    body, _how = documents.compose_body(_square_answer("Zu Frage 4."), expected, " ".join(SQUARE_INQUIRY))
    parsed = parse_inquiry(body)
    answers = {q.number: parsed.answers[q.answer].text for q in parsed.questions}
    assert answers == {"1": "Eine Bäckerei und ein Kiosk.", "2": "Das Programm Ortsmitte.",
                       "3": "Der Rahmenplan sieht Bäume und Bänke vor.", "4": "Ein Netzwerk wäre sicher vorteilhaft."}
    assert parsed.issues == []


def test_a_heading_that_names_another_question_than_the_one_under_it_leaves_the_positions():
    # the heading says 4, but the question under it is not the inquiry's question 4: not settled
    expected = inquiry_reading.inquiry_questions(SQUARE_INQUIRY)
    answer = _square_answer("Zu Frage 4.")
    answer[11] = "Wie viele Parkplätze gibt es am Marktplatz?"
    spans = questions.numbered_questions(answer, expected)
    assert [span.number for span in spans] == ["1.", "2.", "3."]
    assert not any(span.labelled for span in spans)
