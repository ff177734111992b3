"""Applying another office's records: state-based, idempotent, by uid.

For every field the incoming value and clock meet the local ones:

- the same clock: nothing to do (a repeat);
- the incoming change was made on top of the local value (the local clock is
  among the clocks its writer had seen, or both come from the same office and
  the incoming one is later): it is taken;
- the local value was made on top of the incoming one: it stays;
- otherwise the two were made concurrently: an ordinary field takes the later
  clock, a protected field (identity, roster status, document kind and
  number) keeps the local value and opens a conflict for a clerk.

So the order in which packages arrive, and how often, changes nothing.
Deleted records stay deleted (a tombstone remembers the clocks it knew; an
edit it did not know opens a conflict). A change the sending office may not
make is not applied and the ministry sends its own value back.
"""
from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...db.base import Base, utcnow
from ...db.models import (
    Document,
    DocumentScan,
    ExchangeAlias,
    ExchangeConflict,
    ExchangeHeld,
    SearchToken,
    Serviceman,
)
from ...messages import Message
from .. import documents, servicemen, text
from ..audit import created_in_bulk
from ..audit_replay import REPLAYED
from ..errors import N_
from . import clock as hlc
from . import state
from .entities import BY_NAME, ENTITIES, SCAN_FIELD, Entity, decode, refusal
from .state import RESTORED, RowState

_CONFLICTS = ExchangeConflict.__table__
_HELD = ExchangeHeld.__table__
_ALIAS = ExchangeAlias.__table__
_CHUNK = 500

WAITS_MSG = N_("waits for {entity} {uid}, which has not arrived yet")
SAME_PERSON_MSG = N_("may be the same person as {name} on file (same {what}); held for the "
                     "ministry to decide")
UNREADABLE_MSG = N_("the record could not be read ({detail})")
#: resolve_refs: a record refers to one deleted here.
GONE = Message(N_("refers to a record deleted here"))


