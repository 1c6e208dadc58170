"""The drafting assistant's logic: a new inquiry in, its questions with similar earlier ones out.

Used by plugins/entwurf.py; pure apart from the sqlite3 connection it is handed.

- ``questions_in(text)`` finds the questions of a pasted or uploaded inquiry with the
  project's parser; if the parser finds no numbered question, every line ending in "?"
  counts as one (``numbered`` is then False, and the page says so).
- ``upload_text(filename, data)`` reads .md/.txt/.pdf/.docx uploads.
- ``read_form(content_type, body)`` decodes an urlencoded or multipart form.
- ``draft(conn, text)`` combines them with ``similar.similar_questions``.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path
from urllib.parse import parse_qsl

from . import similar
from .model import InputError
from .parse import parse_inquiry

MAX_QUESTIONS = 60  # a pasted text with more "questions" is cut: the page stays usable
UPLOAD_TYPES = (".md", ".txt", ".pdf", ".docx")


class UnreadableUpload(ValueError):
    """An uploaded file of an unsupported type, or one that cannot be read."""


@dataclass
class DraftQuestion:
    number: str
    text: str
    results: list[dict] = field(default_factory=list)


@dataclass
class Draft:
    questions: list[DraftQuestion]
    numbered: bool  # False: questions were taken from lines ending in "?"


_LINE_QUESTION = re.compile(r"^\s*(?:[-*•]\s*)?(.+\?)\s*$")


def questions_in(text: str) -> tuple[list[tuple[str, str]], bool]:
    """``([(number, question text)], numbered)`` of an inquiry text.

    ``numbered`` is True when the parser found numbered questions; otherwise each line
    ending in "?" is a question, numbered 1, 2, … in order. At most MAX_QUESTIONS.
    """
    try:
        questions = parse_inquiry(text or "", "<entwurf>").questions
    except InputError:
        questions = []
    if any(q.number for q in questions):
        found = [(q.number or str(q.position), q.text) for q in questions]
        return found[:MAX_QUESTIONS], True
    lines = [m.group(1).strip() for m in map(_LINE_QUESTION.match, (text or "").splitlines()) if m]
    return [(str(i), line) for i, line in enumerate(lines[:MAX_QUESTIONS], start=1)], False


def upload_text(filename: str, data: bytes) -> str:
    """The text of an uploaded .md, .txt, .pdf or .docx file. Raises UnreadableUpload."""
    suffix = Path(filename or "").suffix.lower()
    if suffix not in UPLOAD_TYPES:
        raise UnreadableUpload(f"Dateityp {suffix or '(ohne Endung)'} wird nicht unterstützt: "
                               "bitte .md, .txt, .pdf oder .docx")
    try:
        if suffix in (".md", ".txt"):
            return data.decode("utf-8-sig")
        from .imports import documents

        if suffix == ".pdf":
            return documents.pdf_text(data)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "upload.docx"
            path.write_bytes(data)
            return documents.docx_text(path)
    except Exception as exc:  # noqa: BLE001 - a broken file is the uploader's problem, not a server error
        raise UnreadableUpload(f"Die Datei konnte nicht gelesen werden ({type(exc).__name__}).") from None


def read_form(content_type: str, body: bytes) -> dict[str, str | tuple[str, bytes]]:
    """Fields of a POSTed form: text fields as str, file fields as ``(filename, bytes)``."""
    if content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body)
        fields: dict[str, str | tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if name:
                fields[name] = (filename, payload) if filename is not None else payload.decode("utf-8", "replace")
        return fields
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def draft(conn: sqlite3.Connection, text: str, limit: int = 5) -> Draft:
    """The questions of ``text``, each with its ``limit`` most similar earlier questions."""
    found, numbered = questions_in(text)
    questions = [DraftQuestion(number, qtext, similar.similar_questions(conn, qtext, limit))
                 for number, qtext in found]
    return Draft(questions, numbered)
