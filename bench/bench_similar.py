#!/usr/bin/env python3
"""Similar-question ranking: relevance and latency against brute-force rapidfuzz.

    .venv/bin/python bench/bench_similar.py --db /tmp/ka.db [--relevance tests/relevance.yml]
        [--grid] [--latency-queries 200]

Prints recall@5 and MRR on the relevance set for
- fts:        bm25 order of the candidate OR-query alone,
- brute:      rapidfuzz token_set_ratio of the lower-cased texts over all questions,
- brute-stem: the same over German stems (anfragen.similar.normalise),
- similar:    anfragen.similar (candidates + combined score), with --grid for a sweep of
              the bm25 weight and candidate count;
then latency p50/p95 per query of similar vs brute force, measured in the same run on
questions of the database used as queries (the drafting assistant's real input).
Figures, not tests: nothing here asserts.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anfragen import relevance, similar  # noqa: E402 (after sys.path)


def keys(conn: sqlite3.Connection) -> dict[int, tuple[str, str]]:
    sql = "SELECT q.rowid, i.reference, q.number FROM questions q JOIN inquiries i ON i.id = q.inquiry_id"
    return {rowid: (ref or "", num or "") for rowid, ref, num in conn.execute(sql)}


class Brute:
    """rapidfuzz over every question text, as a baseline; ``stems`` compares German stems."""

    def __init__(self, conn: sqlite3.Connection, stems: bool):
        rows = conn.execute("SELECT rowid, text FROM questions").fetchall()
        self.rowids = [r for r, _ in rows]
        self.stems = stems
        prepare = similar.normalise if stems else utils.default_process
        self.choices = [prepare(t) for _, t in rows]

    def top(self, text: str, k: int = 5) -> list[int]:
        query = similar.normalise(text) if self.stems else utils.default_process(text)
        hits = process.extract(query, self.choices, scorer=fuzz.token_set_ratio, limit=k,
                               processor=None)
        return [self.rowids[i] for _, _, i in hits]


def evaluate(cases, key_of, rank) -> relevance.Result:
    return relevance.evaluate(cases, lambda q: [key_of[r] for r in rank(q)], k=5)


def show(name: str, result: relevance.Result) -> None:
    print(f"{name:32s} recall@5 {result.recall:.3f}  MRR {result.mrr:.3f}  "
          f"found {result.found}/{result.cases}")


def relevance_report(conn, cases, grid: bool) -> None:
    key_of = keys(conn)
    show("fts (bm25 of OR-query)", evaluate(cases, key_of, lambda q: [r for r, _ in similar.candidates(conn, q, 5)]))
    for stems in (False, True):
        brute = Brute(conn, stems)
        show(f"brute token_set_ratio{' stems' if stems else ''}", evaluate(cases, key_of, brute.top))
    show(f"similar (w={similar.BM25_WEIGHT}, n={similar.CANDIDATES})",
         evaluate(cases, key_of, lambda q: [r for r, _ in similar.rank(conn, q)[:5]]))
    if grid:
        for n in (20, 50, 100, 200):
            for w in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
                res = evaluate(cases, key_of, lambda q, n=n, w=w: [r for r, _ in similar.rank(conn, q, n, w)[:5]])
                show(f"  grid n={n:3d} w={w:.1f}", res)


def percentiles(samples: list[float]) -> tuple[float, float]:
    qs = statistics.quantiles(samples, n=20, method="inclusive")
    return statistics.median(samples), qs[18]


def timed(fn, queries) -> list[float]:
    out = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def latency_report(conn, queries: list[str], brute_queries: int) -> None:
    """p50/p95 of similar_questions vs brute force (on a subset: brute force is slow)."""
    ours = timed(lambda q: similar.similar_questions(conn, q, 5), queries)
    brute = Brute(conn, stems=False)
    theirs = timed(brute.top, queries[:brute_queries])
    (p50, p95), (b50, b95) = percentiles(ours), percentiles(theirs)
    n = conn.execute("SELECT count(*) FROM questions").fetchone()[0]
    print(f"latency at {n} questions ({len(queries)} queries; brute force on {len(theirs)}):")
    print(f"  similar  p50 {p50:8.1f} ms  p95 {p95:8.1f} ms")
    print(f"  brute    p50 {b50:8.1f} ms  p95 {b95:8.1f} ms")
    print(f"  speed-up p50 {b50 / p50:6.1f}x    p95 {b95 / p95:6.1f}x")


def sample_questions(conn, k: int, seed: int = 1) -> list[str]:
    texts = [t for (t,) in conn.execute("SELECT text FROM questions ORDER BY rowid")]
    return random.Random(seed).sample(texts, min(k, len(texts)))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--relevance", type=Path, default=ROOT / "tests" / "relevance.yml")
    parser.add_argument("--grid", action="store_true", help="sweep bm25 weight and candidates")
    parser.add_argument("--latency-queries", type=int, default=200)
    parser.add_argument("--brute-queries", type=int, default=50)
    args = parser.parse_args(argv)
    conn = sqlite3.connect(f"file:{args.db}?immutable=1", uri=True)
    if args.relevance.exists():
        relevance_report(conn, relevance.load(args.relevance), args.grid)
    latency_report(conn, sample_questions(conn, args.latency_queries), args.brute_queries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
