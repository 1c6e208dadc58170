"""In real Chromium, the journeys people make: search → inquiry → answer; a service page;
the drafting assistant from paste to copy; a feed link. Each asserts on what a person
sees; the ``page`` fixture fails the test on any console error or uncaught exception."""

import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.browser

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def test_search_then_inquiry_then_answer(page, live_server):
    page.goto(live_server + "/")
    page.fill("#start-suche", "Wohnsitzanmeldung")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url("**/-/suche?q=Wohnsitzanmeldung")
    assert re.match(r"\d+ Fragen? gefunden", page.locator(".treffer-zahl").inner_text())
    first = page.locator("article.treffer").first
    assert first.locator("mark").first.inner_text() == "Wohnsitzanmeldung"

    # narrow by a facet, then open the hit
    page.click("#facette-leistung >> text=Wohnsitzanmeldung")
    assert "Leistung: Wohnsitzanmeldung" in page.locator(".aktive-filter").inner_text()
    page.locator("article.treffer h2 a").first.click()
    page.wait_for_url(re.compile(r"/anfragen/inquiries/mainz-2024-1424#frage-\d+$"))
    anchor = page.url.rsplit("#", 1)[1]
    question = page.locator(f"li#{anchor}")
    question.wait_for(state="visible")  # the URL changes before the new page is drawn
    assert "Wohnsitzanmeldung" in question.locator(".antwort").inner_text()
    assert "Zusage bis Ende 2024" in question.locator(".zusagen").inner_text()


def test_search_works_without_javascript(browser, live_server):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/-/suche")
    page.fill("#suche-q", "Führungszeugnis")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_url("**/-/suche?q=*")
    assert "Führungszeugnis" in page.locator("article.treffer mark").first.inner_text()
    page.click("#facette-gremium >> text=Stadtrat Mainz")
    assert "Gremium: Stadtrat Mainz" in page.locator(".aktive-filter").inner_text()
    context.close()


def test_a_service_page_from_the_inquiry(page, live_server):
    page.goto(f"{live_server}/anfragen/inquiries/mainz-2024-1424")
    page.locator("#frage-4 a.leistung", has_text="Civento").click()
    assert page.url == f"{live_server}/anfragen/services/civento"
    assert page.locator("h1").inner_text() == "Civento"
    assert "Basiskomponente" in page.locator(".leistung-meta").inner_text()
    mentions = page.locator(".nennung")
    assert mentions.count() >= 3
    assert page.locator(".nennung mark", has_text="Civento").count() >= 1
    promises = page.locator(".leistung-zusagen li")
    assert promises.count() >= 2 and "Civento" in promises.first.inner_text()
    mentions.first.locator("h3 a").click()
    assert re.search(r"/anfragen/inquiries/mainz-2024-1424#frage-\d+$", page.url)
    anchor = page.url.rsplit("#", 1)[1]
    assert "Civento" in page.locator(f"li#{anchor}").inner_text()


def test_drafting_assistant_from_paste_to_copy(browser, live_server):
    context = browser.new_context(locale="de-DE", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(f"{live_server}/-/entwurf")
    page.fill("#entwurf-text", "1. Sind die personellen Ressourcen für die Digitalisierung ausreichend?\n\n"
                               "2. Welche Verwaltungsprozesse wurden vereinfacht?")
    page.click("text=Ähnliche Fragen suchen")
    sections = page.locator("section.frage")
    assert sections.count() == 2
    hit = sections.nth(1).locator(".treffer").first
    assert "Welche weiteren Verwaltungsprozesse konnten vereinfacht werden?" in hit.inner_text()
    hit.locator("button.kopieren").click()
    page.wait_for_selector("#entwurf-frage-2 .treffer >> nth=0 >> text=Kopiert")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == hit.locator("textarea.markdown").input_value()

    # the copied answer is the one the earlier inquiry's page shows
    hit.locator("a").first.click()
    anchor = page.url.rsplit("#", 1)[1]
    shown = page.locator(f"li#{anchor} .antwort").inner_text()
    assert copied.split("\n")[0][:60] in shown
    context.close()
    assert errors == [], f"console errors: {errors}"


def test_a_feed_link_leads_to_entries_that_open_the_answer(page, live_server):
    page.goto(f"{live_server}/anfragen/services/wohnsitzanmeldung")
    link = page.locator("a.feed", has_text="abonnieren")
    assert "Atom-Feed" in link.inner_text()
    href = link.get_attribute("href")
    assert href == "/-/feeds/leistung/wohnsitzanmeldung.atom"
    assert page.locator('link[rel=alternate][type="application/atom+xml"]').get_attribute("href") == href

    response = page.request.get(live_server + href)  # what a feed reader fetches
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.body())
    assert feed.findtext("a:title", namespaces=ATOM) == "Neue Antworten zu Wohnsitzanmeldung"
    entries = feed.findall("a:entry", ATOM)
    assert entries
    target = entries[0].find("a:link", ATOM).get("href")
    page.goto(target)  # clicking an entry in the reader
    anchor = target.rsplit("#", 1)[1]
    assert page.locator(f"li#{anchor} .frage-text").is_visible()
    assert "Wohnsitzanmeldung" in page.locator(f"li#{anchor}").inner_text()


def test_published_query_and_oparl_link(page, live_server):
    page.goto(f"{live_server}/anfragen/verweis_antworten")
    assert page.locator("h1").inner_text() == "Nur mit Verweis beantwortete Fragen"
    assert "Verweist auf Frage" in page.locator("table thead").inner_text()
    page.locator("td.col-anfrage a").first.click()
    oparl = page.locator("a.oparl")
    assert oparl.inner_text() == "OParl 1.1 (JSON)"
    paper = page.request.get(live_server + oparl.get_attribute("href")).json()
    assert paper["type"] == "https://schema.oparl.org/1.1/Paper"
    assert paper["reference"] == "1424/2024"
