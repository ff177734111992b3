"""Automatic backups: once a day, keep the newest N, and before every schema upgrade."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, write_session
from kzpk_desktop.paths import MIGRATIONS_DIR
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


@pytest.fixture
def newer_schema(tmp_path, monkeypatch):
    """This version's migrations plus an empty next revision (as the next release would have);
    returns the revision it follows (this version's head)."""
    head = migrate.head_revision()
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_next.py").write_text(
        '"""Next release."""\nfrom alembic import op\n\nrevision = "9999_next"\n'
        f'down_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
        'def upgrade() -> None:\n    op.execute("CREATE TABLE next_thing (id INTEGER)")\n\n\n'
        'def downgrade() -> None:\n    op.execute("DROP TABLE next_thing")\n')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    return head


def test_a_schema_upgrade_is_preceded_by_a_backup(engine, db_path, newer_schema):
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO setting (key, value) VALUES ('marker', '\"before\"')")
    assert backup.upgrade_schema(engine) is True
    assert migrate.current_revision(engine) == "9999_next"
    [copy] = (db_path.parent / "backups").glob(f"kzpk-*-schema-{newer_schema}.sqlite")
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            newer_schema,)
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
