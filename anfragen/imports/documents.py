"""Single answer documents (.txt, .pdf, .docx) → inquiry Markdown.

Reading a file (``read_text``) is the only I/O here; turning text into the
Markdown body (``compose_body``) and reading front matter from the text
(``front_matter_from_text``) are pure, and shared with the OParl import.
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from .. import layouts
from ..metadata import read_signature
from . import (
    answer_starts,
    answered_requests,
    askers_words,
    bullet_items,
    cleanup,
    inquiry_letters,
    items_as_questions,
    items_under_headings,
    label_before_lead,
    numbered_titles,
    own_sentences,
    question_spans,
    questions,
    questions_as_asked,
    quoted_items,
    renamed_sentences,
    repeated_items,
    request_items,
    roman_sections,
    run_on_breaks,
    section_items,
    section_numbers,
    sub_numbered_items,
    unread_sections,
)
from .follow_ups import set_apart_follow_ups

FRONT_MATTER_KEYS = (
    "reference", "title", "kind", "submitter", "submitter_persons", "asked_on",
    "answered_on", "place", "signed_by", "signer_role", "body", "unit", "meeting",
    "source_url", "files", "oparl", "not_in_inquiry", "first_number",
)

_LIST_ITEM = re.compile(r"^\d+(?:\.\d+)*[.)](?=\s|$)|^\d+(?:\.\d+)+(?=\s)|^[a-z][)](?=\s|$)")
_MARKDOWN_START = re.compile(r"^([*#>+=|_`~]|\d+[.)]$)")


_LETTER_DOT = re.compile(r"^[a-k]\.\s+(?=[A-ZÄÖÜ0-9„])(?![A-ZÄÖÜ]\.)")  # "a. Das Tiefbauamt …", not "s. Anlage"
OWN_ITEM_START = 60  # characters of an item's text looked up in the inquiry


def _own_letter_item(paragraph: str, inquiry_text: str) -> bool:
    """"a. Das Tiefbauamt ist zuständig für …" / "b. Das Gartenbauamt …": a paragraph of
    the answer text labelled like a sub-question that states something, asks and requests
    nothing and does not stand in the inquiry: the administration's own list, not a
    question of the askers (which the walker would take it for right after a question).
    Not the askers' items ("a. Volkswohnung b. Wohnungsgenossenschaften c. Private", "a.
    Bitte nach Schularten …"), which state nothing or request. Only with the inquiry at hand."""
    match = _LETTER_DOT.match(paragraph)
    if not match or not inquiry_text or "?" in paragraph:
        return False
    text = layouts.unescaped(paragraph[match.end():])
    return layouts.states_something(text) and not layouts.is_question_like(text) \
        and not questions.in_inquiry(text[:OWN_ITEM_START], inquiry_text)


class UnsupportedDocument(Exception):
    """A file whose type cannot be imported."""


def read_text(path: Path) -> str:
    """The text of a .txt, .pdf or .docx file (paragraphs separated by blank lines)."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if suffix == ".pdf":
        return pdf_text(path.read_bytes())
    if suffix == ".docx":
        return docx_text(path)
    raise UnsupportedDocument(f"unsupported file type {suffix or '(none)'}: use .txt, .pdf or .docx")


def pdf_text(data: bytes) -> str:
    """Extract a PDF's text page by page; pages are separated by form feeds."""
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\f".join(page.extract_text() or "" for page in reader.pages)


def docx_text(path: Path) -> str:
    """A DOCX's paragraphs, one per line block; list paragraphs become "- " items."""
    from docx import Document

    lines = []
    for paragraph in Document(str(path)).paragraphs:
        text = paragraph.text.strip()
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        if text and "list bullet" in style:
            text = "- " + text
        lines.extend([text, ""])
    return "\n".join(lines)


_BOLD_HEADING = re.compile(r"\*\*[^*\n]{2,120}\*\*")


def escape_paragraph(text: str, own_item: bool = False, inquiry_text: str = "") -> str:
    """Escape a paragraph start that Markdown or the parser would misread.

    "1. Juni 2025 …" in an answer is not a question: written "1\\. Juni 2025"; the
    same for "a) …", "7.1 …" and lines starting with "*", "#", ">" and similar; and for
    "a. …" where it is an item of the answer's own list (``own_item``, see
    ``_own_letter_item``). "- " list items are kept as lists.
    """
    if _ends_as_question(text) and (len(text) < 600 or _long_question_of_inquiry(text, inquiry_text)):
        return text  # a labelled question the document numbered itself ("a) Wie viele …?")
    if _BOLD_HEADING.fullmatch(text):
        return text  # a section heading written as one ("**2. Prüfverfahren**")
    if own_item and _LETTER_DOT.match(text):
        return text[:1] + "\\" + text[1:]
    if text.startswith("- "):
        return "- " + escape_paragraph(text[2:]) if _LIST_ITEM.match(text[2:]) else text
    match = _LIST_ITEM.match(text)
    if match:
        label = match.group(0)
        cut = len(label) - 1 if label[-1] in ".)" else re.search(r"\.", label).start()
        return text[:cut] + "\\" + text[cut:]
    if _MARKDOWN_START.match(text):
        return "\\" + text
    return text


# "… (absolute Zahlen und in Prozent?)", "… zu rechnen? Wenn ja:", "5. „Konnten …?“": a question
# that ends in its bracket, in the askers' lead-in to the items under it, or in the quotation
# marks the answer document puts around the askers' question
_QUESTION_END = re.compile(r"\?(?:\)|[“”\"]|\s+(?:[Ww]enn|[Ff]alls)\s+(?:ja|nein|JA|NEIN|Ja|Nein)\s*:)?$")


def _long_question_of_inquiry(text: str, inquiry_text: str) -> bool:
    """A labelled paragraph of 600 characters or more that ends in "?" is a question only
    where the inquiry asks it so ("b) Bisher wurden … begründet. Wird es … nun
    erforderlich, …?": the askers' reasons before their question, both in the inquiry);
    elsewhere it may be a long answer paragraph that ends by asking."""
    return bool(inquiry_text) and len(text) <= 3000 and questions.in_inquiry(layouts.unescaped(text), inquiry_text)


def _ends_as_question(text: str) -> bool:
    stripped = text.rstrip()
    return bool(_QUESTION_END.search(stripped)) and (not stripped.endswith(")") or "(" in stripped)


