"""The page of an inquiry lists its questions with their answers (row page template);
links to it from query results: plugins/cells.py."""

from datasette import hookimpl
from datasette.utils import tilde_decode

from anfragen import inquiry_page, labels

DATABASE = "anfragen"


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table != "inquiries" or request is None:
        return {}

    async def inner():
        pk = tilde_decode(request.url_vars.get("pks", ""))
        db = datasette.get_database(database)
        return await inquiry_page.context(db, pk, datasette.urls.path)

    return inner


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["datum"] = inquiry_page.german_date
    env.filters["spalte_de"] = labels.column
    env.filters["parameter_de"] = labels.parameter
    env.filters["crumb_de"] = labels.crumb

