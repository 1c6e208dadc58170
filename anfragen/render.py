"""Answer Markdown → safe HTML, highlighted snippets → safe HTML, and the rows of
Datasette's table partial (``table_rows``).

Raw HTML in a source file is never passed through: markdown-it-py runs with HTML off
(so "<script>" arrives as text), its link validation drops ``javascript:``, ``vbscript:``,
``file:`` and ``data:`` URLs, and the result is cleaned once more by nh3 (the Ammonia
sanitiser) with a small allow-list, as defence in depth.
"""

from __future__ import annotations

import html
import urllib.parse
from functools import lru_cache

import nh3
from datasette.utils import to_css_class
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from . import german

MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters: never in real text

# markdown-it stops descending at maxNesting and silently drops what lies deeper; a text
# that reaches the limit is shown as plain preformatted text instead, so nothing is lost.
_MAX_NESTING = 40
_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False,
                                "maxNesting": _MAX_NESTING}).enable("table")
_TAGS = {"p", "ul", "ol", "li", "em", "strong", "a", "code", "pre", "blockquote", "br", "hr",
         "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "mark"}


def markdown_html(text: str | None) -> Markup:
    """Rendered, sanitised HTML of a Markdown text."""
    if not text:
        return Markup("")
    return _rendered(text)


@lru_cache(maxsize=8192)
def _rendered(text: str) -> Markup:
    # Served databases are immutable: the same answer is rendered on many pages (table,
    # search, service and inquiry pages), so its HTML is kept (Karlsruhe's 6 088 answers
    # with their HTML: about 12 MB).
    tokens = _md.parse(text)
    if _deepest(tokens) >= _MAX_NESTING - 1:
        return Markup(f"<pre>{html.escape(text, quote=False)}</pre>")
    raw = _md.renderer.render(tokens, _md.options, {})
    clean = nh3.clean(raw, tags=_TAGS, attributes={"a": {"href", "title"}, "ol": {"start"}},
                      url_schemes={"http", "https", "mailto"}, link_rel="nofollow noopener")
    return Markup(clean)


def _deepest(tokens) -> int:
    levels = [0]
    for token in tokens:
        levels.append(token.level)
        if token.children:
            levels.append(token.level + _deepest(token.children))
    return max(levels)


def marked_text(text: str | None, query: str | None) -> str:
    """``text`` with matches of ``query`` between private-use markers (SQL function)."""
    return german.highlight(text, query, start=MARK_START, end=MARK_END)


def marked_snippet(text: str | None, query: str | None) -> str:
    return german.snippet(text, query, words=40, start=MARK_START, end=MARK_END)


def marked_html(value: str) -> Markup:
    """Escaped text whose private-use markers become <mark>. Unescaping first makes the
    result safe whether or not the value was escaped before (any SQL can produce it)."""
    safe = html.escape(html.unescape(value), quote=False)
    return Markup(safe.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


# The <tr> rows of templates/_table.html, written in Python: Jinja's async loops cost about
# a microsecond per cell, and qa pages have 360 cells. The output is byte for byte what the
# former loops wrote (their whitespace included):
#     {% for row in display_rows %}
#         <tr>
#             {% for cell in row %}
#                 <td class="col-{{ cell.column|to_css_class }} type-{{ cell.value_type }}">{{ cell.value }}</td>
#             {% endfor %}
#         </tr>
#     {% endfor %}
_ROW_START = "\n            <tr>\n                "
_ROW_END = "\n            </tr>\n        "


@lru_cache(maxsize=1024)
def _cell_start(column: str, value_type: str) -> str:
    return (f'\n                    <td class="col-{escape(to_css_class(column))} '
            f'type-{escape(value_type)}">')


def table_rows(rows) -> Markup:
    """Datasette's ``display_rows`` (rows of cells: dicts with column, value, value_type)
    as the table body's rows, values escaped unless they are Markup."""
    out = []
    for row in rows:
        out.append(_ROW_START)
        for cell in row:
            out.append(_cell_start(cell["column"], cell["value_type"]))
            out.append(escape(cell["value"]))
            out.append("</td>\n                ")
        out.append(_ROW_END)
    return Markup("".join(out))


_SORT_ARGS = {"_sort", "_sort_desc", "_next"}


def sort_paths(path: str, query_string: str, columns) -> dict[str, tuple[str, str]]:
    """Each sortable column's links in a table's header: column name → (path sorting by it
    ascending, path sorting by it descending), the current query's other arguments kept.
    The same paths as Datasette's ``path_with_replaced_args(request, {"_sort": column,
    "_sort_desc": None, "_next": None})`` per column, with the query parsed once instead of
    once per column and link (half of the header's cost on a page of ``qa``)."""
    kept = urllib.parse.urlencode([(key, value) for key, value in urllib.parse.parse_qsl(query_string)
                                   if key not in _SORT_ARGS])
    start = f"{path}?{kept}&" if kept else f"{path}?"
    return {column["name"]: (start + urllib.parse.urlencode([("_sort", column["name"])]),
                             start + urllib.parse.urlencode([("_sort_desc", column["name"])]))
            for column in columns if column["sortable"]}
