"""Bench: the Overview area's figures on the 100k demo database (issue 13).

Target: the overview opens in under 300 ms. The page reads each chart's figures
as its own job on the operations layer's reader threads (three), so what the
clerk waits for is about the slowest part, not the sum; both are given. Each
timed read opens its own session as a GUI read does; figures are medians of
``--runs`` runs after a warm-up.

    python bench/bench_overview.py [--demo bench/demo-100k.sqlite] [--runs 9]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from kzpk_desktop.services.briefing import PARTS, briefing  # noqa: E402

from demo_db import DEMO_DB, build_demo  # noqa: E402

TARGET_MS = 300.0
READERS = 3  # gui/ops: the reader threads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=Path, default=DEMO_DB)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    if not args.demo.exists():
        build_demo(args.demo)
    engine = make_engine(f"sqlite:///{args.demo}")
    sessions = make_session_factory(engine)
    on = dt.date.today()

    def read(part: str) -> float:
        start = time.perf_counter()
        with sessions() as session:
            briefing(session, on, parts=(part,))
        return (time.perf_counter() - start) * 1000

    def parallel() -> float:
        start = time.perf_counter()
        with ThreadPoolExecutor(READERS) as pool:
            list(pool.map(read, PARTS))
        return (time.perf_counter() - start) * 1000

    for part in PARTS:  # warm-up
        read(part)
    rows = []
    for part in PARTS:
        rows.append((part, statistics.median(read(part) for _ in range(args.runs))))
    together = statistics.median(parallel() for _ in range(args.runs))
    print(f"| part | ms |\n|---|---:|")
    for part, ms in rows:
        print(f"| {part} | {ms:.0f} |")
    print(f"| sum of the parts (one after another) | {sum(ms for _, ms in rows):.0f} |")
    print(f"| the page: parts on {READERS} reader threads, all shown | {together:.0f} "
          f"(target {TARGET_MS:.0f}) |")
    engine.dispose()


if __name__ == "__main__":
    main()
