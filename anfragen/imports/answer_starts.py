"""Setting the answer apart where an answer document runs it into the numbered question it
repeats ("2. Wie viele Anträge wurden 2022 gestellt? Im Jahr 2022 wurden 41 …"): where the
repetition of the inquiry's question stops and the administration's answer starts.
All functions are pure and work on cleaned lines (see ``cleanup.clean_lines``).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import layouts
from .question_spans import (
    ITEM_NUMBERED_LINE,
    LABEL_LIKE,
    NUMBERED_LINE,
    QuestionSpan,
    ends_sentence,
    is_item_number,
    label_text,
    normalise,
    ordinal,
    question_span,
    split_sentences,
)
from .questions import in_inquiry, numbered_starts

ANSWER_START_MATCH = 90  # partial match of a repeated question with the start of the inquiry's question
GOES_ON_MATCH = 70  # match of the text after a "?" with the rest of the inquiry's question
ANSWER_START_REACH = 12  # lines of a repeated question searched for its end
QUESTION_END = 30  # characters of a question's end compared with where its repetition ends
_LEADING_MARKS = re.compile(r"^[\s?.:!;,)]+")  # what ends the part of a question already asked


def separate_answer_starts(lines: list[str], expected: list[QuestionSpan], inquiry_text: str = "") -> list[str]:
    """Set the answer apart where the answer document runs it into the question it repeats
    ("2. Wie viele Anträge wurden 2022 gestellt?" and, on the same or the next line without
    a blank line, "Im Jahr 2022 wurden 41 …"): a blank line goes right after the "?" (or the
    askers' closing request) where the repeated question stops and the answer starts
    (``answer_starts``). The inquiry's question may say more than the answer document
    repeats (sub-items, a remark of the askers'), which is why only the start of its text
    is matched. Where anything is in doubt the lines are kept as they are."""
    if not expected or not expected[0].labelled:
        return lines
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}
    out = list(lines)
    starts = numbered_starts(lines, expected)
    for position, (index, number, _label) in reversed(list(enumerate(starts))):  # set in move only later lines
        next_start = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        out = _separated_after(out, index, by_number[ordinal(number)].text, inquiry_text, next_start,
                               is_item_number(number))
    return out


def _separated_after(lines: list[str], start: int, question: str, inquiry_text: str,
                     next_start: int | None = None, item: bool = False) -> list[str]:
    """``lines`` with a blank line after the sentence end where the question repeated from
    line ``start`` (its label there) ends and its answer starts; unchanged when there is no
    such place, or when a further label stands in the paragraph after it. The next
    question's repetition (line ``next_start``, read as such in the numbered run) ends that
    paragraph: a document without blank lines runs each answer into the next question."""
    asked = ""
    for index in range(start, min(start + ANSWER_START_REACH, len(lines))):
        line = lines[index].strip()
        if not line or (index > start and _labelled(line)):
            break
        text = label_text(line, item) if index == start else line
        following = _paragraph_after(lines[:next_start], index)
        if any(_labelled(other) for other in following):
            return lines  # a label follows without a blank line: the next question may hang on the answer
        for mark in re.finditer(r"[?.!](?=\s|$)", text):
            cut = len(line) - len(text) + mark.end()
            rest = line[cut:].strip()
            if answer_starts(question, f"{asked} {text[:mark.end()]}", " ".join([rest, *following]), inquiry_text):
                return lines[:index] + [line[:cut], ""] + ([rest] if rest else []) + lines[index + 1:]
        asked = f"{asked} {text}"
    return lines


def _labelled(line: str) -> bool:
    """Does ``line`` open with a question's label ("2.", "b)", "2a.")?"""
    return bool(NUMBERED_LINE.match(line) or ITEM_NUMBERED_LINE.match(line))


def _paragraph_after(lines: list[str], index: int) -> list[str]:
    """The lines of the paragraph after line ``index`` (stripped; up to a blank line)."""
    following = []
    for line in lines[index + 1:]:
        if not line.strip():
            break
        following.append(line.strip())
    return following


def answer_starts(question: str, asked: str, following: str, inquiry_text: str = "") -> bool:
    """Does the administration's answer start with ``following``, right after ``asked`` (an
    answer document's repetition of the inquiry's ``question``, up to the end of a sentence)?
    Only when ``asked`` matches the start of ``question`` strongly, ``following`` starts a
    statement (``starts_statement``) and does not go on the way the rest of ``question``
    does (a further question, the askers' remark or their sub-items, whatever the
    document's own layout of them). A sentence that does not end in "?" ("… Bitte nach
    Jahren aufschlüsseln.") ends the question only where the inquiry ends one too."""
    where = _asked_up_to(question, asked)
    if where is None or not starts_statement(following, inquiry_text):
        return False
    want = normalise(question)
    rest = _LEADING_MARKS.sub("", want[where:])
    if len(rest) < 3:  # all of it asked: ``asked`` must end as ``question`` ends (not "… Mit Datum 23.")
        return fuzz.ratio(normalise(asked)[-QUESTION_END:], want[-QUESTION_END:]) >= ANSWER_START_MATCH
    if not asked.rstrip().endswith("?") and not _ends_sentence_as(asked, want, where):
        return False
    head = normalise(following)
    width = min(len(rest), len(head), 40)
    return fuzz.ratio(head[:width], rest[:width]) < GOES_ON_MATCH


_SENTENCE_END_WORD = re.compile(r"(?<![\w.])([A-Za-zÄÖÜäöüß]{4,})[.!]$")  # "aufschlüsseln.", not "Nr." or "2023."
_LONG_ABBREVIATIONS = {"inkl", "evtl", "bspw", "insb", "zzgl", "bzgl", "abzgl", "allg", "einschl"}


def _ends_sentence_as(asked: str, want: str, where: int) -> bool:
    """Does ``asked`` end a sentence with a word ("… aufschlüsseln.") where the inquiry's
    question (``want``, normalised) ends a sentence too, near character ``where``?"""
    word = _SENTENCE_END_WORD.search(asked.rstrip())
    return bool(word) and word.group(1).lower() not in _LONG_ABBREVIATIONS \
        and bool(re.search(r"[.!?]", want[max(0, where - 2):where + 2]))


def _asked_up_to(question: str, asked: str) -> int | None:
    """How much of the inquiry's ``question`` (in ``normalise``'d characters) the answer
    document's ``asked`` repeats from its start, when they match strongly; else None."""
    want, found = normalise(question), normalise(asked)
    if len(found) < 20:
        return None  # too short to tell
    if len(found) >= len(want):
        return len(want) if fuzz.ratio(found, want) >= ANSWER_START_MATCH else None
    hit = fuzz.partial_ratio_alignment(found, want)
    return hit.dest_end if hit.score >= ANSWER_START_MATCH and hit.dest_start <= 10 else None


def starts_statement(text: str, inquiry_text: str) -> bool:
    """Does ``text`` start as the administration starts an answer: a sentence (a capital or
    a figure, no label, no list item) that asks nothing, is none of the askers' ways of going
    on with a question ("Bitte …", "wenn ja …", "a) …") and is not found in their inquiry?"""
    plain = text.strip()
    if not re.match(r"[A-ZÄÖÜ0-9„\"]", plain) or LABEL_LIKE.match(plain):
        return False
    sentences = split_sentences(plain)
    first = sentences[0] if len(sentences[0]) >= 20 else " ".join(sentences[:2])  # not "Mit Datum 23." alone
    return "?" not in first and not layouts.asks(first) and not layouts.goes_on_as_askers(first) \
        and not in_inquiry(first, inquiry_text)


# "d) …", "2.1. …": the label of a (sub-)question the answer document repeats. Not "- " items: an
# item asking without "?" would stay inside the answer before it, with its own answer
_LABEL_OR_ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}\.\d{1,2}|[a-z][.)]|\d{1,2}\s?[a-z]\))\s+(?=\S)")
_QUESTION_MARK = re.compile(r"\?\)?(?=\s)")  # "… je in 2017?" and "… (besonders im Winter?)"
INQUIRY_QUESTION_REACH = 800  # characters of a paragraph searched for the end of the inquiry's question
SHORTEST_INQUIRY_QUESTION = 15  # characters a question must have to be recognised in the inquiry


