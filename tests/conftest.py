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
