"""Deletions: tombstones that keep a record deleted, and edits arriving against them."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ...errors import N_
from .. import state
from ..entities import refusal
from ..state import RESTORED, RowState
from .records import Incoming, _model, _row_of, _unknown


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
                self.reelect.add(person)
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