def _model(entity: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    raise KeyError(entity)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class Summary:
    """What an import did (or, dry run, would do), for the clerk."""

    office: str
    seq: int
    created: str = ""
    added: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    conflicts: list[Message] = field(default_factory=list)
    refused: list[Message] = field(default_factory=list)
    held: list[Message] = field(default_factory=list)
    merged: list[Message] = field(default_factory=list)
    overruns: list[Message] = field(default_factory=list)
    audit_problems: list[Message] = field(default_factory=list)
    scans: int = 0
    events: int = 0
    status: str = "imported"  # already, superseded

    def counts(self) -> dict:
        return {"added": dict(self.added), "changed": dict(self.changed),
                "deleted": dict(self.deleted), "conflicts": len(self.conflicts),
                "refused": len(self.refused), "held": len(self.held), "merged": len(self.merged),
                "scans": self.scans, "audit_events": self.events}


@dataclass
class Incoming:
    """One travelled record, decoded."""

    entity: Entity
    uid: uuid.UUID
    clock: str
    clocks: dict
    values: dict  # raw travelled values
    deleted: bool
    origin: str
    raw: dict

    def field_clock(self, name: str) -> tuple[str, list[str]]:
        entry = self.clocks.get(name)
        if entry is None:
            return self.clock, []
        return entry[0], list(entry[1])


def parse_record(entity: Entity, raw: Any) -> Incoming:
    if not isinstance(raw, dict):
        raise ValueError("not a record")
    uid = uuid.UUID(raw["u"])
    clock = raw["c"]
    hlc.parse(clock)
    clocks = raw.get("k") or {}
    if not isinstance(clocks, dict):
        raise ValueError("clocks")
    deleted = bool(raw.get("d"))
    values = raw.get("v") or {}
    if not isinstance(values, dict):
        raise ValueError("values")
    for name in values:
        if name not in entity.fields:
            raise ValueError(f"unknown field {name}")
    return Incoming(entity, uid, clock, clocks, values, deleted, str(raw.get("o") or ""), raw)


def decide(local: tuple[str, list[str]], incoming: tuple[str, list[str]], same_value: bool,
           protected: bool) -> str:
    """``keep``, ``take`` or ``conflict`` for one field (see the module's rules)."""
    lc, lbases = local
    ic, ibases = incoming
    if ic == lc:
        return "keep"
    if same_value:
        return "take" if ic > lc else "keep"
    if lc in ibases or (hlc.author(lc) == hlc.author(ic) and lc < ic):
        return "take"
    if ic in lbases or (hlc.author(lc) == hlc.author(ic) and ic < lc):
        return "keep"
    if protected:
        return "conflict"
    return "take" if ic > lc else "keep"


class Merger:
    def __init__(self, session: Session, *, me, sender_code: str, sender_role: str,
                 now: str, seq: int, summary: Summary, ministry_code: str | None,
                 scans: dict[str, bytes] | None = None) -> None:
        from .export import Encoder

        self.encoder = Encoder(session.connection())
        self.ministry_code = ministry_code
        self.scans = scans or {}
        self.session = session
        self.conn: Connection = session.connection()
        self.me = me
        self.sender = sender_code
        self.sender_role = sender_role
        self.now = now
        self.seq = seq
        self.s = summary
        self.aliases = {r.uid: r.survivor for r in self.conn.execute(select(_ALIAS))}
        self._ids: dict[str, dict[uuid.UUID, int]] = {}
        self._tick = 0
        #: (entity, uid, field) of the open conflicts, read once: most fields have none
        self._open: set[tuple[str, uuid.UUID, str]] | None = None

    # --- small helpers ----------------------------------------------------------------------

    def fresh_clock(self) -> str:
        """A clock later than everything this import has seen, distinct per call."""
        self._tick += 1
        millis, counter, office = hlc.parse(self.now)
        return hlc.stamp(millis, counter + self._tick, office) if counter + self._tick <= 9999 \
            else hlc.stamp(millis + 1, self._tick, office)

    def alias(self, uid: uuid.UUID) -> uuid.UUID:
        seen = set()
        while uid in self.aliases and uid not in seen:
            seen.add(uid)
            uid = self.aliases[uid]
        return uid

    def ids(self, entity: str, uids) -> dict[uuid.UUID, int]:
        cache = self._ids.setdefault(entity, {})
        table = BY_NAME[entity].table
        wanted = [u for u in set(uids) if u not in cache]
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start:start + _CHUNK]
            found = dict(self.conn.execute(select(table.c.uid, table.c.id)
                                           .where(table.c.uid.in_(part))).all())
            for u in part:
                cache[u] = found.get(u)
        return {u: cache.get(u) for u in uids}

    def forget(self, entity: str, uid: uuid.UUID) -> None:
        self._ids.get(entity, {}).pop(uid, None)

    def refuse(self, inc: Incoming, template: str, args: dict) -> None:
        reason = Message(template, **args)
        self.s.refused.append(Message(N_("{entity} {uid} from {office} not applied: {reason}"),
                                      entity=inc.entity.name, uid=str(inc.uid),
                                      office=self.sender, reason=reason))

    def hold(self, inc: Incoming, reason: Message) -> None:
        row = {"entity": inc.entity.name, "uid": inc.uid, "record": _dump(inc.raw),
               "office": self.sender, "reason": str(reason)[:400], "held_at": utcnow()}
        found = self.conn.execute(select(_HELD.c.id).where(_HELD.c.entity == inc.entity.name,
                                                           _HELD.c.uid == inc.uid)).scalar()
        if found is None:
            self.conn.execute(insert(_HELD).values(**row))
        else:
            self.conn.execute(update(_HELD).where(_HELD.c.id == found).values(**row))
        self.s.held.append(Message(N_("{entity} {uid} held: {reason}"), entity=inc.entity.name,
                                   uid=str(inc.uid), reason=reason))

    def unhold(self, entity: str, uid: uuid.UUID) -> None:
        self.conn.execute(_HELD.delete().where(_HELD.c.entity == entity, _HELD.c.uid == uid))

    def unhold_many(self, entity: str, uids: list[uuid.UUID]) -> None:
        for start in range(0, len(uids), _CHUNK):
            self.conn.execute(_HELD.delete().where(_HELD.c.entity == entity,
                                                   _HELD.c.uid.in_(uids[start:start + _CHUNK])))

    def conflict(self, kind: str, entity: str, uid: uuid.UUID, name: str, local_value: Any,
                 local_clock: str | None, incoming_value: Any, incoming_clock: str | None,
                 detail: Any = None) -> None:
        open_ = self.conn.execute(
            select(_CONFLICTS.c.id, _CONFLICTS.c.incoming_clock)
            .where(_CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.entity == entity,
                   _CONFLICTS.c.uid == uid, _CONFLICTS.c.field == name)).first()
        values = {"local_value": _dump(local_value), "local_clock": local_clock,
                  "incoming_value": _dump(incoming_value), "incoming_clock": incoming_clock,
                  "incoming_office": self.sender,
                  "detail": None if detail is None else _dump(detail)}
        if open_ is not None:
            if open_.incoming_clock == incoming_clock or (open_.incoming_clock or "") > (
                    incoming_clock or ""):
                return
            self.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == open_.id)
                              .values(**values))
        else:
            self.conn.execute(insert(_CONFLICTS).values(kind=kind, entity=entity, uid=uid,
                                                        field=name, opened_at=utcnow(),
                                                        **values))
            self.open_keys().add((entity, uid, name))
        self.s.conflicts.append(Message(N_("{entity} {uid} {field}: here {local}, from {office} "
                                           "{incoming}"), entity=entity, uid=str(uid),
                                        field=name or kind, local=_shown(local_value),
                                        office=self.sender, incoming=_shown(incoming_value)))

    def open_keys(self) -> set[tuple[str, uuid.UUID, str]]:
        if self._open is None:
            self._open = {(r.entity, r.uid, r.field) for r in self.conn.execute(
                select(_CONFLICTS.c.entity, _CONFLICTS.c.uid, _CONFLICTS.c.field)
                .where(_CONFLICTS.c.resolved_at.is_(None)))}
        return self._open

    def close_conflicts(self, entity: str, uid: uuid.UUID, name: str, bases: list[str]) -> None:
        if (entity, uid, name) not in self.open_keys():
            return
        rows = self.conn.execute(
            select(_CONFLICTS.c.id, _CONFLICTS.c.local_clock, _CONFLICTS.c.incoming_clock)
            .where(_CONFLICTS.c.resolved_at.is_(None), _CONFLICTS.c.entity == entity,
                   _CONFLICTS.c.uid == uid, _CONFLICTS.c.field == name)).all()
        for r in rows:
            if r.incoming_clock in bases and r.local_clock in bases:
                self.conn.execute(update(_CONFLICTS).where(_CONFLICTS.c.id == r.id).values(
                    resolved_at=utcnow(), resolution="superseded",
                    resolved_by=f"office {self.sender}"))

    # --- references -------------------------------------------------------------------------

    def resolve_refs(self, inc: Incoming) -> tuple[dict, Message | None]:
        """The incoming values decoded for this database (references as local ids)."""
        out = {}
        table = inc.entity.table
        for name, raw in inc.values.items():
            if name == SCAN_FIELD:
                continue
            if name in inc.entity.refs:
                if raw is None:
                    out[name] = None
                    continue
                target = inc.entity.refs[name]
                ref = self.alias(uuid.UUID(raw))
                local = self.ids(target, [ref])[ref]
                if local is None:
                    gone = state.load(self.conn, target, [ref]).get(ref)
                    if gone is not None and gone.deleted:
                        return out, GONE
                    return out, Message(WAITS_MSG, entity=target, uid=str(ref))
                out[name] = local
            else:
                out[name] = decode(table, name, raw)
        return out, None

    def local_values(self, entity: Entity, row) -> dict:
        """A local row's travelling values, encoded as they would travel."""
        return self.encoder.values(entity, row)

    # --- the records of one entity ----------------------------------------------------------

    def apply(self, entity: Entity, records: list, *, tombstones: bool) -> None:
        incoming: list[Incoming] = []
        for raw in records:
            try:
                inc = parse_record(entity, raw)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                self.s.refused.append(Message(UNREADABLE_MSG, detail=f"{entity.name}: {exc}"))
                continue
            if inc.deleted == tombstones:
                inc.uid = self.alias(inc.uid)
                incoming.append(inc)
        if not incoming:
            return
        states = state.load(self.conn, entity.name, [i.uid for i in incoming])
        ids = self.ids(entity.name, [i.uid for i in incoming])
        new_rows, updates = [], []
        for inc in incoming:
            st = states.get(inc.uid)
            local_id = ids.get(inc.uid)
            if inc.deleted:
                self.tombstone(inc, st, local_id)
            elif st is not None and st.deleted:
                self.against_tombstone(inc, st)
            elif local_id is None:
                if entity.natural and self.adopt_natural(inc):
                    updates.append((inc, states.get(inc.uid)))
                    continue
                new_rows.append(inc)
            else:
                updates.append((inc, st))
        for wave in _parents_first(self, entity, new_rows):
            self.insert(entity, wave)
        if updates:
            self.update(entity, updates)

    def adopt_natural(self, inc: Incoming) -> bool:
        """A seeded reference row known here under another uid takes the incoming uid."""
        if self.sender_role != "ministry":
            return False
        key = inc.entity.natural
        value = inc.values.get(key)
        table = inc.entity.table
        found = self.conn.execute(select(table.c.id, table.c.uid)
                                  .where(table.c[key] == value)).first()
        if found is None:
            return False
        if state.load(self.conn, inc.entity.name, [found.uid]):
            return False  # it travels under its own uid already
        self.conn.execute(update(table).where(table.c.id == found.id).values(uid=inc.uid))
        self.forget(inc.entity.name, found.uid)
        self.forget(inc.entity.name, inc.uid)
        return True

    # --- new records ------------------------------------------------------------------------

    def insert(self, entity: Entity, rows: list[Incoming]) -> None:
        values_list, states = [], []
        on_file = self._on_file(entity, rows)
        for inc in rows:
            reason = refusal(entity, self.sender_role, created=True, deleted=False,
                             changed=inc.values)
            if reason is not None:
                self.refuse(inc, *reason)
                self.send_back_deleted(inc)
                continue
            try:
                values, waiting = self.resolve_refs(inc)
            except (ValueError, TypeError) as exc:
                self.refuse(inc, UNREADABLE_MSG, {"detail": str(exc)})
                continue
            if waiting is GONE:
                # Its parent was deleted here: it goes with it, on every office.
                self.send_back_deleted(inc)
                continue
            if waiting is not None:
                self.hold(inc, waiting)
                continue
            if on_file is not None and _identity_key(entity, values) & on_file \
                    and self.same_identity(inc, values):
                continue
            now = utcnow()
            values.update(uid=inc.uid, created_at=now, updated_at=now, version=1,
                          origin=inc.origin or self.sender)
            if entity.name == "serviceman":
                values["sort_key"] = servicemen.sort_key_for(SimpleNamespace(**values))
            if entity.name == "document":
                values["is_current"] = False
            for col in entity.table.columns:
                if col.name not in values and col.name not in ("id",) \
                        and col.name not in entity.derived:
                    values[col.name] = None
            values_list.append((inc, values))
            states.append(RowState(entity.name, inc.uid, self.seq, inc.clock,
                                   dict(inc.clocks), False, via=self.sender))
        if values_list:
            self.unhold_many(entity.name, [inc.uid for inc, _ in values_list])
        if not values_list:
            return
        table = entity.table
        rows = [v for _, v in values_list]
        for start in range(0, len(rows), _CHUNK * 4):
            self.session.execute(insert(table), rows[start:start + _CHUNK * 4])
        if entity.name in REPLAYED:  # one event per row, so 'check --deep' replays them too
            created_in_bulk(self.session, entity.name, rows, REPLAYED[entity.name])
        for inc, _ in values_list:
            self.forget(entity.name, inc.uid)
        got = self.ids(entity.name, [inc.uid for inc, _ in values_list])
        state.save(self.conn, states)
        self.s.added[entity.name] += len(values_list)
        if entity.name == "serviceman":
            tokens = []
            for inc, v in values_list:
                tokens += [{"serviceman_id": got[inc.uid], "token": t}
                           for t in sorted(servicemen.tokens_for(SimpleNamespace(**v)))]
            for start in range(0, len(tokens), _CHUNK * 4):
                self.session.execute(insert(SearchToken.__table__), tokens[start:start + 2000])
        if entity.name == "document":
            documents.elect_current_many(self.session, [v["serviceman_id"] for _, v in values_list])
            for inc, _ in values_list:
                if inc.values.get(SCAN_FIELD) is not None:  # a new document has no scan yet
                    self.apply_scan(got[inc.uid], inc.values.get(SCAN_FIELD))

    def _on_file(self, entity: Entity, rows: list[Incoming]) -> set | None:
        """The identity keys (IIN, service number; document kind and number) of ``rows``
        already on file here, read in bulk: only those rows need ``same_identity``."""
        if entity.name == "serviceman":
            table = Serviceman.__table__
            out = set()
            for name in ("iin", "service_number"):
                wanted = [r.values.get(name) for r in rows if r.values.get(name)]
                for start in range(0, len(wanted), _CHUNK):
                    out |= {(name, v) for v in self.conn.execute(select(table.c[name]).where(
                        table.c[name].in_(wanted[start:start + _CHUNK]))).scalars()}
            return out
        if entity.name == "document":
            table = Document.__table__
            wanted = [r.values.get("number") for r in rows if r.values.get("number")]
            out = set()
            for start in range(0, len(wanted), _CHUNK):
                out |= {("number", v) for v in self.conn.execute(select(table.c.number).where(
                    table.c.number.in_(wanted[start:start + _CHUNK]))).scalars()}
            return out
        return None

    def send_back_deleted(self, inc: Incoming) -> None:
        """A record its sender may not add: the ministry answers with its deletion."""
        st = RowState(inc.entity.name, inc.uid, self.seq, self.fresh_clock(),
                      {n: inc.field_clock(n)[0] for n in inc.entity.fields}, True)
        state.save(self.conn, [st])

    def same_identity(self, inc: Incoming, values: dict) -> bool:
        """Is this new record someone (something) already on file? Merge, hold, or go on."""
        if inc.entity.name == "serviceman":
            table = Serviceman.__table__
            found = None
            for what in ("iin", "service_number"):
                found = self.conn.execute(select(table).where(table.c[what] == values.get(what))
                                          ).first()
                if found is not None:
                    break
            if found is None:
                return False
            agree = found.iin == values.get("iin") and all(
                text.normalize(getattr(found, n)) == text.normalize(values.get(n))
                for n in ("surname", "given_name", "patronymic"))
            label = text.full_name(found)
            if agree and self.me.role == "ministry":
                self.merge_identity(inc, found.uid)
                self.s.merged.append(Message(N_("{name}: entered at two offices, merged (same "
                                                "IIN and names)"), name=label))
                return True
            what = "IIN" if found.iin == values.get("iin") else "service number"
            self.hold_identity(inc, found.uid, Message(SAME_PERSON_MSG, name=label, what=what))
            return True
        table = Document.__table__
        found = self.conn.execute(select(table.c.uid, table.c.serviceman_id)
                                  .where(table.c.kind_id == values.get("kind_id"),
                                         table.c.number == values.get("number"))).first()
        if found is None:
            return False
        if found.serviceman_id == values.get("serviceman_id"):
            if self.me.role == "ministry":
                self.merge_identity(inc, found.uid)
                return True
            self.hold(inc, Message(N_("the same document is on file; waits for the ministry")))
            return True
        person = self.conn.execute(select(Serviceman.__table__).where(
            Serviceman.__table__.c.id == found.serviceman_id)).first()
        owner = self.conn.execute(select(Serviceman.__table__.c.uid).where(
            Serviceman.__table__.c.id == values.get("serviceman_id"))).scalar()
        self.hold_identity(inc, person.uid, Message(SAME_PERSON_MSG, name=text.full_name(person),
                                                    what="document number"), subject=owner)
        return True

    def hold_identity(self, inc: Incoming, local_uid: uuid.UUID, reason: Message, *,
                      subject: uuid.UUID | None = None) -> None:
        self.hold(inc, reason)
        if self.me.role == "ministry":
            self.conflict("identity", "serviceman", subject or inc.uid, "identity",
                          str(local_uid), None, str(subject or inc.uid), inc.clock,
                          detail={"local": str(local_uid), "incoming": str(subject or inc.uid)})

    def merge_identity(self, inc: Incoming, local_uid: uuid.UUID) -> None:
        """One record under two uids: the smaller uid survives, everywhere the same."""
        survivor = min(local_uid, inc.uid, key=str)
        loser = local_uid if survivor == inc.uid else inc.uid
        record_alias(self, inc.entity.name, loser, survivor)
        if survivor == inc.uid:
            rekey(self, inc.entity.name, local_uid, inc.uid)
        self.unhold(inc.entity.name, inc.uid)
        inc.uid = survivor
        st = state.load(self.conn, inc.entity.name, [survivor]).get(survivor)
        self.update(inc.entity, [(inc, st)])

    # --- changed records --------------------------------------------------------------------

    def update(self, entity: Entity, pairs: list[tuple[Incoming, RowState | None]]) -> None:
        model = _model(entity.name)
        table = entity.table
        uids = [inc.uid for inc, _ in pairs]
        objs = {}
        for start in range(0, len(uids), _CHUNK):
            for obj in self.session.execute(select(model).where(
                    table.c.uid.in_(uids[start:start + _CHUNK]))).scalars():
                objs[obj.uid] = obj
        changed_states, reindex, reelect = [], [], set()
        for inc, st in pairs:
            obj = objs.get(inc.uid)
            if obj is None:
                continue
            if st is None:  # a record here that never changed since it was written in bulk
                st = RowState(entity.name, inc.uid, self.seq, "0000000000000.0000.")
            local = self.local_values(entity, _row_of(obj, table))
            takes: dict[str, Any] = {}
            took_all = True
            for name in entity.fields:
                if name not in inc.values:
                    continue
                lclock = st.field_clock(name)
                iclock = inc.field_clock(name)
                same = local.get(name) == inc.values[name]
                verdict = decide(lclock, iclock, same, name in entity.protected)
                if verdict == "take":
                    takes[name] = iclock
                elif verdict == "conflict":
                    took_all = False
                    self.conflict("field", entity.name, inc.uid, name, local.get(name), lclock[0],
                                  inc.values[name], iclock[0])
                elif iclock[0] != lclock[0]:
                    took_all = False
            if not takes:
                continue
            changing = {n: inc.values[n] for n in takes if local.get(n) != inc.values[n]}
            reason = refusal(entity, self.sender_role, created=False, deleted=False,
                             changed=changing) if changing else None
            if reason is not None:
                self.refuse(inc, *reason)
                for name in takes:  # our value goes back, made on top of theirs
                    st.clocks[name] = [self.fresh_clock(), [st.field_clock(name)[0],
                                                            takes[name][0]]]
                st.seq, st.via = self.seq, None
                changed_states.append(st)
                continue
            try:
                decoded, waiting = self.resolve_refs(SimpleNamespace(
                    entity=entity, values={n: inc.values[n] for n in changing}))
            except (ValueError, TypeError) as exc:
                self.refuse(inc, UNREADABLE_MSG, {"detail": str(exc)})
                continue
            if waiting is not None:
                if waiting is not GONE:
                    self.hold(inc, waiting)
                continue
            old_kind = getattr(obj, "kind_id", None)
            for name, value in decoded.items():
                setattr(obj, name, value)
            if SCAN_FIELD in changing:
                self.apply_scan(obj.id, changing[SCAN_FIELD])
            for name, (clock_, bases) in takes.items():
                st.clocks[name] = [clock_, bases]
                self.close_conflicts(entity.name, inc.uid, name, bases + [clock_])
            if RESTORED in inc.clocks:
                st.clocks[RESTORED] = inc.clocks[RESTORED]
            st.seq = self.seq
            st.via = self.sender if took_all else None
            changed_states.append(st)
            if changing:
                self.s.changed[entity.name] += 1
            if entity.name == "serviceman" and not servicemen.INDEXED_FIELDS.isdisjoint(
                    changing):
                reindex.append(obj)
            if entity.name == "document" and changing:
                reelect.add((obj.serviceman_id, obj.kind_id))
                if old_kind is not None:
                    reelect.add((obj.serviceman_id, old_kind))
        self.session.flush()
        for person in reindex:
            servicemen.reindex(self.session, person)
        for person_id, kind_id in reelect:
            documents.elect_current(self.session, person_id, kind_id)
        state.save(self.conn, changed_states)

    def apply_scan(self, document_id: int, meta: Any) -> None:
        scan = self.session.get(DocumentScan, document_id)
        if meta is None:
            if scan is not None:
                self.session.delete(scan)
                self.session.flush()
            return
        data = self.scans.get(meta.get("sha256")) if isinstance(meta, dict) else None
        if data is None:
            return  # it follows in a later package (the sender sends the record again)
        if scan is None:
            self.session.add(DocumentScan(document_id=document_id, filename=meta["filename"][:255],
                                          media_type=meta["media_type"][:100], data=data))
        else:
            scan.filename, scan.media_type, scan.data = (meta["filename"][:255],
                                                         meta["media_type"][:100], data)
        self.session.flush()
        self.s.scans += 1

    # --- deletions --------------------------------------------------------------------------

    def tombstone(self, inc: Incoming, st: RowState | None, local_id: int | None) -> None:
        entity = inc.entity
        known = inc.clocks  # {field: clock} the deleting office knew
        if st is not None and st.deleted:
            # Deleted here too: every office keeps the latest of the deletions, so that a
            # restore made on top of it (at the ministry) is recognised everywhere.
            if inc.clock > st.clock:
                st.clock = inc.clock
                state.save(self.conn, [st])
            return
        restored = st.clocks.get(RESTORED) if st is not None else None
        if isinstance(restored, str) and restored >= inc.clock:
            return  # restored after that deletion (or a concurrent, earlier one)
        if local_id is not None:
            reason = refusal(entity, self.sender_role, created=False, deleted=True, changed={})
            if reason is not None:
                self.refuse(inc, *reason)
                st = st or RowState(entity.name, inc.uid, self.seq, self.fresh_clock())
                for name in entity.fields:  # ours goes back, restoring it there
                    st.clocks[name] = [self.fresh_clock(), [st.field_clock(name)[0],
                                                            known.get(name, inc.clock)]]
                st.clocks[RESTORED] = inc.clock
                st.seq, st.via = self.seq, None
                state.save(self.conn, [st])
                return
            model = _model(entity.name)
            obj = self.session.execute(select(model).where(entity.table.c.uid == inc.uid)
                                       ).scalar_one()
            row = self.local_values(entity, _row_of(obj, entity.table))
            # The ministry decides whether a deleted record comes back (it sees every edit).
            if self.me.role == "ministry" and st is not None and any(
                    _unknown(st.field_clock(n)[0], known.get(n))
                                      for n in entity.fields):
                self.conflict("delete", entity.name, inc.uid, "", row, st.max_clock(), None,
                              inc.clock, detail={"record": row, "clocks": st.clocks,
                                                 "clock": st.clock})
            kind = getattr(obj, "kind_id", None)
            person = getattr(obj, "serviceman_id", None)
            try:
                with self.session.begin_nested():
                    self.session.delete(obj)
                    self.session.flush()
            except IntegrityError:
                self.refuse(inc, N_("it is still referred to by other records here"), {})
                return
            self.forget(entity.name, inc.uid)
            if entity.name == "document" and person is not None:
                documents.elect_current(self.session, person, kind)
            self.s.deleted[entity.name] += 1
        new = st or RowState(entity.name, inc.uid, self.seq, inc.clock)
        new.deleted, new.clock, new.clocks = True, inc.clock, dict(known)
        new.seq, new.via = self.seq, self.sender
        state.save(self.conn, [new])
        self.unhold(entity.name, inc.uid)

    def against_tombstone(self, inc: Incoming, st: RowState) -> None:
        """A record deleted here comes with changes: a late repeat, an edit, or a restore."""
        restored = inc.clocks.get(RESTORED)
        if isinstance(restored, str) and restored >= st.clock:
            # Restored on top of this deletion, or of a later one: the ministry decided the
            # record stays, over every deletion up to the one it saw.
            st.deleted, st.clocks, st.clock = False, {}, inc.clock
            state.save(self.conn, [st])
            st_id = st.id
            self.insert(inc.entity, [inc])
            fresh = state.load(self.conn, inc.entity.name, [inc.uid]).get(inc.uid)
            if fresh is not None and fresh.id == st_id:
                fresh.clocks = dict(inc.clocks)
                state.save(self.conn, [fresh])
            return
        if self.me.role == "ministry" and any(_unknown(inc.field_clock(n)[0], st.clocks.get(n))
                                              for n in inc.values):
            self.conflict("delete", inc.entity.name, inc.uid, "", None, st.clock, inc.values,
                          inc.clock, detail={"record": inc.values, "clocks": inc.clocks,
                                             "clock": inc.clock})


