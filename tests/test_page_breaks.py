"""Page breaks inside a sentence and letterhead footers at a page's end: fixtures written
for the purpose, imitating the layout of extracted letters and inquiries."""

from anfragen.imports import cleanup, inquiry_reading

# An inquiry whose question 2 asks for a yes/no answer and the page ends after "mit": the
# quoted rest ("„ja“ oder „nein“ …") stands on the next page after its page number.
INQUIRY_CUT_BEFORE_A_QUOTE = (
    "Anfrage\n"
    "1. Wie viele Bänke stehen im Stadtgarten?\n"
    "2. Will die Verwaltung künftig jedes Jahr über den Zustand der Bänke berichten? Bitte mit\n"
    "\n-- 1 of 2 --\n\n"
    "– 2 –\n"
    "„ja“ oder „nein“ antworten und im Fall „ja“ den Monat nennen.\n"
    "Begründung\n"
    "Viele Bänke sind alt.\n"
)


def test_a_question_cut_before_a_quotation_on_the_next_page_goes_on_there():
    spans = inquiry_reading.inquiry_questions(cleanup.clean_lines(INQUIRY_CUT_BEFORE_A_QUOTE))
    assert [span.number for span in spans] == ["1.", "2."]
    assert spans[1].text.endswith("Bitte mit „ja“ oder „nein“ antworten und im Fall „ja“ den Monat nennen.")


def test_a_quotation_opening_the_next_page_joins_a_sentence_in_an_answer_too():
    lines = ["Die Stadt plant dazu die Einrichtung eines", cleanup.PAGE_BREAK, "",
             '"Bürgerbüros Nord" im Herbst.']
    assert cleanup.reflow(cleanup.join_sentences_across_pages(lines)) == [
        'Die Stadt plant dazu die Einrichtung eines "Bürgerbüros Nord" im Herbst.']


def test_a_quotation_after_a_finished_sentence_starts_a_new_paragraph():
    # guard: the page ended a sentence; a quoted sentence on the next page is a paragraph of its own
    lines = ["Die Stadt plant ein Bürgerbüro.", cleanup.PAGE_BREAK, "", "„Bürgernähe“ ist das Ziel."]
    assert len(cleanup.reflow(cleanup.join_sentences_across_pages(lines))) == 2


def test_a_figure_or_label_after_a_cut_line_still_stays_apart():
    # guard: only a quotation mark followed by a letter joins; "„1“" or a label does not
    for following in ("„1“ steht für hoch.", "a) Wie viele?"):
        lines = ["Die Einstufung lautet", cleanup.PAGE_BREAK, "", following]
        assert len(cleanup.reflow(cleanup.join_sentences_across_pages(lines))) == 2


# A utility's letter answering question 1; its first page ends inside the answer's sentence
# and the extraction put the page's footer (contact column, address, register and bank data)
# there, before a blank line and the sentence's rest. Its slogan stands in the letter's
# head and at the foot of the later pages.
UTILITY_LETTER = (
    "Wasserwerke Musterstadt\n"
    "Klar und sauber, jeden Tag.\n"
    "Wasserwerke Musterstadt GmbH | 12345 Musterstadt\n"
    "Zu 1. Werden die alten Leitungen ersetzt?\n"
    "Antw.: Ja. Im Rahmen der Erneuerung werden vorrangig solche Leitungen, deren Zustand schon\n"
    "schlecht ist oder bald\n"
    "Geschäftsführung Bankverbindung\n"
    "Ansprechpartnerin\n"
    "Erika Beispiel\n"
    "Telefon\n"
    "0123 456-78\n"
    "erika.beispiel@\n"
    "wasserwerke-musterstadt.de\n"
    "Hans Probe (Vorsitzender)\n"
    "Aufsichtsratsvorsitzende\n"
    "IBAN DE00 1234 5678 9012 3456 78\n"
    "BIC MUSTDE11\n"
    "HRB 99999 Musterstadt\n"
    "USt-IdNr. DE000000000\n"
    "Musterstadt\n"
    "\n"
    "schlecht sein wird, ersetzt.\n"
    "Klar und sauber, jeden Tag.\n"
    "\n"
    "Zu 2. Wie viele Leitungen sind es?\n"
    "Antw.: Es sind zwölf Leitungen.\n"
    "Mit freundlichen Grüßen\n"
    "i. A. Erika Beispiel\n"
    "Klar und sauber, jeden Tag.\n"
)


