"""Bench: roster eligibility and the ceiling check on the 100k demo database.

Targets (issue 4): eligibility of a 500-person roster under 200 ms; the
ceiling check under 20 ms. Each timed call opens its own session, as a GUI
action does; figures are medians after a warm-up run.

    python bench/bench_rosters.py [--db bench/demo-100k.sqlite | --db URL] [--runs 15]

Works on a copy (bench/rosters-bench.sqlite, or the server database
``rosters_bench`` made from the demo one as template when ``--db`` is a
PostgreSQL URL) so the shared demo database is never written: the copy gets one extra UNDOF rotation with 500 nominees drawn
at random (seed 1) from the 100,000 servicemen. The demo database is built
with ``demo.generate(factory, servicemen=100_000, seed=1)`` when missing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session  # noqa: E402
from kzpk_desktop.db.models import (  # noqa: E402
    Decision,
    DecisionCeiling,
    Mission,
    RosterEntry,
    Rotation,
    Serviceman,
)
from kzpk_desktop.services.ceilings import ceiling_problems, ceiling_usage  # noqa: E402
from kzpk_desktop.services.eligibility import eligibility_for_rotation  # noqa: E402
from kzpk_desktop.services.overview import mission_overview  # noqa: E402
from kzpk_desktop.services.roster_list import roster_rows  # noqa: E402
from kzpk_desktop.services.rosters import add_to_roster, set_status  # noqa: E402
from kzpk_desktop.services.rotations import RotationData, create_rotation  # noqa: E402

from demo_db import DEMO_DB, bench_copy, ensure_demo, settle  # noqa: E402

BENCH_NAME = "rosters-bench"
ROSTER_SIZE = 500
TARGETS_MS = {"eligibility": 200.0, "ceiling": 20.0}


def prepare(demo_url: str) -> tuple[str, int]:
    """Copy the demo database, add the 500-person bench rotation; its URL and id."""
    bench_url = bench_copy(demo_url, BENCH_NAME)
    engine = make_engine(bench_url)
    factory = make_session_factory(engine)
    with write_session(factory) as s:
        undof = s.execute(select(Mission.id).where(Mission.acronym == "UNDOF")).scalar_one()
        decision_id = s.execute(
            select(Decision.id).join(DecisionCeiling, DecisionCeiling.decision_id == Decision.id)
            .where(DecisionCeiling.mission_id == undof, Decision.superseded_by_id.is_(None))
            .order_by(Decision.date.desc())).scalars().first()
        number, last_end = s.execute(select(func.max(Rotation.number), func.max(
            Rotation.planned_end)).where(Rotation.mission_id == undof)).one()
        start = (last_end or dt.date.today()) + dt.timedelta(days=1)
        rotation = create_rotation(s, RotationData(
            mission_id=undof, number=(number or 0) + 1, name="Bench rotation",
            decision_id=decision_id, planned_start=start,
            planned_end=start + dt.timedelta(days=183)))
        ids = s.execute(select(Serviceman.id).where(Serviceman.status != "discharged")
                        ).scalars().all()
        chosen = random.Random(1).sample(ids, ROSTER_SIZE)
        add_to_roster(s, rotation.id, chosen[:450], category="troops", origin="BENCH")
        add_to_roster(s, rotation.id, chosen[450:], category="staff-officer", origin="BENCH")
        rotation_id = rotation.id
    settle(engine)
    engine.dispose()
    return bench_url, rotation_id


def median_ms(fn, runs: int) -> tuple[float, object]:
    result = fn()  # warm-up: fills SQLite's page cache, as a clerk's earlier clicks do
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", "--demo", dest="db", default=str(DEMO_DB),
                        help="the demo database: SQLite file or PostgreSQL URL")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    bench_url, rotation_id = prepare(ensure_demo(args.db))

    engine = make_engine(bench_url)
    factory = make_session_factory(engine)
    with factory() as s:
        people = s.scalar(select(func.count()).select_from(Serviceman))
        busiest = s.execute(
            select(RosterEntry.rotation_id).where(RosterEntry.status.in_(("approved", "deployed")))
            .group_by(RosterEntry.rotation_id).order_by(func.count().desc()).limit(1)).scalar()
        failures = eligibility_for_rotation(s, rotation_id)
        eligible = sorted(e for e, f in failures.items() if not f)
        # Approvable: nothing failed, or only document rules (approved with an override).
        approvable = sorted(failures, key=lambda e: (len(failures[e]), e))
        approvable = [e for e in approvable if all(f.overridable for f in failures[e])]

    def timed(label, kind, call):
        def fn():
            with factory() as s:
                return call(s)
        ms, result = median_ms(fn, args.runs)
        return label, kind, ms, result

    def approve(s):
        # Checks and write in one IMMEDIATE transaction, then rolled back so
        # every run approves the same entry.
        s.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        change = set_status(s, approvable[0], "approved",
                            override_reason="bench")
        s.rollback()
        return change

    cases = [
        timed(f"eligibility, {ROSTER_SIZE}-person roster", "eligibility",
              lambda s: eligibility_for_rotation(s, rotation_id)),
        timed("ceiling check, bench rotation", "ceiling",
              lambda s: ceiling_problems(s, rotation_id)),
        timed("ceiling check, busiest demo rotation", "ceiling",
              lambda s: ceiling_problems(s, busiest)),
        timed("ceiling usage (used / ceiling), bench rotation", "ceiling",
              lambda s: ceiling_usage(s, rotation_id)),
        timed(f"roster screen rows + eligibility, {ROSTER_SIZE} people", None,
              lambda s: roster_rows(s, rotation_id)),
        timed("approve one entry (rules + ceiling + write, rolled back)", None, approve),
        timed("mission overview (all missions)", None, lambda s: mission_overview(s)),
    ]
    engine.dispose()

    print(f"\ndatabase: copy of {args.db.rsplit('/', 1)[-1]} ({engine.dialect.name}): "
          f"{people:,} servicemen; bench rotation of "
          f"{ROSTER_SIZE} ({len(eligible)} eligible); median of {args.runs} runs; "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}")
    print(f"{'operation':<62} {'ms':>8} {'target':>8}")
    ok = True
    for label, kind, ms, _ in cases:
        target = TARGETS_MS.get(kind)
        ok &= target is None or ms < target
        print(f"{label:<62} {ms:8.1f} {f'{target:.0f}' if target else '-':>8}")
    print(f"\ntargets {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
