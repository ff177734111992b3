"""The definitions every report shares, one function each, so the numbers agree.

* A roster entry's **tour** runs from its *start* — the arrival date, else the
  rotation's actual start, else its planned start — up to its *end* — the
  departure date, else the repatriation date, else the rotation's actual end,
  else its planned end. The tour is half-open, ``start <= day < end``: on a
  hand-over day the outgoing person has left and the incoming one has arrived,
  so nobody is counted twice.
* **Deployed on a day** (:func:`deployed_on`): the entry's status shows the
  person went (deployed, repatriated, completed) and the day falls in the tour.
  A person repatriated or back home counts for the days he was there, so a
  report as of a past date gives the figure of that date.
* **Approved on a day** (:func:`approved_on`): cleared but not (yet) in the
  mission area: status approved while the rotation has not ended (actual end,
  else planned end, after the day), or the person went but his tour starts
  after the day; in both cases only once the rotation's decision was adopted
  (nobody is cleared without a legal basis). Nominated and withdrawn entries
  never count.
* Counts go to the **governing decision on the day**: the rotation's decision,
  or the decision that superseded it if that one was adopted by then.

These are figures *on a day*. ``services.ceilings`` answers a different
question (the places a rotation takes over its whole planned period, used to
refuse approvals) and so counts planned periods, not days.

Who is on which report, with these definitions:

* nominal roll of a mission on a day = deployed on that day;
* nominal roll of a rotation = its entries approved, deployed, repatriated or
  completed (everyone cleared to go), whatever the day;
* Parliament's "deployed" and the contributions' totals = deployed on the day;
  Parliament's "approved" = approved on the day.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from ...db.models import Decision, RosterEntry, Rotation

WENT_STATUSES = ("deployed", "repatriated", "completed")
#: Who appears on a rotation's nominal roll: cleared people, whether gone or not.
ROLL_STATUSES = ("approved", *WENT_STATUSES)


def tour_start() -> ColumnElement:
    return func.coalesce(RosterEntry.arrival_date, Rotation.actual_start, Rotation.planned_start)


def tour_end() -> ColumnElement:
    return func.coalesce(RosterEntry.departure_date, RosterEntry.repatriation_date,
                         Rotation.actual_end, Rotation.planned_end)


def deployed_on(day: dt.date) -> ColumnElement[bool]:
    """Roster entries whose person was in the mission area on ``day`` (join Rotation)."""
    return and_(RosterEntry.status.in_(WENT_STATUSES), tour_start() <= day, tour_end() > day)


def approved_on(day: dt.date) -> ColumnElement[bool]:
    """Roster entries cleared but not in the mission area on ``day`` (join Rotation)."""
    rotation_end = func.coalesce(Rotation.actual_end, Rotation.planned_end)
    adopted = select(Decision.date).where(Decision.id == Rotation.decision_id) \
        .correlate(Rotation).scalar_subquery()
    return and_(adopted <= day,
                or_(and_(RosterEntry.status == "approved", rotation_end > day),
                    and_(RosterEntry.status.in_(WENT_STATUSES), tour_start() > day)))


def counted_on(day: dt.date) -> ColumnElement[bool]:
    """Entries that take a place under the ceiling on ``day``: approved or deployed."""
    return or_(deployed_on(day), approved_on(day))


def state_on(day: dt.date) -> ColumnElement:
    """'deployed' or 'approved' for an entry :func:`counted_on` the day."""
    return case((deployed_on(day), literal("deployed")), else_=literal("approved"))


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    number: str
    date: dt.date
    title: str
    period_from: dt.date | None
    period_to: dt.date | None
    ceiling: int
    superseded_by_id: int | None


def decisions_by_id(session: Session) -> dict[int, DecisionInfo]:
    return {d.id: DecisionInfo(d.id, d.number, d.date, d.title, d.period_from, d.period_to,
                                d.ceiling, d.superseded_by_id)
            for d in session.execute(select(Decision)).scalars()}


def governing_on(decisions: dict[int, DecisionInfo], decision_id: int, day: dt.date) -> int:
    """The decision in force on ``day`` for rotations planned on ``decision_id``: follow the
    superseding chain only through decisions adopted by that day."""
    seen = {decision_id}
    current = decision_id
    while True:
        nxt = decisions[current].superseded_by_id
        if nxt is None or nxt in seen or decisions[nxt].date > day:
            return current
        seen.add(nxt)
        current = nxt


def in_force(d: DecisionInfo, decisions: dict[int, DecisionInfo], day: dt.date) -> bool:
    replaced = d.superseded_by_id is not None and decisions[d.superseded_by_id].date <= day
    return (not replaced and d.date <= day and (d.period_from is None or d.period_from <= day)
            and (d.period_to is None or day <= d.period_to))


def counted_periods(session: Session) -> list[tuple[int, dt.date, dt.date]]:
    """(decision id of the rotation, first day, day after the last) of every stretch of days
    on which a roster entry is :func:`counted_on`: the same definition, read once for all
    days (for lines over time). Keep the two in step; the tests compare them day by day.
    """
    adopted = select(Decision.date).where(Decision.id == Rotation.decision_id) \
        .correlate(Rotation).scalar_subquery()
    rows = session.execute(
        select(Rotation.decision_id, RosterEntry.status, tour_start().label("start"),
               tour_end().label("end"),
               func.coalesce(Rotation.actual_end, Rotation.planned_end).label("rotation_end"),
               adopted.label("adopted"))
        .select_from(RosterEntry).join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .where(RosterEntry.status.in_(ROLL_STATUSES)))
    periods = []
    for r in rows:
        if r.status == "approved":
            # approved_on: adopted <= day < the rotation's end
            stretches = [(r.adopted, r.rotation_end)]
        else:
            # deployed_on: start <= day < end; approved_on: adopted <= day < start
            stretches = [(r.start, r.end), (r.adopted, r.start)]
        for first, after in stretches:
            if first is not None and after is not None and first < after:
                periods.append((r.decision_id, first, after))
    return periods
