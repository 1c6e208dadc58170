#!/usr/bin/env python3
"""Build, search and similar-question figures at scale, with baselines from the same run.

    .venv/bin/python bench/bench_scale.py --inquiries 10000 [--work /tmp/scale]
        [--queries 200] [--brute-queries 20] [--profile] [--repeat 3] [--skip-latency]

1. generates N synthetic inquiries with bench/generate.py (seed 1) unless present;
2. baseline: markdown-it-py alone parsing every file (read + MarkdownIt.parse);
3. full build (in a child process: time, rows/s, peak RSS) and database size;
4. incremental rebuild after changing one file;
5. search latency p50/p95: German MATCH + join, as Datasette's table search runs it;
6. similar-question latency p50/p95 vs brute-force rapidfuzz token_set_ratio.
``--profile`` prints a cProfile of the build (top functions by own time) instead of 3–6.
``--repeat N`` runs steps 2–3 N times (baseline and build alternating) and prints the
range of the ratio: on a shared machine one run says little.
Figures, not tests: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_similar import Brute, percentiles, sample_questions, timed  # noqa: E402 (after sys.path)

from anfragen import german, similar  # noqa: E402 (after sys.path)

PY = sys.executable
SEARCH_SQL = """
SELECT q.id, q.text, i.reference FROM questions_fts f
JOIN questions q ON q.rowid = f.rowid JOIN inquiries i ON i.id = q.inquiry_id
WHERE questions_fts MATCH ? ORDER BY rank LIMIT 20
"""
COUNT_SQL = "SELECT count(*) FROM questions_fts WHERE questions_fts MATCH ?"
# As the canned query `suche` searches since the bounded version: rank only the newest
# german.RANKED hits, count at most COUNT_CAP (a page shows "more than …" beyond).
BOUNDED_SEARCH_SQL = f"""
SELECT q.id, q.text, i.reference FROM (
  SELECT rowid, score FROM (SELECT rowid, rank AS score FROM questions_fts
    WHERE questions_fts MATCH ? ORDER BY rowid DESC LIMIT {german.RANKED})
  ORDER BY score LIMIT 20) h
JOIN questions q ON q.rowid = h.rowid JOIN inquiries i ON i.id = q.inquiry_id ORDER BY h.score
"""
COUNT_CAP = 10_000
BOUNDED_COUNT_SQL = f"SELECT count(*) FROM (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ? LIMIT {COUNT_CAP + 1})"


def generate(n: int, target: Path) -> None:
    if not target.exists():
        subprocess.run([PY, str(ROOT / "bench" / "generate.py"), "--inquiries", str(n),
                        "--seed", "1", "--to", str(target)], check=True)


def markdown_baseline(source: Path) -> tuple[float, int]:
    """Seconds markdown-it-py needs to read and parse every file, and the file count."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    files = sorted(source.rglob("*.md"))
    start = time.perf_counter()
    for path in files:
        md.parse(path.read_text(encoding="utf-8"))
    return time.perf_counter() - start, len(files)


