"""Schema changes on purpose, and the server roles: what ``kzpk migrate``, ``init`` and
``grant`` do.

A SQLite file is upgraded at start-up, after a copy (``backup.upgrade_schema``).
A PostgreSQL server is shared by every workstation, so only its administrator
changes its schema: :func:`apply` runs the upgrade under the schema lock and
records a ``migrate`` audit event in the same transaction (an upgrade the
trail does not show does not happen); :func:`pg_dump` takes the server's copy
first when asked.

Least privilege on a server: the *owner* role owns the schema and runs
migrations; each workstation connects as a role given only what the
application needs (:func:`grant_workstation`): reading and writing records,
appending to the audit trail (never updating or deleting it), no DDL, no
TRUNCATE, no trigger changes (only an owner may alter a table's triggers).
"""
from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..db import migrate
from ..db.engine import create_private_file
from ..db.models import AuditEvent
from .audit import NewEvent, append
from .errors import N_, ServiceError

#: Tables a workstation may only read and append to.
APPEND_ONLY = (AuditEvent.__tablename__,)
#: Tables a workstation may only read (the schema's version).
READ_ONLY = ("alembic_version",)
_ROLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class MigrationError(ServiceError):
    pass


def is_server(engine: Engine) -> bool:
    return engine.dialect.name != "sqlite"


def apply(engine: Engine, *, username: str | None = None) -> bool:
    """Upgrade the schema now (the caller showed the plan and had it confirmed).

    A SQLite file is copied first, as at start-up; a server relies on the
    administrator's ``pg_dump``. True if anything changed.
    """
    from .backup import backup_before_migration

    who = username or database_user(engine)
    try:
        return migrate.upgrade(engine,
                               backup=None if is_server(engine) else backup_before_migration,
                               after=lambda conn, old, new: record_migration(conn, who, old, new))
    except DBAPIError as exc:
        if is_server(engine) and getattr(exc.orig, "sqlstate", None) == "42501":
            raise MigrationError(N_("The schema was not changed: the role '{user}' may not "
                                    "change it ({detail}). Run 'kzpk migrate' as the role "
                                    "that owns the schema."), user=engine.url.username or "",
                                 detail=_first_line(exc)) from None
        raise MigrationError(N_("The schema was not changed: the upgrade failed ({detail})."),
                             detail=_first_line(exc)) from None


def record_migration(conn: Connection, username: str, old: str | None, new: str) -> None:
    """The ``migrate`` audit event, written in the upgrade's transaction."""
    steps = [s.revision for s in migrate.plan_between(old, new)]
    details = {"from": old, "to": new, "revisions": steps}
    if conn.dialect.name == "postgresql":
        details["database_role"] = conn.exec_driver_sql("SELECT current_user").scalar()
    with Session(bind=conn) as session:
        append(session, [NewEvent(username, "migrate", changes=details)])


def database_user(engine: Engine) -> str:
    """Who changes the schema: the server's role (it authenticated), else the OS user."""
    if is_server(engine):
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT current_user").scalar()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        return "administrator"


def _first_line(exc: BaseException) -> str:
    text_ = str(getattr(exc, "orig", exc)).strip()
    return text_.splitlines()[0] if text_ else type(exc).__name__


# --- pg_dump -----------------------------------------------------------------------------------

def pg_dump_command(engine: Engine, target: str = "kzpk-before-upgrade.dump") -> str:
    """The command an administrator runs to copy the server first (no password in it)."""
    url = engine.url
    parts = ["pg_dump", "--format=custom", f"--file={target}"]
    if url.host:
        parts.append(f"--host={url.host}")
    if url.port:
        parts.append(f"--port={url.port}")
    if url.username:
        parts.append(f"--username={url.username}")
    parts.append(url.database or "")
    return " ".join(parts)


