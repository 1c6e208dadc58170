"""The askers' own words repeated in an answer document never end up inside an answer
(``anfragen/imports/askers_words.py``, the walker's doubts in ``_askers_text``).
Fixtures are invented; they imitate layouts of the Karlsruhe corpus."""

from anfragen import layouts, remark_openings
from anfragen.imports import askers_words, cleanup, documents, inquiry_reading
from anfragen.parse import parse_inquiry

PORTAL_INQUIRY = [
    "1. Wie viele Parkhäuser betreibt die Stadt?",
    "2. Wie steht die Verwaltung dazu, auf der Webseite für das Parkportal zu werben? Vorschlag für den Text:",
    "- Das Parkportal zeigt Ihnen freie Stellplätze in der ganzen Innenstadt an.",
    "- Das Parkportal nennt die Gebühren jedes Parkhauses und seine Öffnungszeiten.",
    "3. Wann wird das Portal erneuert?",
]


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> str:
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry_lines))[0]


def _answers(parsed) -> list[str | None]:
    return [parsed.answers[q.answer].text if q.answer is not None else None for q in parsed.questions]


def test_items_that_end_the_question_belong_to_the_question_not_to_its_answer():
    # 2015/0361: the askers' proposed text, repeated under their question, opened the answer
    body = _compose(PORTAL_INQUIRY, [
        "1. Wie viele Parkhäuser betreibt die Stadt?", "", "Es sind elf.", "",
        "2. Wie steht die Verwaltung dazu, auf der Webseite für das Parkportal zu werben? Vorschlag für den Text:", "",
        "- Das Parkportal zeigt Ihnen freie Stellplätze in der ganzen Innenstadt an.", "",
        "- Das Parkportal nennt die Gebühren jedes Parkhauses und seine Öffnungszeiten.", "",
        "Die Verwaltung nimmt den Vorschlag gern auf.", "",
        "3. Wann wird das Portal erneuert?", "", "Im Jahr 2027."])
    parsed = parse_inquiry(body)
    assert parsed.questions[1].text.endswith("seine Öffnungszeiten.")
    assert _answers(parsed) == ["Es sind elf.", "Die Verwaltung nimmt den Vorschlag gern auf.", "Im Jahr 2027."]
    assert parsed.issues == []


FOLLOW_UP_INQUIRY = [
    "1. Wie hoch sind die Kosten des Tunnels?",
    "2. Wer trägt mögliche Mehrkosten des Tunnels?",
    "Bitte die Verträge mit Bund und Land beifügen.",
    "- Und in welchem Verhältnis geschieht das genau?",
    "3. Wann ist der Tunnel fertig?",
]


def test_a_follow_up_of_the_askers_repeated_after_the_answer_is_theirs_and_a_doubt():
    # 2015/0131: "Und ggf. in welchem Verhältnis geschieht dies? Siehe hierzu Antwort zu B."
    # after the answer to the question it belongs to: never silently part of that answer.
    # Their request stands between the question and the follow-up in the inquiry, so which
    # question it goes on with, and which text answers it, is not settled (right after the
    # question it is the askers' next question, answered by the text run in after it:
    # tests/test_import_follow_ups.py)
    body = _compose(FOLLOW_UP_INQUIRY, [
        "1. Wie hoch sind die Kosten des Tunnels?", "", "Etwa 800 Mio. Euro.", "",
        "2. Wer trägt mögliche Mehrkosten des Tunnels?", "", "Siehe Antwort zu 1.", "",
        "Und in welchem Verhältnis geschieht das genau? Siehe Antwort zu 1.", "",
        "3. Wann ist der Tunnel fertig?", "", "Im Jahr 2030."])
    assert "> Fragesteller: Und in welchem Verhältnis geschieht das genau?\n\nSiehe Antwort zu 1." in body
    parsed = parse_inquiry(body)
    assert not any("Verhältnis" in (answer or "") for answer in _answers(parsed))
    assert any("askers' question stands after an answer" in issue.reason for issue in parsed.issues)


SECTIONS_INQUIRY = [
    "I. Zur Leitung des Hauses",
    "1. Wer leitet das Theater künftig?",
    "II. Auswirkungen der Pandemie auf die Beschäftigten des Hauses",
    "2. Welche Verträge wurden nicht verlängert?",
]


