"""Optimistic locking for edits made through a form: refuse stale saves clearly.

On PostgreSQL two saves can truly overlap (SQLite's write lock queues them):
both read version 1, one commits, and the other's UPDATE, DELETE or token
rewrite then meets rows that changed under it (a flush failing half-way, a
duplicate search token). So the record is first read again with its row
locked (``SELECT ... FOR UPDATE``): the second save waits for the first to
commit, sees the new version, and is refused as stale before it writes
anything.
"""
from __future__ import annotations

from sqlalchemy import and_, inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.exc import StaleDataError

from .errors import N_, StaleRecord


def expect_version(record, version: int | None, label: str) -> None:
    """Refuse when the record changed since the caller read ``version``.

    ``version=None`` means the caller did not read the record first (a script),
    so there is nothing to compare.
    """
    if version is not None:
        lock_current(record)
    if version is not None and version != record.version:
        raise StaleRecord(N_("{what} was changed by someone else after you opened it. "
                             "Reload it to see their changes."), what=label)


def lock_current(record) -> None:
    """Lock ``record``'s row until the transaction ends and read it again (PostgreSQL).

    Call before changing the record: pending changes to it would be lost.
    """
    session = object_session(record)
    if session is None or session.get_bind().dialect.name != "postgresql":
        return
    state = inspect(record)
    # The row alone: FOR UPDATE cannot reach the outer-joined rows of eager relationships.
    key = and_(*(column == value for column, value in zip(state.mapper.primary_key,
                                                            state.identity)))
    session.execute(select(*state.mapper.primary_key).where(key).with_for_update())
    session.refresh(record)


def flush_checked(session: Session, label: str) -> None:
    """Flush; a concurrent save between our read and this write becomes StaleRecord."""
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(N_("{what} was changed by someone else while you were saving. "
                             "Reload it to see their changes."), what=label) from None
