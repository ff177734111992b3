"""The merger: one import's context (who sent it, the clock, local ids by uid) and the
dispatch of an entity's records to insert, update or delete."""
from __future__ import annotations

import uuid

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ....messages import Message
from ...errors import N_
from .. import clock as hlc
from .. import state
from ..entities import BY_NAME, SCAN_FIELD, Entity, decode
from .clashes import ClashesMixin
from .deletes import DeletesMixin
from .held import HeldMixin
from .identity import IdentityMixin
from .records import (_ALIAS, _CHUNK, GONE, UNREADABLE_MSG, WAITS_MSG, Incoming, Summary,
                      parse_record)
from .rows import RowsMixin


class Merger(RowsMixin, IdentityMixin, DeletesMixin, ClashesMixin, HeldMixin):
    def __init__(self, session: Session, *, me, sender_code: str, sender_role: str,
                 now: str, seq: int, summary: Summary, ministry_code: str | None,
                 scans: dict[str, bytes] | None = None) -> None:
        from ..export import Encoder

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

