"""German table pages: labels for the parts of Datasette's table pages its own script
writes (static/datasette-de.js, served by plugins/static_files.py), and the rows of the
table partial and its header's sort links written in Python (``render.table_rows``,
``render.sort_paths``, used by templates/_table.html)."""

from datasette import hookimpl

from anfragen import render


@hookimpl
def extra_js_urls(view_name):
    return ["/-/datasette-de.js"] if view_name == "table" else []


@hookimpl
def prepare_jinja2_environment(env):
    env.globals["table_rows"] = render.table_rows
    env.globals["sort_paths"] = render.sort_paths
