"""Datasette's own table, row and database pages speak German (issue 5): the templates in
templates/ (table.html, _table.html, _facet_results.html, _suggested_facets.html, row.html,
database.html) replace Datasette's English texts, and the filter description Datasette
writes in English (human_description_en) is said in German from the same selections.

Only Datasette's column menu (static table.js, built by script) stays English."""

from __future__ import annotations

import json
import re

import pytest
from datasette.app import Datasette
from datasette.filters import Filters

from anfragen import labels, security

from conftest import ROOT, datasette_for

# What Datasette 0.65 writes on these pages in English; none of it may be left.
ENGLISH = [
    "This data as", 'value="Apply"', "Next page", "rows where", " row where", "sorted by",
    "Advanced export", "JSON shape", "CSV options", "download file", "expand labels",
    "stream all rows", "Export CSV", "View and edit SQL", "Search:", "Suggested facets",
    "- column -", "- remove filter -", "Sort...", "Sort by ", "descending", "0 records",
    "Links from other tables", "Custom SQL query", "Run SQL", "Format SQL", "Download SQLite DB",
    ">Tables<", ">Views<", ">Queries<", "hidden table", "Many rows", "(view)",
    "search matches", "These facets timed out", "Table actions", "extra where clause",
]
ENGLISH_OPERATORS = ["contains", "ends with", "starts with", "like", "not like", "in", "not in",
                     "array contains", "array does not contain", "date", "is null",
                     "is not null", "is blank", "is not blank"]

TABLE = "/anfragen/qa?_search=Ziele&_facet=is_pointer"


async def get(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.text


def visible(page: str) -> str:
    """Text of the page's content section without tags, styles and scripts."""
    body = page.split('<section class="content">', 1)[-1].split("<footer", 1)[0]
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.DOTALL)
    inline = re.sub(r"</?(?:a|span|strong|em|code|mark|b|i)\b[^>]*>", "", body)
    return " ".join(re.sub(r"<[^>]+>", " ", inline).replace("&#34;", '"').split())


def english_left(page: str) -> list[str]:
    return [phrase for phrase in ENGLISH if phrase in page]


# --- labels ------------------------------------------------------------------------------

@pytest.mark.parametrize("name, table, expected", [
    ("answered_on", "inquiries", "Beantwortet am"), ("body", "qa", "Gremium"),
    ("text", "questions", "Frage"), ("text", "answers", "Antwort"),
    ("text", "commitments", "Zusage"), ("question_id", "qa", "Kennung der Frage"),
    ("question_id", "answer_references", "Frage"), ("is_pointer", "answers", "Nur Verweis"),
    ("gibt_es_nicht", "inquiries", "gibt_es_nicht"),  # unknown: the name itself
])
def test_table_columns_have_german_labels(name, table, expected):
    assert labels.column(name, table) == expected


def test_canned_query_column_labels_are_unchanged():
    assert labels.column("faellig_am") == "Fällig am"
    assert labels.column("text") == "Text" and labels.column("some_name") == "Some name"


def test_rows_are_named_in_the_singular():
    assert labels.crumb("questions") == "Fragen"
    assert labels.crumb("questions", singular=True) == "Frage"
    assert labels.crumb("gibt_es_nicht", singular=True) == "gibt_es_nicht"


def test_every_column_of_every_table_has_a_german_label(built_db):
    import sqlite3

    with sqlite3.connect(built_db) as conn:
        names = [n for (n,) in conn.execute(
            "select name from sqlite_master where type in ('table', 'view') "
            "and name not like '%fts%' and name not like 'sqlite_%'")]
        missing = [f"{t}.{c}" for t in names
                   for (c,) in conn.execute("select name from pragma_table_info(?)", [t])
                   if labels.column(c, t) == c]
    assert missing == []


# --- table page ---------------------------------------------------------------------------

