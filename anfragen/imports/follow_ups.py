"""The askers' follow-up and its answer, run into one paragraph of an answer document.

The inquiry asks "2. Sind Rückstellungen geplant? Wenn ja, in welcher Höhe?" and, as a
paragraph of its own, "Wenn nein, warum nicht?"; the answer document answers "Nein." and
then, in one paragraph, "Wenn nein, warum nicht? Nach dem … sind keine … zulässig.": the
askers' follow-up, repeated, with its answer run in ("- Aus welchem Grund? Für die …" under
a question whose other items the answer repeats each on its own). Left as it is, the
paragraph is a question hidden in the answer (a doubt). ``set_apart_follow_ups`` writes the
follow-up as the question the inquiry asks ("> Wenn nein, warum nicht?", as the importer
writes the askers' questions it finds standing alone) and its answer after it: the parser
then reads the follow-up as the rest of the question just asked (right after it) or as the
askers' next question (after answer text), answered by the text after it.

Only where all of it is settled: the paragraph opens with one asking sentence (no sentence
end before its "?", no label) that is no sentence of the question just asked (the document
dividing its answer by its question's own sentences is the parser's to read,
``checks._after_own_question``), and the text after it starts a statement of the
administration's that the inquiry does not go on with. The sentence must stand in the
inquiry right after the question just asked (or right after the follow-up set apart
before it: "- Vorgespräch …?" / "- Einbürgerungsverfahren …?", each with its answer), letter
for letter and nothing between; anything else there (an item of their own without "?",
"• Klimatische Auswirkungen auf die Stadt", whose answer would then hide in the answer
before) leaves the paragraph as it is. Right after the question, before any answer text,
a condition on it ("Wenn nein: warum nicht?") found anywhere in the inquiry will do: it can
only go on with that question (the document may word the askers' follow-up its own way).
Only after the first question. The functions are pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import layouts
from ..layouts import letters
from .answer_starts import starts_statement
from .askers_words import is_answer_text, is_question
from .questions import in_inquiry, question_letters

# "Wenn nein, warum nicht? Nach dem …", "- Aus welchem Grund? Für die …": one asking sentence
# (perhaps a list item's), then the text run in after it
_FOLLOW_UP = re.compile(r"^(?P<mark>[-–•]\s+)?(?P<question>[A-ZÄÖÜ][^.!?\n]{4,300}\?)\s+(?P<rest>\S.*)$", re.S)
MIN_LETTERS = 12  # letters a follow-up needs to be told apart from generic words
TAIL_LETTERS = 40  # letters of the end of the question just asked looked for in the inquiry
MIN_TAIL = 8  # letters that end must have at least ("- Wie lange?")
ITEM_LETTERS = "abcdefgh"  # the label of an item of the inquiry's between its question and the follow-up
# a condition on the question just asked: "Wenn nein: warum nicht?", "Falls ja, wann?"
_CONDITION = re.compile(r"^(?:[Ww]enn|[Ff]alls)\s+(?:ja|nein|nicht)\b", re.I)


def follow_up_and_answer(paragraph: str, inquiry_text: str, asked: str,
                         right_after: bool = False) -> tuple[str, str] | None:
    """``(follow_up, answer)`` when ``paragraph`` opens with the askers' follow-up of ``asked``
    (the question, or the follow-up, written last; ``right_after``: with no text between)
    and goes on with the administration's answer; None else (see the module docstring)."""
    plain = layouts.unescaped(paragraph.strip())
    match = _FOLLOW_UP.match(plain)
    if match is None or layouts.question_label(plain) is not None:
        return None
    question, rest = match.group("question"), match.group("rest").strip()
    found, inquiry = letters(question), letters(inquiry_text)
    if len(found) < MIN_LETTERS or found in letters(asked):
        return None
    if found not in inquiry and (found := _as_the_inquiry_words_it(question, inquiry_text)) is None:
        return None
    if not (_stands_right_after(asked, found, inquiry) or right_after and _CONDITION.match(question)):
        return None
    if not starts_statement(rest, inquiry_text) or in_inquiry(f"{question} {rest[:40]}", inquiry_text):
        return None  # the inquiry goes on so: the askers' words, not the answer
    return (match.group("mark") or "") + question, rest


def _stands_right_after(asked: str, found: str, inquiry: str) -> bool:
    """Do the letters ``found`` stand in ``inquiry`` (letters) right after the end of ``asked``,
    or after the label of an item the inquiry gives it there ("… verbucht? a. Sind …")?
    ``askers_words.continues`` with two differences on purpose: a short question will do
    (``MIN_TAIL``: "- Wie lange?"), and so will an item's label between."""
    tail = question_letters(asked)[-TAIL_LETTERS:]
    return len(tail) >= MIN_TAIL and (tail + found in inquiry or any(
        f"{tail}{item}{found}" in inquiry for item in ITEM_LETTERS))


_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_ITEM_LABEL = re.compile(r"^[a-h][.)]\s+")


def _as_the_inquiry_words_it(question: str, inquiry_text: str) -> str | None:
    """The letters of the inquiry's asking sentence that ``question`` repeats in slightly other
    words: as many words, all the same but one, and that one only shortened or lengthened
    ("Sind die Kosten …?" for "a. Sind diese Kosten …?"); None where there is no such
    sentence, or more than one."""
    mine = re.findall(r"\w+", question.lower())
    found = set()
    for sentence in _SENTENCE_END.split(inquiry_text):
        sentence = _ITEM_LABEL.sub("", sentence.strip())
        theirs = re.findall(r"\w+", sentence.lower())
        if not sentence.endswith("?") or len(theirs) != len(mine):
            continue
        changed = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
        if len(changed) == 1 and _only_lengthened(*changed[0]):
            found.add(letters(sentence))
    return found.pop() if len(found) == 1 else None


def _only_lengthened(word: str, other: str) -> bool:
    """"die" and "diese": one word the other's start, three letters of it at least."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 3 and long.startswith(short)


def set_apart_follow_ups(paragraphs: list[str], inquiry_text: str,
                         escape: Callable[[str], str] = lambda text: text) -> list[str]:
    """``paragraphs`` (the Markdown body's) with each paragraph that opens with the askers'
    follow-up and goes on with its answer (``follow_up_and_answer``) written as the quoted
    follow-up and the answer (``escape``d) after it; the others as they are."""
    out: list[str] = []
    asked = None  # the question (or follow-up) written last
    for paragraph in paragraphs:
        if is_question(paragraph):
            asked = paragraph
        split = follow_up_and_answer(paragraph, inquiry_text, asked, right_after=bool(out) and out[-1] is asked) \
            if asked is not None and is_answer_text(paragraph) else None
        if split is None:
            out.append(paragraph)
            continue
        follow_up, answer = split
        asked = f"> {follow_up}"
        out += [asked, escape(answer)]
    return out
