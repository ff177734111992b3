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

Only the ministry does it: a field office may not delete history rows (its package
would be refused), and the ministry sees every office's moves.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, select

from ...db.models import ExchangeConflict, ExchangeRow, RosterEntry, RosterStatusChange
from . import state
from .entities import BY_NAME

_R = ExchangeRow.__table__
_C = ExchangeConflict.__table__
_ENTRY = RosterEntry.__table__
_CHANGE = RosterStatusChange.__table__
_CHUNK = 500
HISTORY = "roster_status_change"


@dataclass(frozen=True)
class Move:
    id: int
    uid: uuid.UUID
    from_status: str | None
    to_status: str
    recorded_at: dt.datetime


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
    entries: dict[int, tuple[uuid.UUID, str]] = {}
    moves: dict[int, list[Move]] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        for r in conn.execute(select(_ENTRY.c.id, _ENTRY.c.uid, _ENTRY.c.status)
                              .where(_ENTRY.c.id.in_(part))):
            entries[r.id] = (r.uid, r.status)
        for r in conn.execute(select(_CHANGE.c.id, _CHANGE.c.uid, _CHANGE.c.roster_entry_id,
                                     _CHANGE.c.from_status, _CHANGE.c.to_status,
                                     _CHANGE.c.recorded_at)
                              .where(_CHANGE.c.roster_entry_id.in_(part))):
            moves.setdefault(r.roster_entry_id, []).append(
                Move(r.id, r.uid, r.from_status, r.to_status, r.recorded_at))
    off: list[Move] = []
    for entry_id, (entry_uid, status) in entries.items():
        history = moves.get(entry_id, [])
        if len(history) < 2 or entry_uid in undecided:
            continue
        kept = chain(history, status)
        if kept is None or len(kept) == len(history):
            continue
        keep = {mv.id for mv in kept}
        off += [mv for mv in history if mv.id not in keep]
    if off:
        _delete(m, off)
    return len(off)


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
