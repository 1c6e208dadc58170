"""An OParl 1.1 view of the database, so council information tools can read ours.

Each inquiry is a ``Paper`` (paperType "Anfrage" unless the document names its kind);
its questions and answers, which OParl has no object for, travel in the vendor
extension ``anfragen:questions``. A minimal ``System``, one ``Body`` per council and one
``Organization`` per submitting faction or answering unit make the URLs in a Paper
resolvable. Lists are OParl paginated lists (``data``, ``pagination``, ``links.next``).

Everything here is pure: database rows in, JSON-ready dicts out. ``Urls`` knows the
absolute base of the API and of the web pages; the plugin builds it from the request.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlencode

from datasette.utils import tilde_encode

from .inquiry_page import anchor
from .submitters import groups_of

SCHEMA = "https://schema.oparl.org/1.1/"
PER_PAGE = 20
PREFIX = "anfragen:"  # OParl vendor extensions are named "prefix:property"

INQUIRY_COLUMNS = """i.id, i.body, i.reference, i.title, i.kind, i.submitter, i.asked_on,
  i.answered_on, i.signed_by, i.signer_role, i.unit, i.meeting, i.source_url,
  (select json_group_array(p.name) from inquiry_persons p where p.inquiry_id = i.id) as persons"""

PAPER_SQL = f"select {INQUIRY_COLUMNS} from inquiries i where i.id = :id"

# Stable order (by id), so a client paging through while nothing changes sees every paper once.
PAPERS_SQL = f"""select {INQUIRY_COLUMNS} from inquiries i
where :body = '' or i.body = :body order by i.id limit :limit offset :offset"""

PAPERS_COUNT_SQL = "select count(*) from inquiries i where :body = '' or i.body = :body"

QUESTIONS_SQL = """
select q.inquiry_id, q.id, q.position, q.number, q.text, q.context, q.answer_id,
  a.text as answer, a.is_pointer, a.grouping,
  (select json_group_array(t.number) from answer_references r
     join questions t on t.id = r.question_id where r.answer_id = q.answer_id) as points_to,
  (select json_group_array(s.name) from services s where s.id in (
     select service_id from answer_services where answer_id = q.answer_id
     union select service_id from question_services where question_id = q.id)) as services,
  (select json_group_array(json_object('text', c.text, 'due', c.due, 'precision', c.precision,
       'phrase', c.phrase))
     from commitments c where c.answer_id = q.answer_id) as commitments
