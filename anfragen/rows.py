"""Parsed objects → database rows: a pure function, no SQLite.

Ids are stable and readable: the inquiry id comes from the file's path
("mainz/2024/1424.md" → "mainz-2024-1424"), questions are "<inquiry>-q<position>",
answers "<inquiry>-a<position>", preambles "<inquiry>-p<position>".
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import PurePosixPath

from .enrich import Enricher
from .model import Inquiry
from .submitters import groups_of

Rows = dict[str, list[dict]]


@lru_cache(maxsize=None)  # a build asks several times per file (sources.Source.inquiry_id)
def inquiry_id_for(relative_path: str) -> str:
    """'mainz/2024/1424.md' → 'mainz-2024-1424'."""
    return str(PurePosixPath(relative_path).with_suffix("")).replace("/", "-")


def rows_for(inquiry: Inquiry, iid: str, source_path: str, enricher: Enricher | None = None) -> Rows:
    """Every row one inquiry contributes, keyed by table name."""
    rows: Rows = {name: [] for name in (
        "inquiries", "answers", "questions", "answer_references", "preambles", "inquiry_persons",
        "inquiry_submitters", "parse_issues", "answer_services", "question_services", "commitments")}
    rows["inquiries"].append({
        "id": iid, "body": inquiry.body, "reference": inquiry.reference, "title": inquiry.title,
        "kind": inquiry.kind, "submitter": inquiry.submitter, "asked_on": inquiry.asked_on,
        "answered_on": inquiry.answered_on, "place": inquiry.place, "signed_by": inquiry.signed_by,
        "signer_role": inquiry.signer_role, "unit": inquiry.unit, "meeting": inquiry.meeting,
        "intro": inquiry.intro, "source_path": source_path, "source_url": inquiry.source_url,
    })
    answer_ids = [f"{iid}-a{n}" for n in range(1, len(inquiry.answers) + 1)]
    question_ids = {q.number: f"{iid}-q{q.position}" for q in reversed(inquiry.questions)}
    for n, answer in enumerate(inquiry.answers):
        rows["answers"].append({"id": answer_ids[n], "inquiry_id": iid, "position": n + 1,
                                "text": answer.text, "is_pointer": int(answer.is_pointer),
                                "line": answer.line, "grouping": answer.grouping})
        for number in answer.points_to:
            if number in question_ids:
                rows["answer_references"].append({"answer_id": answer_ids[n],
                                                  "question_id": question_ids[number]})
    for q in inquiry.questions:
        rows["questions"].append({
            "id": f"{iid}-q{q.position}", "inquiry_id": iid, "position": q.position,
            "number": q.number, "text": q.text, "context": q.context or None,
            "answer_id": answer_ids[q.answer] if q.answer is not None else None, "line": q.line,
            "services": "[]"})  # filled by the enricher
    for n, p in enumerate(inquiry.preambles, start=1):
        rows["preambles"].append({"id": f"{iid}-p{n}", "inquiry_id": iid, "position": n,
                                  "kind": p.kind, "side": p.side, "text": p.text, "line": p.line})
    for name in dict.fromkeys(inquiry.submitter_persons):
        rows["inquiry_persons"].append({"inquiry_id": iid, "name": name})
    for n, group in enumerate(groups_of(inquiry.submitter), start=1):
        rows["inquiry_submitters"].append({"inquiry_id": iid, "submitter": group, "position": n})
    for n, issue in enumerate(inquiry.issues, start=1):
        rows["parse_issues"].append({"id": f"{iid}-i{n}", "inquiry_id": iid, "field": issue.field,
                                     "reason": issue.reason, "line": issue.line,
                                     "source_path": source_path})
    if enricher is not None:
        enricher.add_rows(inquiry, rows)
    return rows


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)
