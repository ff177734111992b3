"""Start-up health check and restoring a backup.

``quick_check`` is what the application runs before opening a database: a
file that is not a KZPK database, one from a newer version, or a damaged one
yields readable problems (never an exception), so the GUI can offer to
restore. ``restore`` puts a verified backup in place of the database file and
keeps the current file aside; every engine on the database must be disposed
first (the GUI closes its windows' sessions, then reopens).
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..db.engine import create_private_file
from .backup import BACKUP_SUFFIX, backup_files
from .encryption import connect_file, database_errors, passphrase_of
from ..messages import Message
from .errors import N_, ServiceError
from .intact import mark_intact

_SIDECARS = ("-wal", "-shm")
_DAMAGED = N_("The database file is damaged ({detail}).")


class RestoreError(ServiceError):
    pass


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: dt.datetime  # local time, from the file name
    size: int
    before_upgrade: bool  # made automatically before a schema upgrade


def quick_check(engine: Engine) -> list[Message]:
    """Problems that keep the database from being used; empty when it can be opened.

    Each problem is English text that keeps its template (``Message``) for the GUI.

    A missing or empty file is fine (it will be created). Runs ``PRAGMA
    quick_check`` (seconds even on a large file) on SQLite.
    """
    from ..db import migrate  # Alembic: loaded only when the schema is to be judged

    try:
        migrate.check_schema(engine)
    except migrate.SchemaError as exc:
        if _malformed(exc.__cause__):
            return [Message(_DAMAGED, detail=_detail(exc.__cause__))]
        return [exc.message]
    return integrity_problems(engine)


def integrity_problems(engine: Engine) -> list[Message]:
    """The file-level half of :func:`quick_check`, for a database whose schema is known to be
    current (``db.schema_state.is_current``): ``PRAGMA quick_check`` on SQLite."""
    if engine.dialect.name != "sqlite":
        return []
    try:
        with engine.connect() as conn:
            lines = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
    except DBAPIError as exc:
        return [Message(_DAMAGED, detail=_detail(exc))]
    if lines == ["ok"]:
        mark_intact(engine)
        return []
    return [Message(N_("The database file is damaged: {detail}"), detail=line)
            for line in lines[:20]]


def list_backups(engine_or_url: Engine | URL | str) -> list[BackupFile]:
    """The database's backups in its ``backups`` folder, newest first (for the restore dialog)."""
    target = _database_path(engine_or_url)
    folder = target.parent / "backups"
    if not folder.is_dir():
        return []
    out = []
    for path in backup_files(folder, target.stem):
        stamp = path.name[len(target.stem) + 1:len(target.stem) + 16]
        out.append(BackupFile(path, dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S"),
                              path.stat().st_size, "-schema-" in path.name))
    return sorted(out, key=lambda b: b.path.name, reverse=True)


@dataclass(frozen=True)
class RestoreOutcome:
    aside: Path | None  # where the database file that was replaced went
    #: What the backup's trail check found, when an administrator restored it anyway.
    trail_problems: tuple[str, ...] = ()


