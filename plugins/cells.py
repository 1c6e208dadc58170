"""How cells show on table, row and query pages, in one ``render_cell`` hook: answer
Markdown as safe HTML, search highlights, inquiry and service ids as links.

Datasette calls the hook for every cell of a page (320 on a page of ``qa``), and pluggy's
cost is per implementation: one hook here instead of one per plugin saves about a
fifth of a millisecond per hundred cells (docs/performance.md)."""

from datasette import hookimpl
from datasette.utils import tilde_encode
from markupsafe import Markup, escape

from anfragen import render

DATABASE = "anfragen"

# (table, column) pairs whose values are Markdown written by the administration or askers.
MARKDOWN_COLUMNS = {
    ("answers", "text"), ("qa", "answer"), ("preambles", "text"), ("questions", "context"),
    ("qa", "context"), ("inquiries", "intro"),
}

# Columns holding ids that link to a row page: (table or None for query results, column)
# → the table whose row page it is. Inquiry ids in canned query results link to the
# inquiry page, service ids to the service page.
LINKED_COLUMNS = {
    (None, "anfrage"): "inquiries",
    (None, "leistung"): "services",
    ("service_mentions", "service_id"): "services",
}


@hookimpl
def render_cell(value, column, table, database, datasette):
    if not isinstance(value, str):
        return None
    if render.MARK_START in value:
        return render.marked_html(value)
    if (table, column) in MARKDOWN_COLUMNS:
        return render.markdown_html(value)
    target = LINKED_COLUMNS.get((table, column))
    if target is None or database != DATABASE:
        return None
    href = datasette.urls.row(database, target, tilde_encode(value))
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
