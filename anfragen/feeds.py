"""Atom feeds of new answers: rows in, Atom XML out (pure; the plugin runs the SQL).

Four feeds share one shape: everything (one entry per answered inquiry), one submitter
(the same), one service and one saved search (one entry per answered question, linking to
its anchor on the inquiry page). ``updated`` is the answer's date; an inquiry without an
answer date is not "new" at any time and stays out of the feeds.

XML is written with ``xml.etree``, which escapes every text and attribute; HTML content
is sent as escaped text (``type="html"``), built from escaped pieces or from
``render.markdown_html`` (sanitised).
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime

from datasette.utils import tilde_encode

from . import render
from .inquiry_page import anchor

ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("", ATOM)
LIMIT = 50
ALL_PATH = "/-/feeds/antworten.atom"
SEARCH_PATH = "/-/feeds/suche.atom"
TITLE_WORDS = 16

# One row per answered inquiry, newest first. :submitter = '' means every submitter; a joint
# inquiry ("GRÜNE-…; SPD-…") is in the feed of each of its groups.
INQUIRIES_SQL = """
select i.id, i.reference, i.title, i.body, i.submitter, i.asked_on, i.answered_on,
  i.signed_by,
  (select json_group_array(json_object('number', q.number, 'position', q.position, 'text', q.text))
     from (select * from questions where inquiry_id = i.id order by position) q) as questions
from inquiries i
where i.answered_on glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
  and (:submitter = '' or i.id in (select inquiry_id from inquiry_submitters where submitter = :submitter))
order by i.answered_on desc, i.id
limit :limit
"""

# One row per answered question that names a service (in its question or its answer).
SERVICE_SQL = """
select qa.question_id, qa.inquiry_id, qa.reference, qa.title, qa.body, qa.submitter,
  qa.answered_on, qa.number, qa.position, qa.question, qa.answer
from qa
where qa.answered_on glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
  and (qa.answer_id in (select answer_id from answer_services where service_id = :service)
    or qa.question_id in (select question_id from question_services where service_id = :service))
order by qa.answered_on desc, qa.inquiry_id, qa.position
limit :limit
"""


def submitter_path(name: str) -> str:
    """Path of a submitter's feed; ~-encoded, because Datasette redirects %-encoded paths."""
    return f"/-/feeds/fragesteller/{tilde_encode(name)}.atom"


def service_path(service_id: str) -> str:
    return f"/-/feeds/leistung/{tilde_encode(service_id)}.atom"


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    link: str
    updated: str  # RFC 3339
    content_html: str
    categories: tuple[str, ...] = ()
    author: str | None = None


@dataclass
class Feed:
    id: str  # the feed's own absolute URL
    title: str
    alternate: str  # absolute URL of the HTML page the feed follows
    entries: list[Entry] = field(default_factory=list)
    subtitle: str | None = None
    author: str = "Anfragen – Wissensdatenbank"


def timestamp(day: str | None) -> str | None:
    """``2024-11-11`` → ``2024-11-11T00:00:00Z``; None for anything that is not a date."""
    try:
        return datetime.strptime((day or "")[:10], "%Y-%m-%d").strftime("%Y-%m-%dT00:00:00Z")
    except ValueError:
        return None


def short(text: str | None, words: int = TITLE_WORDS) -> str:
    parts = (text or "").split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def inquiry_entry(row: dict, page_url: str) -> Entry | None:
    """An entry for one answered inquiry (a row of INQUIRIES_SQL); None without a date."""
    updated = timestamp(row["answered_on"])
    if updated is None:
        return None
    questions = [q for q in json.loads(row.get("questions") or "[]") if q.get("text")]
    lines = [f"<p>{html.escape(_meta(row))}</p>"]
    if questions:
        items = "".join(
            f'<li><a href="{html.escape(page_url)}#{anchor(q["number"], q["position"])}">'
            f'{html.escape(q["number"] or str(q["position"]))}.</a> {html.escape(q["text"])}</li>'
            for q in questions)
        lines.append(f"<p>{len(questions)} {'Frage' if len(questions) == 1 else 'Fragen'}:</p>"
                     f"<ul>{items}</ul>")
    title = row["title"] or "Anfrage"
    if row.get("reference"):
        title = f"{row['reference']}: {title}"
    return Entry(id=page_url, title=title, link=page_url, updated=updated,
                 content_html="".join(lines), author=row.get("signed_by") or row.get("body"),
                 categories=tuple(c for c in (row.get("submitter"), row.get("body")) if c))


def question_entry(row: dict, page_url: str, query: str | None = None) -> Entry | None:
    """An entry for one answered question (a row of the ``qa`` view); None without a date."""
    updated = timestamp(row["answered_on"])
    if updated is None:
        return None
    link = f"{page_url}#{anchor(row['number'], row['position'])}"
    number = row["number"] or str(row["position"])
    question = row["question"] or ""
    question_html = render.marked_html(render.marked_text(question, query)) if query \
        else html.escape(question)
    content = (f"<p>{html.escape(_meta(row))}</p>"
               f"<p><strong>Frage {html.escape(number)}:</strong> {question_html}</p>"
               f"{render.markdown_html(row['answer']) or '<p>Keine Antwort zugeordnet.</p>'}")
    return Entry(id=link, title=f"{row['title'] or 'Anfrage'} – Frage {number}: {short(question)}",
                 link=link, updated=updated, content_html=content,
                 categories=tuple(c for c in (row.get("submitter"), row.get("body")) if c))


def _meta(row: dict) -> str:
    parts = [f"Anfrage {row['reference']}" if row.get("reference") else "Anfrage"]
    if row.get("submitter"):
        parts.append(f"von {row['submitter']}")
    if row.get("body"):
        parts.append(f"({row['body']})")
    if row.get("answered_on"):
        parts.append(f"– beantwortet am {row['answered_on']}")
    return " ".join(parts)


def atom(feed: Feed, now: datetime | None = None) -> bytes:
    """The feed as Atom 1.0 (RFC 4287), UTF-8. An empty feed is updated ``now``."""
    root = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "de"})
    _text(root, "id", feed.id)
    _text(root, "title", feed.title)
    if feed.subtitle:
        _text(root, "subtitle", feed.subtitle)
    newest = max((e.updated for e in feed.entries), default=None)
    _text(root, "updated", newest or (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "href": feed.id,
                                             "type": "application/atom+xml"})
    ET.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "href": feed.alternate,
                                             "type": "text/html"})
    _text(ET.SubElement(root, f"{{{ATOM}}}author"), "name", feed.author)
    _text(root, "generator", "anfragen")
    for entry in feed.entries:
        _entry(root, entry)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _entry(root: ET.Element, entry: Entry) -> None:
    element = ET.SubElement(root, f"{{{ATOM}}}entry")
    _text(element, "id", entry.id)
    _text(element, "title", entry.title)
    _text(element, "updated", entry.updated)
    ET.SubElement(element, f"{{{ATOM}}}link", {"rel": "alternate", "href": entry.link,
                                                "type": "text/html"})
    if entry.author:
        _text(ET.SubElement(element, f"{{{ATOM}}}author"), "name", entry.author)
    for term in entry.categories:
        ET.SubElement(element, f"{{{ATOM}}}category", {"term": term})
    _text(element, "content", entry.content_html).set("type", "html")


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    child = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    child.text = _xml_safe(text)
    return child


def _xml_safe(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters from PDF extraction)."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20
                   and not 0xD800 <= ord(c) <= 0xDFFF and c not in "\ufffe\uffff")
