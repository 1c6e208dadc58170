"""Similar earlier questions: full-text candidates, reranked by fuzzy text similarity.

``similar_questions(conn, text)`` finds the questions of any body most like ``text``:

1. Candidates: the question's content words (``german`` stems, stopwords dropped) are
   ORed into one FTS5 MATCH over ``questions_fts``, rarest first, while their postings
   stay within ``POSTINGS_SHARE`` of all questions or ``MIN_POSTINGS`` (at least one
   word, at most ``MAX_TERMS``): common words rank nothing and make a large index slow.
   Short, typed queries (up to ``EXPAND_TERMS`` words) and words not indexed as written
   also match compound modifiers and heads as in ``german.fts_query``. Document frequencies come from an ``fts5vocab`` table in the
   connection's temp schema, so the database itself stays read-only. The ``CANDIDATES``
   best by bm25 are kept.
2. Score: ``BM25_WEIGHT`` × (bm25 / best bm25 of the query) + the rest × rapidfuzz's
   ``token_set_ratio`` of the two texts' stems (see ``similarity``). The weight and the
   candidate count were chosen by measurement on tests/relevance.yml (bench/bench_similar.py,
   figures in docs/search.md).

``similarity(a, b)`` is also a SQL function (``similarity_de``) for canned queries.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache

from rapidfuzz import fuzz

from . import german

CANDIDATES = 50
BM25_WEIGHT = 0.6
MAX_TERMS = 12
POSTINGS_SHARE = 0.02
MIN_POSTINGS = 2000
EXPAND_TERMS = 3
MAX_LIMIT = 20
MAX_TEXT = 4000  # characters of a query text considered: a question, not a book
VOCAB = "temp.anfragen_questions_vocab"

_RESULT_SQL = """
SELECT question_id, question_rowid, question, answer_id, answer, answer_grouping, inquiry_id,
  reference, title, body, answered_on, number, position, services
