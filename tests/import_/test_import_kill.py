"""A process killed in the middle of an import leaves the database as it was, undamaged."""
from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from import_helpers import HEADERS, new_iin, row

pytestmark = pytest.mark.slow
TABLES = ("serviceman", "document", "search_token", "assignment", "audit_event")


def big_book(path: Path, n: int) -> Path:
    """``n`` valid rows (distinct IINs: a serial repeats only on another birth date)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Список")
    ws.append(HEADERS)
    for i in range(n):
        iin = new_iin(dt.date(1980, 1, 1) + dt.timedelta(days=i // 5000))
        ws.append(row(iin, **{"Личный номер": f"K-{i}", "№ паспорта": f"N{i:08d}"}))
    wb.save(path)
    return path


def start(argv: list[str], folder: Path) -> subprocess.Popen:
    # Output goes to files: a pipe nobody reads would block the child once full.
    with (folder / "out.txt").open("wb") as out, (folder / "err.txt").open("wb") as err:
        return subprocess.Popen([sys.executable, *argv], stdout=out, stderr=err)


def ended_early(proc: subprocess.Popen, folder: Path) -> str:
    return (f"the import ended (exit {proc.returncode}) before it could be killed: "
            f"{(folder / 'err.txt').read_text(errors='replace')[:2000]}")


def kill_when(proc: subprocess.Popen, ready: Callable[[], bool], folder: Path, *,
              timeout: float, never: str, poll: float) -> None:
    """SIGKILL ``proc`` once ``ready()``; fail the test if it ends first or never gets there."""
    deadline = time.monotonic() + timeout
    try:
        while not ready():
            if proc.poll() is not None:
                pytest.fail(ended_early(proc, folder))
            if time.monotonic() > deadline:
                pytest.fail(never)
            time.sleep(poll)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def state(db_path: Path) -> tuple[str, dict[str, int]]:
    conn = sqlite3.connect(db_path)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()
    return integrity, counts


def test_kzpk_import_killed_while_writing_leaves_the_database_unchanged(db_path, tmp_path):
    book = big_book(tmp_path / "big.xlsx", 20_000)
    before = state(db_path)
    wal = Path(f"{db_path}-wal")
    proc = start(["-c", "from kzpk_desktop.cli import run; run()", "--db", str(db_path),
                  "import", "roster", str(book)], tmp_path)
    # Reading and checking write nothing; the WAL grows once the bulk inserts spill
    # the transaction's pages out of SQLite's cache: the import is writing.
    kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 1_000_000, tmp_path,
              timeout=300, never="the import never started writing", poll=0.005)
    assert proc.returncode == -signal.SIGKILL
    assert state(db_path) == before == ("ok", dict.fromkeys(TABLES, 0))


def test_killed_after_rows_were_inserted_in_the_transaction(db_path, tmp_path):
    """Deterministic: the progress callback reports rows written, then the process is killed."""
    book = big_book(tmp_path / "book.xlsx", 1500)
    marker = tmp_path / "written"
    script = textwrap.dedent("""
        import pathlib, sys, time
        from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
        from kzpk_desktop.services import importer
        db, book, marker = sys.argv[1:4]
        factory = make_session_factory(make_engine("sqlite:///" + db))

        def progress(done, total):
            if done >= 1000:  # two chunks of servicemen are in the open transaction
                pathlib.Path(marker).write_text(str(done))
                time.sleep(600)
            return True

        with write_session(factory) as s:
            importer.commit(s, importer.preview(s, book), progress=progress)
    """)
    before = state(db_path)
    proc = start(["-c", script, str(db_path), str(book), str(marker)], tmp_path)
    # The marker's text, not just the file: write_text creates it empty first.
    kill_when(proc, lambda: marker.exists() and marker.read_text() != "", tmp_path,
              timeout=120, never="the import never reported written rows", poll=0.01)
    assert marker.read_text() == "1000"
    assert state(db_path) == before
