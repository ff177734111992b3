"""The recycle bin: what a delete removed, kept so that it can be put back (services/recycle.py).

Neither table travels between offices nor is audited row by row: the delete and
the restore are in the audit trail already. The snapshot holds the rows as the
tables held them (references by uid); files (a document's scan, a photo) stay
bytes in ``recycle_blob``, protected as the tables are (SQLCipher when the
database is encrypted).
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow

RECYCLED_ENTITIES = ("serviceman", "document", "assignment")


class RecycleItem(Base):
    """One delete a person made: the record, and the rows that went with it."""

    __tablename__ = "recycle_item"
    __table_args__ = (Index("ix_recycle_item_deleted_at", "deleted_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))  # serviceman, document, assignment
    entity_uid: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: The serviceman the record belongs to (a document's or assignment's owner; or himself).
    serviceman_uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    #: What it was, as the list shows it ("Ахметов Ерлан (IIN ...)", "passport N1234567").
    what: Mapped[str] = mapped_column(String(400))
    deleted_by: Mapped[str] = mapped_column(String(60))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: JSON: [{"table": name, "values": {column: value}}], parents first.
    rows: Mapped[str] = mapped_column(Text)


class RecycleBlob(Base):
    """A file column of a row in an item's snapshot, kept as bytes."""

    __tablename__ = "recycle_blob"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("recycle_item.id", ondelete="CASCADE"),
                                         index=True)
    #: Which row: its index in the item's ``rows``.
    row_index: Mapped[int] = mapped_column(Integer)
    column: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
