"""Removing PDF debris from extracted text: pure functions on strings and line lists.

PDF extraction leaves page furniture (headers, footers, page numbers, form feeds),
words hyphenated at line ends, justified text with runs of spaces and private-use
bullet glyphs. Each function here removes one kind of debris and never drops words
of the document itself.
"""

from __future__ import annotations

import re
from collections import Counter

from . import answer_form, letterhead_footers
from .line_end_hyphens import Evidence, join_line_end

# Bullet glyphs of Word/PDF (private-use Symbol font code points included).
BULLETS = "•\uf0b7\uf0a7\uf0d8\uf0fc\uf02d○▪◦●‒"
_BULLET_LINE = re.compile(rf"^\s*[{BULLETS}][\s\ue000-\uf8ff]*")  # and a symbol font's space after it
_DASH_BULLET = re.compile(r"^\s*[–-]\s+(?=\S)")

_FURNITURE = [
    re.compile(r"^\s*[–-]\s*\d{1,3}\s*[–-]\s*$"),  # "– 2 –", "- 3 -"
    re.compile(r"^\s*Seite\s+\d{1,3}(\s+von\s+\d{1,3})?\s*$"),  # "Seite 2", "Seite 2 von 3"
    re.compile(r"^.{0,60}\S\s{3,}Seite\s+\d{1,3}\s*$"),  # "Ergänzende Erläuterungen   Seite 2"
    re.compile(r"^\s*Gedruckt auf 100\s?(Prozent|%) Recyclingpapier\s*$"),
    re.compile(r"^\s*--\s*\d{1,3}\s+of\s+\d{1,3}\s*--\s*$"),  # "-- 2 of 9 --" (extraction marker)
]


def normalise_characters(text: str) -> str:
    """Turn form feeds into line breaks, unify line ends and odd spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text.replace("\u00a0", " ").replace("\u00ad", "").replace("\u200b", "")


def strip_trailing_spaces(lines: list[str]) -> list[str]:
    """Remove spaces at line ends (PDF extraction pads almost every line)."""
    return [line.rstrip() for line in lines]


def collapse_spaces(line: str) -> str:
    """Collapse the runs of spaces justified text leaves inside a line."""
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", line).strip()


def is_page_furniture(line: str) -> bool:
    """True for page numbers, "Seite n von m" footers and the recycling-paper note."""
    return any(pattern.match(line) for pattern in _FURNITURE)


_BARE_NUMBER = re.compile(r"^\s*[1-9]\d{0,2}\s*$")


def is_bare_page_number(line: str) -> bool:
    """"4" alone on a line: a page number where a page begins or ends; inside a page it
    is a table's cell ("0", "12") and stays."""
    return bool(_BARE_NUMBER.match(line))


_FORM_FOOTER = re.compile(r"^\s*Stellungnahme zur Anfrage\s*$")


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Remove page furniture lines (see ``is_page_furniture``), keeping all others, and the
    answer form's footer label "Stellungnahme zur Anfrage" where it ends a page: right
    before a page number ("– 2 –") or as the document's last line. Elsewhere (the form's
    title at the top) it stays."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    following = {i: lines[j] for i, j in zip(filled, filled[1:], strict=False)}
    last = filled[-1] if filled else -1
    return [line for i, line in enumerate(lines) if not is_page_furniture(line)
            and not (_FORM_FOOTER.match(line) and (i == last or is_page_furniture(following[i])))]