from questions q left join answers a on a.id = q.answer_id
where q.inquiry_id in (select value from json_each(:ids))
order by q.inquiry_id, q.position
"""

# Councils and the organisations named in inquiries: (body, name, role)
ORGANIZATIONS_SQL = """
select distinct i.body, s.submitter as name, 'submitter' as role
from inquiry_submitters s join inquiries i on i.id = s.inquiry_id where i.body is not null
union select distinct body, unit, 'unit' from inquiries where body is not null and unit is not null
order by 1, 2
"""
BODIES_SQL = "select distinct body from inquiries where body is not null order by body"


def slug(text: str) -> str:
    """``Stadtrat Mainz`` → ``stadtrat-mainz``; ``GRÜNE`` → ``gruene`` (ASCII, for URLs)."""
    text = text.lower().replace("ß", "ss")
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unbenannt"


def organization_key(body: str, name: str) -> str:
    return f"{slug(body)}--{slug(name)}"


@dataclass(frozen=True)
class Urls:
    api: str  # absolute, without trailing slash: https://example.org/-/oparl
    web_inquiry: str  # absolute prefix of inquiry pages: https://example.org/anfragen/inquiries/
    license: str | None = None

    def system(self) -> str:
        return f"{self.api}/system"

    def paper(self, inquiry_id: str) -> str:
        return f"{self.api}/paper/{tilde_encode(inquiry_id)}"

    def papers(self, body: str | None = None, page: int = 1) -> str:
        base = f"{self.api}/body/{slug(body)}/paper" if body else f"{self.api}/papers"
        return base + (f"?{urlencode({'page': page})}" if page > 1 else "")

    def bodies(self) -> str:
        return f"{self.api}/bodies"

    def body(self, body: str) -> str:
        return f"{self.api}/body/{slug(body)}"

    def body_list(self, body: str, kind: str) -> str:
        return f"{self.api}/body/{slug(body)}/{kind}"

    def organization(self, body: str, name: str) -> str:
        return f"{self.api}/organization/{organization_key(body, name)}"

    def web(self, inquiry_id: str) -> str:
        return self.web_inquiry + tilde_encode(inquiry_id)


def _drop_empty(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if v not in (None, "", [], {})}


def question(row: dict, web: str) -> dict:
    """One question with its answer: an element of the ``anfragen:questions`` extension."""
    return _drop_empty({
        "number": row["number"],
        "position": row["position"],
        "text": row["text"],
        "context": row["context"],
        "answer": row["answer"],  # Markdown, as the administration wrote it
        "answerIsPointer": bool(row["is_pointer"]) if row["answer_id"] else None,
        # how the document shows that other questions share this answer (see docs/format.md)
        "answerGrouping": row.get("grouping"),
        "pointsTo": [n for n in json.loads(row["points_to"] or "[]") if n],
        "services": [s for s in json.loads(row["services"] or "[]") if s],
        "commitments": [c for c in json.loads(row["commitments"] or "[]") if c.get("text")],
        "web": f"{web}#{anchor(row['number'], row['position'])}",
    })


def paper(inquiry: dict, questions: list[dict], urls: Urls) -> dict:
    """The OParl Paper of one inquiry (a row of PAPER_SQL) with its questions (rows of
    QUESTIONS_SQL, in order)."""
    web = urls.web(inquiry["id"])
    body = inquiry["body"]
    extension = [question(q, web) for q in questions]
    keywords = list(dict.fromkeys(s for q in extension for s in q.get("services", [])))
    persons = [p for p in json.loads(inquiry.get("persons") or "[]") if p]
    return _drop_empty({
        "id": urls.paper(inquiry["id"]),
        "type": SCHEMA + "Paper",
        "body": urls.body(body) if body else None,
        "name": inquiry["title"],
        "reference": inquiry["reference"],
        "date": inquiry["asked_on"] or inquiry["answered_on"],
        "paperType": inquiry["kind"] or "Anfrage",
        "originatorOrganization": [urls.organization(body, group) for group in groups_of(inquiry["submitter"])]
        if body else None,
        "underDirectionOf": [urls.organization(body, inquiry["unit"])]
        if body and inquiry["unit"] else None,
        "keyword": keywords,
        "license": urls.license,
        "web": web,
        PREFIX + "submitter": inquiry["submitter"],
        PREFIX + "originatorPersons": persons,
        PREFIX + "askedOn": inquiry["asked_on"],
        PREFIX + "answeredOn": inquiry["answered_on"],
        PREFIX + "signedBy": inquiry["signed_by"],
        PREFIX + "signerRole": inquiry["signer_role"],
        PREFIX + "unit": inquiry["unit"],
        PREFIX + "meeting": inquiry["meeting"],
        PREFIX + "sourceUrl": inquiry["source_url"],
        PREFIX + "questions": extension,
    })


def paper_list(papers: list[dict], total: int, page: int, list_url, per_page: int = PER_PAGE) -> dict:
    """An OParl paginated list; ``list_url(page)`` gives the URL of a page."""
    pages = max(1, math.ceil(total / per_page))
    links = {"first": list_url(1), "last": list_url(pages)}
    if page > 1:
        links["prev"] = list_url(page - 1)
    if page < pages:
        links["next"] = list_url(page + 1)
    return {
        "data": papers,
        "pagination": {"totalElements": total, "elementsPerPage": per_page,
                       "currentPage": page, "totalPages": pages},
        "links": links,
    }


def simple_list(items: list[dict]) -> dict:
    """A list that fits on one page (bodies, organisations)."""
    return {
        "data": items,
        "pagination": {"totalElements": len(items), "elementsPerPage": max(1, len(items)),
                       "currentPage": 1, "totalPages": 1},
        "links": {},
    }


def system(urls: Urls, name: str, website: str) -> dict:
    return _drop_empty({
        "id": urls.system(), "type": SCHEMA + "System", "oparlVersion": SCHEMA,
        "body": urls.bodies(), "name": name, "license": urls.license, "website": website,
    })


def body(name: str, urls: Urls) -> dict:
    return _drop_empty({
        "id": urls.body(name), "type": SCHEMA + "Body", "system": urls.system(), "name": name,
        "organization": urls.body_list(name, "organization"),
        "person": urls.body_list(name, "person"),
        "meeting": urls.body_list(name, "meeting"),
        "paper": urls.papers(name),
        "legislativeTerm": [],
        "license": urls.license,
    }) | {"legislativeTerm": []}


def organization(body_name: str, name: str, role: str, urls: Urls) -> dict:
    """A faction that asked (role "submitter") or an administrative unit that answered."""
    return {
        "id": urls.organization(body_name, name), "type": SCHEMA + "Organization",
        "body": urls.body(body_name), "name": name,
        "organizationType": "Fraktion" if role == "submitter" else "Verwaltungsbereich",
    }


def find_body(bodies: list[str], body_slug: str) -> str | None:
    return next((b for b in bodies if slug(b) == body_slug), None)


def find_organization(rows: list[dict], key: str) -> dict | None:
    return next((r for r in rows if organization_key(r["body"], r["name"]) == key), None)
