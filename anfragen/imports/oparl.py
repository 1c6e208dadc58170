"""OParl papers (a corpus folder or a live endpoint) → inquiry Markdown.

``convert_paper`` is pure: an OParl ``Paper`` object and the texts of its files in,
front matter and body (or the reason to skip) out. ``papers_from_dir`` and
``papers_from_url`` do the reading; ``papers_from_url`` follows ``links.next``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import cleanup, copied_inquiry, documents, first_numbers, inquiry_reading, own_questions
from .header import split_header


@dataclass
class PaperFiles:
    """One paper with the extracted texts of its files (``None``: no text)."""

    paper: dict
    texts: dict[str, str | None] = field(default_factory=dict)  # file id → text


@dataclass
class Converted:
    """The outcome for one paper: a file to write, or the reason it was skipped."""

    reference: str
    front: dict | None = None
    body: str = ""
    how: str = ""
    skipped: str = ""


def file_kind(name: str, text: str | None) -> str:
    """"answer", "inquiry", "minutes" or "other" for one file of a paper.

    The text's own heading decides ("STELLUNGNAHME zur Anfrage", "ANFRAGE"); the file
    name ("Stellungnahme TOP 31", "StN …", "Anfrage", "Protokoll …") is the fallback.
    """
    head = " ".join((text or "").split()[:40])
    lowered = name.lower()
    if lowered.startswith("protokoll"):
        return "minutes"
    if re.match(r"^(?:top\s+\d+[\d.]*\s+)?(?:anlage|anhang)", lowered):
        return "other"  # "Anlage 1", "TOP 7 Anlage Stellungnahme …": an attachment, not the answer
    if re.search(r"STELLUNGNAHME|Stellungnahme zur Anfrage", head):
        return "answer"
    if re.search(r"\bANFRAGE\b|^Anfrage\b", head) or re.match(r"(?:Prüf|Änderungs|Ergänzungs)antrag\b", head):
        return "inquiry"  # the faction's own file, also where it heads itself "Prüfantrag"
    if re.search(r"stellungnahme|\bstn\b|_stn", lowered):
        return "answer"
    if re.search(r"anfrage", lowered):
        return "inquiry" if text else "other"  # "ORS Anfrage Winterradnetz", "TOP 7 Anfrage …"
    if text and not re.match(r"^(top|anlage|anhang)", lowered):
        return "inquiry" if re.search(r"^\s*1[.)]?\s", text, re.MULTILINE) else "other"
    return "other"


def inquiry_by_elimination(paper: dict, files: list[dict], kinds: dict[str, str], texts: dict) -> dict | None:
    """The faction's own file of an inquiry whose name does not say so ("TOP 14 - Antrag
    …"): the paper is an "Anfrage", no file is known as its inquiry, this is its only
    file besides the answer and the minutes (no attachment), and its text names itself
    with a line "Anfrage" and nowhere as a motion ("ANTRAG", "beantragt"). A motion filed
    as an inquiry stays unread, so no request rule reads it as asking."""
    if paper.get("paperType") != "Anfrage" or "inquiry" in kinds.values():
        return None
    rest = [f for f in files if kinds[file_key(f)] == "other"]
    if len(rest) != 1 or re.search(r"anlage|anhang", rest[0].get("name", ""), re.IGNORECASE):
        return None
    text = texts.get(file_key(rest[0])) or ""
    names_itself = re.search(r"(?m)^\s*Anfrage\s*$", text) is not None
    a_motion = re.search(r"(?m)^\s*ANTRAG\b|\bbeantrag", text) is not None
    return rest[0] if has_text(text) and names_itself and not a_motion else None


# "STELLUNGNAHME zum Antrag", "Stellungnahme zum Änderungsantrag": the answer heads itself
# as the administration's view of a motion (not "zur Anfrage", not "zum Prüfantrag").
_ON_A_MOTION = re.compile(r"\bStellungnahme\s+zum\s+(?:Änderungs|Ergänzungs)?antrag\b", re.IGNORECASE)


def is_motion_that_asks_nothing(answer_text: str, inquiry_text: str, questions_read: list) -> bool:
    """A motion filed as an inquiry: the answer heads itself as a statement on a motion
    ("STELLUNGNAHME zum Antrag"), and neither it nor the faction's own file asks anything
    (no "?", no request read). Such a paper has no question to pair; one whose motion or
    answer asks ("Stellungnahme zum Antrag" on questions with "?") stays an inquiry."""
    head = " ".join(answer_text.split()[:40])
    return bool(_ON_A_MOTION.search(head)) and "?" not in answer_text and "?" not in inquiry_text \
        and not questions_read


def has_text(text: str | None) -> bool:
    """Whether an extracted text holds any words: a scanned PDF without a text layer
    comes out as blank lines and bullet glyphs ("\\uf0b7"), or only the extractor's page
    marks ("-- 1 of 4 --"), which is no text."""
    return bool(text) and re.search(r"[^\W\d_]{2}", _PAGE_MARK.sub("", text)) is not None


_PAGE_MARK = re.compile(r"(?m)^\s*--\s*\d+\s+of\s+\d+\s*--\s*$")  # "-- 1 of 4 --": the extractor's, not the text's


def paper_files(paper: dict) -> list[dict]:
    """The File objects of a paper, main file first."""
    main = [paper["mainFile"]] if paper.get("mainFile") else []
    return main + list(paper.get("auxiliaryFile") or [])


def file_key(file: dict) -> str:
    """The key of a file's text: the last part of its OParl id ("…/files/143288")."""
    return str(file.get("id", "")).rstrip("/").rsplit("/", 1)[-1]