def test_the_askers_heading_of_the_next_section_leads_into_its_question():
    # 2021/0614: the section heading stood at the end of the answer before
    body = _compose(SECTIONS_INQUIRY, [
        "1. Wer leitet das Theater künftig?", "", "Ein Team aus drei Personen.", "",
        "Auswirkungen der Pandemie auf die Beschäftigten des Hauses", "",
        "2. Welche Verträge wurden nicht verlängert?", "", "Keine."])
    parsed = parse_inquiry(body)
    assert _answers(parsed) == ["Ein Team aus drei Personen.", "Keine."]
    assert parsed.questions[1].context == "Auswirkungen der Pandemie auf die Beschäftigten des Hauses"
    assert parsed.issues == []


def test_answer_text_after_the_askers_heading_is_not_settled():
    # 2020/0510: heading, then the administration's remark on the section, then its questions
    body = _compose(SECTIONS_INQUIRY, [
        "1. Wer leitet das Theater künftig?", "", "Ein Team aus drei Personen.", "",
        "Auswirkungen der Pandemie auf die Beschäftigten des Hauses", "",
        "Hierzu hat die Verwaltung das Theater befragt.", "",
        "2. Welche Verträge wurden nicht verlängert?", "", "Keine."])
    parsed = parse_inquiry(body)
    assert "Pandemie" not in _answers(parsed)[0]
    assert any("answer text follows the askers' words" in issue.reason for issue in parsed.issues)


LETTERED_REASONS_INQUIRY = (
    "A. Die neuen Bahnen sind breiter als die alten Bahnen der Linie. Wer hat den Umbau der Bahnsteige geplant? "
    "B. Das Ausfahren der Trittstufen dauert an jedem Halt fünfzehn Sekunden. Wie hoch ist der Zeitverlust "
    "pro Fahrt? C. Bei zwanzig Halten pro Umlauf ergibt das fünf Minuten Verlust pro Umlauf. Welche Kosten "
    "entstehen dadurch im Jahr?")


def test_the_askers_lettered_context_between_two_questions_answers_neither():
    # 2014/0081: "D. Bei angenommen 20 Halten …" (the askers' reasons for question 4) stood
    # as the answer to question 3, which the document answers together with 4
    paragraphs = askers_words.set_apart_askers_words([
        "1. Wer hat den Umbau der Bahnsteige geplant?", "Das Tiefbauamt.",
        "B. Das Ausfahren der Trittstufen dauert an jedem Halt fünfzehn Sekunden.",
        "2. Wie hoch ist der Zeitverlust pro Fahrt?",
        "C. Bei zwanzig Halten pro Umlauf ergibt das fünf Minuten Verlust pro Umlauf.",
        "3. Welche Kosten entstehen dadurch im Jahr?", "Die Türen schließen schneller als gedacht."],
        LETTERED_REASONS_INQUIRY)
    assert paragraphs[2] == "> Fragesteller: B. Das Ausfahren der Trittstufen dauert an jedem Halt fünfzehn Sekunden."
    parsed = parse_inquiry("\n\n".join(paragraphs) + "\n")
    assert _answers(parsed) == ["Das Tiefbauamt.", None, "Die Türen schließen schneller als gedacht."]
    assert parsed.questions[2].context.startswith("C. Bei zwanzig Halten")
    assert any("no answer found for question 2" in issue.reason for issue in parsed.issues)


# -- guards ---------------------------------------------------------------------------------

INQUIRY = ("Stadträtin Anna Beispiel (XYZ) Stadtrat Bernd Muster (XYZ) "
           "1. Wie viele Kitas gibt es in der Stadt? Sachverhalt und Begründung "
           "2. Laut Presse will die Stadt dreißig Millionen Euro für neue Kitas aufbringen: "
           "a) Woher kommt das Geld? Ist diese Vorgehensweise auch in anderen Bereichen des städt. Haushalts üblich?")


def _set_apart(paragraphs: list[str]) -> list[str]:
    return askers_words.set_apart_askers_words(paragraphs, INQUIRY, "Wie viele Kitas gibt es in der Stadt?")


def test_a_paragraph_labelled_as_the_questions_are_is_left_to_the_walker():
    # "2. Laut Presse … aufbringen:" is question 2's lead-in, not words to set apart
    paragraphs = ["1. Wie viele Kitas gibt es in der Stadt?", "Es sind 200.",
                  "2\\. Laut Presse will die Stadt dreißig Millionen Euro für neue Kitas aufbringen:",
                  "a) Woher kommt das Geld?", "Aus dem Haushalt."]
    assert _set_apart(paragraphs) == paragraphs


def test_short_phrases_and_the_inquirys_header_are_not_taken_for_the_askers_words():
    paragraphs = ["1. Wie viele Kitas gibt es in der Stadt?", "Es sind 200.", "Sachverhalt und Begründung",
                  "Stadträtin Anna Beispiel (XYZ) Stadtrat Bernd Muster (XYZ)", "Weitere Kitas sind geplant."]
    assert _set_apart(paragraphs) == paragraphs


