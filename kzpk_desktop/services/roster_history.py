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
latest *recorded* change among those in effect by that day. Changes are
recorded in the order of the workflow, so that is the furthest step reached
by the day; a step dated earlier than the one before it (a past arrival
entered after an approval recorded today) simply makes the earlier step's
day irrelevant, and nothing has to be refused for being out of order.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from ..db.base import tracked_defaults, utcnow
from ..db.models import RosterEntry, RosterStatusChange
from .dates import fmt
from .errors import N_, Problem, ValidationError


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
