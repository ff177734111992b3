"""The ministry and three field offices edit at random and exchange packages that are lost,
duplicated, replayed and reordered; once delivery settles, every office holds the same data.

Each schedule starts from copies of offices set up once, on engines kept from the schedule
before, with the offices' clocks on simulated time and the uids of new records (and of audit
events) drawn from a generator seeded with the schedule's seed (``World(uids=...)``), so a
seed plays out the same in every run, the same records under the same uids (only the
reference data's uids, made when the template database is migrated, differ between runs):
about a second a schedule. ``KZPK_EXCHANGE_SCHEDULES=N`` runs N of them,
``KZPK_EXCHANGE_SEED=S`` starts at seed S (``KZPK_EXCHANGE_SEED=17 KZPK_EXCHANGE_SCHEDULES=1``
repeats one). Seed 3 deletes a person at a field office and at the ministry, which then
restores it.

The suite runs the first 250 seeds (about 2.5 minutes of wall on SQLite, less than a second
of cpu a schedule);
``KZPK_EXCHANGE_SCHEDULES=1000`` runs more. The rules each failing seed pointed to are in
bench/RESULTS.md ("Exchange between offices"). A failure names the rows that differ between
the ministry and a field office, and the conflicts still open; a schedule that raises names
its seed.
"""
from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy.engine import make_url

from kzpk_desktop.db.engine import make_engine

from .conftest import PG_URL
from .world import prepare, run_schedule

SCHEDULES = int(os.environ.get("KZPK_EXCHANGE_SCHEDULES") or 250)
FIRST_SEED = int(os.environ.get("KZPK_EXCHANGE_SEED") or 0)
#: The schedules are run in this many tests (seed n in group n % GROUPS), so that a failure
#: shows early and the progress is visible.
GROUPS = max(1, min(10, SCHEDULES))
FIELDS = ("f1", "f2", "f3")


@pytest.fixture(scope="module")
def world_template(request, tmp_path_factory):
    """Offices set up once: SQLite files for the field offices (and the ministry, unless it
    is on PostgreSQL, where it is a template database). Every schedule runs on copies at
    the same places, so the engines (and the statements they compiled) are kept."""
    folder = tmp_path_factory.mktemp("world")
    template = request.getfixturevalue("_template_db")
    fields = []
    for name in FIELDS:
        shutil.copyfile(template, folder / f"{name}.sqlite")
        fields.append(folder / f"{name}.sqlite")
    run = folder / "run"
    run.mkdir()
    t = {"fields": fields, "run": run, "engines": {}}
    if not PG_URL:
        shutil.copyfile(template, folder / "m.sqlite")
        prepare(f"sqlite:///{folder / 'm.sqlite'}", [f"sqlite:///{p}" for p in fields])
        t["ministry"] = folder / "m.sqlite"
    else:
        server, pg_template, names = request.getfixturevalue("_pg_server")
        t.update(server=server, ministry=next(names), run_name=next(names))
        with server.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {t['ministry']} TEMPLATE {pg_template}")
        prepare(_pg(t["ministry"]), [f"sqlite:///{p}" for p in fields])
    yield t
    for engine in t["engines"].values():
        engine.dispose()
    if PG_URL:
        with t["server"].connect() as conn:
            for name in (t["run_name"], t["ministry"]):
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _pg(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _copies(t: dict) -> tuple[str, list[str]]:
    """Fresh copies of the set-up offices, always at the same places."""
    def copy(source, target) -> str:
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(source, target)
        return f"sqlite:///{target}"

    fields = [copy(p, t["run"] / p.name) for p in t["fields"]]
    if not PG_URL:
        ministry = copy(t["ministry"], t["run"] / "m.sqlite")
    else:
        with t["server"].connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {t['run_name']} WITH (FORCE)")
            conn.exec_driver_sql(f"CREATE DATABASE {t['run_name']} TEMPLATE {t['ministry']}")
        ministry = _pg(t["run_name"])
    for url in [ministry, *fields]:
        if url not in t["engines"]:
            t["engines"][url] = make_engine(url)
    return ministry, fields


@pytest.mark.parametrize("group", range(GROUPS))
def test_offices_converge(group, world_template):
    seeds = [s for s in range(FIRST_SEED, FIRST_SEED + SCHEDULES) if s % GROUPS == group]
    if not seeds:
        pytest.skip("no schedule falls in this group (KZPK_EXCHANGE_SCHEDULES is small)")
    failures = []
    for seed in seeds:
        ministry, fields = _copies(world_template)
        try:
            problem = run_schedule(seed, ministry, fields, ready=True,
                                   engines=world_template["engines"])
        except Exception as exc:
            exc.add_note(f"in the schedule of seed {seed}")
            raise
        if problem is not None:
            failures.append(problem)
    assert not failures, failures


def test_a_seed_replays_exactly(world_template):
    """The same seed played twice (uids of new records included) ends with the same data, so
    a failing seed can be replayed and studied."""
    seed = FIRST_SEED + 2
    runs = []
    for _ in range(2):
        ministry, fields = _copies(world_template)
        digests: dict = {}
        problem = run_schedule(seed, ministry, fields, ready=True,
                               engines=world_template["engines"], digests=digests)
        assert problem is None, problem
        runs.append(digests)
    assert runs[0] == runs[1]
    assert len(set(runs[0].values())) == 1
