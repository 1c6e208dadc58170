"""The search page /-/suche (logic in anfragen.search_page), and the site's stylesheet
/-/anfragen.css added to every page (served by plugins/static_files.py)."""

from datasette import NotFound, Response, hookimpl

from anfragen import search_page

DATABASE = "anfragen"


async def suche(datasette, request):
    try:
        db = datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound("Datenbank nicht gefunden") from None
    search = search_page.Search.from_args(request.args)
    context = await search_page.run(db, search)
    context["hits_html"] = search_page.hits_html(context["hits"], datasette.urls.path)
    html = await datasette.render_template("suche.html", context, request=request)
    return Response.html(html)


@hookimpl
def register_routes():
    return [(r"^/-/suche$", suche)]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/anfragen.css")]
