"""Applying new and changed records: refs by uid, field verdicts, derived data rebuilt."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sqlalchemy import insert, select

from ....db.base import utcnow
from ....db.models import Document, DocumentScan, SearchToken, Serviceman
from ... import documents, servicemen
from ...audit import created_in_bulk
from ...audit_replay import REPLAYED
from .. import state
from ..entities import SCAN_FIELD, Entity, refusal
from ..state import RESTORED, RowState
from .records import _CHUNK, GONE, UNREADABLE_MSG, Incoming, _model, _row_of, decide


class RowsMixin:

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


def _identity_key(entity: Entity, values: dict) -> set:
    names = ("iin", "service_number") if entity.name == "serviceman" else ("number",)
    return {(n, values.get(n)) for n in names if values.get(n)}


