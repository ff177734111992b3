"""Making a package: everything the peer has not acknowledged, as current state."""
from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from sqlalchemy import Boolean, Connection, bindparam, Date, DateTime, Integer, String, or_, select, type_coerce, update
from sqlalchemy.orm import Session

from ...db import migrate
from ...db.base import utcnow
from ...db.models import (AuditEvent, DocumentScan, ExchangeAlias, ExchangeAudit,
                          ExchangeOffice, ExchangeRow)
from .. import auth
from ..audit import audit_event
from . import capture, state
from . import clock as hlc
from .entities import BY_NAME, ENTITIES, SCAN_FIELD, Entity, encode
from .package import AUDIT, CHANGES, MAX_SCAN_BYTES, PackageWriter

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
    counts: dict[str, int] = field(default_factory=dict)
    scans: int = 0
    deferred_scans: int = 0
    size: int = 0


_R = ExchangeRow.__table__
_SCANS = DocumentScan.__table__
_BATCH = 2000


_STATEMENTS: dict[str, Any] = {}


def _changed_rows(conn: Connection, entity: Entity, peer):
    """The records ``peer`` has not acknowledged (and did not send us itself), with their
    state and current values, references already as uids: one statement per entity."""
    stmt = _STATEMENTS.get(entity.name)
    if stmt is None:
        stmt = _STATEMENTS[entity.name] = _changed_statement(entity)
    return conn.execute(stmt.execution_options(yield_per=_BATCH),
                        {"acked": peer.acked_changes, "peer": peer.code})


def _changed_statement(entity: Entity):
    t = entity.table
    cols = [_as_text(t.c[n]) if isinstance(t.c[n].type, Date) else t.c[n]
            for n in entity.columns]
    joined = _R.outerjoin(t, t.c.uid == _R.c.uid)
    refs = []
    for col, target in entity.refs.items():
        other = BY_NAME[target].table.alias(f"x_ref_{col}")
        joined = joined.outerjoin(other, other.c.id == t.c[col])
        refs.append(other.c.uid)
    extra = []
    if entity.name == "document":
        joined = joined.outerjoin(_SCANS, _SCANS.c.document_id == t.c.id)
        extra.append(_SCANS.c.document_id)
    return select(_R.c.id, _as_text(_R.c.uid), _R.c.seq, _R.c.clock, _R.c.clocks, _R.c.deleted,
                  _R.c.via, t.c.id, t.c.origin, *cols, *[_as_text(r) for r in refs], *extra) \
        .select_from(joined) \
        .where(_R.c.entity == entity.name, _R.c.seq > bindparam("acked"),
               or_(_R.c.via.is_(None), _R.c.via != bindparam("peer"))) \
        .order_by(_R.c.seq, _R.c.id)


def _as_text(column):
    """A uid column read without making UUID objects (see ``_uid_text``)."""
    return type_coerce(column, String).label(None)


def _uid_text(value) -> str | None:
    """A uid as it travels (``str(UUID)``) from what the database gave: 32 hex digits from
    SQLite, a UUID from PostgreSQL."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) == 32:
            value = value.lower()
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
        return str(uuid.UUID(value))
    return str(value)


def _date_text(value) -> str:
    """A date as it travels (ISO) from what the database gave: SQLite's stored text is it."""
    return value if isinstance(value, str) else value.isoformat()


def _converters(entity: Entity) -> list:
    """For each travelling column, the function giving its travelled value (None: as read)."""
    out = []
    for name in entity.columns:
        ctype = entity.table.c[name].type
        if name in entity.refs:
            out.append(None)  # already the uid's text
        elif isinstance(ctype, Date) and not isinstance(ctype, DateTime):
            out.append(_date_text)
        elif isinstance(ctype, (String, Integer)) and not isinstance(ctype, Boolean):
            out.append(None)
        else:
            out.append(encode)
    return out


