"""Backups: a consistent, verified copy even while someone is writing."""
from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest
from sqlalchemy import func, select

from kzpk_desktop.cli import main
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.services import backup, servicemen
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.servicemen import ServicemanData


def _iins(n):
    import datetime as dt
    out, serial = [], 0
    while len(out) < n:
        serial += 1
        iin = make_iin(dt.date(1990, 1, 1), "M", serial)
        if iin:
            out.append(iin)
    return out


def _add(sessions, iins, start=0):
    with write_session(sessions) as s:
        for i, iin in enumerate(iins, start):
            servicemen.create_serviceman(s, ServicemanData(
                iin=iin, service_number=f"B-{i}", surname="Сейтов", given_name="Арман"))


@pytest.mark.sqlite_only  # backups copy SQLite files
def test_backup_copies_committed_data_and_passes_integrity(engine, sessions, tmp_path):
    _add(sessions, _iins(3))
    target = backup.backup(engine, tmp_path / "copy.sqlite")
    with sqlite3.connect(target) as raw:
        assert raw.execute("SELECT count(*) FROM serviceman").fetchone() == (3,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.sqlite_only  # backups copy SQLite files
def test_backup_while_another_connection_writes(engine, sessions, tmp_path):
    iins = _iins(200)
    _add(sessions, iins[:20])
    done = threading.Event()

    def writer():
        for k in range(20, 200, 20):
            _add(sessions, iins[k:k + 20], start=k)
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    copies = [backup.backup(engine, tmp_path / f"copy{i}.sqlite", pages_per_step=1)
              for i in range(3)]
    thread.join()
    assert done.is_set()
    for copy in copies:
        with sqlite3.connect(copy) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            count = raw.execute("SELECT count(*) FROM serviceman").fetchone()[0]
            # Each copy is a snapshot of whole transactions: a multiple of 20 rows.
            assert count % 20 == 0 and 20 <= count <= 200
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Serviceman)) == 200


def test_cli_backup_default_location_and_refusals(db_path, capsys):
    assert main(["--db", str(db_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert "backup written:" in out and "integrity ok" in out
    assert len(list((db_path.parent / "backups").glob("kzpk-*.sqlite"))) == 1
    assert main(["--db", str(db_path), "backup", "-o", str(db_path)]) == 1
    assert capsys.readouterr().err.strip() == ("error: The backup cannot overwrite the "
                                                "database itself.")


def test_prune_keeps_the_newest(tmp_path):
    for stamp in ("20260101-000000", "20260102-000000", "20260103-000000"):
        (tmp_path / f"kzpk-{stamp}.sqlite").write_bytes(b"x")
    removed = backup.prune(tmp_path, keep=2, stem="kzpk")
    assert [p.name for p in removed] == ["kzpk-20260101-000000.sqlite"]


def test_backup_of_an_in_memory_database_is_refused_clearly():
    from kzpk_desktop.db.engine import make_engine

    with pytest.raises(backup.BackupError, match="SQLite database files only"):
        backup.backup(make_engine("sqlite://"))


@pytest.fixture
def shared_umask():
    """A umask that would let everyone read new files (0644), as many desktops have."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.sqlite_only  # file modes of a SQLite database
def test_a_new_database_and_its_backups_are_readable_by_their_owner_only(tmp_path,
                                                                         shared_umask):
    from kzpk_desktop.db import migrate
    from kzpk_desktop.db.engine import make_engine, make_session_factory

    path = tmp_path / "new" / "kzpk.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, backup=None)
    _add(make_session_factory(engine), _iins(2))
    side_files = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    assert all(p.exists() for p in side_files)  # written in WAL mode, files still open
    assert {p.name: _mode(p) for p in (path, *side_files)} == {
        "kzpk.sqlite": 0o600, "kzpk.sqlite-wal": 0o600, "kzpk.sqlite-shm": 0o600}

    chosen = backup.backup(engine, tmp_path / "given.sqlite")
    dated = backup.auto_backup(engine, keep=3)
    assert _mode(chosen) == 0o600 and _mode(dated) == 0o600
    with sqlite3.connect(chosen) as raw:
        assert raw.execute("SELECT count(*) FROM serviceman").fetchone() == (2,)
    engine.dispose()
    # (An export follows the umask instead: test_export_print.py checks 0644.)
