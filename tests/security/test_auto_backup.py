"""Automatic backups: once a day, keep the newest N, and before every schema upgrade."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, write_session
from kzpk_desktop.services import backup, settings

DAY = dt.datetime(2026, 3, 2, 8, 30, 0)


def _names(folder):
    return sorted(p.name for p in folder.glob("*.sqlite"))


def test_the_first_start_of_a_day_backs_up_once(engine, db_path):
    first = backup.auto_backup(engine, keep=10, now=DAY)
    assert first == db_path.parent / "backups" / "kzpk-20260302-083000.sqlite"
    with sqlite3.connect(first) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert backup.auto_backup(engine, keep=10, now=DAY + dt.timedelta(hours=9)) is None
    later = backup.auto_backup(engine, keep=10, now=DAY + dt.timedelta(days=1, hours=-8))
    assert later.name == "kzpk-20260303-003000.sqlite"


def test_only_the_newest_n_are_kept(engine, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    other = folder / "kzpk-old-20200101-000000.sqlite"  # another database's backup
    other.write_bytes(b"x")
    for day in range(5):
        backup.auto_backup(engine, keep=3, now=DAY + dt.timedelta(days=day))
    assert _names(folder) == ["kzpk-20260304-083000.sqlite", "kzpk-20260305-083000.sqlite",
                              "kzpk-20260306-083000.sqlite", "kzpk-old-20200101-000000.sqlite"]


def test_how_many_to_keep_is_a_setting(engine, sessions, db_path):
    with write_session(sessions) as s:
        settings.put(s, settings.BACKUP_KEEP, 2)
    for day in range(4):
        backup.auto_backup(engine, now=DAY + dt.timedelta(days=day))
    assert _names(db_path.parent / "backups") == ["kzpk-20260304-083000.sqlite",
                                                  "kzpk-20260305-083000.sqlite"]


def test_a_missing_file_is_left_alone(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'none.sqlite'}")
    assert backup.auto_backup(engine, keep=3, now=DAY) is None
    assert not (tmp_path / "none.sqlite").exists() and not (tmp_path / "backups").exists()


def test_a_schema_upgrade_is_preceded_by_a_backup(engine, db_path, newer_schema):
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO setting (key, value) VALUES ('marker', '\"before\"')")
    current, nxt = newer_schema
    assert backup.upgrade_schema(engine) is True
    assert migrate.current_revision(engine) == nxt
    [copy] = (db_path.parent / "backups").glob(f"kzpk-*-schema-{current}.sqlite")
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)
        assert raw.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone() == (
            '"before"',)
        assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'next_thing'"
                           ).fetchone() is None
    # A day's automatic backup is still made: the upgrade copy is not the day's.
    assert backup.auto_backup(engine, keep=10) is not None


def test_a_new_database_is_not_backed_up_before_its_first_migration(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
    backup.upgrade_schema(engine)
    engine.dispose()
    assert not (tmp_path / "backups").exists()
