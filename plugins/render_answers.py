"""Render answer Markdown as safe HTML in table and row pages; show search highlights."""

from datasette import hookimpl

from anfragen import render

# (table, column) pairs whose values are Markdown written by the administration or askers.
MARKDOWN_COLUMNS = {
    ("answers", "text"), ("qa", "answer"), ("preambles", "text"), ("questions", "context"),
    ("qa", "context"), ("inquiries", "intro"),
}


@hookimpl
def render_cell(value, column, table):
    if not isinstance(value, str):
        return None
    if render.MARK_START in value:
        return render.marked_html(value)
    if (table, column) in MARKDOWN_COLUMNS:
        return render.markdown_html(value)
    return None
