"""Schema versions: what an upgrade would do, doing it under a lock, refusing what cannot be.

A SQLite file is upgraded at start-up (a copy first). A server is never
upgraded by a client: ``require_current`` refuses with both versions named,
and an administrator runs ``kzpk migrate`` (``services.migration``), which shows
the :func:`plan`, asks, and calls :func:`upgrade`. ``upgrade`` holds a lock for
the whole run (PostgreSQL: ``pg_advisory_lock``; SQLite: the write lock from
BEGIN IMMEDIATE) and looks at the revision again under it, so two runs at once
end with one upgrade and one "already up to date".
"""
from __future__ import annotations

import functools

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from ..messages import N_, MessageError
from ..paths import MIGRATIONS_DIR
from .faults import BUSY, DENIED, TIMEOUT, UNREACHABLE, fault_kind

#: One advisory lock for schema changes (another constant than the audit chain's).
PG_MIGRATION_LOCK = 7_141_593


class SchemaError(MessageError):
    """The database cannot be used by this version of the application.

    ``server`` is True when the fault is the server's or the connection's
    (unreachable, refused sign-in, no such database, no rights): a backup of a
    file is no answer to it.
    """

    server = False


class ServerError(SchemaError):
    """The server could not be used: what it said, in words for the user."""

    server = True


#: SQLSTATE of the server's refusals -> what to tell the user (PostgreSQL error codes).
_SQLSTATE = {
    "28P01": N_("The server {server} refused the password of '{user}'. Check the password "
                "(PGPASSWORD or ~/.pgpass), or ask the database administrator."),
    "28000": N_("The server {server} does not accept '{user}' from this computer ({detail}). "
                "Ask the database administrator (pg_hba.conf, sslmode)."),
    "3D000": N_("The server {server} has no database '{database}'. Check the name in the "
                "database URL, or ask the database administrator."),
    "42501": N_("The role '{user}' has no rights on the database '{database}' of {server} "
                "({detail}). Ask the database administrator to grant it a workstation's "
                "rights ('kzpk grant')."),
}
_FAILED = N_("The database server {server} could not do what was asked ({detail}).")
_UNREACHABLE = N_("The database server {server} cannot be reached ({detail}). Check that it "
                  "is running and that this computer may connect to it, then try again.")


def server_error(engine_or_url, exc: BaseException) -> ServerError:
    """``exc`` (raised connecting to or reading a server) as a sentence saying what it is."""
    url = getattr(engine_or_url, "url", engine_or_url)
    orig = getattr(exc, "orig", None) or exc
    state = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None),
                                                       "sqlstate", None)
    text = str(orig)
    if state is None:  # refusals during the connection come without a code from some drivers
        if "password authentication failed" in text:
            state = "28P01"
        elif "does not exist" in text and "database" in text:
            state = "3D000"
        elif "permission denied" in text or "CONNECT privilege" in text:
            state = "42501"
        elif "no pg_hba.conf entry" in text:
            state = "28000"
    server = f"{url.host or 'localhost'}:{url.port or 5432}"
    fields = {"server": server, "user": url.username or "", "database": url.database or "",
              "detail": _reason(exc).removeprefix("connection failed: ")}
    if state is None:
        template = _UNREACHABLE  # no answer from the server at all
    else:
        template = _SQLSTATE.get(state, _FAILED)
    return ServerError(template, **{k: v for k, v in fields.items() if "{" + k + "}" in template})


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@functools.lru_cache(maxsize=4)
def _scripts_at(location: str) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def script_directory() -> ScriptDirectory:
    """The migration scripts of this version, read once per process (loading them compiles
    every revision file: a tenth of a second that exports and imports would pay each time)."""
    return _scripts_at(str(MIGRATIONS_DIR))


