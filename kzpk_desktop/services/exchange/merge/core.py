"""The merger: one import's context (who sent it, the clock, local ids by uid) and the
dispatch of an entity's records to insert, update or delete."""
from __future__ import annotations

import uuid

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from ....db.bulk import few_rows, indexes_deferred
from ....db.models import AuditEvent, SearchToken
from ....messages import Message
from ...audit_replay import REPLAYED
from ...errors import N_
from .. import clock as hlc
from .. import state
from ... import documents
from .. import history
from ..entities import BY_NAME, ENTITIES, Entity, decoder
from .clashes import ClashesMixin
from .deletes import DeletesMixin
from .held import HeldMixin
from .identity import IdentityMixin
from .records import (_ALIAS, _CHUNK, _HELD, _ROWS, GONE, UNREADABLE_MSG, WAITS_MSG, Incoming, Summary,
                      parse_record)
from .rows import RowsMixin


_UNKNOWN = object()
_NONE: dict = {}


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
        #: people whose current documents are elected again once the package is in
        self.reelect: set[int] = set()
        #: current documents among those inserted into a document table empty before
        self.new_documents = documents.CurrentAmongNew()
        #: (entity, uid, field) of the open conflicts, read once: most fields have none
        self._open: set[tuple[str, uuid.UUID, str]] | None = None
        #: {entity: {uid as travelled text: local id}}: references resolved without parsing
        self._ref_text: dict[str, dict[str, int]] = {}
        self._decoders: dict[str, dict[str, tuple]] = {}
        #: entities with no record and no change state here when their first records came
        #: (a first package): only what this import inserted exists, and the cache has it
        self._fresh: set[str] = set()
        self._checked: set[str] = set()
        self.held_any = self.conn.execute(select(_HELD.c.id).limit(1)).first() is not None
        #: document numbers on file, read once when a large batch asks (no index on them)
        self.doc_numbers: set[str] | None = None

    # --- small helpers ----------------------------------------------------------------------

    def fresh_clock(self) -> str:
        """A clock later than everything this import has seen, distinct per call."""
        self._tick += 1
        millis, counter, office = hlc.parse(self.now)
        return hlc.stamp(millis, counter + self._tick, office) if counter + self._tick <= 9999 \
            else hlc.stamp(millis + 1, self._tick, office)

    def alias(self, uid: uuid.UUID) -> uuid.UUID:
        if uid not in self.aliases:
            return uid
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

    def prefetch_refs(self, entity: Entity, values: list[dict]) -> None:
        """The local ids of everything ``values`` refer to, read in bulk (into the caches)."""
        for name, target in entity.refs.items():
            text = self._ref_text.setdefault(target, {})
            # Not ``set - cache.keys()``: that walks the whole cache, which grows with the
            # package (hundreds of thousands of uids in a first one).
            raws = {raw for v in values if (raw := v.get(name)) is not None and raw not in text}
            parsed = {}
            for raw in raws:
                try:
                    parsed[raw] = self.alias(uuid.UUID(raw))
                except (ValueError, TypeError, AttributeError):
                    pass  # refused as unreadable with its record
            cache = self._ids.setdefault(target, {})
            wanted = {u for u in parsed.values() if u not in cache}
            if len(wanted) > 20_000:  # a first package: one pass over the table
                table = BY_NAME[target].table
                cache.update(dict(self.conn.execute(select(table.c.uid, table.c.id)).all()))
                for u in [u for u in wanted if u not in cache]:
                    cache[u] = None
            elif wanted:
                self.ids(target, wanted)
            for raw, u in parsed.items():
                if cache.get(u) is not None:
                    text[raw] = cache[u]

    def finish(self) -> None:
        """Derived data rebuilt in bulk once the records are in (current documents); at the
        ministry, the status histories of the roster entries touched made one chain again."""
        demoted, self.new_documents.demoted = self.new_documents.demoted, []
        if demoted:
            documents.set_not_current(self.conn, demoted)
        if self.reelect:
            self.session.flush()
            documents.elect_current_many(self.session, sorted(self.reelect))
            self.reelect.clear()
        self.session.flush()
        history.settle(self)

    def forget(self, entity: str, uid: uuid.UUID) -> None:
        self._ids.get(entity, {}).pop(uid, None)
        self._ref_text.pop(entity, None)
        self.not_fresh(entity)

    def not_fresh(self, entity: str) -> None:
        """Something other than a plain insert wrote ``entity`` here: look records up again."""
        self._fresh.discard(entity)
        self._checked.add(entity)

    def is_fresh(self, entity: Entity) -> bool:
        if entity.name not in self._checked:
            self._checked.add(entity.name)
            table = entity.table
            if self.conn.execute(select(table.c.id).limit(1)).first() is None \
                    and self.conn.execute(select(_ROWS.c.id).where(
                        _ROWS.c.entity == entity.name).limit(1)).first() is None:
                self._fresh.add(entity.name)
        return entity.name in self._fresh

    def remember(self, entity: str, got: dict[uuid.UUID, int]) -> None:
        """Ids of records just inserted, for references to them."""
        self._ids.setdefault(entity, {}).update(got)
        text = self._ref_text.setdefault(entity, {})
        for u, i in got.items():
            text[str(u)] = i

    def via(self, inc: Incoming) -> str | None:
        """Whom a record's state came from (it is not sent back there), or None: under a
        merged uid the sender holds it as another record, and must hear of this one."""
        return None if inc.aliased else self.sender

    def refuse(self, inc: Incoming, template: str, args: dict) -> None:
        reason = Message(template, **args)
        self.s.refused.append(Message(N_("{entity} {uid} from {office} not applied: {reason}"),
                                      entity=inc.entity.name, uid=str(inc.uid),
                                      office=self.sender, reason=reason))


    def _plan(self, entity: Entity) -> dict[str, tuple]:
        """{column: (entity it refers to, None, None) or (None, its decoder, the longest text
        it takes: None unless it is a text column)}, worked out once per entity."""
        plan = self._decoders.get(entity.name)
        if plan is None:
            table = entity.table
            plan = self._decoders[entity.name] = {
                n: (entity.refs[n], None, None) if n in entity.refs
                else (None, decoder(table, n), getattr(decoder(table, n), "limit", None))
                for n in entity.columns}
        return plan

    def resolver(self, entity: Entity, records: list[Incoming]):
        """``resolve_refs`` for the records of one batch: when every text value of the batch
        is text short enough for its column (checked column by column over the batch), each
        record's other values are decoded on their own and its text taken as it came; a
        record that meets anything else (a bad value, a reference not yet resolved) goes
        through ``resolve_refs``, so the answer, or the error, is always its."""
        plan = self._plan(entity)
        for name, (_, _, limit) in plan.items():
            if limit is None:
                continue
            column = [v for inc in records if (v := inc.values.get(name)) is not None]
            if column and (set(map(type, column)) != {str} or max(map(len, column)) > limit):
                return self.resolve_refs
        others = [(n, target, decode) for n, (target, decode, limit) in plan.items()
                  if limit is None]
        skip = [n for n in entity.field_set if n not in plan]  # the scan, applied on its own
        texts = self._ref_text
        slow = self.resolve_refs

        def resolve(inc: Incoming) -> tuple[dict, Message | None]:
            out = inc.values.copy()
            for name in skip:
                out.pop(name, None)
            for name, target, decode in others:
                raw = out.get(name)
                if raw is None:
                    continue
                if target is None:
                    try:
                        out[name] = decode(raw)
                    except (ValueError, TypeError):
                        return slow(inc)
                    continue
                local = texts.get(target, _NONE).get(raw)
                if local is None:
                    return slow(inc)
                out[name] = local
            return out, None
        return resolve

    def resolve_refs(self, inc: Incoming) -> tuple[dict, Message | None]:
        """The incoming values decoded for this database (references as local ids)."""
        out = {}
        plan = self._plan(inc.entity)
        texts = self._ref_text
        for name, raw in inc.values.items():
            step = plan.get(name)
            if step is None:  # the scan, applied on its own
                continue
            if raw is None:
                out[name] = None
                continue
            target, decode, limit = step
            if target is None:
                if limit is not None and type(raw) is str and len(raw) <= limit:
                    out[name] = raw
                else:
                    out[name] = decode(raw)
                continue
            local = texts.get(target, _NONE).get(raw)
            if local is not None:
                out[name] = local
                continue
            ref = uuid.UUID(raw)
            if self.aliases:
                ref = self.alias(ref)
            local = self._ids.get(target, {}).get(ref, _UNKNOWN)
            if local is _UNKNOWN:
                local = self.ids(target, [ref])[ref]
            if local is None:
                gone = state.load(self.conn, target, [ref]).get(ref)
                if gone is not None and gone.deleted:
                    return out, GONE
                return out, Message(WAITS_MSG, entity=target, uid=str(ref))
            out[name] = local
        return out, None

    def local_values(self, entity: Entity, row) -> dict:
        """A local row's travelling values, encoded as they would travel."""
        return self.encoder.values(entity, row)

    # --- the records of one entity ----------------------------------------------------------

    def apply(self, entity: Entity, records: list, *, tombstones: bool) -> None:
        incoming: list[Incoming] = []
        seen: set[uuid.UUID] = set()
        field_set = entity.field_set
        for raw in records:
            try:
                inc = parse_record(entity, raw, field_set)
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                self.s.refused.append(Message(UNREADABLE_MSG, detail=f"{entity.name}: {exc}"))
                continue
            if inc.deleted == tombstones:
                if self.aliases:
                    travelled, inc.uid = inc.uid, self.alias(inc.uid)
                    inc.aliased = inc.uid != travelled
                before = len(seen)
                seen.add(inc.uid)
                if len(seen) == before:
                    continue  # the same record twice in one batch: the first one counts
                incoming.append(inc)
        if not incoming:
            return
        if self.is_fresh(entity):
            # Only this import wrote here: no states, and the ids are the ones it gave.
            states: dict = {}
            ids = self._ids.setdefault(entity.name, {})
        else:
            uids = [i.uid for i in incoming]
            states = state.load(self.conn, entity.name, uids)
            ids = self.ids(entity.name, uids)
        new_rows, updates = [], []
        for inc in incoming:
            st = states.get(inc.uid) if states else None
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
            self.insert(entity, wave, known_new=True)
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



