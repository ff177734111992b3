"""Export benchmarks (issue 5): `python bench/bench_exports.py [--db bench/demo-100k.sqlite]`.

1. Nominal roll of one rotation with 10,000 people (target < 2 s): a copy of the
   100k demo database gets one extra rotation with 10,000 deployed entries; and
   the Parliament report as of that rotation's first day, on the same copy.
2. "Export what I see": 100,000 servicemen x 15 columns streamed from the
   database into a workbook (``export_table``), against openpyxl's write-only
   mode writing the same values straight from the same query (target: <= 1.3x
   the time, < 200 MB). Each run is a fresh subprocess so its peak memory
   (VmHWM) is its own; the two are alternated.

``--db postgresql+psycopg://...`` runs part 1 on a PostgreSQL server (the copy is
the database ``exports_roll``, made from the demo database as template); part 2
reads a SQLite file only.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sqlalchemy import and_, insert, select  # noqa: E402
from sqlalchemy.orm import aliased  # noqa: E402

from kzpk_desktop.db.base import tracked_defaults  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session  # noqa: E402
from kzpk_desktop.db.models import (  # noqa: E402
    Decision,
    Document,
    DocumentKind,
    Mission,
    PersonnelCategory,
    Rank,
    RosterEntry,
    Rotation,
    Serviceman,
)

from demo_db import DEMO_DB, bench_copy, build_demo, ensure_demo, is_url  # noqa: E402

OUT = HERE / "out"
ROLL_SIZE = 10_000


def _factory(path: Path):
    engine = make_engine(f"sqlite:///{path}")
    return engine, make_session_factory(engine)


def _ensure_demo(path: Path) -> Path:
    if not path.exists():
        print(f"building {path} (100,000 servicemen, seed 1) ...", flush=True)
        build_demo(path)
    return path


# --- 1. the nominal roll ---------------------------------------------------------------------

def bench_roll(demo_url: str) -> dict:
    from kzpk_desktop.exports.reports import export_nominal_roll, export_parliament_report

    OUT.mkdir(exist_ok=True)
    engine = make_engine(bench_copy(demo_url, "exports-roll"))
    factory = make_session_factory(engine)
    with write_session(factory) as s:
        undof = s.execute(select(Mission.id).where(Mission.acronym == "UNDOF")).scalar_one()
        decision = s.execute(select(Decision.id).order_by(Decision.id)).scalars().first()
        number = (s.execute(select(Rotation.number).where(Rotation.mission_id == undof)
                            .order_by(Rotation.number.desc())).scalars().first() or 0) + 1
        rotation = Rotation(mission_id=undof, number=number, name="Benchmark rotation",
                            decision_id=decision, planned_start=dt.date(2030, 1, 1),
                            planned_end=dt.date(2030, 12, 31), status="deployed")
        s.add(rotation)
        s.flush()
        troops = s.execute(select(PersonnelCategory.id)
                           .where(PersonnelCategory.code == "troops")).scalar_one()
        people = s.execute(select(Serviceman.id).order_by(Serviceman.id).limit(ROLL_SIZE)
                           ).scalars().all()
        s.execute(insert(RosterEntry), [
            {**tracked_defaults(), "rotation_id": rotation.id, "serviceman_id": p,
             "category_id": troops, "status": "deployed", "appointment": "Rifleman",
             "sub_unit": f"{i % 12 + 1}th platoon", "arrival_date": dt.date(2030, 1, 2),
             "un_index": f"{9_000_000 + i}"} for i, p in enumerate(people)])
        rotation_id = rotation.id
    times, direct = [], []
    for i in range(3):
        start = time.perf_counter()
        with factory() as s:
            export_nominal_roll(s, OUT / "roll-10k.xlsx", rotation_id=rotation_id, user="bench")
        times.append(time.perf_counter() - start)
        # For scale: openpyxl write-only writing the same values, unstyled, from the same query.
        start = time.perf_counter()
        with factory() as s:
            _roll_direct(s, rotation_id, OUT / "roll-10k-openpyxl.xlsx")
        direct.append(time.perf_counter() - start)
    parliament = []
    for i in range(3):
        start = time.perf_counter()
        with factory() as s:
            export_parliament_report(s, OUT / "parliament.xlsx", as_of=dt.date(2030, 1, 2),
                                     user="bench")
        parliament.append(time.perf_counter() - start)
    dialect = engine.dialect.name
    engine.dispose()
    return {"rows": ROLL_SIZE, "seconds": times, "median": statistics.median(times),
            "direct": statistics.median(direct), "parliament": parliament,
            "parliament_median": statistics.median(parliament), "dialect": dialect}


def _roll_direct(session, rotation_id: int, path: Path) -> None:
    from dataclasses import astuple

    from openpyxl import Workbook

    from kzpk_desktop.services.reports import nominal_roll

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Nominal roll")
    for row in nominal_roll(session, rotation_id=rotation_id).rows:
        ws.append(list(astuple(row)))
    wb.save(path)


# --- 2. export what I see --------------------------------------------------------------------

HEADERS = ("Id", "Rank", "Surname", "Given name", "Patronymic", "Surname (Latin)",
           "Given names (Latin)", "IIN", "Service No.", "Sex", "Born", "Status", "Speciality",
           "Blood group", "Passport expires")
KINDS = ("int", "text", "text", "text", "text", "text", "text", "id", "id", "text", "date",
         "text", "text", "text", "date")


def _list_query(kinds: dict[str, int]):
    passport = aliased(Document)
    return (
        select(Serviceman.id, Rank.name_ru, Serviceman.surname, Serviceman.given_name,
               Serviceman.patronymic, Serviceman.surname_latin, Serviceman.given_names_latin,
               Serviceman.iin, Serviceman.service_number, Serviceman.sex, Serviceman.birth_date,
               Serviceman.status, Serviceman.speciality, Serviceman.blood_group,
               passport.expires_on)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .outerjoin(passport, and_(passport.serviceman_id == Serviceman.id,
                                  passport.kind_id == kinds["national_passport"],
                                  passport.is_current.is_(True)))
        .order_by(Serviceman.sort_key, Serviceman.id)
        .execution_options(yield_per=2000)
    )


def _rss_mb(field: str) -> float:
    """VmRSS (now) or VmHWM (peak) of this process. Not ru_maxrss: Linux carries the
    parent's peak into a forked child, so a child's ru_maxrss can be its parent's."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024


