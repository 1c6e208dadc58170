"""The "- " items of the inquiry's one question, which the answer repeats one by one without
the question (``anfragen/imports/bullet_items.py``). Fixtures are invented; they imitate a
layout of the Karlsruhe corpus (2019/0071)."""

from anfragen.imports import bullet_items, cleanup, documents, inquiry_reading
from anfragen.parse import parse_inquiry

ZONE_INQUIRY = [
    "1. Wie bewertet die Verwaltung die Folgen eines kostenlosen Busverkehrs in der Altstadt",
    "zwischen Rathaus und Bahnhof, also ohne die Vororte?", "",
    "• Gewinn an Ansehen für die Altstadt als Einkaufsort?",
    "• Folgen für die Autofahrer und die Gäste der Stadt?",
    "• Wirkungen auf das Stadtklima",
    "• Verluste an Fahrgeld, die den Stadtwerken entstehen?", "",
    "Sachverhalt/Begründung:", "",
    "Wir möchten wissen, was eine solche Zone bewirkt.",
]

ZONE_ANSWER = [
    "Gewinn an Ansehen für die Altstadt als Einkaufsort?", "",
    "Bei Kundinnen und Kunden mit Bus und Rad dürfte das Ansehen steigen.", "",
    "Folgen für die Autofahrer und die Gäste der Stadt?", "",
    "Die meisten Gäste kommen mit dem Auto; für sie ändert sich wenig.", "",
    "Wirkung auf das Stadtklima", "",
    "Weniger Autofahrten senken den Ausstoß; wie stark, wäre zu untersuchen.", "",
    "Verluste an Fahrgeld, die den Stadtwerken entstehen?", "",
    "Geschätzt 1,1 Mio. Euro im Jahr.",
]


def _compose(inquiry_lines: list[str], answer_lines: list[str]) -> tuple[str, str]:
    inquiry = cleanup.clean_lines("\n".join(inquiry_lines))
    expected = inquiry_reading.as_answer_numbers(inquiry_reading.inquiry_questions(inquiry), inquiry, answer_lines)
    return documents.compose_body(answer_lines, expected, " ".join(inquiry))


def test_the_items_of_a_question_the_answer_leaves_out_are_its_sub_questions():
    body, how = _compose(ZONE_INQUIRY, ZONE_ANSWER)
    parsed = parse_inquiry(body)
    assert how == "matched"
    assert [q.number for q in parsed.questions] == ["1a", "1b", "1c", "1d"]
    assert parsed.questions[2].text == "Wirkung auf das Stadtklima"  # no "?": theirs all the same
    assert parsed.questions[0].context.startswith("1. Wie bewertet die Verwaltung die Folgen")
    assert [parsed.answers[q.answer].text for q in parsed.questions] == [
        "Bei Kundinnen und Kunden mit Bus und Rad dürfte das Ansehen steigen.",
        "Die meisten Gäste kommen mit dem Auto; für sie ändert sich wenig.",
        "Weniger Autofahrten senken den Ausstoß; wie stark, wäre zu untersuchen.",
        "Geschätzt 1,1 Mio. Euro im Jahr."]
    assert parsed.issues == []


def test_an_item_the_answer_does_not_repeat_leaves_the_items_unread():
    # all items found or none: with one missing, none is given a sub-number by its place
    answer = ZONE_ANSWER[:8] + ZONE_ANSWER[10:]
    parsed = parse_inquiry(_compose(ZONE_INQUIRY, answer)[0])
    assert not any(q.number.startswith("1") and q.number[1:2].isalpha() for q in parsed.questions)


def test_the_items_stay_the_askers_where_the_answer_repeats_their_question():
    answer = ["1. Wie bewertet die Verwaltung die Folgen eines kostenlosen Busverkehrs in der Altstadt",
              "zwischen Rathaus und Bahnhof, also ohne die Vororte?", ""] + ZONE_ANSWER
    inquiry = cleanup.clean_lines("\n".join(ZONE_INQUIRY))
    spans = inquiry_reading.inquiry_questions(inquiry)
    assert bullet_items.as_items_of_unrepeated_question(spans, inquiry, answer) == spans


def test_a_question_with_items_that_mostly_do_not_ask_keeps_them_as_its_own():
    inquiry = cleanup.clean_lines("\n".join(ZONE_INQUIRY[:3] + ["• Stadtklima", "• Fahrgeld",
                                                                 "• Ansehen der Altstadt?"]))
    spans = inquiry_reading.inquiry_questions(inquiry)
    assert bullet_items.as_items_of_unrepeated_question(spans, inquiry, ZONE_ANSWER) == spans
