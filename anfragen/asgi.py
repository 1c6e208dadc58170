"""The Datasette app exactly as ``make serve`` configures it, for several worker processes.

``datasette serve`` runs one process (uvicorn ``workers=1``): one core. This module builds
the same app (``--immutable`` database, ``metadata.yml``, ``plugins/``, ``templates/``,
every key of ``settings.json``) so that uvicorn can run it in N processes on one port:

    .venv/bin/python -m anfragen.asgi anfragen.db --workers 2 --host 127.0.0.1 --port 8001

(on Linux each worker then listens on a socket of its own, ``anfragen.workers``, so the
kernel spreads connections evenly over them)

or, with any ASGI server (each worker imports ``anfragen.asgi:app``)::

    ANFRAGEN_DB=anfragen.db DATASETTE_SECRET=$(openssl rand -hex 32) \\
        uvicorn anfragen.asgi:app --workers 2 --host 127.0.0.1 --port 8001

The workers must share one signing secret (``DATASETTE_SECRET``): a form's CSRF token or
a ``ds_actor`` cookie signed by one worker is checked by whichever worker gets the next
request. ``python -m anfragen.asgi`` makes one up for the run when none is set; with plain
``uvicorn`` set it yourself (``app`` refuses to start without it). The workers share nothing
else: the database is immutable, and each keeps its own response cache.

Environment: ``ANFRAGEN_DB`` (the database file, required when imported),
``ANFRAGEN_ROOT`` (folder with metadata.yml, plugins/, templates/, settings.json; default:
this repository), ``DATASETTE_SECRET``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
from pathlib import Path

from . import workers

ROOT = Path(os.environ.get("ANFRAGEN_ROOT") or Path(__file__).resolve().parent.parent)


def build(db: str | os.PathLike, root: Path = ROOT, secret: str | None = None):
    """A ``Datasette`` configured as ``make serve`` configures it (not yet started)."""
    from datasette.app import DEFAULT_SETTINGS, Datasette
    from datasette.utils import parse_metadata

    settings = json.loads((root / "settings.json").read_text(encoding="utf-8"))
    unknown = sorted(set(settings) - set(DEFAULT_SETTINGS))
    if unknown:  # `datasette serve --setting` refuses these too
        raise ValueError(f"settings.json: unknown settings {unknown}")
    metadata = parse_metadata((root / "metadata.yml").read_text(encoding="utf-8"))
    return Datasette(
        immutables=[str(db)],
        metadata=metadata,
        plugins_dir=str(root / "plugins"),
        template_dir=str(root / "templates"),
        settings=settings,
        secret=secret or os.environ.get("DATASETTE_SECRET") or None,
        cache_headers=True,  # as `datasette serve` without --reload
    )


def __getattr__(name: str):
    # ``anfragen.asgi:app`` is built on first access (by each uvicorn worker), not on any
    # import of the package: importing this module must not need a database.
    if name == "app":
        db = os.environ.get("ANFRAGEN_DB")
        if not db:
            raise RuntimeError("set ANFRAGEN_DB to the database file to serve")
        if not Path(db).exists():
            raise RuntimeError(f"ANFRAGEN_DB: {db} does not exist")
        if not os.environ.get("DATASETTE_SECRET"):
            # each worker would make up its own: forms and cookies of one fail on the others
            raise RuntimeError("set DATASETTE_SECRET (the same for every worker)")
        app = build(db).app()
        globals()["app"] = app
        return app
    raise AttributeError(name)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="database file, served --immutable")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes (default 2: one per core of a 2-core machine)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--log-level", default="info")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        parser.error(f"{args.db} does not exist")
    import uvicorn

    os.environ["ANFRAGEN_DB"] = str(Path(args.db).resolve())
    os.environ["ANFRAGEN_ROOT"] = str(ROOT)
    os.environ.setdefault("DATASETTE_SECRET", secrets.token_hex(32))  # one for all workers
    build(args.db)  # fail here, once, on a bad metadata.yml or settings.json
    if args.workers > 1 and workers.spreads_connections():
        try:
            workers.serve(args.host, args.port, args.workers, args.log_level)
        except OSError as exc:
            parser.error(f"cannot listen on {args.host}:{args.port}: {exc.strerror}")
        return
    uvicorn.run("anfragen.asgi:app", host=args.host, port=args.port, workers=args.workers,
                log_level=args.log_level, lifespan="on")


if __name__ == "__main__":
    main()