FROM qa WHERE question_rowid IN ({})
"""

# The indexed text is already stemmed (context and question, see anfragen.database):
# reading it back saves stemming every candidate again.
_STEMS_SQL = "SELECT rowid, search FROM questions_fts WHERE rowid IN ({})"


# Stems of the words german.fts_query drops from queries; they say nothing about a topic.
STOP_STEMS = frozenset(s for w in german.STOPWORDS for s in german.tokens(w))


def _stems(search: str) -> str:
    """The content stems of an indexed text, without the reversed copies and stopwords."""
    return " ".join(w for w in search.split()
                    if not w.startswith(german.MARKER) and w not in STOP_STEMS)


@lru_cache(maxsize=4096)
def normalise(text: str | None) -> str:
    """The content stems of ``text``, space-separated: what the fuzzy comparison sees."""
    return " ".join(s for s in german.tokens(text or "") if s not in STOP_STEMS)


def similarity(a: str | None, b: str | None) -> float:
    """Fuzzy similarity of two texts in [0, 1], insensitive to inflection and word order.

    rapidfuzz ``token_set_ratio`` of the German stems: 1.0 when the stems of one text are
    all among those of the other. Empty or missing input scores 0.
    """
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    return fuzz.token_set_ratio(na, nb) / 100


def _content_terms(text: str) -> list[german.Term]:
    """One Term per distinct content word of ``text`` (stopwords dropped), in text order."""
    words = [w for w in text.replace('"', " ").split() if w.strip("?!.,;:()").lower() not in german.STOPWORDS]
    _, groups = german._parse(" ".join(words))
    seen, terms = set(), []
    for group in groups:
        term = group[0]
        if term.stem not in seen and not term.stem.isdigit():
            seen.add(term.stem)
            terms.append(term)
    return terms


def _ensure_vocab(conn: sqlite3.Connection) -> None:
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} "
                 "USING fts5vocab(main, 'questions_fts', 'row')")


def _document_frequency(conn: sqlite3.Connection, stem: str) -> int:
    """Questions whose index contains ``stem`` exactly."""
    row = conn.execute(f"SELECT doc FROM {VOCAB} WHERE term = ?", (stem,)).fetchone()
    return row[0] if row else 0


def match_expression(conn: sqlite3.Connection, text: str) -> str | None:
    """The FTS5 OR-query of the significant words of ``text``, or None if it has none.

    Rarest words first, while their postings stay within POSTINGS_SHARE of all questions
    or MIN_POSTINGS (at least one word, at most MAX_TERMS). Words of short texts (up to
    EXPAND_TERMS words: typed keywords) and words never indexed as written also match
    compound modifiers and heads; the others match their stem exactly, which keeps a
    question-sized query fast on a large index.
    """
    terms = _content_terms(text)
    if not terms:
        return None
    _ensure_vocab(conn)
    total = conn.execute("SELECT max(rowid) FROM questions").fetchone()[0] or 1
    budget = max(POSTINGS_SHARE * total, MIN_POSTINGS)
    df = {t.stem: _document_frequency(conn, t.stem) for t in terms}
    expand_all = len(terms) <= EXPAND_TERMS
    parts, postings = [], 0
    for term in sorted(terms, key=lambda t: df[t.stem])[:MAX_TERMS]:
        if parts and postings + df[term.stem] > budget:
            break
        parts.append(term.fts() if expand_all or not df[term.stem] else f'"{term.stem}"')
        postings += df[term.stem]
    return " OR ".join(parts)


def candidates(conn: sqlite3.Connection, text: str, n: int = CANDIDATES) -> list[tuple[int, float]]:
    """``(question rowid, bm25)`` of the ``n`` best full-text matches, best first."""
    expression = match_expression(conn, text)
    if expression is None:
        return []
    sql = "SELECT rowid, rank FROM questions_fts WHERE questions_fts MATCH ? ORDER BY rank LIMIT ?"
    return conn.execute(sql, (expression, n)).fetchall()


def rank(conn: sqlite3.Connection, text: str, n: int = CANDIDATES,
         weight: float = BM25_WEIGHT, exclude_inquiry: str | None = None) -> list[tuple[int, float]]:
    """``(question rowid, score in [0, 1])`` of the candidates, best first."""
    text = (text or "")[:MAX_TEXT]
    found = candidates(conn, text, n)
    if not found:
        return []
    best = found[0][1] or -1.0
    ids = [rowid for rowid, _ in found]
    marks = ",".join("?" * len(ids))
    texts = dict(conn.execute(_STEMS_SQL.format(marks), ids).fetchall())
    excluded = set()
    if exclude_inquiry is not None:
        sql = f"SELECT rowid FROM questions WHERE rowid IN ({marks}) AND inquiry_id = ?"
        excluded = {r for (r,) in conn.execute(sql, [*ids, exclude_inquiry])}
    query = normalise(text)
    scored = []
    for rowid, bm25 in found:
        if rowid in excluded:
            continue
        fuzzy = fuzz.token_set_ratio(query, _stems(texts[rowid])) / 100
        scored.append((rowid, weight * (bm25 / best) + (1 - weight) * fuzzy))
    scored.sort(key=lambda pair: -pair[1])
    return scored


def similar_questions(conn: sqlite3.Connection, text: str, limit: int = 5,
                      exclude_inquiry: str | None = None) -> list[dict]:
    """The ``limit`` (at most MAX_LIMIT) earlier questions most similar to ``text``, best first.

    Each result: question_id, score (0–1, rounded to 3 places), question, answer_id,
    answer (Markdown or None), answer_grouping (None, "stated", "consecutive" or "whole":
    how the document shows that other questions share the answer), inquiry_id,
    reference, title, body, answered_on, number, position and services (list of names). Questions of ``exclude_inquiry`` are left out.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    top = rank(conn, text, exclude_inquiry=exclude_inquiry)[:limit]
    if not top:
        return []
    marks = ",".join("?" * len(top))
    cursor = conn.execute(_RESULT_SQL.format(marks), [rowid for rowid, _ in top])
    columns = [d[0] for d in cursor.description]
    rows = {r["question_rowid"]: r for r in (dict(zip(columns, row, strict=True)) for row in cursor)}
    results = []
    for rowid, score in top:
        row = rows[rowid]
        del row["question_rowid"]
        row["score"] = round(score, 3)
        row["services"] = json.loads(row["services"] or "[]")
        results.append(row)
    return results
