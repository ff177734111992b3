"""Making a package: everything the peer has not acknowledged, as current state."""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from ...db import migrate
from ...db.base import utcnow
from ...db.models import AuditEvent, DocumentScan, ExchangeAlias, ExchangeAudit, ExchangeOffice
from .. import auth
from ..audit import audit_event
from . import capture, state
from . import clock as hlc
from .entities import BY_NAME, ENTITIES, SCAN_FIELD, Entity, encode
from .package import MAX_SCAN_BYTES, build

_CHUNK = 500
#: Scans beyond this many bytes in one package follow in the next one.
SCAN_BUDGET = 40 * 1024 * 1024


class Encoder:
    """Local rows as they travel: references as uids, the scan as its hash."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._uids: dict[str, dict[int, uuid.UUID]] = {}
        self.scan_meta: dict[int, dict] = {}

    def uids(self, entity: str, ids) -> dict[int, uuid.UUID]:
        cache = self._uids.setdefault(entity, {})
        wanted = [i for i in set(ids) if i is not None and i not in cache]
        table = BY_NAME[entity].table
        if len(wanted) > 20_000:  # a first package: one pass over the table
            cache.update(dict(self.conn.execute(select(table.c.id, table.c.uid)).all()))
        else:
            for start in range(0, len(wanted), _CHUNK):
                cache.update(dict(self.conn.execute(
                    select(table.c.id, table.c.uid)
                    .where(table.c.id.in_(wanted[start:start + _CHUNK]))).all()))
        return cache

    def load_scans(self, document_ids) -> None:
        ids = [i for i in set(document_ids) if i not in self.scan_meta]
        t = DocumentScan.__table__
        for start in range(0, len(ids), _CHUNK):
            part = ids[start:start + _CHUNK]
            for i in part:
                self.scan_meta[i] = None
            for r in self.conn.execute(select(t.c.document_id, t.c.filename, t.c.media_type,
                                              t.c.data).where(t.c.document_id.in_(part))):
                self.scan_meta[r.document_id] = {
                    "sha256": hashlib.sha256(r.data).hexdigest(), "filename": r.filename,
                    "media_type": r.media_type, "size": len(r.data)}

    def values(self, entity: Entity, row) -> dict[str, Any]:
        out = {}
        for name in entity.columns:
            value = getattr(row, name)
            if name in entity.refs and value is not None:
                value = self.uids(entity.refs[name], [value]).get(value)
            out[name] = encode(value)
        if entity.name == "document":
            self.load_scans([row.id])
            out[SCAN_FIELD] = self.scan_meta.get(row.id)
        return out


def _record(st: state.RowState, values: dict | None, origin: str | None) -> dict:
    rec: dict[str, Any] = {"u": str(st.uid), "c": st.clock}
    if st.deleted or values is None:
        rec["d"] = 1
        if st.clocks:
            rec["k"] = st.clocks
        return rec
    if st.clocks:
        rec["k"] = st.clocks
    rec["v"] = values
    if origin:
        rec["o"] = origin
    return rec


@dataclass
class Outgoing:
    header: dict
    changes: dict
    acks: dict
    audit: list
    scans: dict[str, bytes] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    deferred_scans: int = 0


def gather(session: Session, me, peer, *, progress=None) -> Outgoing:
    """The package's contents for ``peer``, and what it leaves for the next one."""
    conn = session.connection()
    capture.reconcile(conn, [e.name for e in ENTITIES
                             if me.role == "ministry" or not e.ministry_only])
    me = conn.execute(select(ExchangeOffice.__table__)
                      .where(ExchangeOffice.__table__.c.id == me.id)).first()
    enc = Encoder(conn)
    rows: dict[str, list] = {}
    counts: dict[str, int] = {}
    scans: dict[str, bytes] = {}
    budget, deferred = SCAN_BUDGET, []
    for number, entity in enumerate(ENTITIES):
        if progress is not None:
            progress(number, len(ENTITIES))
        states = [s for s in state.changed_since(conn, peer.acked_changes, entity.name)
                  if s.via != peer.code]
        if not states:
            continue
        table = entity.table
        live: dict[uuid.UUID, Any] = {}
        alive = [s.uid for s in states if not s.deleted]
        for start in range(0, len(alive), _CHUNK):
            for r in conn.execute(select(*[c for c in table.columns if c.name != "photo"])
                                  .where(table.c.uid.in_(alive[start:start + _CHUNK]))):
                live[r.uid] = r
        # References resolved once for the whole batch.
        for col, target in entity.refs.items():
            enc.uids(target, [getattr(r, col) for r in live.values()])
        if entity.name == "document":
            enc.load_scans([r.id for r in live.values()])
        out = []
        for st in states:
            row = live.get(st.uid) if not st.deleted else None
            if row is None and not st.deleted:
                # Removed here without a captured deletion (cascaded by the database).
                st.clocks, st.deleted = st.known(entity.fields), True
                st.clock = hlc.next_change(conn)[0]
                state.save(conn, [st])
            values = enc.values(entity, row) if row is not None else None
            if values is not None and entity.name == "document" and values.get(SCAN_FIELD):
                meta = values[SCAN_FIELD]
                if meta["size"] > MAX_SCAN_BYTES:
                    values[SCAN_FIELD] = None  # never fits a package: it stays here
                elif meta["sha256"] not in scans:
                    if meta["size"] <= budget:
                        budget -= meta["size"]
                        scans[meta["sha256"]] = conn.execute(
                            select(DocumentScan.__table__.c.data)
                            .where(DocumentScan.__table__.c.document_id == row.id)).scalar()
                    else:
                        deferred.append(st.uid)
            out.append(_record(st, values, getattr(row, "origin", None)))
        rows[entity.name] = out
        counts[entity.name] = len(out)
    if deferred:
        # Sent again (with their scans) in the next package.
        _, seq = hlc.next_change(conn)
        state.bump(conn, "document", deferred, seq)
        me = conn.execute(select(ExchangeOffice.__table__)
                          .where(ExchangeOffice.__table__.c.id == me.id)).first()
    alias_t = ExchangeAlias.__table__
    aliases = [{"uid": str(r.uid), "entity": r.entity, "survivor": str(r.survivor),
                "clock": r.clock}
               for r in conn.execute(select(alias_t).where(alias_t.c.seq > peer.acked_changes)
                                     .order_by(alias_t.c.seq))]
    received = conn.execute(
        select(ExchangeAudit.__table__.c.event_id, ExchangeAudit.__table__.c.hash)
        .where(ExchangeAudit.__table__.c.office == peer.code)
        .order_by(ExchangeAudit.__table__.c.event_id.desc()).limit(1)).first()
    acks = {"package": peer.received_seq, "package_hash": peer.received_hash,
            "changes": peer.received_changes,
            "audit_id": received.event_id if received else 0,
            "audit_hash": received.hash if received else None}
    audit = _audit_events(conn, peer.acked_audit_id) if me.role == "field" else []
    header = {"from": me.code, "to": peer.code, "seq": peer.sent_seq + 1,
              "prev": peer.sent_hash, "schema": migrate.head_revision(),
              "created": utcnow().isoformat(timespec="seconds"), "covers": me.change_seq,
              "clock": me.clock}
    return Outgoing(header, {"rows": rows, "aliases": aliases}, acks, audit, scans, counts,
                    len(deferred))


