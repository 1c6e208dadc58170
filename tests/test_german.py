"""German-aware search: what a query must find, through a real SQLite FTS5 table."""

import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anfragen import german, relevance

DOCUMENTS = {
    1: "Wie lange dauert eine Wohnsitzanmeldung im Bürgerbüro?",
    2: "Wie viele Eheschließung fanden 2023 im Standesamt statt?",
    3: "Wann kann das Führungszeugnis online beantragt werden?",
    4: "Wird die E-Payment-Komponente auch für Parkausweise genutzt?",
    5: "Welche Straßen werden im Sommer saniert?",
    6: "Wie viele Kitaplätze fehlen in der Südstadt?",
    7: "Gibt es einen Anmeldeschluss für die Grundschulen?",
    8: "Wann werden die Stadtbahnschienen erneuert?",
    9: "Wie viele Kitas haben Wartelisten?",
}


@pytest.fixture(scope="module")
def search():
    """Run a user query through fts_query against index_text of DOCUMENTS."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "create virtual table docs_fts using fts5(text, tokenize='unicode61 remove_diacritics 0')"
    )
    db.executemany(
        "insert into docs_fts (rowid, text) values (?, ?)",
        [(k, german.index_text(v)) for k, v in DOCUMENTS.items()],
    )

    def run(query: str) -> set[int]:
        rows = db.execute(
            "select rowid from docs_fts where docs_fts match ?", [german.fts_query(query)]
        )
        return {r[0] for r in rows}

    return run


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Anmeldung", {1, 7}),  # compound head (1) and modifier (7)
        ("Eheschließungen", {2}),  # inflected form
        ("Fuehrungszeugnis", {3}),  # ue spelling of ü
        ("E-Payment", {4}),  # hyphenated compound prefix
        ("Payment", {4}),  # hyphenated compound part
        ("Payment-Komponente", {4}),  # tail of a hyphenated compound
        ("Strassen", {5}),  # ss spelling of ß
        ("Kitaplatz", {6}),  # umlaut plural
        ("Grundschule", {7}),  # inflected plural
        ("Schulen", {7}),  # compound head, inflected
        ("Schiene", {8}),  # head stemmed differently inside the compound ("…schi")
        ("Kita", {6, 9}),  # plural -s (9) and compound modifier (6)
        ("Kitas", {6, 9}),
        ("Wie viele Kitaplätze gibt es", {6}),  # question words are not required
        ("Standesamt Eheschließung", {2}),  # words are ANDed …
        ("Standesamt Führungszeugnis", set()),  # … all of them
        ('"Führungszeugnis online"', {3}),  # phrases stay phrases
        ('"online Führungszeugnis"', set()),
    ],
)
def test_query_finds(search, query, expected):
    assert search(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "*",
        '"',
        '"unbalanced',
        "NEAR(",
        "NEAR(a b",
        "AND",
        "OR NOT",
        "()",
        "^",
        "'; DROP TABLE docs_fts; --",
        "a OR",
        ":",
        "col:text",
        "-",
        "---",
        "\x00",
        "—„“",
        "0nothing0",
    ],
)
def test_hostile_queries_never_raise(search, query):
    assert search(query) <= set(DOCUMENTS)


def test_query_without_words_matches_nothing(search):
    assert search("*") == set()
    assert german.fts_query("  (  ") == german.NOTHING


def test_short_stems_match_exactly_not_as_suffix():
    assert german.fts_query("Amt") == '"amt"'


def test_tokens_normalise_case_umlauts_and_sharp_s():
    assert german.tokens("Führungszeugnis") == german.tokens("FUEHRUNGSZEUGNIS")
    assert german.tokens("Straße") == german.tokens("Strasse")


def test_index_text_of_hyphenated_compound_has_whole_and_parts():
    assert german.tokens("E-Payment-Komponente") == [
        "epaymentkomponent",
        "e",
        "payment",
        "komponent",
    ]


def test_highlight_marks_original_words_and_escapes():
    marked = german.highlight("Die <b>Wohnsitzanmeldung</b> & mehr", "Anmeldungen")
    assert marked == "Die &lt;b&gt;<mark>Wohnsitzanmeldung</mark>&lt;/b&gt; &amp; mehr"


def test_highlight_of_phrase_marks_its_words():
    assert german.highlight("Das Führungszeugnis online", '"fuehrungszeugnis"') == (
        "Das <mark>Führungszeugnis</mark> online"
    )


def test_snippet_is_an_excerpt_around_the_first_match():
    text = " ".join(
        ["Vorwort"] * 100 + ["Die", "Eheschließungen", "im", "Jahr"] + ["Schluss"] * 100
    )
    excerpt = german.snippet(text, "Eheschließung", words=10)
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert "<mark>Eheschließungen</mark>" in excerpt
    assert len(excerpt.split()) == 10


def test_snippet_of_short_text_is_whole_text():
    assert german.snippet("Kurz & gut", "gut") == "Kurz &amp; <mark>gut</mark>"


# highlight/snippet find matching words with one regular expression over framed stems and
# keep a text's words; they must mark exactly what testing word by word marks.

def _reference_spans(text, query):
    terms = german._query_terms(query)
    return [m.span() for m in german._WORD.finditer(text)
            if any(t.matches(s) for t in terms for s in german._word_stems(m.group()))]


def _reference_snippet(text, query, words):
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    if len(bounds) <= words:
        return german._render(text, _reference_spans(text, query), "<mark>", "</mark>")
    hit = next((a for a, _ in _reference_spans(text, query)), None)
    first = next((i for i, (a, b) in enumerate(bounds) if b > hit), 0) if hit is not None else 0
    lo = max(0, min(first - words // 3, len(bounds) - words))
    hi = lo + words
    a, b = bounds[lo][0], bounds[hi - 1][1]
    body = german._render(text[a:b], _reference_spans(text[a:b], query), "<mark>", "</mark>")
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(bounds) else "")


_PIECES = ["Anmeldung", "Wohnsitzanmeldung", "Anmeldungen", "Kita", "Kitaplätze", "Kitas",
           "Straße", "Strasse", "Führungszeugnis", "Fuehrungszeugnis", "E-Payment-Komponente",
           "Schule", "Grundschulen", "Ämter", "Amt", "007abc", "B10", "snake_case", "x", "ß",
           "Café", "Łódź", "über", "Über-", "-", "–", "(", "„Eheschließung“", "stadt", "Stadt",
           "Stadtbahnschienen", "Schienen", "der", "und", '"', "é", "İstanbul", "2024"]
_SPACES = [" ", "  ", "\n", "\u00a0", "\t", "", ", ", ". ", "\u2003"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)), max_size=80),
       st.lists(st.sampled_from(_PIECES + ['"Kita plätze"', "Anmeldung Kita"]), max_size=3),
       st.integers(min_value=1, max_value=12))
def test_highlight_and_snippet_mark_what_word_by_word_testing_marks(pieces, query, words):
    text = "".join(p + sep for p, sep in pieces)
    query = " ".join(query)
    expected = german._render(text, _reference_spans(text, query), "<mark>", "</mark>")
    assert german.highlight(text, query) == expected
    assert german.snippet(text, query, words=words) == _reference_snippet(text, query, words)
    assert german.highlight(text, query) == expected  # again, with the text's words kept



def test_a_long_texts_words_are_kept_as_well():
    # beyond 65 535 characters the word positions need four bytes each
    text = "Vorab. " * 11_000 + "Die Wohnsitzanmeldung ist online möglich."
    marked = "<mark>Wohnsitzanmeldung</mark>"
    assert german.highlight(text, "Anmeldung").endswith(f"Die {marked} ist online möglich.")
    assert german.highlight(text, "Anmeldung") == german.highlight(text, "Anmeldung")
    assert german.snippet(text, "Anmeldung", words=4) == f"…Die {marked} ist online…"


def test_kept_words_cost_the_garbage_collector_nothing():
    import gc

    text = "Zu 1.: Die Kitaplätze im Stadtteil Nord werden 2026 ausgebaut."
    german.highlight(text, "Kita")
    gc.collect()
    assert not gc.is_tracked(german._words.entries[text])  # str, bytes and int only


# The relevance set and its scoring (anfragen/relevance.py).

RELEVANCE_SET = Path(__file__).parent / "relevance.yml"


def test_relevance_set_has_at_least_30_distinct_queries():
    cases = relevance.load(RELEVANCE_SET)
    assert len({c.query for c in cases}) == len(cases) >= 30
    assert all(
        re.fullmatch(r"\d{4}/\d{4}", ref) and num.isdigit()
        for c in cases
        for ref, num in c.expected
    )


def test_recall_and_mrr_of_a_ranking():
    cases = [
        relevance.Case("a", frozenset({("1/2024", "1")})),  # found first
        relevance.Case("b", frozenset({("1/2024", "2")})),  # found third
        relevance.Case("c", frozenset({("1/2024", "3"), ("1/2024", "4")})),  # half of it, 6th
        relevance.Case("d", frozenset({("9/2024", "1")})),  # not found
    ]
    ranking = [("1/2024", n) for n in ("1", "5", "2", "6", "7", "3", "4")]
    result = relevance.evaluate(cases, lambda query: ranking, k=5)
    assert result.recall == pytest.approx((1 + 1 + 0 + 0) / 4)
    assert result.mrr == pytest.approx((1 + 1 / 3 + 1 / 6 + 0) / 4)
    assert (result.found, result.misses) == (2, ["c", "d"])


def test_relevance_load_rejects_a_case_without_expected_questions(tmp_path):
    path = tmp_path / "set.yml"
    path.write_text('- {query: "Kita", expected: []}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="set.yml"):
        relevance.load(path)
