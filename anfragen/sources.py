"""Finding and reading inquiry files: the only place that decides what is readable text.

Every refusal is an ``InputError`` naming the file and line, so a bad file stops the build
with a message a person can act on, and nothing is silently dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .model import InputError
from .rows import inquiry_id_for

MAX_BYTES = 5 * 1024 * 1024  # a real answer is a few hundred KB at most
MAX_LINE = 100_000


@dataclass(frozen=True)
class Source:
    path: Path  # as found (relative to the working directory when the root was)
    relative: str  # relative to its root, with forward slashes: the inquiry id's basis

    @property
    def inquiry_id(self) -> str:
        return inquiry_id_for(self.relative)


def scan(roots: list[Path]) -> list[Source]:
    """All ``*.md`` files below the roots, sorted; raises InputError for id collisions."""
    found: dict[str, Source] = {}
    for root in roots:
        if not root.is_dir():
            raise InputError(str(root), None, "inquiries folder does not exist")
        for path in sorted(root.rglob("*.md")):
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                continue
            if path.is_dir():  # a folder named "x.md" holds inquiries, it is not one
                continue
            source = Source(path, path.relative_to(root).as_posix())
            if source.inquiry_id in found:
                raise InputError(str(path), 1, f"inquiry id {source.inquiry_id!r} is already "
                                 f"taken by {found[source.inquiry_id].path}")
            found[source.inquiry_id] = source
    return sorted(found.values(), key=lambda s: s.inquiry_id)


def read(path: Path) -> bytes:
    """The file's bytes; an unreadable file (broken link, no permission) is an InputError."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, f"cannot read the file: {exc.strerror or exc}") from None


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes, path: str) -> str:
    """Bytes of an inquiry file → text with '\\n' line ends. UTF-8 only (a BOM is dropped)."""
    if len(data) > MAX_BYTES:
        raise InputError(path, 1, f"file is {len(data) // 1024} KB; inquiry files are limited "
                         f"to {MAX_BYTES // 1024 // 1024} MB (is this really one inquiry?)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, 1, "file is UTF-16 text; save it as UTF-8")
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise InputError(path, line, "file contains NUL bytes: a binary file, not Markdown text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); save the file "
                         "as UTF-8, e.g. `iconv -f cp1252 -t utf-8`") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for n, line in enumerate(text.split("\n"), start=1):
        if len(line) > MAX_LINE:
            raise InputError(path, n, f"line of {len(line)} characters; lines are limited to {MAX_LINE}")
    if not text.strip():
        raise InputError(path, 1, "file is empty")
    return text
