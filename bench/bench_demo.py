"""Bench: demo data for 100,000 servicemen, and the registry's SQL at that size (issue 2).

    python bench/bench_demo.py [--reuse] [--servicemen 100000] [--runs 15] [--db FILE_OR_URL]

``--db postgresql+psycopg://user@host/kzpk_bench`` runs the same on a PostgreSQL
server: that database is dropped and created again (unless ``--reuse`` finds it
filled), generated, and queried the same way.

Builds ``bench/registry-100k.sqlite`` with ``demo.generate(..., seed=1)`` and
times it (target: under 60 s), unless ``--reuse`` is given and the file is
there. Then times what a keystroke or a click costs in ``services.registry``:
count + first page of 200 for a typed word, sorting by surname (first, deep and
last page), other sorts, filters (target: under 50 ms each). Each call opens
its own session, as the list model does; figures are medians after a warm-up.
CPU ms is this process's own time, which other work on the machine does not
inflate. The window-level figures (start to first painted window, keystroke
to repainted table) are bench/bench_registry.py's.
"""
from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from kzpk_desktop.db.models import Rank, Serviceman  # noqa: E402
from kzpk_desktop.services import registry  # noqa: E402
from kzpk_desktop.services.registry import RegistryFilter  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from demo_db import is_url, recreate_database, settle  # noqa: E402

DEFAULT_DB = ROOT / "bench" / "registry-100k.sqlite"
GENERATION_TARGET_S = 60.0
QUERY_TARGET_MS = 50.0


def build(db: str, servicemen: int) -> tuple[float, float, str]:
    """(wall s, CPU s, summary) of generating the demo data into a new database."""
    from kzpk_desktop.services import demo

    if is_url(db):
        recreate_database(db)
        engine = make_engine(db)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        engine = make_engine(f"sqlite:///{db}")
        migrate.upgrade(engine, backup=None)
    sessions = make_session_factory(engine)
    wall, cpu = time.perf_counter(), time.process_time()
    summary = demo.generate(sessions, servicemen=servicemen, seed=1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    settle(engine)
    engine.dispose()
    return wall, cpu, summary.line()


def _filled(db: str) -> bool:
    if not is_url(db):
        return Path(db).exists()
    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            return bool(conn.execute(select(func.count()).select_from(Serviceman)).scalar())
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def timed(sessions, action, runs: int) -> tuple[float, float, object]:
    walls, cpus, result = [], [], None
    for _ in range(runs + 1):
        with sessions() as session:
            wall, cpu = time.perf_counter(), time.process_time()
            result = action(session)
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls[1:]), statistics.median(cpus[1:]), result


def keystroke(flt: RegistryFilter):
    """What the list does after the typing pause: count, then the first page."""
    def run(session):
        return registry.count(session, flt), len(registry.page(session, flt, limit=200))
    return run


def sort(key: str, *, descending: bool = False, where: str = "first"):
    def run(session):
        total = registry.count(session, RegistryFilter())
        offset = {"first": 0, "middle": total // 2, "last": max(0, total - 200)}[where]
        return len(registry.page(session, RegistryFilter(), sort=key, descending=descending,
                                 offset=offset, limit=200))
    return run


def machine_note() -> str:
    model = "unknown CPU"
    try:
        model = next(line.split(":", 1)[1].strip() for line in
                     Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (f"{os.cpu_count()} cores ({model}), CPython {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}; load average {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(DEFAULT_DB),
                        help="SQLite file or PostgreSQL URL (default: %(default)s)")
    parser.add_argument("--reuse", action="store_true", help="use the database if it exists")
    parser.add_argument("--servicemen", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {machine_note()}\n")
    print("| measure | wall (median) | CPU | result | target |")
    print("|---|---:|---:|---|---:|")
    name = args.db.rsplit("/", 1)[-1]
    if args.reuse and _filled(args.db):
        print(f"| demo data | reused {name} | | | |")
    else:
        wall, cpu, summary = build(args.db, args.servicemen)
        verdict = "ok" if wall < GENERATION_TARGET_S else "MISSED"
        print(f"| demo data, {args.servicemen:,} servicemen | {wall:.1f} s | {cpu:.1f} s | "
              f"{summary} | {GENERATION_TARGET_S:.0f} s {verdict} |")

    engine = make_engine(args.db if is_url(args.db) else f"sqlite:///{args.db}")
    sessions = make_session_factory(engine)
    with sessions() as session:
        some_iin = session.scalar(select(Serviceman.iin).order_by(Serviceman.sort_key).limit(1))
        captain = session.scalar(select(Rank.id).where(Rank.code == "captain"))
        total = session.scalar(select(func.count()).select_from(Serviceman))

    cases = [(f"search «{w}» (count + first page)", keystroke(RegistryFilter(text=w)))
             for w in ("а", "и", "ив", "иванов", "қасым", "ivan", some_iin[:6], "иванов с")]
    cases += [
        ("sort by surname, first page", sort("surname")),
        ("sort by surname, page in the middle", sort("surname", where="middle")),
        ("sort by surname, last page", sort("surname", where="last")),
        ("sort by surname descending, first page", sort("surname", descending=True)),
    ]
    cases += [(f"sort by {key}, first page", sort(key))
              for key in registry.SORT_KEYS if key != "surname"]
    cases += [
        ("filter status deployed (count + first page)", keystroke(RegistryFilter(status="deployed"))),
        ("filter women (count + first page)", keystroke(RegistryFilter(sex="F"))),
        ("filter captains (count + first page)", keystroke(RegistryFilter(rank_id=captain))),
        ("search «ив» + women (count + first page)", keystroke(RegistryFilter(text="ив", sex="F"))),
    ]
    for label, action in cases:
        wall, cpu, result = timed(sessions, action, args.runs)
        verdict = "ok" if wall < QUERY_TARGET_MS else "MISSED"
        shown = f"{result[0]:,} found" if isinstance(result, tuple) else f"{result} rows"
        print(f"| {label} | {wall:.1f} ms | {cpu:.1f} ms | {shown} | "
              f"{QUERY_TARGET_MS:.0f} ms {verdict} |")
    engine.dispose()
    print(f"\n{total:,} servicemen in {name} ({engine.dialect.name}); {machine_note()}")


if __name__ == "__main__":
    main()