def test_only_a_question_mark_ends_the_askers_sentences_inside_a_paragraph():
    # "… des städt." is no end of their sentence; the question is cut after its "?"
    words, rest = askers_words.askers_lead(
        "Ist diese Vorgehensweise auch in anderen Bereichen des städt. Haushalts üblich? Nein, nur hier.",
        askers_words.letters(INQUIRY))
    assert (words, rest) == ("Ist diese Vorgehensweise auch in anderen Bereichen des städt. Haushalts üblich?",
                             "Nein, nur hier.")


def test_the_askers_question_right_after_a_question_is_left_as_it_was():
    paragraphs = ["1. Wie viele Kitas gibt es in der Stadt?",
                  "Ist diese Vorgehensweise auch in anderen Bereichen des städt. Haushalts üblich? Nein."]
    assert _set_apart(paragraphs) == paragraphs


def test_a_quote_of_the_askers_that_asks_is_no_question_of_the_document():
    assert layouts.quoted_question("blockquote", "> Fragesteller: Und seit wann geschieht das?") is None
    assert layouts.quoted_question("blockquote", "> Und seit wann geschieht das?") == "Und seit wann geschieht das?"


def test_the_askers_words_inside_an_undivided_answer_stay_out_of_it_without_a_doubt():
    markdown = ("1. Wie viele Kitas gibt es?\n\n2. Wie viele sind geplant?\n\n## Stellungnahme\n\n"
                "> Fragesteller: Die Stadt wächst seit Jahren schneller als geplant.\n\n"
                "Es gibt 200 Kitas; zehn weitere sind geplant.\n")
    parsed = parse_inquiry(markdown)
    assert _answers(parsed) == ["Es gibt 200 Kitas; zehn weitere sind geplant."] * 2
    assert parsed.issues == []


def test_the_askers_words_carrying_the_next_label_are_a_doubt():
    # 2023/0242: "b) Bisher wurden …" (question 2b split by extraction) after answer 2a
    markdown = ("2. a) Welche Auswirkungen hat die Pflicht?\n\nKeine großen.\n\n"
                "> Fragesteller: b) Bisher wurden Anschlüsse mit dem Querschnitt der Leitung begründet.\n\n"
                "> c) Wie lange dauert der Austausch?\n\nZwei Jahre.\n")
    parsed = parse_inquiry(markdown)
    assert _answers(parsed)[0] == "Keine großen."
    assert any("carry the next question's label" in issue.reason for issue in parsed.issues)


def test_an_answer_divided_by_its_questions_own_sentences_keeps_them_no_doubt():
    # 2021/0122: one question of two sentences, each repeated in the answer and answered after it
    inquiry = ["1. Weshalb wurden die Poller an der Einfahrt zum Schulhof entfernt? "
               "Wann werden neue Poller an der Einfahrt aufgestellt?"]
    body = _compose(inquiry, [
        inquiry[0], "",
        "Weshalb wurden die Poller an der Einfahrt zum Schulhof entfernt? Sie waren beschädigt.", "",
        "Wann werden neue Poller an der Einfahrt aufgestellt? Im Frühjahr."])
    assert "Fragesteller" not in body
    parsed = parse_inquiry(body)
    assert parsed.issues == [] and len(parsed.questions) == 1


def test_the_askers_letter_item_read_as_a_sub_question_is_not_quoted_as_their_words():
    # 2025/0693: "b) Verteilung von Faltblättern …" asks nothing by itself; the importer keeps it labelled
    paragraphs = ["1. Welche Maßnahmen plant die Stadt im Hinblick auf:", "a) Trinkbrunnen in allen Stadtteilen",
                  "Es kommen zwölf hinzu.", "b) Verteilung von Faltblättern über Hitze in vielen Sprachen",
                  "Die Faltblätter liegen aus."]
    inquiry = ("1. Welche Maßnahmen plant die Stadt im Hinblick auf: a) Trinkbrunnen in allen Stadtteilen "
               "b) Verteilung von Faltblättern über Hitze in vielen Sprachen")
    lead = "Welche Maßnahmen plant die Stadt im Hinblick auf:"
    quoted = askers_words.set_apart_askers_words(paragraphs, inquiry, lead)
    assert "> Fragesteller: b) Verteilung von Faltblättern über Hitze in vielen Sprachen" in quoted
    kept = askers_words.set_apart_askers_words(paragraphs, inquiry, lead, is_item=lambda p: p.startswith("b) "))
    assert "b) Verteilung von Faltblättern über Hitze in vielen Sprachen" in kept


