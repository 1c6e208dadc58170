"""An answer document that repeats the inquiry's "- " sub-questions one by one, unnumbered.

The inquiry numbers a few questions, each a lead and its "- " items that ask ("1. Zur
Vergabe: - Wie sind die Kriterien entstanden? Wurden sie genutzt? - Wie hoch ist der
Beitrag?"). The answer document numbers nothing: it repeats the items' sentences, one or a
few at a time, as paragraphs of their own (the importer quotes them, "> Wie sind die
Kriterien entstanden?"), each followed by its answer. The questions it answers are then the
sentences it repeats, not the inquiry's numbered questions, which no text answers as a
whole; written as the inquiry's questions above one undivided "## Stellungnahme", every
question would stay unpaired.

Read only where the repetition settles everything: every sentence of every item of every
question is repeated, in the inquiry's order, none twice, each group followed by answer
text, and nothing else in the answer asks. A sentence run by extraction onto the end of the
answer before it ("… zur Verfügung. Wie ist der Prozess geregelt, …?") is set apart where it
is the next sentence due. The functions are pure.
"""

from __future__ import annotations

import re

from .. import layouts
from ..layouts import letters
from .own_sentences import same_sentence
from .question_spans import QuestionSpan

_ITEM_MARK = re.compile(r"(?:^|\s)[-–•]\s+")
_QUOTED = re.compile(r"^>\s?(?!\s*(?:Fragesteller|Nicht\s+wiederholt|Ersuchen)\s*:)(.*)$", re.S)
MIN_LETTERS = 12  # letters a repeated sentence needs


def lead_and_sentences(question: str) -> tuple[str, list[str]] | None:
    """The lead of ``question`` ending in ":" ("" when it has none) and the asking sentences of
    its "- " items ("Zur Vergabe: - Wie …? Wurden sie genutzt? - Welche …?" → the lead and
    three sentences); None when the question is not a lead and such items, or an item holds
    anything but asking sentences."""
    parts = _ITEM_MARK.split(question.strip())
    lead, items = parts[0].strip(), [part.strip() for part in parts[1:]]
    if not items or (lead and not lead.endswith(":")) or "?" in lead:
        return None
    sentences: list[str] = []
    for item in items:
        found = [match.group().strip() for match in layouts.ASKING_SENTENCE.finditer(item)]
        if not found or letters("".join(found)) != letters(item) \
                or any(len(letters(sentence)) < MIN_LETTERS for sentence in found):
            return None
        sentences += found
    return lead, sentences


def _take(sentences: list[str], due: list[str]) -> int:
    """How many of the ``due`` sentences ``sentences`` repeat, from the first, one by one;
    0 when they are not exactly the next ones due."""
    if not sentences or len(sentences) > len(due):
        return 0
    ok = all(same_sentence(letters(mine), letters(theirs)) for mine, theirs in zip(sentences, due, strict=False))
    return len(sentences) if ok else 0


def _trailing_sentences(paragraph: str, due: list[str]) -> tuple[str, str] | None:
    """``(answer, repeated)``: an answer paragraph that ends, after a finished sentence, with
    the next sentences due ("… zur Verfügung. Wie ist der Prozess geregelt, …?"); None else."""
    for match in re.finditer(r"(?<=[.!:])\s+(?=[A-ZÄÖÜ])", paragraph):
        head, tail = paragraph[:match.start()].strip(), paragraph[match.end():].strip()
        found = [m.group().strip() for m in layouts.ASKING_SENTENCE.finditer(tail)]
        if "?" not in head and found and letters("".join(found)) == letters(tail) and _take(found, due):
            return head, tail
    return None


def divided_by_repeated_items(prose: list[str], expected: list[QuestionSpan]) -> list[str] | None:
    """``prose`` (the answer's paragraphs, repeated sentences quoted "> …?") with the
    repeated sentences set apart, when the answer divides itself by the sentences of the
    inquiry's "- " items as the module docstring says; None when it does not."""
    if len(expected) < 2:
        return None
    due: list[str] = []
    leads: dict[int, str] = {}  # sentences due before a question's first → that question's lead
    for question in expected:
        read = lead_and_sentences(question.text)
        if read is None:
            return None
        leads[len(due)] = read[0]
        due += read[1]
    total = len(due)
    out: list[str] = []
    answered = True  # the last repeated group has answer text after it (or none came yet)
    for paragraph in prose:
        quoted = _QUOTED.match(paragraph.strip())
        repeated = quoted.group(1) if quoted else None
        if quoted is None and any(o.startswith("> ") for o in out) \
                and (split := _trailing_sentences(paragraph, due)) is not None:
            out.append(split[0])  # the answer, then the next sentences due run onto it
            answered, repeated = True, split[1]
        if repeated is not None:
            sentences = [match.group().strip() for match in layouts.ASKING_SENTENCE.finditer(repeated)]
            taken = _take(sentences, due)
            if not taken or not answered or letters(repeated) != letters(" ".join(sentences)):
                return None  # not the next sentences due, or two groups with no answer between
            if leads.get(total - len(due)):
                out.append(f"> Fragesteller: {leads[total - len(due)]}")
            due, answered = due[taken:], False
            out.append(f"> {repeated}")
            continue
        if "?" in layouts.unescaped(paragraph) or paragraph.lstrip().startswith(">"):
            return None  # anything else that asks, or the askers' words: not settled
        answered = answered or any(o.startswith("> ") for o in out)
        out.append(paragraph)
    return _with_part_headings(out) if not due and answered else None


def _with_part_headings(paragraphs: list[str]) -> list[str]:
    """One sentence ending in ":" between the answer to one group and the next group ("Der
    Schülerhort nimmt wie folgt zur Mittagsversorgung Stellung:") heads the document's next
    part: written as a heading (after the askers' lead of that part), it is the context of
    the question after it, not the end of the answer before it."""
    out = list(paragraphs)
    for index in range(1, len(out) - 1):
        text = out[index].strip()
        if text.startswith((">", "#")) or not text.endswith(":") or re.search(r"[.!?;]\s", text) \
                or not out[index + 1].startswith("> ") or out[index - 1].startswith("> ") \
                or not any(p.startswith("> ") for p in out[:index]):
            continue
        out[index] = f"## {text}"
        if out[index + 1].startswith("> Fragesteller:"):
            out[index], out[index + 1] = out[index + 1], out[index]
    return out
