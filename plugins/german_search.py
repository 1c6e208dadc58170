"""German-aware search everywhere: Datasette's table search, canned queries, templates.

Datasette's own search box calls ``escape_fts(:search)``; re-registering it (after
Datasette's default, hence trylast) with the German query builder makes the table search
use the same normalisation as the index. The connection's document frequencies bound the
expansions of very common stems (``german.COMMON_STEM``). Logic lives in ``anfragen.german``.
"""

from datasette import hookimpl

from anfragen import german, render


@hookimpl(trylast=True)
def prepare_connection(conn):
    frequency = german.frequencies(conn)
    conn.create_function("escape_fts", 1, lambda q: german.fts_query(q, frequency),
                         deterministic=True)
    conn.create_function("german_index", 1, german.index_text, deterministic=True)
    conn.create_function("highlight_de", 2, render.marked_text, deterministic=True)
    conn.create_function("snippet_de", 2, render.marked_snippet, deterministic=True)
