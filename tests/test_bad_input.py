"""The bad-input catalogue (docs/reliability.md): every kind of broken or hostile file either
stops the build with a message naming file and line, leaving the previous database as it
was, or is read completely, with the doubt recorded. Nothing is dropped silently."""

from __future__ import annotations

import re
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

import pytest

from anfragen.builder import BuildFailed, build
from anfragen.render import markdown_html

from conftest import datasette_for

GOOD = ("---\nbody: Stadtrat Testhausen\nreference: 1/2024\n---\n\n"
        "1. Wie viele Anträge gab es?\n\nEs gab zwölf Anträge.\n\n"
        "2. Wann wird entschieden?\n\nIm Mai.\n")


def inquiry(*questions: tuple[str, str], front: str = "body: Stadtrat Testhausen\nreference: 2/2024\n") -> str:
    """A small inquiry file: numbered (label, question, answer) triples."""
    body = "".join(f"{label} {q}\n\n{a}\n\n" for label, q, a in questions)
    return f"---\n{front}---\n\n{body}"


@pytest.fixture
def folder(tmp_path) -> Path:
    """inquiries/ with one good file, already built into tmp_path/anfragen.db."""
    root = tmp_path / "inquiries"
    root.mkdir()
    (root / "good.md").write_text(GOOD, encoding="utf-8")
    build([root], tmp_path / "anfragen.db")
    return root


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


# --- refused: the build stops, names file and line, keeps the previous database -------------
BIG = ("1. Wie viele?\n\n" + ("Antwort. " * 100 + "\n") * 24_000).encode()
REFUSED = [
    ("cp1252-text", GOOD.encode("cp1252"), "not UTF-8 (byte 0xe4)", 6),
    ("utf-16-text", GOOD.encode("utf-16"), "UTF-16", 1),
    ("empty-file", b"", "file is empty", 1),
    ("only-whitespace", b" \n\n\t\n", "file is empty", 1),
    ("no-questions", b"---\nbody: Stadtrat Testhausen\n---\n\nNur ein Absatz.\n",
     "no recognisable question", 4),
    ("only-front-matter", b"---\nbody: Stadtrat Testhausen\n---\n", "no recognisable question", 4),
    ("broken-yaml", b"---\nbody: [Stadtrat\ntitle: x\n---\n\n1. Wie?\n\nSo.\n", "not valid YAML", 3),
    ("unclosed-front-matter", b"---\nbody: Stadtrat\n\n1. Wie?\n\nSo.\n", "never closed", 1),
    ("unknown-front-matter-key", b"---\nbody: Stadtrat\nanswerd_on: 2024-01-02\n---\n\n1. Wie?\n\nSo.\n",
     "unknown front matter key 'answerd_on'", 3),
    ("bad-date", b"---\nbody: Stadtrat\nanswered_on: 11.11.2024\n---\n\n1. Wie?\n\nSo.\n",
     "answered_on must be a date YYYY-MM-DD", 3),
    ("javascript-source-url", b"---\nbody: Stadtrat\nsource_url: javascript:alert(1)\n---\n\n1. Wie?\n\nSo.\n",
     "source_url must be an http(s) address", 3),
    ("file-source-url", b"---\nsource_url: file:///etc/passwd\n---\n\n1. Wie?\n\nSo.\n",
     "source_url must be an http(s) address", 2),
    ("front-matter-not-a-mapping", b"---\n- body\n- title\n---\n\n1. Wie?\n\nSo.\n",
     "must be a mapping", 2),
    ("20-mb-file", BIG, "limited to 5 MB", 1),
    ("binary-file", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "NUL bytes", 3),
    ("extremely-long-line", ("1. Wie viele?\n\n" + "x" * 200_000 + "\n").encode(),
     "line of 200000 characters", 3),
]


@pytest.mark.parametrize("data, message, line", [pytest.param(*c[1:], id=c[0]) for c in REFUSED])
def test_refused_file_names_file_and_line_and_keeps_the_database(folder, data, message, line):
    db = folder.parent / "anfragen.db"
    before = db.read_bytes()
    bad = folder / "bad.md"
    bad.write_bytes(data)
    with pytest.raises(BuildFailed) as failed:
        build([folder], db)
    [error] = failed.value.errors
    assert (error.path, error.line) == (str(bad), line)
    assert message in error.message
    assert db.read_bytes() == before
    assert [p.name for p in db.parent.iterdir() if ".tmp" in p.name] == []


def test_20_mb_file_really_is_20_mb():
    assert len(BIG) > 20 * 1024 * 1024


