"""Migrations on purpose: planned, confirmed, locked, audited; a server is never migrated by
a client; an older client names the versions; 0001 is frozen.

Later revisions are simulated by the ``newer`` fixture (conftest: a copy of the migration
scripts with ``0002_probe_table`` and ``0003_probe_note``), so the list of changes, the offline SQL
and the lock are tested with more than one revision whatever main holds today.
"""
from __future__ import annotations

import hashlib
import io
import os
import sys
import threading
from pathlib import Path

import pytest
from cli_runner import run_cli
from sqlalchemy import inspect, select

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine
from kzpk_desktop.db.models import AuditEvent
from kzpk_desktop.paths import MIGRATIONS_DIR
from kzpk_desktop.services import backup, migration
from kzpk_desktop.services.audit import search_events

FIRST = MIGRATIONS_DIR / "versions" / "0001_initial_schema_and_reference_data.py"
FIRST_SHA256 = "ec6e5694b981fa7031ae939864e747170f96ee0c8182a5e5b0823f844f27ce47"
#: This version's newest revision: where a new database stands, and what the probes follow.
HEAD = migrate.head_revision()

def test_migration_0001_is_frozen():
    # A schema change is a new revision: editing 0001 would leave every database made by
    # it different from a new one, with nothing to upgrade them.
    assert hashlib.sha256(FIRST.read_bytes()).hexdigest() == FIRST_SHA256


@pytest.fixture
def kzpk(db_url, capsys, monkeypatch):
    def run(*argv, stdin: str = ""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_cli(capsys, "--db", db_url, *argv)
    return run


def test_the_plan_lists_every_revision_to_apply(engine, newer):
    plan = migrate.plan(engine)
    assert plan.current == HEAD and plan.head == "0003_probe_note" and plan.needed
    assert [(s.revision, s.title) for s in plan.steps] == [
        ("0002_probe_table", "A probe table."), ("0003_probe_note", "A note on the probe.")]


def test_migrate_shows_the_changes_and_changes_nothing_unconfirmed(kzpk, engine, newer):
    code, out, err = kzpk("migrate")
    assert code == 1
    assert err == "error: nothing was changed: confirm with --yes (or run at a terminal to be " \
                  "asked)\n"
    lines = out.splitlines()
    assert lines[1:4] == [f"schema: {HEAD} -> 0003_probe_note; this will apply:",
                          "  0002_probe_table  A probe table.",
                          "  0003_probe_note  A note on the probe."]
    assert migrate.current_revision(engine) == HEAD
    assert "migration_probe" not in inspect(engine).get_table_names()


def test_migrate_yes_applies_all_and_records_an_audit_event(kzpk, engine, sessions, newer):
    code, out, err = kzpk("migrate", "--yes")
    assert (code, err) == (0, "")
    assert (f"database upgraded: schema {HEAD} -> 0003_probe_note (recorded in the audit trail)"
            in out)
    assert migrate.current_revision(engine) == "0003_probe_note"
    assert {c["name"] for c in inspect(engine).get_columns("migration_probe")} == {"id", "note"}
    with sessions() as s:
        [event] = [e for e in search_events(s) if e.action == "migrate"]
    assert event.changes["from"] == HEAD and event.changes["to"] == "0003_probe_note"
    assert event.changes["revisions"] == ["0002_probe_table", "0003_probe_note"]
    code, out, _ = kzpk("migrate")
    assert code == 0 and "already up to date" in out


def test_migrate_sql_prints_the_upgrade_for_review_and_changes_nothing(kzpk, engine, newer):
    code, out, err = kzpk("migrate", "--sql")
    assert (code, err) == (0, "")
    assert "CREATE TABLE migration_probe" in out
    assert "UPDATE alembic_version SET version_num='0003_probe_note'" in out
    assert migrate.current_revision(engine) == HEAD


def test_two_migrations_at_once_make_one_upgrade(engine, newer):
    results, errors = [], []

    def run():
        other = make_engine(engine.url)
        try:
            results.append(migration.apply(other, username="admin"))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            errors.append(exc)
        finally:
            other.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and sorted(results) == [False, True]
    with engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action).where(AuditEvent.action == "migrate")
                              ).all()
    assert len(events) == 1


def test_an_older_client_names_both_versions_and_leaves_the_database(kzpk, engine, newer,
                                                                     monkeypatch):
    migration.apply(engine, username="admin")
    monkeypatch.undo()  # back to this version's scripts: the workstation was not updated
    code, out, err = kzpk("decision", "list")
    assert (code, out) == (1, "")
    assert err == ("error: The database is at schema 0003_probe_note, written by a newer version "
                   f"of KZPK Desktop; this version knows schemas up to {HEAD}. Install the newer "
                   "version to open it; this version leaves the database untouched.\n")
    assert migrate.current_revision(engine) == "0003_probe_note"


@pytest.mark.postgres_only
def test_a_workstation_never_migrates_the_server(kzpk, engine, newer):
    for argv in (["decision", "list"], ["check"]):
        code, out, err = kzpk(*argv)
        assert code == 1, (argv, out, err)
        assert (f"The database on the server is at schema {HEAD}; this version of KZPK Desktop "
                "needs schema 0003_probe_note. Ask the database administrator to run 'kzpk "
                "migrate' with this version; a workstation does not change the server's schema "
                "by itself.") in err
    with pytest.raises(migrate.SchemaError, match=f"at schema {HEAD}; this version"):
        backup.upgrade_schema(engine)  # the GUI's start-up path
    assert migrate.current_revision(engine) == HEAD


@pytest.mark.sqlite_only
def test_a_sqlite_file_still_upgrades_at_start_up_with_a_copy_first(engine, db_path, newer):
    assert backup.upgrade_schema(engine) is True
    assert migrate.current_revision(engine) == "0003_probe_note"
    [copy] = (db_path.parent / "backups").glob(f"*-schema-{HEAD}.sqlite")
    assert copy.stat().st_size > 0


@pytest.mark.postgres_only
def test_init_on_a_server_asks_then_runs_pg_dump_first(kzpk, engine, tmp_path, newer):
    dump = tmp_path / "before.dump"
    code, out, err = kzpk("init", "--yes", "--pg-dump", dump)
    assert (code, err) == (0, "")
    assert dump.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert f"pg_dump written: {dump}" in out
    assert "Run 'kzpk grant ROLE' again for each workstation role" in out
    assert migrate.current_revision(engine) == "0003_probe_note"


@pytest.mark.postgres_only
def test_the_password_is_never_printed(kzpk, db_url, newer):
    from sqlalchemy.engine import make_url

    password = make_url(db_url).password
    assert password
    for argv in (["init"], ["check"], ["migrate"]):
        _code, out, err = kzpk(*argv)
        assert f":{password}@" not in out + err
        assert ":***@" in out


@pytest.mark.postgres_only
def test_sql_of_a_new_database_is_refused_in_one_line(capsys, tmp_path):
    from sqlalchemy.engine import make_url

    PG_URL = os.environ["KZPK_TEST_PG_URL"]
    server = make_engine(PG_URL).execution_options(isolation_level="AUTOCOMMIT")
    name = f"kzpk_test_empty_{Path(tmp_path).name[-12:].replace('-', '_')}".lower()
    with server.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        code, out, err = run_cli(capsys, "--db", url, "migrate", "--sql")
        assert (code, out) == (1, "")
        assert err == ("error: The database has no KZPK schema yet: there is no upgrade script "
                       "to show; create the schema with 'kzpk init'.\n")
    finally:
        with server.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        server.dispose()
