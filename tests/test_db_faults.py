"""Database faults as a person meets them: the kind read from what the driver reports, the
one sentence said, the timeouts that keep a click from waiting without limit, and the
command line's single line and exit 1.

The faults are real: a lock another connection holds, a statement past its
timeout, a role without rights, a server that is not there.
"""
from __future__ import annotations

import os
import socket
import sqlite3
import threading

import pytest
from cli_runner import run_cli
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from kzpk_desktop.db import faults
from kzpk_desktop.db.engine import Timeouts, make_engine

PG_URL = os.environ.get("KZPK_TEST_PG_URL")
pg_only = pytest.mark.skipif(not PG_URL, reason="needs a PostgreSQL server: set KZPK_TEST_PG_URL")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fault_of(run) -> Exception:
    with pytest.raises(Exception) as caught:
        run()
    return caught.value


# -- timeouts, from the workstation's settings ------------------------------------------------

def test_timeouts_default_and_follow_the_environment():
    assert Timeouts.from_env({}) == Timeouts()
    found = Timeouts.from_env({"KZPK_BUSY_TIMEOUT_MS": "250", "KZPK_LOCK_TIMEOUT_MS": " 1500 ",
                               "KZPK_STATEMENT_TIMEOUT_MS": "soon"})
    assert (found.busy_ms, found.lock_ms) == (250, 1500)
    assert found.statement_ms == Timeouts().statement_ms  # not a number: the default stays


@pytest.mark.sqlite_only
def test_sqlite_waits_its_busy_timeout_and_says_the_file_is_locked(db_path):
    engine = make_engine(f"sqlite:///{db_path}", timeouts=Timeouts(busy_ms=200))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 200
        error = fault_of(lambda: _write(engine))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        engine.dispose()
    assert faults.fault_kind(error) == faults.BUSY
    assert faults.fault_message(error) == faults.FILE_BUSY_MSG


def _write(engine) -> None:
    with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn, conn.begin():
        conn.exec_driver_sql("UPDATE setting SET value = value")


@pg_only
def test_postgresql_sessions_get_the_lock_and_statement_timeouts(db_url):
    engine = make_engine(db_url, timeouts=Timeouts(lock_ms=1234, statement_ms=5678))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "1234ms"
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "5678ms"
    engine.dispose()


@pg_only
def test_a_row_another_transaction_holds_is_busy_after_the_lock_timeout(db_url):
    engine = make_engine(db_url, timeouts=Timeouts(lock_ms=200))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE held (id int PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO held VALUES (1)")
    holder = engine.connect()
    holder.begin()
    holder.exec_driver_sql("UPDATE held SET id = 1")
    try:
        def update() -> None:
            with engine.begin() as conn:
                conn.exec_driver_sql("UPDATE held SET id = 1")
        error = fault_of(update)
    finally:
        holder.rollback()
        holder.close()
        engine.dispose()
    assert faults.fault_kind(error) == faults.BUSY
    assert faults.fault_message(error) == faults.BUSY_MSG


@pg_only
def test_a_statement_past_its_timeout_is_stopped_and_said_so(db_url):
    engine = make_engine(db_url, timeouts=Timeouts(statement_ms=100))

    def slow() -> None:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT pg_sleep(2)")
    error = fault_of(slow)
    engine.dispose()
    assert faults.fault_kind(error) == faults.TIMEOUT
    assert faults.fault_message(error) == faults.TIMEOUT_MSG


@pg_only
def test_a_role_without_rights_is_told_what_it_may_not_do(db_url):
    admin = make_engine(db_url)
    role = f"kzpk_reader_{threading.get_ident() % 100000}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'x'")
    url = make_url(db_url).set(username=role, password="x")
    reader = make_engine(url)
    try:
        def read() -> None:
            with reader.connect() as conn:
                conn.execute(text("SELECT count(*) FROM serviceman"))
        error = fault_of(read)
    finally:
        reader.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()
    assert faults.fault_kind(error) == faults.DENIED
    message = faults.fault_message(error)
    assert message.startswith("The database account this program uses has no rights to do "
                              "this (") and "serviceman" in message


def test_a_server_that_is_not_there_is_unreachable():
    engine = make_engine(f"postgresql+psycopg://nobody@127.0.0.1:{_free_port()}/kzpk")
    error = fault_of(lambda: engine.connect().close())
    engine.dispose()
    assert isinstance(error, OperationalError)
    assert faults.fault_kind(error) == faults.UNREACHABLE
    assert faults.fault_message(error) == faults.UNREACHABLE_MSG


def test_refusals_of_ours_are_no_database_faults():
    from kzpk_desktop.services.errors import NotFound

    assert faults.fault_kind(NotFound("gone")) is None
    assert faults.fault_message(ValueError("x")) is None


# -- the command line: one line, exit 1 --------------------------------------------------------

def test_the_cli_says_an_unreachable_server_in_one_line(capsys):
    port = _free_port()
    url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/kzpk"
    code, out, err = run_cli(capsys, "--db", url, "decision", "list")
    assert code == 1 and out == "" and err.count("\n") == 1
    # Met at the schema check, before any work: said with the server's name (migrate.server_error).
    assert err.startswith(f"error: The database server 127.0.0.1:{port} cannot be reached (")
    assert err.endswith("Check that it is running and that this computer may connect to it, "
                        "then try again.\n")


@pytest.mark.sqlite_only
def test_the_cli_says_a_locked_file_in_one_line(capsys, db_path, monkeypatch):
    import io

    monkeypatch.setenv("KZPK_BUSY_TIMEOUT_MS", "200")
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery staple\n"))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run_cli(capsys, "--db", db_path, "user", "add", "g.akhmetova",
                                 "--role", "clerk")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert err == f"error: {faults.FILE_BUSY_MSG}\n"
