"""The site's own script and style files, at /-/<name> (the server is started without a
static folder, and the CSP allows scripts only from the site). Read once: they only change
with a new deployment."""

from pathlib import Path

from datasette import NotFound, Response, hookimpl

STATIC = Path(__file__).resolve().parent.parent / "static"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
FILES = {path.name: (path.read_text(encoding="utf-8"), TYPES[path.suffix])
         for path in sorted(STATIC.iterdir()) if path.suffix in TYPES}


async def static_file(request):
    name = request.url_vars["name"]
    if name not in FILES:
        raise NotFound("Datei nicht gefunden")
    text, content_type = FILES[name]
    return Response(text, content_type=content_type, headers={"cache-control": "max-age=3600"})


@hookimpl
def register_routes():
    return [(r"^/-/(?P<name>[\w-]+\.(?:js|css))$", static_file)]
