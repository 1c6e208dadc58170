"""Atom feeds of new answers (routes only; building the XML is anfragen.feeds).

/-/feeds/antworten.atom                  every answered inquiry, newest first
/-/feeds/fragesteller/<name>.atom        one submitter's inquiries (name ~-encoded, as
                                         Datasette redirects %-encoded paths to ~-encoding)
/-/feeds/leistung/<service id>.atom      answered questions naming one service
/-/feeds/suche.atom?q=…&jahr=…           a saved search (the search page's parameters)
"""

from urllib.parse import quote

from datasette import NotFound, Response, hookimpl
from datasette.utils import tilde_decode, tilde_encode

from anfragen import feeds
from anfragen.search_page import FACETS, Search, feed_rows

DATABASE = "anfragen"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


def _db(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound("Datenbank nicht gefunden") from None


def _inquiry_url(datasette, request, inquiry_id: str) -> str:
    path = datasette.urls.row(DATABASE, "inquiries", tilde_encode(inquiry_id))
    return datasette.absolute_url(request, path)


def _response(feed: feeds.Feed) -> Response:
    return Response(feeds.atom(feed), content_type=ATOM_TYPE)


async def all_answers(datasette, request):
    return await _inquiry_feed(datasette, request, "", feeds.ALL_PATH, "Neue Antworten auf Anfragen",
                               datasette.urls.table(DATABASE, "inquiries") + "?_sort_desc=answered_on")


async def by_submitter(datasette, request):
    name = tilde_decode(request.url_vars["name"])
    db = _db(datasette)
    found = await db.execute("select 1 from inquiry_submitters where submitter = ? limit 1", [name])
    if not found.rows:
        raise NotFound(f"Keine Anfragen von {name}")
    return await _inquiry_feed(datasette, request, name, feeds.submitter_path(name),
                               f"Neue Antworten an {name}",
                               datasette.urls.path("/-/suche") + "?fragesteller=" + quote(name))


async def _inquiry_feed(datasette, request, submitter: str, path: str, title: str, alternate: str):
    rows = await _db(datasette).execute(feeds.INQUIRIES_SQL,
                                        {"submitter": submitter, "limit": feeds.LIMIT})
    entries = [feeds.inquiry_entry(dict(r), _inquiry_url(datasette, request, r["id"]))
               for r in rows.rows]
    return _response(feeds.Feed(
        id=datasette.absolute_url(request, datasette.urls.path(path)), title=title,
        alternate=datasette.absolute_url(request, alternate),
        entries=[e for e in entries if e]))


async def by_service(datasette, request):
    service_id = tilde_decode(request.url_vars["service"])
    db = _db(datasette)
    service = (await db.execute("select id, name from services where id = ?", [service_id])).first()
    if service is None:
        raise NotFound(f"Keine Leistung {service_id}")
    rows = await db.execute(feeds.SERVICE_SQL, {"service": service_id, "limit": feeds.LIMIT})
    entries = [feeds.question_entry(dict(r), _inquiry_url(datasette, request, r["inquiry_id"]))
               for r in rows.rows]
    page = datasette.urls.row(DATABASE, "services", tilde_encode(service_id))
    return _response(feeds.Feed(
        id=datasette.absolute_url(request, datasette.urls.path(feeds.service_path(service_id))),
        title=f"Neue Antworten zu {service['name']}",
        alternate=datasette.absolute_url(request, page), entries=[e for e in entries if e]))


async def saved_search(datasette, request):
    search = Search.from_args(request.args)
    rows = await feed_rows(_db(datasette), search, feeds.LIMIT)
    entries = [feeds.question_entry(r, _inquiry_url(datasette, request, r["inquiry_id"]), search.q)
               for r in rows]
    words = [f"„{search.q}“"] if search.q else []
    words += [f"{FACETS[k][1]}: {v}" for k, v in search.filters.items()]
    title = "Neue Antworten" + (f" zur Suche {', '.join(words)}" if words else "")
    return _response(feeds.Feed(
        id=datasette.absolute_url(request, datasette.urls.path(feeds.SEARCH_PATH) + search.saved()),
        title=title, entries=[e for e in entries if e],
        alternate=datasette.absolute_url(request, datasette.urls.path("/-/suche") + search.saved())))


@hookimpl
def register_routes():
    return [
        (r"^/-/feeds/antworten\.atom$", all_answers),
        (r"^/-/feeds/fragesteller/(?P<name>[^/]+?)(?:\.|~2E)atom$", by_submitter),
        (r"^/-/feeds/leistung/(?P<service>[^/]+?)(?:\.|~2E)atom$", by_service),
        (r"^/-/feeds/suche\.atom$", saved_search),
    ]