def compose_body(lines: list[str], expected: list[question_spans.QuestionSpan],
                 inquiry_text: str = "") -> tuple[str, str]:
    """The Markdown body of an answer document's cleaned ``lines`` (see ``_composed_body``).
    Where the inquiry's questions are leads with "- " items and the answer repeats the
    items' sentences unnumbered, each answered (``repeated_items``), those sentences are
    the questions, not numbered by their position (as unnumbered repetitions otherwise are)."""
    if len(expected) >= 2 and expected[0].labelled \
            and all(repeated_items.lead_and_sentences(q.text) is not None for q in expected):
        body, how = _composed_body(lines, expected, inquiry_text, by_position=False)
        if how == "repeated items":
            return body, how
    return _composed_body(lines, expected, inquiry_text)


def _composed_body(lines: list[str], expected: list[question_spans.QuestionSpan],
                   inquiry_text: str = "", by_position: bool = True) -> tuple[str, str]:
    """The Markdown body of an answer document's cleaned ``lines``.

    Returns ``(markdown, how)``; ``how`` names the way questions were found:
    "numbered", "matched" (fuzzy against the inquiry), "prepended" (questions taken
    from the inquiry because the answer has "Zu 1.:" sections), "single" (the inquiry's
    only question, answered by the whole document), "sections" (the sub-questions the
    answer repeats under the inquiry's section headings), "unpaired" (the inquiry's
    questions, then the undivided answer under "## Stellungnahme"), "repeated items" (the
    sentences of the inquiry's "- " items the answer repeats one by one) or "none".
    ``by_position=False`` leaves out the answer's "?" paragraphs numbered by their position.
    """
    if expected:
        lines = roman_sections.with_headings_set_apart(lines)  # "III) Fördermittel, …" above "8. …"
        lines = items_under_headings.with_items_numbered(lines, expected)  # "2. Klagen …" / "b.) Wie …?" as 2b
        # "1." alone on its line, the question under it: the label column of the PDF, read
        # as the label it is (as in the inquiry), so the answer's own numbers are followed
        lines = label_before_lead.label_at_question(question_spans.join_bare_labels(lines), expected, inquiry_text)
        # no blank lines in the extraction: a table's row before their item, their request before the answer
        lines = run_on_breaks.set_apart_request_ends(run_on_breaks.set_apart_items_after_rows(lines, inquiry_text),
                                                     inquiry_text)
        lines = questions.split_question_ends(lines, expected)
        lines = answer_starts.separate_answer_starts(lines, expected, inquiry_text)
        lines = questions.set_apart_request_ends(lines, expected)
    # The inquiry asks in sections ("1. Fälle in Karlsruhe", "1.1 Wie viele …?"), and the answer
    # repeats each heading and the sub-questions under their own numbers: those are the
    # questions, each heading the topic of its section (not "1." a question of its own).
    headings = questions.section_heading_lines(lines, expected, inquiry_text)
    if headings and unread_sections.reworded_sub_questions(lines, expected, inquiry_text):
        headings = []  # a sub-question the answer words otherwise: it would stay inside an answer
    spans, how = ([] if headings else questions.numbered_questions(lines, expected)), "numbered"
    if expected and expected[0].labelled and inquiry_text:
        spans = [answer_starts.without_answer_lines(lines, span, inquiry_text) for span in spans]
    guided = bool(expected) and expected[0].labelled  # the inquiry numbers its questions
    if guided and not by_position and not any(span.labelled for span in spans):
        spans = []  # (the answer's "?" paragraphs, numbered by their position)
    if len(expected) > 1 and not expected[0].labelled:
        # The inquiry did not number its questions, the answer may: its own labels count
        # (not for one request, whose answer may carry a copy of the inquiry's items).
        own = questions.numbered_questions(lines, [])
        if len(own) > len(spans):
            spans = own
    if guided and items_as_questions.items_numbered_as_questions(spans, expected) \
            and len(matched := questions.unnumbered_questions(lines, expected)) == len(expected):
        spans, how = matched, "matched"  # the inquiry's questions, each with its items, found in turn
    if expected and len(spans) < len(expected) and not headings:
        matched = questions.unnumbered_questions(lines, expected, shortened=not spans)
        if len(matched) > len(spans):
            spans, how = matched, "matched"
    if spans and not headings and (unread := unread_sections.sub_questions_left_unread(lines, spans, expected,
                                                                                       inquiry_text)):
        # the inquiry's sub-questions, repeated but run into questions or answers: not paired,
        # each (and each heading) a paragraph of its own in the undivided answer
        spans, lines = [], unread_sections.set_apart(lines, unread, expected, inquiry_text)
    paragraphs: list[str] = []
    own = _own_questions_of_request(lines, expected) if not spans and not headings else []
    if own:
        # One request, which the answer divides into questions of its own ("1. …?", "2. …?",
        # "3. …?"): those are the questions; the request stands before them as the askers' words.
        spans, paragraphs = own, ["> Fragesteller: " + " ".join(expected[0].text.split())]
    if headings:
        lines = _with_sections_set_apart(lines, headings, inquiry_text)
        how = "sections"
    elif not spans and expected and questions.has_zu_sections(lines):
        paragraphs = [inquiry_question_paragraph(q) for q in expected]
        how = "prepended"
    elif not spans and expected and (titled := numbered_titles.as_answer_sections(lines, expected, inquiry_text)):
        # "9. Dokumentation und Meldewege" / answer: the inquiry's numbers under titles of
        # the administration's own, each confirmed by a word of its question
        lines = titled
        paragraphs = [inquiry_question_paragraph(q) for q in expected]
        how = "prepended"
    elif not spans and len(expected) == 1:
        # The inquiry asked one question; the whole answer document answers it.
        paragraphs = [inquiry_question_paragraph(expected[0])]
        how = "single"
    elif not spans and (request := request_items.one_request(expected)) is not None:
        # The items of one request ("Die Verwaltung möge mitteilen," / "1. in welchen …"), not
        # divided by the answer: the request with its items is the one question.
        paragraphs = [inquiry_question_paragraph(request)]
        how = "single"
    elif not spans and expected:
        # Several questions, one undivided answer: both kept, not paired (no guessing).
        # (with the inquiry's sub-questions "1.1.", "1.2.": the answer is shared by all it asks)
        paragraphs = [inquiry_question_paragraph(p) for q in expected for p in [q, *q.asked_after]] \
            + ["## Stellungnahme"]
        how = "unpaired"
    elif not spans:
        how = "none"
    cursor = 0
    question_at = None  # index in paragraphs of the question just written
    for span in spans:
        before = _without_own_label(lines[cursor:span.start], span.number)
        paragraphs += _with_question_rest(_prose(before, inquiry_text, _just_asked(paragraphs, question_at),
                                                 paragraphs[-1] if paragraphs else ""),
                                          paragraphs, question_at, inquiry_text)
        if paragraphs and _names_only(paragraphs[-1], span.number):
            paragraphs.pop()  # "Zu 1.:" right before question 1 only repeats its label
        paragraphs.append(repeated_question_paragraph(span, expected))
        question_at = len(paragraphs) - 1
        cursor = span.end
    paragraphs += _with_question_rest(_prose(lines[cursor:], inquiry_text, _just_asked(paragraphs, question_at),
                                             paragraphs[-1] if paragraphs else ""),
                                      paragraphs, question_at, inquiry_text)
    if how == "prepended":
        paragraphs = [_without_repeated_question(p, expected, inquiry_text) for p in paragraphs]
    if how == "matched" and spans and (lead := bullet_items.lead_paragraph(expected)):
        # the question whose items the answer repeats without it: theirs, before its items
        first = next((i for i, p in enumerate(paragraphs) if p.startswith(f"{spans[0].number} ")
                      or p.startswith(f"> Ersuchen: {spans[0].number} ")), None)
        if first is not None:
            paragraphs.insert(first, lead)
    paragraphs = own_sentences.with_later_sentences(paragraphs, expected, askers_words.is_question)
    paragraphs = renamed_sentences.with_renamed_later_sentences(paragraphs, expected, askers_words.is_question)
    paragraphs = set_apart_follow_ups(paragraphs, inquiry_text, escape_paragraph)
    paragraphs = askers_words.set_apart_askers_words(paragraphs, inquiry_text, expected[0].text if expected else "",
                                                    escape_paragraph, lambda p: is_askers_item(p, inquiry_text))
    paragraphs = answered_requests.mark_requests_answered_in_turn(paragraphs, inquiry_text)
    if expected:
        paragraphs = set_apart_hidden_questions(_with_lead_ins_of_items(paragraphs, inquiry_text), expected)
        paragraphs = own_sentences.with_later_item_sentences(paragraphs, inquiry_text, askers_words.is_question)
        paragraphs = _with_inquiry_labels(paragraphs, expected)
        paragraphs = inquiry_letters.with_inquiry_letters(paragraphs, inquiry_text)  # "D." given twice, for "E."
        paragraphs = quoted_items.set_apart_quoted_items(paragraphs, inquiry_text)
        paragraphs = sub_numbered_items.set_apart_sub_numbered_items(paragraphs, inquiry_text)
    if spans and guided:
        paragraphs = _with_questions_answered_by_pointer(paragraphs, expected)
        _write_unrepeated(paragraphs, questions.unrepeated_questions(expected, spans, lines, paragraphs))
    if how == "unpaired" and (divided := _divided_by_repeated_items(paragraphs, expected)) is not None:
        paragraphs, how = divided, "repeated items"
    paragraphs = questions_as_asked.mark_questions_as_asked(paragraphs, inquiry_text)
    return "\n\n".join(without_bare_question_labels(paragraphs)) + "\n", how


