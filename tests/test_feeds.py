"""Atom feeds of new answers: the pure builder, and the four routes through Datasette."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from anfragen import feeds

import publishing

# fixtures shared by the publishing tests (a module-level name is how pytest finds them)
pds, publishing_db = publishing.pds, publishing.publishing_db

NS = {"a": feeds.ATOM}


def parse(xml: bytes | str) -> ET.Element:
    return ET.fromstring(xml.encode() if isinstance(xml, str) else xml)


def entries(root: ET.Element) -> list[dict]:
    return [{"id": e.findtext("a:id", namespaces=NS), "title": e.findtext("a:title", namespaces=NS),
             "updated": e.findtext("a:updated", namespaces=NS),
             "link": e.find("a:link", NS).get("href"),
             "content": e.findtext("a:content", namespaces=NS)}
            for e in root.findall("a:entry", NS)]


# --- pure ------------------------------------------------------------------------------

def inquiry_row(**changes) -> dict:
    row = {"id": "x-1", "reference": "1/2024", "title": "Kitas & <b>Horte</b>", "body": "Stadtrat X",
           "submitter": "SPD", "asked_on": None, "answered_on": "2024-05-02", "signed_by": None,
           "questions": '[{"number": "1", "position": 1, "text": "Wie viele <Plätze>?"}]'}
    return row | changes


def test_inquiry_entry_escapes_text_and_links_each_question():
    entry = feeds.inquiry_entry(inquiry_row(), "https://e.org/anfragen/inquiries/x-1")
    assert entry.updated == "2024-05-02T00:00:00Z"
    assert entry.title == "1/2024: Kitas & <b>Horte</b>"  # plain text; XML escapes it
    assert 'href="https://e.org/anfragen/inquiries/x-1#frage-1"' in entry.content_html
    assert "Wie viele &lt;Plätze&gt;?" in entry.content_html
    xml = feeds.atom(feeds.Feed(id="https://e.org/f.atom", title="T", alternate="https://e.org/",
                                entries=[entry]))
    assert b"<b>" not in xml
    assert entries(parse(xml))[0]["title"] == "1/2024: Kitas & <b>Horte</b>"


def test_inquiry_without_answer_date_is_not_an_entry():
    assert feeds.inquiry_entry(inquiry_row(answered_on=None), "u") is None
    assert feeds.inquiry_entry(inquiry_row(answered_on="2024"), "u") is None


def test_question_entry_renders_the_answer_and_highlights_the_search():
    row = {"inquiry_id": "x-1", "reference": "1/2024", "title": "Kitas", "body": "B",
           "submitter": "SPD", "answered_on": "2024-05-02", "number": "2", "position": 2,
           "question": "Wie viele Kitaplätze fehlen?", "answer": "**Rund 300** <script>x</script>"}
    entry = feeds.question_entry(row, "https://e.org/i/x-1", query="Kitaplatz")
    assert entry.link == entry.id == "https://e.org/i/x-1#frage-2"
    assert entry.title == "Kitas – Frage 2: Wie viele Kitaplätze fehlen?"
    assert "<mark>Kitaplätze</mark>" in entry.content_html
    assert "<strong>Rund 300</strong>" in entry.content_html
    assert "<script>" not in entry.content_html


def test_empty_feed_is_valid_atom_updated_now():
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    root = parse(feeds.atom(feeds.Feed(id="https://e.org/f", title="T", alternate="https://e.org/"),
                            now=now))
    assert root.tag == f"{{{feeds.ATOM}}}feed"
    assert root.findtext("a:updated", namespaces=NS) == "2026-01-02T03:04:05Z"
    assert root.find("a:author/a:name", NS).text
    assert root.findall("a:entry", NS) == []


def test_control_characters_from_pdfs_do_not_break_the_xml():
    entry = feeds.inquiry_entry(inquiry_row(title="Bad\x0bchar\x00"), "https://e.org/i")
    root = parse(feeds.atom(feeds.Feed(id="https://e.org/f", title="T", alternate="https://e.org/",
                                       entries=[entry])))
    assert entries(root)[0]["title"] == "1/2024: Badchar"


def test_submitter_feed_path_is_tilde_encoded():
    assert feeds.submitter_path("GRÜNE/Fraktion") == "/-/feeds/fragesteller/GR~C3~9CNE~2FFraktion.atom"


# --- through Datasette -----------------------------------------------------------------

async def get_feed(ds, path: str) -> ET.Element:
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    return parse(response.content)


async def test_all_answers_feed_newest_inquiry_first(pds):
    root = await get_feed(pds, "/-/feeds/antworten.atom")
    got = entries(root)
    assert [e["id"].rsplit("/", 1)[1] for e in got] == [
        "ka-2025-0042", "mainz-2024-1424", "ka-2023-0815"]
    assert [e["updated"][:10] for e in got] == ["2025-02-20", "2024-11-11", "2023-04-12"]
    assert root.findtext("a:updated", namespaces=NS) == "2025-02-20T00:00:00Z"
    assert got[2]["title"] == "2023/0815: Wartezeiten im Bürgerbüro <script>alert(1)</script>"
    assert got[0]["link"] == "http://localhost/anfragen/inquiries/ka-2025-0042"


async def test_submitter_feed_only_has_that_submitters_inquiries(pds):
    root = await get_feed(pds, feeds.submitter_path("SPD-Gemeinderatsfraktion"))
    assert [e["id"].rsplit("/", 1)[1] for e in entries(root)] == ["ka-2025-0042"]
    assert root.findtext("a:title", namespaces=NS) == "Neue Antworten an SPD-Gemeinderatsfraktion"


async def test_a_joint_inquiry_is_in_the_feed_of_each_of_its_groups(pds):
    root = await get_feed(pds, feeds.submitter_path("GRÜNE-Gemeinderatsfraktion"))
    assert [e["id"].rsplit("/", 1)[1] for e in entries(root)] == ["ka-2025-0042", "ka-2023-0815"]
    assert root.findtext("a:title", namespaces=NS) == "Neue Antworten an GRÜNE-Gemeinderatsfraktion"


async def test_percent_encoded_submitter_feed_url_still_arrives(pds):
    response = await pds.client.get("/-/feeds/fragesteller/GR%C3%9CNE-Gemeinderatsfraktion.atom")
    assert response.status_code == 302
    root = await get_feed(pds, response.headers["location"])
    assert len(entries(root)) == 2


async def test_service_feed_has_one_entry_per_question_naming_it(pds):
    root = await get_feed(pds, "/-/feeds/leistung/wohngeld.atom")
    links = [e["link"].split("/inquiries/")[1] for e in entries(root)]
    assert links == ["ka-2025-0042#frage-2", "mainz-2024-1424#frage-3",
                     "ka-2023-0815#frage-2", "ka-2023-0815#frage-3"]
    assert root.findtext("a:title", namespaces=NS) == "Neue Antworten zu Wohngeld"


async def test_saved_search_feed_applies_words_and_filters(pds):
    root = await get_feed(pds, "/-/feeds/suche.atom?q=Wohngeld&fragesteller=SPD-Gemeinderatsfraktion")
    got = entries(root)
    assert [e["link"].split("/inquiries/")[1] for e in got] == ["ka-2025-0042#frage-2"]
    assert "<mark>Wohngeld</mark>" in got[0]["content"]
    assert root.findtext("a:title", namespaces=NS) == (
        "Neue Antworten zur Suche „Wohngeld“, Fragesteller: SPD-Gemeinderatsfraktion")


@pytest.mark.parametrize("path", ["/-/feeds/leistung/gibtsnicht.atom",
                                  "/-/feeds/fragesteller/Niemand.atom"])
async def test_unknown_service_or_submitter_is_404(pds, path):
    assert (await pds.client.get(path)).status_code == 404
