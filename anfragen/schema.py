"""The database schema, declared once. Table and column names are the public API.

Every table is created explicitly (types, keys, foreign keys, not-null); nothing is
inferred from rows. ``SCHEMA_VERSION`` changes whenever a table changes or the parser's
output changes meaning, which forces a full rebuild instead of an incremental one.
"""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 5

TABLES: list[tuple[str, dict, dict]] = [
    ("inquiries", {
        "id": str, "body": str, "reference": str, "title": str, "kind": str, "submitter": str,
        "asked_on": str, "answered_on": str, "place": str, "signed_by": str, "signer_role": str,
        "unit": str, "meeting": str, "intro": str, "source_path": str, "source_url": str,
    }, {"pk": "id", "not_null": {"source_path"}}),
    ("answers", {
        "id": str, "inquiry_id": str, "position": int, "text": str, "is_pointer": int, "line": int,
        "grouping": str,
    }, {"pk": "id", "not_null": {"inquiry_id", "text", "position"},
        "foreign_keys": [("inquiry_id", "inquiries", "id")]}),
    ("questions", {
        "id": str, "inquiry_id": str, "position": int, "number": str, "text": str,
        "context": str, "answer_id": str, "line": int, "services": str,
    }, {"pk": "id", "not_null": {"inquiry_id", "position", "text"},
        "foreign_keys": [("inquiry_id", "inquiries", "id"), ("answer_id", "answers", "id")]}),
    ("answer_references", {"answer_id": str, "question_id": str}, {
        "pk": ("answer_id", "question_id"), "not_null": {"answer_id", "question_id"},
        "foreign_keys": [("answer_id", "answers", "id"), ("question_id", "questions", "id")]}),
    ("preambles", {
        "id": str, "inquiry_id": str, "position": int, "kind": str, "side": str, "text": str,
        "line": int,
    }, {"pk": "id", "not_null": {"inquiry_id", "kind", "side", "text"},
        "foreign_keys": [("inquiry_id", "inquiries", "id")]}),
    ("inquiry_persons", {"inquiry_id": str, "name": str}, {
        "pk": ("inquiry_id", "name"), "foreign_keys": [("inquiry_id", "inquiries", "id")]}),
    # each group that asked: one row, or one per group of a joint inquiry ("GRÜNE-…; SPD-…")
    ("inquiry_submitters", {"inquiry_id": str, "submitter": str, "position": int}, {
        "pk": ("inquiry_id", "submitter"), "not_null": {"position"},
        "foreign_keys": [("inquiry_id", "inquiries", "id")]}),
    ("parse_issues", {
        "id": str, "inquiry_id": str, "field": str, "reason": str, "line": int, "source_path": str,
    }, {"pk": "id", "not_null": {"inquiry_id", "field", "reason", "source_path"},
        "foreign_keys": [("inquiry_id", "inquiries", "id")]}),
    ("services", {
        "id": str, "name": str, "kind": str, "mentions": int, "description": str, "aliases": str,
        "ozg_id": str, "leika": str,
    }, {"pk": "id", "not_null": {"name", "kind"}}),
    ("answer_services", {
        "answer_id": str, "service_id": str, "mention": str, "start": int,
    }, {"pk": ("answer_id", "service_id", "start"), "not_null": {"mention"},
        "foreign_keys": [("answer_id", "answers", "id"), ("service_id", "services", "id")]}),
    ("question_services", {
        "question_id": str, "service_id": str, "mention": str, "start": int,
    }, {"pk": ("question_id", "service_id", "start"), "not_null": {"mention"},
        "foreign_keys": [("question_id", "questions", "id"), ("service_id", "services", "id")]}),
    ("commitments", {
        "id": str, "answer_id": str, "inquiry_id": str, "text": str, "due": str, "precision": str,
        "phrase": str, "sentence": str, "start": int, "services": str,
    }, {"pk": "id", "not_null": {"answer_id", "inquiry_id", "text", "due"},
        "foreign_keys": [("answer_id", "answers", "id"), ("inquiry_id", "inquiries", "id")]}),
    ("sources", {"path": str, "sha256": str, "inquiry_id": str}, {"pk": "path", "not_null": {"sha256"}}),
    ("build_info", {"key": str, "value": str}, {"pk": "key"}),
]

# Full-text indexes over German-normalised text (see anfragen/german.py); rowid = the
# base table's rowid, declared to Datasette with fts_table in metadata.yml.
FTS_TABLES = {"questions_fts": "questions", "answers_fts": "answers", "inquiries_fts": "inquiries"}

INDEXES = [
    ("questions", ["inquiry_id"]), ("questions", ["answer_id"]), ("answers", ["inquiry_id"]),
    ("answer_references", ["question_id"]), ("answer_services", ["service_id"]),
    ("question_services", ["service_id"]), ("commitments", ["due"]), ("commitments", ["answer_id"]),
    ("inquiries", ["answered_on"]), ("inquiries", ["submitter"]), ("inquiry_submitters", ["submitter"]), ("inquiries", ["body", "reference"]),
    ("parse_issues", ["inquiry_id"]), ("preambles", ["inquiry_id"]),
]

QA_VIEW = """
CREATE VIEW qa AS
SELECT
  q.id AS question_id, q.rowid AS question_rowid, q.inquiry_id, i.reference, i.title, i.body, i.submitter,
  i.asked_on, i.answered_on, substr(i.answered_on, 1, 4) AS year,
  q.position, q.number, q.text AS question, q.context,
  q.answer_id, a.text AS answer, a.is_pointer, a.grouping AS answer_grouping,
  q.services
FROM questions q
JOIN inquiries i ON i.id = q.inquiry_id
LEFT JOIN answers a ON a.id = q.answer_id
"""

SERVICE_MENTIONS_VIEW = """
CREATE VIEW service_mentions AS
SELECT s.id AS service_id, s.name, s.kind,
  (SELECT count(*) FROM answer_services x WHERE x.service_id = s.id) AS answer_mentions,
  (SELECT count(*) FROM question_services y WHERE y.service_id = s.id) AS question_mentions
FROM services s
"""


def create(db: sqlite_utils.Database) -> None:
    """Create every table, index, full-text table and view in an empty database."""
    for name, columns, options in TABLES:
        db[name].create(columns, **options)
    for table, cols in INDEXES:
        db[table].create_index(cols)
    for fts in FTS_TABLES:
        # Contentless would save space but cannot delete rows, which incremental builds need.
        db.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(search, tokenize='unicode61 remove_diacritics 0')")
    db.execute(QA_VIEW)
    db.execute(SERVICE_MENTIONS_VIEW)
    db["build_info"].insert({"key": "schema_version", "value": str(SCHEMA_VERSION)})
