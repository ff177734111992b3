"""Consistent copies of a SQLite database while it is in use.

The copy is made with SQLite's online backup API (never a file copy, which
could catch a half-written page or miss the WAL), written under a temporary
name, checked with ``PRAGMA integrity_check`` and only then renamed into place.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from ..db.engine import create_private_file
from .encryption import connect_file, database_errors, passphrase_of
from .errors import N_, ServiceError

BACKUP_SUFFIX = ".sqlite"


class BackupError(ServiceError):
    pass


def database_file(engine: Engine) -> Path:
    url = make_url(str(engine.url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise BackupError(N_("Backups are made of SQLite database files only; back up a "
                             "PostgreSQL server with its own tools (pg_dump)."))
    return Path(url.database)


def default_backup_path(engine: Engine, now: dt.datetime | None = None) -> Path:
    source = database_file(engine)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return source.parent / "backups" / f"{source.stem}-{stamp}{BACKUP_SUFFIX}"


def backup(engine: Engine, target: str | os.PathLike | None = None, *,
           pages_per_step: int = 1024) -> Path:
    """Copy the database to ``target`` (default: a dated file beside it); return the path."""
    source = database_file(engine)
    if not source.exists():
        raise BackupError(N_("There is no database file at {path}."), path=str(source))
    target = Path(target) if target else default_backup_path(engine)
    if target.resolve() == source.resolve():
        raise BackupError(N_("The backup cannot overwrite the database itself."))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.partial")
    try:
        # An encrypted database is copied between two connections with its key,
        # so the backup is encrypted with the same passphrase.
        key = passphrase_of(engine)
        temp.unlink(missing_ok=True)
        create_private_file(temp)  # the backup is readable by its owner only
        src = connect_file(source, key, readonly=True)
        try:
            dst = connect_file(temp, key)
            try:
                src.backup(dst, pages=pages_per_step)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                problems = [r[0] for r in dst.execute("PRAGMA integrity_check")]
            finally:
                dst.close()
        finally:
            src.close()
        if problems != ["ok"]:
            raise BackupError(N_("The copy failed its integrity check ({detail}); the database "
                                 "itself may be damaged."), detail=problems[0])
        os.replace(temp, target)
    except database_errors() as exc:
        raise BackupError(N_("The backup could not be made: {detail}."), detail=str(exc)) from exc
    except PermissionError:
        raise BackupError(N_("Cannot write {path}: the folder is read-only or the file is in use."),
                          path=str(target)) from None
    finally:
        temp.unlink(missing_ok=True)
    return target


def prune(directory: Path, keep: int, stem: str) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``stem`` in ``directory``."""
    files = sorted(backup_files(directory, stem), key=lambda p: p.name, reverse=True)
    removed = files[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_files(directory: Path, stem: str) -> list[Path]:
    """Backups of the database ``stem`` only (not of ``stem-other.sqlite``'s)."""
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{8}})-\d{{6}}(-schema-[\w.-]+)?"
                         rf"{re.escape(BACKUP_SUFFIX)}$")
    return [p for p in directory.glob(f"{stem}-*{BACKUP_SUFFIX}") if pattern.match(p.name)]


def _newest_day(directory: Path, stem: str) -> dt.date | None:
    days = [dt.datetime.strptime(p.name[len(stem) + 1:len(stem) + 9], "%Y%m%d").date()
            for p in backup_files(directory, stem) if "-schema-" not in p.name]
    return max(days, default=None)


def auto_backup(engine: Engine, keep: int | None = None, *,
                now: dt.datetime | None = None) -> Path | None:
    """The first start of a day: back up and keep the newest ``keep`` copies.

    Returns the new backup, or None when today's exists already, the file does
    not exist yet, or the database is a server's. ``keep`` defaults to the
    ``backup_keep`` setting. The newest backup's file name is the marker, so a
    viewer's start (who may write nothing) counts too.
    """
    try:
        source = database_file(engine)
    except BackupError:
        return None
    if not source.is_file() or source.stat().st_size == 0:
        return None
    now = now or dt.datetime.now()
    folder = source.parent / "backups"
    if folder.is_dir() and _newest_day(folder, source.stem) == now.date():
        return None
    if keep is None:
        keep = _keep_setting(engine)
    path = backup(engine, default_backup_path(engine, now))
    prune(folder, keep, source.stem)
    return path


@dataclass(frozen=True)
class SchemaUpgrade:
    """What :func:`apply_schema_upgrade` did, for telling the user."""

    from_revision: str | None  # None: a new database got its first schema
    to_revision: str
    backup: Path | None  # the copy made first (a file that already had a schema)


def upgrade_schema(engine: Engine) -> bool:
    """Bring the database to this version's schema, copying it first if it holds one.

    True if anything changed; ``migrate.SchemaError`` when the database cannot be
    used (also when the copy fails: then nothing was upgraded). A server is
    never upgraded here (every client starting would): it must be at this
    version's schema, else ``SchemaError`` names both versions and sends the
    user to the administrator (``kzpk migrate``, ``services.migration``).
    """
    return apply_schema_upgrade(engine) is not None


def apply_schema_upgrade(engine: Engine) -> SchemaUpgrade | None:
    """:func:`upgrade_schema`, saying what was done (None: nothing to do).

    A newer version installed over an older one gets here on its first start:
    the database lives in the user's data folder, not in the install folder.
    """
    # Alembic is loaded only here: a usual start (schema already current) skips it.
    from ..db import migrate
    from .migration import database_user, is_server, record_migration

    if is_server(engine):
        migrate.require_current(engine)
        return None
    done: dict[str, object] = {}

    def copy(engine: Engine, revision: str) -> None:
        done["backup"] = backup_before_migration(engine, revision)

    def after(conn, old: str | None, new: str) -> None:
        done.update(old=old, new=new)
        if old is not None:
            record_migration(conn, database_user(engine), old, new)

    if not migrate.upgrade(engine, backup=copy, after=after):
        return None
    return SchemaUpgrade(done["old"], done["new"], done.get("backup"))


def backup_before_migration(engine: Engine, revision: str,
                            now: dt.datetime | None = None) -> Path | None:
    """A copy of a database about to be migrated from ``revision`` (kept until pruned)."""
    try:
        source = database_file(engine)
    except BackupError:
        return None
    if not source.is_file():
        return None
    dated = default_backup_path(engine, now)
    return backup(engine, dated.with_name(f"{dated.stem}-schema-{revision}{BACKUP_SUFFIX}"))


def _keep_setting(engine: Engine) -> int:
    from sqlalchemy.orm import Session

    from . import settings

    with Session(engine) as session:
        return settings.backup_keep(session)
