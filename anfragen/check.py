"""`build.py check`: the parser's doubts, as path:line lines a curator can open."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .model import InputError
from .parse import parse_inquiry
from .sources import decode, scan


def list_issues(roots: list[Path], out: TextIO, err: TextIO) -> int:
    """Print one line per parse issue or input error. Exit code 1 if any input error."""
    errors = issues = files = 0
    try:
        sources = scan(roots)
    except InputError as exc:
        print(exc, file=err)
        return 1
    for source in sources:
        files += 1
        try:
            inquiry = parse_inquiry(decode(source.path.read_bytes(), str(source.path)), str(source.path))
        except InputError as exc:
            print(f"{exc}  [error]", file=out)
            errors += 1
            continue
        for issue in inquiry.issues:
            print(f"{source.path}:{issue.line or 1}: {issue.field}: {issue.reason}", file=out)
            issues += 1
    print(f"{files} files, {issues} parse issues, {errors} errors", file=err)
    return 1 if errors else 0
