#!/usr/bin/env python3
"""Load test: concurrent clients against a real Datasette on 127.0.0.1, with a baseline.

    .venv/bin/python bench/load.py [--db /tmp/ka.db] [--clients 50] [--requests 1000]
        [--baseline 100] [--workers 2] [--replicas 1] [--client auto|wrk|raw|httpx]
        [--mode cold|realistic|both] [--max-seconds 120] [--terms 1500] [--think 0]
        [--only inquiry --only suche]

1. uses ``--db``, or imports the Karlsruhe corpus (``build.py import-oparl``) and builds a
   database from it (falling back to ``bench/generate.py`` synthetic inquiries if the
   corpus is absent);
2. starts the server: ``--workers N`` as ``make serve`` does (``python -m anfragen.asgi``,
   N uvicorn processes on one port), ``--workers 0`` (default) ``datasette serve
   --immutable`` (one process) with settings.json, metadata, plugins, templates;
   ``--replicas`` such servers on free ports, clients spread round-robin (a stand-in for a
   load balancer);
3. per endpoint: a single-client baseline, then ``--clients`` concurrent clients sharing
   ``--requests`` requests; prints requests/s, p50/p99/max latency, errors and the p99
   ratio against the baseline. Then all endpoints mixed. Before measuring, ``--warmup``
   URLs per endpoint (default 200, disjoint from the measured ones) are asked, as a
   server that has been running would have seen other traffic.

Clients (``--client``): ``wrk`` (Debian's ``wrk``, C: the default when installed and one
server is driven) with a Lua script that sends each URL of the phase's list exactly once
over keep-alive connections and stops when the last response is in; ``raw``: keep-alive
HTTP/1.1 on asyncio streams (Python, on uvloop when installed: the fallback); ``httpx``:
``httpx.AsyncClient`` (what earlier figures used; it needs about a core of its own at
200 req/s, which the server then lacks). All are closed loops: a client sends its next
request when the last one is answered (plus ``--think``).

URLs: every inquiry page, and searches for ``--terms`` distinct words and word pairs taken
from the corpus's own questions. Mode ``cold``: every request of a run asks a URL nobody
asked before (baseline and load use disjoint URLs), so no cache can help. Mode
``realistic``: URLs drawn with Zipf-like popularity (rank r with weight 1/r) from all of
them, so popular searches and pages repeat as they do in real traffic. Each mode starts
its own server (the response cache starts empty).
Figures, not tests: nothing here asserts. Only 127.0.0.1 traffic; every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import shutil
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


def start_server(db: Path, port: int, workers: int = 0) -> subprocess.Popen:
    """On 127.0.0.1:port: ``workers`` = 0: ``datasette serve`` with the flags ``make serve``
    passes (one process); N > 0: ``python -m anfragen.asgi`` (the same app, N uvicorn
    worker processes on one port)."""
    if workers:
        cmd = [sys.executable, "-m", "anfragen.asgi", str(db), "--workers", str(workers),
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    else:
        settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
        flags = [x for k, v in settings.items() for x in ("--setting", k, str(v).lower())]
        cmd = [sys.executable, "-m", "datasette", "serve", "--immutable", str(db),
               "--metadata", "metadata.yml", "--plugins-dir", "plugins", "--template-dir",
               "templates", *flags, "--host", "127.0.0.1", "--port", str(port)]
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
    summary: dict | None = None  # wrk: count, p50, p99, max (seconds) instead of latencies

    def count(self) -> int:
        return self.summary["count"] if self.summary else len(self.latencies)

    def quantile(self, q: float) -> float:
        if self.summary:
            return self.summary["max" if q >= 1 else f"p{round(q * 100)}"]
        return max(self.latencies) if q >= 1 else quantile(self.latencies, q)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


class RawConnection:
    """One keep-alive HTTP/1.1 connection on asyncio streams: a GET, the status, the body
    read and dropped (Content-Length or chunked). A tenth of httpx's CPU per request, so
    the clients take less of the cores they share with the server."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Accept: */*\r\n\r\n".encode("latin-1"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        headers = head.lower()
        close = b"\r\nconnection: close" in headers
        if b"\r\ntransfer-encoding: chunked" in headers:
            while True:
                size = int((await self.reader.readline()).split(b";")[0], 16)
                if size == 0:
                    while await self.reader.readline() not in (b"\r\n", b""):
                        pass
                    break
                await self.reader.readexactly(size + 2)
        else:
            at = headers.find(b"\r\ncontent-length:")
            if at >= 0:
                length = int(headers[at + 17:headers.index(b"\r\n", at + 2)])
                await self.reader.readexactly(length)
            else:
                close = True
                await self.reader.read()
        if close:
            self.close()
        return status

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(bases: list[str], paths: list[str], clients: int, requests: int,
                timeout: float = 30.0, max_seconds: float = 120.0, think: float = 0.0,
                client: str = "raw") -> Result:
    """``clients`` concurrent clients send ``requests`` requests in total (``paths`` in
    order, cycling), then stop; none starts after ``max_seconds``. ``think``: mean pause
    (exponential) of a client between a response and its next request; 0 = closed loop.
    ``client``: ``wrk`` (one base URL), ``raw`` (keep-alive asyncio streams) or ``httpx``
    (AsyncClient)."""
    if client == "wrk":
        return await asyncio.to_thread(drive_wrk, bases[0], paths, clients, requests, timeout,
                                       max_seconds, think)
    pauses = random.Random(3)
    result = Result()
    queue = iter(range(requests))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    targets = [httpx.URL(b) for b in bases]

    async def one(n: int, i: int, http) -> None:
        base = (n + i) % len(bases)
        path = paths[i % len(paths)]
        start = time.perf_counter()
        try:
            if client == "raw":
                status = await asyncio.wait_for(http[base].get(path), timeout)
            else:
                status = (await http.get(bases[base] + path)).status_code
            if status != 200:
                result.error(f"HTTP {status}")
        except (httpx.HTTPError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                asyncio.TimeoutError, ValueError) as exc:
            result.error(type(exc).__name__)
            if client == "raw":
                http[base].close()
        result.latencies.append(time.perf_counter() - start)

    async def loop(n: int, http) -> None:
        for i in queue:  # shared iterator: bounded, no request sent twice
            if time.perf_counter() - begun > max_seconds:
                break
            await one(n, i, http)
            if think:
                await asyncio.sleep(pauses.expovariate(1 / think))

    begun = time.perf_counter()
    if client == "raw":
        conns = [[RawConnection(t.host, t.port) for t in targets] for _ in range(clients)]
        start = time.perf_counter()
        await asyncio.gather(*(loop(n, conns[n]) for n in range(clients)))
        result.elapsed = time.perf_counter() - start
        for per_client in conns:
            for c in per_client:
                c.close()
        return result
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        start = time.perf_counter()
        await asyncio.gather(*(loop(n, http) for n in range(clients)))
        result.elapsed = time.perf_counter() - start
    return result


# wrk (C, one thread, ~10 µs of CPU per request: the server keeps the cores) sends each
# path of the list once, in order, over `clients` keep-alive connections: the same
# bounded, closed-loop semantics as `drive`. Once the list is exhausted a connection sends
# nothing more (an empty request) and the thread stops when the last response is in, so no
# request is cut off and none is repeated. `wrk -d` bounds the run (max_seconds); the
# script prints "done" and the bench then ends wrk with SIGINT (it would sleep -d out).
WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args)
  reqs, sent, answered, think = {}, 0, 0, tonumber(args[2])
  statuses = ""
  for line in io.lines(args[1]) do reqs[#reqs + 1] = wrk.format("GET", line) end
end
function request()
  -- wrk 4.1 calls request() once right after init() to check the request parses (the
  -- thread is not running yet): that first call is answered but not counted as sent
  if not verified then verified = true; return reqs[1] end
  if sent < #reqs then sent = sent + 1; return reqs[sent] end
  return ""
end
function delay()
  if think > 0 then return -math.log(1 - math.random()) * think end
  return 0
end
function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then statuses = statuses .. status .. " " end
  if answered == #reqs then
    io.write("done\\n"); io.flush(); wrk.thread:stop()
  end
end
function done(summary, latency, requests)
  local statuses = ""
  for _, t in ipairs(threads) do statuses = statuses .. t:get("statuses") end
  local e = summary.errors
  io.write(string.format('{"count": %d, "p50": %d, "p99": %d, "max": %d, "connect": %d, ' ..
    '"read": %d, "write": %d, "timeout": %d, "statuses": "%s"}\\n', summary.requests,
    latency:percentile(50), latency:percentile(99), latency.max, e.connect, e.read, e.write,
    e.timeout, statuses))
end
"""


def drive_wrk(base: str, paths: list[str], clients: int, requests: int, timeout: float = 30.0,
              max_seconds: float = 120.0, think: float = 0.0) -> Result:
    """As ``drive``, with wrk as the clients (one base URL)."""
    import os
    import signal

    with tempfile.TemporaryDirectory(prefix="anfragen-wrk-") as tmp:
        script, urls = Path(tmp) / "bench.lua", Path(tmp) / "urls.txt"
        script.write_text(WRK_SCRIPT, encoding="utf-8")
        urls.write_text("".join(paths[i % len(paths)] + "\n" for i in range(requests)), encoding="utf-8")
        cmd = ["wrk", "-t1", f"-c{clients}", f"-d{max(1, round(max_seconds))}s",
               f"--timeout={max(1, round(timeout))}s", "-s", str(script), base, "--", str(urls),
               str(think * 1000)]
        result, summary = Result(), None
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=os.environ)
        for line in proc.stdout:
            if line == "done\n" and not result.elapsed:
                result.elapsed = time.perf_counter() - start
                proc.send_signal(signal.SIGINT)
            elif line.startswith("{"):
                summary = json.loads(line)
        proc.wait(timeout=30)
    if not result.elapsed:  # bounded by max_seconds before the list was done
        result.elapsed = time.perf_counter() - start
    if summary is None:
        raise RuntimeError(f"wrk gave no summary (exit {proc.returncode})")
    result.summary = {"count": summary["count"], "p50": summary["p50"] / 1e6,
                      "p99": summary["p99"] / 1e6, "max": summary["max"] / 1e6}
    for status in summary["statuses"].split():
        result.error(f"HTTP {status}")
    if summary["count"] < requests:
        # a request lost to a socket error is never answered (wrk does not resend it)
        result.errors["unanswered"] = requests - summary["count"]
        for kind in ("connect", "read", "write", "timeout"):
            if summary[kind]:
                result.errors[kind] = summary[kind]
    # else every request was answered: socket errors are the server closing connections
    # that had nothing left to send (uvicorn's 5 s keep-alive), not failed requests
    return result


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1] if len(values) > 1 else values[0]


def report(name: str, clients: int, r: Result, baseline: Result | None) -> None:
    p50, p99 = r.quantile(0.50) * 1000, r.quantile(0.99) * 1000
    ratio = f"{p99 / (baseline.quantile(0.99) * 1000):5.1f}x" if baseline else "    -"
    errors = ", ".join(f"{k}: {v}" for k, v in r.errors.items()) or "0"
    print(f"{name:<20} {clients:>3} {r.count():>6} {r.count() / r.elapsed:>8.1f} "
          f"{p50:>8.1f} {p99:>8.1f} {r.quantile(1) * 1000:>8.1f} {ratio}  {errors}", flush=True)


async def main_async(args, bases: list[str], paths: dict[str, list[str]], mode: str) -> None:
    rng = random.Random(2)
    # Warm-up: a server that has been running has its SQLite page cache, templates and the
    # per-text caches (words and stems of answers, rendered answers) filled by earlier
    # traffic. The last --warmup URLs of each endpoint are asked first, by as many clients
    # as the load below, so that every worker process gets some (a few connections may all
    # land on one worker, and the other would compile its templates while measured); they
    # are not measured and not asked again below, so "cold" still means a URL never asked.
    warm = [p for plist in paths.values() for p in plist[-args.warmup:]]
    await drive(bases, warm, clients=args.clients, requests=len(warm), client=args.client)
    for _ in (mode,):
        print(f"\n{mode}: {'every URL new' if mode == 'cold' else 'Zipf popularity over all URLs'}")
        print(f"{'endpoint':<20} {'cl':>3} {'reqs':>6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} p99/base errors")
        mixed = []
        for name, plist in paths.items():
            plist = plist[:-args.warmup]
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
            kw = {"max_seconds": args.max_seconds, "client": args.client}
            base = await drive(bases, base_urls, clients=1, requests=base_n, **kw)
            report(name, 1, base, None)
            loaded = await drive(bases, load_urls, clients=args.clients, requests=load_n,
                                 think=args.think, **kw)
            report(name, args.clients, loaded, base)
        if mode == "cold":  # every URL has been asked once now: a mixed cold run would repeat
            return
        rng.shuffle(mixed)
        report("mixed", args.clients, await drive(bases, mixed, args.clients, len(mixed),
                                                 max_seconds=args.max_seconds, think=args.think,
                                                 client=args.client), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="database to serve (default: build from the corpus)")
    parser.add_argument("--work", type=Path, help="folder for the built database (default: a temp dir)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="requests per endpoint under load")
    parser.add_argument("--baseline", type=int, default=100, help="single-client requests per endpoint")
    parser.add_argument("--replicas", type=int, default=1, help="Datasette processes (round-robin)")
    parser.add_argument("--workers", type=int, default=0,
                        help="0: `datasette serve` (one process); N: `python -m anfragen.asgi "
                             "--workers N` (as `make serve`), per replica")
    parser.add_argument("--only", action="append", default=[],
                        help="measure only endpoints whose name contains this (repeatable)")
    parser.add_argument("--client", choices=["auto", "wrk", "raw", "httpx"], default="auto",
                        help="auto: wrk when installed and one server, else raw; raw: keep-alive "
                             "asyncio streams (Python, light); httpx: httpx.AsyncClient (heavy)")
    parser.add_argument("--mode", choices=["cold", "realistic", "both"], default="both")
    parser.add_argument("--terms", type=int, default=1500, help="distinct searches")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="time bound per phase")
    parser.add_argument("--warmup", type=int, default=200,
                        help="URLs per endpoint asked before measuring (never measured, never asked again); "
                             "at least 1")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean think time (s) of a loaded client between requests; 0 = none")
    args = parser.parse_args()
    args.warmup = max(1, args.warmup)
    if args.client == "auto":
        args.client = "wrk" if shutil.which("wrk") and args.replicas == 1 else "raw"
    if args.client == "wrk" and args.replicas > 1:
        parser.error("--client wrk drives one server: use --workers N instead of --replicas")
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
          f"server(s): {'anfragen.asgi, %d workers' % args.workers if args.workers else 'datasette serve'}; "
          f"client {args.client}; settings.json as served; think time {args.think} s")
    for mode in (["cold", "realistic"] if args.mode == "both" else [args.mode]):
        # a fresh server per mode: the realistic run starts with an empty response cache
        servers = [start_server(db, free_port(), args.workers) for _ in range(args.replicas)]
        try:
            bases = [f"http://127.0.0.1:{s.args[s.args.index('--port') + 1]}" for s in servers]
            has_similar = httpx.get(bases[0] + "/-/similar.json?q=Test").status_code == 200
            has_search_page = httpx.get(bases[0] + "/-/suche?q=Test").status_code == 200
            paths = endpoints(db, terms, has_similar, has_search_page)
            if args.only:
                paths = {k: v for k, v in paths.items() if any(o in k for o in args.only)}
            print("distinct URLs: " + ", ".join(f"{k} {len(v)}" for k, v in paths.items()))
            run_loop(main_async(args, bases, paths, mode))
        finally:
            for s in servers:
                s.terminate()
                s.wait(timeout=10)

def run_loop(coro) -> None:
    """``asyncio.run``, on uvloop when installed (the clients' own CPU is then lower)."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)


if __name__ == "__main__":
    main()