def split_at_inquiry_question(paragraph: str, inquiry_text: str) -> list[str]:
    """"a) Ausländerstelle: je in 2012, 2016, 2017? Fehlzeiten 2012: 822 Krankheitstage …",
    "b) Wenn nein, warum nicht? Bei der Dienstbesprechung … wie folgt:", "d) Welche Angebote
    …? Siehe Frage 1 f)": a labelled (sub-)question of the askers and its answer that the PDF
    ran into one paragraph, where the answer does not end a sentence soon (a table, a
    pointer, a lead-in "… wie folgt:"). Split where the text from the label up to a "?"
    stands in the faction's inquiry (``in_inquiry``) and what follows starts a statement of
    the administration's (``starts_statement``) that does not go on the way the inquiry goes on
    after the question. Anything else is returned whole (the parser judges it as it is)."""
    label = _LABEL_OR_ITEM.match(paragraph)
    if not inquiry_text or label is None:
        return [paragraph]
    inquiry = normalise(inquiry_text)
    for mark in _QUESTION_MARK.finditer(paragraph, label.end(), INQUIRY_QUESTION_REACH):
        question, rest = paragraph[label.end():mark.end()].strip(), paragraph[mark.end():].strip()
        if len(question) < SHORTEST_INQUIRY_QUESTION or not in_inquiry(question, inquiry_text) \
                or not starts_statement(rest, inquiry_text) or _goes_on_as_inquiry(question, rest, inquiry):
            continue
        return [paragraph[:mark.end()].strip(), rest]
    return [paragraph]


