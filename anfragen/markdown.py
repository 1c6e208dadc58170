"""Front matter and Markdown blocks with line numbers: the parser's input.

``split_document`` separates the YAML front matter from the body; ``blocks`` turns the
body into top-level blocks (paragraphs, headings, list items, …) using markdown-it-py's
tokens, each with its raw source text and its line number in the whole file. Layout
recognition (what is a question, what an answer) lives in ``parse.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import yaml
from markdown_it import MarkdownIt

FRONT_MATTER_KEYS = {
    "reference", "title", "kind", "submitter", "submitter_persons", "asked_on",
    "answered_on", "place", "signed_by", "signer_role", "body", "unit", "meeting",
    "source_url", "files", "oparl", "not_in_inquiry", "first_number",
}
DATE_KEYS = {"asked_on", "answered_on"}
URL_KEYS = {"source_url"}  # shown as links: only web addresses, never javascript: or file:

# Only the block structure is needed here: skipping inline parsing halves the time on
# pathological input (a 5 MB paragraph), and inline content is rendered later by render.py.
_md = MarkdownIt("commonmark", {"html": False}).disable(["inline", "text_join"])

# libyaml reads front matter about ten times faster than PyYAML's pure-Python loader.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


class FrontMatterError(ValueError):
    """Front matter that cannot be read; ``line`` is 1-based in the file."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


@dataclass(frozen=True)
class Block:
    """A top-level block: ``kind`` is paragraph, heading, list_item, bullet_list, fence,
    hr, blockquote, table or code; ``text`` its raw Markdown; ``line`` its first line."""

    kind: str
    text: str
    line: int
    end_line: int


def split_document(text: str) -> tuple[dict, str, int]:
    """Return (front matter, body, number of lines before the body).

    Raises FrontMatterError for unreadable YAML, a non-mapping, unknown keys or bad dates.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, text, 0
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            break
    else:
        raise FrontMatterError(1, "front matter opened with '---' is never closed")
    raw = "".join(lines[1:i])
    try:
        data = _load_yaml(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        raise FrontMatterError(line, f"front matter is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise FrontMatterError(2, "front matter must be a mapping of keys to values")
    _check_keys(data, lines[1:i])
    return data, "".join(lines[i + 1:]), i + 1


def _load_yaml(raw: str):
    """``yaml.safe_load(raw)``, with libyaml when it is installed.

    The pure-Python loader stays the reference: libyaml marks some errors a line later
    and words them differently, so whenever libyaml refuses the text, the pure-Python
    loader reads it again and decides (its result, or its error with its line).
    """
    if _FAST_LOADER is not None:
        try:
            return yaml.load(raw, Loader=_FAST_LOADER)  # noqa: S506 (a safe loader)
        except yaml.YAMLError:
            pass
    return yaml.safe_load(raw)


def _check_keys(data: dict, raw_lines: list[str]) -> None:
    def line_of(key: str) -> int:
        for n, line in enumerate(raw_lines):
            if line.startswith(f"{key}:") or line.startswith(f"'{key}'") or line.startswith(f'"{key}"'):
                return n + 2
        return 2

    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            raise FrontMatterError(line_of(str(key)), f"unknown front matter key {key!r} (known: {known})")
        if key in DATE_KEYS and value is not None:
            if isinstance(value, date):
                data[key] = value.isoformat()
            elif not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
                raise FrontMatterError(line_of(key), f"{key} must be a date YYYY-MM-DD, not {value!r}")
        if key == "first_number" and value is not None and not (type(value) is int and 2 <= value <= 99):
            raise FrontMatterError(line_of(key), f"first_number must be a whole number from 2 to 99, not {value!r}")
        if key in URL_KEYS and value is not None and not re.match(r"https?://\S+$", str(value)):
            raise FrontMatterError(line_of(key), f"{key} must be an http(s) address, not {value!r}")


def blocks(body: str, first_line: int = 1) -> list[Block]:
    """Top-level blocks of ``body``; ordered and bullet lists are split into their items
    when they are numbered (questions often are), bullet lists stay whole."""
    # markdown-it counts lines by "\n" only (after turning "\r\n" and "\r" into "\n");
    # str.splitlines would also split at form feeds or U+2028 and shift every map.
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = body.split("\n")
    tokens = _md.parse(body)
    result: list[Block] = []
    offset = first_line
    for i, tok in enumerate(tokens):
        if tok.level != 0 or tok.map is None or tok.nesting == -1:
            continue
        kind = tok.type.removesuffix("_open")
        if kind == "ordered_list":
            result.extend(_list_items(tokens, i, lines, offset))
            continue
        start, end = tok.map
        raw = "\n".join(lines[start:end]).strip("\n")
        if kind == "bullet_list":
            raw = normalise_list_indent(raw)
        result.append(Block(kind, raw, start + offset, end - 1 + offset))
    return result


def _list_items(tokens, i: int, lines: list[str], offset: int) -> list[Block]:
    items = []
    level = tokens[i].level + 1
    for tok in tokens[i + 1:]:
        if tok.type == "ordered_list_close" and tok.level == level - 1:
            break
        if tok.type == "list_item_open" and tok.level == level and tok.map:
            start, end = tok.map
            raw = "\n".join(lines[start:end]).strip("\n")
            items.append(Block("list_item", raw, start + offset, end - 1 + offset))
    return items


_BULLET = re.compile(r"^( *)([-*+]) +")


def normalise_list_indent(raw: str) -> str:
    """Re-indent a bullet list by the depth its author meant.

    Sources often indent sub-items by a single space, which CommonMark reads as siblings.
    Each distinct indentation of a bullet becomes one level (two spaces per level), so
    "- 2024:\\n - Pilot" nests the pilot under 2024, as the author intended.
    """
    out_lines = raw.split("\n")
    indents = sorted({len(m.group(1)) for line in out_lines if (m := _BULLET.match(line))})
    if len(indents) < 2:
        return raw
    depth = {indent: n for n, indent in enumerate(indents)}
    out, current = [], 0
    for line in out_lines:
        m = _BULLET.match(line)
        if m:
            current = depth[len(m.group(1))]
            out.append("  " * current + line[len(m.group(1)):])
        else:
            out.append("  " * (current + 1) + line.lstrip() if line.strip() else line)
    return "\n".join(out)