def _audit_events(conn: Connection, after: int) -> list[dict]:
    t = AuditEvent.__table__
    out = []
    for r in conn.execute(select(t).where(t.c.id > after).order_by(t.c.id)):
        out.append({"id": r.id, "uid": str(r.uid), "at": r.at.isoformat(sep=" ",
                                                                         timespec="microseconds"),
                    "username": r.username, "action": r.action, "entity": r.entity,
                    "entity_uid": str(r.entity_uid) if r.entity_uid else None,
                    "changes": r.changes, "origin": r.origin, "prev_hash": r.prev_hash,
                    "hash": r.hash, "hash_version": r.hash_version, "sealed_by": r.sealed_by})
    return out


def export_package(session: Session, to_code: str, *, progress=None) -> tuple[bytes, Outgoing]:
    """The package file for office ``to_code``; recorded as sent in the session's transaction."""
    from .office import ExchangeError, require_peer, require_self
    from ..errors import N_

    auth.require_role(session, "clerk")
    me = require_self(session, exporting=True)
    peer = require_peer(session, to_code)
    if peer.role == me.role:
        raise ExchangeError(N_("Field offices exchange packages with the ministry only."))
    out = gather(session, me, peer, progress=progress)
    data, digest = build(header=out.header, changes=out.changes, acks=out.acks, audit=out.audit,
                         scans=out.scans, sign_private=me.sign_private,
                         box_public=peer.box_public)
    t = ExchangeOffice.__table__
    session.connection().execute(update(t).where(t.c.id == peer.id).values(
        sent_seq=out.header["seq"], sent_hash=digest, sent_at=utcnow()))
    audit_event(session, "exchange_export", "exchange_office", None,
                details={"to": peer.code, "seq": out.header["seq"], "records": sum(
                    out.counts.values()), "scans": len(out.scans), "bytes": len(data)})
    return data, out

