"""The roster status history across offices: one chain that ends at the entry's status.

Every move of a roster entry's status is a ``roster_status_change`` row (its day of
effect and reason, see services/roster_history.py) and travels as a record of its own,
by uid, its entry by uid. The entry's ``status`` is the protected field the exchange
merges (a field office sets only what happened on the ground; two offices moving the
same entry concurrently is a conflict a clerk resolves), and every office receives every
history row. Moves made concurrently leave a fork in the history, e.g. the ministry's
"approved -> withdrawn" beside a field office's "approved -> deployed -> repatriated";
once the entry's status is settled (no open conflict on it), the ministry keeps the one
chain of moves that leads from the nomination to that status and deletes the rows of the
other branch. Those deletions travel as tombstones like any other, so every office ends
with the same status, the same history, and the same figures on any past day.

The entry's fields a losing move wrote (the arrival date of a "deployed", the departure
date of a "completed", the repatriation's date and reason) and the person's own status
(deployed, returned) go back with it: each is set to what the kept chain writes, or
emptied when no move of the kept chain writes it, as a new change made on top of the
value here, so it travels to every office like the deletions. A value that is not what a
losing move wrote (a clerk's edit since, the kept side's own date) is left alone.

Only the ministry does it: a field office may not delete history rows (its package
would be refused), and the ministry sees every office's moves.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, select

from ...db.models import (
    ExchangeConflict,
    ExchangeRow,
    RosterEntry,
    RosterStatusChange,
    Serviceman,
)
from . import state
from .entities import BY_NAME

_R = ExchangeRow.__table__
_C = ExchangeConflict.__table__
_ENTRY = RosterEntry.__table__
_CHANGE = RosterStatusChange.__table__
_CHUNK = 500
HISTORY = "roster_status_change"
#: The entry's fields each move writes (services.rosters.set_status).
WRITES = {"deployed": ("arrival_date",), "completed": ("departure_date",),
          "repatriated": ("departure_date", "repatriation_date", "repatriation_reason")}
#: The person's status the moves write (deployed; returned once back home).
PERSON_WRITTEN = frozenset({"deployed", "returned"})


@dataclass(frozen=True)
class Move:
    id: int
    uid: uuid.UUID
    from_status: str | None
    to_status: str
    recorded_at: dt.datetime
    effective_on: dt.date | None = None
    reason: str | None = None

    def wrote(self, name: str):
        """The value this move wrote into the entry's field ``name``."""
        return self.reason if name == "repatriation_reason" else self.effective_on


def chain(moves: list[Move], status: str) -> list[Move] | None:
    """The moves that lead from the nomination to ``status``, latest first; None when no
    such chain is there (a history written without the exchange, or still incomplete).
    Where two moves reach the same status, the later recorded one is taken."""
    out: list[Move] = []
    want: str | None = status
    seen: set[str] = set()
    while want is not None:
        if want in seen:
            return None  # a loop: not a history the workflow writes
        seen.add(want)
        found = [m for m in moves if m.to_status == want]
        if not found:
            return None
        step = max(found, key=lambda m: (m.recorded_at, str(m.uid)))
        out.append(step)
        want = step.from_status
    return out


