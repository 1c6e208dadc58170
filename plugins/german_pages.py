"""German labels for the parts of Datasette's table pages its own script writes
(static/datasette-de.js; served from the site itself, as the CSP requires)."""

from pathlib import Path

from datasette import hookimpl
from datasette.utils.asgi import Response

SCRIPT = Path(__file__).resolve().parent.parent / "static" / "datasette-de.js"
PATH = "/-/datasette-de.js"


@hookimpl
def extra_js_urls(view_name):
    return [PATH] if view_name == "table" else []


@hookimpl
def register_routes():
    return [(r"^/-/datasette-de\.js$", script)]


async def script():
    return Response(SCRIPT.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8",
                    headers={"cache-control": "max-age=300"})
