"""Sub-questions of an inquiry's sections ("1.3. Wie viele … durch" / "- städtische Träger,"
/ "- Genossenschaften?") that the answer repeats line for line with the askers' items under
them, perhaps across a page break (blank lines), and answers right after, without a blank
line (2026/0121). The question ends where the askers' text ends: the lines from the
sub-question's label on, as long as their text together stands in the inquiry letter for
letter, up to the line that ends in "?" (or the askers' bracketed request right after it,
"(Bitte tabellarisch darstellen.)"); the line after it is the answer's.

The answer may answer the items one by one: "11.7. Welche Rolle spielt …:" / "- wie oft hat
sie getagt," / its answer / "- wie viele Ausnahmen …," / its answer / "- wie oft hat der
Gemeinderat zugestimmt?" / its answer (or "a) war das Konzept anzuwenden und" / its answer /
"b) wurde es umgesetzt?"). The askers' parts together are then the question, as the inquiry
asks it (their parts in its order, nothing of it left out), and the answers to the items,
in turn, its answer: each part after the first opens with an item mark ("- ", "b)"), only
the last ends in "?", and answer text stands between them.

Not read so (the section reading keeps its older guard): an answer run into the last item
("… Vereine? Zwei."), items the answer words otherwise, askers' text that stops before its
"?" without answer text and the next item after it. All functions are pure.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from .. import layouts

_SUB_QUESTION = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")  # "1.3. Wie viele …", "2.1 Welche …"
_HEADING = re.compile(r"^\d{1,2}\.\s+\S")  # "2. Geplante Projekte" (or a sub-question)
_ITEM = re.compile(r"^(?:-|[a-z]\))\s+\S")  # "- genehmigt und im Bau,", "b) wurde es …?"
_ENDS_ASKING = re.compile(r"\?(?:\s*\([^()]*\))?$")  # "…?" or "…? (Bitte tabellarisch darstellen.)"
_BRACKETED = re.compile(r"^\([^()]*\)$")  # "(Bitte tabellarisch darstellen.)"


@lru_cache(maxsize=4)
def _letters_of(inquiry_text: str) -> str:
    """The inquiry's letters, once per inquiry (each sub-question line is looked up in them)."""
    return layouts.letters(inquiry_text)


def asked_parts(lines: list[str], start: int, inquiry_text: str) -> list[tuple[int, int]] | None:
    """The askers' parts of the sub-question at ``start`` as ``(first, end)`` line ranges (end
    exclusive, blank page-break lines inside a part included), or None where it is not read
    so: one part must take in the askers' "- " items (or a line that goes on past its label's);
    several must have answer text between them, each after the first open with an item mark;
    all together stand in the inquiry letter for letter; the last ends in "?" (or its
    bracketed request), before the next sub-question or section heading."""
    if not _SUB_QUESTION.match(lines[start].strip()):
        return None
    inquiry = _letters_of(inquiry_text)
    if not inquiry:
        return None
    parts: list[tuple[int, int]] = []
    asked, at = "", start
    while True:
        end, asked = _part_end(lines, at, asked, inquiry)
        if end is None:
            return None
        parts.append((at, end))
        if _ENDS_ASKING.search(asked):
            items = any(lines[i].strip().startswith("- ") for first, last in parts for i in range(first, last))
            return parts if items or len(parts) > 1 else None
        at = _next_item(lines, end, asked, inquiry)
        if at is None:
            return None


def _part_end(lines: list[str], at: int, asked: str, inquiry: str) -> tuple[int | None, str]:
    """The end of the askers' part starting at line ``at`` and all their text so far: the
    lines (blank ones skipped) that go on with ``asked`` as the inquiry does."""
    text, end = asked, None
    for index in range(at, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if index > at and (_HEADING.match(stripped) or _ENDS_ASKING.search(text)
                           and not (text.endswith("?") and _BRACKETED.match(stripped))):
            break  # after the "?" only the askers' bracketed request
        joined = f"{text} {stripped}".strip()
        if layouts.letters(joined) not in inquiry:
            break
        text, end = joined, index + 1
    return end, text


def _next_item(lines: list[str], end: int, asked: str, inquiry: str) -> int | None:
    """The line after answer text that opens the askers' next item (their text going on with
    it as the inquiry does), or None: no answer text before it, or none before the next
    sub-question or section heading."""
    answered = False
    for index in range(end, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if _HEADING.match(stripped):
            return None
        if answered and _ITEM.match(stripped) and layouts.letters(f"{asked} {stripped}") in inquiry:
            return index
        answered = True
    return None


def asked_end(lines: list[str], start: int, inquiry_text: str) -> int | None:
    """The index of the line after the askers' last part of the sub-question at ``start``, or
    None where ``asked_parts`` does not read it."""
    parts = asked_parts(lines, start, inquiry_text)
    return None if parts is None else parts[-1][1]


def set_apart(lines: list[str], start: int, inquiry_text: str) -> tuple[list[str], int] | None:
    """The sub-question at ``start`` written as one line of a paragraph of its own, all the
    askers' parts of it ("1.3. Wie viele … durch - städtische Träger, - Genossenschaften?"),
    then the answers to its items in turn, each a paragraph; and the index of the line after
    the last part (the start of the last answer). None where ``asked_parts`` does not read it."""
    parts = asked_parts(lines, start, inquiry_text)
    if parts is None:
        return None
    asked = " ".join(line.strip() for first, end in parts for line in lines[first:end] if line.strip())
    out = ["", asked, ""]
    for (_first, end), (following, _end) in pairwise(parts):
        out += lines[end:following] + [""]
    return out, parts[-1][1]
