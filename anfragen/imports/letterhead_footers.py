"""A company letter's footer inside an answer: the block of register and bank data a
letterhead prints at the foot of its page (managing directors, chair of the supervisory
board, bank, IBAN, BIC, Amtsgericht, HRB, USt-IdNr.), and its slogan repeated at the foot
of later pages ("Besser versorgt, weiter gedacht."). PDF extraction puts both where the
page ends, often inside an answer's sentence ("… erschöpft ist oder bald" / footer /
"erschöpft sein wird …"). Pure functions of cleaned lines.

Narrow by design: a block is only a footer when it ends a page or paragraph, every line of
it reads as letterhead data (no sentence: at most two lower-case words, none ending in a
full stop), it starts at a line naming register, bank, address or contact data, and it
holds at least two kinds of register data, one of them a bank or register number (IBAN,
BIC, HRB/HRA, USt-IdNr., Gläubiger-ID). The removed block leaves a page break behind, so
the sentence around it is joined where it runs on (``cleanup.join_sentences_across_pages``).
"""

from __future__ import annotations

import re

_KINDS = {
    "IBAN": r"IBAN", "BIC": r"BIC", "HRB": r"HR[AB]", "USt": r"USt\.?-?Id(?:Nr)?|Umsatzsteuer-?Id\w*",
    "Gläubiger": r"Gläubiger-?[Il]D", "Amtsgericht": r"Amtsgericht\w*|Registergericht\w*|Handelsregister",
    "Geschäftsführung": r"Geschäftsführ(?:er|erin|ung)\w*", "Aufsichtsrat": r"Aufsichtsrat\w*",
    "Bankverbindung": r"Bankverbindung", "Sitz": r"Sitz der Gesellschaft",
}
_NUMBERS = {"IBAN", "BIC", "HRB", "USt", "Gläubiger"}  # a bank or register number
_KIND_PATTERNS = {kind: re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])") for kind, pattern in _KINDS.items()}

# the letterhead's address and contact lines: "Postfach 1140, D-76001 Karlsruhe", "Telefon",
# "postbox@", "Sparkasse Karlsruhe", "Stadtwerke Karlsruhe GmbH", "Büroanschrift:"
_CONTACT = re.compile(r"\b(?:Postfach|Telefon|Telefax|Fax|E-Mail|Internet|Büroanschrift|Ansprechpartner\w*|"
                      r"Kontakt|Sparkasse|Volksbank|Postbank|\w*[Bb]ank|GmbH|AG)\b|@|www\.|\bD?-?\d{5}\s+[A-ZÄÖÜ]")
_LOWER_WORD = re.compile(r"(?:^|\s)[a-zäöüß]{2,}")
_SENTENCE_END = re.compile(r"[a-zäöüß]{2,}[.!?]\s*$")


def register_kinds(line: str) -> set[str]:
    """The kinds of register data a line names ("IBAN DE12 …" → {"IBAN"})."""
    return {kind for kind, pattern in _KIND_PATTERNS.items() if pattern.search(line)}


def reads_as_letterhead(line: str) -> bool:
    """A line of names, numbers and addresses, not a sentence: at most two lower-case words
    ("Vorsitzender der Geschäftsführung: Prof. Dr. …", "stadtwerke-karlsruhe.de") and no
    sentence end ("… gerückt.")."""
    return len(_LOWER_WORD.findall(line)) <= 2 and not _SENTENCE_END.search(line)


def names_letterhead_data(line: str) -> bool:
    """Does the line name register, bank, address or contact data (where a footer starts)?"""
    return bool(register_kinds(line)) or bool(_CONTACT.search(line))


def footer_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) ranges of letterhead footer blocks: runs of letterhead lines ending
    where a page or paragraph ends (a blank line, a page break, the end), started at their
    first line naming letterhead data, holding two kinds of register data or more, a bank or
    register number among them."""
    blocks = []
    for end in range(1, len(lines) + 1):
        if not lines[end - 1].strip() or (end < len(lines) and lines[end].strip()):
            continue
        start = end
        while start and lines[start - 1].strip() and reads_as_letterhead(lines[start - 1]):
            start -= 1
        while start < end and not names_letterhead_data(lines[start]):
            start += 1
        kinds = set().union(*(register_kinds(line) for line in lines[start:end]))
        if len(kinds) >= 2 and kinds & _NUMBERS:
            blocks.append((start, end))
    return blocks


_MAX_SLOGAN = 60
_LABEL = re.compile(r"^(?:\d|[A-Za-z][.)]\s|Zu\b|Antw|Ja\b|Nein\b)")


def running_footers(lines: list[str]) -> set[str]:
    """Lines that end two paragraphs or pages or more, word for word, and are no question,
    label or answer word: a letter's slogan at the foot of its pages ("Besser versorgt,
    weiter gedacht."). Only asked of a document that has a letterhead footer."""
    ends: dict[str, int] = {}
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if text and (index + 1 == len(lines) or not lines[index + 1].strip()):
            ends[text] = ends.get(text, 0) + 1
    return {text for text, count in ends.items()
            if count >= 2 and len(text) <= _MAX_SLOGAN and len(text.split()) >= 2
            and "?" not in text and not _LABEL.match(text)}


def drop_letterhead_footers(lines: list[str], page_break: str) -> list[str]:
    """Remove letterhead footer blocks and, in a document that has one, the letter's slogan
    repeated at its pages' feet (wherever it stands as a line of its own, in the letter's
    head too). A removal at a paragraph's or page's end leaves a ``page_break`` (unless one
    follows anyway), so a sentence cut by the footer is joined again."""
    blocks = footer_blocks(lines)
    if not blocks:
        return lines
    slogans = running_footers(lines)
    removed = {index for start, end in blocks for index in range(start, end)}
    removed |= {index for index, line in enumerate(lines) if " ".join(line.split()) in slogans}
    out: list[str] = []
    for index, line in enumerate(lines):
        if index not in removed:
            out.append(line)
        elif _ends_paragraph(lines, index) and lines[index + 1:index + 2] != [page_break]:
            out.append(page_break)
    return out


def _ends_paragraph(lines: list[str], index: int) -> bool:
    """Is ``lines[index]`` the last line of a paragraph or page (a blank line or the end
    after it)? Only there a removed footer leaves a page break; the slogan inside the
    letter's head ("~~ Karlsruhe" / slogan / "Stadtwerke Karlsruhe GmbH") just goes."""
    return index + 1 == len(lines) or not lines[index + 1].strip()