async def test_table_page_with_facet_and_search_is_german(ds):
    page = await get(ds, TABLE)
    text = visible(page)
    assert "Fragen mit Antworten (Sicht)" in text
    assert re.search(r"\d+ Zeilen?, für die gilt: Volltextsuche findet „Ziele“; "
                     r"sortiert nach Beantwortet am, absteigend", text)
    assert "Suche:" in text and 'value="Anwenden"' in page and "– Spalte –" in text
    assert "SQL ansehen und bearbeiten" in text
    assert "Diese Daten als json, CSV (weitere Optionen)" in text
    assert "Nur Verweis" in re.findall(r'<div class="facet-info[^"]*"[^>]*>\s*<p class="facet-info-name">\s*'
                                       r'<strong>([^<]*?)\s*<span', page)
    headers = re.findall(r'<th [^>]*data-column="(\w+)"[^>]*>\s*<a [^>]*>([^<&]+)', page)
    assert ("answered_on", "Beantwortet am") in headers and ("title", "Titel") in headers
    assert "Erweiterter Export" in text and "als Datei herunterladen" in text
    assert "CSV exportieren" in page
    assert english_left(page) == []
    assert "<title>Anfragen und Antworten: Fragen mit Antworten: " in page


async def test_table_page_keeps_names_where_machines_read_them(ds):
    page = await get(ds, TABLE)
    assert '<option value="answered_on">Beantwortet am</option>' in page
    assert 'name="_search" value="Ziele"' in page
    assert re.search(r'href="[^"]*_sort=title[^"]*"', page)  # sorting links use the column name
    assert '<input type="hidden" name="_facet" value="is_pointer">' in page
    assert 'data-column="is_pointer"' in page  # table.js reads it


async def test_filters_sort_and_next_page_are_described_in_german(ds):
    page = await get(ds, "/anfragen/inquiries?body=Stadtrat+Mainz&kind__contains=Anfrage"
                         "&answered_on__notblank=1&_sort=title")
    assert ("1 Zeile, für die gilt: Beantwortet am ist nicht leer, Gremium = „Stadtrat Mainz“ "
            "und Art enthält „Anfrage“; sortiert nach Titel") in visible(page)  # Datasette's order
    assert "– Filter entfernen –" in page and english_left(page) == []
    many = await get(ds, "/anfragen/answer_services?_size=10")
    assert ">Nächste Seite</a>" in many and "alle Zeilen (nicht nur diese Seite)" in many
    assert english_left(many) == []


async def test_filter_operations_are_german(ds):
    page = await get(ds, "/anfragen/inquiries")
    form = page.split('<form class="filters"', 1)[1].split("</form>", 1)[0]
    shown = dict(re.findall(r'<option value="(\w+?)(?:__1)?"[^>]*>([^<]*)</option>',
                            form.split('name="_filter_op"', 1)[1].split("</select>", 1)[0]))
    assert set(shown) == {key for key, _, _ in Filters([]).lookups()}
    assert [op for op in shown.values() if op in ENGLISH_OPERATORS] == []
    assert shown["contains"] == "enthält" and shown["notblank"] == "ist nicht leer"


async def test_extra_where_clauses_are_german(ds):
    page = await get(ds, "/anfragen/inquiries?_where=id+like+'mainz%25'")
    assert "1 zusätzliche WHERE-Bedingung" in page and ">entfernen</a>" in page


async def test_suggested_facets_are_german(built_db):
    settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
    base = datasette_for(built_db)
    ds = Datasette(immutables=[str(built_db)], metadata=base.metadata(),
                   settings={**settings, "suggest_facets": True},
                   plugins_dir=str(ROOT / "plugins"), template_dir=str(ROOT / "templates"))
    page = await get(ds, "/anfragen/commitments")
    suggested = visible(page.split('<p class="suggested-facets">', 1)[1].split("</p>", 1)[0])
    assert suggested.startswith("Vorgeschlagene Facetten:")
    assert "Fällig am (Datum)" in suggested and "Leistungen (Liste)" in suggested
    assert english_left(page) == []


async def test_date_and_array_facets_are_german(ds):
    page = await get(ds, "/anfragen/commitments?_facet_date=due&_facet_array=services")
    names = [" ".join(n.split()) for n in re.findall(
        r'<p class="facet-info-name">\s*<strong>([^<]*?)\s*<span', page)]
    assert "Fällig am (Datum)" in names and "Leistungen (Liste)" in names
    assert "Genauigkeit" in names  # the facet from metadata.yml (precision)


async def test_inline_scripts_of_the_german_pages_are_allowed(ds):
    for path in [TABLE, "/anfragen/questions/mainz-2024-1424-q1", "/anfragen"]:
        response = await ds.client.get(path)
        allowed = response.headers["content-security-policy"]
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", response.text, re.DOTALL)
        assert [s[:60] for s in inline if security.script_hash(s) not in allowed] == [], path