def test_the_askers_numbered_items_of_one_request_inside_its_answer_are_a_doubt_not_answer_text():
    # 2022/2345: one request leading into items 1.–3., repeated one by one with their answers;
    # the escaped items "2\. …" are text for the walker, and they are the askers' words
    inquiry = ["1. Die Stadt wird um Auskunft gebeten, wie bei einem langen Stromausfall in den Heimen",
               "1. die Versorgung der Bewohnerinnen und Bewohner mit Medikamenten gesichert ist,",
               "2. sichergestellt ist, dass die Pflegekräfte die Einrichtung überhaupt erreichen können,",
               "3. die Heizung und die Beleuchtung in allen Räumen der Einrichtung gewährleistet ist."]
    body = _compose(inquiry, [*inquiry[:2], "", "Die Heime halten Vorräte für zwei Wochen.", "", inquiry[2], "",
                              "Das liegt bei den Beschäftigten.", "", inquiry[3], "", "Notstrom ist vorhanden."])
    parsed = parse_inquiry(body)
    assert not any("sichergestellt ist, dass die Pflegekräfte" in a.text for a in parsed.answers)
    assert parsed.issues


def test_the_askers_list_marks_do_not_hide_their_words():
    # 2025/0324: "o Für Kitas gelten …" in the inquiry, "Für Kitas gelten …" repeated in the answer document
    inquiry = "1. Messungen o Wie warm war es in den Räumen? 2. Bewertung o Für Kitas gelten laut Regelwerk " \
              "folgende Richtwerte für den Sommer: o Wie werden die Werte bewertet?"
    paragraphs = ["1. Wie warm war es in den Räumen?", "Bis zu 29 Grad.",
                  "2\\. Bewertung Für Kitas gelten laut Regelwerk folgende Richtwerte für den Sommer:",
                  "Die Werte gelten im Winter."]
    out = askers_words.set_apart_askers_words(paragraphs, inquiry, "Wie warm war es in den Räumen?")
    assert out[2] == "> Fragesteller: 2. Bewertung Für Kitas gelten laut Regelwerk folgende Richtwerte für den Sommer:"


WATER_INQUIRY = [
    "1. Wasserversorgung der Stadt in trockenen Sommern:",
    "- Wie sicher ist die Versorgung mit Trinkwasser in den kommenden Jahrzehnten?",
    "- Welche Rolle spielt die Nutzung von Regenwasser für die Bewässerung städtischer Grünflächen?",
    "Wie viel Trinkwasser spart die Stadt damit im Jahr ein?",
    "2. Gibt es ein Förderprogramm der Stadt für private Zisternen und Regentonnen?",
]


def test_the_askers_next_item_after_an_answer_is_a_question_answered_by_the_text_after_it():
    # 2023/0472: the document answers the items of question 1 in turn, repeating each
    # ("- Welchen Stellenwert …?") after the answer to the one before; a later sentence of the
    # item, repeated inside its answer, is the item's own
    body = _compose(WATER_INQUIRY, [
        "1. Wasserversorgung der Stadt in trockenen Sommern:",
        "- Wie sicher ist die Versorgung mit Trinkwasser in den kommenden Jahrzehnten?", "",
        "Die Versorgung ist auf lange Sicht gesichert.", "",
        "- Welche Rolle spielt die Nutzung von Regenwasser für die Bewässerung städtischer Grünflächen?", "",
        "Regenwasser wird bisher in zwei Parks genutzt.",
        "Wie viel Trinkwasser spart die Stadt damit im Jahr ein?",
        "Es sind etwa 3.000 Kubikmeter.", "",
        "2. Gibt es ein Förderprogramm der Stadt für private Zisternen und Regentonnen?", "", "Nein."])
    assert "> - Welche Rolle spielt die Nutzung von Regenwasser für die Bewässerung städtischer Grünflächen? " \
           "Wie viel Trinkwasser spart die Stadt damit im Jahr ein?" in body
    parsed = parse_inquiry(body)
    assert [q.number for q in parsed.questions] == ["1", "", "2"]
    assert _answers(parsed) == [
        "Die Versorgung ist auf lange Sicht gesichert.",
        "Regenwasser wird bisher in zwei Parks genutzt. Wie viel Trinkwasser spart die Stadt damit im Jahr ein? "
        "Es sind etwa 3.000 Kubikmeter.", "Nein."]
    assert parsed.issues == []


