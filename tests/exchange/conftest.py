"""Fresh databases for exchange tests: the ministry on the suite's database kind (SQLite, or
PostgreSQL with KZPK_TEST_PG_URL), field offices on SQLite files as on a laptop."""
from __future__ import annotations

import itertools
import os
import shutil

import pytest
from sqlalchemy.engine import make_url

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
