"""Relevance evaluation of search: a set of queries with the questions they should find.

Pure: loading the set and scoring a ranking function. The ranking function is given by
the caller (a database search, a similarity index …), so the same set measures any of
them. A question is identified by ``(reference, number)``: the inquiry's reference and
the question's number as printed in the answer document.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

QuestionKey = tuple[str, str]  # (reference, number)


@dataclass(frozen=True)
class Case:
    query: str
    expected: frozenset[QuestionKey]


@dataclass
class Result:
    """Mean recall@k and mean reciprocal rank over all cases; misses list the failed queries."""

    k: int
    recall: float
    mrr: float
    cases: int
    found: int  # cases with at least one expected question in the top k
    misses: list[str] = field(default_factory=list)


def load(path: str | Path) -> list[Case]:
    """Read a relevance YAML file: a list of ``{query, expected: [{reference, number}]}``."""
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    cases = []
    for entry in entries:
        expected = frozenset((str(e["reference"]), str(e["number"])) for e in entry["expected"])
        if not entry.get("query") or not expected:
            raise ValueError(f"{path}: case without query or expected questions: {entry!r}")
        cases.append(Case(str(entry["query"]), expected))
    return cases


def reciprocal_rank(ranking: Sequence[QuestionKey], expected: frozenset[QuestionKey]) -> float:
    """1/position of the first expected question in ``ranking`` (1-based), 0 if absent."""
    for position, key in enumerate(ranking, start=1):
        if key in expected:
            return 1 / position
    return 0.0


def recall_at(ranking: Sequence[QuestionKey], expected: frozenset[QuestionKey], k: int) -> float:
    """Share of the expected questions found among the first ``k`` of ``ranking``."""
    return len(expected & set(ranking[:k])) / len(expected)


def evaluate(
    cases: Sequence[Case], rank: Callable[[str], Sequence[QuestionKey]], k: int = 5
) -> Result:
    """Score ``rank(query) -> [(reference, number), …]`` (best first) on ``cases``."""
    recall = mrr = 0.0
    found, misses = 0, []
    for case in cases:
        ranking = [(str(r), str(n)) for r, n in rank(case.query)]
        case_recall = recall_at(ranking, case.expected, k)
        recall += case_recall
        mrr += reciprocal_rank(ranking, case.expected)
        if case_recall:
            found += 1
        else:
            misses.append(case.query)
    n = len(cases) or 1
    return Result(k, recall / n, mrr / n, len(cases), found, misses)
