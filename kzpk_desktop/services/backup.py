"""Consistent copies of a SQLite database while it is in use.

The copy is made with SQLite's online backup API (never a file copy, which
could catch a half-written page or miss the WAL), written under a temporary
name, checked with ``PRAGMA integrity_check`` and only then renamed into place.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

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
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(temp)
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
    except sqlite3.DatabaseError as exc:
        raise BackupError(N_("The backup could not be made: {detail}."), detail=str(exc)) from exc
    except PermissionError:
        raise BackupError(N_("Cannot write {path}: the folder is read-only or the file is in use."),
                          path=str(target)) from None
    finally:
        temp.unlink(missing_ok=True)
    return target


def prune(directory: Path, keep: int, stem: str) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``stem`` in ``directory``."""
    files = sorted(directory.glob(f"{stem}-*{BACKUP_SUFFIX}"), key=lambda p: p.name, reverse=True)
    removed = files[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
