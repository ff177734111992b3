"""Least privilege on a real server: the owner migrates, a workstation role only works.

Each test makes two login roles and a database owned by the first (nobody else
may connect), sets it up as the README says (``kzpk init --yes`` and ``kzpk
grant`` as the owner), then works as the workstation. Also: server faults are
said as what they are (no rights, no such database, a refused password).
"""
from __future__ import annotations

import itertools
import os

import pytest
from cli_runner import run_cli
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine

pytestmark = pytest.mark.postgres_only
PG_URL = os.environ.get("KZPK_TEST_PG_URL", "")
_N = itertools.count(1)


class Setup:
    def __init__(self, owner: str, station: str, database: str) -> None:
        self.owner, self.station, self.database = owner, station, database

    def url(self, role: str, password: str | None = None) -> str:
        return make_url(PG_URL).set(username=role, password=password or f"pw-{role}",
                                    database=self.database).render_as_string(hide_password=False)


@pytest.fixture
def server(capsys):
    tag = f"{os.getpid()}_{next(_N)}"
    owner, station, database = f"kzpk_own_{tag}", f"kzpk_ws_{tag}", f"kzpk_roles_{tag}"
    admin = make_engine(PG_URL).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for role in (owner, station):
            conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
        conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {owner} TEMPLATE template0 "
                             "ENCODING 'UTF8'")
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
    yield Setup(owner, station, database)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for role in (station, owner):
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")
    admin.dispose()


def _kzpk(capsys, url, *argv):
    return run_cli(capsys, "--db", url, *argv)


@pytest.fixture
def ready(server, capsys):
    """Set up as the README says: the owner creates the schema and grants the workstation."""
    code, out, err = _kzpk(capsys, server.url(server.owner), "init", "--yes")
    assert (code, err) == (0, ""), err
    code, out, err = _kzpk(capsys, server.url(server.owner), "grant", server.station)
    assert (code, err) == (0, ""), err
    assert out.startswith(f"role {server.station} may now work as a workstation on ")
    return server


def test_a_workstation_role_does_the_work(ready, capsys, tmp_path):
    url = ready.url(ready.station)
    code, out, err = _kzpk(capsys, url, "demo", "--servicemen", "30", "--seed", "4")
    assert (code, err) == (0, ""), err
    code, out, err = _kzpk(capsys, url, "export", "parliament-report", "-o",
                           tmp_path / "p.xlsx")
    assert (code, err) == (0, ""), err
    code, out, err = _kzpk(capsys, url, "audit", "anchor", "-o", tmp_path / "head.json")
    assert (code, err) == (0, ""), err
    code, out, err = _kzpk(capsys, url, "check", "--anchor", tmp_path / "head.json")
    assert (code, err) == (0, "")
    assert "servicemen: 30" in out and "integrity: ok" in out
    assert "warning" not in out


def test_the_workstation_role_cannot_change_the_schema_or_the_audit_trail(ready):
    engine = make_engine(ready.url(ready.station))
    refused = {
        "CREATE TABLE stolen (id int)": "permission denied for schema public",
        "ALTER TABLE serviceman ADD COLUMN x int": "must be owner of table serviceman",
        "DROP TABLE document": "must be owner of table document",
        "TRUNCATE serviceman": "permission denied for table serviceman",
        "TRUNCATE audit_event": "permission denied for table audit_event",
        "ALTER TABLE audit_event DISABLE TRIGGER USER": "must be owner of table audit_event",
        "DROP TRIGGER audit_event_no_change ON audit_event":
            "must be owner of relation audit_event",
        "UPDATE audit_event SET username = 'x'": "permission denied for table audit_event",
        "DELETE FROM audit_event": "permission denied for table audit_event",
        "UPDATE alembic_version SET version_num = 'x'":
            "permission denied for table alembic_version",
    }
    try:
        for sql, said in refused.items():
            with pytest.raises(DBAPIError) as info, engine.begin() as conn:
                conn.execute(text(sql))
            assert said in str(info.value.orig), sql
    finally:
        engine.dispose()


def test_check_warns_when_a_workstation_connects_as_the_owner(ready, capsys):
    code, out, err = _kzpk(capsys, ready.url(ready.owner), "check")
    assert (code, err) == (0, "")
    assert (f"warning: connected as '{ready.owner}', which owns the schema: it can alter or "
            "drop the tables and the audit trail's triggers. Workstations should connect as a "
            "role given only a workstation's rights ('kzpk grant ROLE', README: PostgreSQL)."
            ) in out.splitlines()


def test_only_the_owner_migrates(ready, capsys, newer):
    owner = make_engine(ready.url(ready.owner))
    try:
        head = migrate.current_revision(owner)  # this version's newest, set up by init
    finally:
        owner.dispose()
    code, out, err = _kzpk(capsys, ready.url(ready.station), "migrate", "--yes")
    assert code == 1
    assert err.startswith(f"error: The schema was not changed: the role '{ready.station}' may "
                          "not change it (permission denied for schema public")
    assert err.endswith("Run 'kzpk migrate' as the role that owns the schema.\n")
    engine = make_engine(ready.url(ready.owner))
    try:
        assert migrate.current_revision(engine) == head
    finally:
        engine.dispose()
    code, out, err = _kzpk(capsys, ready.url(ready.owner), "migrate", "--yes")
    assert (code, err) == (0, "")
    code, out, err = _kzpk(capsys, ready.url(ready.owner), "grant", ready.station)
    assert code == 0
    code, out, err = _kzpk(capsys, ready.url(ready.station), "check")
    assert (code, err) == (0, "") and "integrity: ok" in out


def test_a_role_without_rights_is_told_so(server, capsys):
    code, out, err = _kzpk(capsys, server.url(server.station), "decision", "list")
    assert (code, out) == (1, "")
    host = make_url(PG_URL)
    assert err.startswith(f"error: The role '{server.station}' has no rights on the database "
                          f"'{server.database}' of {host.host}:{host.port or 5432} (")
    assert err.endswith("Ask the database administrator to grant it a workstation's rights "
                        "('kzpk grant').\n")


def test_a_wrong_password_is_said_so(ready, capsys):
    probe = make_engine(ready.url(ready.station, "not-the-password"))
    try:
        with probe.connect():
            pytest.skip("this server trusts connections from here (pg_hba.conf 'trust'): it "
                        "checks no password")
    except DBAPIError:
        pass
    finally:
        probe.dispose()
    code, out, err = _kzpk(capsys, ready.url(ready.station, "not-the-password"), "check")
    assert code == 1
    host = make_url(PG_URL)
    assert (f"error: The server {host.host}:{host.port or 5432} refused the password of "
            f"'{ready.station}'. Check the password (PGPASSWORD or ~/.pgpass), or ask the "
            "database administrator.") in err
    assert "not-the-password" not in out + err


def test_grant_refuses_an_unknown_role_in_one_line(ready, capsys):
    code, out, err = _kzpk(capsys, ready.url(ready.owner), "grant", "nobody_here")
    assert (code, out) == (1, "")
    assert err == ("error: There is no role 'nobody_here' on the server: create it first "
                   "(CREATE ROLE nobody_here LOGIN PASSWORD '...').\n")
