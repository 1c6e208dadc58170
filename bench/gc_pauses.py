#!/usr/bin/env python3
"""How long Python's garbage collections stall a serving worker, with and without the
startup freeze of ``anfragen.heap``.

    .venv/bin/python bench/gc_pauses.py --db karlsruhe/anfragen.db [--requests 800] [--warmup 500]

Each variant runs in its own process (a freeze cannot be undone): the app as ``make serve``
builds it (``anfragen.asgi.build``), started, then ``--warmup`` distinct URLs of each of
four endpoints (``suche.json``, ``/-/suche``, ``qa?_search``, inquiry pages; the URLs of
``bench/load.py``), then ``--requests`` further distinct URLs of each, measured: every
collection's pause by generation (``gc.callbacks``), and the requests' latency. One
request at a time, in-process (Datasette's test client): no network, no other clients,
so the pauses are the collector's own. "baseline" is the variant without the freeze
(``plugins/steady_heap.py`` left out of the run). Figures, not tests.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

ENDPOINTS = ("suche.json", "/-/suche (HTML)", "qa?_search (HTML)", "inquiry page")


def measure(db: str, freeze: bool, warmup: int, requests: int) -> dict:
    import load

    from anfragen import asgi, heap

    if not freeze:
        heap._frozen = True  # as if done: the plugin's call then does nothing
    terms = load.search_terms(Path(db), warmup + requests)
    urls = load.endpoints(Path(db), terms, True, True)
    ds = asgi.build(db)
    pauses: list[tuple[int, float]] = []
    started: list[float] = []

    def on_collection(phase, info):
        if phase == "start":
            started.append(time.perf_counter())
        else:
            pauses.append((info["generation"], (time.perf_counter() - started.pop()) * 1000))

    async def run() -> list[float]:
        await ds.invoke_startup()
        lists = {e: random.Random(1).sample(urls[e], len(urls[e])) for e in ENDPOINTS}
        for e in ENDPOINTS:
            for url in lists[e][:warmup]:
                await ds.client.get(url)
        gc.callbacks.append(on_collection)
        latencies = []
        for e in ENDPOINTS:
            for url in lists[e][warmup:warmup + requests]:
                t = time.perf_counter()
                response = await ds.client.get(url)
                latencies.append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, (url, response.status_code)
        gc.callbacks.remove(on_collection)
        return latencies

    latencies = sorted(asyncio.run(run()))
    full = [ms for generation, ms in pauses if generation == 2]
    return {
        "frozen": gc.get_freeze_count(),
        "requests": len(latencies),
        "collections": len(pauses),
        "full": len(full),
        "full_max": max(full, default=0.0),
        "full_total": sum(full),
        "young_total": sum(ms for generation, ms in pauses if generation < 2),
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[int(len(latencies) * 0.99)],
        "max": latencies[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "karlsruhe" / "anfragen.db"))
    parser.add_argument("--requests", type=int, default=800, help="measured URLs per endpoint")
    parser.add_argument("--warmup", type=int, default=500, help="URLs per endpoint before")
    parser.add_argument("--variant", choices=["frozen", "baseline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(json.dumps(measure(args.db, args.variant == "frozen", args.warmup, args.requests)))
        return 0
    if not Path(args.db).exists():
        parser.error(f"{args.db} does not exist (see docs/performance.md for building it)")
    rows = {}
    for variant in ("baseline", "frozen"):
        done = subprocess.run([sys.executable, __file__, "--db", args.db, "--variant", variant,
                               "--requests", str(args.requests), "--warmup", str(args.warmup)],
                              capture_output=True, text=True, check=True)
        rows[variant] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{rows['baseline']['requests']} distinct requests after {args.warmup} per endpoint, "
          "one at a time, in-process; pauses in ms")
    print(f"{'variant':9s} {'frozen objs':>11s} {'full GCs':>8s} {'full max':>8s} "
          f"{'full sum':>8s} {'young sum':>9s} {'req p50':>7s} {'req p99':>7s} {'req max':>7s}")
    for variant, r in rows.items():
        print(f"{variant:9s} {r['frozen']:11d} {r['full']:8d} {r['full_max']:8.1f} "
              f"{r['full_total']:8.0f} {r['young_total']:9.0f} {r['p50']:7.1f} {r['p99']:7.1f} "
              f"{r['max']:7.1f}")
    b, f = rows["baseline"], rows["frozen"]
    if f["full_max"]:
        print(f"longest full collection: {b['full_max'] / f['full_max']:.1f}x shorter frozen; "
              f"slowest request: {b['max'] / f['max']:.1f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
