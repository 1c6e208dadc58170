"""Parse and enrich many files, in worker processes when there are enough of them.

Parsing and enrichment are pure (text in, rows out), so they can run in other processes
while the builder writes rows in file order; the rows are the same either way, and the
order of the results is the order of the jobs (``Executor.map``), so a parallel build
writes exactly what a serial one writes. Small builds (an incremental one after a few
edits) stay in the calling process: starting workers would cost more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .enrich import Enricher
from .model import InputError
from .parse import parse_inquiry
from .rows import Rows, rows_for
from .sources import decode

PARALLEL_FROM = 400  # files; below this a worker pool does not pay for its start
CHUNK = 32  # files a worker takes at a time: fewer round trips, still an even spread


@dataclass(frozen=True)
class Job:
    path: str
    inquiry_id: str
    data: bytes


def rows_or_error(job: Job, enricher: Enricher) -> Rows | InputError:
    """The rows of one file, or the InputError that refuses it."""
    try:
        inquiry = parse_inquiry(decode(job.data, job.path), job.path)
    except InputError as exc:
        return exc
    return rows_for(inquiry, job.inquiry_id, job.path, enricher)


def parse_all(jobs: list[Job], vocabulary: Path | None, enricher: Enricher) -> Iterator[Rows | InputError]:
    """Rows (or the error) of each job, in the order of ``jobs``."""
    workers = min(os.cpu_count() or 1, 4)
    if len(jobs) < PARALLEL_FROM or workers < 2:
        for job in jobs:
            yield rows_or_error(job, enricher)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                             initargs=(vocabulary,)) as pool:
        for outcome in pool.map(_work, jobs, chunksize=CHUNK):
            # An exception does not travel well between processes: it comes back as a tuple.
            yield InputError(*outcome) if isinstance(outcome, tuple) else outcome


_worker_enricher: Enricher | None = None


def _start_worker(vocabulary: Path | None) -> None:
    global _worker_enricher
    _worker_enricher = Enricher(vocabulary)


def _work(job: Job) -> Rows | tuple:
    outcome = rows_or_error(job, _worker_enricher)
    if isinstance(outcome, InputError):
        return (outcome.path, outcome.line, outcome.message)
    return outcome