class BrokenTrail(RestoreError):
    """The backup's audit trail or data do not agree: restored only when forced."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(N_("The backup's audit trail is broken ({detail}; {n} problem(s) in "
                            "all): it was changed outside KZPK Desktop. Choose another backup; "
                            "an administrator may restore it anyway with 'kzpk restore --force' "
                            "(recorded in the audit trail)."), detail=problems[0],
                         n=len(problems))
        self.problems = problems


def restore(engine_url: URL | str, backup_path: str | os.PathLike, *,
            now: dt.datetime | None = None) -> Path | None:
    """:func:`restore_checked` without forcing; where the current file was put."""
    return restore_checked(engine_url, backup_path, now=now).aside


def restore_checked(engine_url: URL | str, backup_path: str | os.PathLike, *,
                    force: bool = False, now: dt.datetime | None = None) -> RestoreOutcome:
    """Replace the database with ``backup_path``.

    The backup is copied beside the database and checked first (integrity, a
    KZPK database this version can open, the same passphrase for an encrypted
    one, then its audit trail and the rows it explains, as ``kzpk check --deep``
    does: a broken one raises :class:`BrokenTrail` unless ``force``); only then
    is the current file renamed to
    ``<name>.before-restore-<stamp>.sqlite`` (with its WAL, so it stays whole)
    and the copy renamed into its place.
    """
    url = make_url(engine_url)
    target = _database_path(url)
    source = Path(backup_path)
    if not source.is_file():
        raise RestoreError(N_("There is no backup file at {path}."), path=str(source))
    if source.resolve() == target.resolve():
        raise RestoreError(N_("Choose a backup, not the database itself."))
    temp = target.with_name(f".{target.name}.restoring")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        temp.unlink(missing_ok=True)
        create_private_file(temp)  # the restored database is readable by its owner only
        shutil.copyfile(source, temp)
        _verify(temp, url)
        problems = trail_problems(temp, url)
        if problems and not force:
            raise BrokenTrail(problems)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    aside = None
    if target.exists():
        _checkpoint(target, passphrase_of(url))
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        aside = target.with_name(f"{target.stem}.before-restore-{stamp}{BACKUP_SUFFIX}")
        os.replace(target, aside)
        for suffix in _SIDECARS:
            side = target.with_name(target.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
    os.replace(temp, target)
    _retire_identity(target, passphrase_of(url))
    return RestoreOutcome(aside, tuple(problems))


def trail_problems(copy: Path, url: URL) -> list[str]:
    """The backup's audit chain and deep replay (``maintenance.check --deep``'s trail part)."""
    from .audit import check_audit_chain
    from .audit_replay import replay

    probe = create_engine(url.set(database=str(copy)), poolclass=NullPool)
    try:
        with probe.connect() as conn:
            return check_audit_chain(conn).problems + replay(conn).problems
    except DBAPIError as exc:
        return [f"the backup's audit trail could not be read: {_detail(exc)}"]
    finally:
        probe.dispose()


def _retire_identity(path: Path, key: str | None) -> None:
    """The restored copy is behind what its office already sent: it must enrol again."""
    from .exchange.office import mark_restored_file

    conn = connect_file(path, key)
    try:
        mark_restored_file(conn)
    finally:
        conn.close()


def _database_path(engine_or_url: Engine | URL | str) -> Path:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise RestoreError(N_("Only a SQLite database file can be restored from a backup; "
                              "restore a PostgreSQL server with its own tools."))
    return Path(url.database)


def _verify(copy: Path, url: URL) -> None:
    key = passphrase_of(url)
    try:
        conn = connect_file(copy, key, readonly=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except database_errors() as exc:
        if _malformed(exc):
            raise RestoreError(N_("The backup is damaged ({detail}); choose another."),
                               detail=_detail(exc)) from exc
        if key is not None:
            raise RestoreError(N_("The backup does not open with this database's passphrase, "
                                  "or it is not a KZPK backup.")) from exc
        raise RestoreError(N_("The backup is not a readable database ({detail})."),
                           detail=str(exc)) from exc
    if problems != ["ok"]:
        raise RestoreError(N_("The backup is damaged ({detail}); choose another."),
                           detail=problems[0])
    from ..db import migrate

    # Read-only look at the schema: no connection pragmas, so the copy is not changed.
    probe = create_engine(url.set(database=str(copy)), poolclass=NullPool)
    try:
        revision = migrate.check_schema(probe)
    except migrate.SchemaError as exc:
        raise RestoreError(N_("The backup cannot be used: {detail}"),
                           detail=exc.message) from exc
    finally:
        probe.dispose()
    if revision is None:
        raise RestoreError(N_("The file is not a KZPK Desktop backup."))


def _malformed(exc: BaseException | None) -> bool:
    return exc is not None and "malformed" in str(getattr(exc, "orig", exc))


def _detail(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _checkpoint(path: Path, key: str | None) -> None:
    """Fold the current file's WAL into it, if it can be read at all (a damaged one may not)."""
    try:
        conn = connect_file(path, key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            conn.close()
    except database_errors():
        pass  # the WAL files are moved aside with it instead
