"""Fresh databases for exchange tests: the ministry on the suite's database kind (SQLite, or
PostgreSQL with KZPK_TEST_PG_URL), field offices on SQLite files as on a laptop."""
from __future__ import annotations

import itertools
import os
import shutil

import pytest
from sqlalchemy.engine import make_url

from .offices import OfficeDb, pair
from .world import seed_ministry

PG_URL = os.environ.get("KZPK_TEST_PG_URL")


@pytest.fixture
def fresh_url(request, tmp_path):
    """A function giving the URL of a new, migrated database on each call (the ministry's)."""
    created = []
    counter = itertools.count(1)

    def make() -> str:
        n = next(counter)
        if not PG_URL:
            path = tmp_path / f"ministry-{n}.sqlite"
            shutil.copyfile(request.getfixturevalue("_template_db"), path)
            return f"sqlite:///{path}"
        server, template, names = request.getfixturevalue("_pg_server")
        name = next(names)
        with server.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
        created.append(name)
        return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)

    yield make
    if created:
        server, _, _ = request.getfixturevalue("_pg_server")
        with server.connect() as conn:
            for name in created:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def field_url(request, tmp_path):
    """A function giving a new, migrated SQLite file per call (a field laptop)."""
    counter = itertools.count(1)

    def make(name: str = "field") -> str:
        path = tmp_path / f"{name}-{next(counter)}.sqlite"
        shutil.copyfile(request.getfixturevalue("_template_db"), path)
        return f"sqlite:///{path}"

    return make


@pytest.fixture
def offices(fresh_url, field_url):
    """The ministry (seeded with a decision and a rotation) and two field offices, F1 and F2,
    trusting each other; a module may define its own ``offices``."""
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    f1, f2 = OfficeDb(field_url("f1"), "F1"), OfficeDb(field_url("f2"), "F2")
    pair(m, f1, f2)
    yield m, f1, f2
    for o in (m, f1, f2):
        o.close()
