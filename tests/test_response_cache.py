"""The GET response cache: what it keeps, what it never keeps, how it stays bounded."""

import asyncio

from anfragen.response_cache import Cache, with_response_cache


class Site:
    """A tiny real ASGI app that counts how often it computes a response."""

    def __init__(self, status=200, headers=(), body=b"Antwort"):
        self.calls, self.status, self.headers, self.body = 0, status, list(headers), body

    async def __call__(self, scope, receive, send):
        self.calls += 1
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-type", b"text/html")] + self.headers})
        await send({"type": "http.response.body", "body": self.body + str(self.calls).encode()})


def request(app, path="/anfragen/inquiries/x", method="GET", headers=(), query=b""):
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    headers = list(headers)
    if not any(name == b"host" for name, _ in headers):
        headers.insert(0, (b"host", b"anfragen.example"))
    scope = {"type": "http", "method": method, "path": path, "query_string": query, "headers": headers}
    asyncio.run(app(scope, receive, send))
    return sent[0], b"".join(m.get("body", b"") for m in sent[1:])


def test_a_repeated_get_is_answered_byte_for_byte_from_the_cache():
    site = Site(headers=[(b"content-security-policy", b"default-src 'self'")])
    app = with_response_cache(site)
    first, body1 = request(app)
    second, body2 = request(app)
    assert site.calls == 1 and body1 == body2 == b"Antwort1"
    assert second["headers"] == first["headers"]


def test_query_string_and_host_are_part_of_the_key():
    site = Site()
    app = with_response_cache(site)
    request(app, query=b"q=Wohngeld")
    request(app, query=b"q=Kita")
    request(app, query=b"q=Kita", headers=[(b"host", b"other.example")])
    assert site.calls == 3


def test_post_errors_cookies_and_the_drafting_page_are_never_kept():
    for site, kwargs in [(Site(), {"method": "POST"}), (Site(status=404), {}),
                         (Site(headers=[(b"set-cookie", b"ds_csrftoken=x")]), {}),
                         (Site(headers=[(b"cache-control", b"no-store")]), {}),
                         (Site(), {"path": "/-/entwurf"}),
                         (Site(), {"headers": [(b"cookie", b"ds_actor=abc")]})]:
        app = with_response_cache(site)
        request(app, **kwargs)
        request(app, **kwargs)
        assert site.calls == 2, kwargs


def test_the_cache_stays_within_its_bounds():
    cache = Cache(max_bytes=30, max_entry=20)
    app = with_response_cache(Site(body=b"x" * 9), cache)
    for n in range(5):
        request(app, path=f"/seite/{n}")
    assert cache.size <= 30 and len(cache.entries) == 3
    big = with_response_cache(Site(body=b"y" * 50), cache)
    request(big, path="/gross")
    assert ("/gross" not in [key[2] for key in cache.entries])


class SlowSite(Site):
    async def __call__(self, scope, receive, send):
        await asyncio.sleep(0.05)  # long enough for the other requests to arrive meanwhile
        await super().__call__(scope, receive, send)


def test_concurrent_first_requests_for_one_url_compute_it_once():
    site = SlowSite()
    app = with_response_cache(site)

    async def one():
        sent = []

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "method": "GET", "path": "/-/suche", "query_string": b"q=Kita",
                 "headers": [(b"host", b"anfragen.example")]}
        await app(scope, receive, send)
        return b"".join(m.get("body", b"") for m in sent[1:])

    async def many():
        return await asyncio.gather(*(one() for _ in range(5)))

    assert asyncio.run(many()) == [b"Antwort1"] * 5
    assert site.calls == 1
