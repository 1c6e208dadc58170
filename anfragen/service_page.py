"""The page of one service (row page of ``services``): every question and answer that names
it, newest first, with the mention highlighted and a link to the inquiry; the promises
that concern it; mentions per year. ``load`` runs the SQL; the rest is pure.
"""

from __future__ import annotations

import html
import json
import math
import re
from datetime import date
from urllib.parse import quote

from datasette.utils import tilde_encode
from markupsafe import Markup

from . import labels
from .inquiry_page import anchor, due_label, question_link

PER_PAGE = 20
SNIPPET_WORDS = 60

_HITS = """with hits as (
  select q.id as question_id from questions q
  join answer_services x on x.answer_id = q.answer_id where x.service_id = :id
  union
  select question_id from question_services where service_id = :id
)"""

MENTIONS_SQL = _HITS + """
select q.id as question_id, q.inquiry_id, q.position, q.number, q.text as question,
  q.answer_id, a.text as answer, a.is_pointer, a.grouping, i.reference, i.title, i.body, i.submitter,
  i.answered_on,
  (select json_group_array(json_array(start, length(mention))) from answer_services
     where answer_id = q.answer_id and service_id = :id) as answer_spans,
  (select json_group_array(json_array(start, length(mention))) from question_services
     where question_id = q.id and service_id = :id) as question_spans
from hits join questions q on q.id = hits.question_id
join inquiries i on i.id = q.inquiry_id left join answers a on a.id = q.answer_id
order by i.answered_on desc, q.inquiry_id, q.position
limit :limit offset :offset
"""

SUMMARY_SQL = _HITS + """
select count(*) as questions, count(distinct q.inquiry_id) as inquiries,
  (select count(*) from answer_services where service_id = :id) as answer_mentions,
  (select count(*) from question_services where service_id = :id) as question_mentions
from hits join questions q on q.id = hits.question_id
"""

YEARS_SQL = _HITS + """
select substr(coalesce(nullif(i.answered_on, ''), i.asked_on), 1, 4) as year, count(*) as questions
from hits join questions q on q.id = hits.question_id join inquiries i on i.id = q.inquiry_id
group by year order by year desc
"""

COMMITMENTS_SQL = """
select c.text, c.due, c.precision, c.phrase, c.inquiry_id, i.title, i.reference,
  (select q.number from questions q where q.answer_id = c.answer_id order by q.position limit 1)
    as number,
  (select q.position from questions q where q.answer_id = c.answer_id order by q.position limit 1)
    as position
from commitments c join inquiries i on i.id = c.inquiry_id
where exists (select 1 from json_each(c.services) where value = :id)
order by c.due, c.inquiry_id, c.start
"""


def spans(value: str | None) -> list[tuple[int, int]]:
    """``[[start, length], …]`` (JSON) → sorted, non-overlapping (start, end) pairs."""
    out: list[tuple[int, int]] = []
    for start, length in sorted(json.loads(value or "[]")):
        if start is None or length is None:
            continue
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], start + length))
        else:
            out.append((start, start + length))
    return out


def marked(text: str | None, found: list[tuple[int, int]], words: int | None = None) -> Markup:
    """Escaped ``text`` with each span in <mark>; with ``words``, only an excerpt of about
    that many words around the first span ("…" marks cut ends)."""
    if not text:
        return Markup("")
    found = [(a, b) for a, b in found if 0 <= a < b <= len(text)]
    lo, hi = 0, len(text)
    if words:
        bounds = [m.span() for m in re.finditer(r"\S+", text)]
        if len(bounds) > words:
            first = next((i for i, (_a, b) in enumerate(bounds) if found and b > found[0][0]), 0)
            i = max(0, min(first - words // 3, len(bounds) - words))
            lo, hi = bounds[i][0], bounds[i + words - 1][1]
    pieces, pos = [], lo
    for a, b in found:
        if a < pos or b > hi:
            continue
        pieces.append(html.escape(text[pos:a], quote=False))
        pieces.append(f"<mark>{html.escape(text[a:b], quote=False)}</mark>")
        pos = b
    pieces.append(html.escape(text[pos:hi], quote=False))
    return Markup(("…" if lo > 0 else "") + "".join(pieces) + ("…" if hi < len(text) else ""))


def mention(row: dict) -> dict:
    """One question naming the service, ready for the template."""
    return {
        **question_link(row),
        "question_html": marked(row["question"], spans(row["question_spans"])),
        "answer_html": marked(row["answer"], spans(row["answer_spans"]), SNIPPET_WORDS),
        "has_answer": row["answer"] is not None,
        "is_pointer": bool(row["is_pointer"]),
        "grouping_label": labels.GROUPING.get(row.get("grouping") or ""),
    }


def commitment(row: dict, today: str) -> dict:
    return {
        "text": row["text"], "due": row["due"], "due_label": due_label(row),
        "overdue": (row["due"] or "") < today, "title": row["title"] or "Anfrage",
        "reference": row["reference"],
        "path": f"/anfragen/inquiries/{tilde_encode(row['inquiry_id'])}",
        "anchor": anchor(row["number"], row["position"] or 0) if row["position"] else "",
    }


def page_number(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 10_000))
    except ValueError:
        return 1


async def load(db, service_id: str, page: int = 1, today: str | None = None) -> dict:
    """Template variables of the service page."""
    from . import feeds

    today = today or date.today().isoformat()
    summary = dict((await db.execute(SUMMARY_SQL, {"id": service_id})).first())
    pages = max(1, math.ceil(summary["questions"] / PER_PAGE))
    page = min(page, pages)
    rows = await db.execute(MENTIONS_SQL, {"id": service_id, "limit": PER_PAGE,
                                           "offset": (page - 1) * PER_PAGE})
    years = await db.execute(YEARS_SQL, {"id": service_id})
    promises = await db.execute(COMMITMENTS_SQL, {"id": service_id})
    return {
        "service_summary": summary,
        "service_mentions": [mention(dict(r)) for r in rows.rows],
        "service_years": [dict(r) for r in years.rows if r["year"]],
        "service_commitments": [commitment(dict(r), today) for r in promises.rows],
        "service_paging": {
            "page": page, "pages": pages,
            "previous": (f"?seite={page - 1}" if page > 2 else "?") if page > 1 else None,
            "next": f"?seite={page + 1}" if page < pages else None,
        },
        "service_links": {
            "feed": feeds.service_path(service_id),
            "search": f"/-/suche?leistung={quote(service_id)}",
            "table": f"/anfragen/answer_services?service_id={quote(service_id)}",
        },
    }


