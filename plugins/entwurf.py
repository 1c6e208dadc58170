"""Drafting assistant: /-/entwurf (page), /-/similar.json (API), similarity_de() in SQL.

Hooks only; the logic is in anfragen.drafting and anfragen.similar. The first database
with a ``questions_fts`` table is the one searched.
"""

import secrets
from dataclasses import asdict

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Forbidden, Response
from itsdangerous import BadSignature

from anfragen import drafting, labels, render, similar
from anfragen.inquiry_page import anchor

MAX_BODY = 20 * 1024 * 1024


@hookimpl
def prepare_connection(conn):
    conn.create_function("similarity_de", 2, similar.similarity, deterministic=True)


@hookimpl
def skip_csrf(scope):
    # /-/similar.json is a read-only computation: scripts may call it without a token.
    # /-/entwurf checks its token itself (_csrf_ok): asgi-csrf 0.11 fails on multipart
    # forms (file uploads) with the installed python-multipart.
    return scope.get("path") in ("/-/similar.json", "/-/entwurf")


def _csrf_ok(datasette, request, form) -> bool:
    """The double-submit check asgi-csrf does: form token = signed ds_csrftoken cookie."""
    cookie = request.cookies.get("ds_csrftoken", "")
    token = form.get("csrftoken")
    if not cookie or not isinstance(token, str):
        return False
    try:
        datasette.unsign(cookie, "csrftoken")
    except BadSignature:  # a forged or foreign cookie
        return False
    return secrets.compare_digest(token, cookie)


@hookimpl
def register_routes():
    return [
        (r"^/-/entwurf$", entwurf_page),
        (r"^/-/similar\.json$", similar_json),
    ]


async def _database(datasette):
    for name, db in datasette.databases.items():
        if name != "_internal" and await db.table_exists("questions_fts"):
            return db
    return None


class _TooLarge(Exception):
    pass


async def _bounded_body(request) -> bytes:
    """The request body, read no further than MAX_BODY (a public server must not buffer
    whatever a client sends). Raises _TooLarge beyond it."""
    if int(request.headers.get("content-length") or 0) > MAX_BODY:
        raise _TooLarge
    body, more = b"", True
    while more:
        message = await request.receive()
        body += message.get("body", b"")
        if len(body) > MAX_BODY:
            raise _TooLarge
        more = message.get("more_body", False)
    return body


TOO_LARGE = "Die Eingabe ist zu groß (höchstens 20 MB)."


def _limit(value, default=5) -> int:
    try:
        return max(1, min(int(value), similar.MAX_LIMIT))
    except (TypeError, ValueError):
        return default


async def similar_json(datasette, request):
    db = await _database(datasette)
    if db is None:
        return Response.json({"error": "keine Datenbank mit Fragen"}, status=404)
    limit = _limit(request.args.get("limit"))
    if request.method == "POST":
        try:
            text = (await _bounded_body(request)).decode("utf-8", "replace")
        except _TooLarge:
            return Response.json({"error": TOO_LARGE}, status=413)
        result = await db.execute_fn(lambda conn: drafting.draft(conn, text, limit))
        return Response.json({"numbered": result.numbered,
                              "questions": [asdict(q) for q in result.questions]})
    query = request.args.get("q", "")
    results = await db.execute_fn(lambda conn: similar.similar_questions(conn, query, limit))
    return Response.json({"query": query, "results": results})


def _present(datasette, db_name: str, result: dict) -> dict:
    """A similar question as the template shows it: links, rendered and raw answer."""
    inquiries = datasette.urls.table(db_name, "inquiries")
    where = anchor(result["number"], result["position"])
    return {**result, "url": f"{inquiries}/{tilde_encode(result['inquiry_id'])}#{where}",
            "answer_html": render.markdown_html(result["answer"]),
            "grouping_label": labels.GROUPING.get(result.get("answer_grouping") or "")}


async def _submitted_text(datasette, request) -> tuple[str, str | None]:
    """(inquiry text, error message) from the posted form: the upload wins over the text.

    Raises Forbidden without a valid CSRF token."""
    try:
        body = await _bounded_body(request)
    except _TooLarge:
        return "", TOO_LARGE
    form = drafting.read_form(request.headers.get("content-type", ""), body)
    if not _csrf_ok(datasette, request, form):
        raise Forbidden("CSRF-Token fehlt oder ist ungültig – bitte die Seite neu laden.")
    upload = form.get("datei")
    if isinstance(upload, tuple) and upload[0]:
        try:
            return drafting.upload_text(*upload), None
        except drafting.UnreadableUpload as exc:
            return "", str(exc)
    text = form.get("text", "")
    return (text if isinstance(text, str) else ""), None


async def entwurf_page(datasette, request):
    db = await _database(datasette)
    context = {"text": "", "draft": None, "error": None}
    if request.method == "POST":
        text, error = await _submitted_text(datasette, request)
        context.update(text=text, error=error)
        if db is not None and text.strip() and not error:
            draft = await db.execute_fn(lambda conn: drafting.draft(conn, text))
            for question in draft.questions:
                question.results = [_present(datasette, db.name, r) for r in question.results]
            context["draft"] = draft
        elif not error:
            context["error"] = "Bitte den Text einer Anfrage einfügen oder eine Datei hochladen."
    html = await datasette.render_template("entwurf.html", context, request=request)
    return Response.html(html)