def _own_questions_of_request(lines: list[str], expected: list[question_spans.QuestionSpan]) \
        -> list[question_spans.QuestionSpan]:
    """The answer's own numbered questions where the inquiry made one request without numbers
    ("Wir bitten … zu berichten, welche … Welche Auflagen …?") and the answer asks it as "1. …?",
    "2. …?", "3. …?": two or more, numbered 1, 2, 3 … in order, each ending in "?". Anything
    else ([]) leaves the request as the one question, answered by the whole document."""
    if len(expected) != 1 or expected[0].labelled:
        return []
    own = questions.numbered_questions(lines, [])
    numbers = [question_spans.ordinal(span.number.rstrip(".)")) for span in own]
    if len(own) < 2 or numbers != list(range(1, len(own) + 1)) \
            or not all(span.text.rstrip().endswith("?") for span in own):
        return []
    return own


def _divided_by_repeated_items(paragraphs: list[str], expected: list[question_spans.QuestionSpan]) -> list[str] | None:
    """The answer after "## Stellungnahme" alone, where it repeats the sentences of the
    inquiry's "- " items one by one and answers each (``repeated_items``): those are its
    questions, and the inquiry's numbered questions above it are left out."""
    if "## Stellungnahme" not in paragraphs:
        return None
    return repeated_items.divided_by_repeated_items(paragraphs[paragraphs.index("## Stellungnahme") + 1:], expected)


_BARE_QUESTION_LABEL = re.compile(r"^Frage\s+(\d{1,2})\s*:?$")
_TRAILING_QUESTION_LABEL = re.compile(r"\s+Frage\s+(\d{1,2})\s*:$")
_DOUBLED_LABEL = re.compile(r"^(\d{1,2}\. )\1")


def without_bare_question_labels(paragraphs: list[str]) -> list[str]:
    """"Frage 2:" on a line of its own (or run onto the end of the answer before), right
    before the question written "2. Können …?" (found by matching the inquiry, numbered with
    the inquiry's number): the label is the question's, already in its number; left as text
    it would end the answer before it. A number written twice ("3. 3. Welche …", the
    document's and the inquiry's) is written once."""
    out = []
    for index, paragraph in enumerate(paragraphs):
        paragraph = _DOUBLED_LABEL.sub(r"\1", paragraph)
        label = _BARE_QUESTION_LABEL.match(paragraph.strip())
        following = paragraphs[index + 1].lstrip() if index + 1 < len(paragraphs) else ""
        if label and following.startswith(f"{label.group(1)}. "):
            continue
        trailing = _TRAILING_QUESTION_LABEL.search(paragraph)
        if trailing and following.startswith(f"{trailing.group(1)}. "):
            paragraph = paragraph[:trailing.start()]
        out.append(paragraph)
    return out


def inquiry_question_paragraph(question: question_spans.QuestionSpan) -> str:
    """A question of the inquiry written as it asks it: "1. Wie viele …?", or, for its request
    worded as a statement ("Die Verwaltung legt … dem Ortschaftsrat vor."), marked as the
    askers' request, "> Ersuchen: 1. Die Verwaltung legt …": without the mark the parser
    would read it as the administration's own statement."""
    paragraph = f"{question.number} {question.text}"
    return f"> Ersuchen: {paragraph}" if layouts.tells_as_request(question.text) else paragraph


