"""`make serve`'s worker processes: each listens on its own socket, so the kernel spreads
the connections of many clients over them instead of one worker taking a whole burst."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from anfragen import workers

from conftest import ROOT, serve

pytestmark = pytest.mark.skipif(not workers.spreads_connections(), reason="needs Linux SO_REUSEPORT")


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if m := re.fullmatch(r"socket:\[(\d+)\]", target):
            inodes.add(m.group(1))
    return inodes


def _sockets_on(port: int) -> list[tuple[str, str]]:
    """(state, inode) of the IPv4 TCP sockets whose local port is ``port``."""
    rows = Path("/proc/net/tcp").read_text().splitlines()[1:]
    fields = [row.split() for row in rows]
    return [(f[3], f[9]) for f in fields if int(f[1].rsplit(":", 1)[1], 16) == port]


def _children(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


def _listening_workers(proc, port: int, want: int, patience: float = 60.0) -> list[int]:
    """The server's workers that listen on ``port``. The server answers as soon as its first
    worker listens; each worker builds its app before it binds, so on a busy machine the
    second one may follow seconds later: wait for it (a deadline, not a measurement)."""
    deadline = time.monotonic() + patience
    while True:
        listening = {inode for state, inode in _sockets_on(port) if state == "0A"}
        pids = [pid for pid in _children(proc.pid) if _socket_inodes(pid) & listening]
        if len(pids) >= want or time.monotonic() > deadline:
            return pids
        time.sleep(0.1)


def test_connections_are_spread_over_the_workers(built_db):
    proc, url = serve(built_db)
    try:
        port = int(url.rsplit(":", 1)[1])
        worker_pids = _listening_workers(proc, port, want=2)
        assert len(worker_pids) == 2, "each of the two workers listens on a socket of its own"

        clients = []
        for _ in range(40):  # a burst of keep-alive clients, as a load test or a busy hour opens
            client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            client.request("GET", "/-/versions.json")
            assert client.getresponse().read()
            clients.append(client)
        established = {inode for state, inode in _sockets_on(port) if state == "01"}
        per_worker = [len(_socket_inodes(pid) & established) for pid in worker_pids]
        assert sum(per_worker) == 40
        # the kernel hashes each connection to a socket: 20 ± 3 each; 5 or fewer on one
        # worker happens about once in ten million bursts
        assert min(per_worker) > 5, per_worker
        for client in clients:
            client.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert not any(Path(f"/proc/{pid}").exists() and "python" in Path(f"/proc/{pid}/cmdline").read_text()
                   for pid in worker_pids), "stopping the server stops its workers"


def test_a_second_server_on_a_taken_port_fails_clearly(built_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "anfragen.asgi", str(built_db), "--workers", "2",
                                 "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in result.stderr


async def test_accepted_connections_send_without_delay():
    # asyncio sets TCP_NODELAY only on sockets made for TCP (protocol IPPROTO_TCP); without
    # it a response waits for the client's delayed ACK, up to 40 ms per request
    sock = workers.listening_socket("127.0.0.1", 0)
    nodelay = []

    async def accepted(reader, writer):
        nodelay.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
        writer.close()

    import asyncio
    server = await asyncio.start_server(accepted, sock=sock)
    async with server:
        reader, writer = await asyncio.open_connection(*sock.getsockname())
        await reader.read()
        writer.close()
    assert nodelay and nodelay[0] != 0