def _identity_key(entity: Entity, values: dict) -> set:
    names = ("iin", "service_number") if entity.name == "serviceman" else ("number",)
    return {(n, values.get(n)) for n in names if values.get(n)}


def _parents_first(m: Merger, entity: Entity, rows: list[Incoming]) -> list[list[Incoming]]:
    """New records in waves, each referring only to records of earlier waves (a unit's parent,
    a decision's successor): inserted in bulk, rather than held and retried one by one."""
    own = [name for name, target in entity.refs.items() if target == entity.name]
    if not own or len(rows) < 2:
        return [rows] if rows else []
    waves, pending = [], rows
    while pending:
        waiting = {i.uid for i in pending}

        def blocked(inc: Incoming) -> bool:
            for name in own:
                raw = inc.values.get(name)
                if raw:
                    try:
                        ref = m.alias(uuid.UUID(raw))
                    except (ValueError, TypeError, AttributeError):
                        return False  # refused as unreadable when inserted
                    if ref != inc.uid and ref in waiting:
                        return True
            return False

        ready = [i for i in pending if not blocked(i)]
        if not ready:  # a cycle: the references wait (held) as they would have
            ready = pending
        waves.append(ready)
        chosen = {id(i) for i in ready}
        pending = [i for i in pending if id(i) not in chosen]
    return waves


