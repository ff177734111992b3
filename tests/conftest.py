"""Shared fixtures: a fresh, migrated SQLite file per test."""
from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kzpk_desktop.db import migrate  # noqa: E402
from kzpk_desktop.db.engine import make_engine, make_session_factory  # noqa: E402


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory):
    """Migrate once; each test gets a byte copy (much faster than migrating again)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture
def db_path(tmp_path, _template_db):
    path = tmp_path / "kzpk.sqlite"
    shutil.copyfile(_template_db, path)
    return path


@pytest.fixture
def db_url(db_path):
    return f"sqlite:///{db_path}"


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return make_session_factory(engine)
