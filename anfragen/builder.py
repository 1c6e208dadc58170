"""Build the database from inquiry files: incremental, atomic, all-or-nothing.

The new database is written to a temporary file beside the target and moved into place
with ``os.replace`` only when every file was read without error; readers of the old file
never see a half-built one, and a failed build leaves it untouched. When the old database
was built with the same schema and vocabulary, it is copied and only changed, new and
deleted files are applied (keyed on each file's SHA-256); otherwise (another schema,
vocabulary or version of the package's code) everything is parsed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import database, schema
from .enrich import Enricher
from .model import InputError
from .parsing_pool import Job, parse_all
from .sources import Source, digest, read, scan


class BuildFailed(Exception):
    """One or more input errors; ``errors`` holds them all, in file order."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class BuildReport:
    counts: dict[str, int] = field(default_factory=dict)
    parsed: int = 0
    unchanged: int = 0
    removed: int = 0
    incremental: bool = False


def build(roots: list[Path], db_path: Path, vocabulary: Path | None = None,
          full: bool = False) -> BuildReport:
    """Build ``db_path`` from the Markdown files below ``roots``. Raises BuildFailed."""
    try:
        sources = scan(roots)
    except InputError as exc:
        raise BuildFailed([exc]) from None
    enricher = Enricher(vocabulary)
    tmp = db_path.with_name(f".{db_path.name}.tmp-{os.getpid()}")
    try:
        report = _write(sources, db_path, tmp, enricher, full)
        os.replace(tmp, db_path)
        return report
    finally:
        tmp.unlink(missing_ok=True)


def code_fingerprint() -> str:
    """Hash of the package's source: a changed parser or enricher means every file must be
    read again, so an incremental build never mixes rows of two parser versions."""
    digest_ = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest_.update(path.relative_to(package).as_posix().encode())
        digest_.update(path.read_bytes())
    return digest_.hexdigest()


def _previous_state(db_path: Path, enricher: Enricher) -> dict[str, tuple[str, str]] | None:
    """{path: (sha256, inquiry id)} of a compatible previous build, or None."""
    if not db_path.exists():
        return None
    try:
        db = database.open_db(db_path)
        info = database.build_info(db)
        if info.get("schema_version") != str(schema.SCHEMA_VERSION) or \
                info.get("vocabulary") != enricher.fingerprint or \
                info.get("code") != code_fingerprint():
            return None
        return {r["path"]: (r["sha256"], r["inquiry_id"]) for r in db["sources"].rows}
    except Exception:  # an unreadable old file is simply rebuilt from scratch
        return None


def _write(sources: list[Source], db_path: Path, tmp: Path, enricher: Enricher, full: bool) -> BuildReport:
    state = None if full else _previous_state(db_path, enricher)
    report = BuildReport(incremental=state is not None)
    if state is not None:
        shutil.copyfile(db_path, tmp)
        db = database.open_db(tmp)
    else:
        tmp.unlink(missing_ok=True)
        db = database.open_db(tmp)
        schema.create(db)
        db["services"].insert_all(enricher.service_rows())
        state = {}
    errors: list[InputError] = []
    with db.atomic():
        current = {str(s.path): s for s in sources}
        for path, (_, iid) in state.items():
            if path not in current:
                database.delete_inquiry(db, iid)
                db["sources"].delete(path)
                report.removed += 1
        writer = database.RowWriter(db)
        changed = _changed_sources(sources, state, report, errors)
        jobs = [Job(str(source.path), source.inquiry_id, data) for source, _, _, data in changed]
        for (source, previous, sha, _), outcome in zip(changed, parse_all(jobs, enricher.vocabulary_path, enricher),
                                                       strict=True):
            if isinstance(outcome, InputError):
                errors.append(outcome)
                continue
            if previous:  # the old rows of a changed file go before its new ones are written
                database.delete_inquiry(db, previous[1])
            writer.add(outcome, {"path": str(source.path), "sha256": sha, "inquiry_id": source.inquiry_id})
            report.parsed += 1
        writer.flush()
        errors.sort(key=lambda e: e.path)
        errors.extend(_duplicate_reference_errors(db))
        if errors:
            raise BuildFailed(errors)
        database.update_service_mentions(db)
        database.set_build_info(db, schema_version=str(schema.SCHEMA_VERSION),
                                vocabulary=enricher.fingerprint, code=code_fingerprint())
    broken = database.check_integrity(db)
    if broken:
        raise RuntimeError(f"foreign key check failed (a bug, not bad input): {broken[:5]}")
    report.counts = database.counts(db)
    db.close()
    return report


def _changed_sources(sources: list[Source], state: dict, report: BuildReport,
                     errors: list[InputError]) -> list[tuple[Source, tuple | None, str, bytes]]:
    """(source, previous state, sha256, bytes) of every new or changed file; unreadable
    files go to ``errors``, unchanged ones are counted."""
    changed = []
    for source in sources:
        previous = state.get(str(source.path))
        try:
            data = read(source.path)
        except InputError as exc:
            errors.append(exc)
            continue
        sha = digest(data)
        if previous and previous[0] == sha:
            report.unchanged += 1
        else:
            changed.append((source, previous, sha, data))
    return changed


def _duplicate_reference_errors(db) -> list[InputError]:
    errors = []
    for body, reference, paths in database.duplicate_references(db):
        first, *others = sorted(paths)
        for other in others:
            errors.append(InputError(other, 1, f"reference {reference} ({body or 'no body'}) "
                                     f"is already claimed by {first}"))
    return errors
