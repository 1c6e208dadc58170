"""HTTP security headers for the public site, as a small ASGI middleware.

The Content-Security-Policy allows scripts only from the site itself plus the few inline
scripts Datasette's own templates contain, each allowed by its SHA-256 hash (read from the
installed Datasette, so an upgrade cannot silently break or widen the policy). No nonce and
no 'unsafe-inline' for scripts: even if escaping failed somewhere and a ``<script>`` reached
a page, the browser would refuse to run it. Our own scripts live in files served by the
site ('self'), never inline.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable
from pathlib import Path

import datasette

DATASETTE_TEMPLATES = Path(datasette.__file__).parent / "templates"
# Datasette 0.65 templates with inline <script> blocks; table.html's one depends only on the
# allow_facet setting, so both of its possible renderings are allowed.
_INLINE_SCRIPT_TEMPLATES = ["_close_open_menus.html", "_codemirror_foot.html", "table.html"]
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

PERMISSIONS = ("accelerometer=(), camera=(), geolocation=(), gyroscope=(), microphone=(), "
               "payment=(), usb=(), interest-cohort=()")


def inline_scripts() -> list[str]:
    """The exact text of every inline script Datasette's templates can render."""
    scripts = []
    for name in _INLINE_SCRIPT_TEMPLATES:
        for body in _SCRIPT.findall((DATASETTE_TEMPLATES / name).read_text(encoding="utf-8")):
            if "{{ datasette_allow_facet }}" in body:
                scripts += [body.replace("{{ datasette_allow_facet }}", v) for v in ("true", "false")]
            elif "{{" in body or "{%" in body:
                raise RuntimeError(f"{name}: inline script with template code cannot be hashed")
            else:
                scripts.append(body)
    return scripts


def script_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def content_security_policy() -> str:
    hashes = " ".join(sorted({script_hash(s) for s in inline_scripts()}))
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {hashes}",
        "style-src 'self' 'unsafe-inline'",  # Datasette colours headers with style attributes
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def security_headers() -> list[tuple[bytes, bytes]]:
    """(name, value) pairs added to every response that does not set them itself."""
    return [
        (b"content-security-policy", content_security_policy().encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),  # as Datasette itself sends
        (b"x-frame-options", b"DENY"),
        (b"permissions-policy", PERMISSIONS.encode()),
        (b"cross-origin-opener-policy", b"same-origin"),
    ]


ASGIApp = Callable[[dict, Callable, Callable], Awaitable[None]]


def with_security_headers(app: ASGIApp) -> ASGIApp:
    """Wrap an ASGI app so every HTTP response carries ``security_headers()``."""
    headers = security_headers()

    async def wrapped(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped
