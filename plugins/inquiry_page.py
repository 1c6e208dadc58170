"""The page of an inquiry lists its questions with their answers (row page template)."""

from datasette import hookimpl
from datasette.utils import tilde_decode

from anfragen import inquiry_page


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "inquiries" or request is None:
        return {}

    async def inner():
        pk = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(database)
        return {"inquiry_sections": await inquiry_page.load(db, pk)}

    return inner
