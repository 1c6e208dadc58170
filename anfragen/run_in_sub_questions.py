"""Sub-numbered questions that text extraction ran into one paragraph.

"1. Lehrkräfte 1.1 Wie viele Stellen …? Bitte nach Schulen auflisten. 1.2 Wie lange …?
1.3 Wie werden …?" is the inquiry's section heading "1. Lehrkräfte" and its questions
1.1, 1.2, 1.3, one per line in the inquiry; "> 1.7 Wie werden …? 1.8 Wie wird …?" (a quote
of the importer) holds two questions. Each is set apart as a block of its own (the heading
as a heading, so that it is the context of the section's first question), as the
inquiry prints them.

Only where the paragraph is nothing but those questions: its sub-numbers all of one
section ("1.1", "1.2" under "1."), one after another, each part asking ("?") and holding
nothing after its last "?" but the askers' request ("Bitte … auflisten.") — a part with
text after its question ("1.1. Für welche …? Das System wird …": a question and its
answer run together) leaves the paragraph as it is.
"""

from __future__ import annotations

import re

from .markdown import Block

# "1.2 Wie …", "5. 1 Welche …" (a stray space), "1.3. Wird …": a sub-number at the start or
# after the end of a sentence or question
_LABEL = r"(\d{1,2})\.\s?(\d{1,2})\.?\s+(?=[A-ZÄÖÜ„\"])"
_FIRST_LABEL = re.compile(_LABEL)
_SUB_LABEL = re.compile(r"(?<=[?.!)“”\"]\s)" + _LABEL)
_HEADING = re.compile(r"(\d{1,2})\.\s+([A-ZÄÖÜ][^?.!:;\n]{1,60}?)\s+(?=\d)")  # "1. Lehrkräfte "
_REQUEST = re.compile(r"\(?Bitte\b[^?]{0,200}\.\)?")  # "Bitte nach Schulen auflisten."


def _asks_only(part: str) -> bool:
    """"Wie lange …? Bitte jeweils nach Schulen auflisten.": a question, perhaps followed
    by the askers' request, and nothing else."""
    if "?" not in part:
        return False
    tail = part[part.rindex("?") + 1:].lstrip(")“”\"").strip()
    return not tail or _REQUEST.fullmatch(tail) is not None


def split_sub_questions(text: str) -> tuple[str, list[str]] | None:
    """``(heading, ["1.1 …?", "1.2 …?"])`` for a paragraph of run-in sub-numbered questions
    (``heading`` "" where it opens with its first question), else None."""
    plain = " ".join(text.split())
    heading = ""
    start = 0
    if (head := _HEADING.match(plain)) is not None:
        heading, start = f"{head.group(1)}. {head.group(2).strip()}", head.end()
    if (opening := _FIRST_LABEL.match(plain, start)) is None:
        return None
    labels = [opening, *_SUB_LABEL.finditer(plain, opening.end())]
    section = labels[0].group(1)
    if heading and (section != heading.split(".")[0] or labels[0].group(2) != "1"):
        return None
    first = int(labels[0].group(2))
    if [(m.group(1), int(m.group(2))) for m in labels] != [(section, first + i) for i in range(len(labels))]:
        return None
    parts = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(plain)
        rest = plain[m.end():end].strip()
        if not _asks_only(rest):
            return None
        label = re.sub(r"\.\s(?=\d)", ".", m.group(0).strip())  # as printed, "5. 1" as "5.1"
        parts.append(f"{label} {rest}")
    if len(parts) + bool(heading) < 2:
        return None
    return heading, parts


def separate_sub_questions(all_blocks: list[Block]) -> list[Block]:
    """Each paragraph (list item, quote) of run-in sub-numbered questions, as the blocks the
    inquiry prints: the section heading (a heading block) and one block per question."""
    out: list[Block] = []
    for block in all_blocks:
        quoted = block.kind == "blockquote"
        if block.kind not in ("paragraph", "list_item", "blockquote"):
            out.append(block)
            continue
        text = re.sub(r"^>\s?", "", block.text.strip(), flags=re.M) if quoted else block.text
        found = split_sub_questions(text)
        if found is None:
            out.append(block)
            continue
        heading, parts = found
        if heading:
            out.append(Block("heading", heading, block.line, block.line))
        out.extend(Block(block.kind, f"> {part}" if quoted else part, block.line, block.end_line) for part in parts)
    return out
