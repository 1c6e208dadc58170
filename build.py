#!/usr/bin/env python3
"""anfragen command line: build the database from inquiries/, and its helpers.

    python build.py [--inquiries DIR ...] [--db anfragen.db] [--full]   build (default)
    python build.py check [--inquiries DIR ...]          list parse issues as path:line
    python build.py import FILE... --to DIR              .txt/.pdf/.docx → inquiry Markdown
    python build.py import-oparl DIR|URL --to DIR        OParl papers → inquiry Markdown
    python build.py service-candidates [--corpus DIR]    terms that look like services
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from anfragen.builder import BuildFailed, build
from anfragen.check import list_issues

VOCABULARY = Path(__file__).with_name("services.yml")


def _build_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--inquiries", action="append", type=Path,
                        help="folder of inquiry Markdown files (repeatable; default: inquiries)")
    parser.add_argument("--vocabulary", type=Path, default=VOCABULARY,
                        help="services vocabulary (default: services.yml)")


def cmd_build(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description="Build the SQLite database.")
    _build_args(parser)
    parser.add_argument("--db", type=Path, default=Path("anfragen.db"), help="database to write")
    parser.add_argument("--full", action="store_true", help="parse every file again")
    args = parser.parse_args(argv)
    try:
        report = build(args.inquiries or [Path("inquiries")], args.db, args.vocabulary, args.full)
    except BuildFailed as exc:
        for error in exc.errors:
            print(error, file=sys.stderr)
        print(f"build failed: {len(exc.errors)} error(s); {args.db} was left unchanged", file=sys.stderr)
        return 1
    mode = "incremental" if report.incremental else "full"
    print(f"{args.db}: {mode} build, {report.parsed} parsed, {report.unchanged} unchanged, "
          f"{report.removed} removed")
    print(", ".join(f"{n} {table}" for table, n in report.counts.items()))
    return 0


def cmd_check(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py check", description=
                                     "Parse every file and list the parser's doubts as path:line.")
    _build_args(parser)
    args = parser.parse_args(argv)
    return list_issues(args.inquiries or [Path("inquiries")], sys.stdout, sys.stderr)


def cmd_import(argv: list[str]) -> int:
    from anfragen.imports.cli import run_import
    return run_import(argv)


def cmd_import_oparl(argv: list[str]) -> int:
    from anfragen.imports.cli import run_import_oparl
    return run_import_oparl(argv)


def cmd_service_candidates(argv: list[str]) -> int:
    from anfragen.service_candidates import run
    return run(argv)


COMMANDS = {"build": cmd_build, "check": cmd_check, "import": cmd_import,
            "import-oparl": cmd_import_oparl, "service-candidates": cmd_service_candidates}


def main(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        return COMMANDS[argv[0]](argv[1:])
    if argv and not argv[0].startswith("-"):
        print(f"unknown command {argv[0]!r}; commands: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    return cmd_build(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