def test_the_askers_item_after_an_item_the_answer_left_out_stays_theirs_and_a_doubt():
    # 2019/0071: the answer repeats the items, but not the one in between ("Klimatische Auswirkungen"
    # heads its answer in other words), and its answer runs on after the last item: which text
    # answers that item is not settled
    inquiry = ["1. Wie bewertet die Verwaltung eine Zone ohne Fahrschein in der ganzen Innenstadt?",
               "- Gewinnt die Innenstadt dadurch an Ansehen bei ihren Besuchern aus dem Umland?",
               "- Auswirkungen auf das Klima in der Stadt",
               "- Wie hoch wären die Einnahmeausfälle des Verkehrsverbunds in einem Jahr?"]
    body = _compose(inquiry, [
        "1. Wie bewertet die Verwaltung eine Zone ohne Fahrschein in der ganzen Innenstadt?",
        "- Gewinnt die Innenstadt dadurch an Ansehen bei ihren Besuchern aus dem Umland?", "",
        "Bei manchen Besuchern gewiss.", "", "Wirkung auf das Klima", "", "Gering.", "",
        "- Wie hoch wären die Einnahmeausfälle des Verkehrsverbunds in einem Jahr?",
        "Rund eine Million Euro."])
    assert "> Fragesteller: - Wie hoch wären die Einnahmeausfälle" in body
    parsed = parse_inquiry(body)
    assert any("askers' question stands after an answer" in issue.reason for issue in parsed.issues)


def test_the_administrations_remark_on_the_askers_next_part_leads_into_its_questions():
    # 2020/0510: "> Fragesteller: Teil II: …" after answer 2, then "Zu Teil II liegen … keine
    # Angaben vor. …": the remark speaks of the part that opens, not of question 2
    parsed = parse_inquiry("1. Wie viele Anträge gab es?\n\nElf.\n\n2. Wie viele wurden bewilligt?\n\nNeun.\n\n"
                           "> Fragesteller: Teil II: Fragen zu den Beratungsstellen\n\n"
                           "Zu Teil II liegen der Verwaltung keine eigenen Zahlen vor. Die Angaben stammen von den Stellen.\n\n"
                           "3. Wie viele Frauen wurden beraten?\n\nEs waren 120.\n")
    assert _answers(parsed) == ["Elf.", "Neun.", "Es waren 120."]
    assert "Zu Teil II liegen" in parsed.questions[2].context
    assert parsed.issues == []


def test_text_after_the_askers_part_heading_that_does_not_name_the_part_is_still_a_doubt():
    parsed = parse_inquiry("1. Wie viele Anträge gab es?\n\nElf.\n\n> Fragesteller: Teil II: Fragen zu den Stellen\n\n"
                           "Zwei weitere Anträge wurden später zurückgezogen.\n\n"
                           "2. Wie viele Frauen wurden beraten?\n\nEs waren 120.\n")
    assert any("answer text follows the askers' words" in issue.reason for issue in parsed.issues)


LANDFILL_INQUIRY = [
    "Die Fraktion bittet die Verwaltung darum zu prüfen:",
    "• Ob der alte Steinbruch bereits untersucht ist? Mit welchem Ergebnis?",
    "• Ob regelmäßig gemessen wird; wenn ja, was? (Sickerwasser Bodenluft Staub)",
    "• Ob sich der Boden setzt und ob Einflüsse auf den Bach festzustellen sind oder waren.",
    "• Des Weiteren ist im Rahmen dieser Fragen zu prüfen ob der Steinbruch nicht verfüllt werden muss.",
]


def _landfill_answer(third_item: str) -> list[str]:
    return ["Ob der alte Steinbruch bereits untersucht ist? Mit welchem Ergebnis?", "",
            "Er ist seit 1990 im Kataster erfasst. Gefahren wurden nicht gefunden.", "",
            "Ob regelmäßig gemessen wird; wenn ja, was? (Sickerwasser, Bodenluft, Staub)", "",
            "Weitere Messungen waren nicht nötig.", "", third_item, "",
            "Setzungen wurden bis 1995 beobachtet, der Bach blieb unbelastet.", "",
            "Des Weiteren ist im Rahmen dieser Fragen zu prüfen, ob der Steinbruch nicht verfüllt werden muss.", "",
            "Eine Verfüllung ist derzeit nicht erforderlich."]


