"""In real Chromium, under the site's Content-Security-Policy: hostile Markdown (script
tags, event handlers, javascript: links, iframes) is shown as text and never runs, while
Datasette's own scripts (table menus, the SQL editor) still work without console errors.

Every injected script would set ``window.__pwned``; the ``page`` fixture also fails the
test on any console error, which is where Chromium reports a blocked script."""

from pathlib import Path

import pytest

from anfragen.builder import build

from conftest import INQUIRIES, VOCABULARY, serve

pytestmark = pytest.mark.browser
HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
INQUIRY = "/anfragen/inquiries/testhausen-666"


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    db = tmp_path_factory.mktemp("hostile") / "anfragen.db"
    build([INQUIRIES, HOSTILE], db, VOCABULARY)
    proc, url = serve(db)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def visit(page, url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("load")
    page.mouse.click(5, 5)  # a click or two for handlers that wait for one
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    assert page.locator("iframe, object, embed, img[onerror], svg[onload], details[ontoggle]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    assert [h for h in hrefs if h.strip().lower().startswith(("javascript:", "file:", "data:"))] == []


PAGES = {
    "inquiry-page": INQUIRY,
    "inquiries-table": "/anfragen/inquiries",
    "questions-table": "/anfragen/questions?inquiry_id=testhausen-666",
    "answers-table": "/anfragen/answers?inquiry_id=testhausen-666",
    "qa-view": "/anfragen/qa?inquiry_id=testhausen-666",
    "answer-row": "/anfragen/answers/testhausen-666-a2",
    "table-search": "/anfragen/answers?_search=Angriffe",
    "canned-search": "/anfragen/suche?suchbegriff=Angriffe",
    "hostile-search-term": "/anfragen/suche?suchbegriff=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
    "hostile-table-search": "/anfragen/qa?_search=%22%3E%3Cimg+src%3Dx+onerror%3Dwindow.__pwned%3D1%3E",
    "sql-selecting-markup": "/anfragen?sql=select+'<script>window.__pwned=1</script>'+as+x",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_hostile_markdown_never_runs(page, hostile_server, path):
    visit(page, hostile_server + path)


def test_hostile_text_is_shown_as_text(page, hostile_server):
    visit(page, hostile_server + INQUIRY)
    text = page.inner_text("body")
    assert "<script>window.__pwned = 'question'</script>" in text
    assert "DROP TABLE inquiries" in text
    assert page.locator("a", has_text="das Formular").count() == 0  # the javascript: link is not a link


def test_datasette_table_menus_work_under_the_policy(page, hostile_server):
    page.goto(hostile_server + "/anfragen/questions")
    page.locator("th .dropdown-menu-icon").first.click()  # table.js builds the column menu
    assert page.locator(".dropdown-menu").first.is_visible()


def test_sql_editor_works_under_the_policy(page, hostile_server):
    page.goto(hostile_server + "/anfragen?sql=select+id+from+inquiries")
    assert page.locator(".CodeMirror").count() == 1  # the inline editor script ran
    assert "testhausen-666" in page.inner_text("table.rows-and-columns")
