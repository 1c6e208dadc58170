"""Data for the page of one inquiry: its questions with their answers, in order.

Pointer answers link to their target question; services and commitments are listed
beside each answer. Answers are rendered by ``render.markdown_html`` (safe HTML).
"""

from __future__ import annotations

import json

from . import render

QA_SQL = """
select q.id, q.position, q.number, q.text, q.context, q.answer_id, a.text as answer,
  a.is_pointer,
  (select json_group_array(json_object('question_id', r.question_id, 'number', t.number))
     from answer_references r join questions t on t.id = r.question_id
     where r.answer_id = q.answer_id) as pointers,
  (select json_group_array(distinct s.name) from answer_services x
     join services s on s.id = x.service_id where x.answer_id = q.answer_id) as services,
  (select json_group_array(json_object('text', c.text, 'due', c.due, 'phrase', c.phrase))
     from commitments c where c.answer_id = q.answer_id) as commitments,
  (select count(*) from questions o where o.answer_id = q.answer_id) as sharing
from questions q left join answers a on a.id = q.answer_id
where q.inquiry_id = :id order by q.position
"""


def anchor(number: str, position: int) -> str:
    """Anchor of a question on the inquiry page: #frage-7, #frage-4a (position if unnumbered)."""
    return f"frage-{number or position}"


def sections(rows: list[dict]) -> list[dict]:
    """Rows of QA_SQL → template-ready sections (pure, for tests)."""
    seen_answers: dict[str, str] = {}
    out = []
    for row in rows:
        pointers = [p for p in json.loads(row["pointers"] or "[]") if p.get("question_id")]
        first = seen_answers.setdefault(row["answer_id"], anchor(row["number"], row["position"])) \
            if row["answer_id"] else None
        out.append({
            "anchor": anchor(row["number"], row["position"]),
            "number": row["number"],
            "question": row["text"],
            "context_html": render.markdown_html(row["context"]),
            "answer_html": render.markdown_html(row["answer"]),
            "has_answer": row["answer_id"] is not None,
            "is_pointer": bool(row["is_pointer"]),
            "pointers": [{"number": p["number"], "anchor": anchor(p["number"], 0)} for p in pointers],
            "joint_with": first if row["sharing"] > 1 and first != anchor(row["number"], row["position"]) else None,
            "services": [s for s in json.loads(row["services"] or "[]") if s],
            "commitments": [c for c in json.loads(row["commitments"] or "[]") if c.get("text")],
        })
    return out


async def load(db, inquiry_id: str) -> list[dict]:
    result = await db.execute(QA_SQL, {"id": inquiry_id})
    return sections([dict(r) for r in result.rows])
