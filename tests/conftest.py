"""Shared fixtures: a database built by the project's own build, served by real Datasette."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from datasette.app import Datasette

from anfragen.builder import build

ROOT = Path(__file__).resolve().parent.parent
INQUIRIES = ROOT / "inquiries"
VOCABULARY = ROOT / "services.yml"
MAINZ_1424 = INQUIRIES / "mainz" / "2024" / "1424.md"


def datasette_for(db_path: Path) -> Datasette:
    """Datasette configured exactly as `make serve` configures it."""
    import yaml

    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
    return Datasette(
        immutables=[str(db_path)], metadata=metadata, settings=settings,
        plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"),
    )


@pytest.fixture(scope="session")
def built_db(tmp_path_factory) -> Path:
    """anfragen.db built from the committed inquiries/ folder."""
    path = tmp_path_factory.mktemp("db") / "anfragen.db"
    build([INQUIRIES], path, VOCABULARY)
    return path


@pytest.fixture
def ds(built_db) -> Datasette:
    return datasette_for(built_db)


# --- a real server and a real browser ------------------------------------------------
import os  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db_path: Path):
    """Start the server as `make serve` does (anfragen.asgi: the Datasette app of
    `datasette serve --immutable` with metadata.yml, plugins/, templates/, settings.json, in
    two uvicorn worker processes), on a free port; yields the base URL."""
    port = free_port()
    cmd = [sys.executable, "-m", "anfragen.asgi", str(db_path), "--workers", "2",
           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()) from None
            time.sleep(0.1)
    return proc, url


@pytest.fixture(scope="session")
def live_server(built_db):
    """Base URL of a real Datasette serving the committed inquiries."""
    proc, url = serve(built_db)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright (no browser download).

    Module-scoped: Playwright's sync API keeps an event loop running in this thread while
    it is open, which would break the asyncio tests of Datasette's client that follow."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} missing: .ci/run must install Debian's chromium")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page; fails the test if the page logs a console error or throws."""
    context = browser.new_context(locale="de-DE")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.console_errors = errors
    yield pg
    context.close()
    assert errors == [], f"console errors: {errors}"
