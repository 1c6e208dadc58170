"""Where the real Karlsruhe corpus lives, for tests that read it in place.

Tests that need it call ``corpus_dir()``: it skips with a clear message when the corpus
is absent, but fails when ``CI=true``, so a CI run can never silently skip them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "karlsruhe"


def corpus_dir() -> Path:
    """The corpus directory (``../shared/corpus/karlsruhe`` from the repo root)."""
    if CORPUS.is_dir():
        return CORPUS
    message = f"Karlsruhe corpus not found at {CORPUS}"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (required when CI=true)")
    pytest.skip(message)
