"""Bench: packages between the ministry and a field office (issue 12).

Targets: the first package of a 100,000-servicemen ministry under 60 s to export and under
60 s to import into an empty field database, and under 50 MB; a daily package of 1,000
field changes under 2 s each way.

    python bench/bench_exchange.py [--people 100000] [--daily 1000] [--schedules 0]

``--people N`` generates a ministry of N servicemen with the demo generator (seed 1) in a
temporary folder (a copy of bench/demo-100k.sqlite when N is 100,000 and it exists);
``--schedules N`` also runs N seeded convergence schedules of tests/exchange (the ministry
and three field offices editing and exchanging with losses, repeats and reordering) and
reports how many converged.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import func, select, update  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session  # noqa: E402
from kzpk_desktop.db.models import Serviceman  # noqa: E402
from kzpk_desktop.services.exchange import office, transfer  # noqa: E402


def _office(url: str, code: str, *, ministry: bool = False):
    engine = make_engine(url)
    migrate.upgrade(engine, backup=None)
    sessions = make_session_factory(engine)
    with write_session(sessions) as s:
        if office.this_office(s) is None:
            office.init_office(s, code=code, name=code, ministry=ministry)
    return engine, sessions


def _trust(a, b) -> None:
    with b.begin() as s:
        card = office.card(s)
    with write_session(a) as s:
        office.trust(s, card)


def ministry_db(folder: Path, people: int) -> str:
    path = folder / "ministry.sqlite"
    demo = ROOT / "bench" / "demo-100k.sqlite"
    if people == 100_000 and demo.exists():
        shutil.copyfile(demo, path)
    else:
        from kzpk_desktop.services import demo as demo_service

        engine = make_engine(f"sqlite:///{path}")
        migrate.upgrade(engine, backup=None)
        demo_service.generate(make_session_factory(engine), servicemen=people, seed=1)
        engine.dispose()
    return f"sqlite:///{path}"


def timed(label: str, job):
    start, cpu = time.perf_counter(), time.process_time()
    result = job()
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label}: {took:.2f} s (cpu {time.process_time() - cpu:.2f} s; load average "
          f"{os.getloadavg()[0]:.1f}; peak memory of the process so far {peak:.0f} MB)",
          flush=True)
    return result, took


def packages(people: int, daily: int) -> None:
    print(f"load average at the start: {os.getloadavg()}", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="kzpk-bench-exchange-"))
    try:
        (_, took) = timed(f"ministry of {people:,} servicemen ready",
                          lambda: ministry_db(folder, people))
        m_engine, m = _office(f"sqlite:///{folder / 'ministry.sqlite'}", "MOD", ministry=True)
        f_engine, f = _office(f"sqlite:///{folder / 'field.sqlite'}", "F1")
        _trust(m, f)
        _trust(f, m)
        first = folder / "first.kzpk"
        result, _ = timed("first package exported",
                          lambda: transfer.export_to_file(m, "F1", first))
        print(f"first package: {result.records:,} records, {result.size / 1e6:.1f} MB")
        summary, _ = timed("first package imported into an empty field database",
                           lambda: transfer.import_file(f, first))
        with f() as s:
            print(f"field office holds {s.scalar(select(func.count(Serviceman.id))):,} "
                  f"servicemen; conflicts {len(summary.conflicts)}, refused "
                  f"{len(summary.refused)}")
        # The field office's first package back carries the audit events of that import
        # (one per person and roster entry); after it the ministry acknowledges them.
        back = folder / "back.kzpk"
        result, _ = timed("field office's first package back (the import's audit events)",
                          lambda: transfer.export_to_file(f, "MOD", back))
        print(f"first package back: {result.records:,} records, {result.size / 1e6:.1f} MB")
        summary, _ = timed("  imported at the ministry", lambda: transfer.import_file(m, back))
        print(f"  audit events stored: {summary.events:,}")
        ack = folder / "ack.kzpk"
        timed("ministry's answer (acknowledgement) exported",
              lambda: transfer.export_to_file(m, "F1", ack))
        timed("  imported at the field office", lambda: transfer.import_file(f, ack))
        with write_session(f) as s:
            ids = list(s.scalars(select(Serviceman.id).order_by(Serviceman.id).limit(daily)))
            for n, person_id in enumerate(ids):
                s.execute(update(Serviceman).where(Serviceman.id == person_id)
                          .values(phone=f"+7 700 {n:07d}"))
        # Row by row, as clerks make them: each through the session's change capture.
        with write_session(f) as s:
            for person in s.scalars(select(Serviceman).where(Serviceman.id.in_(ids))):
                person.notes = "changed in the field"
        daily_file = folder / "daily.kzpk"
        result, _ = timed(f"daily package of {len(ids):,} field changes exported",
                          lambda: transfer.export_to_file(f, "MOD", daily_file))
        print(f"daily package: {result.records:,} records, {result.size / 1e3:.0f} kB")
        timed("daily package imported at the ministry",
              lambda: transfer.import_file(m, daily_file))
        m_engine.dispose()
        f_engine.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def schedules(count: int, first: int = 0) -> None:
    """Seeded convergence schedules as tests/exchange/test_convergence.py runs them: offices
    set up once, each schedule on copies, the clocks on simulated time."""
    from exchange.world import prepare, run_schedule

    folder = Path(tempfile.mkdtemp(prefix="kzpk-bench-schedules-"))
    template = folder / "template.sqlite"
    engine = make_engine(f"sqlite:///{template}")
    migrate.upgrade(engine, backup=None)
    engine.dispose()
    names = ("m", "f1", "f2", "f3")
    for name in names:
        shutil.copyfile(template, folder / f"{name}.sqlite")
    prepare(f"sqlite:///{folder / 'm.sqlite'}", [f"sqlite:///{folder / n}.sqlite"
                                                  for n in names[1:]])
    converged, failed = 0, []
    start = time.perf_counter()
    for seed in range(first, first + count):
        urls = []
        for name in names:
            path = folder / f"{name}-{seed}.sqlite"
            shutil.copyfile(folder / f"{name}.sqlite", path)
            urls.append(f"sqlite:///{path}")
        try:
            problem = run_schedule(seed, urls[0], urls[1:], ready=True)
        except Exception as exc:  # a schedule that breaks counts as failed, with its seed
            problem = f"seed {seed}: {exc}"
        finally:
            for u in urls:
                os.unlink(u.removeprefix("sqlite:///"))
        if problem is None:
            converged += 1
        else:
            failed.append(seed)
    took = time.perf_counter() - start
    print(f"convergence: {converged} of {count} schedules converged in {took:.0f} s"
          + (f"; failed seeds {failed}" if failed else ""))
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--daily", type=int, default=1000)
    parser.add_argument("--schedules", type=int, default=0)
    args = parser.parse_args()
    if args.people:
        packages(args.people, args.daily)
    if args.schedules:
        schedules(args.schedules)


if __name__ == "__main__":
    main()
