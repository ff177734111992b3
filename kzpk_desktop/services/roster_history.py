"""The status history of roster entries: one row per move, with its day of effect.

``services.rosters`` is the only writer of live changes (``record``): the
nomination that creates an entry and every later move of its status. The demo
generator writes the same rows in bulk (``history_row``, same fields, same
rules), and the 0002 migration reconstructed the rows of entries made before
the history was kept, flagged ``inferred``.

The day a change takes effect (``effective_on``) is what every "as of" figure
is computed from (``services.reports.tours``); when it was recorded is kept
apart, so history entered after the fact (``kzpk roster set-status --on``)
reads as what it is. The status of an entry on a day is the one set by the
latest change among those in effect by that day. Changes are made in the
order of the workflow and every move goes further along it (``STEP``), so the
latest is the furthest step reached by the day: that holds for moves recorded
at different offices too, whose clocks may disagree (the history travels
between offices, services/exchange/history.py). A step dated earlier than the
one before it (a past arrival entered after an approval recorded today)
simply makes the earlier step's day irrelevant, and nothing has to be refused
for being out of order.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, case, select
from sqlalchemy.orm import Session, aliased

from ..db.base import tracked_defaults, utcnow
from ..db.models import ExchangeConflict, RosterEntry, RosterStatusChange
from .dates import fmt
from .errors import N_, Problem, ValidationError


#: How far along the workflow each status lies: every move of ``rosters.TRANSITIONS`` goes
#: further, so of an entry's moves the furthest is the latest (then: the later recorded).
STEP = {"nominated": 0, "approved": 1, "deployed": 2, "repatriated": 3, "completed": 3,
        "withdrawn": 3}


def latest_first(change) -> tuple:
    """ORDER BY clauses putting an entry's latest move first (``change``: the
    ``RosterStatusChange`` class or an alias of it)."""
    return (case(STEP, value=change.to_status, else_=-1).desc(), change.recorded_at.desc(),
            change.id.desc())


def check_day(day: dt.date, *, today: dt.date, field: str = "on") -> None:
    """Refuse a day of effect in the future: the history records what has happened."""
    if day > today:
        raise ValidationError([Problem(field, N_(
            "The date {day} is in the future; a status change takes effect on or before today "
            "({today})."), {"day": fmt(day), "today": fmt(today)})])


def record(session: Session, entry: RosterEntry, old: str | None, new: str, day: dt.date, *,
           by: str, reason: str | None = None) -> RosterStatusChange:
    """Add the history row of a change made now (the caller has checked ``day``)."""
    change = RosterStatusChange(entry=entry, from_status=old, to_status=new, effective_on=day,
                                recorded_at=utcnow(), recorded_by=by, reason=reason,
                                inferred=False, origin=entry.origin)
    session.add(change)
    return change


def history_row(entry_id: int, old: str | None, new: str, day: dt.date, *, by: str,
                reason: str | None = None, at: dt.datetime | None = None,
                origin: str = "HQ") -> dict:
    """The row ``record`` writes, as a dict for a bulk insert (the demo generator)."""
    at = at or utcnow()
    return {**tracked_defaults(at, origin), "roster_entry_id": entry_id, "from_status": old,
            "to_status": new, "effective_on": day, "recorded_at": at, "recorded_by": by,
            "reason": reason, "inferred": False}


def disagreements(conn: Connection | Session) -> list[str]:
    """One line per roster entry whose status is not the one its history ends at (``kzpk
    check --deep``): the services write both together, so the status was changed past
    them. An entry whose status two offices moved concurrently (an open exchange conflict)
    is not one: its history holds both moves until a clerk decides."""
    c = aliased(RosterStatusChange)
    last = (select(c.to_status).where(c.roster_entry_id == RosterEntry.id)
            .order_by(*latest_first(c)).limit(1).correlate(RosterEntry).scalar_subquery())
    conflicts = ExchangeConflict.__table__
    undecided = select(conflicts.c.uid).where(
        conflicts.c.resolved_at.is_(None), conflicts.c.entity == "roster_entry",
        conflicts.c.field.in_(("status", "")))
    rows = conn.execute(
        select(RosterEntry.id, RosterEntry.status, last.label("last"))
        .where(RosterEntry.uid.not_in(undecided))
        .order_by(RosterEntry.id)).all()
    return [f"roster entry id {r.id}: its status is {r.status!r}, but its status history "
            f"ends at {r.last!r} (changed outside KZPK Desktop)"
            for r in rows if r.last is not None and r.last != r.status]
