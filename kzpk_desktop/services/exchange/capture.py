"""Capture: every change a clerk makes is stamped for the exchange, in the same transaction.

Called by the session hooks that write the audit trail (services/tracking.py),
from the very events they write, so no path that is audited escapes the
exchange either. Bulk INSERT statements (spreadsheet import, demo data) carry
no per-row events; their rows are picked up by :func:`reconcile`, which the
export runs first (and ``kzpk check`` counts what it would pick up).
Applying a package sets ``APPLYING`` on the session: the merge writes the
incoming clocks itself.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, exists, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from ...db.models import ExchangeOffice, ExchangeRow
from . import clock as hlc
from . import state
from .entities import BY_NAME, ENTITIES, OWNED

APPLYING = "_kzpk_exchange_applying"
_ROWS = ExchangeRow.__table__


def capture_events(session: Session, events: Iterable) -> None:
    """Stamp the records the audit events of one flush created, changed or deleted."""
    if session.info.get(APPLYING):
        return
    marks: dict[tuple[str, uuid.UUID], tuple[str, set[str]]] = {}
    for ev in events:
        if ev.entity_uid is None:
            continue
        entity, action, names = ev.entity, ev.action, set((ev.changes or {}).keys())
        if entity in OWNED:
            entity, pseudo = OWNED[entity]
            action, names = "update", {pseudo}
        if entity not in BY_NAME or action not in ("create", "update", "delete"):
            continue
        key = (entity, ev.entity_uid)
        prev = marks.get(key)
        if prev is None:
            marks[key] = (action, names)
        elif action == "delete":
            marks[key] = ("delete", set())
        elif prev[0] != "delete":
            marks[key] = ("create" if "create" in (prev[0], action) else "update", prev[1] | names)
    if marks:
        _stamp(session.connection(), marks)


def _stamp(conn: Connection, marks: dict[tuple[str, uuid.UUID], tuple[str, set[str]]]) -> None:
    stamped = hlc.next_change(conn)
    if stamped is None:
        return  # no office yet: ``office init`` captures everything there is
    now, seq = stamped
    office = hlc.author(now)
    current = state.load_pairs(conn, marks.keys())
    out, deleted = [], []
    for (entity, uid), (action, names) in marks.items():
        spec = BY_NAME[entity]
        st = current.get((entity, uid))
        if action == "create" or st is None:
            if st is not None and st.deleted:
                continue  # a uid never comes back once deleted
            st = st or state.RowState(entity, uid, seq, now)
            st.seq, st.clock, st.clocks, st.deleted = seq, now, {}, False
        elif action == "delete":
            st.clocks, st.clock, st.deleted = st.known(spec.fields), now, True
            st.seq = seq
            deleted.append((entity, uid))
        else:
            for name in names & set(spec.fields):
                st.touch(name, now, office)
            st.seq = seq
        st.via = None
        out.append(st)
    state.save(conn, out)
    if deleted:
        from .merge.clashes import close_for_deleted

        for entity in {e for e, _ in deleted}:
            close_for_deleted(conn, entity, [u for e, u in deleted if e == entity],
                              f"office {office}")


def capture_bulk(session: Session, statement) -> None:
    """A bulk UPDATE or DELETE of a travelling table: stamp the rows it is about to touch."""
    if session.info.get(APPLYING):
        return
    table = statement.table
    spec = BY_NAME.get(table.name)
    if spec is None:
        return
    where = statement.whereclause
    uids = session.connection().execute(
        select(table.c.uid).where(where) if where is not None else select(table.c.uid)
    ).scalars().all()
    if not uids:
        return
    if statement.is_delete:
        action, names = "delete", set()
    else:
        action = "update"
        names = {getattr(k, "key", k) for k in (statement._values or {})}
    _stamp(session.connection(), {(spec.name, u): (action, set(names)) for u in uids})


def _missing(entity: str):
    table = BY_NAME[entity].table
    return select(table.c.uid).where(~exists().where(_ROWS.c.entity == entity,
                                                      _ROWS.c.uid == table.c.uid))


def uncaptured(conn: Connection, entities: Iterable[str] | None = None) -> int:
    """How many records no change state covers yet (written by bulk statements)."""
    names = [e.name for e in ENTITIES] if entities is None else list(entities)
    return sum(conn.execute(select(func.count()).select_from(_missing(n).subquery())).scalar()
               for n in names)


_ANY: dict[tuple[str, ...], Any] = {}


def _any_missing(names: tuple[str, ...]):
    """One statement: does any of these tables hold a record without a change state?"""
    found = _ANY.get(names)
    if found is None:
        found = _ANY[names] = select(or_(*[exists(_missing(n)) for n in names]))
    return found


def reconcile(conn: Connection, entities: Iterable[str] | None = None) -> int:
    """Stamp every record that has no change state (bulk inserts); return how many."""
    names = [e.name for e in ENTITIES] if entities is None else list(entities)
    if conn.execute(select(ExchangeOffice.id).where(ExchangeOffice.is_self.is_(True))).first() \
            is None:
        return 0
    if not conn.execute(_any_missing(tuple(names))).scalar():
        return 0
    now, seq = hlc.next_change(conn)
    total = 0
    for name in names:
        table = BY_NAME[name].table
        sel = select(literal(name), table.c.uid, literal(seq), literal(now), literal(False)) \
            .where(~exists().where(_ROWS.c.entity == name, _ROWS.c.uid == table.c.uid))
        result = conn.execute(insert(_ROWS).from_select(
            ["entity", "uid", "seq", "clock", "deleted"], sel))
        total += max(result.rowcount or 0, 0)
    return total


def capture_restored(session: Session, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
    """Records a clerk put back from the recycle bin (services/recycle.py), after their rows
    were written: a deliberate change made on top of their deletion, so every office that
    holds the tombstone takes the record back (``merge.against_tombstone``), and one that
    has not seen the deletion yet ignores it when it comes."""
    if session.info.get(APPLYING):
        return
    keys = [(entity, uid) for entity, uid in keys if entity in BY_NAME]
    conn = session.connection()
    stamped = hlc.next_change(conn) if keys else None
    if stamped is None:
        return
    now, seq = stamped
    current = state.load_pairs(conn, keys)
    out = []
    for entity, uid in keys:
        st = current.get((entity, uid)) or state.RowState(entity, uid, seq, now)
        if st.deleted:
            gone = st.clock
            known = {n: c[0] if isinstance(c, list) else c for n, c in st.clocks.items()}
            st.clocks = {n: [now, sorted({known.get(n) or gone, gone})]
                         for n in BY_NAME[entity].fields}
            st.clocks[state.RESTORED] = gone
        st.clock, st.deleted, st.seq, st.via = now, False, seq, None
        out.append(st)
    state.save(conn, out)
