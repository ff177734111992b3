"""Parliament's ceilings: how many places a rotation's decision leaves, day by day.

Counted: people approved or deployed on rotations resting on the decision (or
on a decision it superseded) whose planned periods overlap the rotation's.
The count changes only on days a rotation starts, so the busiest day of a
period is found among those starts: a handful of aggregated rows, no
per-person work. Nobody can override a ceiling.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Decision, DecisionCeiling, Mission, RosterEntry, Rotation
from .dates import fmt
from .decisions import decision_family
from .errors import N_, NotFound, Problem

#: Roster statuses that take a place under the ceiling.
COUNTED_STATUSES = ("approved", "deployed")


def missing_rotation(rotation_id: int) -> NotFound:
    """The refusal for a rotation id that is not (or no longer) in the database."""
    return NotFound(N_("There is no rotation with id {id} (it may have been deleted)."),
                    id=rotation_id)


@dataclass(frozen=True)
class CeilingUsage:
    """Places taken on the busiest day of a rotation's planned period."""

    decision_id: int  # the governing decision (the latest in a superseding chain)
    decision_number: str
    mission_id: int
    mission: str  # acronym
    mission_used: int
    mission_ceiling: int | None  # None: the governing decision sets none for this mission
    mission_peak_day: dt.date
    overall_used: int
    overall_ceiling: int
    overall_peak_day: dt.date

    @property
    def mission_free(self) -> int:
        return max(0, (self.mission_ceiling or 0) - self.mission_used)

    @property
    def overall_free(self) -> int:
        return max(0, self.overall_ceiling - self.overall_used)


def _peak(rows: list[tuple[dt.date, dt.date, int]], start: dt.date, end: dt.date
          ) -> tuple[int, dt.date]:
    """Largest total of ``count`` over the days of [start, end], and the first such day."""
    days = sorted({start} | {s for s, _, _ in rows if start < s <= end})
    best, best_day = 0, start
    for day in days:
        total = sum(n for s, e, n in rows if s <= day <= e)
        if total > best:
            best, best_day = total, day
    return best, best_day


def ceiling_usage(session: Session, rotation_id: int, *, lock: bool = False) -> CeilingUsage:
    """Used / ceiling for the rotation's mission and for its decision overall.

    ``lock`` (for writers) locks the governing decision's row first: on
    PostgreSQL that serializes everyone counting places under the same
    decision; SQLite's write lock, taken at BEGIN by ``write_session``,
    already does (SQLite renders no FOR UPDATE).
    """
    rot = session.execute(
        select(Rotation.mission_id, Rotation.decision_id, Rotation.planned_start,
               Rotation.planned_end, Mission.acronym)
        .join(Mission, Mission.id == Rotation.mission_id).where(Rotation.id == rotation_id)
    ).one_or_none()
    if rot is None:
        raise missing_rotation(rotation_id)
    governing, family = decision_family(session, rot.decision_id)
    stmt = select(Decision.number, Decision.ceiling).where(Decision.id == governing)
    number, overall = session.execute(stmt.with_for_update() if lock else stmt).one()
    mission_ceiling = session.execute(
        select(DecisionCeiling.ceiling).where(DecisionCeiling.decision_id == governing,
                                              DecisionCeiling.mission_id == rot.mission_id)
    ).scalar_one_or_none()
    rows = session.execute(
        select(Rotation.mission_id, Rotation.planned_start, Rotation.planned_end,
               func.count(RosterEntry.id))
        .join(RosterEntry, RosterEntry.rotation_id == Rotation.id)
        .where(Rotation.decision_id.in_(family), RosterEntry.status.in_(COUNTED_STATUSES),
               Rotation.planned_start <= rot.planned_end,
               Rotation.planned_end >= rot.planned_start)
        .group_by(Rotation.id, Rotation.mission_id, Rotation.planned_start, Rotation.planned_end)
    ).all()
    all_rows = [(s, e, n) for _, s, e, n in rows]
    mission_rows = [(s, e, n) for m, s, e, n in rows if m == rot.mission_id]
    m_used, m_day = _peak(mission_rows, rot.planned_start, rot.planned_end)
    o_used, o_day = _peak(all_rows, rot.planned_start, rot.planned_end)
    return CeilingUsage(governing, number, rot.mission_id, rot.acronym, m_used, mission_ceiling,
                        m_day, o_used, overall, o_day)


def ceiling_problems(session: Session, rotation_id: int, adding: int = 1) -> list[Problem]:
    """Why ``adding`` more people on the rotation would break a ceiling (empty: room left).

    Call it inside the writing transaction that makes the change
    (``write_session``): the SQLite write lock taken at BEGIN means nobody else
    can take the same place between this count and the commit.
    """
    u = ceiling_usage(session, rotation_id, lock=True)
    problems = []
    if u.mission_ceiling is None:
        problems.append(Problem("", N_("Decision {decision} sets no ceiling for {mission}, "
                                              "so nobody can be sent there under it."),
                                {"decision": u.decision_number, "mission": u.mission}))
    elif u.mission_used + adding > u.mission_ceiling:
        problems.append(Problem(
            "", N_("No place left for {mission} under decision {decision}: {used} of "
                          "{ceiling} places are taken on {day}. Nobody can exceed Parliament's "
                          "ceiling."),
            {"mission": u.mission, "decision": u.decision_number, "used": u.mission_used,
             "ceiling": u.mission_ceiling, "day": fmt(u.mission_peak_day)}))
    if u.overall_used + adding > u.overall_ceiling:
        problems.append(Problem(
            "", N_("No place left under decision {decision} overall: {used} of {ceiling} "
                          "places are taken on {day}. Nobody can exceed Parliament's ceiling."),
            {"decision": u.decision_number, "used": u.overall_used,
             "ceiling": u.overall_ceiling, "day": fmt(u.overall_peak_day)}))
    return problems
