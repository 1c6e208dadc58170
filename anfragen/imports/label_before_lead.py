"""The question's number put in front of the askers' lead-in: "1. Auf S. 12 der Umfrage
steht … entsprechen. Ist dies zutreffend?" in the answer document, where the inquiry has
the lead-in as a paragraph of its own and asks "1. Ist dies zutreffend?" after it.

Read as it stands, the numbered paragraph does not start like the inquiry's question 1,
so its number is not followed, and matching the question alone finds it in the middle of
a line ("… entsprechen. Ist" / "dies zutreffend?"). Here the label goes back to the
question and the lead-in stands before it as a paragraph of its own (the askers' words,
which the importer then quotes as theirs). Pure functions of cleaned lines.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from .. import layouts
from .question_spans import NUMBERED_LINE, QuestionSpan, normalise, ordinal, split_sentences

QUESTION_MATCH = 95  # the paragraph's closing sentences against the inquiry's question
MIN_LEAD_LETTERS = 60  # a lead-in shorter than this is no text of the askers' to be sure of


def label_at_question(lines: list[str], expected: list[QuestionSpan], inquiry_text: str) -> list[str]:
    """Lines with each numbered paragraph that is the askers' lead-in followed by the
    inquiry's question of that number split in two: the lead-in without the label, a blank
    line, then the label and the question. Only where the inquiry numbers its questions,
    the question closes the paragraph (its last sentences, ``QUESTION_MATCH``), asks, and
    the lead-in before it stands in the inquiry letter for letter and asks nothing (a "?"
    there is a question of its own, not a lead-in); else kept as is."""
    if not expected or not expected[0].labelled or not inquiry_text:
        return lines
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}
    inquiry_letters = layouts.letters(inquiry_text)
    out: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip():
            end += 1
        if end == index:
            out.append(lines[index])
            index += 1
            continue
        out += _split_paragraph(lines[index:end], by_number, inquiry_letters)
        index = end
    return out


def _split_paragraph(paragraph: list[str], by_number: dict[int, QuestionSpan], inquiry_letters: str) -> list[str]:
    match = NUMBERED_LINE.match(paragraph[0].strip())
    if not match or not match.group(1).isdigit():
        return paragraph
    want = by_number.get(ordinal(match.group(1)))
    if want is None or "?" not in want.text:
        return paragraph
    text = " ".join([match.group(3)] + [line.strip() for line in paragraph[1:]])
    sentences = split_sentences(text)
    for count in range(1, min(3, len(sentences) - 1) + 1):
        question = " ".join(sentences[-count:])
        lead = " ".join(sentences[:-count])
        if fuzz.ratio(normalise(question), normalise(want.text)) < QUESTION_MATCH:
            continue
        lead_letters = layouts.letters(lead)
        # a lead-in that asks ("Lehrkräfte 1.1 Wie viele …?") is no lead-in: questions of its own
        if len(lead_letters) >= MIN_LEAD_LETTERS and lead_letters in inquiry_letters \
                and not layouts.ASKING_SENTENCE.search(lead) and layouts.letters(want.text) not in lead_letters:
            return [lead, "", f"{match.group(1)}{match.group(2) or '.'} {question}"]
        return paragraph
    return paragraph
