"""Assignments of servicemen to units: the history of where each one served.

History is never overwritten: a new assignment closes the open one on the
day before it starts, and an assignment that would overlap another one is
refused with a message naming that assignment.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Assignment, Serviceman, Unit
from . import recycle_bin
from .dates import fmt, periods_overlap
from .errors import N_, NotFound, Problem, ValidationError
from .text import clean
from .units import retired_problem, unit_paths
from .versioning import expect_version, flush_checked

_POSITION_MAX, _ORDER_MAX = 200, 40
_CHUNK = 500  # ids per IN (...) list, well under any driver's parameter limit
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    unit_id: int
    unit: str
    unit_path: str
    position: str | None
    date_from: dt.date
    date_to: dt.date | None
    order_number: str | None
    order_date: dt.date | None
    is_current: bool
    version: int


def _overlaps(a_from: dt.date, a_to: dt.date | None, b_from: dt.date, b_to: dt.date | None
              ) -> bool:
    """Inclusive periods share a day; an end of None is open (still running)."""
    return periods_overlap(a_from, a_to or dt.date.max, b_from, b_to or dt.date.max)


def _conflict(who: str, unit: str, new_from: dt.date, new_to: dt.date | None,
              old: Assignment) -> Problem:
    args = {"who": who, "unit": unit, "date": fmt(new_from), "start": fmt(old.date_from)}
    if new_to is not None:
        args["date_to"] = fmt(new_to)
    if old.date_to is None:
        if new_to is None:
            template = N_("{who} is assigned to {unit} since {start}; a new assignment must "
                          "start after that date.")
        else:
            template = N_("{who}: the assignment from {date} to {date_to} would overlap the "
                          "current assignment to {unit} (since {start}).")
    else:
        args["end"] = fmt(old.date_to)
        template = (N_("{who}: an assignment from {date} would overlap the assignment to {unit} "
                       "from {start} to {end}.") if new_to is None else
                    N_("{who}: the assignment from {date} to {date_to} would overlap the "
                       "assignment to {unit} from {start} to {end}."))
    return Problem("date_from", template, args)


def _plan(session: Session, serviceman_ids: list[int], unit_id: int, position: str | None,
          date_from: dt.date | None, date_to: dt.date | None, order_number: str | None,
          lang: str) -> tuple[dict[int, Assignment | None], list[Problem]]:
    """Check everyone at once; return per person the assignment to close (if any)."""
    problems: list[Problem] = []

    def bad(field: str, template: str, **args) -> None:
        problems.append(Problem(field, template, args))

    unit = session.get(Unit, unit_id) if unit_id is not None else None
    if unit is None:
        bad("unit_id", N_("Choose a unit.") if unit_id is None else
            N_("The unit no longer exists (deleted by someone else?)."))
    elif unit.retired_on is not None:
        problems.append(retired_problem("unit_id", unit, lang))
    if date_from is None:
        bad("date_from", N_("Enter the date the assignment starts."))
    elif date_to is not None and date_to < date_from:
        bad("date_to", N_("The assignment cannot end before it starts."))
    if position and len(position) > _POSITION_MAX:
        bad("position", N_("The position is too long (at most {max} characters)."),
            max=_POSITION_MAX)
    if order_number and len(order_number) > _ORDER_MAX:
        bad("order_number", N_("The order number is too long (at most {max} characters)."),
            max=_ORDER_MAX)
    if not serviceman_ids:
        bad("serviceman_id", N_("Choose at least one serviceman."))

    people: dict[int, Serviceman] = {}
    history: dict[int, list[Assignment]] = {sid: [] for sid in serviceman_ids}
    for start in range(0, len(serviceman_ids), _CHUNK):
        chunk = serviceman_ids[start:start + _CHUNK]
        people.update((p.id, p) for p in session.execute(
            select(Serviceman).where(Serviceman.id.in_(chunk))).scalars())
        for a in session.execute(select(Assignment).where(Assignment.serviceman_id.in_(chunk))
                                 .order_by(Assignment.date_from)).scalars():
            history[a.serviceman_id].append(a)
    missing = [sid for sid in serviceman_ids if sid not in people]
    if missing:
        bad("serviceman_id", N_("{count} of the chosen servicemen no longer exist (deleted by "
                                "someone else?)."), count=len(missing))

    closing: dict[int, Assignment | None] = {}
    for sid in serviceman_ids:
        person = people.get(sid)
        if person is None or date_from is None:
            continue
        who = f"{person.surname} {person.given_name}"
        open_ = next((a for a in history[sid] if a.date_to is None), None)
        # A new open-ended assignment ends the open one on the day before, if that began
        # earlier; a finished (past) one must fit between the existing ones.
        to_close = (open_ if date_to is None and open_ is not None
                    and open_.date_from < date_from else None)
        closing[sid] = to_close
        for old in history[sid]:
            old_to = date_from - ONE_DAY if old is to_close else old.date_to
            if _overlaps(old.date_from, old_to, date_from, date_to):
                problems.append(_conflict(who, old.unit.name(lang), date_from, date_to, old))
    return closing, problems


def assign_many(session: Session, serviceman_ids: Iterable[int], unit_id: int,
                position: str | None, date_from: dt.date, order_number: str | None = None,
                order_date: dt.date | None = None, *, date_to: dt.date | None = None,
                lang: str = "ru") -> list[Assignment]:
    """Assign several servicemen with one order: all or nothing, every problem reported."""
    ids = list(dict.fromkeys(serviceman_ids))
    position = clean(position) or None
    order_number = clean(order_number) or None
    closing, problems = _plan(session, ids, unit_id, position, date_from, date_to,
                              order_number, lang)
    if problems:
        raise ValidationError(problems)
    created = []
    for sid in ids:
        previous = closing.get(sid)
        if previous is not None:
            previous.date_to = date_from - ONE_DAY
        a = Assignment(serviceman_id=sid, unit_id=unit_id, position=position,
                       date_from=date_from, date_to=date_to, order_number=order_number,
                       order_date=order_date)
        session.add(a)
        created.append(a)
    flush_checked(session, session.get(Unit, unit_id).name(lang))
    return created


def assign(session: Session, serviceman_id: int, unit_id: int, position: str | None,
           date_from: dt.date, order_number: str | None = None,
           order_date: dt.date | None = None, *, date_to: dt.date | None = None,
           lang: str = "ru") -> Assignment:
    """Assign one serviceman; the open assignment (if any) ends the day before ``date_from``.

    ``date_to`` records a finished assignment (entering past history).
    """
    return assign_many(session, [serviceman_id], unit_id, position, date_from, order_number,
                       order_date, date_to=date_to, lang=lang)[0]


def end_assignment(session: Session, assignment_id: int, date_to: dt.date, *,
                   version: int | None = None, lang: str = "ru") -> Assignment:
    """Close an open assignment (the serviceman leaves the unit without a new one)."""
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise NotFound(N_("The assignment no longer exists (deleted by someone else?)."))
    expect_version(a, version, a.unit.name(lang))
    if a.date_to is not None:
        raise ValidationError([Problem("date_to", N_("This assignment already ended on {date}."),
                                       {"date": fmt(a.date_to)})])
    if date_to < a.date_from:
        raise ValidationError([Problem("date_to", N_("The assignment cannot end before it "
                                                     "starts ({date})."),
                                       {"date": fmt(a.date_from)})])
    a.date_to = date_to
    session.flush()
    return a


def remove_assignment(session: Session, assignment_id: int, *, version: int | None = None,
                      lang: str = "ru") -> int:
    """Delete an assignment entered by mistake (history otherwise ends, never goes); return
    the recycle bin item that can bring it back (services/recycle.py)."""
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise NotFound(N_("The assignment no longer exists (deleted by someone else?)."))
    expect_version(a, version, a.unit.name(lang))
    person = a.serviceman
    since = fmt(a.date_from)
    what = ", ".join(p for p in (a.unit.name(lang), a.position, since) if p)
    item = recycle_bin.keep(session, "assignment", a.id,
                            what=f"{what} — {person.surname} {person.given_name}",
                            serviceman_uid=person.uid)
    session.delete(a)
    session.flush()
    return item


def current_assignment(session: Session, serviceman_id: int) -> Assignment | None:
    return session.execute(
        select(Assignment).where(Assignment.serviceman_id == serviceman_id,
                                 Assignment.date_to.is_(None))
    ).scalar()


def assignment_history(session: Session, serviceman_id: int, *, lang: str = "ru"
                       ) -> list[AssignmentRow]:
    """Every assignment of the person, newest first, with the unit's full path."""
    rows = session.execute(
        select(Assignment).where(Assignment.serviceman_id == serviceman_id)
        .order_by(Assignment.date_from.desc(), Assignment.id.desc())
    ).scalars().all()
    paths = unit_paths(session, (a.unit_id for a in rows), lang=lang)
    return [AssignmentRow(a.id, a.unit_id, a.unit.name(lang), paths.get(a.unit_id, ""),
                          a.position, a.date_from, a.date_to, a.order_number, a.order_date,
                          a.date_to is None, a.version)
            for a in rows]