_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from anfragen.builder import build
t = time.perf_counter()
report = build([Path({source!r})], Path({db!r}), Path({vocab!r}), full={full!r})
print(json.dumps({{"seconds": time.perf_counter() - t, "counts": report.counts,
    "parsed": report.parsed, "incremental": report.incremental,
    "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def build_in_child(source: Path, db: Path, full: bool) -> dict:
    """Run one build in a fresh interpreter: its time, counts and peak memory."""
    code = _CHILD.format(root=str(ROOT), source=str(source), db=str(db),
                         vocab=str(ROOT / "services.yml"), full=full)
    out = subprocess.run([PY, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def touch_one(source: Path) -> Path:
    """Change one answer of one file (appended sentence), as an editor would."""
    path = sorted(source.rglob("*.md"))[len(list(source.rglob("*.md"))) // 2]
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + " Ergänzung vom Benchmark.\n", encoding="utf-8")
    return path


def search_queries(conn, k: int, seed: int = 2) -> list[str]:
    """1–3 content words of random questions, as a person would type them."""
    rng = random.Random(seed)
    out = []
    for text in sample_questions(conn, k, seed):
        words = [w for w in text.replace("?", " ").split() if w.lower() not in german.STOPWORDS and len(w) > 3]
        if words:
            out.append(" ".join(rng.sample(words, min(len(words), rng.randint(1, 3)))))
    return out


def report_latency(name: str, samples: list[float]) -> tuple[float, float]:
    p50, p95 = percentiles(samples)
    print(f"  {name:28s} p50 {p50:8.1f} ms  p95 {p95:8.1f} ms  ({len(samples)} queries)")
    return p50, p95


def serve_figures(db: Path, queries: int, brute_queries: int) -> None:
    conn = sqlite3.connect(f"file:{db}?immutable=1", uri=True)
    n = conn.execute("SELECT count(*) FROM questions").fetchone()[0]
    print(f"latency at {n} questions:")
    terms = search_queries(conn, queries)

    def search(q):
        match = german.fts_query(q)
        conn.execute(SEARCH_SQL, (match,)).fetchall()
        conn.execute(COUNT_SQL, (match,)).fetchone()

    frequency = german.frequencies(conn)

    def bounded(q):
        match = german.fts_query(q, frequency)
        conn.execute(BOUNDED_SEARCH_SQL, (match,)).fetchall()
        conn.execute(BOUNDED_COUNT_SQL, (match,)).fetchone()

    report_latency("search (match+join+count)", timed(search, terms))
    report_latency("search bounded", timed(bounded, terms))
    texts = sample_questions(conn, queries, seed=3)
    ours = report_latency("similar_questions", timed(lambda q: similar.similar_questions(conn, q), texts))
    t = time.perf_counter()
    brute = Brute(conn, stems=False)
    print(f"  brute force: loading {n} texts took {time.perf_counter() - t:.1f} s (not counted)")
    theirs = report_latency("brute token_set_ratio", timed(brute.top, texts[:brute_queries]))
    print(f"  similar vs brute force: {theirs[0] / ours[0]:.0f}x faster at p50, "
          f"{theirs[1] / ours[1]:.0f}x at p95")


def profile_build(source: Path, db: Path) -> None:
    import cProfile
    import pstats

    from anfragen.builder import build

    db.unlink(missing_ok=True)
    profiler = cProfile.Profile()
    profiler.runcall(build, [source], db, ROOT / "services.yml", True)
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inquiries", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/anfragen-scale"))
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--brute-queries", type=int, default=20)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--skip-build", action="store_true", help="reuse the database")
    parser.add_argument("--skip-latency", action="store_true", help="build figures only")
    parser.add_argument("--repeat", type=int, default=1, help="baseline + full build N times")
    args = parser.parse_args(argv)
    source = args.work / f"synthetic-{args.inquiries}"
    db = args.work / f"synthetic-{args.inquiries}.db"
    args.work.mkdir(parents=True, exist_ok=True)
    generate(args.inquiries, source)
    if args.profile:
        profile_build(source, db)
        return 0
    if not args.skip_build:
        build_figures(source, db, args.repeat)
    if args.skip_latency:
        return 0
    serve_figures(db, args.queries, args.brute_queries)
    print(f"peak RSS of this process (bench incl. brute force): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


def build_figures(source: Path, db: Path, repeat: int = 1) -> None:
    ratios = []
    for _ in range(repeat):
        md_seconds, files = markdown_baseline(source)
        print(f"{files} files, {sum(p.stat().st_size for p in source.rglob('*.md')) / 1e6:.0f} MB")
        print(f"markdown-it-py parse alone: {md_seconds:.1f} s")
        db.unlink(missing_ok=True)
        full = build_in_child(source, db, full=True)
        rows = sum(full["counts"].values())
        ratios.append(full["seconds"] / md_seconds)
        print(f"full build: {full['seconds']:.1f} s, {rows} rows, {rows / full['seconds']:.0f} rows/s, "
              f"{ratios[-1]:.1f}x markdown-it-py, peak RSS {full['max_rss_mb']:.0f} MB")
    print(f"  counts: {full['counts']}")
    if repeat > 1:
        print(f"full build / markdown-it-py over {repeat} runs: {min(ratios):.2f}x – {max(ratios):.2f}x")
    print(f"database size: {db.stat().st_size / 1e6:.0f} MB")
    changed = touch_one(source)
    inc = build_in_child(source, db, full=False)
    print(f"incremental rebuild after changing {changed.relative_to(source)}: {inc['seconds']:.1f} s "
          f"({inc['parsed']} parsed, incremental={inc['incremental']}), peak RSS {inc['max_rss_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