def repeated_question_paragraph(span: question_spans.QuestionSpan,
                                expected: list[question_spans.QuestionSpan]) -> str:
    """A question the answer document repeats, under its number; a request worded as a
    statement only marked as the askers' ("> Ersuchen: 2. Sie stellt dar, …") where their
    inquiry requests it so under that number (``questions.confirmed_request``), and only where
    the parser would not read it as a question anyway ("A. Wie hoch ist …: 1. …" is one)."""
    number = question_spans.ordinal(span.number.rstrip(".)"))
    want = next((q for q in expected if question_spans.ordinal(q.number.rstrip(".)")) == number), None)
    paragraph = f"{span.number} {span.text}"
    if want is not None and not layouts.label_asks(span.text) and (
            questions.confirmed_request(span.text, want.text) or questions.confirmed_request_item(span.text, want)):
        return "> Ersuchen: " + _DOUBLED_LABEL.sub(r"\1", paragraph)
    return paragraph


def _with_sections_set_apart(lines: list[str], headings: list[int], inquiry_text: str) -> list[str]:
    """The answer's lines with each section heading ("2. Prüfverfahren") written as a topic
    heading ("**2. Prüfverfahren**") and each sub-question of the inquiry that the section
    repeats ("2.2 Werden …?") starting a paragraph of its own (extraction may have run
    several into one: "5.1 …? 5.2 …? 5.3 …?" on lines one after another)."""
    out: list[str] = []
    section = None
    index = 0
    while index < len(lines):
        line = lines[index]
        if index in headings:
            section = line.strip().split(".", 1)[0]
            out += ["", f"**{line.strip()}**", ""]
        elif section and questions.sub_question_start(line, section, inquiry_text):
            # with the askers' items under it ("- Vereine?"): the question one line, its answer after it
            itemised = None if questions.ends_plainly(lines, index) else \
                section_items.set_apart(lines, index, inquiry_text)
            if itemised is not None:
                written, index = itemised
                out += written
                continue
            out += ["", line]
        else:
            out.append(line)
        index += 1
    return out


_ZU_SECTION_START = re.compile(r"^(?:Zu|zu)\s+(?:Frage\s+)?(\d{1,2})\.?:?\s+(?=\S)")


def _without_repeated_question(paragraph: str, expected: list[question_spans.QuestionSpan],
                               inquiry_text: str) -> str:
    """"zu 1: Welche Alternativen wurden … geprüft? Im Rahmen …": under the inquiry's questions
    (written first, the answer being divided by "Zu 1.:" sections), a section that opens
    by repeating its question, then answers it. The repetition is the question already
    written (where it stops is read as for a numbered repetition, ``answer_starts``), so the
    section keeps only its header and the answer: "Zu 1.: Im Rahmen …". Anything in doubt
    (another question's words, no statement after the "?") is left as it is."""
    match = _ZU_SECTION_START.match(paragraph)
    wanted = [q for q in expected if match and question_spans.ordinal(q.number.rstrip(".)")) == int(match.group(1))]
    if not wanted:
        return paragraph
    rest = paragraph[match.end():]
    for mark in re.finditer(r"\?(?=\s)", rest):
        following = rest[mark.end():].strip()
        if answer_starts.answer_starts(wanted[0].text, rest[:mark.end()], following, inquiry_text):
            return f"Zu {match.group(1)}.: {following}"
    return paragraph


HIDDEN_QUESTION_THRESHOLD = 92  # rapidfuzz ratio of sentences of an answer with a question of the inquiry
MIN_HIDDEN_QUESTION = 30  # characters of a question searched for inside answer paragraphs


def set_apart_hidden_questions(paragraphs: list[str], expected: list[question_spans.QuestionSpan]) -> list[str]:
    """A question of the inquiry that the Markdown does not show as a question, standing
    inside a paragraph of answer text ("… zu rechnen. Sofern derzeit keine Umsetzung
    vorgesehen ist: … erfolgen? Wie oben beschrieben, …"): extraction ran a question and
    its answer into the answer before. The question is set apart as a paragraph of its
    own, so that the parser records the doubt (an answer holding a paragraph that looks
    like a question); it is never paired by its place. Only questions ending in "?", whole
    sentences matching the inquiry's wording strongly."""
    shown = [p for p in paragraphs if _shows_question(p)]
    out = list(paragraphs)
    for question in expected:
        text = question.text.strip()
        if len(text) < MIN_HIDDEN_QUESTION or not text.endswith("?") or any(_holds(p, text) for p in shown):
            continue
        for index, paragraph in enumerate(out):
            if _shows_question(paragraph) or paragraph.startswith("#"):
                continue
            parts = _around_question(paragraph, text)
            if parts is not None:
                out[index:index + 1] = [escape_paragraph(part) for part in parts if part]
                break
    return out


def _shows_question(paragraph: str) -> bool:
    """A paragraph the Markdown shows as a question: labelled and asking, or quoted."""
    return paragraph.startswith("> ") or questions.asked_under(paragraph) is not None


def _holds(paragraph: str, question: str) -> bool:
    return fuzz.partial_ratio(question_spans.normalise(question), question_spans.normalise(paragraph)) \
        >= HIDDEN_QUESTION_THRESHOLD


def _around_question(paragraph: str, question: str) -> tuple[str, str, str] | None:
    """``(before, question, after)`` when a run of whole sentences of ``paragraph`` is
    ``question`` (as near as extraction allows) and other text stands beside it."""
    plain = layouts.unescaped(paragraph)
    sentences = question_spans.split_sentences(plain)
    want = question_spans.normalise(question)
    wanted = max(1, len(question_spans.split_sentences(question)))
    for start in range(len(sentences)):
        for end in range(start + 1, min(start + wanted + 2, len(sentences) + 1)):
            found = " ".join(sentences[start:end])
            if not found.rstrip().endswith("?") or question_spans.LABEL_LIKE.match(found) \
                    or layouts.question_label(found):
                continue  # a labelled question inside a paragraph is the parser's doubt already
            if fuzz.ratio(question_spans.normalise(found), want) >= HIDDEN_QUESTION_THRESHOLD:
                if start == 0 and end == len(sentences):
                    return None  # the paragraph is the question: the parser judges it as it is
                return (" ".join(sentences[:start]), found, " ".join(sentences[end:]))
    return None


