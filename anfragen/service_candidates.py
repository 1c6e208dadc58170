"""Report of words that look like services but are not in the vocabulary.

Curators grow ``services.yml`` from this list (``python build.py service-candidates``):
frequent compounds ending in a service-like head ("-antrag", "-genehmigung", "-ausweis",
"-gebühr", "-leistung", …) that no alias matches, with counts and example contexts.
``candidates`` is pure; ``run`` reads files and prints.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from anfragen.services import WORD, Service, ServiceMatcher, load_vocabulary, normalise

# Heads of German compounds that name something one applies for, pays or receives.
# Normalised spelling (ä→ae, ß→ss), singular; plural endings are stripped before the test.
SERVICE_HEADS = (
    "antrag", "antraege", "genehmigung", "bescheinigung", "ausweis", "gebuehr",
    "leistung", "erlaubnis", "zulassung", "bescheid", "schein", "urkunde", "anmeldung",
    "zuschuss", "geld", "steuer", "zeugnis", "konzession", "berechtigung", "foerderung",
    "beihilfe", "pass",
)  # fmt: skip
PLURAL_ENDINGS = ("en", "n", "e", "s", "es", "se", "sen")
MIN_MODIFIER = 3  # "Antrag" alone is no service; "Bauantrag" may be
EXAMPLES = 3
CONTEXT = 50  # characters of context on each side of an example


@dataclass
class Candidate:
    """A service-like term: its most frequent spelling, how often it occurs, contexts."""

    term: str
    count: int
    examples: list[str] = field(default_factory=list)


def service_like(key: str) -> str | None:
    """The grouping key of a service-like compound, or None.

    ``key`` is a normalised word; plural/genitive endings are stripped so that
    "Baugenehmigungen" and "Baugenehmigung" count together.
    """
    for stem in (key, *(key[: -len(e)] for e in PLURAL_ENDINGS if key.endswith(e))):
        for head in SERVICE_HEADS:
            if stem.endswith(head) and len(stem) - len(head) >= MIN_MODIFIER:
                return stem
    return None


def candidates(
    texts: Iterable[str], services: list[Service], min_count: int = 3
) -> list[Candidate]:
    """Service-like terms no alias of ``services`` matches, most frequent first.

    A term must occur at least ``min_count`` times. Examples are whitespace-collapsed
    snippets around the first occurrences. Ties are ordered by term.
    """
    matcher = ServiceMatcher(services)
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    verdicts: dict[str, str | None] = {}  # per distinct word: grouping key or None
    for text in texts:
        for match in WORD.finditer(text):
            word = match.group()
            if word not in verdicts:
                verdicts[word] = _verdict(word, matcher)
            group = verdicts[word]
            if group is None:
                continue
            counts[group] += 1
            spellings[group][" ".join(word.split())] += 1
            if len(examples[group]) < EXAMPLES:
                examples[group].append(_snippet(text, match.start(), match.end()))
    found = [
        Candidate(spellings[g].most_common(1)[0][0], n, examples[g])
        for g, n in counts.items()
        if n >= min_count
    ]
    return sorted(found, key=lambda c: (-c.count, c.term))


def _verdict(word: str, matcher: ServiceMatcher) -> str | None:
    """Grouping key if ``word`` looks like a service and the vocabulary misses it."""
    if word[0].islower():  # German nouns are capitalised: "anzupassen" is a verb
        return None
    group = service_like(normalise(word))
    if group is None or matcher.find(word):
        return None
    return group


def _snippet(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    return " ".join(f"…{before}[{text[start:end]}]{after}…".split())


def _read_texts(inquiries: Path | None, corpus: Path | None) -> Iterable[str]:
    """Texts of inquiry Markdown files (recursively) and of corpus ``files/*.txt``."""
    paths: list[Path] = []
    if inquiries:
        paths += sorted(inquiries.rglob("*.md"))
    if corpus:
        paths += sorted((corpus / "files").glob("*.txt"))
    for path in paths:
        yield path.read_text(encoding="utf-8", errors="replace")


def run(argv: list[str]) -> int:
    """CLI: print a table of service candidates. Returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="build.py service-candidates",
        description="List frequent service-like terms that services.yml does not cover.",
    )
    parser.add_argument("--inquiries", type=Path, help="directory of inquiry *.md files")
    parser.add_argument("--corpus", type=Path, help="Karlsruhe corpus directory (files/*.txt)")
    parser.add_argument("--vocabulary", type=Path, default=Path("services.yml"))
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--limit", type=int, default=50)
    args = parser.parse_args(argv)
    if not args.inquiries and not args.corpus:
        parser.error("give --inquiries DIR and/or --corpus DIR")
    for directory in (args.inquiries, args.corpus):
        if directory and not directory.is_dir():
            parser.error(f"not a directory: {directory}")
    services = load_vocabulary(args.vocabulary)
    found = candidates(_read_texts(args.inquiries, args.corpus), services, args.min_count)
    _print_table(found[: args.limit], sys.stdout)
    return 0


def _print_table(found: list[Candidate], out) -> None:
    width = max([len(c.term) for c in found] + [4])
    print(f"{'count':>6}  {'term':<{width}}  example", file=out)
    for candidate in found:
        example = candidate.examples[0] if candidate.examples else ""
        print(f"{candidate.count:>6}  {candidate.term:<{width}}  {example[:110]}", file=out)
