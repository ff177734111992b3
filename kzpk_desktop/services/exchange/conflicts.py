"""Conflicts a clerk resolves, and the exchange status per peer.

A resolution is a new change made on top of both values, so it travels like
any other and every office ends with the same value; the decision is kept in
the audit trail.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import ExchangeConflict, ExchangeHeld, ExchangeOffice
from .. import auth
from ..audit import audit_event
from ..errors import N_, NotFound
from . import clock as hlc
from . import state
from .capture import APPLYING, uncaptured
from .entities import BY_NAME
from .merge import Merger, Summary, _fold, parse_record, retry_held
from .merge.clashes import seen_clocks
from .office import ExchangeError, require_self
from .state import RESTORED

_T = ExchangeConflict.__table__
_HELD = ExchangeHeld.__table__
_OFFICES = ExchangeOffice.__table__
KEEP = ("local", "incoming")


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    entity: str
    uid: uuid.UUID
    field: str
    local: Any
    incoming: Any
    local_clock: str | None
    incoming_clock: str | None
    office: str
    opened_at: dt.datetime
    #: What the merge kept beside the two values (which kind of deletion conflict...).
    detail: Any = None

    @property
    def local_when(self) -> dt.datetime | None:
        return _when(self.local_clock)

    @property
    def incoming_when(self) -> dt.datetime | None:
        return _when(self.incoming_clock)

    def as_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "entity": self.entity, "uid": str(self.uid),
                "field": self.field, "local": self.local, "incoming": self.incoming,
                "local_by": hlc.author(self.local_clock),
                "local_at": _iso(self.local_when), "incoming_by": self.office,
                "incoming_at": _iso(self.incoming_when)}


def _when(clock: str | None) -> dt.datetime | None:
    if not clock or clock.startswith("0000000000000"):
        return None
    millis = hlc.parse(clock)[0]
    return dt.datetime.fromtimestamp(millis / 1000, dt.timezone.utc).replace(tzinfo=None)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def open_conflicts(session: Session) -> list[Conflict]:
    rows = session.connection().execute(select(_T).where(_T.c.resolved_at.is_(None))
                                        .order_by(_T.c.id)).all()
    return [open_conflict_row(r) for r in rows]


def _load(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def resolve(session: Session, conflict_id: int, keep: str) -> Conflict:
    """Decide a conflict: keep the local or the incoming value."""
    auth.require_role(session, "clerk")
    if keep not in KEEP:
        raise ExchangeError(N_("Keep 'local' or 'incoming'."))
    me = require_self(session)
    conn = session.connection()
    row = conn.execute(select(_T).where(_T.c.id == conflict_id)).first()
    if row is None or row.resolved_at is not None:
        raise NotFound(N_("There is no open conflict {id} (resolved already?)."), id=conflict_id)
    now, seq = hlc.next_change(conn)
    ministry = me.code if me.role == "ministry" else conn.execute(
        select(_OFFICES.c.code).where(_OFFICES.c.role == "ministry")).scalar()
    m = Merger(session, me=me, sender_code=me.code, sender_role="ministry"
               if me.role == "ministry" else "field", now=now, seq=seq,
               summary=Summary(me.code, 0), ministry_code=ministry)
    session.info[APPLYING] = True
    try:
        if row.kind == "field":
            _resolve_field(m, row, keep)
        elif row.kind == "delete":
            _resolve_delete(m, row, keep)
        else:
            _resolve_identity(m, row, keep)
        retry_held(m)
        m.finish()
        session.flush()
    finally:
        session.info.pop(APPLYING, None)
    conn.execute(update(_OFFICES).where(_OFFICES.c.id == me.id).values(clock=m.fresh_clock()))
    conn.execute(update(_T).where(_T.c.id == row.id).values(
        resolved_at=utcnow(), resolved_by=auth.actor_name(session), resolution=keep))
    chosen = row.local_value if keep == "local" else row.incoming_value
    audit_event(session, "exchange_resolve", row.entity, row.uid,
                details={"conflict": row.id, "kind": row.kind, "field": row.field,
                         "kept": keep, "local": _load(row.local_value),
                         "incoming": _load(row.incoming_value), "value": _load(chosen),
                         "from": row.incoming_office})
    return open_conflict_row(row)


def open_conflict_row(r) -> Conflict:
    return Conflict(r.id, r.kind, r.entity, r.uid, r.field, _load(r.local_value),
                    _load(r.incoming_value), r.local_clock, r.incoming_clock, r.incoming_office,
                    r.opened_at, _load(r.detail))


def _resolve_field(m: Merger, row, keep: str) -> None:
    entity = BY_NAME[row.entity]
    value = _load(row.local_value if keep == "local" else row.incoming_value)
    st = state.load(m.conn, entity.name, [row.uid]).get(row.uid)
    if st is None or st.deleted:
        raise ExchangeError(N_("The record of this conflict is no longer here."))
    clock = m.fresh_clock()
    here, under = st.field_clock(row.field)
    bases = hlc.latest_per_office([row.local_clock, row.incoming_clock, here, *under,
                                   *seen_clocks(row)])
    inc = parse_record(entity, {"u": str(row.uid), "c": st.clock,
                                "k": {**st.clocks, row.field: [clock, bases]},
                                "v": {row.field: value}})
    m.update(entity, [(inc, st)])
    m.close_conflicts(entity.name, row.uid, row.field, bases)


def _resolve_delete(m: Merger, row, keep: str) -> None:
    """A record deleted at one office and changed (or given a new record) at another: the
    side kept is a value (the record stays, or comes back) or None (it goes)."""
    entity = BY_NAME[row.entity]
    detail = _load(row.detail) or {}
    kept = _load(row.local_value if keep == "local" else row.incoming_value)
    st = state.load(m.conn, entity.name, [row.uid]).get(row.uid)
    if detail.get("parent"):
        # A record made on one deleted here, held: its parent comes back, or it goes too.
        held = m.conn.execute(select(_HELD).where(_HELD.c.entity == entity.name,
                                                  _HELD.c.uid == row.uid)).first()
        if held is None:
            return  # it was deleted at its own office meanwhile (its tombstone came)
        inc = parse_record(entity, json.loads(held.record))
        parent = BY_NAME[detail["parent"]["entity"]]
        parent_uid = m.alias(uuid.UUID(detail["parent"]["uid"]))
        gone = state.load(m.conn, parent.name, [parent_uid]).get(parent_uid)
        if kept is None:
            m.send_back_deleted(inc)
            m.unhold(entity.name, row.uid)
            if gone is not None and gone.deleted:
                # Offices that kept the parent for this record hear its deletion again.
                state.bump(m.conn, parent.name, [parent_uid], m.seq)
            return
        if gone is not None and gone.deleted:
            values = _last_values(m, parent, parent_uid)
            if values is None:
                raise ExchangeError(N_("The deleted record cannot be brought back: the audit "
                                       "trail does not hold its last values."))
            _restore(m, parent, parent_uid, gone, values, {}, gone.clock)
        return  # retried with the other held records, now that its parent is here
    if detail.get("pending"):
        # The deletion was not applied: records were made on it meanwhile.
        if st is None or st.deleted:
            return
        if kept is None:
            m.delete_with_children(entity, row.uid)
        else:
            m.send_back_kept(entity, row.uid, st, detail.get("clocks") or {},
                             detail.get("clock") or st.clock)
        return
    if kept is None:
        return  # the deletion stands (it was applied when the package came)
    if st is None or not st.deleted:
        return
    _restore(m, entity, row.uid, st, kept, detail.get("clocks") or {},
             detail.get("clock") or st.clock)


def _restore(m: Merger, entity, uid: uuid.UUID, st, values: dict, clocks: dict,
             clock: str) -> None:
    """Bring a deleted record back with ``values``, made on top of its deletion (and so of
    every value the deletion knew: a conflict an office holds between one of those and
    another value closes with it): every office drops its tombstone for it."""
    clocks = {k: v for k, v in clocks.items() if k != RESTORED}
    knew = st.known(entity.fields)
    for name in entity.fields:
        c, b = (clocks.get(name) or [clock, []])
        known = knew.get(name)
        clocks[name] = [m.fresh_clock(), sorted(set(b) | {c, st.clock}
                                                | ({known} if isinstance(known, str) else set()))]
    clocks[RESTORED] = st.clock
    inc = parse_record(entity, {"u": str(uid), "c": m.fresh_clock(), "k": clocks,
                                "v": values})
    m.against_tombstone(inc, st)
    fresh = state.load(m.conn, entity.name, [uid]).get(uid)
    if fresh is not None:
        fresh.seq, fresh.via = m.seq, None
        state.save(m.conn, [fresh])


def _deleted_values(conn, entity: str, uid: uuid.UUID) -> dict:
    """A deleted record's last values as its deletion in the audit trail has them (local
    ids for references), or {}."""
    from ...db.models import AuditEvent

    changes = conn.execute(select(AuditEvent.changes).where(
        AuditEvent.action == "delete", AuditEvent.entity == entity,
        AuditEvent.entity_uid == uid).order_by(AuditEvent.id.desc()).limit(1)).scalar()
    if changes is None:
        return {}
    return {k: v[0] for k, v in json.loads(changes).items() if isinstance(v, list) and v}


def _last_values(m: Merger, entity, uid: uuid.UUID) -> dict | None:
    """A deleted record's values as they travel, from its deletion in the audit trail."""
    old = _deleted_values(m.conn, entity.name, uid)
    if not old:
        return None
    values = {}
    for name in entity.columns:
        value = old.get(name)
        if name in entity.refs and value is not None:
            value = m.encoder.uids(entity.refs[name], [value]).get(value)
            value = None if value is None else str(value)
        values[name] = value
    return values


