"""Capital-letter questions ("D. …?") of an answer document that repeats the inquiry's
questions word for word: the pointer it runs onto the question's line, and a letter it
gives twice where the inquiry gives the next one. Pure functions of paragraphs.
"""

from __future__ import annotations

import re

# "E. Sollte … werden? siehe hierzu Antwort zu C.1.": a capital letter's question, then
# the answer's pointer after its "?" (one sentence, nothing asked after it)
_LETTER_QUESTION_POINTER = re.compile(
    r"^(?P<question>[A-Z]\.\s+[^?]+\?)\s+(?P<pointer>(?:[Ss]iehe|[Ss]\.|[Vv]gl\.)\s[^?]{3,80})$", re.S)
# "D. Sollte … werden?" (or quoted by the importer, "> D. …?"): a paragraph that is one capital
# letter's question, nothing after its "?"
_LETTER_QUESTION = re.compile(r"^(?P<quote>> )?(?P<letter>[A-Z])\.\s+(?P<text>\S.*\?)$", re.S)
_LETTER_LABEL = re.compile(r"^(?:> )?([A-Z])\.\s+\S")
MIN_LETTERS = 30  # letters of a question compared with the inquiry's


def split_pointer_after_letter_question(paragraph: str) -> list[str] | None:
    """``[question, pointer]`` for "D. Sollte …? siehe hierzu Antwort zu C.1.": a question
    labelled with a capital letter whose answer is only a pointer, run onto its line by
    extraction; None for anything else (a statement after the "?" stays: which part is the
    askers' is not settled by the layout)."""
    match = _LETTER_QUESTION_POINTER.match(paragraph.strip())
    if match is None or not re.search(r"\b(?:Antwort|Frage|Ziffer|Punkt|Nr\.)", match.group("pointer")):
        return None
    return [match.group("question"), match.group("pointer").strip()]


def _letters(text: str) -> str:
    """Letters and figures only, in lower case: the words as written, without the punctuation
    and spacing that answer documents and extraction change ("fest." / "fest:")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _asked_under(inquiry_text: str, letter: str) -> list[str]:
    """The letters of the inquiry's text after each of its labels ``letter`` ("E. Sollte …")."""
    return [_letters(inquiry_text[m.end():]) for m in re.finditer(rf"(?:^|\s){letter}\.\s+(?=\S)", inquiry_text)]


def with_inquiry_letters(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """"D. Sollte … werden?" after the question "D. Die Firma …?" in an answer document that
    labels no question "E.": the answer document gives a letter twice where the inquiry asks
    these words under the next letter ("E. Sollte … werden?"). The paragraph gets the
    inquiry's letter, which fills the gap. Only where the question's words (their letters,
    ``MIN_LETTERS`` at least) stand right after the inquiry's next label letter for letter,
    not after its label of the same letter, the letter was given to an earlier paragraph
    and the next letter to none."""
    if not inquiry_text:
        return paragraphs
    labels = [m.group(1) if (m := _LETTER_LABEL.match(p.strip())) else None for p in paragraphs]
    out = list(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        match = _LETTER_QUESTION.match(paragraph.strip())
        if match is None or match.group("letter") == "Z":
            continue
        letter, words = match.group("letter"), _letters(match.group("text"))
        following = chr(ord(letter) + 1)
        if len(words) < MIN_LETTERS or letter not in labels[:index] or following in labels:
            continue
        if any(asked.startswith(words) for asked in _asked_under(inquiry_text, letter)):
            continue  # the inquiry asks it under the letter given: no slip
        if any(asked.startswith(words) for asked in _asked_under(inquiry_text, following)):
            out[index] = f"{match.group('quote') or ''}{following}. {match.group('text')}"
            labels[index] = following
    return out
