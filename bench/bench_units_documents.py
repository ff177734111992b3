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

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session  # noqa: E402
from kzpk_desktop.db.models import Assignment, Document, Serviceman, Unit  # noqa: E402
from kzpk_desktop.services import expiry, settings, units  # noqa: E402

DEFAULT_DB = ROOT / "bench" / "demo-100k.sqlite"
PAGE = 200
TARGET_MS = 100.0


def build(path: Path) -> None:
    from kzpk_desktop.services import demo

    tmp = path.with_name(path.name + f".building-{os.getpid()}")
    engine = make_engine(f"sqlite:///{tmp}")
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    demo.generate(factory, servicemen=100_000, seed=1)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    if path.exists():  # someone else finished first: keep theirs
        tmp.unlink()
    else:
        tmp.rename(path)


def schema_drift(engine) -> list:
    """Differences between the file's schema (indexes included) and the current models."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from kzpk_desktop.db.base import Base

    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def median_ms(fn, runs: int) -> tuple[float, object]:
    result = fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def pick_units(factory) -> tuple[int, int]:
    """The company with the most current members, and the battalion with the most below it."""
    with factory() as s:
        company = s.execute(
            select(Assignment.unit_id).join(Unit, Unit.id == Assignment.unit_id)
            .where(Assignment.date_to.is_(None), Unit.level == "company")
            .group_by(Assignment.unit_id).order_by(func.count().desc()).limit(1)).scalar()
        battalions = s.execute(select(Unit.id).where(Unit.level == "battalion")).scalars().all()
        battalion = max(battalions, key=lambda b: units.count_members(s, b, include_subunits=True))
    return company, battalion


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} (100,000 servicemen, seed 1)...", flush=True)
        start = time.perf_counter()
        build(args.db)
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
    company, battalion = pick_units(factory)

    def timed(label, call):
        def fn():
            with factory() as s:
                return call(s)
        ms, result = median_ms(fn, args.runs)
        size = result if isinstance(result, int) else len(result)
        return label, ms, size

    cases = [
        timed(f"expiring documents, first page ({window} days)",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today, limit=PAGE)),
        timed(f"expiring documents, count ({window} days; start-up notice)",
              lambda s: expiry.count_expiring(s, window, today)),
        timed("expiring documents, first page, passports only",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today,
                                                  kind_codes=["national_passport"], limit=PAGE)),
        timed("expiring documents, first page, battalion with sub-units",
              lambda s: expiry.expiring_documents(s, within_days=window, today=today,
                                                  unit_id=battalion, limit=PAGE)),
        timed("unit members, company, first page",
              lambda s: units.unit_members(s, company, limit=PAGE)),
        timed("unit members, company, count",
              lambda s: units.count_members(s, company)),
        timed("unit members, battalion with sub-units, first page",
              lambda s: units.unit_members(s, battalion, include_subunits=True, limit=PAGE)),
        timed("unit members, battalion with sub-units, count",
              lambda s: units.count_members(s, battalion, include_subunits=True)),
        timed("unit strength, battalion with sub-units",
              lambda s: units.unit_strength(s, battalion, True).by_speciality),
        timed(f"expiry badges for one registry page ({PAGE} people)",
              lambda s: expiry.expiry_badges(s, page_ids, today, window)),
        timed("unit tree (all units)", lambda s: units.unit_tree(s)),
    ]
    engine.dispose()

    print(f"\ndatabase: {args.db.name}: {people:,} servicemen, {docs:,} documents; "
          f"median of {args.runs} runs; {platform.python_implementation()} "
          f"{platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}")
    print(f"{'query':<62} {'ms':>8} {'rows':>7}")
    worst = 0.0
    for label, ms, size in cases:
        print(f"{label:<62} {ms:8.1f} {size:7}")
        worst = max(worst, ms)
    print(f"\nslowest {worst:.1f} ms (target {TARGET_MS:.0f} ms): "
          f"{'met' if worst < TARGET_MS else 'NOT met'}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
