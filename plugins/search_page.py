"""The search page /-/suche (logic in anfragen.search_page), and the site's stylesheet
/-/anfragen.css (static/anfragen.css, added to every page)."""

from pathlib import Path

from datasette import NotFound, Response, hookimpl

from anfragen import search_page

DATABASE = "anfragen"
STYLESHEET = Path(__file__).resolve().parent.parent / "static" / "anfragen.css"


async def suche(datasette, request):
    try:
        db = datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound("Datenbank nicht gefunden") from None
    search = search_page.Search.from_args(request.args)
    context = await search_page.run(db, search)
    html = await datasette.render_template("suche.html", context, request=request)
    return Response.html(html)


async def stylesheet():
    return Response(STYLESHEET.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8",
                    headers={"cache-control": "max-age=3600"})


@hookimpl
def register_routes():
    return [(r"^/-/suche$", suche), (r"^/-/anfragen\.css$", stylesheet)]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/anfragen.css")]