def test_the_askers_items_that_do_not_end_in_a_question_mark_are_answered_in_turn():
    # 2021/0502: four listed items repeated one by one, each followed by its answer; the second
    # has the askers' bracket after its "?", the third is an indirect question ("Ob …."), the
    # fourth a request to check whether: each is the askers' next item, marked as their request
    body = _compose(LANDFILL_INQUIRY, _landfill_answer(
        "Ob sich der Boden setzt und ob Einflüsse auf den Bach festzustellen sind oder waren."))
    assert "> Ersuchen: Ob regelmäßig gemessen wird; wenn ja, was? (Sickerwasser, Bodenluft, Staub)" in body
    assert "> Ersuchen: Ob sich der Boden setzt und ob Einflüsse auf den Bach festzustellen sind oder waren." in body
    parsed = parse_inquiry(body)
    assert [q.text[:20] for q in parsed.questions] == ["Ob der alte Steinbru", "Ob regelmäßig gemess",
                                                       "Ob sich der Boden se", "Des Weiteren ist im "]
    assert _answers(parsed) == ["Er ist seit 1990 im Kataster erfasst. Gefahren wurden nicht gefunden.",
                                "Weitere Messungen waren nicht nötig.",
                                "Setzungen wurden bis 1995 beobachtet, der Bach blieb unbelastet.",
                                "Eine Verfüllung ist derzeit nicht erforderlich."]
    assert parsed.issues == []


def test_an_item_of_the_askers_that_asks_nothing_stays_their_words_and_a_doubt():
    # their remark standing between two items in the inquiry is no item: not read as a question
    inquiry = [*LANDFILL_INQUIRY[:3], "• Der Bach führt im Sommer kaum noch Wasser und ist schon fast versiegt.",
               LANDFILL_INQUIRY[4]]
    body = _compose(inquiry, _landfill_answer(
        "Der Bach führt im Sommer kaum noch Wasser und ist schon fast versiegt."))
    assert "> Fragesteller: Der Bach führt" in body and "> Ersuchen: Der Bach" not in body
    assert parse_inquiry(body).issues


def test_an_item_that_is_not_the_next_one_in_the_inquiry_is_not_answered_in_turn():
    # the third item repeated after the first item's answer: the second is left out in between,
    # so which text answers what is not settled
    paragraphs = ["> Ob der alte Steinbruch bereits untersucht ist? Mit welchem Ergebnis?", "Er ist erfasst.",
                  "Ob sich der Boden setzt und ob Einflüsse auf den Bach festzustellen sind oder waren.",
                  "Setzungen wurden beobachtet."]
    out = askers_words.set_apart_askers_words(paragraphs, " ".join(LANDFILL_INQUIRY), LANDFILL_INQUIRY[1][2:])
    assert out[2].startswith("> Fragesteller: Ob") and not any(p.startswith("> Ersuchen:") for p in out)


def test_an_item_followed_by_more_of_the_askers_words_is_not_answered_in_turn():
    paragraphs = ["> Ob der alte Steinbruch bereits untersucht ist? Mit welchem Ergebnis?", "Er ist erfasst.",
                  "Ob regelmäßig gemessen wird; wenn ja, was? (Sickerwasser, Bodenluft, Staub)",
                  "Ob sich der Boden setzt und ob Einflüsse auf den Bach festzustellen sind oder waren.",
                  "Setzungen wurden beobachtet."]
    out = askers_words.set_apart_askers_words(paragraphs, " ".join(LANDFILL_INQUIRY), LANDFILL_INQUIRY[1][2:])
    assert out[2].startswith("> Fragesteller: Ob") and not any(p.startswith("> Ersuchen:") for p in out)


COSTS_INQUIRY = [
    "1) Welche Kosten entstehen der Stadt aus den Aufgaben, die das Land ihr überträgt?",
    "Dargestellt für Zuwächse über 200.000 Euro in den Jahren 2019 bis 2023 im Bereich:",
    "i) Schulbau", "ii) Kinderbetreuung", "(1) zusätzlich: Ganztagsbetreuung", "iii) Andere Bereiche (z.B. Sport)",
    "Welchen Teil davon trägt die Stadt und welchen das Land?",
    "2) Welche neuen Vorschriften haben die Ausgaben am stärksten erhöht?",
]


def _costs_answer(areas: list[str]) -> list[str]:
    return ["1) Welche Kosten entstehen der Stadt aus den Aufgaben, die das Land ihr überträgt? "
            "Dargestellt für Zuwächse über 200.000 Euro in den Jahren 2019 bis 2023 im Bereich:", "",
            "Vorbemerkung: Die Zahlen sind nur zum Teil nach Bereichen getrennt erfasst.", "",
            *areas,
            "Welchen Teil davon trägt die Stadt", "und welchen das Land?", "Siehe die Antworten zu 1) oben.", "",
            "2) Welche neuen Vorschriften haben die Ausgaben am stärksten erhöht?", "",
            "Vor allem die Regeln zum Arbeitsschutz."]


