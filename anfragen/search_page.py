"""The search page (/-/suche): German full-text search over questions and answers, with
facets for body, year, submitter and service, highlighted snippets and paging.

``Search.from_args`` reads what a person typed or clicked (German parameter names, so
URLs stay readable: ``?q=Wohngeld&fragesteller=SPD-Fraktion&seite=2``); ``run`` executes
a handful of SQL statements on a Datasette database; the rest is pure. Without search
words the page lists every question, newest first, so the facets alone can browse.
A search URL is also a saved search: the same parameters give its Atom feed.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from urllib.parse import urlencode

from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from . import german, labels, render
from .inquiry_page import german_date, question_link

PER_PAGE = 20
FACET_LIMIT = 15
MAX_QUERY = 500  # characters; a longer "search" is a paste, not a query

# name in the URL → (column of `found`, German label)
FACETS = {
    "gremium": ("body", "Gremium"),
    "jahr": ("year", "Jahr"),
    "fragesteller": ("submitter", "Fragesteller"),
    "leistung": ("service", "Leistung"),
}
ORDERS = {"relevanz": "Relevanz", "datum": "Datum"}

_HITS_FTS = """hits as (
  select question_id, min(score) as score from (
    select q.id as question_id, f.rank as score
    from questions_fts f join questions q on q.rowid = f.rowid
    where questions_fts match :match
    union all
    select q.id, f.rank
    from answers_fts f join answers a on a.rowid = f.rowid join questions q on q.answer_id = a.id
    where answers_fts match :match
  ) group by question_id
)"""
_HITS_ALL = "hits as (select id as question_id, 0.0 as score from questions)"
_FOUND = """found as (
  select q.id as question_id, q.inquiry_id, q.position, q.number, q.text as question,
    q.answer_id, i.reference, i.title, i.body, i.submitter, i.answered_on,
    substr(coalesce(nullif(i.answered_on, ''), i.asked_on), 1, 4) as year, hits.score
  from hits join questions q on q.id = hits.question_id join inquiries i on i.id = q.inquiry_id
  where (:gremium = '' or i.body = :gremium)
    and (:jahr = '' or substr(coalesce(nullif(i.answered_on, ''), i.asked_on), 1, 4) = :jahr)
    and (:fragesteller = '' or i.id in (select inquiry_id from inquiry_submitters
                                        where submitter = :fragesteller))
    and (:leistung = '' or q.answer_id in (select answer_id from answer_services
                                           where service_id = :leistung)
         or q.id in (select question_id from question_services where service_id = :leistung))
)"""
_MENTIONS = """mentions as (
  select f.question_id, x.service_id from found f join answer_services x on x.answer_id = f.answer_id
  union
  select f.question_id, y.service_id from found f join question_services y on y.question_id = f.question_id
)"""
ORDER_BY = {
    "relevanz": "score, answered_on desc, inquiry_id, position",
    "datum": "answered_on desc, inquiry_id, position",
}


@dataclass(frozen=True)
class Search:
    q: str = ""
    gremium: str = ""
    jahr: str = ""
    fragesteller: str = ""
    leistung: str = ""
    sortierung: str = "relevanz"
    seite: int = 1

    @classmethod
    def from_args(cls, args) -> Search:
        """From request arguments (any mapping with ``.get``); bad values fall back."""
        def text(name: str) -> str:
            return " ".join((args.get(name) or "").split())[:MAX_QUERY]

        try:
            page = max(1, min(int(args.get("seite") or 1), 10_000))
        except ValueError:
            page = 1
        order = text("sortierung") if text("sortierung") in ORDERS else ""
        q = text("q")
        return cls(q=q, gremium=text("gremium"), jahr=text("jahr"),
                   fragesteller=text("fragesteller"), leistung=text("leistung"),
                   sortierung=order or ("relevanz" if q else "datum"), seite=page)

    @property
    def filters(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in FACETS if getattr(self, name)}

    def params(self) -> dict[str, str]:
        """SQL parameters shared by every statement."""
        return {"match": german.fts_query(self.q), "gremium": self.gremium, "jahr": self.jahr,
                "fragesteller": self.fragesteller, "leistung": self.leistung}

    def query_string(self, **changes) -> str:
        """``?q=…&jahr=…`` for this search with ``changes``; defaults and blanks left out.
        A change of search words or filters starts again at page 1."""
        if set(changes) - {"seite"}:
            changes.setdefault("seite", 1)
        new = replace(self, **changes)
        pairs = [(k, getattr(new, k)) for k in ("q", *FACETS)]
        default_order = "relevanz" if new.q else "datum"
        pairs.append(("sortierung", "" if new.sortierung == default_order else new.sortierung))
        pairs.append(("seite", "" if new.seite == 1 else str(new.seite)))
        encoded = urlencode([(k, v) for k, v in pairs if v])
        return f"?{encoded}" if encoded else ""

    def saved(self) -> str:
        """``?q=…&jahr=…``: the search words and filters only (a saved search's feed)."""
        encoded = urlencode([(k, getattr(self, k)) for k in ("q", *FACETS) if getattr(self, k)])
        return f"?{encoded}" if encoded else ""


def _with(search: Search, *ctes: str) -> str:
    return "with " + ",\n".join([_HITS_FTS if search.q else _HITS_ALL, _FOUND, *ctes]) + "\n"


def results_sql(search: Search) -> str:
    return _with(search) + f"""select f.*, a.text as answer, a.is_pointer, a.grouping
from found f left join answers a on a.id = f.answer_id
order by {ORDER_BY[search.sortierung]} limit :limit offset :offset"""


def count_sql(search: Search) -> str:
    return _with(search) + "select count(*) from found"


def _facet_select(name: str) -> tuple[str, str]:
    """The select of one facet's values (over ``found``) and its order."""
    if name == "fragesteller":  # a joint inquiry counts for each of its groups
        order = "n desc, value"
        return f"""select s.submitter as value, s.submitter as label, count(*) as n
from found f join inquiry_submitters s on s.inquiry_id = f.inquiry_id
group by s.submitter order by {order} limit {FACET_LIMIT}""", order
    if name == "leistung":
        order = "n desc, s.name"
        return f"""select s.id as value, s.name as label, count(*) as n
from mentions m join services s on s.id = m.service_id
group by s.id order by {order} limit {FACET_LIMIT}""", order
    column = FACETS[name][0]
    order = "value desc" if name == "jahr" else "n desc, value"
    return f"""select {column} as value, {column} as label, count(*) as n from found
where {column} is not null and {column} != '' group by {column} order by {order}
limit {FACET_LIMIT}""", order


def facet_sql(search: Search, name: str) -> str:
    ctes = [_MENTIONS] if name == "leistung" else []
    return _with(search, *ctes) + _facet_select(name)[0]


def summary_sql(search: Search) -> str:
    """``count_sql`` and every ``facet_sql`` in one statement, so that the hits are found
    (and ranked) once instead of five times: rows (facet, position, value, label, n), the
    count as facet -1. The same values as the separate statements."""
    hits = _HITS_FTS if search.q else _HITS_ALL
    found = _FOUND.replace("found as (", "found as materialized (", 1)
    parts = ["select -1 as facet, 0 as pos, null as value, null as label, "
             "(select count(*) from found) as n"]
    for k, name in enumerate(FACETS):
        select, order = _facet_select(name)
        order = order.replace("s.name", "label")
        parts.append(f"select {k}, row_number() over (order by {order}), value, label, n "
                     f"from ({select})")
    return (f"with {hits},\n{found},\n{_MENTIONS}\n" + "\nunion all\n".join(parts)
            + "\norder by facet, pos")


SERVICES_SQL = """
select m.question_id, s.id, s.name from (
  select q.id as question_id, x.service_id from questions q
  join answer_services x on x.answer_id = q.answer_id
  where q.id in (select value from json_each(:ids))
  union
  select y.question_id, y.service_id from question_services y
  where y.question_id in (select value from json_each(:ids))
) m join services s on s.id = m.service_id order by s.name
"""


def highlighted(text: str | None, query: str, snippet: bool = False) -> Markup:
    """Escaped text with the matches of ``query`` in <mark>."""
    if not text:
        return Markup("")
    marked = render.marked_snippet(text, query) if snippet else render.marked_text(text, query)
    return render.marked_html(marked)


def hit(row: dict, search: Search, services: list[dict]) -> dict:
    """One result, ready for the template."""
    return {
        "inquiry_id": row["inquiry_id"],
        **question_link(row),
        "question_html": highlighted(row["question"], search.q),
        "answer_html": highlighted(row["answer"], search.q, snippet=True),
        "is_pointer": bool(row["is_pointer"]),
        "has_answer": row["answer"] is not None,
        "grouping_label": labels.GROUPING.get(row.get("grouping") or ""),
        "services": services,
    }


def hits_html(hits: list[dict], path) -> Markup:
    """The result list of suche.html: what its former Jinja loop over ``hits`` wrote, byte
    for byte (tests/test_pages.py), in Python (a page of 20 hits was ≈ 400 async template
    outputs). ``path`` is ``datasette.urls.path``; plain values are escaped, Markup kept."""
    out = []
    for h in hits:
        meta = "".join([
            f"Nr. {escape(h['reference'])} · " if h.get("reference") else "",
            f"{escape(h['submitter'])} · " if h.get("submitter") else "",
            f"{escape(h['body'])} · " if h.get("body") else "",
            f"beantwortet am {escape(german_date(h['answered_on']))}" if h.get("answered_on")
            else "ohne Antwortdatum"])
        if h["has_answer"]:
            answer = str(escape(h["answer_html"])) + (" <em>(Verweis)</em>" if h["is_pointer"] else "") + (
                f' <em class="gemeinsam">({escape(h["grouping_label"])})</em>' if h.get("grouping_label") else "")
        else:
            answer = "<em>keine Antwort zugeordnet</em>"
        services = ""
        if h["services"]:
            links = ", ".join(f'<a class="leistung" href="{escape(path(s["path"]))}">{escape(s["name"])}</a>'
                              for s in h["services"])
            services = f'<p class="leistungen">Leistungen: {links}</p>'
        out.append(
            f'\n  <article class="treffer">\n'
            f'    <h2><a href="{escape(path(h["path"]))}#{escape(h["anchor"])}">{escape(h["title"])} – '
            f'{escape(h["label"])}</a></h2>\n'
            f'    <p class="treffer-meta">{meta}</p>\n'
            f'    <p class="treffer-frage"><strong>Frage:</strong> {escape(h["question_html"])}</p>\n'
            f'    <p class="treffer-antwort"><strong>Antwort:</strong> {answer}</p>\n'
            f'    {services}\n'
            f'  </article>\n  ')
    return Markup("".join(out))


def facet_groups(search: Search, counts: dict[str, list[dict]]) -> list[dict]:
    """Facets for the template: every value with its count and a link that adds it, or (when
    active) removes it."""
    groups = []
    for name, (_column, label) in FACETS.items():
        active = getattr(search, name)
        values = []
        for row in counts.get(name, []):
            value = str(row["value"])
            selected = value == active
            values.append({"value": value, "label": row["label"], "count": row["n"],
                           "selected": selected,
                           "href": search.query_string(**{name: "" if selected else value})})
        if active and not any(v["selected"] for v in values):
            values.insert(0, {"value": active, "label": active, "count": 0, "selected": True,
                              "href": search.query_string(**{name: ""})})
        groups.append({"name": name, "label": label, "values": values})
    return groups


def pagination(search: Search, total: int) -> dict:
    pages = max(1, math.ceil(total / PER_PAGE))
    page = min(search.seite, pages)
    return {
        "page": page, "pages": pages, "total": total,
        "first": (page - 1) * PER_PAGE + 1 if total else 0,
        "last": min(page * PER_PAGE, total),
        "previous": search.query_string(seite=page - 1) or "?" if page > 1 else None,
        "next": search.query_string(seite=page + 1) if page < pages else None,
    }


async def run(db, search: Search) -> dict:
    """Everything the search page shows, from a Datasette ``Database``. A statement that
    exceeds Datasette's time limit leaves its part out and says so, never a 500."""
    params = search.params()
    context = {"search": search, "hits": [], "facets": [], "active_filters": [],
               "paging": pagination(search, 0), "orders": [], "too_slow": False,
               "feed_query": search.saved()}
    summary = await _summary(db, search, params)
    try:
        if summary is None:  # too slow together: each statement alone, as far as they go
            total = (await db.execute(count_sql(search), params)).rows[0][0]
        else:
            total, counts = summary
        paging = pagination(search, total)
        rows = [dict(r) for r in (await db.execute(results_sql(search), {
            **params, "limit": PER_PAGE, "offset": (paging["page"] - 1) * PER_PAGE})).rows]
        services = await _services(db, rows)
    except QueryInterrupted:
        return context | {"too_slow": True}
    if summary is None:
        counts = await _facet_counts(db, search, params)
    service_names = {r["value"]: r["label"] for r in counts.get("leistung", [])}
    return context | {
        "hits": [hit(r, search, services.get(r["question_id"], [])) for r in rows],
        "facets": facet_groups(search, counts),
        "facets_incomplete": len(counts) < len(FACETS),
        "paging": paging,
        "orders": [{"value": k, "label": v, "selected": k == search.sortierung,
                    "href": search.query_string(sortierung=k)} for k, v in ORDERS.items()],
        "active_filters": [{"label": FACETS[k][1],
                            "value": service_names.get(v, v) if k == "leistung" else v,
                            "href": search.query_string(**{k: ""})}
                           for k, v in search.filters.items()],
    }


async def _services(db, rows: list[dict]) -> dict[str, list[dict]]:
    """{question id: [services named in the question or its answer]} for the shown hits."""
    services: dict[str, list[dict]] = {}
    if rows:
        ids = json.dumps([r["question_id"] for r in rows])
        for r in (await db.execute(SERVICES_SQL, {"ids": ids})).rows:
            services.setdefault(r["question_id"], []).append(
                {"id": r["id"], "name": r["name"],
                 "path": f"/anfragen/services/{tilde_encode(r['id'])}"})
    return services


async def _summary(db, search: Search, params: dict) -> tuple[int, dict[str, list[dict]]] | None:
    """(count, facet values) from ``summary_sql``; None if it exceeded the time limit."""
    try:
        result = await db.execute(summary_sql(search), params)
    except QueryInterrupted:
        return None
    names = list(FACETS)
    total, counts = 0, {name: [] for name in names}
    for facet, _pos, value, label, n in result.rows:
        if facet < 0:
            total = n
        else:
            counts[names[facet]].append({"value": value, "label": label, "n": n})
    return total, counts


async def _facet_counts(db, search: Search, params: dict) -> dict[str, list[dict]]:
    counts = {}
    for name in FACETS:
        try:
            result = await db.execute(facet_sql(search, name), params)
        except QueryInterrupted:
            continue
        counts[name] = [dict(r) for r in result.rows]
    return counts


async def feed_rows(db, search: Search, limit: int) -> list[dict]:
    """Newest answered questions for a saved search (the search's Atom feed)."""
    newest = replace(search, sortierung="datum", seite=1)
    result = await db.execute(results_sql(newest), {**newest.params(), "limit": limit, "offset": 0})
    return [dict(r) for r in result.rows]