def child(mode: str, demo: Path) -> None:
    """One measured run in this (fresh) process; prints JSON."""
    engine, factory = _factory(demo)
    with factory() as s:
        kinds = dict(s.execute(select(DocumentKind.code, DocumentKind.id)).all())
        count = s.execute(select(Serviceman.id).order_by(Serviceman.id.desc()).limit(1)
                          ).scalar_one()
    rss_before = _rss_mb("VmRSS")
    start = time.perf_counter()
    with factory() as s:
        rows = s.execute(_list_query(kinds))
        if mode == "ours":
            from kzpk_desktop.exports.reports import export_table
            from kzpk_desktop.exports.workbook import Column

            columns = [Column(h, 14, k) for h, k in zip(HEADERS, KINDS)]
            export_table(OUT / "list-ours.xlsx", columns, rows, title="Servicemen",
                         user="bench", total=count)
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Servicemen")
            ws.append(list(HEADERS))
            for row in rows:
                ws.append(list(row))
            wb.save(OUT / "list-openpyxl.xlsx")
    seconds = time.perf_counter() - start
    peak = _rss_mb("VmHWM")
    engine.dispose()
    print(json.dumps({"mode": mode, "seconds": seconds, "peak_mb": peak,
                      "before_mb": rss_before}))


def bench_table(demo: Path, repeats: int) -> dict:
    OUT.mkdir(exist_ok=True)
    results: dict[str, list[dict]] = {"ours": [], "openpyxl": []}
    for _ in range(repeats):
        for mode in ("openpyxl", "ours"):
            out = subprocess.run([sys.executable, __file__, "--child", mode, "--db", str(demo)],
                                 check=True, capture_output=True, text=True).stdout
            results[mode].append(json.loads(out.strip().splitlines()[-1]))
    summary = {}
    for mode, runs in results.items():
        summary[mode] = {"seconds": [r["seconds"] for r in runs],
                         "median": statistics.median(r["seconds"] for r in runs),
                         "peak_mb": max(r["peak_mb"] for r in runs),
                         "before_mb": max(r["before_mb"] for r in runs)}
    summary["ratio"] = summary["ours"]["median"] / summary["openpyxl"]["median"]
    return summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=str(DEMO_DB))
    parser.add_argument("--child", choices=("ours", "openpyxl"))
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--reports-only", action="store_true",
                        help="only part 1 (nominal roll and Parliament report)")
    args = parser.parse_args()
    demo = Path(args.db)
    if args.child:
        child(args.child, demo)
        return
    roll = bench_roll(ensure_demo(args.db))
    print(f"[{roll['dialect']}] nominal roll, {roll['rows']} rows: median {roll['median']:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in roll['seconds'])}; target < 2 s); openpyxl "
          f"write-only, same values unstyled: median {roll['direct']:.2f} s")
    print(f"[{roll['dialect']}] Parliament report as of 02.01.2030: median "
          f"{roll['parliament_median']:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in roll['parliament'])})")
    if args.reports_only or (is_url(args.db) and not args.db.startswith("sqlite")):
        return  # "export what I see" compares with openpyxl on the SQLite file only
    demo = _ensure_demo(demo)
    table = bench_table(demo, args.repeats)
    for mode in ("openpyxl", "ours"):
        m = table[mode]
        print(f"export what I see, 100k x 15, {mode}: median {m['median']:.1f} s "
              f"(runs {', '.join(f'{t:.1f}' for t in m['seconds'])}), peak RSS "
              f"{m['peak_mb']:.0f} MB (of which {m['before_mb']:.0f} MB before the export)")
    print(f"ratio ours / openpyxl write-only: {table['ratio']:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
