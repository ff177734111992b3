"""Accounts and the append-only audit trail."""
from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, CheckConstraint, DateTime, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, Tracked, new_uid, utcnow

ROLES = ("viewer", "clerk", "supervisor", "admin")


class User(Tracked, Base):
    __tablename__ = "user_account"
    __table_args__ = (
        CheckConstraint("role IN ('viewer', 'clerk', 'supervisor', 'admin')", name="role"),
    )

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """Who did what to which record, with old and new values (JSON)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_entity", "entity", "entity_uid"),
        Index("ix_audit_event_action_user", "action", "username"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_uid: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    changes: Mapped[str | None] = mapped_column(Text)  # JSON {field: [old, new]}
    origin: Mapped[str] = mapped_column(String(16), default="HQ")
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    hash_version: Mapped[int | None] = mapped_column(Integer)  # None: the first chain format
    sealed_by: Mapped[str | None] = mapped_column(String(16))  # the sealing key's id
    seal: Mapped[str | None] = mapped_column(String(64))  # HMAC of hash (audit_seal.py)
