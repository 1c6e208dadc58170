"""Data for the page of one inquiry: its questions with their answers, in order.

Pointer answers link to their target question; services and commitments are listed
beside each answer. Answers are rendered by ``render.markdown_html`` (safe HTML).
"""

from __future__ import annotations

import json
from datetime import date

from datasette.utils import tilde_encode

from . import doubts, render
from .submitters import groups_of

QA_SQL = """
select q.id, q.position, q.number, q.text, q.context, q.answer_id, a.text as answer,
  a.is_pointer, a.grouping,
  (select json_group_array(json_object('question_id', r.question_id, 'number', t.number))
     from answer_references r join questions t on t.id = r.question_id
     where r.answer_id = q.answer_id) as pointers,
  (select json_group_array(json_object('id', s.id, 'name', s.name)) from services s
     where s.id in (select service_id from answer_services where answer_id = q.answer_id
                    union select service_id from question_services where question_id = q.id)
  ) as services,
  (select json_group_array(json_object('text', c.text, 'due', c.due, 'phrase', c.phrase,
       'precision', c.precision))
     from (select * from commitments where answer_id = q.answer_id order by start) c) as commitments,
  (select count(*) from questions o where o.answer_id = q.answer_id) as sharing
from questions q left join answers a on a.id = q.answer_id
where q.inquiry_id = :id order by q.position
"""


EXTRA_SQL = {
    "preambles": "select kind, side, text from preambles where inquiry_id = :id order by position",
    "unpaired": """select a.text from answers a where a.inquiry_id = :id
                   and not exists (select 1 from questions q where q.answer_id = a.id)
                   order by a.position""",
    "doubts": """select field, reason, line from parse_issues where inquiry_id = :id
                 order by coalesce(line, 0)""",
}


def anchor(number: str, position: int) -> str:
    """Anchor of a question on the inquiry page: #frage-7, #frage-4a; a question the
    document does not number is #stelle-<position> (never colliding with a number)."""
    return f"frage-{number}" if number else f"stelle-{position}"


def label(number: str) -> str:
    """How a question is named in links: "Frage 7", or "Frage" when it has no number."""
    return f"Frage {number}" if number else "Frage (ohne Nummer)"


def question_link(row: dict) -> dict:
    """Where a question stands and how a result list names it (search, service pages).

    ``row`` has the question's ``inquiry_id``, ``number`` and ``position`` and the
    inquiry's ``title``, ``reference``, ``body``, ``submitter`` and ``answered_on``."""
    return {
        "path": f"/anfragen/inquiries/{tilde_encode(row['inquiry_id'])}",
        "anchor": anchor(row["number"], row["position"]),
        "label": label(row["number"]),
        "title": row["title"] or "Anfrage",
        **{key: row[key] for key in ("reference", "body", "submitter", "answered_on")},
    }


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def german_date(iso: str | None) -> str:
    """``2024-11-11`` → ``11. November 2024``; anything else is returned as it is."""
    try:
        day = date.fromisoformat((iso or "")[:10])
    except ValueError:
        return iso or ""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def due_label(commitment: dict) -> str:
    """How a deadline reads: "Ende 2024", "Ende März 2025", "30. Juni 2025"."""
    try:
        day = date.fromisoformat(commitment["due"])
    except (TypeError, ValueError):
        return commitment.get("due") or ""
    precision = commitment.get("precision")
    if precision == "year":
        return f"Ende {day.year}"
    if precision in ("month", "quarter", "half"):
        return f"Ende {MONTHS[day.month - 1]} {day.year}"
    return german_date(commitment["due"])


def sections(rows: list[dict], today: str | None = None) -> list[dict]:
    """Rows of QA_SQL → template-ready sections (pure, for tests). Commitments due before
    ``today`` (ISO date; default: the real today) are marked overdue."""
    today = today or date.today().isoformat()
    seen_answers: dict[str, str] = {}
    out = []
    for row in rows:
        pointers = [p for p in json.loads(row["pointers"] or "[]") if p.get("question_id")]
        own = {"anchor": anchor(row["number"], row["position"]), "label": label(row["number"])}
        first = seen_answers.setdefault(row["answer_id"], own) if row["answer_id"] else None
        whole = row.get("grouping") == "whole"
        out.append({
            "anchor": anchor(row["number"], row["position"]),
            "number": row["number"],
            "question": row["text"],
            "context_html": render.markdown_html(row["context"]),
            # an undivided answer to all questions is shown once, after the questions
            "answer_html": "" if whole else render.markdown_html(row["answer"]),
            "has_answer": row["answer_id"] is not None,
            "in_whole_answer": whole,
            "grouping": row.get("grouping"),
            "is_pointer": bool(row["is_pointer"]),
            "pointers": [{"number": p["number"], "anchor": anchor(p["number"], 0)} for p in pointers],
            "joint_with": first if row["sharing"] > 1 and first != own and not whole else None,
            "services": [s for s in json.loads(row["services"] or "[]") if s.get("id")],
            "commitments": [c | {"due_label": due_label(c), "overdue": (c["due"] or "") < today}
                            for c in json.loads(row["commitments"] or "[]") if c.get("text")],
        })
    return out


def whole_answers(rows: list[dict]) -> list[str]:
    """The texts of the undivided answers to all questions (rows of QA_SQL), each once:
    the page shows them after the questions."""
    return list({r["answer_id"]: r["answer"] for r in rows if r.get("grouping") == "whole"}.values())


def links(inquiry_id: str, submitter: str | None, path) -> dict:
    """Where the page links to besides itself; ``path`` is ``datasette.urls.path``."""
    from . import feeds

    return {
        "oparl": path(f"/-/oparl/paper/{tilde_encode(inquiry_id)}"),
        "all_feed": path(feeds.ALL_PATH),
        # one feed per group: a joint inquiry links to the feed of each of its groups
        "submitter_feeds": [(group, path(feeds.submitter_path(group))) for group in groups_of(submitter)],
        "search": path("/-/suche"),
    }


def service_href(service_id: str, path) -> str:
    return path(f"/anfragen/services/{tilde_encode(service_id)}")


async def context(db, inquiry_id: str, path) -> dict:
    """Template variables of the inquiry page."""
    row = (await db.execute("select submitter from inquiries where id = ?", [inquiry_id])).first()
    rows = [dict(r) for r in (await db.execute(QA_SQL, {"id": inquiry_id})).rows]
    found = sections(rows)
    for section in found:
        for service in section["services"]:
            service["href"] = service_href(service["id"], path)
    extra = {name: [dict(r) for r in (await db.execute(sql, {"id": inquiry_id})).rows]
             for name, sql in EXTRA_SQL.items()}
    return {"inquiry_sections": found,
            "inquiry_preambles": [p | {"html": render.markdown_html(p["text"])} for p in extra["preambles"]],
            "inquiry_unpaired": [render.markdown_html(a["text"]) for a in extra["unpaired"]],
            "inquiry_whole": [render.markdown_html(text) for text in whole_answers(rows)],
            "inquiry_doubts": [d | {"text": doubts.german(d["reason"])} for d in extra["doubts"]],
            "inquiry_links": links(inquiry_id, row["submitter"] if row else None, path)}
