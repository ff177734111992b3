"""Start-up check of a damaged or foreign file, and restoring a backup (current file kept aside)."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from security_helpers import PASSWORD

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine
from kzpk_desktop.services import backup, recovery
from kzpk_desktop.services.recovery import RestoreError

NOW = dt.datetime(2026, 3, 2, 10, 0, 0)


def _fill(path, marker: str, rows: int = 0) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('marker', ?)", (marker,))
        raw.executemany("INSERT INTO setting (key, value) VALUES (?, ?)",
                        [(f"filler-{i}", "x" * 3000) for i in range(rows)])
    raw.close()


def _marker(path) -> str:
    with sqlite3.connect(path) as raw:
        value = raw.execute("SELECT value FROM setting WHERE key = 'marker'").fetchone()[0]
    raw.close()
    return value


def _damage(path) -> None:
    """Overwrite one whole page in the middle of the file with garbage."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = raw.execute("PRAGMA page_size").fetchone()[0]
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    with open(path, "r+b") as f:
        f.seek(page * (pages // 2))
        f.write(bytes([0xA5]) * page)


@pytest.fixture
def filled(db_path):
    _fill(db_path, "a", rows=60)
    return db_path


def test_a_healthy_database_passes(engine, filled):
    assert recovery.quick_check(engine) == []


def test_a_damaged_file_is_reported_not_raised(tmp_path, filled):
    copy = tmp_path / "damaged.sqlite"
    shutil.copyfile(filled, copy)
    _damage(copy)
    engine = make_engine(f"sqlite:///{copy}")
    problems = recovery.quick_check(engine)
    engine.dispose()
    assert problems and all(p.startswith("The database file is damaged") for p in problems)


def test_a_truncated_file_is_reported(tmp_path, filled):
    copy = tmp_path / "cut.sqlite"
    shutil.copyfile(filled, copy)
    with open(copy, "r+b") as f:
        f.truncate(copy.stat().st_size // 2)
    engine = make_engine(f"sqlite:///{copy}")
    problems = recovery.quick_check(engine)
    engine.dispose()
    assert problems == ["The database file is damaged (database disk image is malformed)."]


def test_a_file_that_is_no_database_is_reported_by_check_and_migrate(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Список личного состава\n" * 200, encoding="utf-8")
    engine = make_engine(f"sqlite:///{path}")
    assert recovery.quick_check(engine) == [
        "The file is not a readable KZPK database (file is not a database)."]
    with pytest.raises(migrate.SchemaError, match="not a readable KZPK database"):
        migrate.upgrade(engine, backup=None)
    engine.dispose()


def test_a_foreign_database_is_reported(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER)")
    raw.close()
    engine = make_engine(f"sqlite:///{path}")
    assert recovery.quick_check(engine) == [
        "The file is a database, but not a KZPK Desktop database."]
    engine.dispose()


# --- restore -----------------------------------------------------------------------------------

def test_restore_puts_the_backup_in_place_and_keeps_the_current_file(engine, db_url, filled):
    made = backup.backup(engine, backup.default_backup_path(engine, NOW))
    _fill(filled, "b")
    with engine.begin() as conn:  # something in the WAL, not yet in the main file
        conn.exec_driver_sql("UPDATE setting SET value = 'c' WHERE key = 'marker'")
    engine.dispose()
    aside = recovery.restore(db_url, made, now=NOW)
    assert aside == filled.with_name("kzpk.before-restore-20260302-100000.sqlite")
    assert _marker(filled) == "a"
    assert _marker(aside) == "c"
    assert not filled.with_name("kzpk.sqlite-wal").exists() or \
        filled.with_name("kzpk.sqlite-wal").stat().st_size == 0
    reopened = make_engine(db_url)
    assert recovery.quick_check(reopened) == []
    reopened.dispose()


def test_the_backups_are_listed_newest_first(engine, filled):
    backup.auto_backup(engine, keep=5, now=NOW)
    backup.auto_backup(engine, keep=5, now=NOW + dt.timedelta(days=1))
    found = recovery.list_backups(engine)
    assert [(b.made_at, b.before_upgrade) for b in found] == [
        (NOW + dt.timedelta(days=1), False), (NOW, False)]
    assert found[0].size == found[0].path.stat().st_size


def _refused(db_url, db_path, bad, expected: str) -> None:
    before = _marker(db_path)
    with pytest.raises(RestoreError) as exc:
        recovery.restore(db_url, bad, now=NOW)
    assert str(exc.value).startswith(expected)
    assert _marker(db_path) == before  # the database was not touched
    assert not list(db_path.parent.glob("*.before-restore-*"))
    assert not list(db_path.parent.glob(".*restoring"))


def test_a_damaged_backup_is_refused(engine, db_url, filled, tmp_path):
    made = backup.backup(engine, tmp_path / "b" / "copy.sqlite")
    _damage(made)
    engine.dispose()
    _refused(db_url, filled, made, "The backup is damaged (")


def test_a_file_that_is_no_backup_is_refused(engine, db_url, filled, tmp_path):
    engine.dispose()
    text = tmp_path / "b" / "notes.sqlite"
    text.parent.mkdir()
    text.write_text("not a database " * 500)
    _refused(db_url, filled, text, "The backup is not a readable database (file is not a "
                                   "database).")
    foreign = tmp_path / "b" / "foreign.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER)")
    raw.close()
    _refused(db_url, filled, foreign, "The backup cannot be used: The file is a database, but "
                                      "not a KZPK Desktop database.")
    _refused(db_url, filled, tmp_path / "b" / "missing.sqlite", "There is no backup file at")


def test_restore_from_the_command_line_needs_an_administrator(kzpk, engine, filled, staff):
    made = backup.backup(engine, backup.default_backup_path(engine, NOW))
    _fill(filled, "b")
    engine.dispose()
    code, _out, err = kzpk("--user", "supervisor", "restore", str(made),
                           env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (1, "error: Your role (supervisor) may not back up, restore, encrypt "
                              "or decrypt the database; only an administrator may.\n")
    assert _marker(filled) == "b"
    code, out, err = kzpk("--user", "admin", "restore", str(made), env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"restored from {made}"
    assert _marker(filled) == "a"


def test_a_damaged_database_is_restored_by_an_administrator_signed_in_by_reading(
        kzpk, engine, filled, staff):
    made = backup.backup(engine, backup.default_backup_path(engine, NOW))
    engine.dispose()
    _damage(filled)
    for who in ((), ("--user", "clerk")):
        code, out, err = kzpk(*who, "restore", str(made), env={"KZPK_PASSWORD": PASSWORD})
        assert code == 1 and len(err.splitlines()) == 1
    code, out, err = kzpk("--user", "admin", "restore", str(made),
                          env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (0, "")
    assert "the previous database file was kept as" in out
    assert _marker(filled) == "a"
