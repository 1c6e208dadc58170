"""The page of a service (row page of ``services``, template row-anfragen-services.html);
logic in anfragen.service_page."""

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from anfragen import service_page


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if request is None or table != "services":
        return {}
    if view_name == "row":
        async def row_vars():
            service_id = tilde_decode(request.url_vars.get("pks", ""))
            page = service_page.page_number(request.args.get("seite"))
            return await service_page.load(datasette.get_database(database), service_id, page)
        return row_vars
    return {}


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Service ids in the service_mentions view and in query results (column ``leistung``)
    link to the service page."""
    linked = (table == "service_mentions" and column == "service_id") or \
        (table is None and column == "leistung")
    if database != "anfragen" or not linked or not isinstance(value, str):
        return None
    href = datasette.urls.row(database, "services", tilde_encode(value))
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
