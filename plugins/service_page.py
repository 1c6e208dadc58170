"""The page of a service (row page of ``services``, template row-anfragen-services.html);
logic in anfragen.service_page; links to it: plugins/cells.py."""

from datasette import hookimpl
from datasette.utils import tilde_decode

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

