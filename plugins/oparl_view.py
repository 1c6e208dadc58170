"""OParl 1.1 JSON view (routes only; the objects are built by anfragen.oparl_export).

/-/oparl/system                      System: entry point, links to the bodies
/-/oparl/bodies                      every council
/-/oparl/body/<slug>                 one council: links to its papers and organisations
/-/oparl/body/<slug>/paper           its papers (paged: links.next)
/-/oparl/body/<slug>/organization    factions that asked, units that answered
/-/oparl/body/<slug>/person|meeting  empty lists (no such data)
/-/oparl/papers                      every paper (paged: links.next)
/-/oparl/paper/<inquiry id>          one inquiry as a Paper, with questions and answers
/-/oparl/organization/<key>          one faction or unit
"""

import json

from datasette import NotFound, Response, hookimpl
from datasette.utils import tilde_decode

from anfragen import oparl_export as oparl

DATABASE = "anfragen"


def _db(datasette):
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound("Datenbank nicht gefunden") from None


def _urls(datasette, request) -> oparl.Urls:
    def absolute(path: str) -> str:
        return datasette.absolute_url(request, datasette.urls.path(path))

    return oparl.Urls(api=absolute("/-/oparl"),
                      web_inquiry=absolute(f"/{DATABASE}/inquiries/"),
                      license=datasette.metadata("license_url"))


def _json(obj: dict) -> Response:
    response = Response.json(obj)
    response.headers["Access-Control-Allow-Origin"] = "*"  # OParl clients run in browsers too
    return response


async def _papers(db, inquiries: list[dict], urls: oparl.Urls) -> list[dict]:
    ids = [i["id"] for i in inquiries]
    rows = (await db.execute(oparl.QUESTIONS_SQL, {"ids": json.dumps(ids)})).rows
    by_inquiry: dict[str, list[dict]] = {}
    for row in rows:
        by_inquiry.setdefault(row["inquiry_id"], []).append(dict(row))
    return [oparl.paper(i, by_inquiry.get(i["id"], []), urls) for i in inquiries]


async def paper(datasette, request):
    db = _db(datasette)
    inquiry_id = tilde_decode(request.url_vars["id"])
    row = (await db.execute(oparl.PAPER_SQL, {"id": inquiry_id})).first()
    if row is None:
        raise NotFound(f"Keine Anfrage {inquiry_id}")
    return _json((await _papers(db, [dict(row)], _urls(datasette, request)))[0])


async def papers(datasette, request):
    return await _paper_list(datasette, request, None)


async def body_papers(datasette, request):
    return await _paper_list(datasette, request, await _body(datasette, request))


async def _paper_list(datasette, request, body: str | None):
    db = _db(datasette)
    urls = _urls(datasette, request)
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    params = {"body": body or ""}
    total = (await db.execute(oparl.PAPERS_COUNT_SQL, params)).rows[0][0]
    rows = await db.execute(oparl.PAPERS_SQL, {**params, "limit": oparl.PER_PAGE,
                                               "offset": (page - 1) * oparl.PER_PAGE})
    data = await _papers(db, [dict(r) for r in rows.rows], urls)
    return _json(oparl.paper_list(data, total, page, lambda p: urls.papers(body, p),
                                  per_page=oparl.PER_PAGE))


async def _bodies(datasette) -> list[str]:
    return [r[0] for r in (await _db(datasette).execute(oparl.BODIES_SQL)).rows]


async def _body(datasette, request) -> str:
    name = oparl.find_body(await _bodies(datasette), request.url_vars["body"])
    if name is None:
        raise NotFound("Kein Gremium " + request.url_vars["body"])
    return name


async def system(datasette, request):
    title = datasette.metadata("title") or "Anfragen"
    website = datasette.absolute_url(request, datasette.urls.instance())
    return _json(oparl.system(_urls(datasette, request), title, website))


async def bodies(datasette, request):
    urls = _urls(datasette, request)
    return _json(oparl.simple_list([oparl.body(b, urls) for b in await _bodies(datasette)]))


async def body(datasette, request):
    return _json(oparl.body(await _body(datasette, request), _urls(datasette, request)))


async def _organization_rows(datasette) -> list[dict]:
    return [dict(r) for r in (await _db(datasette).execute(oparl.ORGANIZATIONS_SQL)).rows]


async def body_organizations(datasette, request):
    name = await _body(datasette, request)
    urls = _urls(datasette, request)
    rows = [r for r in await _organization_rows(datasette) if r["body"] == name]
    return _json(oparl.simple_list([oparl.organization(r["body"], r["name"], r["role"], urls)
                                    for r in rows]))


async def body_empty(datasette, request):
    await _body(datasette, request)
    return _json(oparl.simple_list([]))


async def organization(datasette, request):
    row = oparl.find_organization(await _organization_rows(datasette), request.url_vars["key"])
    if row is None:
        raise NotFound("Keine Organisation " + request.url_vars["key"])
    return _json(oparl.organization(row["body"], row["name"], row["role"],
                                    _urls(datasette, request)))


@hookimpl
def register_routes():
    return [
        (r"^/-/oparl/?$", system),
        (r"^/-/oparl/system$", system),
        (r"^/-/oparl/bodies$", bodies),
        (r"^/-/oparl/body/(?P<body>[a-z0-9-]+)$", body),
        (r"^/-/oparl/body/(?P<body>[a-z0-9-]+)/paper$", body_papers),
        (r"^/-/oparl/body/(?P<body>[a-z0-9-]+)/organization$", body_organizations),
        (r"^/-/oparl/body/(?P<body>[a-z0-9-]+)/(?:person|meeting)$", body_empty),
        (r"^/-/oparl/papers$", papers),
        (r"^/-/oparl/paper/(?P<id>[^/]+)$", paper),
        (r"^/-/oparl/organization/(?P<key>[a-z0-9-]+)$", organization),
    ]
