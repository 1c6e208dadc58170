#!/usr/bin/env python3
"""Load test: concurrent clients against a real Datasette on 127.0.0.1, with a baseline.

    .venv/bin/python bench/load.py [--db /tmp/ka.db] [--clients 50] [--requests 1000]
        [--baseline 100] [--replicas 1] [--mode cold|realistic|both] [--max-seconds 120]
        [--terms 1500] [--think 0]

1. uses ``--db``, or imports the Karlsruhe corpus (``build.py import-oparl``) and builds a
   database from it (falling back to ``bench/generate.py`` synthetic inquiries if the
   corpus is absent);
2. starts ``datasette serve --immutable`` as ``make serve`` does (settings.json, metadata,
   plugins, templates), ``--replicas`` processes on free ports, clients spread round-robin
   (a stand-in for a load balancer);
3. per endpoint: a single-client baseline, then ``--clients`` concurrent clients sharing
   ``--requests`` requests; prints requests/s, p50/p99/max latency, errors and the p99
   ratio against the baseline. Then all endpoints mixed.

URLs: every inquiry page, and searches for ``--terms`` distinct words and word pairs taken
from the corpus's own questions. Mode ``cold``: every request of a run asks a URL nobody
asked before (baseline and load use disjoint URLs), so no cache can help. Mode
``realistic``: URLs drawn with Zipf-like popularity (rank r with weight 1/r) from all of
them, so popular searches and pages repeat as they do in real traffic.
Figures, not tests: nothing here asserts. Only 127.0.0.1 traffic; every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/karlsruhe")
SEARCH_TERMS = ["Schule", "Radweg", "Kita", "Digitalisierung", "Parkplätze", "Bäume", "Wohnungen",
                "Klimaschutz", "Straßenbahn", "Spielplatz", "Baustelle", "Personal", "Kosten",
                "Förderung", "Sanierung", "Verkehr", "Anmeldung", "Müll", "Lärm", "Sicherheit"]
SIMILAR = ["Wie viele Kitaplätze fehlen derzeit in der Stadt?",
           "Wann wird der Radweg saniert?", "Welche Kosten entstehen für die Sanierung der Schule?",
           "Wie viele Bäume wurden im letzten Jahr gefällt?", "Gibt es Pläne für mehr Parkplätze?"]


# --- the database and the servers ---------------------------------------------------------
def database(work: Path) -> Path:
    """A database built from the Karlsruhe corpus (or synthetic inquiries) under ``work``."""
    db = work / "anfragen.db"
    if db.exists():
        return db
    if CORPUS.is_dir():
        run([sys.executable, "build.py", "import-oparl", str(CORPUS), "--to", str(work / "src" / "karlsruhe")])
    else:
        print("corpus absent: using bench/generate.py synthetic inquiries", file=sys.stderr)
        run([sys.executable, "bench/generate.py", "--count", "2000", "--to", str(work / "src")])
    run([sys.executable, "build.py", "--inquiries", "inquiries", "--inquiries", str(work / "src"),
         "--db", str(db)])
    return db


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def start_server(db: Path, port: int) -> subprocess.Popen:
    """``datasette serve`` exactly as ``make serve`` starts it, on 127.0.0.1:port."""
    settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
    flags = [x for k, v in settings.items() for x in ("--setting", k, str(v).lower())]
    cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
           "--metadata", "metadata.yml", "--plugins-dir", "plugins", "--template-dir", "templates",
           *flags, "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
            return proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"datasette exited with {proc.returncode}") from None
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("datasette did not start within 30 s")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- what the clients ask -------------------------------------------------------------------
def search_terms(db: Path, n: int, seed: int = 1) -> list[str]:
    """``n`` distinct searches: the fixed list, then words (and some word pairs) of the
    corpus's own questions, as people would type them."""
    with sqlite3.connect(db) as conn:
        texts = [r[0] for r in conn.execute("select text from questions order by rowid")]
    rng = random.Random(seed)
    words = sorted({w.strip(".,;:?!()„“\"'") for t in texts for w in t.split()})
    words = [w for w in words if len(w) > 4 and w.isalpha()]
    rng.shuffle(words)
    terms = list(dict.fromkeys(SEARCH_TERMS))
    for i, w in enumerate(words):
        if len(terms) >= n:
            break
        terms.append(f"{w} {rng.choice(SEARCH_TERMS)}" if i % 4 == 3 else w)
    return terms[:n]


def endpoints(db: Path, terms: list[str], has_similar: bool, has_search_page: bool) -> dict[str, list[str]]:
    """endpoint name → its distinct paths, most popular first."""
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("select id from inquiries order by id")]
    random.Random(1).shuffle(ids)
    q = httpx.QueryParams
    paths = {
        "suche.json": [f"/anfragen/suche.json?{q(suchbegriff=t, _shape='array')}" for t in terms],
        "qa?_search (HTML)": [f"/anfragen/qa?{q(_search=t)}" for t in terms],
        "inquiry page": [f"/anfragen/inquiries/{i}" for i in ids],
    }
    if has_search_page:
        paths["/-/suche (HTML)"] = [f"/-/suche?{q(q=t)}" for t in terms]
    if has_similar:
        paths["similar.json"] = [f"/-/similar.json?{q(q=s)}" for s in SIMILAR + terms]
    return paths


def zipf(paths: list[str], k: int, rng: random.Random) -> list[str]:
    """``k`` requests over ``paths`` with popularity 1/rank (rank = position in the list)."""
    return rng.choices(paths, weights=[1 / (r + 1) for r in range(len(paths))], k=k)


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