def _resolve_identity(m: Merger, row, keep: str) -> None:
    """Merge the person on file with the one that came in (held here, or on file when a
    document brought the question). Both are followed through the identity merges made
    since the conflict was opened: the records are known by their surviving uids."""
    detail = _load(row.detail) or {}
    local_uid = m.alias(uuid.UUID(detail["local"]))
    incoming_uid = m.alias(uuid.UUID(detail["incoming"]))
    entity = BY_NAME["serviceman"]
    ids = m.ids("serviceman", [local_uid, incoming_uid])
    held = m.conn.execute(select(_HELD).where(
        _HELD.c.entity == "serviceman",
        _HELD.c.uid.in_({uuid.UUID(detail["incoming"]), incoming_uid}))).first()
    if local_uid == incoming_uid:
        survivor = local_uid  # merged meanwhile (the same names came from a third office)
    elif ids[local_uid] is None and held is not None:
        # The person on file was deleted since: the one held is nobody's double any more,
        # and goes in as it came (with the held records, below).
        survivor = incoming_uid
    elif ids[local_uid] is None:
        raise ExchangeError(N_("The record of this conflict is no longer here."))
    elif ids[incoming_uid] is not None:
        from .merge import record_alias

        survivor = min(local_uid, incoming_uid, key=str)
        loser = incoming_uid if survivor == local_uid else local_uid
        _fold_pair(m, entity, loser, survivor)
        record_alias(m, "serviceman", loser, survivor)
    elif held is not None:
        m.conn.execute(_HELD.delete().where(_HELD.c.id == held.id))
        inc = parse_record(entity, json.loads(held.record))
        inc.uid = incoming_uid
        survivor = min(local_uid, incoming_uid, key=str)
        m.merge_identity(inc, local_uid)
    else:
        raise ExchangeError(N_("The record of this conflict is no longer here."))
    # Protected fields differing after the merge became conflicts: the clerk's side wins.
    for c in m.conn.execute(select(_T).where(_T.c.resolved_at.is_(None), _T.c.kind == "field",
                                             _T.c.entity == "serviceman",
                                             _T.c.uid == survivor)).all():
        _resolve_field(m, c, keep)
        m.conn.execute(update(_T).where(_T.c.id == c.id).values(
            resolved_at=utcnow(), resolution=keep, resolved_by=auth.actor_name(m.session)))