def pg_dump(engine: Engine, path: str | os.PathLike) -> Path:
    """Copy the server's database with ``pg_dump`` (custom format) to ``path``, atomically.

    The password goes to pg_dump in PGPASSWORD, never on its command line.
    """
    if not is_server(engine):
        raise MigrationError(N_("pg_dump copies a PostgreSQL database; a SQLite file is copied "
                                "by 'kzpk backup' (and before every upgrade)."))
    exe = shutil.which("pg_dump")
    if exe is None:
        raise MigrationError(N_("pg_dump is not installed on this computer (Debian: apt-get "
                                "install postgresql-client); install it or run it on the "
                                "server, then migrate without --pg-dump."))
    url = engine.url
    path = Path(path)
    temp = path.with_name(f".{path.name}.partial")
    args = [exe, "--format=custom", f"--file={temp}", "--no-password"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    args.append(url.database or "")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = url.password
    if "sslmode" in url.query:
        env["PGSSLMODE"] = str(url.query["sslmode"])
    try:
        temp.unlink(missing_ok=True)
        create_private_file(temp)  # the dump is readable by its owner only
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            lines = (done.stderr or "").strip().splitlines()
            raise MigrationError(N_("pg_dump failed, so nothing was changed: {detail}"),
                                 detail=(lines[0] if lines else f"exit {done.returncode}")
                                 .removeprefix("pg_dump: "))
        os.replace(temp, path)
    except OSError as exc:
        raise MigrationError(N_("Cannot write {path}: {detail}."), path=str(path),
                             detail=exc.strerror or str(exc)) from None
    finally:
        temp.unlink(missing_ok=True)
    return path


# --- roles ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ConnectionRole:
    name: str
    superuser: bool
    owns_schema: bool  # owns the application's tables (can alter, drop, disable triggers)

    @property
    def too_powerful(self) -> bool:
        return self.superuser or self.owns_schema


def connection_role(engine: Engine) -> ConnectionRole | None:
    """The server role the engine connects as (None for a SQLite file or an empty database)."""
    if not is_server(engine):
        return None
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT current_user AS name, r.rolsuper AS superuser, "
            "pg_has_role(current_user, c.relowner, 'USAGE') AS owns "
            "FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('audit_event') "
            "WHERE r.rolname = current_user")).one()
    return ConnectionRole(row.name, bool(row.superuser), bool(row.owns))


def grant_statements(role: str, database: str) -> list[str]:
    """The SQL giving ``role`` a workstation's rights on the current schema (idempotent)."""
    if not _ROLE_NAME.match(role):
        raise MigrationError(N_("'{role}' is not a plain role name (letters, digits and _)."),
                             role=role)
    q = f'"{role}"'
    statements = [
        f'GRANT CONNECT ON DATABASE "{database}" TO {q}',
        f"REVOKE CREATE ON SCHEMA public FROM {q}",
        f"GRANT USAGE ON SCHEMA public TO {q}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {q}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {q}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {q}",
    ]
    for table in APPEND_ONLY:
        statements.append(f"REVOKE UPDATE, DELETE ON {table} FROM {q}")
    for table in READ_ONLY:
        statements.append(f"REVOKE INSERT, UPDATE, DELETE ON {table} FROM {q}")
    return statements


def grant_workstation(engine: Engine, role: str) -> list[str]:
    """Give ``role`` exactly a workstation's rights; run as the owner, after each migration.

    Returns the statements run. The role must exist (``CREATE ROLE ... LOGIN``
    is the DBA's, with the password policy of the ministry).
    """
    if not is_server(engine):
        raise MigrationError(N_("Roles are a PostgreSQL server's; a SQLite file has none."))
    migrate.require_current(engine)
    statements = grant_statements(role, engine.url.database or "")
    with engine.begin() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
                            ).first():
            raise MigrationError(N_("There is no role '{role}' on the server: create it first "
                                    "(CREATE ROLE {role} LOGIN PASSWORD '...')."), role=role)
        for sql in statements:
            conn.exec_driver_sql(sql)
    return statements
