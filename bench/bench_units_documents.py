"""Bench: the expiring-documents view and the unit member list on the 100k demo database.

Target (issue 3): each under 100 ms. Every timed call opens its own session,
as a GUI action does, and the figure is the median of several runs after a
warm-up run (which fills SQLite's page cache, as a clerk's earlier clicks do).

    python bench/bench_units_documents.py [--db bench/demo-100k.sqlite] [--runs 15]

Uses bench/demo-100k.sqlite when it exists (the other benches share it);
otherwise builds it with the demo generator first (several minutes).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from kzpk_desktop.db.models import Document, Serviceman, Unit  # noqa: E402
from kzpk_desktop.services import assignments, documents, expiry, settings, units  # noqa: E402

from demo_db import DEMO_DB, build_demo  # noqa: E402

DEFAULT_DB = DEMO_DB
PAGE = 200
TARGET_MS = 100.0


def schema_drift(engine) -> list:
    """Differences between the file's schema (indexes included) and the current models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kzpk_desktop.db.base import Base

    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def median_ms(fn, runs: int) -> tuple[float, float, object]:
    """Median wall-clock and CPU milliseconds (CPU shows the cost on a busy shared machine)."""
    result = fn()  # warm-up
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), result


def pick_units(factory) -> tuple[int, int, int]:
    """The largest company by its own members, and the largest company and battalion
    with their sub-units."""
    with factory() as s:
        def largest(level: str, include_subunits: bool) -> int:
            ids = s.execute(select(Unit.id).where(Unit.level == level)).scalars().all()
            return max(ids, key=lambda u: units.count_members(s, u,
                                                              include_subunits=include_subunits))
        return (largest("company", False), largest("company", True),
                largest("battalion", True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} (100,000 servicemen, seed 1)...", flush=True)
        start = time.perf_counter()
        build_demo(args.db)
        print(f"built in {time.perf_counter() - start:.0f} s", flush=True)

    engine = make_engine(f"sqlite:///{args.db}")
    drift = schema_drift(engine)
    if drift:
        print(f"WARNING: {args.db.name} was built by an older schema ({len(drift)} difference(s), "
              f"e.g. {drift[0]}); delete it to rebuild, figures may not hold.", flush=True)
    factory = make_session_factory(engine)
    today = dt.date.today()
    with factory() as s:
        people = s.scalar(select(func.count()).select_from(Serviceman))
        docs = s.scalar(select(func.count()).select_from(Document))
        window = settings.warning_window_days(s)
        page_ids = s.execute(select(Serviceman.id).order_by(Serviceman.sort_key, Serviceman.id)
                             .limit(PAGE)).scalars().all()
    company, company_tree, battalion = pick_units(factory)

    def timed(label, call, target=False):
        def fn():
            with factory() as s:
                return call(s)
        ms, cpu, result = median_ms(fn, args.runs)
        size = result if isinstance(result, int) else len(result)
        return label, ms, cpu, size, target

    cases = [
        timed(f"expiring documents, first page ({window} days)",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today, limit=PAGE), target=True),
        timed(f"expiring documents, count ({window} days; start-up notice)",
              lambda s: expiry.count_expiring(s, window, today), target=True),
        timed("expiring documents, first page, passports only",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today,
                                                  kind_codes=["national_passport"], limit=PAGE), target=True),
        timed("expiring documents, first page, battalion with sub-units",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today,
                                                  unit_id=battalion, limit=PAGE), target=True),
        timed("unit members, company (its own members), first page",
              lambda s: units.unit_members(s, company, limit=PAGE), target=True),
        timed("unit members, company (its own members), count",
              lambda s: units.count_members(s, company), target=True),
        timed("unit members, company with its platoons, first page",
              lambda s: units.unit_members(s, company_tree, include_subunits=True, limit=PAGE),
              target=True),
        timed("unit members, battalion with sub-units, first page",
              lambda s: units.unit_members(s, battalion, include_subunits=True, limit=PAGE), target=True),
        timed("unit members, battalion with sub-units, count",
              lambda s: units.count_members(s, battalion, include_subunits=True), target=True),
        timed("unit strength, battalion with sub-units",
              lambda s: units.unit_strength(s, battalion, True).by_speciality),
        timed(f"expiry badges for one registry page ({PAGE} people)",
              lambda s: expiry.expiry_badges(s, page_ids, today, window)),
        timed("unit tree (all units)", lambda s: units.unit_tree(s)),
        timed("assignment history of one serviceman",
              lambda s: assignments.assignment_history(s, page_ids[0])),
        timed("documents of one serviceman", lambda s: documents.list_documents(s, page_ids[0])),
    ]
    engine.dispose()

    print(f"\ndatabase: {args.db.name}: {people:,} servicemen, {docs:,} documents; "
          f"median of {args.runs} runs; {platform.python_implementation()} "
          f"{platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    print(f"{'query (* = has the 100 ms target)':<64} {'wall ms':>8} {'cpu ms':>7} {'rows':>6}")
    worst = 0.0
    for label, ms, cpu, size, target in cases:
        print(f"{('* ' if target else '  ') + label:<64} {ms:8.1f} {cpu:7.1f} {size:6}")
        if target:
            worst = max(worst, ms)
    print(f"\nslowest targeted query {worst:.1f} ms (target {TARGET_MS:.0f} ms): "
          f"{'met' if worst < TARGET_MS else 'NOT met'}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