def _write_unrepeated(paragraphs: list[str], unrepeated: list[question_spans.QuestionSpan]) -> None:
    """Write each question the answer document does not repeat where the inquiry asks it:
    right before the next repeated question, or before a header that names it ("Zu Frage
    6:"), or after the last text (before the signature)."""
    for question in reversed(unrepeated):
        number = question_spans.ordinal(question.number.rstrip(".)"))
        written = [(i, n) for i, p in enumerate(paragraphs) if (n := questions.asked_under(p)) is not None]
        later = [index for index, ordinal in written if ordinal > number]
        earlier = [index for index, ordinal in written if ordinal < number]
        end = min(later) if later else _signature_paragraph(paragraphs)
        start = max(earlier) + 1 if earlier else 0
        at = next((i for i in range(start, end) if _names_question(paragraphs[i], question.number)), end)
        paragraphs.insert(at, _unrepeated_paragraph(question))


_LABELLED_POINTER = re.compile(r"^(\d{1,2})\\?[.)]\s+((?:siehe|vgl\.)\s+(?:(?:die\s+)?Antwort\s+zu\s+)?"
                               r"(?:Frage|Ziffer|Nr\.)\s*(\d{1,2})\.?)$", re.IGNORECASE)


def _with_questions_answered_by_pointer(paragraphs: list[str],
                                        expected: list[question_spans.QuestionSpan]) -> list[str]:
    """"4. siehe Frage 2": the answer document repeats only question 4's label, followed by a
    pointer as its answer. Where no paragraph asks under that label and the inquiry asks a
    question of that number, the inquiry's question is written under its label and the
    pointer after it as its answer ("4. Wie und durch wen …?" / "Siehe Frage 2"); a pointer
    to its own number, or a label the inquiry does not have, stays as written."""
    by_number = {question_spans.ordinal(q.number.rstrip(".)")): q for q in expected if q.labelled}
    asked = {n for n in map(questions.asked_under, paragraphs) if n is not None}
    out = []
    for paragraph in paragraphs:
        match = _LABELLED_POINTER.match(paragraph.strip())
        number = int(match.group(1)) if match else None
        if match and number in by_number and number not in asked and int(match.group(3)) != number:
            pointer = match.group(2)
            out += [inquiry_question_paragraph(by_number[number]), pointer[0].upper() + pointer[1:]]
            asked.add(number)
        else:
            out.append(paragraph)
    return out


def _names_question(paragraph: str, number: str) -> bool:
    """"Zu Frage 6:" (and "Zu 5. und 6.:") names question ``number``."""
    header = layouts.answer_header(paragraph)
    return header is not None and number.rstrip(".)") in header[0]


def _unrepeated_paragraph(question: question_spans.QuestionSpan) -> str:
    """A question of the inquiry that the answer document does not repeat, written where the
    inquiry asks it: "> Nicht wiederholt: 5. Wird …?". The parser keeps it as a question
    that no text answers unless a header names it ("Zu 5.:"), so it does not vanish and is
    not paired by its place."""
    return f"> Nicht wiederholt: {question.number} {question.text}"


def _signature_paragraph(paragraphs: list[str]) -> int:
    """The index of the paragraph holding the signature ("Karlsruhe, 3. Mai 2019 / gez. …"),
    which the parser cuts off with all after it; ``len(paragraphs)`` when there is none."""
    lines = "\n\n".join(paragraphs).split("\n")
    line = read_signature(lines).signature_line
    if line is None:
        return len(paragraphs)
    start = 0
    for index, paragraph in enumerate(paragraphs):
        end = start + paragraph.count("\n") + 1
        if line < end:
            return index
        start = end + 1
    return len(paragraphs)


def _just_asked(paragraphs: list[str], question_at: int | None) -> tuple[list[str], int] | None:
    """The question written last, when nothing has been written after it."""
    return (paragraphs, question_at) if question_at is not None and question_at == len(paragraphs) - 1 else None


