"""PDF debris removal: each cleanup step on small strings written for the purpose."""

import pytest

from anfragen.imports import cleanup


@pytest.mark.parametrize("line", [
    "– 2 –", "- 3 -", "Seite 2", "Seite 2 von 3", "  Seite 12 von 14  ",
    "Gedruckt auf 100 Prozent Recyclingpapier",
    "Ergänzende Erläuterungen                                   Seite 2",
])
def test_page_furniture_is_recognised(line):
    assert cleanup.is_page_furniture(line)


@pytest.mark.parametrize("line", [
    "Seite 2 des Berichts nennt die Zahlen.", "- 2 Leuchten sind defekt", "2024",
    "Die Kosten liegen bei 100 Prozent.",
])
def test_text_is_not_page_furniture(line):
    assert not cleanup.is_page_furniture(line)


def test_a_bare_number_is_a_page_number_only_where_a_page_begins_or_ends():
    page = ["4", "Beteiligung", "VBK", "0", "KVV", "12", "Die Zahlen gelten für 2024.", "5"]
    # "0" and "12" are a table's cells; "4" and "5" number the page
    assert cleanup.drop_page_numbers(page, edge=1) == page[1:-1]
    text = "Erste Seite.\nVBK\n0\nKVV\n7\nEnde der Tabelle.\n2\n\fZweite Seite."
    assert "0" in cleanup.clean_lines(text) and "2" not in cleanup.clean_lines(text)


@pytest.mark.parametrize("lines, joined", [
    (["in den Jah-", "ren 1998 bis 2003"], ["in den Jahren 1998 bis 2003"]),
    (["für Bundes-", "und Landesleistungen"], ["für Bundes- und Landesleistungen"]),
    (["im ganzen KVV-", "Gebiet"], ["im ganzen KVV-Gebiet"]),
    (["Tempo-", "30-Zone"], ["Tempo-30-Zone"]),
    (["Strecke Nord -", "Süd"], ["Strecke Nord -", "Süd"]),
    (["ein Wort", "danach"], ["ein Wort", "danach"]),
])
def test_hyphenation_at_line_ends(lines, joined):
    assert cleanup.join_hyphenated(lines) == joined


def test_collapse_spaces_of_justified_text_keeps_words():
    assert cleanup.collapse_spaces("Laut  des   Städtischen  Klinikums ") == "Laut des Städtischen Klinikums"


def test_trailing_spaces_are_removed():
    assert cleanup.strip_trailing_spaces(["Text  ", " ", "x"]) == ["Text", "", "x"]


@pytest.mark.parametrize("line, expected", [
    ("\uf0b7 Masten und Kabel", "- Masten und Kabel"),
    ("• Anschluss", "- Anschluss"),
    ("– Anschluss", "- Anschluss"),
    ("Kein Punkt", "Kein Punkt"),
])
def test_bullets_become_markdown_list_items(line, expected):
    assert cleanup.normalise_bullet(line) == expected


def test_running_headers_are_dropped_from_later_pages_only():
    pages = [["Amt für Parks", "Erste Seite"], ["Amt für Parks", "Zweite"], ["Amt für Parks", "Dritte"]]
    assert cleanup.drop_repeated_headers(pages) == [["Amt für Parks", "Erste Seite"], ["Zweite"], ["Dritte"]]


def test_form_feeds_split_pages_and_vanish():
    text = "Oben\n\nText der ers-\fSeite 2\nten Seite\n"
    assert "\f" not in "".join(cleanup.clean_lines(text))
    assert cleanup.reflow(cleanup.clean_lines(text)) == ["Oben", "Text der ersten Seite"]


def test_word_split_over_a_page_break_is_joined():
    text = "Die Stadt hat die Leuch-\n \n\n- 2 -\n \nten ersetzt.\n"
    assert cleanup.reflow(cleanup.clean_lines(text)) == ["Die Stadt hat die Leuchten ersetzt."]


def test_reflow_joins_lines_into_paragraphs_and_keeps_list_items():
    lines = ["Erste Zeile", "zweite Zeile.", "", "- Punkt eins", "- Punkt", "zwei", "", "Ende"]
    assert cleanup.reflow(lines) == ["Erste Zeile zweite Zeile.", "- Punkt eins", "- Punkt zwei", "Ende"]


def test_a_labelled_question_in_the_middle_of_a_line_starts_a_paragraph():
    from anfragen.imports.cleanup import reflow

    lines = ["Eine Auswertung ist nicht möglich. 2. Wie ist die Lage in den Notaufnahmen?",
             "Die Lage ist angespannt."]
    assert reflow(lines) == ["Eine Auswertung ist nicht möglich.",
                             "2. Wie ist die Lage in den Notaufnahmen? Die Lage ist angespannt."]