def settle(m) -> int:
    """At the ministry, after a package or a resolution was applied (``m``, the merger):
    the entries it touched whose history forks lose the moves off the chain to their
    status. Returns how many rows were deleted."""
    if m.me.role != "ministry":
        return 0
    conn = m.conn
    touched = set(conn.execute(
        select(_ENTRY.c.id).join(_R, and_(_R.c.entity == "roster_entry",
                                          _R.c.uid == _ENTRY.c.uid))
        .where(_R.c.seq == m.seq)).scalars())
    touched |= set(conn.execute(
        select(_CHANGE.c.roster_entry_id).join(_R, and_(_R.c.entity == HISTORY,
                                                        _R.c.uid == _CHANGE.c.uid))
        .where(_R.c.seq == m.seq)).scalars())
    if not touched:
        return 0
    undecided = set(conn.execute(
        select(_C.c.uid).where(_C.c.resolved_at.is_(None), _C.c.entity == "roster_entry",
                               _C.c.field.in_(("status", "")))).scalars())
    ids = sorted(touched)
    entries: dict[int, Any] = {}
    moves: dict[int, list[Move]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        for r in conn.execute(select(_ENTRY).where(_ENTRY.c.id.in_(part))):
            entries[r.id] = r
        for r in conn.execute(select(_CHANGE.c.id, _CHANGE.c.uid, _CHANGE.c.roster_entry_id,
                                     _CHANGE.c.from_status, _CHANGE.c.to_status,
                                     _CHANGE.c.recorded_at, _CHANGE.c.effective_on,
                                     _CHANGE.c.reason)
                              .where(_CHANGE.c.roster_entry_id.in_(part))):
            moves.setdefault(r.roster_entry_id, []).append(
                Move(r.id, r.uid, r.from_status, r.to_status, r.recorded_at, r.effective_on,
                     r.reason))
    off: list[Move] = []
    rollbacks: list[tuple[Any, list[Move], list[Move]]] = []
    for entry_id, entry in entries.items():
        history = moves.get(entry_id, [])
        if len(history) < 2 or entry.uid in undecided:
            continue
        kept = chain(history, entry.status)
        if kept is None or len(kept) == len(history):
            continue
        keep = {mv.id for mv in kept}
        lost = [mv for mv in history if mv.id not in keep]
        off += lost
        rollbacks.append((entry, kept, lost))
    if off:
        _delete(m, off)
        _roll_back(m, rollbacks)
    return len(off)


def _roll_back(m, rollbacks: list[tuple[Any, list[Move], list[Move]]]) -> None:
    """The fields the lost moves wrote, set to what the kept chain writes (see the module)."""
    entry_fixes, person_fixes = {}, {}
    for entry, kept, lost in rollbacks:
        fixes = {}
        for name in sorted({n for mv in lost for n in WRITES.get(mv.to_status, ())}):
            current = getattr(entry, name)
            if current not in {mv.wrote(name) for mv in lost
                               if name in WRITES.get(mv.to_status, ())}:
                continue  # not the lost branch's value
            keeper = next((mv for mv in kept if name in WRITES.get(mv.to_status, ())), None)
            value = keeper.wrote(name) if keeper is not None else None
            if value != current:
                fixes[name] = value
        if fixes:
            entry_fixes[entry.uid] = fixes
        if any(mv.to_status in WRITES for mv in lost):
            person = _person_status(m, entry, kept[0].to_status)
            if person is not None:
                person_fixes[person[0]] = {"status": person[1]}
    _write(m, "roster_entry", entry_fixes)
    _write(m, "serviceman", person_fixes)


def _person_status(m, entry, status: str) -> tuple[uuid.UUID, str] | None:
    """(the person's uid, the status the kept chain leaves him in), or None to leave it."""
    people = Serviceman.__table__
    person = m.conn.execute(select(people.c.uid, people.c.status)
                            .where(people.c.id == entry.serviceman_id)).first()
    if person is None or person.status not in PERSON_WRITTEN:
        return None  # in training, discharged...: not what a move wrote
    others = {r for r in m.conn.execute(select(_ENTRY.c.status).where(
        _ENTRY.c.serviceman_id == entry.serviceman_id, _ENTRY.c.id != entry.id)).scalars()}
    if status == "deployed" or "deployed" in others:
        want = "deployed"
    elif status in ("completed", "repatriated") or others & {"completed", "repatriated"}:
        want = "returned"
    else:
        want = "active"  # never deployed, as before the lost arrival
    return None if want == person.status else (person.uid, want)


def _write(m, name: str, fixes: dict[uuid.UUID, dict]) -> None:
    """``fixes`` ({uid: {field: value}}) written as changes made here now, on top of the
    values here, so that every office takes them."""
    if not fixes:
        return
    from .merge.records import parse_record  # the merge imports this module

    entity = BY_NAME[name]
    states = state.load(m.conn, name, list(fixes))
    pairs = []
    for uid, values in fixes.items():
        st = states.get(uid)
        clocks = dict(st.clocks) if st is not None else {}
        for field in values:
            base = st.field_clock(field)[0] if st is not None else None
            clocks[field] = [m.fresh_clock(), [base] if base else []]
        pairs.append((parse_record(entity, {
            "u": str(uid), "c": st.clock if st is not None else m.fresh_clock(), "k": clocks,
            "v": {k: v.isoformat() if isinstance(v, dt.date) else v
                  for k, v in values.items()}}), st))
    m.update(entity, pairs)


def _delete(m, moves: list[Move]) -> None:
    """Delete the rows here and tombstone them, to be sent to every office."""
    entity = BY_NAME[HISTORY]
    states = state.load(m.conn, HISTORY, [mv.uid for mv in moves])
    tombstones = []
    for mv in moves:
        st = states.get(mv.uid) or state.RowState(HISTORY, mv.uid, m.seq, m.fresh_clock())
        st.clocks, st.deleted = st.known(entity.fields), True
        st.clock, st.seq, st.via = m.fresh_clock(), m.seq, None
        tombstones.append(st)
        obj = m.session.get(RosterStatusChange, mv.id)
        if obj is not None:
            m.session.delete(obj)
        m.forget(HISTORY, mv.uid)
    m.session.flush()
    state.save(m.conn, tombstones)
    m.s.deleted[HISTORY] += len(moves)
