"""Applying new and changed records: refs by uid, field verdicts, derived data rebuilt."""
from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm.exc import StaleDataError

from ....db.base import utcnow
from ....db.bulk import insert_rows
from ....db.models import Document, DocumentScan, SearchToken, Serviceman
from ... import documents, servicemen
from ...audit import created_in_bulk, updated_in_bulk
from ...audit_replay import REPLAYED
from .. import clock as hlc
from .. import state
from ..entities import SCAN_FIELD, Entity, refusal
from ..state import RESTORED, RowState
from .records import _CHUNK, GONE, UNREADABLE_MSG, Incoming, _model, decide


class RowsMixin:

    def insert(self, entity: Entity, rows: list[Incoming], *, known_new: bool = False) -> None:
        """New records in bulk. ``known_new``: no change state exists for any of them (the
        caller has just read them), so the states are inserted without looking."""
        values_list, states = [], []
        on_file = self._on_file(entity, rows)
        self.prefetch_refs(entity, [inc.values for inc in rows])
        table = entity.table
        empty = dict.fromkeys(c.name for c in table.columns
                              if c.name != "id" and c.name not in entity.derived)
        now = utcnow()
        people = entity.name == "serviceman"
        fields_of: dict[uuid.UUID, SimpleNamespace] = {}  # a person's, for his search tokens
        may_refuse = self.sender_role != "ministry"  # the ministry may make any record
        resolve = self.resolver(entity, rows)
        for inc in rows:
            reason = refusal(entity, self.sender_role, created=True, deleted=False,
                             changed=inc.values) if may_refuse else None
            if reason is not None:
                self.refuse(inc, *reason)
                self.send_back_deleted(inc)
                continue
            try:
                values, waiting = resolve(inc)
            except (ValueError, TypeError) as exc:
                self.refuse(inc, UNREADABLE_MSG, {"detail": str(exc)})
                continue
            if waiting is GONE:
                self.orphan(inc)  # made on a record deleted here: the ministry decides
                continue
            if waiting is not None:
                self.hold(inc, waiting)
                continue
            if on_file and _identity_key(entity, values) & on_file \
                    and self.same_identity(inc, values):
                continue
            values = {**empty, **values}  # every column, those that did not travel empty
            values.update(uid=inc.uid, created_at=now, updated_at=now, version=1,
                          origin=inc.origin or self.sender)
            if people:
                person = fields_of[inc.uid] = SimpleNamespace(**values)
                values["sort_key"] = servicemen.sort_key_for(person)
            if entity.name == "document":
                values["is_current"] = False
            values_list.append((inc, values))
            states.append(RowState(entity.name, inc.uid, self.seq, inc.clock,
                                   dict(inc.clocks), False, via=self.via(inc)))
        if not values_list:
            return
        self.unhold_many(entity.name, [inc.uid for inc, _ in values_list])
        rows = [v for _, v in values_list]
        uids = [inc.uid for inc, _ in values_list]
        before = self.conn.execute(select(func.max(table.c.id))).scalar() or 0
        elected = entity.name == "document" and known_new and entity.name in self._fresh \
            and not self.new_documents.off
        if elected:  # all their people's documents are in this package: chosen here
            self.new_documents.add(rows, before + 1)
        insert_rows(self.conn, table, rows, keys=rows[0])
        count, last = self.conn.execute(select(func.count(table.c.id), func.max(table.c.id))
                                        .where(table.c.id > before)).one()
        if count == len(rows) and last == before + count:
            # One statement after another on this connection, nobody else's between them:
            # the rows took the ids after ``before`` in the order they were given.
            got = dict(zip(uids, range(before + 1, before + count + 1)))
            self.remember(entity.name, got)
        else:
            for u in uids:
                self.forget(entity.name, u)
            got = self.ids(entity.name, uids)
            self.remember(entity.name, got)
            if elected:  # not the ids the current documents were chosen with
                self.new_documents.wrong_ids(rows, before + 1)
                elected = False
        if entity.name in REPLAYED:  # one event per row, so 'check --deep' replays them too
            created_in_bulk(self.session, entity.name, rows, REPLAYED[entity.name])
        if entity.name == "document" and self.doc_numbers is not None:
            self.doc_numbers.update(v["number"] for v in rows if v.get("number"))
        (state.insert_new if known_new else state.save)(self.conn, states)
        self.s.added[entity.name] += len(values_list)
        if people:  # servicemen.token_rows, with the sort keys just made
            tokens = [row for inc, v in values_list for row in servicemen.index_rows(
                got[inc.uid], servicemen.tokens_for(fields_of[inc.uid]), v["sort_key"])]
            insert_rows(self.conn, SearchToken.__table__, tokens)
        if entity.name == "document":
            if not elected:
                self.reelect.update(v["serviceman_id"] for _, v in values_list)
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
            if self.doc_numbers is None and len(wanted) > 1000:
                self.doc_numbers = set(self.conn.execute(select(table.c.number)).scalars())
            if self.doc_numbers is not None:
                return {("number", v) for v in wanted if v in self.doc_numbers}
            out = set()
            for start in range(0, len(wanted), _CHUNK):
                out |= {("number", v) for v in self.conn.execute(select(table.c.number).where(
                    table.c.number.in_(wanted[start:start + _CHUNK]))).scalars()}
            return out
        return None



    def update(self, entity: Entity, pairs: list[tuple[Incoming, RowState | None]]) -> None:
        """Changed records: each field decided against ours, the taken ones written in
        statements of many rows, with one audit event per row as the session hooks write."""
        table = entity.table
        cols = [c for c in table.columns if c.name != "photo"]
        uids = [inc.uid for inc, _ in pairs]
        found = {}
        for start in range(0, len(uids), _CHUNK):
            for r in self.conn.execute(select(*cols).where(
                    table.c.uid.in_(uids[start:start + _CHUNK]))):
                found[r.uid] = r
        for col, target in entity.refs.items():  # our values, encoded in bulk
            self.encoder.uids(target, [getattr(r, col) for r in found.values()])
        if entity.name == "document":
            self.encoder.load_scans([r.id for r in found.values()])
        self.prefetch_refs(entity, [inc.values for inc, _ in pairs])
        changed_states, reindex, writes, events = [], [], [], []
        for inc, st in pairs:
            row = found.get(inc.uid)
            if row is None:
                continue
            if st is None:  # a record here that never changed since it was written in bulk
                st = RowState(entity.name, inc.uid, self.seq, "0000000000000.0000.")
            local = self.local_values(entity, row)
            takes: dict[str, Any] = {}
            took_all = True
            for name in entity.fields:
                if name not in inc.values:
                    continue
                lclock = st.field_clock(name)
                iclock = inc.field_clock(name)
                same = local.get(name) == inc.values[name]
                verdict = decide(lclock, iclock, same, name in entity.protected)
                if verdict == "join":
                    if self.me.role == "ministry":
                        takes[name] = (self.fresh_clock(), hlc.latest_per_office(
                            [lclock[0], iclock[0], *lclock[1], *iclock[1]]))
                        took_all = False
                        continue
                    verdict = "take" if iclock[0] > lclock[0] else "keep"
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
            if decoded:
                if "number" in decoded and self.doc_numbers is not None \
                        and entity.name == "document":
                    self.doc_numbers.add(decoded["number"])
                writes.append((row, decoded))
                events.append((row.uid, {n: (getattr(row, n), v) for n, v in decoded.items()
                                         if getattr(row, n) != v}))
            if SCAN_FIELD in changing:
                self.apply_scan(row.id, changing[SCAN_FIELD])
            for name, (clock_, bases) in takes.items():
                st.clocks[name] = [clock_, bases]
                self.close_conflicts(entity.name, inc.uid, name, bases + [clock_])
            if RESTORED in inc.clocks:
                st.clocks[RESTORED] = inc.clocks[RESTORED]
            st.seq = self.seq
            st.via = self.via(inc) if took_all else None
            changed_states.append(st)
            if changing:
                self.s.changed[entity.name] += 1
            if entity.name == "serviceman" and not servicemen.INDEXED_FIELDS.isdisjoint(
                    changing):
                reindex.append((row.id, SimpleNamespace(**{**row._mapping, **decoded})))
            if entity.name == "document" and changing:
                self.reelect.add(row.serviceman_id)
                self.reelect.add(decoded.get("serviceman_id", row.serviceman_id))
        self.write_rows(entity, writes)
        updated_in_bulk(self.session, entity.name, [e for e in events if e[1]])
        if reindex:
            servicemen.reindex_many(self.session, reindex)
        state.save(self.conn, changed_states)

    def write_rows(self, entity: Entity, writes: list[tuple[Any, dict]]) -> None:
        """UPDATE statements of many rows, one per set of changed columns; each row only if it
        is still the version read (as the ORM's version check)."""
        if not writes:
            return
        self.session.flush()
        table = entity.table
        groups: dict[tuple[str, ...], list[dict]] = {}
        for row, decoded in writes:
            names = tuple(sorted(decoded))
            groups.setdefault(names, []).append(
                {"_id": row.id, "_version": row.version,
                 **{f"_v_{n}": v for n, v in decoded.items()}})
        now = utcnow()
        for names, params in groups.items():
            stmt = update(table).where(table.c.id == bindparam("_id"),
                                       table.c.version == bindparam("_version")) \
                .values({**{n: bindparam(f"_v_{n}") for n in names},
                         "version": table.c.version + 1, "updated_at": now})
            for start in range(0, len(params), _CHUNK):
                part = params[start:start + _CHUNK]
                result = self.session.execute(stmt, part)
                if self.conn.dialect.supports_sane_multi_rowcount \
                        and result.rowcount != len(part):
                    raise StaleDataError(f"{entity.name}: changed while the package was applied")
        model = _model(entity.name)
        for obj in list(self.session.identity_map.values()):
            if isinstance(obj, model):
                self.session.expire(obj)

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