def _without_own_label(lines: list[str], number: str) -> list[str]:
    """"1." alone on its line, then "Wie beurteilt …?": the answer document prints the
    question's label in a column of its own. The question is written with its label, so
    the bare label before it is no paragraph of its own (it would stand as the answer to
    the question before)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if end and question_spans.is_bare_label(lines[end - 1], number):
        return lines[:end - 1]
    return lines


def _with_question_rest(prose: list[str], paragraphs: list[str], question_at: int | None,
                        inquiry_text: str) -> list[str]:
    """"1. Wie hoch ist der Eigenanteil?" then "a) für Kassenpatienten b) für Privatpatienten":
    items the inquiry itself lists under the question, which states nothing, are the rest of
    the question (joined to it), not the start of its answer."""
    if _just_asked(paragraphs, question_at) is None:
        return prose
    taken = 0
    for paragraph in prose:  # the run of such items right after the question ("- A", "- B")
        plain = layouts.unescaped(paragraph)
        if not re.match(r"^(?:[a-z][.)]|[-•–])\s", plain) or "?" in plain or layouts.states_something(plain) \
                or not questions.in_inquiry(plain, inquiry_text):
            break
        paragraphs[question_at] += " " + plain
        taken += 1
    return prose[taken:]


def _names_only(paragraph: str, number: str) -> bool:
    """True for a bare "Zu 1.:" / "Zu Frage 1:" heading naming exactly ``number``."""
    label = re.escape(number.rstrip(".)"))
    return bool(re.fullmatch(rf"Zu\s+(?:Frage\s+|Ziffer\s+|Nr\.\s*)?{label}[.)]?\s*:?", paragraph.strip()))


def _prose(lines: list[str], inquiry_text: str = "", asked: tuple[list[str], int] | None = None,
          previous: str = "") -> list[str]:
    """Reflow running text into escaped paragraphs; "Zu 1.:" headings stand alone; a
    paragraph that is one of the inquiry's own questions is quoted ("> Wie viele …?"),
    other text of the askers copied from the inquiry is quoted with their name
    ("> Fragesteller: Seit 2016 …"). Right after a question (``asked``: the list and index
    of the question written before these lines, or one found among them), the askers'
    sentences that go on with it in their inquiry are joined to it, not left to open
    the answer (``questions.askers_continuation``). A labelled paragraph that is the askers'
    question, perhaps with its answer run into it, is kept as written (``askers_labelled_question``;
    ``previous`` is the paragraph written before these lines)."""
    separated: list[str] = []
    for index, line in enumerate(lines):
        if index and _inside_open_bracket(lines[index - 1]):
            separated.append(line)  # "… (siehe Antwort" / "zu 3.)": a pointer's end, no heading
        elif (alone := questions.zu_heading_alone(line)) is not None:
            separated += ["", alone, ""]
        elif questions.is_zu_heading(line):
            separated += ["", line, ""] if line.rstrip().endswith(":") else ["", line]
        elif index and _heads_list_after_question(lines[index - 1], line):
            separated += ["", line]
        else:
            separated.append(line)
    out: list[str] = []
    for paragraph in (part for reflowed in cleanup.reflow(separated)
                      for part in section_numbers.split_section_numbered(reflowed)):
        for position, part in enumerate(split_labelled_question(paragraph, inquiry_text)):
            if asked is not None and inquiry_text:
                written, index = asked
                # the rest of the question's own paragraph may be the askers' words throughout
                lead, part = questions.askers_continuation(written[index], part, inquiry_text, whole=position > 0)
                if lead and (not layouts.asks(lead) or (written[index].startswith("> ") and not lead.endswith("?"))):
                    # their remark or reasons, or a request after a quoted question (which
                    # must still end in "?"): their text, quoted with their name
                    out.append(f"> Fragesteller: {lead}")
                elif lead:
                    written[index] += " " + lead  # their question goes on
                if not part:
                    continue
            asked = None
            if questions.quotes_inquiry(part, inquiry_text):
                out.append(f"> {part}")
                asked = (out, len(out) - 1)
            elif questions.from_inquiry(part, inquiry_text, after_their_question=bool(out) and
                                        out[-1].startswith("> ") and not out[-1].startswith("> Fragesteller:")):
                out.append(f"> Fragesteller: {part}")
            elif (askers := askers_labelled_question(part, inquiry_text, out[-1] if out else previous)) is not None:
                out.extend(askers)  # their labelled question, kept as written (then its answer)
            elif is_askers_item(part, inquiry_text):
                out.append(_with_bracket_label(part))  # "b) Spielsicherheit": their next item, not escaped
            else:
                out.append(escape_paragraph(part, own_item=_own_letter_item(part, inquiry_text),
                                            inquiry_text=inquiry_text))
                if out[-1] == part and part.rstrip().endswith("?") and layouts.question_label(part):
                    asked = (out, len(out) - 1)  # a labelled question, kept as written
    return out


_LIST_HEADING = re.compile(r"^\d{1,2}\.\s+[A-ZÄÖÜ][^?]{0,80}$")


def _heads_list_after_question(previous: str, line: str) -> bool:
    """"a. Welche Gründe … vor?" then "1. Organisatorische und personelle Ressourcen" on the
    next line: the answer's first numbered heading (it asks nothing), right under the question
    it answers. It starts the answer, a paragraph of its own, not the question's last words."""
    return previous.rstrip().endswith("?") and bool(_LIST_HEADING.match(line.strip()))


def _inside_open_bracket(line: str) -> bool:
    """Does ``line`` leave a bracket open ("Es wurden keine … durchgeführt (siehe Antwort"),
    so that the line after it goes on inside it ("zu 3.)")?"""
    return line.count("(") > line.count(")")


_LETTER_ITEM = re.compile(r"^([b-z])[.)]\s+(?=\S)")
MIN_ASKERS_ITEM = 8  # letters of an item's label and text looked up in the inquiry


def is_askers_item(paragraph: str, inquiry_text: str) -> bool:
    """"b) Spielsicherheit" (after "1. Wie ist die Überprüfung … organisiert im Hinblick auf:
    a) Betriebssicherheit …" and its answer): an item of the askers that asks nothing by
    itself, labelled with a letter after "a", found with its label in their inquiry letter
    for letter ("b) Spielsicherheit" listed there). It is their item, written as labelled,
    for the parser to read under the question that leads into the items; the
    administration's own text is never found so. One line that does not ask: an item that
    asks is read as a question anyway; one asking without "?" only where the inquiry's next
    label (or its end) follows it: otherwise it may be a question cut short at a page break."""
    label = _LETTER_ITEM.match(paragraph)
    if label is None or not inquiry_text or "?" in paragraph or "\n" in paragraph.strip() or len(paragraph) > 300:
        return False
    whole = re.escape(question_spans.normalise(paragraph)) + r"\s*(?:[a-z]\)\s|\d{1,2}[.)]\s|$)"
    if layouts.is_question_like(paragraph[label.end():]) \
            and not re.search(whole, question_spans.normalise(inquiry_text)):
        return False  # "c) Inwiefern fließen … in die Schulung": a question cut at a page break, the parser's to doubt
    letters = layouts.letters(paragraph)
    return len(letters) >= MIN_ASKERS_ITEM and letters in layouts.letters(inquiry_text) \
        and re.search(rf"(?:^|\s){label.group(1)}[.)]\s", inquiry_text) is not None


def _with_bracket_label(item: str) -> str:
    """"b. bei den Kitas anderer Träger", which the inquiry lists as "b) bei den Kitas anderer
    Träger": the askers' item written with a bracket, as the parser reads an item's label."""
    return re.sub(r"^([b-z])\.(?=\s)", r"\1)", item)


_COLON_LABEL = re.compile(r"^([A-Z]|\d{1,2}):\s+(\S.*\?)$", re.S)
COLON_LABEL_THRESHOLD = 92  # rapidfuzz ratio of a question labelled "E:" with the inquiry's question "E."


def _with_inquiry_labels(paragraphs: list[str], expected: list[question_spans.QuestionSpan]) -> list[str]:
    """"E: Wer wird dafür in Regress genommen …?" between "D." and "F.": the label written
    with a colon where the inquiry's question of that letter or number reads "E." — a slip
    the inquiry corrects. The paragraph gets the inquiry's label when the question after
    it is the inquiry's question of that label, word for word as near as extraction
    allows (not "F: …" and "A: …" of an interview, nor a statement ending in a colon)."""
    by_label = {q.number.rstrip(".)"): q for q in expected if q.labelled}
    out = []
    for paragraph in paragraphs:
        match = _COLON_LABEL.match(paragraph.strip())
        want = by_label.get(match.group(1)) if match else None
        if want is not None and fuzz.ratio(question_spans.normalise(match.group(2)),
                                           question_spans.normalise(want.text)) >= COLON_LABEL_THRESHOLD:
            paragraph = f"{want.number} {match.group(2)}"
        out.append(paragraph)
    return out


_FIRST_ITEM = re.compile(r"^a[.)]\s+\S")


