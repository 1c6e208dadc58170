"""The administration's remark on the askers' quoted words, before the question they lead to:
the opening of that question's answer, or a doubt.

"> Fragesteller: 2. Bewertung … Für Kitas gelten laut Regel … folgende Empfehlungen: …" /
"Die in der Anfrage angeführten Empfehlungswerte … gelten für den Heizfall … Die ASR A3.5
gibt zwar vor …" / "3. Wie werden die gemessenen Temperaturen im Vergleich zu diesen
Grenzwerten bewertet?" / "Für die Bewertung … ist neben dem Bezug auf die ASR A3.5 der
Vergleich … zielführender.": the remark states the administration's view on the very values
the question asks about, and the answer goes on from it (it takes up a rule that only the
remark named). The walk keeps the remark as the question's context (``walker``); here it
becomes the opening of the answer where the answer's first sentence takes up a designation
("ASR A3.5", "DIN 4108") that the remark names and neither the askers' words nor the
question do. Anywhere else the remark is the administration's text kept among the askers'
(the question's context): whether it opens the answer is not settled, so the doubt is
recorded. Pure functions, but ``settle`` changes the inquiry it is given."""

from __future__ import annotations

import re

from .model import Inquiry, ParseIssue

# "ASR A3.5", "DIN 4108-2", "VDI 6022": an abbreviation in capitals and a code with a digit
_DESIGNATION = re.compile(r"\b([A-ZÄÖÜ]{2,})[\s-]+([A-Z]?\d+(?:[.-]\d+)*)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")


def designations(text: str) -> set[str]:
    """"… die ASR A3.5 „Raumtemperatur“ …" → {"ASR A3.5"}."""
    return {f"{m.group(1)} {m.group(2)}" for m in _DESIGNATION.finditer(text)}


def first_sentence(text: str) -> str:
    return _SENTENCE_END.split(text.strip(), maxsplit=1)[0]


def answer_builds_on_remark(remark: str, answer: str, askers: str, question: str) -> bool:
    """Does the answer's first sentence take up a designation that only the remark named
    (not the askers' words, not the question)? Then it goes on from the remark."""
    only_remark = designations(remark) - designations(askers) - designations(question)
    return bool(only_remark & designations(first_sentence(answer)))


def settle(inq: Inquiry, remarks: list[tuple[str, int]]) -> None:
    """Each remark (text, line) the walk kept as the last paragraph of a question's context:
    the opening of that question's own answer where the answer builds on it, else a doubt."""
    for remark, line in remarks:
        if not _opens_answer(inq, remark):
            inq.issues.append(ParseIssue("answers", "the administration's remark on the askers' words stands "
                                         f"before a question (whether it opens its answer is not settled): "
                                         f"{remark[:60]!r}", line))


def _opens_answer(inq: Inquiry, remark: str) -> bool:
    """Move ``remark`` from the end of its question's context to the start of the question's
    own answer (shared by no other question) where that answer builds on it. The answer keeps
    its line, after its question: the checks read the questions after an answer's line as
    the ones still to come."""
    for question in inq.questions:
        context = question.context.split("\n\n") if question.context else []
        if not context or context[-1] != remark:
            continue
        if question.answer is None or sum(q.answer == question.answer for q in inq.questions) != 1:
            return False
        answer = inq.answers[question.answer]
        if not answer_builds_on_remark(remark, answer.text, "\n\n".join(context[:-1]), question.text):
            return False
        question.context = "\n\n".join(context[:-1])
        answer.text = f"{remark}\n\n{answer.text}"
        return True
    return False