def submitter_from_file_name(name: str) -> str | None:
    """The faction a file name states: "Linke-Personelle …" → "Linke", else None."""
    match = re.match(r"^([A-ZÄÖÜ][\wÄÖÜäöü.]*(?: [A-ZÄÖÜ][\wÄÖÜäöü.]*)?)-(?=[A-ZÄÖÜ\d])", name)
    if not match or re.match(r"^(TOP|Anfrage|Stellungnahme|Protokoll|Anlage|StN|Vorl)", match.group(1)):
        return None
    return match.group(1)


def convert_paper(item: PaperFiles, body_name: str | None) -> Converted:
    """Front matter and Markdown body of one paper, or a skip with its reason."""
    paper = item.paper
    reference = paper.get("reference") or ""
    if not reference:
        return Converted(reference, skipped="no reference")
    files = paper_files(paper)
    kinds = {file_key(f): file_kind(f.get("name", ""), item.texts.get(file_key(f))) for f in files}
    answer = next((f for f in files if kinds[file_key(f)] == "answer" and has_text(item.texts.get(file_key(f)))), None)
    if answer is None:
        scanned = any(kinds[file_key(f)] == "answer" and item.texts.get(file_key(f)) for f in files)
        return Converted(reference, skipped="Stellungnahme without text layer (a scan)" if scanned
                         else "no Stellungnahme text")
    inquiry = next((f for f in files if kinds[file_key(f)] == "inquiry" and item.texts.get(file_key(f))), None)
    inquiry = inquiry or inquiry_by_elimination(paper, files, kinds, item.texts)
    expected, inquiry_lines = [], []
    evidence = cleanup.paper_evidence(tuple(text for text in item.texts.values() if text))  # for hyphens at line ends
    if inquiry is not None:
        inquiry_lines = cleanup.clean_lines(item.texts[file_key(inquiry)], evidence=evidence)
        expected = inquiry_reading.inquiry_questions(inquiry_lines)
    if is_motion_that_asks_nothing(item.texts[file_key(answer)], "\n".join(inquiry_lines), expected):
        return Converted(reference, skipped="a motion (Stellungnahme zum Antrag): no text of it asks")
    lines = cleanup.drop_internal_form(cleanup.clean_lines(item.texts[file_key(answer)], evidence=evidence))
    if inquiry is None and (split := copied_inquiry.split_copied_inquiry(lines)) is not None:
        lines, inquiry_lines = split  # the inquiry copied after the signed answer (a scanned bundle)
        expected = inquiry_reading.inquiry_questions(inquiry_lines)
    header = split_header(lines, paper.get("name") or "")
    expected = inquiry_reading.as_answer_numbers(expected, inquiry_lines, lines[header.end:])
    body, how = documents.compose_body(lines[header.end:], expected, " ".join(inquiry_lines))
    head = "\n".join(header.lines)
    front = _front_matter(paper, body_name, answer, files, header)
    # the administration's own questions closing an answer, checked against the inquiry
    front["not_in_inquiry"] = own_questions.not_in_inquiry(body.split("\n\n"), " ".join(inquiry_lines))
    # an inquiry that goes on with an earlier one's numbering ("4. …" first), as the answer does
    front["first_number"] = first_numbers.first_question_number(inquiry_lines, body.split("\n\n"))
    if not front.get("submitter") and inquiry_lines:  # the faction's own file names it in the same form
        asking = split_header(inquiry_lines, paper.get("name") or "")
        front["submitter"], front["submitter_persons"] = asking.submitter, front["submitter_persons"] or asking.persons
    if not front.get("submitter"):
        front["submitter"] = next(filter(None, (submitter_from_file_name(f.get("name", "")) for f in files)), None)
    return Converted(reference, front, (head + "\n\n" if head else "") + body, how)