def _goes_on_as_inquiry(question: str, rest: str, inquiry: str) -> bool:
    """Does ``rest`` go on the way the (normalised) ``inquiry`` goes on right after ``question``?"""
    hit = fuzz.partial_ratio_alignment(normalise(question), inquiry)
    after = _LEADING_MARKS.sub("", inquiry[hit.dest_end:])[:40]
    head = normalise(rest)[:len(after)]
    return bool(after) and fuzz.ratio(head, after) >= GOES_ON_MATCH


def without_answer_lines(lines: list[str], span: QuestionSpan, inquiry_text: str) -> QuestionSpan:
    """``span`` ended at its last line that ends in "?" when the lines after it start the
    administration's answer: "3. Welche Arten … werden eingesetzt? Wird auf Barrierefreiheit
    geachtet?" / "Das Gartenbauamt setzt zwei barrierefreie Trinkbrunnenmodelle ein, die sich
    durch ihre gute" / "Erreichbarkeit … auszeichnen.": the span, matched against an inquiry
    that asks more than the answer document repeats, took in the answer's first line, which
    stops mid-sentence (the sentence goes on on the next line, outside the span). Only when
    that sentence, from its start after the "?" line to its end, starts a statement not found
    in the inquiry (``starts_statement``), and not where sub-items follow a "?" in the span
    (reading the corpus found their answers run in between them); else the span is kept
    as it is."""
    last = lines[span.end - 1].strip()
    if span.end - span.start < 2 or ends_sentence(last) or span.end >= len(lines) or not lines[span.end].strip():
        return span
    for end in range(span.end - 1, span.start, -1):
        if lines[end - 1].rstrip().endswith("?"):
            break
    else:
        return span
    paragraph = _paragraph_after(lines, end - 1)
    if any(_labelled(line) for line in paragraph):
        return span  # a label follows without a blank line: the next question may hang on the answer
    following = " ".join(paragraph)
    if not starts_statement(following, inquiry_text) or not split_sentences(following)[0].rstrip().endswith("."):
        return span
    if is_item_number(span.number):  # "2a.": written "2a)"
        kept = question_span(lines, span.start, end, span.number.rstrip(".)"), ")")
    else:
        label = NUMBERED_LINE.match(lines[span.start].strip())
        kept = question_span(lines, span.start, end, label.group(1), label.group(2) or ".")
    if _unsettled_item(kept.text, inquiry_text) or any(
            starts_statement(part, inquiry_text) for part in re.split(r"\?\s+", kept.text)[1:] if part):
        # "… abdecken? a) nach … Kaiserstraße?", "… a) Gibt es …? Nein. Es gibt …": sub-items
        # after the question, or a statement after a "?" inside the span (answers run in
        # between the sub-items): what the span holds is not settled here
        return span
    return kept


_ITEM_AFTER_MARK = re.compile(r"\?\s+\(?[a-z]\)\s*")  # "…? a) …": a sub-item after a question's "?"


def _unsettled_item(question: str, inquiry_text: str) -> bool:
    """Does a sub-item follow a "?" in ``question`` whose extent is not settled? Settled is
    one item that asks by itself ("… Materials? a) Welche juristischen Folgen hatte dieser
    Vorfall? Gab es einen Rechtsstreit? …?"), the whole span standing in the inquiry: the
    askers' question and its first sub-question, asked before the answer. An item that
    asks nothing ("… abdecken? a) nach Fertigstellung …?") may have its answer run in
    before the next item, so it stays unsettled (reading the corpus found such spans)."""
    items = list(_ITEM_AFTER_MARK.finditer(question))
    if not items:
        return False
    return len(items) > 1 or not layouts.starts_asking(question[items[0].end():]) \
        or not in_inquiry(question, inquiry_text)
