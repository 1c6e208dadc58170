"""The askers' own text left inside an answer, which no other check sees: their request in
the imperative taken as the answer to the questions before it, and the numbered lead of the
next sub-questions kept at the end of the answer before them. Both are doubts (reading in
session 7: two papers counted complete held such pairs)."""

from __future__ import annotations

import re

from . import layouts
from .model import Inquiry, ParseIssue

# "- Benennen Sie die Vor- und Nachteile …", "Erläutern Sie …": a request addressed to the
# administration ("Sie"), opening with its verb; not the administration's pointer to the reader
# ("Sehen Sie hierzu Anlage 1", "Beachten Sie …", "Entnehmen Sie …")
_IMPERATIVE_REQUEST = re.compile(r"^(?:[-•–]\s*)?(?!(?:Sehen|Beachten|Entnehmen|Vergleichen)\s)"
                                 r"[A-ZÄÖÜ][a-zäöüß]+(?:en|ern|eln)\s+Sie\b")


def check_request_as_answer(inq: Inquiry) -> None:
    """An answer that opens with the askers' request in the imperative ("- Benennen Sie die
    Vor- und Nachteile dieses Vorschlags …"): their item, which the answer document repeats
    as they wrote it, was taken as the answer to the questions before it (it states
    something), while their answer follows later. A doubt, not an answer."""
    for answer in inq.answers:
        text = layouts.unescaped(answer.text.strip())
        if _IMPERATIVE_REQUEST.match(text):
            inq.issues.append(ParseIssue("answers", "answer opens with the askers' request to the administration: "
                                         f"{text[:60]!r}", answer.line))


# "2. 2.) Die drei Anlagen …", "2\\. Hintergrund": a number label (the document's and the
# askers' perhaps both) opening a paragraph
_NUMBER_LABEL = re.compile(r"^(?:(\d{1,2})\\?\.\s+)?(\d{1,2})\\?(?:\.\)|[.)])\s+\S")


def check_lead_of_next_sub_questions(inq: Inquiry, answer_parts: dict[int, list[str]]) -> None:
    """"2. 2.) Die drei Anlagen kämen … auf 26 Mio. kWh …" inside the answer to question 1,
    and the next questions read are 2a and 2b: the paragraph is the askers' item 2, whose
    text leads into its sub-questions (it asks nothing itself, so the walk read no question
    2). Left in answer 1 it would be the administration's words; a doubt instead. (Where the
    document writes every question so, "1. 1.) …?", the walk made it the context of 2a:
    ``numbered_leads``.)"""
    numbers = {q.number for q in inq.questions}
    for index, parts in answer_parts.items():
        later = [q for q in inq.questions if q.line > inq.answers[index].line]
        if not later:
            continue
        following = re.fullmatch(r"(\d{1,2})\.?(?:[a-z]|\.\d{1,2})", later[0].number or "")
        if following is None or following.group(1) in numbers:
            continue
        for part in parts:
            label = _NUMBER_LABEL.match(part.strip())
            if label is not None and label.group(2) == following.group(1) \
                    and label.group(1) in (None, following.group(1)):
                inq.issues.append(ParseIssue("questions", "answer contains the numbered lead of the sub-questions "
                                             f"after it: {part[:60]!r}", inq.answers[index].line))
                break


def check_next_question_start_ending_answer(inq: Inquiry) -> None:
    """"… 1 PIA, 1 FSJ beide unbesetzt" / "5\\. Kommt es aufgrund der aktuellen" ending the
    answer to question 4, then question 5 read as "Personalsituation zu Einschränkungen …?"
    and its answer opening with "betroffen": extraction broke question 5 (a table's row) in
    the middle, so its start stands in the answer before it and its end in its own answer.
    The last paragraph of an answer that opens with the number of the question read right
    after it and stops mid-sentence (no mark at its end) is that doubt."""
    for answer in inq.answers:
        later = [q for q in inq.questions if q.line > answer.line]
        last = layouts.unescaped(answer.text.strip().split("\n\n")[-1].strip())
        label = re.match(r"(\d{1,2})[.)]\s+\S", last)
        if later and label is not None and later[0].number == label.group(1) and re.search(r"[A-Za-zÄÖÜäöüß]$", last):
            inq.issues.append(ParseIssue("questions", "answer ends with the start of the next question, broken off: "
                                         f"{last[:60]!r}", answer.line))
