"""Text of one inquiry file → ``Inquiry``: a pure function, no I/O.

Front matter and Markdown blocks (``markdown.py``) are walked block by block
(``walker.py``); facts the text states come from ``metadata.py``, front matter wins.
Where the document does not settle a question (no answer found, numbering breaks, a
pointer to nowhere) the parser keeps what it read and records a ``ParseIssue``
(``checks.py``) instead of guessing.
"""

from __future__ import annotations

from . import layouts, letter_sections, run_in_sub_questions
from .markdown import Block, FrontMatterError, blocks, split_document
from .metadata import read_header, read_signature
from .model import InputError, Inquiry, ParseIssue
from .submitters import normalise_submitter
from .walker import Walker

_FACT_FIELDS = ("reference", "kind", "submitter", "title", "asked_on", "answered_on", "place",
                "signed_by", "signer_role", "unit", "meeting")


def parse_inquiry(text: str, path: str = "<text>") -> Inquiry:
    """Parse one inquiry file. Raises InputError (with path and line) for unreadable input
    or a document without any recognisable question."""
    try:
        front, body, offset = split_document(text)
    except FrontMatterError as exc:
        raise InputError(path, exc.line, str(exc)) from None
    all_blocks = blocks(body, first_line=offset + 1)
    body_lines = body.split("\n")  # as markdown.py counts lines
    signature = read_signature(body_lines)
    if signature.signature_line is not None:
        cut = signature.signature_line + offset + 1
        all_blocks = [b for b in all_blocks if b.line < cut]
    all_blocks, as_asked = questions_as_asked(all_blocks)
    all_blocks = run_in_sub_questions.separate_sub_questions(separate_run_on_questions(all_blocks))
    checked = frozenset(" ".join(str(s).split()) for s in front.get("not_in_inquiry") or [])
    first = front.get("first_number")  # the inquiry's numbering starts there ("4."), not at 1
    inquiry = _walk(all_blocks, bare_questions=False, checked=checked, as_asked=as_asked, first_number=first)
    if not inquiry.questions:
        inquiry = _walk(all_blocks, bare_questions=True, checked=checked, as_asked=as_asked, first_number=first)
    if not inquiry.questions:
        raise InputError(path, offset + 1, "no recognisable question (expected numbered "
                         "questions such as '1. Welche …?' or 'Frage 1: …'; see docs/format.md)")
    _apply_facts(inquiry, read_header(inquiry.intro), signature, front)
    return inquiry


def separate_run_on_questions(all_blocks: list[Block]) -> list[Block]:
    """"1. Wie viele …?\n2. Wer zahlt …?" without a blank line is one Markdown paragraph;
    a line that opens with a label, right after a line ending in "?", starts a block."""
    out: list[Block] = []
    for block in all_blocks:
        lines = block.text.split("\n")
        start = 0
        for i in range(1, len(lines) if block.kind == "paragraph" else 0):
            if lines[i - 1].rstrip().endswith("?") and layouts.question_label(lines[i].strip()):
                out.append(Block(block.kind, "\n".join(lines[start:i]), block.line + start, block.line + i - 1))
                start = i
        out.append(block if start == 0 else
                   Block(block.kind, "\n".join(lines[start:]), block.line + start, block.end_line))
    return out


def questions_as_asked(all_blocks: list[Block]) -> tuple[list[Block], frozenset[int]]:
    """"> Wortlaut der Anfrage: 3. Wie ist …? Die Uhr … nicht aktiv.": a question the importer
    found whole in the inquiry, its statement after the "?" the askers' own. It is read as the
    paragraph it stands for ("3. Wie ist …"); its line is returned, so the walker knows that
    statement holds no answer."""
    out: list[Block] = []
    lines: set[int] = set()
    for block in all_blocks:
        question = layouts.question_as_asked(block.text) if block.kind == "blockquote" else None
        if question is None:
            out.append(block)
        else:
            out.append(Block("paragraph", question, block.line, block.end_line))
            lines.add(block.line)
    return out, frozenset(lines)


def _walk(all_blocks: list[Block], bare_questions: bool, checked: frozenset[str] = frozenset(),
          as_asked: frozenset[int] = frozenset(), first_number: int | None = None) -> Inquiry:
    walker = Walker(bare_questions, layouts.numbers_roman([b.text.strip() for b in all_blocks
                                                          if b.kind in ("paragraph", "list_item")]),
                    letter_sections.numbers_restart_under_letters(all_blocks), checked, as_asked, first_number)
    walker.block_texts = [b.text for b in all_blocks]
    for i, block in enumerate(all_blocks):
        walker.feed(block, all_blocks[i + 1] if i + 1 < len(all_blocks) else None)
    return walker.finish()


def _apply_facts(inquiry: Inquiry, header, signature, front: dict) -> None:
    for name in _FACT_FIELDS:
        value = getattr(header, name) or getattr(signature, name)
        setattr(inquiry, name, value)
    inquiry.asked_on = inquiry.asked_on or header.received_on  # received: the nearest fact
    for key, value in front.items():
        if key in ("files", "oparl", "not_in_inquiry", "first_number"):
            inquiry.extra[key] = value
        elif key == "submitter_persons":
            inquiry.submitter_persons = [str(v) for v in value or []]
        else:
            setattr(inquiry, key, None if value is None else str(value))
    if inquiry.submitter:
        read = inquiry.submitter
        inquiry.submitter, persons = normalise_submitter(read, inquiry.body, inquiry.submitter_persons,
                                                                   inquiry.meeting)
        inquiry.submitter_persons = inquiry.submitter_persons or persons
        if inquiry.submitter is None:
            inquiry.issues.append(ParseIssue("submitter", f"not taken as submitter: {read[:80]!r}"))