#: How many records are applied at a time (a package streams; memory stays bounded).
BATCH = 5000


def apply_records(m: Merger, records, counts: dict, progress=None) -> None:
    """A package's (entity, raw record) stream: changes in batches as they come (parents
    first, as a package lists them), then deletions, children before parents.

    ``counts`` ({entity: records}, the manifest's) give the total for ``progress(done,
    total)``, told after every batch (when it answers False, the import stops with
    ``Cancelled``), and the tables a first package fills from empty, whose non-unique
    indexes are made once the changes are in (``deferred_tables``), before the deletions,
    which look records up by them.
    """
    counts = {k: v for k, v in counts.items() if isinstance(v, int) and not isinstance(v, bool)}
    total = sum(counts.values())
    tombstones: dict[str, list] = {}
    batch: list = []
    current: Entity | None = None
    done = 0

    def flush() -> None:
        nonlocal batch, done
        if current is not None and batch:
            m.apply(current, batch, tombstones=False)
            done += len(batch)
            if progress is not None and progress(done, max(total, done)) is False:
                raise Cancelled
        batch = []

    with indexes_deferred(m.conn, deferred_tables(m.conn, counts)):
        for name, raw in records:
            entity = BY_NAME.get(name)
            if entity is None:
                m.s.refused.append(Message(UNREADABLE_MSG, detail=f"{name}: unknown"))
                continue
            if entity is not current:
                flush()
                current = entity
            if isinstance(raw, dict) and raw.get("d"):
                tombstones.setdefault(name, []).append(raw)
                continue
            batch.append(raw)
            if len(batch) >= BATCH:
                flush()
        flush()
    m._fresh.clear()  # deletions are looked up against everything there is
    for entity in reversed(ENTITIES):
        gone = tombstones.get(entity.name)
        for start in range(0, len(gone or ()), BATCH):
            m.apply(entity, gone[start:start + BATCH], tombstones=True)
            done += len(gone[start:start + BATCH])
            if progress is not None and progress(done, max(total, done)) is False:
                raise Cancelled


#: A table an import brings at least this many rows into is worth its indexes made after.
DEFER_AT = 1000


def deferred_tables(conn: Connection, counts: dict) -> list[Table]:
    """The tables whose non-unique indexes are made after the records of a first package
    are in: an entity's table empty before it and receiving at least ``DEFER_AT`` records;
    with the people, their search tokens; the change states and the audit trail when they
    hold few rows against what the package adds (one state per record, one event per person
    and roster entry)."""
    if conn.dialect.name != "sqlite":
        return []
    out = [e.table for e in ENTITIES
           if counts.get(e.name, 0) >= DEFER_AT and few_rows(conn, e.table, 0)]
    people = BY_NAME["serviceman"].table
    if people in out and few_rows(conn, SearchToken.__table__, 0):
        out.append(SearchToken.__table__)
    total = sum(counts.values())
    if total >= DEFER_AT and few_rows(conn, _ROWS, total // 10):
        out.append(_ROWS)
    events = sum(counts.get(name, 0) for name in REPLAYED)
    if events >= DEFER_AT and few_rows(conn, AuditEvent.__table__, events // 10):
        out.append(AuditEvent.__table__)
    return out


class Cancelled(Exception):
    """The clerk stopped the import (``progress`` answered False)."""
