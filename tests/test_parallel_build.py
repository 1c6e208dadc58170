"""A build large enough for worker processes writes exactly what a serial build writes."""

import sqlite3

import pytest
from test_incremental import small, snapshot

from anfragen import parsing_pool
from anfragen.builder import BuildFailed, build

from conftest import VOCABULARY

TOPICS = ["Wohnsitzanmeldung", "Hundesteuer", "Baugenehmigung", "Kitaplätze", "Radwege"]


@pytest.fixture
def many(tmp_path):
    root = tmp_path / "inquiries"
    root.mkdir()
    for n in range(parsing_pool.PARALLEL_FROM + 20):
        (root / f"{n:04d}.md").write_text(small(f"{n}/2030", TOPICS[n % len(TOPICS)]), encoding="utf-8")
    return root


def test_parallel_and_serial_builds_are_identical_row_for_row(many, tmp_path, monkeypatch):
    build([many], tmp_path / "parallel.db", VOCABULARY)
    monkeypatch.setattr(parsing_pool, "PARALLEL_FROM", 10**9)
    build([many], tmp_path / "serial.db", VOCABULARY)
    assert snapshot(tmp_path / "parallel.db") == snapshot(tmp_path / "serial.db")
    # the same rowids too: the order of writing is the order of the files
    rowids = [sqlite3.connect(tmp_path / f).execute("select rowid, id from questions order by rowid").fetchall()
              for f in ("parallel.db", "serial.db")]
    assert rowids[0] == rowids[1]


def test_errors_found_by_workers_name_file_and_line(many, tmp_path):
    (many / "0007.md").write_text("---\nbody: X\n---\n\nKein Fragezeichen weit und breit.\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build([many], tmp_path / "a.db", VOCABULARY)
    assert [str(e) for e in failed.value.errors] == [
        f"{many / '0007.md'}:4: no recognisable question (expected numbered questions such as "
        "'1. Welche …?' or 'Frage 1: …'; see docs/format.md)"]
    assert not (tmp_path / "a.db").exists()
