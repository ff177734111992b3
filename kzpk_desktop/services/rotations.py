"""Rotations: one contingent's (or one group of individual officers') tour in a mission."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import ROTATION_STATUSES, Decision, DecisionCeiling, Mission, RosterEntry, Rotation
from .ceilings import COUNTED_STATUSES, ceiling_problems, missing_rotation
from .dates import fmt
from .errors import N_, Problem, ValidationError
from .text import clean
from .versioning import expect_version, flush_checked


@dataclass
class RotationData:
    mission_id: int | None = None
    number: int | None = None
    name: str = ""
    decision_id: int | None = None
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    status: str = "planning"
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class RotationRow:
    id: int
    mission_id: int
    mission: str  # acronym
    number: int
    name: str
    decision_id: int
    decision: str  # decision number
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    status: str
    counts: dict[str, int]  # roster status -> people
    version: int


_FIELDS = ("mission_id", "number", "name", "decision_id", "planned_start", "planned_end",
           "actual_start", "actual_end", "status")


def validate_rotation(session: Session, data: RotationData, existing: Rotation | None = None
                      ) -> tuple[RotationData, list[Problem]]:
    d = replace(data)  # a copy: the caller's data stays as typed
    d.name = clean(d.name)
    problems: list[Problem] = []

    def bad(field: str, template: str, **args) -> None:
        problems.append(Problem(field, template, args))

    mission = session.get(Mission, d.mission_id) if d.mission_id is not None else None
    if mission is None:
        bad("mission_id", N_("Choose the mission."))
    if d.number is None:
        bad("number", N_("Rotation number is required."))
    elif d.number < 1:
        bad("number", N_("Rotation number must be 1 or more."))
    elif mission is not None:
        other = session.execute(select(Rotation.id).where(
            Rotation.mission_id == mission.id, Rotation.number == d.number)).scalar()
        if other is not None and (existing is None or other != existing.id):
            bad("number", N_("{mission} already has a rotation number {number}."),
                mission=mission.acronym, number=d.number)
    if not d.name:
        bad("name", N_("Rotation name is required."))
    decision = session.get(Decision, d.decision_id) if d.decision_id is not None else None
    if decision is None:
        bad("decision_id", N_("Choose the Parliament decision the rotation rests on."))
    else:
        if decision.superseded_by_id is not None and (
                existing is None or existing.decision_id != decision.id):
            newer = session.get(Decision, decision.superseded_by_id)
            bad("decision_id", N_("Decision {number} was superseded by decision {newer}; plan "
                                  "new rotations on the newer one."),
                number=decision.number, newer=newer.number)
        if mission is not None and session.execute(select(DecisionCeiling.id).where(
                DecisionCeiling.decision_id == decision.id,
                DecisionCeiling.mission_id == mission.id)).scalar() is None:
            bad("decision_id", N_("Decision {number} sets no ceiling for {mission}; choose a "
                                  "decision that covers the mission."),
                number=decision.number, mission=mission.acronym)
    if d.planned_start is None:
        bad("planned_start", N_("Planned start is required."))
    if d.planned_end is None:
        bad("planned_end", N_("Planned end is required."))
    if d.planned_start and d.planned_end and d.planned_end < d.planned_start:
        bad("planned_end", N_("The planned end ({end}) is before the planned start ({start})."),
            end=fmt(d.planned_end), start=fmt(d.planned_start))
    if d.actual_end and d.actual_start is None:
        bad("actual_start", N_("Enter the actual start before the actual end."))
    if d.actual_start and d.actual_end and d.actual_end < d.actual_start:
        bad("actual_end", N_("The actual end ({end}) is before the actual start ({start})."),
            end=fmt(d.actual_end), start=fmt(d.actual_start))
    if d.status not in ROTATION_STATUSES:
        bad("status", N_("Unknown rotation status '{status}'."), status=d.status)
    if existing is not None and mission is not None and existing.mission_id != mission.id:
        if session.execute(select(RosterEntry.id).where(
                RosterEntry.rotation_id == existing.id).limit(1)).scalar() is not None:
            bad("mission_id", N_("The rotation already has a roster; its mission cannot change."))
    return d, problems


def create_rotation(session: Session, data: RotationData, *, origin: str = "HQ") -> Rotation:
    d, problems = validate_rotation(session, data)
    if problems:
        raise ValidationError(problems)
    rotation = Rotation(**{f: getattr(d, f) for f in _FIELDS}, origin=origin)
    session.add(rotation)
    session.flush()
    return rotation


def update_rotation(session: Session, rotation_id: int, data: RotationData) -> Rotation:
    """Save ``data``; new dates or a new decision must still fit the people already approved."""
    rotation = get_rotation(session, rotation_id)
    label = rotation_label(rotation)
    expect_version(rotation, data.version, label)
    d, problems = validate_rotation(session, data, existing=rotation)
    if problems:
        raise ValidationError(problems)
    moved = (d.planned_start, d.planned_end, d.decision_id) != (
        rotation.planned_start, rotation.planned_end, rotation.decision_id)
    for f in _FIELDS:
        setattr(rotation, f, getattr(d, f))
    flush_checked(session, label)
    if moved and _counted(session, rotation_id):
        # The people already approved now occupy other days (or another
        # decision's places): they must still fit. The caller's transaction
        # rolls the change back on refusal.
        problems = ceiling_problems(session, rotation_id, adding=0)
        if problems:
            raise ValidationError(problems)
    return rotation


def _counted(session: Session, rotation_id: int) -> bool:
    return session.execute(select(RosterEntry.id).where(
        RosterEntry.rotation_id == rotation_id,
        RosterEntry.status.in_(COUNTED_STATUSES)).limit(1)).scalar() is not None


def get_rotation(session: Session, rotation_id: int) -> Rotation:
    rotation = session.get(Rotation, rotation_id)
    if rotation is None:
        raise missing_rotation(rotation_id)
    return rotation


def rotation_label(rotation: Rotation) -> str:
    return f"{rotation.mission.acronym}-{rotation.number}"


def rotation_data(rotation: Rotation) -> RotationData:
    return RotationData(**{f: getattr(rotation, f) for f in _FIELDS}, id=rotation.id,
                        version=rotation.version)


def list_rotations(session: Session, *, mission_id: int | None = None) -> list[RotationRow]:
    """Rotations by mission and number, with head counts per roster status (two queries)."""
    stmt = (select(Rotation, Mission.acronym, Decision.number)
            .join(Mission, Mission.id == Rotation.mission_id)
            .join(Decision, Decision.id == Rotation.decision_id)
            .order_by(Mission.acronym, Rotation.number))
    counts_stmt = (select(RosterEntry.rotation_id, RosterEntry.status, func.count())
                   .group_by(RosterEntry.rotation_id, RosterEntry.status))
    if mission_id is not None:
        stmt = stmt.where(Rotation.mission_id == mission_id)
        counts_stmt = counts_stmt.join(Rotation, Rotation.id == RosterEntry.rotation_id)\
            .where(Rotation.mission_id == mission_id)
    counts: dict[int, dict[str, int]] = {}
    for rotation_id, status, n in session.execute(counts_stmt):
        counts.setdefault(rotation_id, {})[status] = n
    return [RotationRow(r.id, r.mission_id, acronym, r.number, r.name, r.decision_id, number,
                        r.planned_start, r.planned_end, r.actual_start, r.actual_end, r.status,
                        counts.get(r.id, {}), r.version)
            for r, acronym, number in session.execute(stmt)]
