"""The definitions every report shares, one function each, so the numbers agree.

* An entry's **status on a day** (:func:`status_on`) comes from its status
  history (``roster_status_change``, see ``services.roster_history``): the
  status set by the latest change among those in effect by that day (the
  furthest step of the workflow, ``roster_history.STEP``, then the later
  recorded); none before the nomination took effect. Nothing here reads the entry's
  *current* status for a past day.
* **Deployed on a day** (:func:`deployed_on`): status on the day ``deployed``.
  The deployment takes effect on the arrival day and the return (completed,
  repatriated) on the departure day, so a tour is half-open: on a hand-over
  day the outgoing person has left and the incoming one has arrived, and
  nobody is counted twice.
* **Approved on a day** (:func:`approved_on`): status on the day ``approved``
  (cleared, not yet in the mission area). Nobody is approved before the
  rotation's decision was adopted (``rosters.set_status`` refuses it).
* **Counted on a day** (:func:`counted_on`): approved or deployed: the places
  taken under Parliament's ceiling that day.
* Counts go to the **governing decision on the day**: the rotation's decision,
  or the decision that superseded it if that one was adopted by then.
* A **tour** (:func:`tour_start`, :func:`tour_end`) is what a roll prints as
  arrival and departure: the arrival date, else the rotation's actual, else
  planned start; the departure date, else the repatriation date, else the
  rotation's actual, else planned end.

These are figures *on a day*. ``services.ceilings`` answers a different
question (the places a rotation takes over its whole planned period, used to
refuse approvals) and so counts planned periods, not days.

Who is on which report, with these definitions:

* nominal roll of a mission on a day = deployed on that day;
* nominal roll of a rotation = its entries approved, deployed, repatriated or
  completed (everyone cleared to go), whatever the day;
* Parliament's "deployed", the contributions and every strength = deployed on
  the day; Parliament's "approved" = approved on the day;
* participation over a period = served on some day of it (:func:`served_between`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ...db.models import Decision, RosterEntry, RosterStatusChange, Rotation
from ..roster_history import STEP, latest_first

WENT_STATUSES = ("deployed", "repatriated", "completed")
#: Who appears on a rotation's nominal roll: cleared people, whether gone or not.
ROLL_STATUSES = ("approved", *WENT_STATUSES)
#: Statuses on a day that take a place under Parliament's ceiling.
COUNTED_STATUSES = ("approved", "deployed")


def tour_start() -> ColumnElement:
    return func.coalesce(RosterEntry.arrival_date, Rotation.actual_start, Rotation.planned_start)


def tour_end() -> ColumnElement:
    return func.coalesce(RosterEntry.departure_date, RosterEntry.repatriation_date,
                         Rotation.actual_end, Rotation.planned_end)


def status_on(day: dt.date) -> ColumnElement:
    """The roster entry's status on ``day`` from its history (NULL before its nomination).

    A correlated subquery on ``RosterEntry``: a few index rows per entry
    (``ix_roster_status_change_entry``).
    """
    c = RosterStatusChange
    return (select(c.to_status)
            .where(c.roster_entry_id == RosterEntry.id, c.effective_on <= day)
            .order_by(*latest_first(c)).limit(1)
            .correlate(RosterEntry).scalar_subquery())


def deployed_on(day: dt.date) -> ColumnElement[bool]:
    """Roster entries whose person was in the mission area on ``day``."""
    return status_on(day) == "deployed"


def approved_on(day: dt.date) -> ColumnElement[bool]:
    """Roster entries cleared but not (yet) in the mission area on ``day``."""
    return status_on(day) == "approved"


def counted_on(day: dt.date) -> ColumnElement[bool]:
    """Entries that take a place under the ceiling on ``day``: approved or deployed."""
    return status_on(day).in_(COUNTED_STATUSES)


def served_between(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """Roster entries whose person was in the mission area on some day of [start, end]:
    deployed on ``start``, or deployed by a change taking effect after it and by ``end``."""
    c = aliased(RosterStatusChange)
    arrived = exists().where(c.roster_entry_id == RosterEntry.id, c.to_status == "deployed",
                             c.effective_on > start, c.effective_on <= end)
    return or_(deployed_on(start), arrived)


def state_on(day: dt.date) -> ColumnElement:
    """'deployed' or 'approved' for an entry :func:`counted_on` the day."""
    return status_on(day)


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


def counted_periods(session: Session) -> list[tuple[int, dt.date, dt.date | None]]:
    """(decision id of the rotation, first day, day after the last or None: still) of every
    stretch of days on which a roster entry is :func:`counted_on`: the same definition
    (the status history, latest change in effect on the day), read once for all
    days (for lines over time). Keep the two in step; the tests compare them day by day.
    """
    c = RosterStatusChange
    # Core rows, unpacked by position: the history of every entry is read (tens of thousands).
    rows = session.connection().execute(
        select(c.roster_entry_id, Rotation.decision_id, c.effective_on, c.recorded_at, c.id,
               c.to_status)
        .join(RosterEntry, RosterEntry.id == c.roster_entry_id)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .order_by(c.roster_entry_id, c.effective_on, c.recorded_at, c.id))
    periods: list[tuple[int, dt.date, dt.date | None]] = []
    step = STEP.get
    counted = frozenset(COUNTED_STATUSES)

    def close(decision_id: int, changes: list) -> None:
        # The status changes only on days a change takes effect: on each such day it is
        # the latest change (furthest step, then latest recorded) among those in effect by
        # then. ``changes`` come in day order, so that is a running maximum.
        states: list[tuple[dt.date, str]] = []
        best = None
        for key in changes:
            if best is None or key[1:] > best[1:]:
                best = key
            if states and states[-1][0] == key[0]:
                states[-1] = (key[0], best[4])
            else:
                states.append((key[0], best[4]))
        for i, (day, status) in enumerate(states):
            if status in counted:
                after = states[i + 1][0] if i + 1 < len(states) else None
                periods.append((decision_id, day, after))

    entry, decision, current = None, None, []
    for entry_id, decision_id, effective_on, recorded_at, change_id, to_status in rows:
        if entry_id != entry:
            if current:
                close(decision, current)
            entry, decision, current = entry_id, decision_id, []
        # (day, step, recorded, id, status): compared from the step on.
        current.append((effective_on, step(to_status, -1), recorded_at, change_id, to_status))
    if current:
        close(decision, current)
    return periods
