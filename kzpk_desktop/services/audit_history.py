"""A serviceman's history: the events of the person's own record and of everything that is
theirs (documents and their scans, unit assignments, roster entries), in one list.

The trail files each event under the record it changed; a person's documents,
assignments and roster entries are records of their own. Those still in the
database are found by their ``serviceman_id``; those deleted since, by the
``serviceman_id`` their events recorded. A roster entry's status change also
writes a row of the status history, with the day it took effect and the reason
(why the person was withdrawn): those two are told on the entry's own line.
"""
from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.models import Assignment, AuditEvent, Document, RosterEntry, Serviceman
from .audit import EventRow, _loads
from .audit_words import Change, Described, describe_events

_T = AuditEvent.__table__
#: The person's records, by the table the trail files them under.
_THEIRS = {"document": Document, "assignment": Assignment, "roster_entry": RosterEntry}


def _their_uids(session: Session, serviceman_id: int) -> dict[str, set[uuid.UUID]]:
    found: dict[str, set[uuid.UUID]] = {}
    for entity, model in _THEIRS.items():
        found[entity] = set(session.scalars(
            select(model.uid).where(model.serviceman_id == serviceman_id)))
        # Deleted ones: their events recorded whose they were (JSON as audit.append writes it).
        marks = (f'"serviceman_id": [null, {serviceman_id}]',
                 f'"serviceman_id": [{serviceman_id}, ', f', {serviceman_id}]')
        stmt = select(_T.c.entity_uid, _T.c.changes).where(
            _T.c.entity == entity, or_(*[_T.c.changes.contains(m, autoescape=True)
                                         for m in marks]))
        for uid, raw in session.execute(stmt):
            pair = _loads(raw).get("serviceman_id")
            if uid is not None and isinstance(pair, list) and serviceman_id in pair:
                found[entity].add(uid)
    return found


def person_history(session: Session, serviceman_id: int, lang: str) -> list[Described]:
    """Every change to the person and to their documents, assignments and roster entries,
    oldest first, in words (each named: "Passport No. N1234567", "Roster of UNDOF-3")."""
    uid = session.scalar(select(Serviceman.uid).where(Serviceman.id == serviceman_id))
    if uid is None:
        return []
    theirs = _their_uids(session, serviceman_id)
    wanted = {("serviceman", uid)} | {(e, u) for e, uids in theirs.items() for u in uids}
    # A scan's events are filed under its document's uid.
    wanted |= {("document_scan", u) for u in theirs["document"]}
    uids = sorted({u for _e, u in wanted})
    events: list[EventRow] = []
    for start in range(0, len(uids), 500):
        part = uids[start:start + 500]
        stmt = select(_T.c.id, _T.c.at, _T.c.username, _T.c.action, _T.c.entity,
                      _T.c.entity_uid, _T.c.changes).where(
            _T.c.entity_uid.in_(part), _T.c.entity.in_({e for e, _u in wanted}))
        for r in session.execute(stmt):
            if (r.entity, r.entity_uid) in wanted:
                events.append(EventRow(r.id, r.at, r.username, r.action, r.entity,
                                       r.entity_uid, _loads(r.changes)))
    events.sort(key=lambda e: e.id)
    steps = _status_steps(session, serviceman_id)
    described = describe_events(session, events + steps, lang)
    told = {d.event.id: d for d in described[len(events):]}
    described = _with_steps(described[:len(events)], steps, told)
    # The person is the subject of the whole list: no line repeats whose it is, and an update
    # of nothing a form shows (a document no longer the current one) is left out.
    return [Described(d.event, d.record, None,
                      tuple(c for c in d.changes if c.field != "serviceman_id"))
            for d in described if d.changes or d.event.action != "update"]


#: What a status history row adds to its roster entry's line.
_STEP_FIELDS = ("effective_on", "reason")


def _status_steps(session: Session, serviceman_id: int) -> list[EventRow]:
    """The creation events of the status history rows of the person's roster entries, each
    with the entry's uid as its ``entity_uid`` (the entry is what the line is about)."""
    entries = dict(session.execute(select(RosterEntry.id, RosterEntry.uid)
                                   .where(RosterEntry.serviceman_id == serviceman_id)).all())
    if not entries:
        return []
    marks = [f'"roster_entry_id": [null, {i}]' for i in entries]
    stmt = select(_T.c.id, _T.c.at, _T.c.username, _T.c.action, _T.c.changes).where(
        _T.c.entity == "roster_status_change", _T.c.action == "create",
        or_(*[_T.c.changes.contains(m, autoescape=True) for m in marks])).order_by(_T.c.id)
    steps = []
    for r in session.execute(stmt):
        changes = _loads(r.changes)
        pair = changes.get("roster_entry_id")
        entry = pair[1] if isinstance(pair, list) and len(pair) == 2 else None
        if entry in entries:
            steps.append(EventRow(r.id, r.at, r.username, r.action, "roster_status_change",
                                  entries[entry], changes))
    return steps


def _with_steps(described: list[Described], steps: list[EventRow],
                told: dict[int, Described]) -> list[Described]:
    """Each roster entry's status change with the day it took effect and its reason, from
    the status history row written with it (the same moment, the same new status)."""
    unused = {e.id: e for e in steps}
    out = []
    for d in described:
        status = d.event.changes.get("status") if d.event.entity == "roster_entry" else None
        new = status[1] if isinstance(status, list) and len(status) == 2 else None
        step = None
        if new is not None:
            mates = [e for e in unused.values() if e.entity_uid == d.event.entity_uid
                     and _to_status(e) == new]
            mates.sort(key=lambda e: (e.at != d.event.at, abs(e.id - d.event.id)))
            step = mates[0] if mates else None
        if step is not None:
            del unused[step.id]
            already = {c.after for c in d.changes}  # an override's reason is said once
            extra = tuple(Change(c.field, c.label, None, c.after, note=True)
                          for c in told[step.id].changes
                          if c.field in _STEP_FIELDS and c.after is not None
                          and c.after not in already)
            d = Described(d.event, d.record, d.person, d.changes + extra)
        out.append(d)
    return out


def _to_status(event: EventRow) -> str | None:
    pair = event.changes.get("to_status")
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else None
