"""Declarative base and the columns every travelling record carries."""
from __future__ import annotations

import datetime as dt
import os
import uuid

from sqlalchemy import DateTime, Integer, MetaData, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Explicit constraint names keep Alembic batch migrations on SQLite deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Office code written into ``origin`` when the caller does not say otherwise.
DEFAULT_ORIGIN = "HQ"


#: Where the random bytes of new uids come from (``os.urandom``, as ``uuid.uuid4`` reads
#: them). Tests that replay a seeded run put a seeded generator here for its duration.
uid_bytes = os.urandom


def new_uid() -> uuid.UUID:
    """A random (version 4) uid for a new record, as ``uuid.uuid4`` makes it."""
    return uuid.UUID(bytes=uid_bytes(16), version=4)


def new_uids(count: int) -> list[uuid.UUID]:
    """``count`` new uids, their random bytes read at once."""
    data = uid_bytes(16 * count)
    return [uuid.UUID(bytes=data[i:i + 16], version=4) for i in range(0, 16 * count, 16)]


def binary_string(length: int) -> String:
    """Text compared by code point, whatever the database collation.

    Sort keys and search tokens rely on code point order (services/text.py);
    SQLite compares so by default, PostgreSQL only under COLLATE "C".
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """uid, timestamps, optimistic-lock version and origin office.

    ``version`` is SQLAlchemy's ``version_id_col``: an UPDATE carries
    ``WHERE version = <what was read>`` so a stale save raises
    ``StaleDataError`` instead of overwriting someone else's change.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    origin: Mapped[str] = mapped_column(String(16), default=DEFAULT_ORIGIN)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}


def tracked_defaults(now: dt.datetime | None = None, origin: str = DEFAULT_ORIGIN) -> dict:
    """Column values for bulk inserts, which bypass ORM defaults."""
    now = now or utcnow()
    return {"uid": new_uid(), "created_at": now, "updated_at": now, "version": 1, "origin": origin}