def test_two_files_claiming_the_same_reference_are_both_named(folder):
    (folder / "copy.md").write_text(GOOD.replace("Wann", "Wo"), encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build([folder], folder.parent / "anfragen.db")
    [error] = failed.value.errors
    assert error.path == str(folder / "good.md")
    assert f"reference 1/2024 (Stadtrat Testhausen) is already claimed by {folder / 'copy.md'}" in error.message


def test_two_paths_with_the_same_inquiry_id_are_refused(folder):
    (folder / "a").mkdir()
    (folder / "a" / "b.md").write_text(inquiry(("1.", "Wie?", "So.")), encoding="utf-8")
    (folder / "a-b.md").write_text(inquiry(("1.", "Wo?", "Da."), front="reference: 3/2024\n"),
                                   encoding="utf-8")
    with pytest.raises(BuildFailed, match="inquiry id 'a-b' is already taken"):
        build([folder], folder.parent / "anfragen.db")


def test_unreadable_file_is_an_input_error_not_a_crash(folder):
    (folder / "gone.md").symlink_to(folder / "nowhere.md")
    with pytest.raises(BuildFailed, match="gone.md:1: cannot read the file"):
        build([folder], folder.parent / "anfragen.db")


def test_every_bad_file_is_reported_not_just_the_first(folder):
    (folder / "empty.md").write_bytes(b"")
    (folder / "latin.md").write_bytes("1. Wie groß?\n".encode("cp1252"))
    (folder / "prose.md").write_text("Kein einziges Fragezeichen.\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build([folder], folder.parent / "anfragen.db")
    assert sorted(Path(e.path).name for e in failed.value.errors) == ["empty.md", "latin.md", "prose.md"]


# --- recovered: read completely, with any doubt recorded -----------------------------------
NESTED = "".join("  " * i + f"- Ebene {i}\n" for i in range(60))
HOSTILE_TEXT = ("<script>alert(1)</script> <img src=x onerror=alert(2)> "
                "<iframe src=\"javascript:alert(3)\"></iframe>")
LINKS = "[Formular](javascript:alert(4)) [Akte](file:///etc/passwd) [Daten](data:text/html,x)"
SQL = "'; DROP TABLE inquiries; -- und \" OR 1=1 /* UNION SELECT * FROM sources"
OTHER = GOOD.replace("1/2024", "9/2024")
RECOVERED = [
    ("bom", "\ufeff" + OTHER, ["Wie viele Anträge gab es?", "Wann wird entschieden?"], None),
    ("crlf-line-ends", OTHER.replace("\n", "\r\n"),
     ["Wie viele Anträge gab es?", "Wann wird entschieden?"], None),
    ("cr-line-ends", OTHER.replace("\n", "\r"), ["Wie viele Anträge gab es?", "Wann wird entschieden?"], None),
    ("duplicate-question-number", inquiry(("1.", "Wie viele?", "Drei.")) + "2. Wo?\n\n2. Wann?\n\nMorgen.\n",
     ["Wie viele?", "Wo?", "Wann?"], "question number 2 occurs twice"),
    ("duplicate-number-after-an-answer", inquiry(
        ("1.", "Wie viele?", "Drei."), ("2.", "Wo?", "Hier."), ("2.", "Wann?", "Morgen.")),
        ["Wie viele?", "Wo?", "Wann?"], "occurs twice"),
    ("skipped-question-number", inquiry(("1.", "Wie viele?", "Drei."), ("2.", "Wo?", "Hier."),
                                        ("5.", "Wann?", "Morgen.")),
     ["Wie viele?", "Wo?", "Wann?"], "numbering breaks: expected"),
    ("question-without-answer", inquiry(("1.", "Wie viele?", "Drei.")) + "2. Wo genau?\n",
     ["Wie viele?", "Wo genau?"], "no answer found for question 2"),
    ("deeply-nested-list", inquiry(("1.", "Wie ist der Plan?", NESTED)), ["Wie ist der Plan?"], None),
    ("long-line-below-the-limit", inquiry(("1.", "Wie viele?", "Sehr " * 19_000)), ["Wie viele?"], None),
    ("script-img-iframe", inquiry(("1.", f"Wie? {HOSTILE_TEXT}", HOSTILE_TEXT)),
     [f"Wie? {HOSTILE_TEXT}"], None),
    ("javascript-and-file-links", inquiry(("1.", f"Wo steht das? {LINKS}", LINKS)),
     [f"Wo steht das? {LINKS}"], None),
    ("text-that-looks-like-sql", inquiry(("1.", f"Was tun? {SQL}", SQL)), [f"Was tun? {SQL}"], None),
]


def _case(c):
    if not hasattr(c, "marks"):
        return pytest.param(*c[1:], id=c[0])
    return pytest.param(*c.values[1:], marks=c.marks, id=c.values[0])


@pytest.mark.parametrize("text, questions, issue", [_case(c) for c in RECOVERED])
def test_recovered_file_keeps_every_question_and_answer_verbatim(folder, text, questions, issue):
    (folder / "odd.md").write_bytes(text.encode("utf-8"))
    db = folder.parent / "anfragen.db"
    build([folder], db)
    stored = rows(db, "select text from questions where inquiry_id = 'odd' order by position")
    assert [q for (q,) in stored] == questions
    answers = [a for (a,) in rows(db, "select text from answers where inquiry_id = 'odd'")]
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    assert all(a in body for a in answers)  # verbatim, not rewritten
    assert sum(len(a) for a in answers) >= len(body) - len(GOOD) - sum(map(len, questions)) - 200
    assert not any("\r" in v or "\ufeff" in v for (v,) in rows(db, "select text from questions union all "
                                                               "select text from answers"))
    reasons = [r for (r,) in rows(db, "select reason from parse_issues where inquiry_id = 'odd'")]
    assert any(issue in r for r in reasons) if issue else True
    assert rows(db, "select count(*) from inquiries")[0][0] == 2  # and the good file is still there


def test_bom_does_not_hide_the_front_matter(folder):
    (folder / "good.md").write_bytes(("\ufeff" + GOOD).encode("utf-8"))
    build([folder], folder.parent / "anfragen.db")
    assert rows(folder.parent / "anfragen.db", "select body, reference from inquiries") == [
        ("Stadtrat Testhausen", "1/2024")]


def test_folder_named_like_a_markdown_file_is_searched_not_read(folder):
    (folder / "2024.md").mkdir()
    (folder / "2024.md" / "7.md").write_text(inquiry(("1.", "Wie?", "So.")), encoding="utf-8")
    build([folder], folder.parent / "anfragen.db")
    assert rows(folder.parent / "anfragen.db", "select id from inquiries order by id") == [
        ("2024.md-7",), ("good",)]


# --- hostile Markdown is inert once rendered --------------------------------------------------
@pytest.mark.parametrize("text", [HOSTILE_TEXT, LINKS, "[x](JaVaScRiPt:alert(1))", "[x]( javascript:alert(1))",
                                  "[x](&#106;avascript:alert(1))", "![x](javascript:alert(1))",
                                  "<a href='javascript:alert(1)'>x</a>", "[x](vbscript:msgbox(1))"],
                         ids=["script-img-iframe", "javascript-file-data-links", "mixed-case-scheme",
                              "leading-space", "entity-encoded-scheme", "image-link", "raw-anchor", "vbscript"])
def test_rendered_hostile_markdown_has_no_active_content(text):
    elements = Elements()
    elements.feed(markdown_html(text))
    tags = {tag for tag, _ in elements.found}
    assert not tags & {"script", "img", "iframe", "object", "embed", "svg", "form", "style"}
    attributes = [(name, value or "") for _, attrs in elements.found for name, value in attrs]
    assert not [a for a in attributes if a[0].startswith("on") or a[0] in ("src", "style")]
    assert all(re.match(r"(https?:|mailto:|#)", v) for n, v in attributes if n == "href")


class Elements(HTMLParser):
    """Every real element (tag, attributes) of an HTML text; escaped text is not an element."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


def test_deeply_nested_list_renders_without_losing_the_deepest_item():
    assert "Ebene 59" in markdown_html(NESTED)


@pytest.mark.parametrize("query", [SQL, "\" OR \"\"=\"", "NEAR(a b", "*", "a AND", "^x", "(((", "ä" * 500],
                         ids=["sql-injection", "quotes", "fts-near", "star", "dangling-and", "caret",
                              "parens", "very-long"])
async def test_search_for_hostile_text_answers_and_changes_nothing(folder, query):
    (folder / "odd.md").write_text(inquiry(("1.", f"Was tun? {SQL}", SQL)), encoding="utf-8")
    db = folder.parent / "anfragen.db"
    build([folder], db)
    ds = datasette_for(db)
    response = await ds.client.get("/anfragen/suche.json", params={"suchbegriff": query, "_shape": "array"})
    assert response.status_code == 200, response.text
    if query == SQL:
        assert [r["anfrage"] for r in response.json()] == ["odd"]
    assert rows(db, "select count(*) from inquiries")[0][0] == 2
