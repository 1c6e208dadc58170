"""Service matching time over the Karlsruhe corpus, against markdown-it-py parsing.

Usage: .venv/bin/python bench/bench_services.py [--corpus ../shared/corpus/karlsruhe]

Both are measured in the same run over the same texts (files/*.txt, read into memory
first): the baseline parses every text with markdown-it-py (what each build does for
each inquiry file); the matcher is built from services.yml and ``find`` is called on
every text with a cold cache, as in a fresh build. The budget in the issue is that
matching adds at most 30 % to the build time; the ratio printed here compares it with
the Markdown parsing alone, the cheapest part of a build, so it is an upper bound.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anfragen.services import ServiceMatcher, load_vocabulary  # noqa: E402 (after sys.path)


def timed(function, texts: list[str]) -> tuple[float, int]:
    """Seconds to apply ``function`` to every text, and the sum of result lengths."""
    start = time.perf_counter()
    total = sum(len(function(text)) for text in texts)
    return time.perf_counter() - start, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/karlsruhe")
    parser.add_argument("--vocabulary", type=Path, default=ROOT / "services.yml")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted((args.corpus / "files").glob("*.txt"))
    if not paths:
        print(f"no texts in {args.corpus / 'files'}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    services = load_vocabulary(args.vocabulary)
    markdown = MarkdownIt("commonmark")
    baseline, matching, mentions = [], [], 0
    for _ in range(args.repeat):
        seconds, _tokens = timed(markdown.parse, texts)
        baseline.append(seconds)
        matcher = ServiceMatcher(services)  # cold cache each round, like a fresh build
        seconds, mentions = timed(matcher.find, texts)
        matching.append(seconds)
    base, match = statistics.median(baseline), statistics.median(matching)
    print(f"texts: {len(texts)}, characters: {sum(map(len, texts)):,}, services: {len(services)}")
    print(f"markdown-it-py parse (baseline): {base:.2f} s (median of {args.repeat})")
    print(f"service matching:                {match:.2f} s, {mentions} mentions")
    print(f"ratio matching / baseline:       {match / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
