"""German labels for the parts of Datasette's table pages its own script writes
(static/datasette-de.js, served by plugins/static_files.py)."""

from datasette import hookimpl


@hookimpl
def extra_js_urls(view_name):
    return ["/-/datasette-de.js"] if view_name == "table" else []
