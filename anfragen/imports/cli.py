"""Command line of the imports: ``build.py import …`` and ``build.py import-oparl …``.

Both write Markdown files only (never the database) and report what they wrote.
Errors go to stderr as ``path:line: message``; the exit code is non-zero when any
input could not be imported.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from ..model import InputError
from ..parse import parse_inquiry
from . import documents, oparl


def run_import(argv: list[str]) -> int:
    """``import FILE… --to DIR``: .txt/.pdf/.docx answers → ``DIR/<year>/<number>.md``."""
    parser = argparse.ArgumentParser(prog="build.py import", description=run_import.__doc__)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--to", required=True, type=Path, metavar="DIR")
    parser.add_argument("--body", default=None, help='the council, e.g. "Stadtrat Mainz"')
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    args = parser.parse_args(argv)
    failures = written = 0
    for path in args.files:
        try:
            front, body = documents.document_markdown(documents.read_text(path), source_name=path.name)
        except (OSError, documents.UnsupportedDocument, ValueError) as error:
            failures += _error(path, error)
            continue
        if not front.get("reference"):
            failures += _error(path, "no reference found (\"Anfrage Nr. …\" or \"Vorlage Nr.: …\")")
            continue
        front["body"] = args.body
        target = documents.output_path(args.to, front["reference"])
        if target.exists() and not args.force:
            failures += _error(path, f"{target} exists; use --force to overwrite")
            continue
        _write(target, documents.render(front, body))
        written += 1
        print(f"{path} → {target}")
    print(f"{written} written, {failures} failed")
    return 1 if failures else 0


def run_import_oparl(argv: list[str]) -> int:
    """``import-oparl DIR|URL --to OUTDIR``: OParl papers → ``OUTDIR/<year>/<number>.md``."""
    parser = argparse.ArgumentParser(prog="build.py import-oparl", description=run_import_oparl.__doc__)
    parser.add_argument("source", help="corpus folder (papers/, files/) or OParl URL (body or paper list)")
    parser.add_argument("--to", required=True, type=Path, metavar="OUTDIR")
    parser.add_argument("--body-name", default=None,
                        help='council name for a folder (default "Gemeinderat Karlsruhe"); '
                             "a URL's Body name wins unless this is given")
    parser.add_argument("--paper-type", default="Anfrage", help='paperType to import ("" for all)')
    parser.add_argument("--verbose", action="store_true", help="list every skipped paper")
    args = parser.parse_args(argv)
    if args.source.startswith(("http://", "https://")):
        return _import_url(args)
    folder = Path(args.source)
    if not (folder / "papers").is_dir():
        print(f"{folder}:1: not an OParl folder (papers/ missing)", file=sys.stderr)
        return 2
    body_name = args.body_name or "Gemeinderat Karlsruhe"
    return _convert_all(oparl.papers_from_dir(folder, args.paper_type or None), body_name, args)


def _import_url(args) -> int:
    import httpx

    try:
        with httpx.Client(timeout=60, follow_redirects=True) as client:
            body_name, papers = oparl.papers_from_url(client, args.source, args.paper_type or None)
            return _convert_all(papers, args.body_name or body_name, args)
    except httpx.HTTPError as error:
        print(f"{args.source}:1: {error}", file=sys.stderr)
        return 2


def _convert_all(papers, body_name: str | None, args) -> int:
    """Convert and write every paper; print counts, skips and the ways questions were found."""
    written, skipped, ways = 0, Counter(), Counter()
    for item in papers:
        result = oparl.convert_paper(item, body_name)
        if result.skipped:
            skipped[result.skipped] += 1
            if args.verbose:
                print(f"skipped {result.reference or item.paper.get('id')}: {result.skipped}")
            continue
        try:
            target = documents.output_path(args.to, result.reference)
        except ValueError as error:
            skipped[str(error)] += 1
            continue
        text = documents.render(result.front, result.body)
        if not _has_questions(text):
            # Kept, not lost: a file the build would refuse goes aside as .txt for curators.
            aside = args.to / UNPARSED / target.relative_to(args.to).with_suffix(".txt")
            _write(aside, text)
            skipped[f"no recognisable question (kept in {args.to / UNPARSED})"] += 1
            continue
        _write(target, text)
        written += 1
        ways[result.how] += 1
    print(f"{written} written to {args.to}")
    for reason, count in skipped.most_common():
        print(f"{count} skipped: {reason}")
    print("questions found: " + ", ".join(f"{how} {count}" for how, count in ways.most_common()))
    return 0


UNPARSED = "_ohne_fragen"


def _has_questions(text: str) -> bool:
    try:
        parse_inquiry(text)
    except InputError:
        return False
    return True


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _error(path: Path, error) -> int:
    print(f"{path}:1: {error}", file=sys.stderr)
    return 1