def _with_lead_ins_of_items(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """"7\\. Welche Möglichkeiten ergeben sich durch … (mehr Ausbildungsstellen …)" right
    before "a) für diese jungen Menschen selbst?": the askers' numbered question that leads
    into its items, its colon lost, so it has no "?" of its own and was escaped as text. It
    is kept as written (a question for the parser, its items a), b) its sub-questions) when
    it opens with a question word, asks nothing else, stands as a whole in the inquiry, and
    its first item follows as a question (also quoted, "> a) Durch die …?", where the
    importer found it as the inquiry's question; the lead then keeps its colon, "… in Bezug
    auf Stress:"). Its answer is then its items' answers: nothing of it is taken from the
    text after it."""
    out = list(paragraphs)
    for index, (paragraph, following) in enumerate(pairwise(paragraphs)):
        plain = layouts.unescaped(paragraph.strip())
        label = layouts.question_label(plain)
        if plain == paragraph.strip() or label is None or label.style != "dot" or not label.number.isdigit():
            continue
        if "?" in plain or len(plain) > 400 or not layouts.opens_with_question_word(label.rest) \
                or not questions.in_inquiry(label.rest, inquiry_text):
            continue
        first = following.removeprefix("> ")  # "> a) Durch die …?": the item quoted as the inquiry's question
        if _FIRST_ITEM.match(first) and first.rstrip().endswith("?"):
            out[index] = plain
    return out


MIN_ASKERS_QUESTION = 20  # characters of a labelled question looked up in the inquiry
# "Wie viele …", "Bei welchen Projekten …": an interrogative, perhaps after its preposition
_W_QUESTION = re.compile(r"^(?:(?:Nach|Von|Mit|Für|In|An|Auf|Aus|Bei|Bis|Seit|Ab|Über|Unter|Zu|Um|Durch|Gegen)\s+)?"
                         r"(?:wie|was|welche[rsmn]?|wann|wo|wohin|woher|warum|weshalb|wieso|wozu|wer|wem|wen|"
                         r"wessen|inwiefern|inwieweit)\b", re.I)


def askers_labelled_question(paragraph: str, inquiry_text: str, before: str = "") -> list[str] | None:
    """``[question]`` or ``[question, answer]`` when a labelled paragraph that asks, but does
    not end in "?", opens with a question of the askers as their inquiry words it: the whole
    paragraph ("12. Finden die Prüfungen angekündigt statt? – Wenn angekündigt: ist es nicht
    sinnvoller …", "3.4 Welche Gründe …? (zu geringe Stundenzahl oder andere Gründe?)", "5.
    Auf welcher Grundlage …? Bitte nach Fallgruppen darstellen, zum Beispiel:"), or its
    sentences up to a "?" followed by text that starts a statement of the administration's
    ("b) Wie viel Prozent …? (Bitte um Häufigkeitsverteilung) Eine Aufteilung nach Minuten
    wird …", "2.7. Wurde ein Lärmgutachten erstellt? Nein."). The question is then kept as
    written (not escaped into the text before it), for the parser to read or doubt, and the
    answer set apart. None when the inquiry does not confirm it, or anything is in doubt."""
    plain = layouts.unescaped(paragraph.strip())
    label = layouts.question_label(plain)
    if not inquiry_text or label is None or plain.endswith("?") or len(plain) > 1500:
        return None
    if re.search(r"\b[a-z]\.$", before.rstrip()):
        return None  # "… vorgesehen, z." / "B. Willkommensvideos …?": the label is the end of "z. B."
    start = len(plain) - len(label.rest)  # where the question's text starts, after its label
    # after "?" or "?)", or after the askers' remark in brackets right after it ("? (Bitte um …)")
    marks = sorted({m.end() for m in re.finditer(r"\?\)?(?=\s|$)", plain)}
                   | {m.end() for m in re.finditer(r"\?\)?\s*\([^()]{1,200}\)(?=\s|$)", plain)}, reverse=True)
    if not marks:
        # no sentence of it asks ("„Wer wohnt wie?“" is a title), unless it is one finished
        # sentence of the askers that asks by its interrogative, its "?" typed as "." ("9. Bei
        # welchen Projekten … kam KAI zur Anwendung."). Not a lead-in ("… bei:") nor an item
        # without its end ("a) Welches sind die Beschwerdethemen"): the askers' items may
        # follow it, not its answer (36994)
        body = plain[start:].strip()
        one_w_question = bool(_W_QUESTION.match(body)) and body.endswith(".") \
            and len(question_spans.split_sentences(body)) == 1
        return [plain] if one_w_question and len(body) >= MIN_ASKERS_QUESTION \
            and questions.in_inquiry(body, inquiry_text) else None
    for cut in [len(plain), *marks]:
        asked, rest = plain[:cut].strip(), plain[cut:].strip()
        body = plain[start:cut].strip()
        if len(body) < MIN_ASKERS_QUESTION or not questions.in_inquiry(body, inquiry_text):
            continue
        if not rest:
            # all of it theirs, also what follows its last "?" (a short "Keine." could be the answer),
            # but not a lead-in of items ("… zum Beispiel:"): where its answer starts is not settled
            tail = plain[marks[0]:].strip()
            if not asked.endswith(":") and (not tail or questions.in_inquiry(tail, inquiry_text)):
                return [asked]
            continue
        if answer_starts.starts_statement(rest, inquiry_text) and not _heads_answer(rest):
            return [asked, escape_paragraph(rest)]
        return None
    return None


def _heads_answer(text: str) -> bool:
    """"Antwort zu 1. und 2.", "Zu 3:": a header naming the questions it answers, which the
    parser reads where it stands (numbering that restarts per section makes it ambiguous)."""
    return layouts.answer_header(text) is not None or layouts.letter_answer_header(text) is not None \
        or layouts.plain_answer_header(text) is not None or layouts.joint_answer(text) is not None


_QUESTION_LABEL = re.compile(r"^(?:\d{1,2}[.)]|\d{1,2}\.\d{1,2}\.?|[a-z][.)]|\d{1,2}\s?[a-z]\)|[A-Z]\d{1,2}\.)\s+\S")
_ANSWER_START = re.compile(r"\?\s+(?=[A-ZÄÖÜ„\"]|(?:s\.|siehe|vgl\.)\s)")
# Abbreviations whose dot does not end a sentence ("z. B.", "ca. 33", "Nr. 4").
_ABBREVIATION = re.compile(r"(?:\b(?:z|u|d|o|s|v|i|bzw|ca|vgl|ggf|inkl|evtl|usw|Nr|Ziff|Abs|Dr|Str|St|Mio|Mrd|Tsd|ff|etc)\.|\b[A-Za-z]\.|\d\.)$")


def _ends_statement(text: str) -> bool:
    """Does ``text`` (what follows a "?") contain a finished statement before any "?"?"""
    for m in re.finditer(r"[.!](?=\s|$)", text):
        if "?" in text[: m.start()]:
            return False
        if not _ABBREVIATION.search(text[: m.start() + 1]):
            return True
    return False


def split_labelled_question(paragraph: str, inquiry_text: str = "") -> list[str]:
    """"1. Wie stellt sich … dar? Beim Klinikum ist …": a numbered question and the start
    of its answer that the PDF ran into one paragraph. The answer starts after the "?"
    that is followed by a statement (a sentence ending in "." before any further "?"),
    or by a pointer ("s. Ziff. 4", "Siehe Frage 1 f)"). Else, with the faction's inquiry,
    where the question stands in the inquiry and a statement of the administration's
    follows (``answer_starts.split_at_inquiry_question``: a table, a lead-in "… wie
    folgt:"). A capital letter's question is set apart only from a pointer run onto it
    ("D. …? siehe hierzu Antwort zu C.1.", ``inquiry_letters``). Anything else is returned whole."""
    if (pointed := inquiry_letters.split_pointer_after_letter_question(paragraph)) is not None:
        return pointed
    if not _QUESTION_LABEL.match(paragraph) or "?" not in paragraph[:800]:
        return answer_starts.split_at_inquiry_question(paragraph, inquiry_text)
    for m in _ANSWER_START.finditer(paragraph, 0, 800):
        rest = paragraph[m.end():]
        pointer = bool(re.match(r"(?:s\.|siehe|vgl\.)\s", rest, re.I))  # "Siehe unter a)" too
        if pointer or (_ends_statement(rest) and len(rest) >= 20):
            return [paragraph[: m.start() + 1].strip(), rest.strip()]
    return answer_starts.split_at_inquiry_question(paragraph, inquiry_text)


def render(front: dict, body: str) -> str:
    """A complete inquiry file: YAML front matter (known keys, in order) and body."""
    unknown = set(front) - set(FRONT_MATTER_KEYS)
    if unknown:
        raise ValueError(f"unknown front matter keys: {sorted(unknown)}")
    ordered = {key: front[key] for key in FRONT_MATTER_KEYS if front.get(key) not in (None, "", [])}
    head = yaml.safe_dump(ordered, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{head}---\n\n{body}"


# --- front matter read from a single document's text -------------------------------

_REFERENCE = re.compile(r"\b(?:Anfrage|Vorlage)\s+Nr\.?:?\s*(\d{1,5}/\d{4}|\d{4}/\d{1,5})")
_SUBMITTER = re.compile(r"Anfrage\s+Nr\.?\s*\S+\s+(?:der|des|von)\s+(.+?)\s+betreffend\b")
_TITLE = re.compile(r"\bbetreffend\s+(.+)")
_PLACE_DATE = re.compile(r"^([A-ZÄÖÜ][\wäöüß .-]{1,40}),\s*(?:den\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def front_matter_from_text(text: str) -> dict:
    """Facts a document states about itself; a fact not stated is left out.

    Reads the reference ("Anfrage Nr. 1424/2024", "Vorlage Nr.: 2024/0229"), the
    submitter and title ("… der FDP-Stadtratsfraktion betreffend <title>"), place
    and date ("Mainz, 11.11.2024") and the signer after "gez.".
    """
    front: dict = {}
    flat = " ".join(text.split())
    if match := _REFERENCE.search(flat):
        front["reference"] = match.group(1)
    if match := _SUBMITTER.search(flat):
        front["submitter"] = match.group(1)
    front["title"] = _title(text)
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if match := _PLACE_DATE.match(line):
            front["place"] = match.group(1)
            front["answered_on"] = f"{match.group(4)}-{int(match.group(3)):02d}-{int(match.group(2)):02d}"
        if line.lower().rstrip(":") in ("gez.", "gez") or line.lower().startswith("gez. "):
            _signer(front, line, lines[index + 1:])
    return {key: value for key, value in front.items() if value}


def _title(text: str) -> str | None:
    for line in text.splitlines():
        if match := _TITLE.search(line):
            title = match.group(1).strip()
            bold = re.fullmatch(r"\*\*(.+)\*\*", title)
            return (bold.group(1) if bold else title).strip() or None
    return None


def _signer(front: dict, line: str, following: list[str]) -> None:
    rest = [x for x in following if x][:2]
    name = line[4:].strip() if len(line) > 4 else (rest.pop(0) if rest else "")
    if name:
        front["signed_by"] = name
    if rest and len(rest[0]) < 60:
        front["signer_role"] = rest[0]


def document_markdown(text: str, *, source_name: str = "") -> tuple[dict, str]:
    """Front matter and Markdown body of one answer document's text."""
    front = front_matter_from_text(text)
    if source_name:
        front["files"] = [source_name]
    lines = cleanup.drop_internal_form(cleanup.clean_lines(text))
    lines = [line.replace("**", "") for line in lines]
    body, _ = compose_body(lines, [])
    return front, body


def output_path(outdir: Path, reference: str) -> Path:
    """``OUTDIR/<year>/<number>.md``: "2017/0786" → 2017/0786.md, "1424/2024" → 2024/1424.md.

    The year is the part that is a plausible year (Karlsruhe writes it first, Mainz
    last); further parts ("2022/0851/1") are appended to the number with "-".
    """
    prefix, parts = re.match(r"^([A-Za-z]*)(.*)$", reference.strip()).groups()
    parts = parts.lstrip("/").split("/")
    if len(parts) < 2 or not all(part.isdigit() for part in parts):
        raise ValueError(f"reference {reference!r} is not of the form 2017/0786 or 1424/2024")
    if prefix:  # "ANF2022/2001": keep the letters so it cannot collide with 2022/2001
        parts = [parts[0], f"{prefix}-{parts[1]}", *parts[2:]]
    if _is_year(parts[0]) or not _is_year(parts[1][-4:]):
        year, number = parts[0], parts[1:]
    else:
        year, number = parts[1], [parts[0]] + parts[2:]
    return outdir / year / ("-".join(number) + ".md")


def _is_year(text: str) -> bool:
    return len(text) == 4 and 1945 <= int(text) <= 2100
