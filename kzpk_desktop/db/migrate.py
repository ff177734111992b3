"""Schema versions: upgrade at start-up, refuse a database from the future."""
from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..messages import N_, Message, MessageError
from ..paths import MIGRATIONS_DIR


class SchemaError(MessageError):
    """The database cannot be used by this version of the application."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


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
        raise SchemaError(N_("The file is not a readable KZPK database ({detail})."),
                          detail=_reason(exc)) from exc
    if revision is None and tables - {"alembic_version"}:
        raise SchemaError(N_("The file is a database, but not a KZPK Desktop database."))
    if revision is not None:
        scripts = ScriptDirectory.from_config(alembic_config())
        try:
            scripts.get_revision(revision)
        except Exception:
            raise SchemaError(N_(
                "The database was written by a newer version of KZPK Desktop (schema "
                "{revision}). Install that version to open it; this version leaves the file "
                "untouched."), revision=revision) from None
    return revision


#: ``backup(engine, revision)`` copies a database about to leave ``revision``; raising
#: stops the upgrade. The copy is the services' (``services.backup.upgrade_schema``
#: passes it): db/ does not import services (layers point down).
BeforeUpgrade = Callable[[Engine, str], object]


def upgrade(engine: Engine, *, backup: BeforeUpgrade | None) -> bool:
    """Bring the schema to the newest revision. Return True if anything changed.

    ``backup`` is called first for a database that already has a schema (never
    for a new one); ``None`` says on purpose that no copy is wanted (tests,
    benchmarks, a database just created). The app and the CLI upgrade through
    ``services.backup.upgrade_schema``, which passes the backup service's copy.
    """
    revision = check_schema(engine)
    if revision == head_revision():
        return False
    if revision is not None and backup is not None:
        _backup_first(engine, revision, backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


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