def _unknown(clock: str | None, known: str | None) -> bool:
    """Was ``clock`` written without the other side having seen it (not ``known`` nor before)?"""
    if clock is None or clock == known:
        return False
    if known is not None and hlc.author(clock) == hlc.author(known) and clock < known:
        return False
    return True


def _row_of(obj, table) -> SimpleNamespace:
    return SimpleNamespace(**{c.name: getattr(obj, c.key if hasattr(c, "key") else c.name, None)
                              for c in table.columns if c.name != "photo"})


def _shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, dict):
        return "(record)"
    return str(value)


def record_alias(m: Merger, entity: str, loser: uuid.UUID, survivor: uuid.UUID) -> None:
    if loser == survivor or m.aliases.get(loser) == survivor:
        return
    m.conn.execute(_ALIAS.delete().where(_ALIAS.c.uid == loser))
    m.conn.execute(insert(_ALIAS).values(uid=loser, entity=entity, survivor=survivor,
                                         clock=m.fresh_clock(), seq=m.seq))
    m.aliases[loser] = survivor


def rekey(m: Merger, entity: str, old: uuid.UUID, new: uuid.UUID) -> None:
    """The local record ``old`` is known from now on by the surviving uid ``new``."""
    table = BY_NAME[entity].table
    m.conn.execute(update(table).where(table.c.uid == old).values(uid=new))
    existing = state.load(m.conn, entity, [new])
    if existing:
        m.conn.execute(state.ExchangeRow.__table__.delete().where(
            state.ExchangeRow.__table__.c.entity == entity,
            state.ExchangeRow.__table__.c.uid == old))
    else:
        state.rekey(m.conn, entity, old, new)
    m.forget(entity, old)
    m.forget(entity, new)
    m.session.expire_all()