def test_a_labelled_question_after_a_bracketed_sentence_starts_a_paragraph():
    # "… liegt nicht vor. (Verweis auf …)": the bracket is a sentence of its own, finished
    lines = ["Eine Statistik liegt nicht vor. (Verweis auf den Bericht", "im Stadtblatt vom 3. Mai)",
             "d) Welche Schulungen gibt es für das Personal?", "Zweimal im Jahr."]
    assert cleanup.reflow(lines) == ["Eine Statistik liegt nicht vor. (Verweis auf den Bericht im Stadtblatt vom 3. Mai)",
                                     "d) Welche Schulungen gibt es für das Personal? Zweimal im Jahr."]


def test_a_bracket_inside_a_sentence_does_not_end_it():
    # "… wie hoch (in Euro)" / "b) Wie …": the bracket closes no finished sentence: one paragraph
    lines = ["Es wurde geprüft, wie hoch die Kosten (in Euro)", "a) Wie viele Stellen es gibt?"]
    assert cleanup.reflow(lines) == ["Es wurde geprüft, wie hoch die Kosten (in Euro) a) Wie viele Stellen es gibt?"]


def test_a_date_in_the_middle_of_a_line_is_not_a_question():
    from anfragen.imports.cleanup import split_inline_questions

    line = "Die Sitzung war am 1. Juni. Danach kam der Bericht."
    assert split_inline_questions(line) == [line]


def test_extraction_page_markers_are_removed():
    from anfragen.imports.cleanup import clean_lines

    assert "-- 2 of 9 --" not in clean_lines("Text der Seite.\n-- 2 of 9 --\nWeiter im Text.")


def test_the_internal_routing_form_at_the_end_of_an_answer_is_dropped():
    lines = ["Die Anlage wird 2031 erneuert.", "", "Beschluss (intern):", "", "1. Auf die Tagesordnung.",
             "3. Z. d. A.", "Dienststelle Datum Unterschrift Sachbearbeitung", "1. (Bitte Unterschriftenleiste "
             "entsprechend ergänzen)"]
    assert cleanup.drop_internal_form(lines) == ["Die Anlage wird 2031 erneuert.", ""]


def test_an_answer_that_only_mentions_an_internal_decision_is_kept():
    lines = ["Der Beschluss (intern) vom Mai gilt weiter.", "Beschluss (intern): siehe Anlage."]
    assert cleanup.drop_internal_form(lines) == lines


def test_the_answer_forms_footer_label_is_dropped_where_it_ends_a_page():
    lines = ["Stellungnahme zur Anfrage", "", "Die Enthärtung kann sich nachteilig auf die",
             "Stellungnahme zur Anfrage", "", "– 2 –", "Korrosion auswirken.", "Stellungnahme zur Anfrage", ""]
    assert cleanup.drop_page_furniture(lines) == [
        "Stellungnahme zur Anfrage", "", "Die Enthärtung kann sich nachteilig auf die", "", "Korrosion auswirken.", ""]


def test_for_example_broken_across_a_blank_line_is_joined():
    # "z." / "" / "B. Willkommensvideos …": one abbreviation, not a paragraph labelled "B."
    lines = ["2. Sind Inhalte vorgesehen, z.", "", "B. Willkommensvideos oder Hinweise?", "Ja."]
    assert cleanup.join_split_for_example(lines) == [
        "2. Sind Inhalte vorgesehen, z. B. Willkommensvideos oder Hinweise?", "Ja."]


def test_a_paragraph_labelled_b_after_another_sentence_stays_apart():
    lines = ["A. Was kostet das Projekt?", "", "B. Wann beginnt es?"]
    assert cleanup.join_split_for_example(lines) == lines


def test_a_bullet_glyph_and_the_symbol_fonts_space_after_it_become_one_dash():
    assert cleanup.clean_lines("\uf0b7\uf020Wird das Land verpflichtet?\n")[0] == "- Wird das Land verpflichtet?"


def test_a_bracket_after_a_question_mark_does_not_end_the_paragraph():
    # "… sei? (Statement der Polizei)": the askers' aside, their items may follow it in one paragraph
    lines = ["4. Warum wurde nicht eingegriffen? (Aussage der Polizei)", "a. Bei wie vielen Personen wäre es gegangen?"]
    assert len(cleanup.reflow(lines)) == 1


def test_the_extractors_page_marks_split_pages_so_a_sentence_runs_on_across_them():
    # 2026/0409: "… Eine Überführung in" / "-- 3 of 5 --" / "ein Projekt …": one paragraph
    text = "Das Projekt ist abgeschlossen. Eine Überführung in\n\n-- 3 of 5 --\n\n– 4 –\nein neues Projekt folgt.\n"
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Das Projekt ist abgeschlossen. Eine Überführung in ein neues Projekt folgt."]
    # a finished sentence before the mark ends its paragraph as before
    text = "Das Projekt ist abgeschlossen.\n\n-- 3 of 5 --\n\nein neuer Absatz, klein geschrieben.\n"
    assert len(cleanup.reflow(cleanup.clean_lines(text))) == 2


