"""Schema versions: upgrade at start-up, refuse a database from the future."""
from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..messages import N_, Message
from ..paths import MIGRATIONS_DIR


class SchemaError(Exception):
    """The database cannot be used by this version of the application.

    Built like the services' ``ServiceError``: an English template with named
    fields, so ``str()`` is English (CLI) and the GUI can translate ``message``.
    """

    def __init__(self, template: str, **args) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template.format(**args))

    @property
    def message(self) -> Message:
        return Message(self.template, **self.args_)


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
    except Exception as exc:  # the file is not a database at all, is damaged, or is locked
        if _locked(exc):
            raise SchemaError(LOCKED_MSG, detail=_reason(exc)) from exc
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


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Return True if anything changed."""
    revision = check_schema(engine)
    if revision == head_revision():
        return False
    if revision is not None:
        _backup_first(engine, revision)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def _backup_first(engine: Engine, revision: str) -> None:
    """Copy a database that holds records before its schema changes; no copy, no upgrade."""
    # Imported here: the copy is the backup service's, and db/ must not import
    # services at module level (layers point down).
    from ..services.backup import backup_before_migration

    try:
        backup_before_migration(engine, revision)
    except Exception as exc:
        # A refusal of the backup service keeps its template, so its words translate too.
        detail = Message(exc.template, **exc.args_) if hasattr(exc, "args_") else str(exc)
        raise SchemaError(N_("The database was not upgraded: the backup made before upgrading "
                             "failed ({detail})."), detail=detail) from exc


LOCKED_MSG = N_("Another program holds the database ({detail}): close it, or wait for it to "
                "finish, and try again.")


def _locked(exc: Exception) -> bool:
    text = str(getattr(exc, "orig", exc))
    return "database is locked" in text or "database table is locked" in text


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__
