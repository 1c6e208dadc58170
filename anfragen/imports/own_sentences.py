"""A question's own later sentences, repeated in its answer and answered one by one.

The inquiry asks "6. Wie viele Vereine gibt es? Wie viele Mitglieder zählen sie?"; the
answer document repeats only "6. Wie viele Vereine gibt es?", answers it, then repeats
"Wie viele Mitglieder zählen sie?" where a sentence of its text starts and answers that.
The repeated question then holds only the first sentence, and its later
sentences stand inside its answer, where they would be taken for the askers' words after an
answer, or for a question hidden in it. They are the question's own: the question is written
as the inquiry asks it, whole (``with_later_sentences``), and the sentences repeated inside
its answer stay there as written (the parser knows them as the question's, see
``checks._after_own_question``).

Only for the question's running text: sentences that all ask ("?") and carry no list mark or
label of their own (an item "- Und ggf. …?" or "a) …?" may be the question's or the next
one's, which the parser keeps as a doubt). Each later sentence must stand repeated, in the
inquiry's order, where a paragraph or sentence starts in the text between the question and
the next one, answer text before each new group of them and after the last. The functions are pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from rapidfuzz import fuzz

from .. import layouts, rewording
from ..layouts import letters
from .question_spans import QuestionSpan, ordinal

_SENTENCE_BREAK = re.compile(r"(?<=[.?!:])\s+")
# an item's mark or label opening a sentence: "- Und ggf. …?", "• Wie …?", "a) Wie …?", "2. Wie …?"
_ITEM_START = re.compile(r"^(?:[-–•▪o]\s|[a-zA-Z][.)]\s|\d{1,2}[.)]\s)")
SENTENCE_THRESHOLD = 97  # ratio of letters of a repeated sentence with the inquiry's (a typing slip)
MIN_LETTERS = 12  # letters a later sentence needs to be found by them


def asking_sentences(question: str) -> list[str] | None:
    """The sentences of ``question`` when it is made of asking sentences only, else None."""
    text = question.strip()
    sentences = [match.group().strip() for match in layouts.ASKING_SENTENCE.finditer(text)]
    if not sentences or letters("".join(sentences)) != letters(text):
        return None
    return sentences


def later_sentences(found: str, question: str) -> list[str]:
    """The sentences of the inquiry's ``question`` after those the answer document repeated
    as ``found`` (its first sentence or sentences, letter for letter but for a typing slip);
    [] when ``found`` is no such opening, when nothing follows it or when a later sentence is
    an item of its own."""
    sentences = asking_sentences(question)
    if sentences is None:
        return []
    want = letters(found)
    for count in range(1, len(sentences)):
        if same_sentence(want, letters(" ".join(sentences[:count]))):
            rest = sentences[count:]
            if any(_ITEM_START.match(s) or len(letters(s)) < MIN_LETTERS for s in rest):
                return []
            return rest
    return []


def _sentence_starts(paragraphs: list[str]) -> tuple[str, dict[int, str]]:
    """The letters of ``paragraphs`` joined, and the sentences (as written) by the offset in
    them at which each starts: a paragraph or a sentence inside one (after ".", "?", "!" or ":")."""
    starts, text = {}, ""
    for paragraph in paragraphs:
        for sentence in _SENTENCE_BREAK.split(paragraph):
            if letters(sentence):
                starts[len(text)] = sentence
                text += letters(sentence)
    return text, starts


def same_sentence(found: str, sentence: str) -> bool:
    """``found`` (letters) is ``sentence`` (letters) but for a typing slip, with the same figures."""
    return found == sentence or (len(sentence) >= 30 and fuzz.ratio(found, sentence) >= SENTENCE_THRESHOLD
                                 and re.findall(r"\d+", found) == re.findall(r"\d+", sentence))


def _repeated_at(text: str, starts: dict[int, str], at: int, sentence: str) -> int | None:
    """The letters taken by the repetition of the inquiry's ``sentence`` at offset ``at`` of
    ``text``: letter for letter but for a typing slip, or (a sentence starting there) in
    slightly other words (``rewording.reworded``: "… nennen die Kooperationspartner?" for
    "… benennen die Kooperationspartner*innen?"); None where it is not repeated there."""
    want = letters(sentence)
    if same_sentence(text[at:at + len(want)], want):
        return len(want)
    if at in starts and rewording.reworded(starts[at], sentence):
        return len(letters(starts[at]))
    return None


def repeated_one_by_one(paragraphs: list[str], sentences: list[str]) -> bool:
    """Do ``sentences`` stand in ``paragraphs`` (the text after the question, up to the next
    one) in their order, each right after the one before or where a later sentence starts,
    with answer text before the first, between the groups and after the last?"""
    text, starts = _sentence_starts(paragraphs)
    offsets = sorted(starts)
    end = 0
    for position, sentence in enumerate(sentences):
        if position and (taken := _repeated_at(text, starts, end, sentence)) is not None:
            end += taken  # the next sentence of the same group
            continue
        found = next(((s, taken) for s in offsets[bisect_left(offsets, end + 1):]
                      if (taken := _repeated_at(text, starts, s, sentence)) is not None), None)
        if found is None:
            return False
        end = found[0] + found[1]
    return end < len(text)


def with_later_sentences(paragraphs: list[str], expected: list[QuestionSpan],
                         is_question: Callable[[str], bool]) -> list[str]:
    """``paragraphs`` (the Markdown body's) with each question that the answer repeats by its
    first sentence(s) only, and whose later sentences it repeats and answers one by one,
    written whole as the inquiry asks it (see the module docstring). ``is_question`` tells
    the paragraphs the parser reads as questions ("6. Wie …?", "> 6. Wie …?")."""
    out = list(paragraphs)
    asked = [index for index, paragraph in enumerate(out) if is_question(paragraph)]
    for index, following in zip(asked, [*asked[1:], len(out)][:len(asked)], strict=True):
        label = layouts.question_label(layouts.unescaped(out[index].strip().lstrip("> ")))
        want = next((q for q in expected if label is not None and _position(q.number) == _position(label.number)),
                    None)
        rest = later_sentences(label.rest, want.text) if want is not None else []
        if rest and repeated_one_by_one(out[index + 1:following], rest):
            out[index] += " " + " ".join(rest)
    return out


def _position(number: str) -> int | None:
    """The position "3." or "C)" stands for; None for a number of another form ("1.2", "2a")."""
    label = number.rstrip(".)")
    return ordinal(label) if label.isdigit() or len(label) == 1 else None


def with_later_item_sentences(paragraphs: list[str], inquiry_text: str,
                              is_question: Callable[[str], bool]) -> list[str]:
    """``paragraphs`` with each quoted question the document does not number ("> - Welche
    Möglichkeiten …?", an item of the inquiry repeated) written whole as the inquiry asks
    it, where the inquiry goes on after it with asking sentences of the same item ("Welche
    Einsparpotenziale bestehen …?") that the answer repeats and answers one by one (see the
    module docstring)."""
    out = list(paragraphs)
    sentences = [s for s in _SENTENCE_BREAK.split(" ".join(inquiry_text.split())) if letters(s)]
    asked = [index for index, paragraph in enumerate(out) if is_question(paragraph)]
    for index, following in zip(asked, [*asked[1:], len(out)][:len(asked)], strict=True):
        quoted = out[index].strip()
        if not quoted.startswith("> ") or layouts.question_label(layouts.unescaped(quoted[2:])) is not None:
            continue
        rest = _item_sentences_after(letters(quoted), sentences)
        if rest and repeated_one_by_one(out[index + 1:following], rest):
            out[index] += " " + " ".join(rest)
    return out


def _item_sentences_after(question: str, sentences: list[str]) -> list[str]:
    """The sentences of the inquiry (``sentences``) that go on right after the sentences
    whose letters are ``question``: those that ask, up to the next item's mark or label."""
    for start in range(len(sentences)):
        taken = ""
        for end in range(start, len(sentences)):
            taken += letters(sentences[end])
            if not question.startswith(taken):
                break
            if taken == question:
                rest = []
                for sentence in sentences[end + 1:]:
                    if _ITEM_START.match(sentence) or not sentence.endswith("?") or len(letters(sentence)) < MIN_LETTERS:
                        break
                    rest.append(sentence)
                return rest
    return []
