"""SQLite I/O: open, create, delete and insert an inquiry's rows, full-text indexes.

Rows come from ``rows.rows_for``; the schema from ``schema.py``. The full-text tables
index German-normalised text (``german.index_text``), computed inside SQLite through a
registered function so the text is read once.
"""

from __future__ import annotations

import json
import sqlite3

import sqlite_utils

from . import german, schema
from .rows import Rows

# Children first, so nothing points to a deleted row while deleting.
_DELETE_ORDER = [
    ("answer_services", "answer_id IN (SELECT id FROM answers WHERE inquiry_id = :id)"),
    ("question_services", "question_id IN (SELECT id FROM questions WHERE inquiry_id = :id)"),
    ("answer_references", "answer_id IN (SELECT id FROM answers WHERE inquiry_id = :id)"),
    ("commitments", "inquiry_id = :id"),
    ("parse_issues", "inquiry_id = :id"),
    ("inquiry_persons", "inquiry_id = :id"),
    ("preambles", "inquiry_id = :id"),
    ("questions", "inquiry_id = :id"),
    ("answers", "inquiry_id = :id"),
    ("inquiries", "id = :id"),
]
_INSERT_ORDER = ["inquiries", "answers", "questions", "answer_references", "preambles",
                 "inquiry_persons", "parse_issues", "answer_services", "question_services",
                 "commitments"]
_FTS_SOURCES = {
    "questions_fts": "SELECT rowid, german_index(coalesce(context, '') || ' ' || text) "
                     "FROM questions WHERE inquiry_id = :id",
    "answers_fts": "SELECT rowid, german_index(text) FROM answers WHERE inquiry_id = :id",
    "inquiries_fts": "SELECT rowid, german_index(coalesce(title, '') || ' ' || coalesce(reference, '')"
                     " || ' ' || coalesce(submitter, '')) FROM inquiries WHERE id = :id",
}


def open_db(path) -> sqlite_utils.Database:
    conn = sqlite3.connect(str(path))
    conn.create_function("german_index", 1, german.index_text, deterministic=True)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = OFF")  # checked once at the end (check_integrity)
    return db


def build_info(db: sqlite_utils.Database) -> dict[str, str]:
    if "build_info" not in db.table_names():
        return {}
    return {r["key"]: r["value"] for r in db["build_info"].rows}


def set_build_info(db: sqlite_utils.Database, **values: str) -> None:
    db["build_info"].upsert_all([{"key": k, "value": v} for k, v in values.items()], pk="key")


def delete_inquiry(db: sqlite_utils.Database, iid: str) -> None:
    for fts, base in schema.FTS_TABLES.items():
        where = "id = :id" if base == "inquiries" else "inquiry_id = :id"
        db.execute(f"DELETE FROM {fts} WHERE rowid IN (SELECT rowid FROM {base} WHERE {where})", {"id": iid})
    for table, where in _DELETE_ORDER:
        db.execute(f"DELETE FROM {table} WHERE {where}", {"id": iid})


def insert_rows(db: sqlite_utils.Database, rows: Rows) -> None:
    for table in _INSERT_ORDER:
        if rows.get(table):
            db[table].insert_all(rows[table], batch_size=500)
    iid = rows["inquiries"][0]["id"]
    for fts, select in _FTS_SOURCES.items():
        db.execute(f"INSERT INTO {fts}(rowid, search) {select}", {"id": iid})


def duplicate_references(db: sqlite_utils.Database) -> list[tuple[str, str, list[str]]]:
    """(body, reference, [source paths]) for references claimed by more than one file."""
    sql = """SELECT body, reference, json_group_array(source_path) AS paths FROM inquiries
             WHERE reference IS NOT NULL GROUP BY coalesce(body, ''), reference HAVING count(*) > 1"""
    return [(r[0], r[1], json.loads(r[2])) for r in db.execute(sql).fetchall()]


def check_integrity(db: sqlite_utils.Database) -> list[tuple]:
    return db.execute("PRAGMA foreign_key_check").fetchall()


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    names = ["inquiries", "questions", "answers", "answer_references", "preambles",
             "parse_issues", "services", "answer_services", "question_services", "commitments"]
    return {n: db[n].count for n in names}