def _fold_pair(m: Merger, entity, loser: uuid.UUID, survivor: uuid.UUID) -> None:
    ids = m.ids(entity.name, [loser, survivor])
    if ids[loser] is not None and ids[survivor] is not None:
        _fold(m, entity, ids[loser], ids[survivor], loser)


# --- status ----------------------------------------------------------------------------------

def status(session: Session) -> dict:
    """This office and, per peer, what was sent, received and acknowledged."""
    me = require_self(session)
    conn = session.connection()
    peers = []
    for p in conn.execute(select(_OFFICES).where(_OFFICES.c.is_self.is_(False))
                          .order_by(_OFFICES.c.code)):
        waiting = conn.execute(select(state.ExchangeRow.__table__.c.id).where(
            state.ExchangeRow.__table__.c.seq > p.acked_changes).limit(1)).first() is not None
        peers.append({"code": p.code, "name": p.name, "role": p.role,
                      "sent": p.sent_seq, "sent_at": _iso(p.sent_at),
                      "received": p.received_seq, "received_at": _iso(p.received_at),
                      "acknowledged": p.acked_package, "acknowledged_at": _iso(p.acked_at),
                      "unacknowledged_changes": waiting})
    return {"code": me.code, "name": me.name, "role": me.role,
            "conflicts": len(open_conflicts(session)),
            "held": conn.execute(select(_HELD.c.id)).all().__len__(),
            "uncaptured": uncaptured(conn), "peers": peers}


