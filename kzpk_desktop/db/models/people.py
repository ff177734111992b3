"""Servicemen, their documents, units and assignment history."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Tracked, binary_string
from .reference import DocumentKind, Named, Rank, UnitKind

SEXES = ("M", "F")
SERVICEMAN_STATUSES = ("active", "in_training", "deployed", "returned", "discharged")
BLOOD_GROUPS = ("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-")


class Serviceman(Tracked, Base):
    __tablename__ = "serviceman"
    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F')", name="sex"),
        CheckConstraint(
            "status IN ('active', 'in_training', 'deployed', 'returned', 'discharged')",
            name="status",
        ),
        Index("ix_serviceman_sort_key", "sort_key", "id"),
        # The registry's Latin-name order walks it (services.registry._driven_parts).
        Index("ix_serviceman_latin", "surname_latin", "id"),
    )

    iin: Mapped[str] = mapped_column(String(12), unique=True)
    service_number: Mapped[str] = mapped_column(String(20), unique=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    surname_latin: Mapped[str | None] = mapped_column(String(100))
    given_names_latin: Mapped[str | None] = mapped_column(String(150))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    rank_id: Mapped[int | None] = mapped_column(ForeignKey("rank.id"), index=True)
    speciality: Mapped[str | None] = mapped_column(String(120))
    blood_group: Mapped[str | None] = mapped_column(String(3))
    phone: Mapped[str | None] = mapped_column(String(40))
    kin_name: Mapped[str | None] = mapped_column(String(200))
    kin_relation: Mapped[str | None] = mapped_column(String(60))
    kin_phone: Mapped[str | None] = mapped_column(String(40))
    english_level: Mapped[str | None] = mapped_column(String(40))
    driving_licence: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="active", index=True)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    notes: Mapped[str | None] = mapped_column(Text)
    #: Alphabetical order key (Kazakh/Russian alphabet) of "surname given patronymic".
    sort_key: Mapped[str] = mapped_column(binary_string(400))

    rank: Mapped[Rank | None] = relationship(lazy="joined")
    documents: Mapped[list[Document]] = relationship(
        back_populates="serviceman", cascade="all, delete-orphan", passive_deletes=True
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="serviceman",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Assignment.date_from",
    )


class SearchToken(Base):
    """Normalized name / number fragments for an indexed prefix search.

    SQLite's LIKE folds ASCII only, so 'ив%' would never find 'Иванов';
    tokens are lower-cased by ``services.text.normalize`` before they are stored.

    Each person also has a one-letter row per initial of their tokens, carrying
    their ``sort_key`` (a copy of the serviceman's): a one-letter search (the
    first keystroke, thousands found) then reads its people already in list
    order from ``ix_search_token_initial`` and stops after a page, instead of
    collecting and sorting them all. Other rows leave ``sort_key`` empty.
    """

    __tablename__ = "search_token"

    serviceman_id: Mapped[int] = mapped_column(
        ForeignKey("serviceman.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(binary_string(150), primary_key=True)
    sort_key: Mapped[str | None] = mapped_column(binary_string(400))

    __table_args__ = (
        Index("ix_search_token_token", "token", "serviceman_id"),
        Index("ix_search_token_initial", "token", "sort_key", "serviceman_id",
              sqlite_where=text("sort_key IS NOT NULL"),
              postgresql_where=text("sort_key IS NOT NULL")),
    )


class Document(Tracked, Base):
    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("kind_id", "number"),
        CheckConstraint("expires_on IS NULL OR issued_on IS NULL OR expires_on > issued_on",
                        name="dates"),
        # is_current second and expires_on included: a person's current documents (and
        # their worst expiry, for badges) come from this index alone, so the planner
        # never prefers the expiry index for per-person lookups.
        Index("ix_document_current", "serviceman_id", "is_current", "kind_id", "expires_on"),
        # Covers the expiring-documents filters (kind, person) so counting needs no table reads.
        Index("ix_document_expiry", "is_current", "expires_on", "kind_id", "serviceman_id"),
    )

    serviceman_id: Mapped[int] = mapped_column(ForeignKey("serviceman.id", ondelete="CASCADE"))
    kind_id: Mapped[int] = mapped_column(ForeignKey("document_kind.id"))
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    issuer: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    #: The newest document of its kind for the person; older ones stay as history.
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)

    serviceman: Mapped[Serviceman] = relationship(back_populates="documents")
    kind: Mapped[DocumentKind] = relationship(lazy="joined")
    scan: Mapped[DocumentScan | None] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class DocumentScan(Base):
    """Attached file, kept apart so listing documents never loads the bytes."""

    __tablename__ = "document_scan"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("document.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    document: Mapped[Document] = relationship(back_populates="scan")


class Unit(Named, Tracked, Base):
    __tablename__ = "unit"
    __table_args__ = (
        # The registry sorted by unit walks these (services/registry.py, _driven_parts).
        Index("ix_unit_name_kk", "name_kk"),
        Index("ix_unit_name_ru", "name_ru"),
        Index("ix_unit_name_en", "name_en"),
    )

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("unit_kind.id"))
    #: regiment, battalion, company, platoon or group (individual posts).
    level: Mapped[str] = mapped_column(String(12), default="company")
    retired_on: Mapped[dt.date | None] = mapped_column(Date)

    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    kind: Mapped[UnitKind] = relationship(lazy="joined")


class Assignment(Tracked, Base):
    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint("date_to IS NULL OR date_to >= date_from", name="dates"),
        Index("ix_assignment_person", "serviceman_id", "date_to"),
        Index("ix_assignment_unit", "unit_id", "date_to"),
    )

    serviceman_id: Mapped[int] = mapped_column(ForeignKey("serviceman.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    position: Mapped[str | None] = mapped_column(String(200))
    date_from: Mapped[dt.date] = mapped_column(Date)
    date_to: Mapped[dt.date | None] = mapped_column(Date)  # NULL while current
    order_number: Mapped[str | None] = mapped_column(String(40))
    order_date: Mapped[dt.date | None] = mapped_column(Date)

    serviceman: Mapped[Serviceman] = relationship(back_populates="assignments")
    unit: Mapped[Unit] = relationship(lazy="joined")
