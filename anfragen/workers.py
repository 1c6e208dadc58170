"""Several uvicorn worker processes on one port, each with a listening socket of its own.

uvicorn's ``workers=N`` shares one listening socket among its processes, and whichever is
waiting in ``accept()`` when connections arrive takes them — all of a burst, as a rule.
Keep-alive connections then stay where they landed: under ``bench/load.py`` 50 clients
connecting at once ended up 45 to 5, 49 to 1 or 40 to 10 on two workers, and the clients
of the crowded worker waited about 250 ms per request while the other worker answered its
few in 30 (docs/performance.md, "Connections and workers").

On Linux, ``SO_REUSEPORT`` lets every worker listen on a socket of its own on the same
port, and the kernel spreads new connections over them by a hash of their addresses:
25 ± 4 of 50 per worker. Each worker loads the app before it opens its socket, so no
connection is handed to a worker that cannot answer yet, and runs asyncio's own event
loop: it accepts every connection waiting in its queue at once, where uvloop, busy with
requests, took one per turn of its loop — about one every 100 ms under load, so the
connections of a burst that the kernel gave to a busy worker waited up to 1.7 s for
their first answer (measured with ``ss``: the accept queue shrank from 20 to 1 over
1.7 s). The parent restarts a worker
that dies (connections waiting in that worker's queue are reset, and the clients connect
again) and stops them all on SIGTERM or SIGINT.

Elsewhere (``SO_REUSEPORT`` on BSD and macOS does not spread connections) the workers
share uvicorn's one socket, as before.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import sys
import threading

APP = "anfragen.asgi:app"


def spreads_connections() -> bool:
    """Does the kernel spread connections over sockets sharing a port?"""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def check_port_free(host: str, port: int) -> None:
    """Raise ``OSError`` if anything listens on ``host:port``: a socket bound without
    ``SO_REUSEPORT`` conflicts with every other, so a second server started by mistake on
    the same port fails here instead of silently sharing the port's connections."""
    with socket.socket(_family(host), socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))


def listening_socket(host: str, port: int) -> socket.socket:
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets whose protocol says TCP;
    # without it each response waited up to 40 ms for the client's delayed ACK (Nagle)
    sock = socket.socket(_family(host), socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def serve(host: str, port: int, workers: int, log_level: str) -> None:
    """Run ``workers`` processes, each serving ``APP`` on its own socket; block until
    SIGTERM or SIGINT, restarting any worker that exits meanwhile."""
    check_port_free(host, port)
    context = multiprocessing.get_context("spawn")

    def start() -> multiprocessing.Process:
        process = context.Process(target=_worker, args=(host, port, log_level), daemon=False)
        process.start()
        return process

    processes = [start() for _ in range(workers)]
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    print(f"anfragen: {workers} workers on http://{host}:{port} (a socket each, SO_REUSEPORT)",
          flush=True)
    try:
        while not stop.wait(0.5):
            for index, process in enumerate(processes):
                if not process.is_alive():
                    print(f"anfragen: worker {process.pid} exited ({process.exitcode}), restarting",
                          flush=True)
                    processes[index] = start()
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.kill()


def _worker(host: str, port: int, log_level: str) -> None:
    import uvicorn

    # asyncio's loop accepts all waiting connections per wake-up (see above); httptools
    # still parses HTTP when installed
    config = uvicorn.Config(APP, log_level=log_level, lifespan="on", loop="asyncio")
    config.load()  # build the app first: the socket opens when the worker can answer
    uvicorn.Server(config).run(sockets=[listening_socket(host, port)])