# --- row page -----------------------------------------------------------------------------

async def test_row_page_is_german(ds):
    page = await get(ds, "/anfragen/questions/mainz-2024-1424-q1")
    text = visible(page)
    assert "<title>Frage mainz-2024-1424-q1 – Anfragen und Antworten</title>" in page
    assert "Frage: mainz-2024-1424-q1" in text and "Diese Daten als json" in text
    assert "Verweise aus anderen Tabellen" in text
    assert re.search(r"\d+ Zeilen? in „Nennungen in Fragen“ \(Spalte „Frage“\)", text)
    headers = re.findall(r'<th [^>]*data-column="(\w+)"[^>]*>\s*([^<\s][^<]*?)\s*</th>', page)
    assert ("answer_id", "Antwort") in headers and ("number", "Nr.") in headers
    assert english_left(page) == [] and " rows from " not in page


# --- database page ------------------------------------------------------------------------

async def test_database_page_is_german(ds):
    page = await get(ds, "/anfragen")
    text = visible(page)
    assert "Eigene SQL-Abfrage" in text and 'value="SQL ausführen"' in page
    assert ">SQL formatieren</button>" in page
    for heading in ("Abfragen", "Tabellen", "Sichten"):
        assert f">{heading}</h2>" in page
    assert "Fragen mit Antworten qa" in text  # German name, then the name for SQL
    assert re.search(r"Anfragen inquiries Spalten: id, body, [^.]*? 1 Zeile ", text)
    assert re.search(r"… und \d+ verborgene Tabellen", text)
    assert re.search(r"SQLite-Datenbank herunterladen: anfragen\.db [\d,]+ (bytes|KB|MB|GB)", text)
    assert english_left(page) == []


async def test_error_page_is_german(ds):
    response = await ds.client.get("/anfragen/gibt-es-nicht")
    assert response.status_code == 404
    assert "<h1>Nicht gefunden</h1>" in response.text
    assert "Suche in Fragen und Antworten" in response.text


# --- in a real browser (last in the module: Playwright's loop would disturb the async tests) --

@pytest.mark.browser
def test_table_page_in_the_browser_sorts_filters_and_searches_in_german(page, live_server):
    page.goto(f"{live_server}{TABLE}")
    assert "Volltextsuche findet „Ziele“" in page.locator("h3").first.inner_text()
    assert page.locator(".facet-info-name strong", has_text="Nur Verweis").count() == 1
    page.locator("th a", has_text="Titel").click()  # sort by a column: its header link
    page.wait_for_url("**_sort=title**")
    assert "sortiert nach Titel" in page.locator("h3").first.inner_text()
    assert "_facet=is_pointer" in page.url and "_search=Ziele" in page.url
    page.locator("th a", has_text="Titel").click()  # again: descending
    page.wait_for_url("**_sort_desc=title**")
    assert "sortiert nach Titel, absteigend" in page.locator("h3").first.inner_text()
    # Datasette's column menu (table.js) works with German headers and reads German
    page.locator("th.col-answered_on .dropdown-menu-icon").click()
    assert page.locator(".dropdown-menu a.dropdown-sort-asc").inner_text() == "Aufsteigend sortieren"
    assert page.locator(".dropdown-menu .dropdown-column-type").inner_text().startswith("Typ: ")
    page.locator(".dropdown-menu a.dropdown-sort-asc").click()
    page.wait_for_url("**_sort=answered_on**")
    assert "sortiert nach Beantwortet am" in page.locator("h3").first.inner_text()
    assert english_left(page.locator("section.content").inner_html()) == []


@pytest.mark.browser
def test_table_page_works_without_javascript(browser, live_server):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(f"{live_server}/anfragen/inquiries")
        pg.fill("#_search", "Digitalisierung")
        pg.select_option('select[name="_filter_column"]', label="Gremium")
        pg.select_option('select[name="_filter_op"]', label="enthält")
        pg.fill('input[name="_filter_value"]', "Mainz")
        pg.click('input[type="submit"][value="Anwenden"]')
        pg.wait_for_load_state("load")
        assert "body__contains=Mainz" in pg.url and "_search=Digitalisierung" in pg.url
        heading = pg.locator("h3").first.inner_text()
        assert "Volltextsuche findet „Digitalisierung“ und Gremium enthält „Mainz“" in heading
    finally:
        context.close()