def test_the_askers_closing_question_after_their_announced_items_is_answered_in_turn():
    # 2016/0384: "…? Dargestellt … im Bereich:" / areas i)–vi) / "Welchen finanziellen Beitrag …?";
    # the answer repeats the areas one by one, then the closing question, answered by a reference
    body = _compose(COSTS_INQUIRY, _costs_answer([
        "I) Schulbau Die Ausgaben stiegen um 1,2 Mio. Euro.", "",
        "II) Kinderbetreuung 1. zusätzlich: Ganztagsbetreuung Hier stiegen sie um 3 Mio. Euro.", "",
        "III) Andere Bereiche (z. B. Sport) Keine Zuwächse über dem Betrag.", ""]))
    assert "> Welchen Teil davon trägt die Stadt und welchen das Land?" in body.split("\n\n")
    parsed = parse_inquiry(body)
    assert parsed.questions[0].text.endswith("im Bereich:")
    assert [q.number for q in parsed.questions] == ["1", "", "2"]
    answers = _answers(parsed)
    assert answers[0].startswith("Vorbemerkung:") and answers[0].endswith("Keine Zuwächse über dem Betrag.")
    assert answers[1:] == ["Siehe die Antworten zu 1) oben.", "Vor allem die Regeln zum Arbeitsschutz."]
    assert parsed.issues == []


def test_the_closing_question_stays_a_doubt_when_an_announced_item_is_not_repeated():
    # the answer skips the area "Kinderbetreuung": the text after the closing question might be
    # answering it, so the closing question stays the askers' words, and a doubt
    body = _compose(COSTS_INQUIRY, _costs_answer([
        "I) Schulbau Die Ausgaben stiegen um 1,2 Mio. Euro.", "",
        "III) Andere Bereiche (z. B. Sport) Keine Zuwächse über dem Betrag.", ""]))
    assert "> Fragesteller: Welchen Teil davon trägt die Stadt und welchen das Land?" in body.split("\n\n")
    assert any("stands after an answer" in issue.reason for issue in parse_inquiry(body).issues)


ROOMS_INQUIRY = [
    "Laut dem Elternbeirat wurden 2024 in der Schule Temperaturen gemessen. Wir bitten um die Beantwortung "
    "folgender Fragen:", "",
    "1. Messwerte", "",
    "o Welche Temperaturen wurden in den Gruppenräumen gemessen?", "",
    "o Gab es Unterschiede zwischen dem Erdgeschoss und dem Obergeschoss?", "",
    "2. Einordnung der Messwerte", "",
    "o Für Schulräume gelten laut Richtlinie 7-11 des Landes folgende Empfehlungen:",
    "• in Klassenzimmern 20 °C", "• in Turnhallen 17 °C.",
    "Bei mehr als 26 °C im Freien sollen weitere Schritte unternommen werden.", "",
    "o Wie werden die gemessenen Werte im Vergleich zu diesen Empfehlungen eingeordnet?", "",
    "3. Abhilfe und Kühlung", "",
    "o Welche Schritte werden unternommen, um zu hohe Temperaturen zu vermeiden?", "",
    "Für die Fraktionen im Ortschaftsrat",
]


def _rooms_answer(remark: str, answer: str = "Sie liegen im üblichen Rahmen für Gebäude dieses Alters.") -> list[str]:
    return ["1. Messwerte", "Welche Temperaturen wurden in den Gruppenräumen gemessen?",
            "Es wurden bis zu 29 °C gemessen.",
            "Gab es Unterschiede zwischen dem Erdgeschoss und dem Obergeschoss?",
            "Oben war es um zwei Grad wärmer.", "",
            "2. Einordnung der Messwerte",
            "Für Schulräume gelten laut Richtlinie 7-11 des Landes folgende Empfehlungen:",
            "• in Klassenzimmern 20 °C", "• in Turnhallen 17 °C.",
            "Bei mehr als 26 °C im Freien sollen weitere Schritte unternommen werden.",
            remark,
            "Wie werden die gemessenen Werte im Vergleich zu diesen Empfehlungen eingeordnet?",
            answer, "",
            "3. Abhilfe und Kühlung",
            "Welche Schritte werden unternommen, um zu hohe Temperaturen zu vermeiden?",
            "Der Sonnenschutz wird erneuert."]


