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
    ("inquiry_submitters", "inquiry_id = :id"),
    ("preambles", "inquiry_id = :id"),
    ("questions", "inquiry_id = :id"),
    ("answers", "inquiry_id = :id"),
    ("inquiries", "id = :id"),
]
_INSERT_ORDER = ["inquiries", "answers", "questions", "answer_references", "preambles",
                 "inquiry_persons", "inquiry_submitters", "parse_issues", "answer_services", "question_services",
                 "commitments"]
# Full-text rows of the base rows a batch added: those with a rowid above the largest one
# before the batch (SQLite gives a new row max(rowid) + 1; the tables have no AUTOINCREMENT).
_FTS_SOURCES = {
    "questions_fts": "SELECT rowid, german_index(coalesce(context, '') || ' ' || text) "
                     "FROM questions WHERE rowid > :after",
    "answers_fts": "SELECT rowid, german_index(text) FROM answers WHERE rowid > :after",
    "inquiries_fts": "SELECT rowid, german_index(coalesce(title, '') || ' ' || coalesce(reference, '')"
                     " || ' ' || coalesce(submitter, '')) FROM inquiries WHERE rowid > :after",
}
_COLUMNS = {name: list(columns) for name, columns, _ in schema.TABLES}
_SOURCE_UPSERT = ("INSERT INTO sources (path, sha256, inquiry_id) VALUES (:path, :sha256, :inquiry_id) "
                  "ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, inquiry_id = excluded.inquiry_id")


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


class RowWriter:
    """Writes the rows of many inquiries, a batch at a time.

    ``add`` only collects; every ``batch`` inquiries (and on ``flush``) each table gets
    one ``executemany`` of a prepared INSERT, in ``_INSERT_ORDER``, then the full-text
    rows of the new base rows. Row order within each table is the order of ``add``, so
    rowids are those of writing one inquiry after the other. Call ``flush`` before
    reading the tables, and inside the build's transaction: a batch is not atomic alone.
    """

    def __init__(self, db: sqlite_utils.Database, batch: int = 500):
        self.db = db
        self.batch = batch
        self._pending: Rows = {name: [] for name in _INSERT_ORDER}
        self._sources: list[dict] = []
        self._inquiries = 0

    def add(self, rows: Rows, source: dict) -> None:
        """Queue one inquiry's rows and its ``sources`` row (path, sha256, inquiry_id)."""
        for table in _INSERT_ORDER:
            self._pending[table].extend(rows.get(table, ()))
        self._sources.append(source)
        self._inquiries += 1
        if self._inquiries >= self.batch:
            self.flush()

    def flush(self) -> None:
        conn = self.db.conn
        after = {base: conn.execute(f"SELECT coalesce(max(rowid), 0) FROM {base}").fetchone()[0]
                 for base in schema.FTS_TABLES.values()}
        for table in _INSERT_ORDER:
            rows = self._pending[table]
            if rows:
                conn.executemany(_insert_sql(table, rows[0]), rows)
                rows.clear()
        for fts, select in _FTS_SOURCES.items():
            conn.execute(f"INSERT INTO {fts}(rowid, search) {select}", {"after": after[schema.FTS_TABLES[fts]]})
        conn.executemany(_SOURCE_UPSERT, self._sources)
        self._sources.clear()
        self._inquiries = 0


def _insert_sql(table: str, row: dict) -> str:
    """INSERT of every declared column by name; rows must carry exactly those keys (a row
    missing one fails in SQLite, so an extra one is refused here rather than dropped)."""
    columns = _COLUMNS[table]
    if row.keys() != set(columns):
        raise ValueError(f"{table}: row keys {sorted(row)} differ from the schema's {sorted(columns)}")
    names = ", ".join(f"[{c}]" for c in columns)
    return f"INSERT INTO [{table}] ({names}) VALUES ({', '.join(':' + c for c in columns)})"


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


def update_service_mentions(db: sqlite_utils.Database) -> None:
    """``services.mentions``: how often each service is named in questions and answers.
    Derived, so recomputed by every build (full or incremental) before it is published."""
    db.execute("""UPDATE services SET mentions =
        (SELECT count(*) FROM answer_services x WHERE x.service_id = services.id)
      + (SELECT count(*) FROM question_services y WHERE y.service_id = services.id)""")
