"""Exchange between offices: identities, the per-record change state, conflicts, packages.

None of these tables travels itself; they describe what travels (services/exchange).
"""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow

OFFICE_ROLES = ("ministry", "field")


class ExchangeOffice(Base):
    """This office (``is_self``) and every office whose card it trusts, with the exchange state."""

    __tablename__ = "exchange_office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(10))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    sign_public: Mapped[str] = mapped_column(String(64))  # Ed25519, hex
    box_public: Mapped[str] = mapped_column(String(64))  # X25519, hex
    sign_private: Mapped[str | None] = mapped_column(String(64))  # this office only
    box_private: Mapped[str | None] = mapped_column(String(64))
    #: Where this office's database lives (file path or server/database); a copy elsewhere
    #: or a restored backup must not speak with the same identity.
    bound_to: Mapped[str | None] = mapped_column(String(1000))
    needs_enrolment: Mapped[bool] = mapped_column(Boolean, default=False)
    #: This office: the hybrid logical clock's last value and the last change number given.
    clock: Mapped[str | None] = mapped_column(String(40))
    change_seq: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # --- a peer: what went each way -------------------------------------------------------
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)  # last package sent to it
    sent_hash: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acked_changes: Mapped[int] = mapped_column(Integer, default=0)  # our changes it holds
    acked_package: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acked_audit_id: Mapped[int] = mapped_column(Integer, default=0)
    acked_audit_hash: Mapped[str | None] = mapped_column(String(64))
    received_seq: Mapped[int] = mapped_column(Integer, default=0)  # last package imported
    received_hash: Mapped[str | None] = mapped_column(String(64))
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_changes: Mapped[int] = mapped_column(Integer, default=0)  # its changes we hold


class ExchangeRow(Base):
    """The exchange state of one travelling record: its change number and field clocks.

    ``seq`` is this office's change number of the latest change to the record
    (an export sends the records numbered above what the peer acknowledged).
    ``clock`` stamps every field not in ``clocks`` (JSON ``{field: [clock,
    [bases...]]}``); ``bases`` are the clocks the writer had seen, to tell a
    later edit from a concurrent one.
    """

    __tablename__ = "exchange_row"
    __table_args__ = (
        UniqueConstraint("entity", "uid"),
        Index("ix_exchange_row_seq", "seq"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(Integer)
    clock: Mapped[str] = mapped_column(String(40))
    clocks: Mapped[str | None] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The office whose package last set this state as it was sent (None: changed here since),
    #: so the state is not echoed back to it.
    via: Mapped[str | None] = mapped_column(String(16))


class ExchangeReceived(Base):
    """Every package imported, so a repeat is recognised and a fork refused."""

    __tablename__ = "exchange_received"
    __table_args__ = (UniqueConstraint("office", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(16))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[str | None] = mapped_column(Text)  # JSON counts


class ExchangeConflict(Base):
    """A change a clerk must decide: two values of a protected field, an edit of a
    deleted record, or a person who may be someone already on file."""

    __tablename__ = "exchange_conflict"
    __table_args__ = (Index("ix_exchange_conflict_open", "resolved_at", "entity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # field, delete, identity
    entity: Mapped[str] = mapped_column(String(40))
    uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60), default="")
    local_value: Mapped[str | None] = mapped_column(Text)  # JSON
    local_clock: Mapped[str | None] = mapped_column(String(40))
    incoming_value: Mapped[str | None] = mapped_column(Text)  # JSON
    incoming_clock: Mapped[str | None] = mapped_column(String(40))
    incoming_office: Mapped[str] = mapped_column(String(16))
    #: identity: the local record's uid; delete: the incoming record (JSON)
    detail: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(60))
    resolution: Mapped[str | None] = mapped_column(String(10))  # local, incoming, superseded


class ExchangeHeld(Base):
    """An incoming record not applied yet: it refers to a record not here yet, or
    waits for the ministry to decide who the person is."""

    __tablename__ = "exchange_held"
    __table_args__ = (UniqueConstraint("entity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    record: Mapped[str] = mapped_column(Text)  # JSON as it travelled
    office: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(400))
    held_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ExchangeAlias(Base):
    """A person merged into another: every reference to ``uid`` means ``survivor``."""

    __tablename__ = "exchange_alias"

    uid: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    survivor: Mapped[uuid.UUID] = mapped_column(Uuid)
    clock: Mapped[str] = mapped_column(String(40))
    seq: Mapped[int] = mapped_column(Integer, index=True)


class ExchangeAudit(Base):
    """Audit events another office reported, kept as they came (their hash chain)."""

    __tablename__ = "exchange_audit"
    __table_args__ = (UniqueConstraint("office", "event_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office: Mapped[str] = mapped_column(String(16))
    event_id: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(Text)  # JSON of the event's fields
    #: Set when a later package contradicted this event: history rewritten after it was reported.
    contradicted: Mapped[str | None] = mapped_column(String(64))
