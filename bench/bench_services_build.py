"""What service matching adds to a full build of the Karlsruhe corpus (issue: ≤ 30 %).

Usage: .venv/bin/python bench/bench_services_build.py [--corpus ../shared/corpus/karlsruhe] [--repeat 3]

The corpus is imported once into a temporary folder; then full builds run alternately
with an empty vocabulary (the baseline: everything but matching) and with services.yml,
``--repeat`` times each, in the same run. Printed: median build times and the share
matching adds. The machine is shared, so the alternation and the medians matter.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from anfragen.builder import build  # noqa: E402
from anfragen.imports.cli import run_import_oparl  # noqa: E402


def timed_build(folder: Path, vocabulary: Path, db: Path) -> float:
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    build([folder], db, vocabulary, full=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/karlsruhe")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        folder = work / "inquiries"
        run_import_oparl([str(args.corpus), "--to", str(folder / "karlsruhe")])
        empty = work / "empty.yml"
        empty.write_text("[]\n", encoding="utf-8")
        times = {"without matching": [], "with matching": []}
        timed_build(folder, empty, work / "a.db")  # warm-up: imports, caches, disk
        for _ in range(args.repeat):
            times["without matching"].append(timed_build(folder, empty, work / "a.db"))
            times["with matching"].append(timed_build(folder, ROOT / "services.yml", work / "b.db"))
    base, full = (statistics.median(v) for v in times.values())
    for name, values in times.items():
        print(f"{name:>17}: median {statistics.median(values):.2f} s  ({', '.join(f'{v:.2f}' for v in values)})")
    print(f"matching adds {100 * (full - base) / base:.1f} % to the full build (goal ≤ 30 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
