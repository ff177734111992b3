"""A process killed in the middle of an import leaves the database as it was, undamaged."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from import_helpers import HEADERS, new_iin, row

pytestmark = pytest.mark.slow
TABLES = ("serviceman", "document", "search_token", "assignment", "audit_event")


def big_book(path: Path, n: int) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Список")
    ws.append(HEADERS)
    for i in range(n):
        ws.append(row(new_iin(), **{"Личный номер": f"K-{i}", "№ паспорта": f"N{i:08d}"}))
    wb.save(path)
    return path


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
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kzpk_desktop.cli import run; run()", "--db", str(db_path),
         "import", "roster", str(book)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    try:
        # Reading and checking write nothing; the WAL grows once the bulk inserts spill
        # the transaction's pages out of SQLite's cache: the import is writing.
        while not (wal.exists() and wal.stat().st_size > 1_000_000):
            if proc.poll() is not None:
                pytest.fail(f"the import ended before it could be killed: {proc.communicate()}")
            if time.monotonic() > deadline:
                pytest.fail("the import never started writing")
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
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
    proc = subprocess.Popen([sys.executable, "-c", script, str(db_path), str(book), str(marker)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while not marker.exists():
            if proc.poll() is not None:
                pytest.fail(f"the import ended before it could be killed: {proc.communicate()}")
            if time.monotonic() > deadline:
                pytest.fail("the import never reported written rows")
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert marker.read_text() == "1000"
    assert state(db_path) == before
