"""Similar earlier questions (anfragen/similar.py) on a small corpus built by the real build."""

from __future__ import annotations

import sqlite3

import pytest

from anfragen import drafting, similar
from anfragen.builder import build

# Invented inquiries: two bodies, concerns that recur in other words.
INQUIRIES = {
    "musterstadt/2023/0101.md": """---
body: Gemeinderat Musterstadt
---

Antwort zur Anfrage Nr. 2023/0101 der Fraktion A betreffend **Kitaplätze in der Südstadt**

1. Wie viele Kitaplätze fehlen derzeit in der Südstadt?

In der Südstadt fehlen derzeit 120 Plätze. Die **Kindertagesstätte** am Park wird erweitert.

2. Wann wird die Sanierung des Hallenbads abgeschlossen?

Die Sanierung des Hallenbads endet im Herbst 2024.
""",
    "beispielheim/2024/0007.md": """---
body: Stadtrat Beispielheim
---

Antwort zur Anfrage Nr. 2024/0007 der Fraktion B betreffend **Radwege**

1. Welche Radwege werden im kommenden Jahr neu gebaut?

Geplant sind drei neue Radwege entlang der Hauptstraße.

2. Wie lange dauert die Bearbeitung eines Antrags auf Wohngeld?

Die Bearbeitung dauert im Mittel sechs Wochen.
""",
}


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    root = tmp_path_factory.mktemp("similar")
    for name, text in INQUIRIES.items():
        (root / "src" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "src" / name).write_text(text, encoding="utf-8")
    build([root / "src"], root / "db.db")
    connection = sqlite3.connect(f"file:{root / 'db.db'}?immutable=1", uri=True)
    connection.create_function("similarity_de", 2, similar.similarity)
    yield connection
    connection.close()


def references(results):
    return [(r["reference"], r["number"]) for r in results]


def test_a_reworded_question_finds_the_earlier_one_first(conn):
    results = similar.similar_questions(conn, "Fehlen in der Südstadt noch Plätze in Kitas?")
    assert references(results)[0] == ("2023/0101", "1")


def test_inflected_and_compound_words_match(conn):
    results = similar.similar_questions(conn, "Wohngeldanträge: wie lang ist die Bearbeitungszeit?")
    assert references(results)[0] == ("2024/0007", "2")


def test_results_carry_answer_inquiry_and_services(conn):
    best = similar.similar_questions(conn, "Sanierung Hallenbad abgeschlossen?", limit=1)
    assert len(best) == 1
    hit = best[0]
    assert set(hit) >= {"question_id", "score", "question", "answer_id", "answer", "inquiry_id",
                        "reference", "title", "answered_on", "services"}
    assert hit["reference"] == "2023/0101" and hit["title"] == "Kitaplätze in der Südstadt"
    assert hit["answer"] == "Die Sanierung des Hallenbads endet im Herbst 2024."
    assert isinstance(hit["services"], list)
    assert 0 < hit["score"] <= 1


def test_results_are_best_first_and_limited(conn):
    results = similar.similar_questions(conn, "Wie viele Plätze Radwege Hallenbad Wohngeld?", limit=3)
    assert len(results) <= 3
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert len(similar.similar_questions(conn, "Radwege", limit=1000)) <= similar.MAX_LIMIT


def test_an_excluded_inquiry_is_left_out(conn):
    results = similar.similar_questions(conn, "Kitaplätze Südstadt", exclude_inquiry="musterstadt-2023-0101")
    assert all(r["inquiry_id"] != "musterstadt-2023-0101" for r in results)


@pytest.mark.parametrize("text", ["", "   ", "und oder die", '"*) OR NEAR(', "Welche ? ?"])
def test_text_without_content_words_finds_nothing_and_never_fails(conn, text):
    assert similar.similar_questions(conn, text) == []


def test_a_huge_text_is_cut_to_a_question_sized_query(conn):
    text = "Wann wird das Hallenbad saniert? " + "Füllwort " * 100_000
    assert references(similar.similar_questions(conn, text, limit=1)) == [("2023/0101", "2")]


def test_a_word_nobody_used_finds_nothing(conn):
    assert similar.similar_questions(conn, "Xylophonorchester") == []


@pytest.mark.parametrize("a, b, expected", [
    ("Wie viele Kitaplätze fehlen?", "Kitaplätze: wie viele fehlen", 1.0),
    ("Die Sanierung der Hallenbäder", "Sanierung des Hallenbads", 1.0),
    ("", "Hallenbad", 0.0),
    (None, "Hallenbad", 0.0),
])
def test_similarity_ignores_order_and_inflection(a, b, expected):
    assert similar.similarity(a, b) == expected


def test_similarity_is_a_sql_function(conn):
    row = conn.execute("""
        SELECT number, similarity_de(text, 'Radwege neu bauen') AS s FROM questions
        ORDER BY s DESC LIMIT 1""").fetchone()
    assert row[0] == "1" and 0.5 < row[1] <= 1


def test_a_whole_inquiry_gets_results_per_numbered_question(conn):
    text = "1. Wann ist das Hallenbad saniert?\n\n2. Welche Radwege kommen neu hinzu?\n"
    draft = drafting.draft(conn, text, limit=2)
    assert draft.numbered
    assert [(q.number, references(q.results)[0]) for q in draft.questions] == [
        ("1", ("2023/0101", "2")), ("2", ("2024/0007", "1"))]


def test_without_numbers_each_line_ending_in_a_question_mark_is_a_question():
    found, numbered = drafting.questions_in(
        "Sehr geehrte Damen und Herren,\nwann ist das Hallenbad saniert?\n"
        "Gibt es neue Radwege?\nMit freundlichen Grüßen")
    assert not numbered
    assert found == [("1", "wann ist das Hallenbad saniert?"), ("2", "Gibt es neue Radwege?")]


@pytest.mark.parametrize("name", ["anfrage.md", "anfrage.txt", "ANFRAGE.TXT"])
def test_text_uploads_are_read_as_utf8(name):
    assert drafting.upload_text(name, "Gibt es Kitaplätze?".encode()) == "Gibt es Kitaplätze?"


@pytest.mark.parametrize("name, data", [("bild.png", b"\x89PNG"), ("kaputt.pdf", b"kein pdf"),
                                        ("ohne_endung", b"x")])
def test_unsupported_or_broken_uploads_are_refused(name, data):
    with pytest.raises(drafting.UnreadableUpload):
        drafting.upload_text(name, data)


def test_multipart_forms_yield_text_fields_and_files():
    body = (b"--B\r\nContent-Disposition: form-data; name=\"csrftoken\"\r\n\r\ntok\r\n"
            b"--B\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"a.txt\"\r\n"
            b"Content-Type: text/plain\r\n\r\nFrage?\r\n--B--\r\n")
    form = drafting.read_form("multipart/form-data; boundary=B", body)
    assert form == {"csrftoken": "tok", "datei": ("a.txt", b"Frage?")}
    assert drafting.read_form("application/x-www-form-urlencoded", b"text=Frage%3F&x=") == {
        "text": "Frage?", "x": ""}
