"""Shared fixtures: a fresh, migrated SQLite file per test.

With KZPK_TEST_PG_URL set to a PostgreSQL server URL (a database the role may
CREATE DATABASE from, e.g. ``postgresql+psycopg://kzpk:kzpk@127.0.0.1/postgres``),
``db_url``/``engine``/``sessions`` give a fresh, migrated PostgreSQL database per
test instead, and tests that need an SQLite file (``db_path``, ``sqlite_only``)
are skipped.
"""
from __future__ import annotations

import itertools
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit seal key of the test run's "workstation", never the user's own.
os.environ.setdefault("KZPK_AUDIT_KEY", os.path.join(__import__("tempfile").mkdtemp(
    prefix="kzpk-test-key-"), "audit-seal.key"))

import pytest  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402

PG_URL = os.environ.get("KZPK_TEST_PG_URL")
_SQLITE_ONLY = "SQLite only (a database file, pragmas or sqlite3); KZPK_TEST_PG_URL is set"


_POSTGRES_ONLY = "PostgreSQL only (a server's roles, locks or tools); KZPK_TEST_PG_URL is not set"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if PG_URL and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=_SQLITE_ONLY))
        if not PG_URL and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason=_POSTGRES_ONLY))


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """Migrate once; each test gets a byte copy (much faster than migrating again)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, backup=None)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path, request):
    if PG_URL:
        pytest.skip(_SQLITE_ONLY)
    path = tmp_path / "kzpk.sqlite"
    shutil.copyfile(request.getfixturevalue("_template_db"), path)
    return path


@pytest.fixture(scope="session")
def _pg_server():
    """The server's maintenance connection and a migrated template database on it."""
    server = make_engine(PG_URL).execution_options(isolation_level="AUTOCOMMIT")
    prefix = f"kzpk_test_{os.getpid()}"
    template = f"{prefix}_template"
    with server.connect() as conn:
        # A linguistic (ICU) collation, as a real server would have: the code
        # must not rely on the database collation for prefix search and sort keys.
        conn.exec_driver_sql(f"CREATE DATABASE {template} TEMPLATE template0 ENCODING 'UTF8' "
                             "LOCALE_PROVIDER icu ICU_LOCALE 'ru-RU' LOCALE 'C.UTF-8'")
    url = make_url(PG_URL).set(database=template)
    engine = make_engine(url)
    migrate.upgrade(engine, backup=None)
    engine.dispose()
    names = (f"{prefix}_{n}" for n in itertools.count(1))
    yield server, template, names
    with server.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {template} WITH (FORCE)")
    server.dispose()


@pytest.fixture
def db_url(request):
    if not PG_URL:
        yield f"sqlite:///{request.getfixturevalue('db_path')}"
        return
    server, template, names = request.getfixturevalue("_pg_server")
    name = next(names)
    with server.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with server.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return make_session_factory(engine)