def write_contents(session: Session, me, peer, writer: PackageWriter, *,
                   progress=None) -> Outgoing:
    """Everything ``peer`` has not acknowledged, streamed into ``writer``."""
    conn = session.connection()
    capture.reconcile(conn, [e.name for e in ENTITIES
                             if me.role == "ministry" or not e.ministry_only])
    me = conn.execute(select(ExchangeOffice.__table__)
                      .where(ExchangeOffice.__table__.c.id == me.id)).first()
    received = conn.execute(
        select(ExchangeAudit.__table__.c.event_id, ExchangeAudit.__table__.c.hash)
        .where(ExchangeAudit.__table__.c.office == peer.code)
        .order_by(ExchangeAudit.__table__.c.event_id.desc()).limit(1)).first()
    writer.json_member("acks.json", {
        "package": peer.received_seq, "package_hash": peer.received_hash,
        "changes": peer.received_changes, "audit_id": received.event_id if received else 0,
        "audit_hash": received.hash if received else None})
    alias_t = ExchangeAlias.__table__
    writer.json_member("aliases.json", [
        {"uid": str(r.uid), "entity": r.entity, "survivor": str(r.survivor), "clock": r.clock}
        for r in conn.execute(select(alias_t).where(alias_t.c.seq > peer.acked_changes)
                              .order_by(alias_t.c.seq))])
    enc = Encoder(conn)
    counts: dict[str, int] = {}
    scans: dict[str, int] = {}  # sha256 -> document id, read when written
    budget, deferred, gone = SCAN_BUDGET, [], []
    member = writer.lines(CHANGES)
    waiting = set(conn.execute(
        select(_R.c.entity).where(_R.c.seq > peer.acked_changes,
                                  or_(_R.c.via.is_(None), _R.c.via != peer.code))
        .group_by(_R.c.entity)).scalars())
    for number, entity in enumerate(ENTITIES):
        if progress is not None:
            progress(number, len(ENTITIES))
        if entity.name not in waiting:
            continue
        ncols = len(entity.columns)
        names = entity.columns
        refs = [(names.index(col), 9 + ncols + k) for k, col in enumerate(entity.refs)]
        is_document = entity.name == "document"
        convs = _converters(entity)
        n = 0
        for r in _changed_rows(conn, entity, peer):
            if n == 0:
                member.write(entity.name)
            n += 1
            st = state.RowState(entity.name, _uid_text(r[1]), r[2], r[3],
                                json.loads(r[4]) if r[4] else {}, bool(r[5]), r[0], r[6])
            if st.deleted:
                member.write(_record(st, None, None))
                continue
            if r[7] is None:
                # Removed here without a captured deletion (cascaded by the database).
                gone.append(st)
                continue
            row = list(r[9:9 + ncols])
            for at, pos in refs:
                row[at] = _uid_text(r[pos]) if row[at] is not None else None
            values = {name: v if v is None or conv is None else conv(v)
                      for name, v, conv in zip(names, row, convs)}
            if is_document:
                meta = None
                if r[-1] is not None:
                    enc.load_scans([r[7]])
                    meta = enc.scan_meta.get(r[7])
                values[SCAN_FIELD] = meta
                if meta is not None:
                    if meta["size"] > MAX_SCAN_BYTES:
                        values[SCAN_FIELD] = None  # never fits a package: it stays here
                    elif meta["sha256"] not in scans:
                        if meta["size"] <= budget:
                            budget -= meta["size"]
                            scans[meta["sha256"]] = r[7]
                        else:
                            deferred.append(uuid.UUID(st.uid))
            member.write(_record(st, values, r[8]))
        for st in gone:
            st.uid = uuid.UUID(st.uid)
            st.clocks, st.deleted = st.known(entity.fields), True
            st.clock = hlc.next_change(conn)[0]
            state.save(conn, [st])
            member.write(_record(st, None, None))
        gone = []
        if n:
            counts[entity.name] = n
    writer.end_lines()
    if deferred:
        # Sent again (with their scans) in the next package.
        _, seq = hlc.next_change(conn)
        state.bump(conn, "document", deferred, seq)
        me = conn.execute(select(ExchangeOffice.__table__)
                          .where(ExchangeOffice.__table__.c.id == me.id)).first()
    audit = writer.lines(AUDIT)
    if me.role == "field":
        for ev in _audit_events(conn, peer.acked_audit_id):
            audit.write(ev)
    writer.end_lines()
    for sha, document_id in scans.items():
        writer.scan(sha, conn.execute(select(_SCANS.c.data)
                                      .where(_SCANS.c.document_id == document_id)).scalar())
    header = {"from": me.code, "to": peer.code, "seq": peer.sent_seq + 1,
              "prev": peer.sent_hash, "schema": migrate.head_revision(),
              "created": utcnow().isoformat(timespec="seconds"), "covers": me.change_seq,
              "clock": me.clock, "counts": counts}
    return Outgoing(header, counts, len(scans), len(deferred))


def _audit_events(conn: Connection, after: int) -> Iterator[dict]:
    t = AuditEvent.__table__
    for r in conn.execute(select(t).where(t.c.id > after).order_by(t.c.id)
                          .execution_options(yield_per=_BATCH)):
        yield {"id": r.id, "uid": str(r.uid), "at": r.at.isoformat(sep=" ",
                                                                         timespec="microseconds"),
                    "username": r.username, "action": r.action, "entity": r.entity,
                    "entity_uid": str(r.entity_uid) if r.entity_uid else None,
                    "changes": r.changes, "origin": r.origin, "prev_hash": r.prev_hash,
                    "hash": r.hash, "hash_version": r.hash_version, "sealed_by": r.sealed_by}


def export_package(session: Session, to_code: str, *, progress=None,
                   out: IO[bytes] | None = None) -> tuple[bytes | None, Outgoing]:
    """The package for office ``to_code``, written to ``out`` (or returned, when None);
    recorded as sent in the session's transaction."""
    from ..errors import N_
    from .office import ExchangeError, require_peer, require_self

    auth.require_role(session, "clerk")
    me = require_self(session, exporting=True)
    peer = require_peer(session, to_code)
    if peer.role == me.role:
        raise ExchangeError(N_("Field offices exchange packages with the ministry only."))
    target = out if out is not None else io.BytesIO()
    start = target.tell()
    writer = PackageWriter(target, address={"from": me.code, "to": peer.code,
                                            "seq": peer.sent_seq + 1},
                           sign_private=me.sign_private, box_public=peer.box_public)
    try:
        result = write_contents(session, me, peer, writer, progress=progress)
    except BaseException:
        writer.abort()
        raise
    digest = writer.finish(result.header)
    result.size = target.tell() - start
    t = ExchangeOffice.__table__
    session.connection().execute(update(t).where(t.c.id == peer.id).values(
        sent_seq=result.header["seq"], sent_hash=digest, sent_at=utcnow()))
    audit_event(session, "exchange_export", "exchange_office", None,
                details={"to": peer.code, "seq": result.header["seq"], "records": sum(
                    result.counts.values()), "scans": result.scans, "bytes": result.size})
    return (target.getvalue() if out is None else None), result
