"""Shared fixtures: a fresh, migrated SQLite file per test.

With KZPK_TEST_PG_URL set to a PostgreSQL server URL (a database the role may
CREATE DATABASE from, e.g. ``postgresql+psycopg://kzpk:kzpk@127.0.0.1/postgres``),
``db_url``/``engine``/``sessions`` give a fresh, migrated PostgreSQL database per
test instead, and tests that need an SQLite file (``db_path``, ``sqlite_only``)
are skipped.
"""
from __future__ import annotations

import gc
import itertools
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The audit seal key of the test run's "workstation", never the user's own.
os.environ.setdefault("KZPK_AUDIT_KEY", os.path.join(__import__("tempfile").mkdtemp(
    prefix="kzpk-test-key-"), "audit-seal.key"))

import pytest  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from kzpk_desktop.db import migrate, schema_state  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from kzpk_desktop.paths import MIGRATIONS_DIR  # noqa: E402

PG_URL = os.environ.get("KZPK_TEST_PG_URL")
_SQLITE_ONLY = "SQLite only (a database file, pragmas or sqlite3); KZPK_TEST_PG_URL is set"


_POSTGRES_ONLY = "PostgreSQL only (a server's roles, locks or tools); KZPK_TEST_PG_URL is not set"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if PG_URL and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=_SQLITE_ONLY))
        if not PG_URL and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason=_POSTGRES_ONLY))


def pytest_runtest_teardown(item):
    """The GUI's operations layer switches Python's automatic collector off and collects on
    the GUI thread's timer (gui/ops/collector.py); between tests no event loop runs, so
    collect here, on the tests' GUI thread, as the timer would."""
    if not gc.isenabled():
        from kzpk_desktop.gui.ops.collector import collect_now

        collect_now()


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


class FreshDatabases:
    """Fresh migrated databases on demand, on the server under test: SQLite copies of the
    template, or databases on the PostgreSQL server of KZPK_TEST_PG_URL (dropped at the
    end of the fixture that made them)."""

    def __init__(self, request, tmp_path_factory) -> None:
        self._request, self._tmp = request, tmp_path_factory
        self._made: list[str] = []

    def url(self) -> str:
        if not PG_URL:
            path = self._tmp.mktemp("db") / "kzpk.sqlite"
            shutil.copyfile(self._request.getfixturevalue("_template_db"), path)
            return f"sqlite:///{path}"
        server, template, names = self._request.getfixturevalue("_pg_server")
        name = next(names)
        with server.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {template}")
        self._made.append(name)
        return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)

    def drop(self) -> None:
        if not self._made:
            return
        server = self._request.getfixturevalue("_pg_server")[0]
        with server.connect() as conn:
            for name in self._made:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._made.clear()


@pytest.fixture
def fresh_databases(request, tmp_path_factory):
    """``fresh_databases.url()``: another fresh database for this test."""
    made = FreshDatabases(request, tmp_path_factory)
    yield made
    made.drop()


@pytest.fixture(scope="module")
def module_db_url(request, tmp_path_factory):
    """One fresh database shared by a module's tests (demo data generated once)."""
    made = FreshDatabases(request, tmp_path_factory)
    yield made.url()
    made.drop()


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return make_session_factory(engine)


@pytest.fixture
def newer_schema(tmp_path, monkeypatch):
    """This version's migrations plus an empty revision after its head (as the next release
    would have): a database made before is then an older version's database. Returns
    (this version's head, the next release's revision)."""
    from kzpk_desktop.db import schema_state
    from kzpk_desktop.paths import MIGRATIONS_DIR

    current = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_next_release.py").write_text(
        '"""Next release."""\nfrom alembic import op\n\nrevision = "9999_next_release"\n'
        f'down_revision = "{current}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        'def upgrade() -> None:\n    op.execute("CREATE TABLE next_thing (id INTEGER)")\n\n\n'
        'def downgrade() -> None:\n    op.execute("DROP TABLE next_thing")\n')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema_state, "MIGRATIONS_DIR", scripts)
    return current, "9999_next_release"


# --- a newer version's migration scripts -----------------------------------------------

PROBES = {
    "0002_probe_table": ('"""A probe table."""\nimport sqlalchemy as sa\nfrom alembic import op\n\n'
                         "revision = '0002_probe_table'\ndown_revision = {down!r}\n\n\n"
                         "def upgrade():\n    op.create_table('migration_probe', sa.Column("
                         "'id', sa.Integer, primary_key=True))\n\n\ndef downgrade():\n"
                         "    op.drop_table('migration_probe')\n"),
    "0003_probe_note": ('"""A note on the probe."""\nimport sqlalchemy as sa\nfrom alembic import '
                        "op\n\nrevision = '0003_probe_note'\ndown_revision = '0002_probe_table'\n"
                        "\n\ndef upgrade():\n    with op.batch_alter_table('migration_probe') as b:"
                        "\n        b.add_column(sa.Column('note', sa.String(20)))\n\n\n"
                        "def downgrade():\n    with op.batch_alter_table('migration_probe') as b:"
                        "\n        b.drop_column('note')\n"),
}


@pytest.fixture
def newer(tmp_path, monkeypatch):
    """This version's scripts plus two later revisions: the version of a newer client.

    Both the Alembic scripts and the quick start-up look (``schema_state``) see them.
    """
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    down = migrate.head_revision()
    for name, body in PROBES.items():
        (folder / "versions" / f"{name}.py").write_text(body.replace("{down!r}", repr(down)),
                                                        encoding="utf-8")
    real_head = schema_state.script_head
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(schema_state, "script_head",
                        lambda versions_dir=folder / "versions": real_head(versions_dir))