def apply_aliases(m: Merger, aliases: list) -> None:
    """Identity merges decided by the ministry: the loser's records join the survivor."""
    for raw in aliases:
        try:
            loser, survivor = uuid.UUID(raw["uid"]), uuid.UUID(raw["survivor"])
            entity = BY_NAME[raw["entity"]]
        except (KeyError, ValueError, TypeError):
            m.s.refused.append(Message(UNREADABLE_MSG, detail="identity merge"))
            continue
        if m.sender_role != "ministry":
            continue
        survivor = m.alias(survivor)
        if loser == survivor:
            continue
        ids = m.ids(entity.name, [loser, survivor])
        if ids[loser] is not None and ids[survivor] is None:
            rekey(m, entity.name, loser, survivor)
        elif ids[loser] is not None:
            _fold(m, entity, ids[loser], ids[survivor], loser)
        record_alias(m, entity.name, loser, survivor)
        m.s.merged.append(Message(N_("{entity} {loser} merged into {survivor} by the ministry"),
                                  entity=entity.name, loser=str(loser), survivor=str(survivor)))


def _fold(m: Merger, entity: Entity, loser_id: int, survivor_id: int, loser: uuid.UUID) -> None:
    """Move what refers to the loser onto the survivor, then remove the loser."""
    for child in ENTITIES:
        for col, target in child.refs.items():
            if target == entity.name:
                m.conn.execute(update(child.table).where(child.table.c[col] == loser_id)
                               .values({col: survivor_id}))
    m.session.expire_all()
    obj = m.session.get(_model(entity.name), loser_id)
    if obj is not None:
        m.session.delete(obj)
        m.session.flush()
    st = state.load(m.conn, entity.name, [loser]).get(loser)
    st = st or RowState(entity.name, loser, m.seq, m.fresh_clock())
    st.deleted, st.seq, st.via = True, m.seq, m.sender
    state.save(m.conn, [st])
    m.forget(entity.name, loser)
    if entity.name == "serviceman":
        documents.elect_current_many(m.session, [survivor_id])


