"""An answer that says it answers another question too: "… womit wir hoffentlich Ihre Frage
unter Punkt C beantworten konnten." at the end of the answer to A and B. The document names
the question, so it shares that answer (a stated grouping); the parser does not guess it
from the answer's content."""

from __future__ import annotations

import re

from . import layouts
from .model import Inquiry

# "womit wir … Ihre Frage unter Punkt C beantworten konnten", "damit ist auch Frage 3
# beantwortet": a statement that this text answers the named question. Not "… zu beantworten"
# (still to be answered), nor a negation ("nicht", "kein").
_SAYS_IT_ANSWERS = re.compile(
    r"\b(?:[Ww]omit|[Dd]amit|[Ss]omit|[Hh]iermit)\b(?P<between>[^.?!]{0,80}?)\bFrage\s+(?:unter\s+|zu\s+)?"
    r"(?:Punkt\s+|Nr\.\s*|Ziffer\s+)?(?P<label>\d{1,2}|[A-H])\b(?P<after>[^.?!]{0,40}?)\bbeantwort(?:et|en)\b")
_DENIES = re.compile(r"\b(?:nicht|kein\w*|zu)\b")


def questions_named_as_answered(text: str) -> list[str]:
    """The labels of the questions a text says it answers ("… Ihre Frage unter Punkt C
    beantworten konnten" → ["C"])."""
    labels = []
    for match in _SAYS_IT_ANSWERS.finditer(layouts.unescaped(text)):
        if not _DENIES.search(match.group("between") + " " + match.group("after")):
            labels.append(match.group("label"))
    return labels


def share_answers_naming_questions(inq: Inquiry) -> None:
    """A question left without an answer that an answer after it names as answered
    shares that answer: only a question asked before the answer, and only one answer names it."""
    for question in inq.questions:
        if question.answer is not None:
            continue
        naming = [i for i, answer in enumerate(inq.answers)
                  if answer.line > question.line and question.number in questions_named_as_answered(answer.text)]
        if len(naming) == 1:
            question.answer = naming[0]
            inq.answers[naming[0]].grouping = "stated"