async def drive(bases: list[str], paths: list[str], clients: int, requests: int,
                timeout: float = 30.0, max_seconds: float = 120.0, think: float = 0.0) -> Result:
    """``clients`` concurrent clients send ``requests`` requests in total (``paths`` in
    order, cycling), then stop; none starts after ``max_seconds``. ``think``: mean pause
    (exponential) of a client between a response and its next request; 0 = closed loop."""
    pauses = random.Random(3)
    result = Result()
    queue = iter(range(requests))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(n: int, http: httpx.AsyncClient) -> None:
        for i in queue:  # shared iterator: bounded, no request sent twice
            if time.perf_counter() - begun > max_seconds:
                break
            url = bases[(n + i) % len(bases)] + paths[i % len(paths)]
            start = time.perf_counter()
            try:
                response = await http.get(url)
                if response.status_code != 200:
                    result.error(f"HTTP {response.status_code}")
            except httpx.HTTPError as exc:
                result.error(type(exc).__name__)
            result.latencies.append(time.perf_counter() - start)
            if think:
                await asyncio.sleep(pauses.expovariate(1 / think))

    begun = time.perf_counter()
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(n, http) for n in range(clients)))
        result.elapsed = time.perf_counter() - start
    return result


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]


def report(name: str, clients: int, r: Result, baseline: Result | None) -> None:
    p50, p99 = quantile(r.latencies, 0.50) * 1000, quantile(r.latencies, 0.99) * 1000
    ratio = f"{p99 / (quantile(baseline.latencies, 0.99) * 1000):5.1f}x" if baseline else "    -"
    errors = ", ".join(f"{k}: {v}" for k, v in r.errors.items()) or "0"
    print(f"{name:<20} {clients:>3} {len(r.latencies):>6} {len(r.latencies) / r.elapsed:>8.1f} "
          f"{p50:>8.1f} {p99:>8.1f} {max(r.latencies) * 1000:>8.1f} {ratio}  {errors}", flush=True)


async def main_async(args, bases: list[str], paths: dict[str, list[str]], mode: str) -> None:
    rng = random.Random(2)
    warm = [p for plist in paths.values() for p in plist[-5:]]  # SQLite page cache, templates;
    await drive(bases, warm, clients=4, requests=len(warm))     # not measured, not reused below
    for _ in (mode,):
        print(f"\n{mode}: {'every URL new' if mode == 'cold' else 'Zipf popularity over all URLs'}")
        print(f"{'endpoint':<20} {'cl':>3} {'reqs':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} p99/base errors")
        mixed = []
        for name, plist in paths.items():
            plist = plist[:-5]
            if mode == "cold":
                fresh = plist[:]
                rng.shuffle(fresh)
                base_urls, load_urls = fresh[:args.baseline], fresh[args.baseline:]
                base_n, load_n = min(args.baseline, len(base_urls)), min(args.requests, len(load_urls))
            else:
                base_urls = zipf(plist, args.baseline, rng)
                load_urls = zipf(plist, args.requests, rng)
                base_n, load_n = args.baseline, args.requests
            mixed += zipf(plist, args.requests // len(paths), rng) if mode == "realistic" else load_urls
            kw = {"max_seconds": args.max_seconds}
            base = await drive(bases, base_urls, clients=1, requests=base_n, **kw)
            report(name, 1, base, None)
            loaded = await drive(bases, load_urls, clients=args.clients, requests=load_n,
                                 think=args.think, **kw)
            report(name, args.clients, loaded, base)
        if mode == "cold":  # every URL has been asked once now: a mixed cold run would repeat
            return
        rng.shuffle(mixed)
        report("mixed", args.clients, await drive(bases, mixed, args.clients, len(mixed),
                                                 max_seconds=args.max_seconds, think=args.think), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="database to serve (default: build from the corpus)")
    parser.add_argument("--work", type=Path, help="folder for the built database (default: a temp dir)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint under load")
    parser.add_argument("--baseline", type=int, default=100, help="single-client requests per endpoint")
    parser.add_argument("--replicas", type=int, default=1, help="Datasette processes (round-robin)")
    parser.add_argument("--mode", choices=["cold", "realistic", "both"], default="both")
    parser.add_argument("--terms", type=int, default=1500, help="distinct searches")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="time bound per phase")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean think time (s) of a loaded client between requests; 0 = none")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="anfragen-load-"))
    work.mkdir(parents=True, exist_ok=True)
    db = args.db or database(work)
    if db.stem != "anfragen":  # Datasette names the database after the file; URLs need /anfragen
        (work / "anfragen.db").unlink(missing_ok=True)
        (work / "anfragen.db").symlink_to(db.resolve())
        db = work / "anfragen.db"
    terms = search_terms(db, args.terms)
    with sqlite3.connect(db) as conn:
        counts = [conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("inquiries", "questions")]
    print(f"database {db}: {counts[0]} inquiries, {counts[1]} questions; {args.replicas} "
          f"Datasette process(es); settings.json as served; think time {args.think} s")
    for mode in (["cold", "realistic"] if args.mode == "both" else [args.mode]):
        # a fresh server per mode: the realistic run starts with an empty response cache
        servers = [start_server(db, free_port()) for _ in range(args.replicas)]
        try:
            bases = [f"http://127.0.0.1:{s.args[s.args.index('--port') + 1]}" for s in servers]
            has_similar = httpx.get(bases[0] + "/-/similar.json?q=Test").status_code == 200
            has_search_page = httpx.get(bases[0] + "/-/suche?q=Test").status_code == 200
            paths = endpoints(db, terms, has_similar, has_search_page)
            print("distinct URLs: " + ", ".join(f"{k} {len(v)}" for k, v in paths.items()))
            asyncio.run(main_async(args, bases, paths, mode))
        finally:
            for s in servers:
                s.terminate()
                s.wait(timeout=10)

if __name__ == "__main__":
    main()
