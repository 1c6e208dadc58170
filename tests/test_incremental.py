"""Incremental builds: unchanged files are not parsed again, changes and deletions are
reflected, and the result is exactly the database a full build makes. Builds are atomic:
a reader of the old file keeps reading it, a failed build leaves it in place."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from anfragen import schema
from anfragen.builder import BuildFailed, build

from conftest import MAINZ_1424, VOCABULARY


def small(reference: str, topic: str) -> str:
    return (f"---\nbody: Stadtrat Testhausen\nreference: {reference}\nanswered_on: 2024-05-0{len(topic) % 9 + 1}\n"
            f"---\n\n1. Wie viele Anträge zur {topic} gab es?\n\nEs gab zwölf Anträge zur {topic}.\n\n"
            f"2. Wann wird über die {topic} entschieden?\n\nBis Ende 2025 ist eine Entscheidung geplant.\n")


@pytest.fixture
def root(tmp_path) -> Path:
    root = tmp_path / "inquiries"
    (root / "mainz" / "2024").mkdir(parents=True)
    shutil.copy(MAINZ_1424, root / "mainz" / "2024" / "1424.md")
    for n, topic in enumerate(["Wohnsitzanmeldung", "Hundesteuer", "Baugenehmigung"], start=1):
        (root / f"t{n}.md").write_text(small(f"{n}/2024", topic), encoding="utf-8")
    return root


def snapshot(db: Path) -> dict[str, list]:
    """Every table's rows ordered by primary key, and every full-text row as (base pk, search)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    out = {}
    for name, _, options in schema.TABLES:
        pk = options["pk"] if isinstance(options["pk"], tuple) else (options["pk"],)
        out[name] = [tuple(r) for r in conn.execute(f"select * from {name} order by {', '.join(pk)}")]
    for fts, base in schema.FTS_TABLES.items():
        out[fts] = [tuple(r) for r in conn.execute(
            f"select b.id, f.search from {fts} f join {base} b on b.rowid = f.rowid order by b.id")]
        total = conn.execute(f"select count(*) from {fts}").fetchone()[0]
        assert total == len(out[fts]), f"{fts} has rows for deleted {base}"
    conn.close()
    return out


def assert_same_as_full_build(root: Path, incremental_db: Path):
    full_db = incremental_db.with_name("full.db")
    full_db.unlink(missing_ok=True)
    report = build([root], full_db, VOCABULARY, full=True)
    assert not report.incremental
    assert snapshot(incremental_db) == snapshot(full_db)


def change(root: Path):
    text = (root / "t2.md").read_text(encoding="utf-8")
    (root / "t2.md").write_text(text.replace("zwölf", "dreizehn") + "\n3. Und wo?\n\nIm Rathaus.\n",
                                encoding="utf-8")


CHANGES = {  # edit → (files parsed, unchanged, removed) of the following build
    "add-a-file": (lambda r: (r / "t4.md").write_text(small("4/2024", "Kita"), encoding="utf-8"), (1, 4, 0)),
    "change-a-file": (change, (1, 3, 0)),
    "delete-a-file": (lambda r: (r / "t3.md").unlink(), (0, 3, 1)),
    "rename-a-file": (lambda r: (r / "t1.md").rename(r / "t9.md"), (1, 3, 1)),
    "change-nothing": (lambda r: None, (0, 4, 0)),
}


@pytest.mark.parametrize("edit, work", CHANGES.values(), ids=CHANGES.keys())
def test_incremental_build_parses_only_changes_and_equals_a_full_build(root, tmp_path, edit, work):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    edit(root)
    report = build([root], db, VOCABULARY)
    assert report.incremental
    assert (report.parsed, report.unchanged, report.removed) == work
    assert_same_as_full_build(root, db)


def test_all_four_changes_in_a_row_still_equal_a_full_build(root, tmp_path):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    for edit, _ in CHANGES.values():
        edit(root)
        build([root], db, VOCABULARY)
    assert_same_as_full_build(root, db)


def test_changed_file_is_searchable_by_its_new_text_only(root, tmp_path):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    change(root)
    build([root], db, VOCABULARY)
    with sqlite3.connect(db) as conn:
        found = conn.execute("select a.text from answers_fts f join answers a on a.rowid = f.rowid "
                             "where answers_fts match 'dreizehn OR zwolf OR zwoelf'").fetchall()
    assert [t for (t,) in found if "Hundesteuer" in t] == ["Es gab dreizehn Anträge zur Hundesteuer."]


def test_a_changed_vocabulary_forces_a_full_build(root, tmp_path):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    other = tmp_path / "services.yml"
    other.write_text(VOCABULARY.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    report = build([root], db, other)
    assert not report.incremental and report.parsed == 4


# --- atomic -------------------------------------------------------------------------------
def test_reader_of_the_old_database_keeps_reading_it_during_and_after_a_build(root, tmp_path):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    reader = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    cursor = reader.execute("select id from questions order by id")
    first = cursor.fetchmany(3)
    (root / "t1.md").unlink()
    change(root)
    build([root], db, VOCABULARY)  # replaces the file while the reader is mid-query
    rest = cursor.fetchall()
    before = [r[0] for r in first + rest]
    assert "t1-q1" in before and "t2-q3" not in before  # the old, complete database
    assert reader.execute("select count(*) from inquiries").fetchone()[0] == 4
    reader.close()
    with sqlite3.connect(db) as fresh:  # a new reader sees the new one
        after = [r[0] for r in fresh.execute("select id from questions order by id")]
    assert "t1-q1" not in after and "t2-q3" in after


def test_failed_incremental_build_leaves_the_previous_database_in_place(root, tmp_path):
    db = tmp_path / "anfragen.db"
    build([root], db, VOCABULARY)
    before = snapshot(db)
    raw = db.read_bytes()
    change(root)  # a good change and a bad file: nothing of either is applied
    (root / "t5.md").write_text("Kein Fragezeichen weit und breit.\n", encoding="utf-8")
    with pytest.raises(BuildFailed):
        build([root], db, VOCABULARY)
    assert db.read_bytes() == raw and snapshot(db) == before
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []
    (root / "t5.md").unlink()  # once the bad file is fixed, the change goes in
    assert build([root], db, VOCABULARY).parsed == 1
    assert_same_as_full_build(root, db)


def test_corrupt_previous_database_is_rebuilt_from_scratch(root, tmp_path):
    db = tmp_path / "anfragen.db"
    db.write_bytes(b"not a database at all" * 100)
    report = build([root], db, VOCABULARY)
    assert not report.incremental and report.parsed == 4
    assert_same_as_full_build(root, db)
