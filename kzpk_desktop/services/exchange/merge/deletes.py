"""Deletions: tombstones that keep a record deleted, and edits arriving against them."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ....messages import Message
from ...errors import N_
from .. import state
from ..entities import ENTITIES, refusal
from ..state import RESTORED, RowState
from .clashes import close_for_deleted
from .records import Incoming, _model, _row_of, _unknown


ORPHAN_MSG = N_("its {entity} {uid} was deleted here; waits for the ministry to decide "
                "whether it comes back")


DELETE_WAITS_MSG = N_("{entity} {uid}: its deletion waits for the ministry to decide (records "
                      "were made on it here meanwhile)")


class DeletesMixin:
    def send_back_deleted(self, inc: Incoming) -> None:
        """A record its sender may not add: the ministry answers with its deletion."""
        self.not_fresh(inc.entity.name)
        st = RowState(inc.entity.name, inc.uid, self.seq, self.fresh_clock(),
                      {n: inc.field_clock(n)[0] for n in inc.entity.fields}, True)
        state.save(self.conn, [st])



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
                self.send_back_kept(entity, inc.uid, st, known, inc.clock)
                return
            model = _model(entity.name)
            obj = self.session.execute(select(model).where(entity.table.c.uid == inc.uid)
                                       ).scalar_one()
            row = self.local_values(entity, _row_of(obj, entity.table))
            if self.children_of(entity, local_id):
                # Records were made on it that the deleting office did not know (its package
                # deleted the ones it knew, children first): an edit concurrent with a
                # deletion. It stays until the ministry's clerk decides (a field office
                # sends those records on, and hears the decision: the record restored, or
                # the records' tombstones and this deletion again).
                if self.me.role == "ministry":
                    st = st or RowState(entity.name, inc.uid, self.seq, self.fresh_clock())
                    self.conflict("delete", entity.name, inc.uid, "", row, st.max_clock(),
                                  None, inc.clock, detail={"record": row, "clocks": dict(known),
                                                           "clock": inc.clock, "pending": True})
                else:
                    self.s.held.append(Message(DELETE_WAITS_MSG, entity=entity.name,
                                               uid=str(inc.uid)))
                return
            # The ministry decides whether a deleted record comes back (it sees every edit).
            if self.me.role == "ministry" and st is not None and any(
                    _unknown(st.field_clock(n)[0], known.get(n))
                                      for n in entity.fields):
                self.conflict("delete", entity.name, inc.uid, "", row, st.max_clock(), None,
                              inc.clock, detail={"record": row, "clocks": st.clocks,
                                                 "clock": st.clock})
            if not self.drop(entity, obj):
                self.refuse(inc, N_("it is still referred to by other records here"), {})
                return
        new = st or RowState(entity.name, inc.uid, self.seq, inc.clock)
        new.deleted, new.clock, new.clocks = True, inc.clock, dict(known)
        new.seq, new.via = self.seq, self.via(inc)
        state.save(self.conn, [new])
        self.unhold(entity.name, inc.uid)

    def orphan(self, inc: Incoming) -> None:
        """A new record made on one deleted here (a document for a person deleted at another
        office): an edit concurrent with a deletion. It waits, held; at the ministry a clerk
        decides whether the deleted record comes back with it or it goes too (on every
        office the same: the restored record, or this one's tombstone, travels)."""
        parent = None
        for name, target in inc.entity.refs.items():
            raw = inc.values.get(name)
            if raw is None:
                continue
            ref = self.alias(uuid.UUID(raw))
            gone = state.load(self.conn, target, [ref]).get(ref)
            if gone is not None and gone.deleted:
                parent = (target, ref, gone)
                break
        if parent is None:
            return
        target, ref, gone = parent
        self.hold(inc, Message(ORPHAN_MSG, entity=target, uid=str(ref)))
        if self.me.role == "ministry":
            self.conflict("delete", inc.entity.name, inc.uid, "", None, gone.clock, inc.values,
                          inc.clock, detail={"record": inc.values, "clocks": inc.clocks,
                                             "clock": inc.clock,
                                             "parent": {"entity": target, "uid": str(ref)}})

    def send_back_kept(self, entity, uid, st: RowState | None, known: dict,
                       deleted_clock: str) -> None:
        """This office keeps a record another deleted: ours goes back, made on top of the
        deletion, so the record is restored there (and everywhere it went)."""
        st = st or RowState(entity.name, uid, self.seq, self.fresh_clock())
        for name in entity.fields:
            st.clocks[name] = [self.fresh_clock(), sorted({st.field_clock(name)[0],
                                                           known.get(name, deleted_clock)})]
        st.clocks[RESTORED] = deleted_clock
        st.seq, st.via = self.seq, None
        state.save(self.conn, [st])

    def children_of(self, entity, local_id: int) -> list[tuple]:
        """(entity, local id, uid) of the records here that refer to this one."""
        out = []
        for child in ENTITIES:
            for col, target in child.refs.items():
                if target == entity.name and child.name != entity.name:
                    t = child.table
                    out += [(child, r.id, r.uid) for r in self.conn.execute(
                        select(t.c.id, t.c.uid).where(t.c[col] == local_id))]
        return out

    def delete_with_children(self, entity, uid) -> None:
        """The ministry's decision that a record goes with what was made on it: each row
        deleted with a tombstone, made here now, that travels to every office."""
        local_id = self.ids(entity.name, [uid])[uid]
        if local_id is None:
            return
        for child, _, child_uid in self.children_of(entity, local_id):
            self.delete_with_children(child, child_uid)
        st = state.load(self.conn, entity.name, [uid]).get(uid) \
            or RowState(entity.name, uid, self.seq, self.fresh_clock())
        known = st.known(entity.fields)
        obj = self.session.execute(select(_model(entity.name))
                                   .where(entity.table.c.uid == uid)).scalar_one()
        if not self.drop(entity, obj):
            raise IntegrityError(f"{entity.name} {uid}", None, Exception("still referred to"))
        st.deleted, st.clock, st.clocks, st.seq, st.via = True, self.fresh_clock(), known, \
            self.seq, None
        state.save(self.conn, [st])
        self.unhold(entity.name, uid)

    def drop(self, entity, obj) -> bool:
        """Delete a local row (its documents and assignments with it); False when other
        records still refer to it."""
        person = getattr(obj, "serviceman_id", None)
        try:
            with self.session.begin_nested():
                self.session.delete(obj)
                self.session.flush()
        except IntegrityError:
            return False
        self.forget(entity.name, obj.uid)
        close_for_deleted(self.conn, entity.name, [obj.uid], f"office {self.sender}")
        self._open = None
        if entity.name == "document" and person is not None:
            self.reelect.add(person)
        self.s.deleted[entity.name] += 1
        return True

    def against_tombstone(self, inc: Incoming, st: RowState) -> None:
        """A record deleted here comes with changes: a late repeat, an edit, or a restore."""
        restored = inc.clocks.get(RESTORED)
        if isinstance(restored, str) and restored >= st.clock:
            # Restored on top of this deletion, or of a later one: the ministry decided the
            # record stays, over every deletion up to the one it saw.
            tomb = (st.clocks, st.clock)
            st.deleted, st.clocks, st.clock = False, {}, inc.clock
            state.save(self.conn, [st])
            st_id = st.id
            self.insert(inc.entity, [inc])
            table = inc.entity.table
            if self.conn.execute(select(table.c.id).where(table.c.uid == inc.uid)).first() \
                    is None:
                # Held (a double of someone on file, or waiting for its parent): it stays a
                # tombstone here until it goes in, restored, from the hold.
                st.deleted, (st.clocks, st.clock) = True, tomb
                state.save(self.conn, [st])
                return
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

