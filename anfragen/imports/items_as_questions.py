"""The inquiry's numbered questions, each with "- " items of its own, repeated by the answer
without the numbers: "Wie schätzt die Verwaltung … ein?" / "- Gewinn für die Einkaufsstadt?" /
"- Attraktivität für …?", then the answer. Each item ending in "?" stands on a paragraph of
its own, so the answer's "?" paragraphs, numbered by their position, would make every item a
question of its own and give the numbers wrongly (the inquiry's question 2 read as 1, its first
question, which the answer repeats without a "?" at its end, not read at all). Where every such
paragraph is a part of one of the inquiry's questions, and one question holds two of them or
more, the inquiry's questions found in turn are the questions (``questions.unnumbered_questions``,
which finds each or none)."""

from __future__ import annotations

from rapidfuzz import fuzz

from .question_spans import QuestionSpan, normalise

_SAME = 90  # a paragraph is a part of a question: its words found there, up to a typing slip


def _holding(span: QuestionSpan, expected: list[QuestionSpan]) -> int | None:
    """Index of the inquiry's question whose text holds ``span``'s text, or None."""
    text = normalise(span.text)
    for index, question in enumerate(expected):
        if len(text) <= len(normalise(question.text)) and fuzz.partial_ratio(text, normalise(question.text)) >= _SAME:
            return index
    return None


def items_numbered_as_questions(spans: list[QuestionSpan], expected: list[QuestionSpan]) -> bool:
    """Are ``spans`` (the answer's "?" paragraphs numbered by their position, none labelled by
    the answer) the inquiry's questions and their items? More of them than the inquiry asks,
    each a part of one of its questions, one question holding two or more. Not where a
    paragraph is no part of any question read in the inquiry (a question the inquiry's reading
    missed, "1. Wie viele …?" under "F."; numbers restarting in a second part): then the
    position reading stays."""
    if len(spans) <= len(expected) or any(span.labelled for span in spans):
        return False
    holders = [_holding(span, expected) for span in spans]
    return None not in holders and len(set(holders)) < len(holders)