def test_a_letterheads_footer_inside_an_answers_sentence_goes_and_the_sentence_is_joined():
    paragraphs = cleanup.reflow(cleanup.clean_lines(UTILITY_LETTER))
    assert paragraphs[0].endswith("Antw.: Ja. Im Rahmen der Erneuerung werden vorrangig solche Leitungen, "
                                  "deren Zustand schon schlecht ist oder bald schlecht sein wird, ersetzt.")
    text = " ".join(paragraphs)
    for letterhead in ("IBAN", "BIC", "HRB", "USt-IdNr.", "Geschäftsführung", "Aufsichtsrat", "0123 456-78"):
        assert letterhead not in text


def test_the_letters_slogan_goes_at_its_pages_feet_and_in_its_head():
    paragraphs = cleanup.reflow(cleanup.clean_lines(UTILITY_LETTER))
    assert not any("Klar und sauber" in paragraph for paragraph in paragraphs)
    assert paragraphs[0].startswith("Wasserwerke Musterstadt Wasserwerke Musterstadt GmbH | 12345 Musterstadt")
    assert paragraphs[1] == ("Zu 2. Wie viele Leitungen sind es? Antw.: Es sind zwölf Leitungen. "
                             "Mit freundlichen Grüßen i. A. Erika Beispiel")


def test_a_transport_companys_footer_at_the_documents_end_goes():
    text = ("Wir bitten um Verständnis, dass keine weitere Fahrt angeboten werden kann.\n"
            "MVB - Musterstädter Verkehrsbetriebe GmbH\n"
            "Hauptstraße 1, D-12345 Musterstadt\n"
            "Postfach 100, D-12300 Musterstadt\n"
            "Vorsitzende der Geschäftsführung: Dr. Anna Muster, Techn. Geschäftsführer: Otto Probe\n"
            "Vorsitzender des Aufsichtsrates: Oberbürgermeister Max Muster\n"
            "Amtsgericht Musterstadt HRB 123456\n"
            "--------------------------------------------------\n")
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Wir bitten um Verständnis, dass keine weitere Fahrt angeboten werden kann."]


def test_answer_sentences_naming_register_data_stay():
    # guard: sentences about a company's register or its managing director are answer text
    text = ("Die Gesellschaft ist beim Amtsgericht Musterstadt unter HRB 4711 eingetragen.\n"
            "Der Geschäftsführer hat die IBAN der Stadt mitgeteilt und das Aufsichtsrat-\n"
            "gremium unterrichtet.\n")
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Die Gesellschaft ist beim Amtsgericht Musterstadt unter HRB 4711 eingetragen. Der Geschäftsführer "
        "hat die IBAN der Stadt mitgeteilt und das Aufsichtsratgremium unterrichtet."]


def test_a_block_without_a_bank_or_register_number_stays():
    # guard: names and addresses alone (a list of contacts) are no letterhead footer
    text = ("Ansprechpartner sind:\n"
            "Geschäftsführung\n"
            "Erika Beispiel\n"
            "Telefon 0123 456-78\n"
            "Aufsichtsrat\n"
            "Hans Probe\n")
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Ansprechpartner sind: Geschäftsführung Erika Beispiel Telefon 0123 456-78 Aufsichtsrat Hans Probe"]


def test_the_signature_and_short_answer_lines_above_a_footer_stay():
    # guard: the footer starts at its first line naming letterhead data; "gerückt." and the
    # signature above it are the answer's and the letter's own words
    text = ("Diese Themen werden stärker als bisher in den Fokus\n"
            "gerückt.\n"
            "Mit freundlichen Grüßen\n"
            "Erika Beispiel\n"
            "Bankverbindung Sparkasse Musterstadt\n"
            "IBAN DE00 1234 5678 9012 3456 78\n"
            "BIC MUSTDE11\n")
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Diese Themen werden stärker als bisher in den Fokus gerückt. Mit freundlichen Grüßen Erika Beispiel"]


def test_a_repeated_paragraph_end_stays_in_a_document_without_a_letterhead_footer():
    # guard: a line ending two paragraphs ("Klar und sauber, jeden Tag.") is only a slogan in a letter with a footer
    text = "Der Plan lautet:\nKlar und sauber, jeden Tag.\n\nDas Motto bleibt:\nKlar und sauber, jeden Tag.\n"
    assert cleanup.reflow(cleanup.clean_lines(text)) == [
        "Der Plan lautet: Klar und sauber, jeden Tag.", "Das Motto bleibt: Klar und sauber, jeden Tag."]