def _compose_guided(inquiry_lines: list[str], answer_lines: list[str]) -> str:
    """As the OParl import composes: the inquiry's questions numbered as the answer asks them."""
    expected = inquiry_reading.inquiry_questions(inquiry_lines)
    expected = inquiry_reading.as_answer_numbers(expected, inquiry_lines, answer_lines)
    return documents.compose_body(cleanup.clean_lines("\n".join(answer_lines)), expected, " ".join(inquiry_lines))[0]


WINTER_REMARK = ("Die in der Anfrage genannten Empfehlungen gelten nur für die Heizperiode im Winter. Für den "
                 "Sommer verweist die Richtlinie auf die Norm LSR 4.2, die erst 35 °C als Grenze nennt.")


def test_the_administrations_remark_run_into_the_askers_section_opens_the_answer_that_goes_on_from_it():
    # 2025/0324: the askers' section 2 with its list, and the administration's remark on it
    # ("Die in der Anfrage angeführten … gelten für den Heizfall … ASR A3.5 …") in one paragraph:
    # the askers' words end where the inquiry's text does. The answer after the next question
    # goes on from the remark ("… ist neben dem Bezug auf die ASR A3.5 …"): the remark opens it
    answer = "Neben dem Bezug auf die LSR 4.2 ist der Vergleich mit der Außentemperatur aussagekräftiger."
    body = _compose_guided(ROOMS_INQUIRY, _rooms_answer(WINTER_REMARK, answer))
    paragraphs = body.split("\n\n")
    assert any(p.startswith("> Fragesteller: 2. Einordnung der Messwerte") and p.endswith("unternommen werden.")
               for p in paragraphs)
    assert WINTER_REMARK in paragraphs
    assert "> Fragesteller: 3. Abhilfe und Kühlung" in paragraphs
    parsed = parse_inquiry(body)
    assert _answers(parsed) == ["Es wurden bis zu 29 °C gemessen.", "Oben war es um zwei Grad wärmer.",
                                f"{WINTER_REMARK}\n\n{answer}", "Der Sonnenschutz wird erneuert."]
    assert parsed.questions[2].context.startswith("2. Einordnung der Messwerte")
    assert "Heizperiode" not in parsed.questions[2].context and "Abhilfe" in parsed.questions[3].context
    assert parsed.issues == []


def test_the_administrations_remark_the_answer_does_not_go_on_from_stays_context_and_a_doubt():
    # the answer does not take up what the remark says: whether the remark opens it is not
    # settled (kept as read, before the question), so the paper is not counted complete
    parsed = parse_inquiry(_compose_guided(ROOMS_INQUIRY, _rooms_answer(WINTER_REMARK)))
    assert _answers(parsed)[2] == "Sie liegen im üblichen Rahmen für Gebäude dieses Alters."
    assert "Heizperiode" in parsed.questions[2].context
    assert [issue.field for issue in parsed.issues] == ["answers"]
    assert "remark on the askers' words" in parsed.issues[0].reason


def test_an_answer_naming_what_the_askers_named_too_does_not_go_on_from_the_remark():
    # "Richtlinie 7-11" is the askers' own reference; naming it proves nothing about the remark
    assert not remark_openings.answer_builds_on_remark(
        "Die in der Anfrage genannten Werte der RL 7-11 gelten im Winter.",
        "Nach RL 7-11 sind die Werte üblich.", "Für Schulräume gelten laut RL 7-11 folgende Empfehlungen: …",
        "Wie werden die gemessenen Werte eingeordnet?")
    assert remark_openings.answer_builds_on_remark(
        "Die in der Anfrage genannten Werte gelten im Winter. Im Sommer gilt die ASR A3.5.",
        "Neben der ASR A3.5 zählt die Außentemperatur. Die ASR A3.5 ist kein Grenzwert.",
        "Für Schulräume gelten folgende Empfehlungen: …", "Wie werden die Werte eingeordnet?")
    # only the answer's first sentence counts: a later mention is no going on from the remark
    assert not remark_openings.answer_builds_on_remark(
        "Die in der Anfrage genannten Werte gelten im Winter. Im Sommer gilt die ASR A3.5.",
        "Die Werte sind üblich. Die ASR A3.5 nennt 35 °C.", "Für Schulräume gelten …", "Wie werden …?")


def test_other_answer_text_after_the_askers_section_stays_a_doubt():
    # text that does not name the inquiry's words may go on with the answer before: not settled,
    # so the paper is not counted complete
    body = _compose_guided(ROOMS_INQUIRY, _rooms_answer("Diese Werte sind uns bekannt und werden beachtet."))
    parsed = parse_inquiry(body)
    assert any("answer text follows the askers' words" in issue.reason for issue in parsed.issues)
