"""What is derived, not read: service mentions and commitments, added to an inquiry's rows.

The vocabulary is loaded once per build; the enricher is then applied to each inquiry's
rows (see ``rows.rows_for``). Its ``fingerprint`` goes into the build state, so a changed
vocabulary forces a full rebuild rather than a database that mixes two vocabularies.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .commitments import extract_commitments
from .model import Inquiry
from .services import ServiceMatcher, display_aliases, load_vocabulary


class Enricher:
    def __init__(self, vocabulary_path: str | Path | None):
        self.vocabulary_path = vocabulary_path  # worker processes load the same vocabulary
        self.services = load_vocabulary(vocabulary_path) if vocabulary_path else []
        self.matcher = ServiceMatcher(self.services)
        self.names = {s.id: s.name for s in self.services}
        raw = Path(vocabulary_path).read_bytes() if vocabulary_path else b""
        self.fingerprint = hashlib.sha256(raw).hexdigest()

    def service_rows(self) -> list[dict]:
        return [{"id": s.id, "name": s.name, "kind": s.kind, "description": s.description,
                 "aliases": json.dumps(list(display_aliases(s)), ensure_ascii=False),
                 "ozg_id": s.ozg_id, "leika": s.leika} for s in self.services]

    def add_rows(self, inquiry: Inquiry, rows: dict[str, list[dict]]) -> None:
        for answer in rows["answers"]:
            mentions = self._mentions(answer["text"])
            rows["answer_services"].extend(
                {"answer_id": answer["id"], "service_id": m.service_id, "mention": m.text,
                 "start": m.start} for m in mentions)
            for n, c in enumerate(extract_commitments(answer["text"], inquiry.answered_on), start=1):
                named = sorted({m.service_id for m in mentions if c.start <= m.start < c.start + len(c.sentence)})
                rows["commitments"].append({
                    "id": f"{answer['id']}-c{n}", "answer_id": answer["id"],
                    "inquiry_id": answer["inquiry_id"], "text": c.text, "due": c.due,
                    "precision": c.precision, "phrase": c.phrase, "sentence": c.sentence,
                    "start": c.start, "services": json.dumps(named)})
        named_in_answer = {}
        for row in rows["answer_services"]:
            named_in_answer.setdefault(row["answer_id"], set()).add(row["service_id"])
        for question in rows["questions"]:
            mentions = self._mentions(question["text"])
            rows["question_services"].extend(
                {"question_id": question["id"], "service_id": m.service_id, "mention": m.text,
                 "start": m.start} for m in mentions)
            # the services of the question and of its answer, for the qa view and its facet
            named = {m.service_id for m in mentions} | named_in_answer.get(question["answer_id"], set())
            question["services"] = json.dumps(sorted(self.names[s] for s in named), ensure_ascii=False)

    def _mentions(self, text: str):
        # One row per (service, offset): the primary key of the mention tables.
        seen, out = set(), []
        for m in self.matcher.find(text):
            if (m.service_id, m.start) not in seen:
                seen.add((m.service_id, m.start))
                out.append(m)
        return out