def test_a_question_cut_by_a_page_mid_sentence_is_one_paragraph():
    # 2026/0437: "c) Inwiefern fließen … in die Schulung" / page / "des Krisenstabs ein, …?"
    lines = ["c) Inwiefern fließen neue Ansätze in die Schulung", cleanup.PAGE_BREAK, "",
             "des Krisenstabs ein?", "Sie fließen ein."]
    assert cleanup.reflow(cleanup.join_sentences_across_pages(lines)) == [
        "c) Inwiefern fließen neue Ansätze in die Schulung des Krisenstabs ein? Sie fließen ein."]


def test_a_heading_at_a_pages_end_stays_apart_from_a_capital_or_other_word_after_it():
    for following in ("Die Stadt plant neue Wege.", "bzw. eine andere Lösung."):
        lines = ["Die Stadt plant neue Wege zur Schulung", cleanup.PAGE_BREAK, "", following]
        assert len(cleanup.reflow(cleanup.join_sentences_across_pages(lines))) == 2


def test_a_lettered_question_opening_with_wurden_starts_a_paragraph_after_a_finished_sentence():
    # 2026/0437: "… noch gänzlich unbekannt." / "b) Wurden aufgrund … beantragt, um" / "… zu decken?"
    lines = ["Die Vorgaben sind noch gänzlich unbekannt.", "b) Wurden bereits zusätzliche Mittel beantragt, um",
             "den Bedarf zu decken?", "Nein."]
    assert cleanup.reflow(lines) == ["Die Vorgaben sind noch gänzlich unbekannt.",
                                     "b) Wurden bereits zusätzliche Mittel beantragt, um den Bedarf zu decken? Nein."]


def test_for_example_in_brackets_broken_across_a_blank_line_is_joined():
    lines = ["5. Wie wird die Ausstattung (z.", "", "B. Tablets, WLAN) gesichert?"]
    assert cleanup.join_split_for_example(lines) == ["5. Wie wird die Ausstattung (z. B. Tablets, WLAN) gesichert?"]


def test_a_lone_bullet_marks_the_item_on_the_line_after_it():
    # "•" / "" / "Tempo der Planung": the glyph in a column of its own, its item below it
    lines = ["6. Wie bewertet die Stadt das Modell, vor allem mit Blick auf:", "•", "",
             "Tempo der Planung", "•", "", "Kosten der Wartung?", "", "Siehe Antwort zu Frage 2."]
    assert cleanup.join_lone_bullets(lines) == [
        "6. Wie bewertet die Stadt das Modell, vor allem mit Blick auf:", "• Tempo der Planung",
        "• Kosten der Wartung?", "", "Siehe Antwort zu Frage 2."]


def test_lone_bullets_no_longer_end_the_item_before_them():
    # Guard: left alone, "•" became "-" at the end of the item before it ("… Planung -"), and
    # every item stood as a paragraph of its own, the last one read as a question by itself.
    text = ("6. Wie bewertet die Stadt das Modell, vor allem mit Blick auf:\n•\n \nTempo der Planung\n"
            "•\n \nKosten der Wartung?\n \nSiehe Antwort zu Frage 2.\n")
    paragraphs = cleanup.reflow(cleanup.clean_lines(text))
    assert paragraphs == ["6. Wie bewertet die Stadt das Modell, vor allem mit Blick auf:",
                          "- Tempo der Planung", "- Kosten der Wartung?", "Siehe Antwort zu Frage 2."]


def test_a_bullet_with_its_item_on_the_same_line_is_unchanged():
    lines = ["• Tempo der Planung", "", "Kosten der Wartung"]
    assert cleanup.join_lone_bullets(lines) == lines


def test_a_label_line_whose_question_mark_stands_on_the_next_line_opens_a_question():
    # 41586: "c) Spielen Kriterien wie … bei" / "der Wohnungsvergabe eine Rolle? Welche?"
    assert cleanup.opens_labelled_question("c) Spielen Kriterien wie das Einkommen bei",
                                           "der Vergabe eine Rolle? Welche?")
    # a full stop before the "?" (answer text going on), or a line that ends a sentence: no question
    assert not cleanup.opens_labelled_question("a) Die Stadt prüft alle", "Fälle. Wann genau?")
    assert not cleanup.opens_labelled_question("a) Die Stadt prüft alle Fälle.", "Wann genau?")
    assert not cleanup.opens_labelled_question("a) Die Stadt prüft alle Fälle", "")
