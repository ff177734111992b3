"""The ministry and three field offices edit at random and exchange packages that are lost,
duplicated, replayed and reordered; once delivery settles, every office holds the same data.

Several hundred seeded schedules run in the suite (30 with the ministry on PostgreSQL, where
each needs a database of its own). Each starts from copies of offices set up once.
``KZPK_EXCHANGE_SCHEDULES=N`` runs N of them, ``KZPK_EXCHANGE_SEED=S`` starts at seed S
(``KZPK_EXCHANGE_SEED=17 KZPK_EXCHANGE_SCHEDULES=1`` repeats a failing one). Seed 3 deletes
a person at a field office and at the ministry, which then restores it.
"""
from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy.engine import make_url

from .conftest import PG_URL
from .world import prepare, run_schedule

SCHEDULES = int(os.environ.get("KZPK_EXCHANGE_SCHEDULES") or (30 if PG_URL else 300))
FIRST_SEED = int(os.environ.get("KZPK_EXCHANGE_SEED") or 0)
#: The schedules are run in this many tests (seed n in group n % GROUPS), so that a failure
#: shows early and the progress is visible.
GROUPS = 10
FIELDS = ("f1", "f2", "f3")


@pytest.fixture(scope="module")
def world_template(request, tmp_path_factory):
    """Offices set up once: SQLite files for the field offices (and the ministry, unless it
    is on PostgreSQL, where it is a template database)."""
    folder = tmp_path_factory.mktemp("world")
    template = request.getfixturevalue("_template_db")
    fields = []
    for name in FIELDS:
        shutil.copyfile(template, folder / f"{name}.sqlite")
        fields.append(folder / f"{name}.sqlite")
    if not PG_URL:
        shutil.copyfile(template, folder / "m.sqlite")
        prepare(f"sqlite:///{folder / 'm.sqlite'}", [f"sqlite:///{p}" for p in fields])
        yield {"ministry": folder / "m.sqlite", "fields": fields, "folder": folder}
        return
    server, pg_template, names = request.getfixturevalue("_pg_server")
    ministry = next(names)
    with server.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {ministry} TEMPLATE {pg_template}")
    prepare(_pg(ministry), [f"sqlite:///{p}" for p in fields])
    yield {"ministry": ministry, "fields": fields, "folder": folder, "server": server,
           "names": names}
    with server.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {ministry} WITH (FORCE)")


def _pg(name: str) -> str:
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _copies(t: dict, seed: int) -> tuple[str, list[str], str | None]:
    folder = t["folder"] / f"s{seed}"
    folder.mkdir()
    fields = []
    for path in t["fields"]:
        shutil.copyfile(path, folder / path.name)
        fields.append(f"sqlite:///{folder / path.name}")
    if not PG_URL:
        shutil.copyfile(t["ministry"], folder / "m.sqlite")
        return f"sqlite:///{folder / 'm.sqlite'}", fields, None
    name = next(t["names"])
    with t["server"].connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {t['ministry']}")
    return _pg(name), fields, name


@pytest.mark.parametrize("group", range(GROUPS))
def test_offices_converge(group, world_template):
    seeds = [s for s in range(FIRST_SEED, FIRST_SEED + SCHEDULES) if s % GROUPS == group]
    if not seeds:
        pytest.skip("no schedule falls in this group (KZPK_EXCHANGE_SCHEDULES is small)")
    failures = []
    for seed in seeds:
        ministry, fields, pg_name = _copies(world_template, seed)
        try:
            problem = run_schedule(seed, ministry, fields, ready=True)
        finally:
            if pg_name is not None:
                with world_template["server"].connect() as conn:
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {pg_name} WITH (FORCE)")
            shutil.rmtree(world_template["folder"] / f"s{seed}", ignore_errors=True)
        if problem is not None:
            failures.append(problem)
    assert not failures, failures
