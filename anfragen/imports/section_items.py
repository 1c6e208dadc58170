"""Sub-questions of an inquiry's sections ("1.3. Wie viele … durch" / "- städtische Träger,"
/ "- Genossenschaften?") that the answer repeats line for line with the askers' items under
them, perhaps across a page break (blank lines), and answers right after, without a blank
line (2026/0121). The question ends where the askers' text ends: the lines from the
sub-question's label on, as long as their text together stands in the inquiry letter for
letter, up to the line that ends in "?" (or the askers' bracketed request right after it,
"(Bitte tabellarisch darstellen.)"); the line after it is the answer's.

Not read so (the section reading keeps its older guard): a question whose askers' text stops
before its "?" (items the answer answers one by one, "- wie oft hat sie getagt," and its
answer, then the next item), or whose answer is run into its last line ("… Vereine? Zwei.").
All functions are pure.
"""

from __future__ import annotations

import re

from .. import layouts

_SUB_QUESTION = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")  # "1.3. Wie viele …", "2.1 Welche …"
_HEADING = re.compile(r"^\d{1,2}\.\s+\S")  # "2. Geplante Projekte" (or a sub-question)
_ENDS_ASKING = re.compile(r"\?(?:\s*\([^()]*\))?$")  # "…?" or "…? (Bitte tabellarisch darstellen.)"
_BRACKETED = re.compile(r"^\([^()]*\)$")  # "(Bitte tabellarisch darstellen.)"


def asked_end(lines: list[str], start: int, inquiry_text: str) -> int | None:
    """The index of the line after the askers' text of the sub-question at ``start`` (blank
    page-break lines inside it included), or None where it is not read so: its lines must
    take in the askers' "- " items (or go on past its label's line), their text together
    stand in the inquiry letter for letter, and end in "?" (or its bracketed request) before
    the next sub-question or section heading."""
    inquiry = layouts.letters(inquiry_text)
    if not inquiry or not _SUB_QUESTION.match(lines[start].strip()):
        return None
    text, end, items = "", None, False
    for index in range(start, len(lines)):
        stripped = lines[index].strip()
        if not stripped:
            continue
        if index > start and (_HEADING.match(stripped) or _ENDS_ASKING.search(text)
                              and not (text.endswith("?") and _BRACKETED.match(stripped))):
            break  # after the "?" only the askers' bracketed request
        joined = f"{text} {stripped}".strip()
        if layouts.letters(joined) not in inquiry:
            break
        text, end, items = joined, index + 1, items or stripped.startswith("- ")
    if end is None or not items or not _ENDS_ASKING.search(text):
        return None
    return end


def set_apart(lines: list[str], start: int, inquiry_text: str) -> tuple[list[str], int] | None:
    """The sub-question at ``start`` with the askers' items under it written as one line of a
    paragraph of its own ("1.3. Wie viele … durch - städtische Träger, - Genossenschaften?"),
    and the index of the line after it (its answer's first); None where ``asked_end`` does not
    read it."""
    end = asked_end(lines, start, inquiry_text)
    if end is None:
        return None
    return ["", " ".join(line.strip() for line in lines[start:end] if line.strip()), ""], end
