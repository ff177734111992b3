"""Schema: migrations match the models, reach head, refuse foreign databases."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from kzpk_desktop.db import migrate
from kzpk_desktop.db.base import Base
from kzpk_desktop.db.engine import make_engine


def test_models_and_migrations_do_not_drift(engine):
    # The equivalent of `alembic check`: autogenerate would find nothing to do.
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


def test_fresh_database_is_at_head_with_reference_data(engine):
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        ranks = conn.execute(text("SELECT name_ru, nato_code, category FROM rank "
                                  "ORDER BY sort_order")).all()
        missions = dict(conn.execute(text("SELECT acronym, status FROM mission")).all())
    assert len(ranks) == 20
    assert ranks[0] == ("Рядовой", "OR-1", "enlisted")
    assert ("Капитан", "OF-2", "officer") in ranks
    assert missions["UNIFIL"] == "closing" and missions["MINUSMA"] == "closed"
    assert missions["UNDOF"] == "active"


def test_upgrade_is_idempotent(engine):
    assert migrate.upgrade(engine, backup=None) is False


@pytest.mark.sqlite_only
def test_sqlite_pragmas_are_on(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_database_from_a_newer_version_is_refused_and_untouched(db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    engine = make_engine(f"sqlite:///{db_path}")
    with pytest.raises(migrate.SchemaError, match="newer version of KZPK Desktop"):
        migrate.upgrade(engine, backup=None)
    engine.dispose()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
        assert raw.execute("SELECT count(*) FROM rank").fetchone() == (20,)
    assert len(before) > 0


def test_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"This is a text file, not a database." * 100)
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(migrate.SchemaError, match="not a readable KZPK database"):
        migrate.upgrade(engine, backup=None)
    engine.dispose()
    assert path.read_bytes().startswith(b"This is a text file")


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    engine = make_engine(f"sqlite:///{path}")
    with pytest.raises(migrate.SchemaError, match="not a KZPK Desktop database"):
        migrate.upgrade(engine, backup=None)
    engine.dispose()


def test_services_and_exports_do_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, kzpk_desktop.services, kzpk_desktop.exports, kzpk_desktop.db.models, "
            "kzpk_desktop.sheets, kzpk_desktop.cli, pkgutil, importlib\n"
            "for pkg in (kzpk_desktop.services, kzpk_desktop.exports, kzpk_desktop.db, "
            "kzpk_desktop.sheets):\n"
            "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
            "        if '.migrations' not in m.name: importlib.import_module(m.name)\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_0008_gives_the_people_of_an_older_database_their_initial_rows(engine):
    # A database of revision 0007 (search tokens without initial rows) with two people,
    # upgraded: the one-letter search then finds them, in list order.
    from alembic import command
    from sqlalchemy import select

    from kzpk_desktop.db.engine import make_session_factory, write_session
    from kzpk_desktop.db.models import SearchToken
    from kzpk_desktop.services import registry, servicemen
    from kzpk_desktop.services.identity import make_iin
    from kzpk_desktop.services.registry import RegistryFilter

    sessions = make_session_factory(engine)
    born = dt.date(1990, 1, 1)
    with write_session(sessions) as s:
        ids = [servicemen.create_serviceman(s, servicemen.ServicemanData(
            iin=make_iin(born, "M", serial), service_number=f"A-{serial}", surname=surname,
            given_name="Ержан", sex="M", birth_date=born)).id
            for serial, surname in ((101, "Иманов"), (102, "Абенов"))]
    with sessions() as s:
        before = {(t.serviceman_id, t.token, t.sort_key) for t in s.scalars(select(SearchToken))}
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007_undo_recycle_bin")
        conn.execute(text("DELETE FROM search_token WHERE length(token) = 1"))
    assert migrate.upgrade(engine, backup=None) is True
    with sessions() as s:
        after = {(t.serviceman_id, t.token, t.sort_key) for t in s.scalars(select(SearchToken))}
        assert after == before
        assert [r.id for r in registry.page(s, RegistryFilter(text="и"))] == ids[:1]
        assert [r.id for r in registry.page(s, RegistryFilter(text="е"))] == ids[::-1]
        assert registry.count(s, RegistryFilter(text="е")) == 2