# --- what a conflict is about, in a clerk's words ---------------------------------------------

@dataclass(frozen=True)
class Subject:
    """Whose record a conflict is about (for the list a clerk decides from)."""

    record: str  # the person's names and IIN, or the record's natural key; "" if unknown
    #: identity conflicts: the person on file here and the one that came in (held)
    mine: str = ""
    theirs: str = ""


def _person_label(values) -> str:
    get = values.get if isinstance(values, dict) else lambda k: getattr(values, k, None)
    names = " ".join(p for p in (get("surname"), get("given_name"), get("patronymic")) if p)
    return f"{names}, {get('iin')}" if get("iin") else names


def subjects(session: Session, items: list[Conflict]) -> dict[int, Subject]:
    """Per conflict id, whose record it is (a person's document, assignment or roster entry
    names the person)."""
    from ...db.base import Base

    conn = session.connection()
    people = Base.metadata.tables["serviceman"]

    def person(uid) -> str:
        row = conn.execute(select(people).where(people.c.uid == uid)).first()
        if row is not None:
            return _person_label(row)
        held = conn.execute(select(_HELD.c.record).where(_HELD.c.entity == "serviceman",
                                                         _HELD.c.uid == uid)).scalar()
        return _person_label((_load(held) or {}).get("v") or {}) if held else ""

    out: dict[int, Subject] = {}
    for c in items:
        entity = BY_NAME.get(c.entity)
        if entity is None:
            out[c.id] = Subject("")
            continue
        if c.kind == "identity":
            detail = {"local": c.local, "incoming": c.incoming}
            out[c.id] = Subject(person(uuid.UUID(detail["incoming"])),
                                person(uuid.UUID(detail["local"])),
                                person(uuid.UUID(detail["incoming"])))
            continue
        table = entity.table
        row = conn.execute(select(table).where(table.c.uid == c.uid)).first()
        values = row._asdict() if row is not None else \
            c.incoming if isinstance(c.incoming, dict) else \
            c.local if isinstance(c.local, dict) else {}
        if c.entity == "serviceman":
            label = _person_label(values)
        elif values.get("serviceman_id") is not None:
            owner = values["serviceman_id"]
            found = conn.execute(select(people).where(
                people.c.id == owner if isinstance(owner, int) else
                people.c.uid == uuid.UUID(str(owner)))).first()
            label = _person_label(found) if found is not None else \
                _person_label(_deleted_values(conn, "serviceman", uuid.UUID(str(owner)))) \
                if not isinstance(owner, int) else ""
        elif entity.natural and values.get(entity.natural):
            label = str(values[entity.natural])
        else:
            label = ""
        out[c.id] = Subject(label)
    return out
