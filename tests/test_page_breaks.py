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
