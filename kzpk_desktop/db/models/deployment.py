"""Parliament decisions, rotations and their rosters."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Tracked, utcnow
from .people import Serviceman
from .reference import Mission, PersonnelCategory

ROTATION_STATUSES = ("planning", "training", "deployed", "completed")
ROSTER_STATUSES = ("nominated", "approved", "deployed", "repatriated", "completed", "withdrawn")


class Decision(Tracked, Base):
    """A Parliament decision: the legal ceiling on numbers."""

    __tablename__ = "decision"
    __table_args__ = (
        CheckConstraint("ceiling >= 0", name="ceiling"),
        CheckConstraint("period_to IS NULL OR period_from IS NULL OR period_to >= period_from",
                        name="period"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))  # as adopted (usually Russian)
    title_kk: Mapped[str | None] = mapped_column(String(500))
    title_en: Mapped[str | None] = mapped_column(String(500))
    period_from: Mapped[dt.date | None] = mapped_column(Date)
    period_to: Mapped[dt.date | None] = mapped_column(Date)
    ceiling: Mapped[int] = mapped_column(Integer)
    superseded_by_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    ceilings: Mapped[list[DecisionCeiling]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", passive_deletes=True
    )


class DecisionCeiling(Tracked, Base):
    __tablename__ = "decision_ceiling"
    __table_args__ = (
        UniqueConstraint("decision_id", "mission_id"),
        CheckConstraint("ceiling >= 0", name="ceiling"),
    )

    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id", ondelete="CASCADE"))
    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))
    ceiling: Mapped[int] = mapped_column(Integer)

    decision: Mapped[Decision] = relationship(back_populates="ceilings")
    mission: Mapped[Mission] = relationship(lazy="joined")


class Rotation(Tracked, Base):
    __tablename__ = "rotation"
    __table_args__ = (
        UniqueConstraint("mission_id", "number"),
        CheckConstraint("status IN ('planning', 'training', 'deployed', 'completed')",
                        name="status"),
        CheckConstraint("planned_end >= planned_start", name="planned_dates"),
    )

    mission_id: Mapped[int] = mapped_column(ForeignKey("mission.id"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    decision_id: Mapped[int] = mapped_column(ForeignKey("decision.id"), index=True)
    planned_start: Mapped[dt.date] = mapped_column(Date)
    planned_end: Mapped[dt.date] = mapped_column(Date)
    actual_start: Mapped[dt.date | None] = mapped_column(Date)
    actual_end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="planning")

    mission: Mapped[Mission] = relationship(lazy="joined")
    decision: Mapped[Decision] = relationship()
    entries: Mapped[list[RosterEntry]] = relationship(back_populates="rotation")


class RosterEntry(Tracked, Base):
    """One serviceman on one rotation (a deployment)."""

    __tablename__ = "roster_entry"
    __table_args__ = (
        UniqueConstraint("rotation_id", "serviceman_id"),
        CheckConstraint(
            "status IN ('nominated', 'approved', 'deployed', 'repatriated', 'completed', "
            "'withdrawn')",
            name="status",
        ),
        Index("ix_roster_entry_person", "serviceman_id", "status"),
        Index("ix_roster_entry_rotation", "rotation_id", "status"),
    )

    rotation_id: Mapped[int] = mapped_column(ForeignKey("rotation.id"))
    serviceman_id: Mapped[int] = mapped_column(ForeignKey("serviceman.id"))
    category_id: Mapped[int] = mapped_column(ForeignKey("personnel_category.id"))
    appointment: Mapped[str | None] = mapped_column(String(200))
    #: The appointment as the English (UN) nominal roll prints it.
    appointment_en: Mapped[str | None] = mapped_column(String(200))
    sub_unit: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(12), default="nominated")
    arrival_date: Mapped[dt.date | None] = mapped_column(Date)
    departure_date: Mapped[dt.date | None] = mapped_column(Date)
    un_index: Mapped[str | None] = mapped_column(String(40))
    repatriation_reason: Mapped[str | None] = mapped_column(Text)
    repatriation_date: Mapped[dt.date | None] = mapped_column(Date)
    #: A supervisor's written reason for approving despite failed document rules.
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[str | None] = mapped_column(String(60))

    rotation: Mapped[Rotation] = relationship(back_populates="entries")
    serviceman: Mapped[Serviceman] = relationship()
    category: Mapped[PersonnelCategory] = relationship(lazy="joined")
    history: Mapped[list[RosterStatusChange]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", passive_deletes=True,
        order_by="(RosterStatusChange.effective_on, RosterStatusChange.id)")


class RosterStatusChange(Tracked, Base):
    """One move of a roster entry's status: from, to, the day it took effect, who, why.

    Written by ``services.rosters`` only (the first row, from nobody to
    'nominated', when the entry is made). ``inferred`` marks rows the 0002
    migration reconstructed for entries made before the history was kept
    (from their dates and the audit trail), as opposed to rows recorded when
    the change was made. A status "on a day" is the ``to_status`` of the
    entry's last change effective on or before that day.
    """

    __tablename__ = "roster_status_change"
    __table_args__ = (
        CheckConstraint(
            "to_status IN ('nominated', 'approved', 'deployed', 'repatriated', 'completed', "
            "'withdrawn')", name="to_status"),
        Index("ix_roster_status_change_entry", "roster_entry_id", "effective_on"),
        Index("ix_roster_status_change_day", "effective_on", "to_status"),
    )

    roster_entry_id: Mapped[int] = mapped_column(
        ForeignKey("roster_entry.id", ondelete="CASCADE"))
    #: None for the nomination that created the entry.
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    #: The day the change took effect (arrival, departure, approval day...).
    effective_on: Mapped[dt.date] = mapped_column(Date)
    #: When it was written down (UTC); later than ``effective_on`` for history entered after
    #: the fact.
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: Username of who recorded it; None when an inferred row could not tell.
    recorded_by: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(Text)
    inferred: Mapped[bool] = mapped_column(Boolean, default=False)

    entry: Mapped[RosterEntry] = relationship(back_populates="history")
