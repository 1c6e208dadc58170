"""A bounded in-process cache of GET responses, for a server of an immutable database.

Datasette serves the database ``--immutable``: the same URL gives the same page until the
file is replaced, which means a restart (and an empty cache). ``with_response_cache(app)``
wraps the ASGI app and keeps complete responses, keyed by host, path and query string:

- only ``GET`` requests without credentials (no ``Authorization`` header, no ``ds_actor``
  cookie), never POST, never the drafting pages (``/-/entwurf``: a form with a CSRF token),
  never Datasette's own ``/-/`` introspection pages that depend on the actor;
- only responses with status 200, without ``Set-Cookie``, without ``Cache-Control:
  no-store/private``, and of at most ``MAX_ENTRY`` bytes; streamed responses are passed
  through and kept only once complete;
- headers are kept as sent (security headers, content type, Datasette's cache-control),
  so a cached response is byte-for-byte the first one;
- least recently used entries go first once the bodies exceed ``MAX_BYTES``.

A response is kept only after it has been sent completely. Concurrent first requests for
the same key are computed once: while one request computes it, the others wait for it (at
most ``WAIT`` seconds) and are then answered from the cache, or compute it themselves if the
response was not kept (an error, a cookie, too large, a client that went away). Under load
a popular URL that is not yet cached is thus not rendered fifty times at once.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable

MAX_BYTES = 64 * 1024 * 1024
MAX_ENTRY = 2 * 1024 * 1024
WAIT = 10.0  # seconds a request waits for a concurrent identical one before computing itself
NEVER = ("/-/entwurf", "/-/actor", "/-/permissions", "/-/messages", "/-/allow-debug",
         "/-/logout", "/-/login", "/-/auth-token")

ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]


class Cache:
    """Complete responses by key, least recently used first out, bounded in bytes."""

    def __init__(self, max_bytes: int = MAX_BYTES, max_entry: int = MAX_ENTRY):
        self.max_bytes, self.max_entry = max_bytes, max_entry
        self.entries: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self.size = 0
        self.hits = self.misses = 0

    def get(self, key: tuple) -> tuple[dict, bytes] | None:
        entry = self.entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: tuple, start: dict, body: bytes) -> None:
        if len(body) > self.max_entry or key in self.entries:
            return
        self.entries[key] = (start, body)
        self.size += len(body)
        while self.size > self.max_bytes and self.entries:
            _, (_, old) = self.entries.popitem(last=False)
            self.size -= len(old)


def cacheable_request(scope: dict) -> bool:
    if scope.get("type") != "http" or scope.get("method") != "GET":
        return False
    path = scope.get("path", "")
    if any(path == p or path.startswith(p + "/") or path.startswith(p + ".") for p in NEVER):
        return False
    for name, value in scope.get("headers", []):
        if name == b"authorization" or (name == b"cookie" and b"ds_actor" in value):
            return False
    return True


def cacheable_response(start: dict) -> bool:
    if start.get("status") != 200:
        return False
    for name, value in start.get("headers", []):
        name = name.lower()
        if name == b"set-cookie":
            return False
        if name == b"cache-control" and (b"no-store" in value or b"private" in value):
            return False
    return True


def with_response_cache(app: ASGIApp, cache: Cache | None = None) -> ASGIApp:
    """Wrap an ASGI app so repeated cacheable GET requests are answered from ``cache``."""
    cache = cache or Cache()

    async def wrapped(scope, receive, send):
        if not cacheable_request(scope):
            return await app(scope, receive, send)
        host = next((v for n, v in scope.get("headers", []) if n == b"host"), b"")
        # the host is part of the key: feeds and OParl objects carry absolute URLs
        key = (host, scope.get("root_path", ""), scope["path"], scope.get("query_string", b""))
        entry = cache.get(key)
        pending = computing.get(key) if entry is None else None
        if pending is not None and pending.get_loop() is not asyncio.get_running_loop():
            del computing[key]  # left by an event loop that was closed mid-request
            pending = None
        if pending is not None:  # the same key is being computed: wait for it
            try:
                await asyncio.wait_for(asyncio.shield(pending), WAIT)
            except asyncio.TimeoutError:
                pass
            entry = cache.entries.get(key)
        if entry is not None:
            start, body = entry
            await send(start)
            await send({"type": "http.response.body", "body": body, "more_body": False})
            return
        done = None
        if key not in computing:  # else: a waiter that timed out computes, and wakes nobody
            done = computing[key] = asyncio.get_running_loop().create_future()

        def release():
            # wake the waiters as soon as the response is kept, or known not to be kept
            # (they then compute it themselves): never only after a slow client read it all
            nonlocal done
            if done is not None:
                if computing.get(key) is done:
                    del computing[key]
                done.set_result(None)
                done = None

        state = {"start": None, "chunks": [], "size": 0, "keep": False}

        async def recording_send(message):
            if message["type"] == "http.response.start":
                state["start"] = message
                state["keep"] = cacheable_response(message)
                if not state["keep"]:
                    release()
            elif message["type"] == "http.response.body" and state["keep"]:
                body = message.get("body", b"")
                state["size"] += len(body)
                if state["size"] > cache.max_entry:
                    state["keep"], state["chunks"] = False, []
                    release()
                else:
                    state["chunks"].append(body)
                if not message.get("more_body", False) and state["keep"]:
                    cache.put(key, state["start"], b"".join(state["chunks"]))
                    release()
            await send(message)

        try:
            await app(scope, receive, recording_send)
        finally:
            release()

    computing: dict[tuple, asyncio.Future] = {}  # key → done, while its first request runs
    wrapped.cache = cache
    wrapped.computing = computing
    return wrapped