def _front_matter(paper: dict, body_name: str | None, answer: dict, files: list[dict], header) -> dict:
    oparl = {"paper": paper.get("id"), "body": paper.get("body"), "answer_file": answer.get("id")}
    meetings = [c.get("meeting") for c in paper.get("consultation") or [] if c.get("meeting")]
    if meetings:
        oparl["meetings"] = meetings
    return {
        "reference": paper.get("reference"),
        "title": paper.get("name"),
        "kind": paper.get("paperType"),
        "submitter": header.submitter,
        "submitter_persons": header.persons,
        "asked_on": paper.get("date"),
        "answered_on": answer.get("date"),
        "body": body_name,
        "unit": header.unit,
        "meeting": header.meeting,
        "source_url": paper.get("id"),
        "files": [f.get("name") for f in files if f.get("name")],
        "oparl": {key: value for key, value in oparl.items() if value},
    }


# --- reading ------------------------------------------------------------------------


def papers_from_dir(folder: Path, paper_type: str | None = "Anfrage") -> Iterator[PaperFiles]:
    """Papers of a corpus folder: ``papers/*.json`` and ``files/<file key>.txt``."""
    for path in sorted((folder / "papers").glob("*.json")):
        paper = json.loads(path.read_text(encoding="utf-8"))
        if paper_type and paper.get("paperType") != paper_type:
            continue
        texts = {}
        for file in paper_files(paper):
            text_path = folder / "files" / f"{file_key(file)}.txt"
            texts[file_key(file)] = text_path.read_text(encoding="utf-8") if text_path.exists() else None
        yield PaperFiles(paper, texts)


def paged(client, url: str) -> Iterator[dict]:
    """The objects of an OParl list, following ``links.next`` page after page."""
    seen = set()
    while url and url not in seen:
        seen.add(url)
        response = client.get(url)
        response.raise_for_status()
        page = response.json()
        yield from page.get("data", [])
        url = (page.get("links") or {}).get("next")


def papers_from_url(client, url: str, paper_type: str | None = "Anfrage") -> tuple[str | None, Iterator[PaperFiles]]:
    """The body name and the papers behind ``url`` (a Body, a System or a paper list).

    A file's text is its OParl ``text`` property when given, otherwise the PDF at
    its ``accessUrl`` read with pypdf.
    """
    response = client.get(url)
    response.raise_for_status()
    found = response.json()
    if found.get("type", "").endswith("/System"):
        found = next(paged(client, found["body"]), {})
    body_name, papers_url = None, url
    if found.get("type", "").endswith("/Body"):
        body_name, papers_url = found.get("name"), found.get("paper")
    return body_name, _fetch_papers(client, papers_url, paper_type)


def _fetch_papers(client, url: str, paper_type: str | None) -> Iterator[PaperFiles]:
    for paper in paged(client, url):
        if paper_type and paper.get("paperType") != paper_type:
            continue
        yield PaperFiles(paper, {file_key(f): _file_text(client, f) for f in paper_files(paper)})


def _file_text(client, file: dict) -> str | None:
    if file.get("text"):
        return file["text"]
    url = file.get("accessUrl") or file.get("downloadUrl")
    if not url or "pdf" not in (file.get("mimeType") or "application/pdf"):
        return None
    response = client.get(url)
    if response.status_code != 200:
        return None
    return documents.pdf_text(response.content) or None