def retry_held(m: Merger) -> None:
    """Records held earlier (waiting for a parent, or for the ministry) are tried again,
    until a round applies nothing more."""
    while True:
        count = m.conn.execute(select(_HELD.c.id)).all()
        if not count:
            break
        _retry_round(m)
        if len(m.conn.execute(select(_HELD.c.id)).all()) >= len(count):
            break
    # What is still held is listed once, as it stands now.
    m.s.held.clear()
    for r in m.conn.execute(select(_HELD).order_by(_HELD.c.id)):
        m.s.held.append(Message(N_("{entity} {uid} held: {reason}"), entity=r.entity,
                                uid=str(r.uid), reason=r.reason))


def _retry_round(m: Merger) -> None:
    rows = m.conn.execute(select(_HELD).order_by(_HELD.c.id)).all()
    by_entity: dict[str, list] = {}
    for r in rows:
        by_entity.setdefault(r.entity, []).append(r)
    for entity in ENTITIES:
        held = by_entity.get(entity.name, [])
        if not held:
            continue
        m.conn.execute(_HELD.delete().where(_HELD.c.id.in_([r.id for r in held])))
        sender, role = m.sender, m.sender_role
        for r in held:
            m.sender = r.office
            m.sender_role = "ministry" if r.office == m.ministry_code else "field"
            m.apply(entity, [json.loads(r.record)], tombstones=False)
        m.sender, m.sender_role = sender, role

