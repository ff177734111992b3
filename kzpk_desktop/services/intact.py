"""No write to a damaged SQLite file: ``PRAGMA quick_check`` before the first write.

Writing into a file with damaged pages spreads the damage (SQLite trusts what
it reads), so the first write of a process to each database runs SQLite's quick
check on the writing connection and refuses a damaged file with the offer to
restore a backup. The answer is kept per engine for the life of the process
(the check reads the whole file: well under a second at 100,000 servicemen);
a start-up check that found the file whole (``recovery.integrity_problems``)
counts too. PostgreSQL guards its own pages.
"""
from __future__ import annotations

import weakref

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from .errors import N_, ServiceError

DAMAGED_MSG = N_("The database file is damaged ({detail}); nothing was written. Restore a "
                 "backup: File > Restore from a backup, or 'kzpk restore FILE'.")

_whole: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class DamagedDatabase(ServiceError):
    pass


def first_finding(lines: list[str]) -> str:
    """The first line of SQLite's findings that names something (not its "*** in database
    main ***" heading): one line for a message."""
    for row in lines:
        for line in str(row).splitlines():
            if line.strip() and not line.startswith("***"):
                return line.strip()
    return "?"


def mark_intact(engine: Engine) -> None:
    """Remember that ``engine``'s file passed the quick check."""
    _whole[engine] = True


def require_intact(conn: Connection) -> None:
    """Refuse with :class:`DamagedDatabase` unless the file passed the quick check."""
    engine = conn.engine
    if engine.dialect.name != "sqlite" or _whole.get(engine):
        return
    try:
        lines = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check")]
    except DBAPIError as exc:
        text = str(getattr(exc, "orig", exc)).strip()
        raise DamagedDatabase(DAMAGED_MSG, detail=text.splitlines()[0] if text else "?") from None
    if lines != ["ok"]:
        raise DamagedDatabase(DAMAGED_MSG, detail=first_finding(lines))
    _whole[engine] = True
