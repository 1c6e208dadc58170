"""How well the Karlsruhe corpus is read: import every paper, parse every file, count.

    python bench/measure_corpus.py [--corpus ../shared/corpus/karlsruhe] [--sample 30]

Prints the share of inquiries with at least one question/answer pair, the share parsed
completely (every question has its answer, joint answer or pointer, and no parse issue),
how many complete inquiries rest on layout groupings (questions one after another, one
undivided answer),
both by layout era (2013–2015, 2016–2022, 2023 on), the most frequent parse issues, and a
random sample of complete inquiries (paper ids) to check by reading.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anfragen.imports import documents, oparl  # noqa: E402
from anfragen.model import InputError  # noqa: E402
from anfragen.parse import parse_inquiry  # noqa: E402


def era(reference: str) -> str:
    year = int(reference[:4]) if reference[:4].isdigit() else 0
    return "2013–2015" if year <= 2015 else "2016–2022" if year <= 2022 else "2023–"


def measure(corpus: Path):
    rows = []
    for item in oparl.papers_from_dir(corpus):
        converted = oparl.convert_paper(item, "Gemeinderat Karlsruhe")
        paper = item.paper["id"].rsplit("/", 1)[1]
        if converted.skipped:
            rows.append((paper, item.paper.get("reference", ""), "skipped", None))
            continue
        text = documents.render(converted.front, converted.body)
        try:
            inquiry = parse_inquiry(text, paper)
        except InputError:
            rows.append((paper, converted.reference, "no questions", None))
            continue
        pair = any(q.answer is not None for q in inquiry.questions)
        complete = pair and all(q.answer is not None or _has_sub(inquiry, q) for q in inquiry.questions) \
            and not inquiry.issues
        rows.append((paper, converted.reference, "complete" if complete else "pair" if pair else "none", inquiry))
    return rows


def _has_sub(inquiry, question) -> bool:
    return any(q.number.startswith(question.number) and q.number != question.number for q in inquiry.questions)


def report(rows, sample: int) -> None:
    eras = collections.defaultdict(collections.Counter)
    issues = collections.Counter()
    for _paper, reference, status, inquiry in rows:
        for key in ("all", era(reference or "0")):
            eras[key][status] += 1
        for issue in (inquiry.issues if inquiry else []):
            reason = issue.reason.split(": '")[0].split(": \"")[0]
            issues["".join("#" if c.isdigit() else c for c in reason)] += 1
    print(f"{'era':<10} {'papers':>6} {'skipped':>7} {'no qs':>6} {'≥1 pair':>8} {'complete':>9}")
    for key in ["all", "2013–2015", "2016–2022", "2023–"]:
        c = eras[key]
        n = sum(c.values())
        written = n - c["skipped"]
        pair = c["pair"] + c["complete"]
        print(f"{key:<10} {n:>6} {c['skipped']:>7} {c['no questions']:>6} "
              f"{pair / written:>8.1%} {c['complete'] / written:>9.1%}")
    complete_rows = [inquiry for _p, _r, status, inquiry in rows if status == "complete"]
    written = sum(1 for row in rows if row[2] != "skipped")
    kinds = collections.Counter()
    for inquiry in complete_rows:
        used = {a.grouping for a in inquiry.answers} - {None}
        kinds["whole" if "whole" in used else "consecutive" if "consecutive" in used else "other"] += 1
    print(f"\ncomplete inquiries by how their shared answers are grouped: {kinds['other']} need no layout "
          f"grouping ({kinds['other'] / written:.1%} of all with an answer text), {kinds['consecutive']} pair "
          f"questions that stand one after another, {kinds['whole']} have one undivided answer to all questions")
    print("\nmost frequent parse issues:")
    for reason, n in issues.most_common(10):
        print(f"{n:>6}  {reason}")
    complete = [paper for paper, _, status, _ in rows if status == "complete"]
    print(f"\nrandom sample of {sample} complete papers to check by reading:",
          " ".join(sorted(random.Random(1).sample(complete, min(sample, len(complete))))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "karlsruhe")
    parser.add_argument("--sample", type=int, default=30)
    args = parser.parse_args()
    report(measure(args.corpus), args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
