"""A small database for the publishing tests: the committed Mainz inquiry plus two
Karlsruhe fixtures (tests/fixtures/publishing/) with other submitters, years, both dates,
a pointer answer, an overdue and a future commitment, and a title with markup in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from anfragen.builder import build

from conftest import INQUIRIES, VOCABULARY, datasette_for

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "publishing"


@pytest.fixture(scope="session")
def publishing_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("publishing") / "anfragen.db"
    build([INQUIRIES, FIXTURES], path, VOCABULARY)
    return path


@pytest.fixture
def pds(publishing_db):
    """Real Datasette, configured as `make serve` does, over the publishing database."""
    return datasette_for(publishing_db)
