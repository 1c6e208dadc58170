"""A question's later sentences, repeated in its answer with the names the administration
gives the bodies the askers name.

The inquiry asks "1. Welche Erfahrungen … mit den Jugendbeteiligungsformen
(Stadtjugendkonferenz und Jugendstadtteilforen) gemacht? Welche Beschlüsse sind auf
Anregungen der Stadtjugendkonferenz und Jugendstadtteilforen zurückzuführen?"; the answer
document repeats the first sentence as "1. … (Jugendkonferenz und Jugendforen) gemacht?",
answers it, then repeats the second as "Welche Beschlüsse sind auf Anregung der
Jugendkonferenz und Jugendforen zurückzuführen?" and answers that. Read alone, the second
sentence would be a question hidden in the answer to question 1 (``own_sentences`` finds
only sentences repeated letter for letter or in slightly other words, ``rewording``).

It is the question's own sentence when the administration renamed the same bodies in the
question's first sentence, which the answer document repeats under the inquiry's label:
there every word stands as the inquiry has it, in the same order, but for compounds it
shortens by leaving out their start or a part inside ("Stadt|jugendkonferenz",
"Jugend|stadtteil|foren"), their last part, which names what they are, kept
(``renamed_words``). A later sentence is the inquiry's with those renames and no others,
but for what ``rewording.reworded`` allows ("Anregung" / "Anregungen"). The question is then
written with its later sentences as the answer document repeats them
(``with_renamed_later_sentences``), so the repetitions inside its answer stand in it letter
for letter (``checks._after_own_question``). Renames not made in the first sentence do not
count: "Raumwünsche" for "Zusatzraumwünsche" in a later sentence alone may be another
question. The functions are pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import layouts, rewording
from .own_sentences import _ITEM_START, _SENTENCE_BREAK, MIN_LETTERS, asking_sentences
from .question_spans import QuestionSpan

MIN_NAME = 8  # letters the shortened compound keeps ("Jugendforen")
MIN_LEFT_OUT = 4  # letters it leaves out ("Stadt", "stadtteil"); fewer are a syllable (``rewording``)
MIN_HEAD = 4  # letters of the compound's last part it must keep ("foren", "konferenz")


def shortened_compound(short: str, long: str) -> bool:
    """Is the noun ``short`` the noun ``long`` with its start or a part inside left out, its
    last part kept ("Jugendkonferenz" / "Stadtjugendkonferenz", "Jugendforen" /
    "Jugendstadtteilforen")?"""
    if not (short[:1].isupper() and long[:1].isupper()):
        return False
    short, long = short.lower(), long.lower()
    if len(short) < MIN_NAME or len(long) - len(short) < MIN_LEFT_OUT:
        return False
    return any(long.startswith(short[:cut]) and long.endswith(short[cut:])
               for cut in range(len(short) - MIN_HEAD + 1))


def renamed_words(mine: str, theirs: str) -> dict[str, str] | None:
    """The compounds ``mine`` (the answer document's repetition) shortens in ``theirs`` (the
    inquiry's sentence), as {their word: my word} in lower case; None unless all other words
    stand as theirs, in the same order, and at least one is shortened so."""
    a, b = re.findall(r"\w+", mine), re.findall(r"\w+", theirs)
    if len(a) != len(b):
        return None
    renames: dict[str, str] = {}
    for word, other in zip(a, b, strict=True):
        if word.lower() == other.lower():
            continue
        if not shortened_compound(word, other) or renames.get(other.lower(), word.lower()) != word.lower():
            return None
        renames[other.lower()] = word.lower()
    return renames or None


def renamed(sentence: str, renames: dict[str, str]) -> str:
    """``sentence`` with each word of ``renames`` written as renamed."""
    return re.sub(r"\w+", lambda word: renames.get(word.group().lower(), word.group()), sentence)


def first_sentences_renamed(found: str, question: str) -> tuple[dict[str, str], list[str]] | None:
    """Where ``found`` (the answer document's repetition of the inquiry's ``question`` under
    its label) is the question's first sentence(s) with shortened compounds: those renames
    and the question's later sentences; None where it is not, or nothing asks after it."""
    sentences, repeated = asking_sentences(question), asking_sentences(found)
    if sentences is None or repeated is None or len(repeated) >= len(sentences):
        return None
    renames: dict[str, str] = {}
    for mine, theirs in zip(repeated, sentences, strict=False):
        words = renamed_words(mine, theirs) if mine != theirs else {}
        if words is None or any(renames.get(key, value) != value for key, value in words.items()):
            return None
        renames |= words
    rest = sentences[len(repeated):]
    if not renames or any(_ITEM_START.match(s) or len(layouts.letters(s)) < MIN_LETTERS for s in rest):
        return None
    return renames, rest


def repeated_renamed(paragraphs: list[str], sentences: list[str], renames: dict[str, str]) -> list[str] | None:
    """The repetitions (as written) of ``sentences`` in ``paragraphs`` (the text after the
    question, up to the next one), each where a paragraph or sentence starts, in their
    order, with ``renames`` (``rewording.reworded`` of the renamed sentence), answer text
    before the first and after the last; None where one is not repeated so."""
    written = [s for paragraph in paragraphs for s in _SENTENCE_BREAK.split(paragraph.strip())
               if layouts.letters(s)]
    found, start = [], 1  # (the first sentence is answer text)
    for sentence in sentences:
        at = next((i for i in range(start, len(written))
                   if rewording.reworded(written[i], renamed(sentence, renames))), None)
        if at is None:
            return None
        found.append(written[at].strip())
        start = at + 1
    return found if start < len(written) else None


def with_renamed_later_sentences(paragraphs: list[str], expected: list[QuestionSpan],
                                 is_question: Callable[[str], bool]) -> list[str]:
    """``paragraphs`` (the Markdown body's) with each question whose first sentence the
    answer repeats with bodies renamed, and whose later sentences it repeats with the same
    renames and answers one by one, written whole as the answer document repeats it (see
    the module docstring). ``is_question`` tells the paragraphs read as questions."""
    out = list(paragraphs)
    asked = [index for index, paragraph in enumerate(out) if is_question(paragraph)]
    by_number = {q.number.rstrip(".)"): q for q in expected if q.labelled}
    for index, following in zip(asked, [*asked[1:], len(out)][:len(asked)], strict=True):
        label = layouts.question_label(layouts.unescaped(out[index].strip().lstrip("> ")))
        want = by_number.get(label.number) if label is not None else None
        settled = first_sentences_renamed(label.rest, want.text) if want is not None else None
        if settled is None:
            continue
        renames, later = settled
        if (found := repeated_renamed(out[index + 1:following], later, renames)) is not None:
            out[index] += " " + " ".join(found)
    return out