def head_revision() -> str:
    return script_directory().get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine) -> str | None:
    """Return the database's revision; raise SchemaError if this app cannot use it."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = MigrationContext.configure(conn).get_current_revision()
    except Exception as exc:  # the file is not a database at all, or is damaged
        if engine.dialect.name != "sqlite":
            # Unreachable, a refused password, no such database, no rights: said as what it
            # is, with the server's name (a backup of a file is no answer to it).
            raise server_error(engine, exc) from exc
        if fault_kind(exc) in (UNREACHABLE, DENIED, BUSY, TIMEOUT):
            raise  # a file busy or locked: says itself (db.faults), not "damaged"
        raise SchemaError(N_("The file is not a readable KZPK database ({detail})."),
                          detail=_reason(exc)) from exc
    if revision is None and tables - {"alembic_version"}:
        raise SchemaError(N_("The file is a database, but not a KZPK Desktop database."))
    if revision is not None:
        scripts = script_directory()
        try:
            scripts.get_revision(revision)
        except Exception:
            raise SchemaError(N_(
                "The database is at schema {revision}, written by a newer version of KZPK "
                "Desktop; this version knows schemas up to {head}. Install the newer version "
                "to open it; this version leaves the database untouched."),
                revision=revision, head=scripts.get_current_head()) from None
    return revision


@dataclass(frozen=True)
class Step:
    revision: str
    title: str  # the first line of the revision's docstring


@dataclass(frozen=True)
class Plan:
    """What :func:`upgrade` would do: from ``current`` (None: no schema yet) to ``head``."""

    current: str | None
    head: str
    steps: tuple[Step, ...]

    @property
    def needed(self) -> bool:
        return self.current != self.head


def plan(engine: Engine) -> Plan:
    """The revisions an upgrade would apply, oldest first (SchemaError if it cannot)."""
    current = check_schema(engine)
    head = head_revision()
    return Plan(current, head, plan_between(current, head))


def plan_between(current: str | None, target: str) -> tuple[Step, ...]:
    """The revisions after ``current`` (None: from nothing) up to ``target``, oldest first."""
    scripts = script_directory()
    steps = [Step(s.revision, (s.doc or "").strip().splitlines()[0] if s.doc else "")
             for s in scripts.iterate_revisions(target, current or "base")]
    return tuple(reversed(steps))


def require_current(engine: Engine) -> str:
    """A server's schema as a workstation finds it: at this version's, or refused.

    A client never changes a server's schema (every other workstation would be
    locked out, with no backup and no administrator asked): it names both
    versions and sends the user to the administrator.
    """
    revision = check_schema(engine)
    head = head_revision()
    if revision == head:
        return revision
    if revision is None:
        raise SchemaError(N_("The database on the server has no KZPK schema yet: its "
                             "administrator creates it with 'kzpk init' (this version needs "
                             "schema {head})."), head=head)
    raise SchemaError(N_("The database on the server is at schema {revision}; this version of "
                         "KZPK Desktop needs schema {head}. Ask the database administrator to "
                         "run 'kzpk migrate' with this version; a workstation does not change "
                         "the server's schema by itself."), revision=revision, head=head)


def offline_sql(engine: Engine, from_revision: str | None) -> str:
    """The SQL an upgrade from ``from_revision`` would run, for a DBA to review or apply
    (Alembic's offline mode; nothing is executed)."""
    cfg = alembic_config()
    out = io.StringIO()
    cfg.output_buffer = out
    cfg.attributes["dialect_name"] = engine.dialect.name
    if from_revision is None:
        # 0001's seed rows are inserted through untyped tables, which offline mode cannot
        # render as literals (and 0001 is frozen): a new database is made by 'kzpk init'.
        raise SchemaError(N_("The database has no KZPK schema yet: there is no upgrade script "
                             "to show; create the schema with 'kzpk init'."))
    try:
        command.upgrade(cfg, f"{from_revision}:head", sql=True)
    except Exception as exc:
        raise SchemaError(N_("The SQL of this upgrade cannot be written out for review "
                             "({detail}); apply it with 'kzpk migrate'."),
                          detail=_reason(exc)) from exc
    return out.getvalue()


#: ``backup(engine, revision)`` copies a database about to leave ``revision``; raising
#: stops the upgrade. The copy is the services' (``services.backup.upgrade_schema``
#: passes it): db/ does not import services (layers point down).
BeforeUpgrade = Callable[[Engine, str], object]
#: ``after(connection, from_revision, to_revision)`` runs in the upgrade's own transaction
#: (the services record the audit event there): raising undoes the upgrade.
AfterUpgrade = Callable[[Connection, "str | None", str], object]


def upgrade(engine: Engine, *, backup: BeforeUpgrade | None,
            after: AfterUpgrade | None = None) -> bool:
    """Bring the schema to the newest revision. Return True if anything changed.

    ``backup`` is called first for a database that already has a schema (never
    for a new one); ``None`` says on purpose that no copy is wanted (tests,
    benchmarks, a database just created). The app and the CLI upgrade through
    ``services.backup.upgrade_schema``, which passes the backup service's copy.
    """
    revision = check_schema(engine)
    head = head_revision()
    if revision == head:
        return False
    cfg = alembic_config()
    with _locked(engine) as conn, conn.begin():
        # Looked at again under the lock: a run that held it before us may have done it all.
        revision = MigrationContext.configure(conn).get_current_revision()
        if revision == head:
            return False
        if revision is not None and backup is not None:
            _backup_first(engine, revision, backup)  # reads on its own connection (WAL)
        if conn.dialect.name == "postgresql":
            # An upgrade of a big database may rightly take longer than any one click.
            conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if after is not None:
            after(conn, revision, head)
    return True


@contextmanager
def _locked(engine: Engine) -> Iterator[Connection]:
    """A connection holding the schema lock until the block ends."""
    if engine.dialect.name != "postgresql":
        with engine.connect().execution_options(sqlite_begin="IMMEDIATE") as conn:
            yield conn
        return
    with engine.connect() as conn:
        # Another workstation's upgrade may rightly hold the lock for long: wait for it
        # without the engine's lock timeout (put back afterwards: the connection is pooled).
        previous = conn.exec_driver_sql("SHOW lock_timeout").scalar()
        conn.exec_driver_sql("SET lock_timeout = 0")
        # A session-level lock: it outlives the transaction committed inside the block.
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({PG_MIGRATION_LOCK})")
        conn.commit()
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({PG_MIGRATION_LOCK})")
            conn.exec_driver_sql(f"SET lock_timeout = '{previous}'")
            conn.commit()


def _backup_first(engine: Engine, revision: str, backup: BeforeUpgrade) -> None:
    """Copy a database that holds records before its schema changes; no copy, no upgrade."""
    try:
        backup(engine, revision)
    except Exception as exc:
        # A refusal of the backup service keeps its template, so its words translate too.
        detail = exc.message if isinstance(exc, MessageError) else str(exc)
        raise SchemaError(N_("The database was not upgraded: the backup made before upgrading "
                             "failed ({detail})."), detail=detail) from exc


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__
