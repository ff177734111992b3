"""Optimistic locking for edits made through a form: refuse stale saves clearly."""
from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from .errors import N_, StaleRecord


def expect_version(record, version: int | None, label: str) -> None:
    """Refuse when the record changed since the caller read ``version``.

    ``version=None`` means the caller did not read the record first (a script),
    so there is nothing to compare.
    """
    if version is not None and version != record.version:
        raise StaleRecord(N_("{what} was changed by someone else after you opened it. "
                             "Reload it to see their changes."), what=label)


def flush_checked(session: Session, label: str) -> None:
    """Flush; a concurrent save between our read and this write becomes StaleRecord."""
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(N_("{what} was changed by someone else while you were saving. "
                             "Reload it to see their changes."), what=label) from None