def drop_page_numbers(page: list[str], edge: int = 2) -> list[str]:
    """Remove bare numbers among the first and last ``edge`` non-empty lines of a page."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    edges = set(filled[:edge] + filled[-edge:])
    return [line for i, line in enumerate(page) if not (i in edges and is_bare_page_number(line))]


def drop_repeated_headers(pages: list[list[str]], min_pages: int = 2) -> list[list[str]]:
    """Remove the running header lines repeated at the top of later pages.

    A line counts as a running header when it is among the first three non-blank
    lines of at least ``min_pages`` pages after the first. The first page keeps it,
    since there it usually is the document's own heading.
    """
    tops = Counter()
    for page in pages[1:]:
        tops.update({line.strip() for line in _first_lines(page, 3)})
    repeated = {line for line, count in tops.items() if count >= min_pages and line}
    if not repeated:
        return pages
    cleaned = [pages[0]] if pages else []
    for page in pages[1:]:
        head = {id(x) for x in _first_lines(page, 3)}
        cleaned.append([x for x in page if not (id(x) in head and x.strip() in repeated)])
    return cleaned


def _first_lines(page: list[str], count: int) -> list[str]:
    return [line for line in page if line.strip()][:count]


def join_hyphenated(lines: list[str], evidence: Evidence | None = None) -> list[str]:
    """Join words hyphenated at line ends: "Jah-" + "ren …" → "Jahren …".

    The hyphen is kept when the next line starts with a capital or a digit
    ("KVV-" + "Gebiet" → "KVV-Gebiet"), inside a link ("www.aktivmobil-" + "bw.de"),
    and kept with a space before a conjunction ("Bundes-" + "und Landesleistungen" →
    "Bundes- und Landesleistungen"). Before a small letter it is kept where the
    ``evidence`` (the document's words, by default ``lines`` themselves) prints the
    compound with it ("deutsch-französischen"); see ``line_end_hyphens``.
    A line ending in a free-standing dash ("Tempo 30 -") is left alone.
    """
    evidence = evidence if evidence is not None else Evidence.of("\n".join(lines))
    out: list[str] = []
    for line in lines:
        if out and _ends_in_hyphen(out[-1]) and line.strip():
            out[-1] = join_line_end(out[-1], line, evidence)
            continue
        out.append(line)
    return out


def _ends_in_hyphen(line: str) -> bool:
    return bool(re.search(r"[A-Za-zÄÖÜäöüß]-$", line.rstrip()))


def normalise_bullet(line: str) -> str:
    """Write bullet glyphs and dash bullets as a Markdown list marker "- "."""
    if _BULLET_LINE.match(line):
        return "- " + _BULLET_LINE.sub("", line, count=1)
    if _DASH_BULLET.match(line):
        return "- " + _DASH_BULLET.sub("", line, count=1)
    return line


_PAGE_MARK = re.compile(r"^[ \t]*--[ \t]*\d{1,3}[ \t]+of[ \t]+\d{1,3}[ \t]*--[ \t]*$\n?", re.M)


def split_pages(text: str) -> list[str]:
    """Split at form feeds; without any, after the extractor's page marks ("-- 2 of 8 --",
    which end a page); without those, at truly empty lines between padded ones.

    pdftotext-style extractions pad blank lines inside a page with a space and
    leave the line at a page break empty, which is the only page mark they keep.
    """
    if "\f" in text:
        return [normalise_characters(page) for page in text.split("\f")]
    if _PAGE_MARK.search(text):
        return [normalise_characters(page) for page in _PAGE_MARK.split(text)]
    text = normalise_characters(text)
    if not re.search(r"^ +$", text, re.MULTILINE):
        return [text]
    return re.split(r"\n(?=\n)", text)


def clean_lines(text: str, *, evidence: Evidence | None = None) -> list[str]:
    """Full cleanup of an extracted PDF text into lines (blank lines kept). The
    ``evidence`` for hyphens at line ends (``line_end_hyphens``) is by default the text's
    own words; ``paper_evidence`` adds the paper's other files.

    Order matters: pages are split before running headers are found, furniture
    goes before hyphens are joined (a page number must not end up inside a word), and a
    letterhead's footer block before sentences are joined across the page break it leaves;
    the answer template's form (``answer_form``) goes last, once its words are whole.
    """
    pages = [page.split("\n") for page in split_pages(text)]
    pages = drop_repeated_headers(pages, min_pages=2) if len(pages) > 2 else pages
    pages = [drop_page_numbers(page) for page in pages]
    lines = drop_page_furniture([line for page in pages for line in page + [PAGE_BREAK]])
    lines = join_sentences_across_pages(letterhead_footers.drop_letterhead_footers(lines, PAGE_BREAK))
    lines = [collapse_spaces(line) for line in lines]
    lines = join_hyphenated(_skip_blank_between_hyphen(lines), evidence or paper_evidence((text,)))
    lines = answer_form.drop_answer_form(join_lone_bullets(join_split_for_example(lines)))
    return [normalise_bullet(line) for line in lines]


def paper_evidence(texts: tuple[str, ...]) -> Evidence:
    """The words all of a paper's files print: the evidence for hyphens at line ends in
    each of them, gathered once per paper."""
    return Evidence.of(*map(normalise_characters, texts))


PAGE_BREAK = "\u2029"  # marks where a page ended, until ``join_sentences_across_pages``
_RUNS_ON = re.compile(r"[a-zäöüß,]$")  # a line that stops mid-sentence: "… welche … vorgestellt"
_GOES_ON = re.compile(r"(?![a-z]{1,3}[.)](?:\s|$))[a-zäöüß]{2,}")  # "wurde. Da in …", not an item "a)", "bb."
_OPENS_QUOTE = re.compile(r"[„\"“‚»][A-Za-zÄÖÜäöüß]")  # "„ja“ oder „nein“ …": a quotation goes on with the sentence


def join_sentences_across_pages(lines: list[str]) -> list[str]:
    """Where a page ends, a blank line ends the paragraph — unless the sentence runs on:
    the page's last line stops on a lower-case word or a comma ("… in der Kommission am
    22.12.2010 vorgestellt") and the next page's first line goes on with a lower-case word
    ("wurde. Da in …"), or with a quotation opened in the sentence ("… Antwort bitte mit" /
    "„ja“ oder „nein“ …"). Then the two are one paragraph (reading: a paragraph cut at a page
    break looked like an unfinished text, so the run of questions before it lost its
    answer; a question's request cut after "mit" lost its quoted rest). A capital, a figure,
    a label ("a)") or a list item on the next page may as well start something new: there
    the blank line stays."""
    out: list[str] = []
    skipping_blanks = False
    for index, line in enumerate(lines):
        if line == PAGE_BREAK:
            last = len(out)
            while last and not out[last - 1].strip():
                last -= 1
            following = next((x.strip() for x in lines[index + 1:] if x.strip()), "")
            skipping_blanks = bool(last) and bool(_RUNS_ON.search(out[last - 1].rstrip())) \
                and bool(_GOES_ON.match(following) or _OPENS_QUOTE.match(following))
            if skipping_blanks:
                del out[last:]
            else:
                out.append("")
        elif skipping_blanks and not line.strip():
            continue
        else:
            skipping_blanks = False
            out.append(line)
    return out


_ENDS_IN_Z = re.compile(r"(?:^|[\s(])z\.$")  # also "(z." in brackets
_STARTS_WITH_B = re.compile(r"^B\.(?:\s|$)")


def join_split_for_example(lines: list[str]) -> list[str]:
    """"… vorgesehen, z." / "" / "B. Willkommensvideos …": "z. B." broken across a blank
    line (a page break or a lost line spacing) is one abbreviation, not the end of a
    paragraph and a paragraph labelled "B." (reading: a question split in two, its second
    half taken for question B)."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if _STARTS_WITH_B.match(stripped):
            at = len(out)
            while at and not out[at - 1].strip():
                at -= 1
            if at and _ENDS_IN_Z.search(out[at - 1].rstrip()):
                out[at - 1] = f"{out[at - 1].rstrip()} {stripped}"
                del out[at:]
                continue
        out.append(line)
    return out


_LONE_BULLET = re.compile(rf"^\s*[{BULLETS}][\s\ue000-\uf8ff]*$")


def join_lone_bullets(lines: list[str]) -> list[str]:
    """"•" / "" / "Flexibilität in der Personalgewinnung …": a bullet glyph alone on its
    line, its item on the next line after a blank one (the PDF put the glyph in a column of
    its own) marks that item. Left alone, the glyph ended the item before it ("… Nutzenden
    -") and the items read as paragraphs of their own (reading: a question's listed aspects
    taken for the askers' remarks and its last item for a question of its own)."""
    out: list[str] = []
    pending = False
    for line in lines:
        if _LONE_BULLET.match(line):
            pending = True
            continue
        if pending and not line.strip():
            continue
        if pending:
            line = f"• {line.strip()}"
            pending = False
        out.append(line)
    return out


_INTERNAL_FORM = re.compile(r"^\s*Beschluss\s*\(intern\)\s*:?\s*$")


def drop_internal_form(lines: list[str]) -> list[str]:
    """The administration's internal routing form at the end of an answer ("Beschluss
    (intern):", "1. Auf die Tagesordnung …", "3. Z. d. A.", "Dienststelle Datum
    Unterschrift …", "(Bitte Unterschriftenleiste entsprechend ergänzen)") is not part of
    the answer, and its numbered lines must not be read as questions: dropped from its
    heading on, which stands alone on its line at the end of the document."""
    for index, line in enumerate(lines):
        if _INTERNAL_FORM.match(line):
            return lines[:index]
    return lines


def _skip_blank_between_hyphen(lines: list[str]) -> list[str]:
    """Drop blank lines between a hyphenated line end and its continuation.

    After furniture is removed, a word split over a page break is separated by
    blank lines; only a lower-case continuation proves it is the same word.
    """
    out: list[str] = []
    for index, line in enumerate(lines):
        if not line and out and _ends_in_hyphen(out[-1]):
            rest = next((x for x in lines[index:] if x), "")
            if rest[:1].islower():
                continue
        out.append(line)
    return out


def reflow(lines: list[str]) -> list[str]:
    """Join lines into paragraphs: blank lines separate, list items start anew.

    Returns one string per paragraph (or list item), single spaces between words.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    parts = [part for raw in lines for part in split_inline_questions(raw)]
    for index, line in enumerate(parts):
        stripped = line.strip()
        following = parts[index + 1].strip() if index + 1 < len(parts) else ""
        if not stripped or stripped.startswith("- ") or _starts_labelled_question(stripped, current, following):
            if current:
                paragraphs.append(" ".join(current))
            current = [stripped] if stripped else []
            continue
        current.append(stripped)
    if current:
        paragraphs.append(" ".join(current))
    return _join_lone_labels(paragraphs)





_ASKING = (r"(?:Wie|Was|Welche[rsmn]?|Wann|Wo|Warum|Weshalb|Wieso|Wer|Inwiefern|Inwieweit|Gibt|Ist|"
           r"Sind|Hat|Haben|Kann|Können|Wird|Werden|Wurden?|Plant|Sieht|Besteht|Liegt|Liegen)\b")
_LABELLED_QUESTION = re.compile(
    rf"^(?:\d{{1,2}}[.)]|[a-z][.)]|\d{{1,2}}\s?[a-z]\))\s+(?:{_ASKING}|[A-ZÄÖÜ][^?]{{0,400}}\?)")
_INLINE_QUESTION = re.compile(
    rf"(?<=[.!?])\s+(?=(?:\d{{1,2}}[.)]|[a-z]\))\s+(?:{_ASKING}|[A-ZÄÖÜ][^?\n]{{10,400}}\?))")


def split_inline_questions(line: str) -> list[str]:
    """"… nicht möglich. 2. Wie ist die Lage?": a labelled question that begins in the
    middle of a line, after a finished sentence, starts a line of its own."""
    parts = _INLINE_QUESTION.split(line)
    return parts if len(parts) > 1 else [line]


def opens_labelled_question(line: str, following: str = "") -> bool:
    """Does ``line`` open a labelled question ("c. Wie …?", "b) Gibt es …"), which starts a
    paragraph of its own after a finished sentence? Also one whose "?" ends its sentence on
    the ``following`` line ("c) Spielen Kriterien wie … bei" / "der Wohnungsvergabe eine
    Rolle? Welche?"): the line itself ends no sentence and the next line holds no full stop
    before that "?"."""
    text = line.strip()
    if _LABELLED_QUESTION.match(text):
        return True
    after = following.strip()
    if not after or text.endswith((".", "?", "!", ":")) or "?" in text or not after.find("?") > 0:
        return False
    asked = after[:after.find("?") + 1]
    return not re.search(r"[.!:]\s", asked) and bool(_LABELLED_QUESTION.match(f"{text} {asked}"))


def _starts_labelled_question(line: str, current: list[str], following: str = "") -> bool:
    """A line opening a labelled question ("c. Wie …?", "2a) Welche …?") after a finished
    sentence starts a paragraph even without a blank line: the PDF lost the spacing."""
    return bool(current) and (current[-1].rstrip().endswith((".", "?", "!", ":"))
                              or bool(_BRACKETED_SENTENCE_END.search(" ".join(current)))) \
        and opens_labelled_question(line, following)


# "… liegt nicht vor. (Verweis auf den Beitrag vom 24.06.2026)": a bracket standing as a sentence
# of its own after a finished statement, closed at the end of the line, ends the text before it
# (not after a "?": "… sei? (Statement der Polizei)" may be the askers' aside to their question)
_BRACKETED_SENTENCE_END = re.compile(r"\.\s+\([^()]*\)\s*$")


_LONE_LABEL = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}\)|[a-zA-Z][.)]|\d{1,2}\.\s?\+\s?\d{1,2}\.)")


def _join_lone_labels(paragraphs: list[str]) -> list[str]:
    """A label standing alone ("3.") belongs to the paragraph after it: the PDF put the
    question's number in a column of its own."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out and _LONE_LABEL.fullmatch(out[-1]) and not paragraph.startswith("- "):
            out[-1] = f"{out[-1]} {paragraph}"
        else:
            out.append(paragraph)
    return out
