"""Export to a file and import from one: the use cases the CLI and the GUI share.

Export: the package is made and recorded as sent in one transaction, written
beside its destination first, and renamed into place only after the commit;
a crash before the commit leaves the database as it was, one after it leaves
a lost package, which the next one (carrying everything unacknowledged)
makes good. Import: the file is verified, previewed and applied in one
transaction; a dry run rolls back.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from ...db.base import utcnow
from ...db.bulk import bulk_work
from ...db.engine import write_session
from ...db.migrate import script_directory
from ...db.models import ExchangeAudit, ExchangeOffice, ExchangeReceived, Rotation
from ...messages import Message
from .. import auth
from ..audit import audit_event, chain_hash
from ..ceilings import ceiling_usage
from ..errors import N_
from . import clock as hlc
from .capture import APPLYING
from .export import export_package
from .merge import Cancelled, Merger, Summary, apply_aliases, apply_records, retry_held
from .office import ExchangeError, peer_row, require_self, self_row
from .package import MAX_PACKAGE_BYTES, Package, address, open_package

_OFFICES = ExchangeOffice.__table__
_RECEIVED = ExchangeReceived.__table__
_AUDIT = ExchangeAudit.__table__


@dataclass
class ExportResult:
    path: Path
    seq: int
    records: int
    scans: int
    size: int
    deferred_scans: int


def export_to_file(factory: sessionmaker[Session], to_code: str, path: str | os.PathLike,
                   *, progress=None) -> ExportResult:
    target = Path(path)
    temp = target.with_name(f".{target.name}.partial")
    try:
        with write_session(factory) as session, open(temp, "wb") as f:
            _, out = export_package(session, to_code, progress=progress, out=f)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(temp, target)
    return ExportResult(target, out.header["seq"], sum(out.counts.values()), out.scans,
                        out.size, out.deferred_scans)


class _DryRun(Exception):
    pass


def import_file(factory: sessionmaker[Session], path: str | os.PathLike, *,
                dry_run: bool = False, progress=None) -> Summary:
    """Verify and apply a package in one transaction (a dry run rolls it back).

    ``progress(done, total)`` is told how far the merge is; when it answers False
    the import stops and nothing is changed.
    """
    source = Path(path)
    if source.stat().st_size > MAX_PACKAGE_BYTES:
        raise ExchangeError(N_("The file is too large to be a KZPK package."))
    data = source.read_bytes()
    result = None
    try:
        with write_session(factory) as session:
            result = import_package(session, data, progress=progress)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return result


def import_package(session: Session, data: bytes, *, progress=None) -> Summary:
    """Verify a package and apply it in the session's transaction."""
    auth.require_role(session, "clerk")
    conn = session.connection()
    me = require_self(session)
    outer = address(data)
    if outer["to"] != me.code:
        raise ExchangeError(N_("This package is for office {to}; this database is office "
                               "{me}. Nothing was imported."), to=outer["to"], me=me.code)
    peer = peer_row(conn, outer["from"])
    if peer is None:
        raise ExchangeError(N_("This package comes from office {office}, which this office does "
                               "not trust. Compare its card's fingerprint with that office and "
                               "trust it first ('kzpk office trust'). Nothing was imported."),
                            office=outer["from"])
    pkg = open_package(data, box_private=me.box_private, sender_sign_public=peer.sign_public)
    summary = Summary(peer.code, pkg.seq, pkg.manifest.get("created", ""))
    _check_schema(pkg)
    seen = conn.execute(select(_RECEIVED.c.hash).where(_RECEIVED.c.office == peer.code,
                                                       _RECEIVED.c.seq == pkg.seq)).scalar()
    if seen is not None:
        if seen == pkg.hash:
            summary.status = "already"
            return summary
        raise _fork(peer.code, pkg.seq)
    if pkg.seq < peer.received_seq:
        summary.status = "superseded"
        return summary
    if pkg.seq == peer.received_seq + 1 and peer.received_hash is not None \
            and pkg.manifest.get("prev") != peer.received_hash:
        raise _fork(peer.code, pkg.seq)
    _apply(session, me, peer, pkg, summary, progress)
    summary.status = "imported"
    return summary


def _fork(office: str, seq: int) -> ExchangeError:
    return ExchangeError(N_("Office {office} sent a different package {seq} before: its "
                            "database was restored or copied, and it must be enrolled again "
                            "under a new code. Nothing was imported."), office=office, seq=seq)


def _check_schema(pkg: Package) -> None:
    revision = pkg.manifest.get("schema")
    try:
        script_directory().get_revision(revision)
    except Exception:
        raise ExchangeError(N_("The package was made by a newer version of KZPK Desktop (schema "
                               "{revision}); install that version here first. Nothing was "
                               "imported."), revision=str(revision)) from None


CANCELLED_MSG = N_("The import was cancelled; nothing was changed.")


#: SQLite page cache while a package is applied (KiB): a first package writes hundreds of
#: thousands of rows into indexes keyed by random uids, which the default 2 MB thrashes.
_SQLITE_CACHE_KIB = 256 * 1024


def _apply(session: Session, me, peer, pkg: Package, summary: Summary, progress=None) -> None:
    with bulk_work(session.connection(), cache_kib=_SQLITE_CACHE_KIB):
        _apply_package(session, me, peer, pkg, summary, progress)


def _apply_package(session: Session, me, peer, pkg: Package, summary: Summary,
                   progress=None) -> None:
    conn = session.connection()
    session.info[APPLYING] = True
    try:
        seen = pkg.manifest.get("clock")
        stamped = hlc.next_change(conn, seen=seen if isinstance(seen, str) else None)
        now, seq = stamped
        ministry = me.code if me.role == "ministry" else peer.code
        m = Merger(session, me=me, sender_code=peer.code, sender_role=peer.role, now=now,
                   seq=seq, summary=summary, ministry_code=ministry, scans=pkg.scans)
        apply_aliases(m, pkg.aliases if isinstance(pkg.aliases, list) else [])
        try:
            apply_records(m, pkg.records(), pkg.counts, progress)
        except Cancelled:
            raise ExchangeError(CANCELLED_MSG) from None
        retry_held(m)
        m.finish()
        session.flush()
        # Fresh stamps handed out by the merge must stay behind the office clock.
        conn.execute(update(_OFFICES).where(_OFFICES.c.id == me.id).values(
            clock=max(now, m.fresh_clock())))
    finally:
        session.info.pop(APPLYING, None)
    _store_audit(conn, peer.code, pkg.audit_events(), summary)
    _take_acks(conn, me, peer, pkg.acks, summary)
    covers = pkg.manifest.get("covers")
    conn.execute(update(_OFFICES).where(_OFFICES.c.id == peer.id).values(
        received_seq=max(pkg.seq, peer.received_seq), received_hash=pkg.hash,
        received_at=utcnow(),
        received_changes=max(peer.received_changes, covers if isinstance(covers, int) else 0)))
    conn.execute(insert(_RECEIVED).values(office=peer.code, seq=pkg.seq, hash=pkg.hash,
                                          at=utcnow(), summary=json.dumps(summary.counts())))
    if me.role == "ministry":
        summary.overruns = ceiling_overruns(session)
    audit_event(session, "exchange_import", "exchange_office", None,
                details={"from": peer.code, "seq": pkg.seq, **summary.counts(),
                         "refused": [str(r) for r in summary.refused][:50]})


def _store_audit(conn, office: str, events, summary: Summary) -> None:
    """Keep another office's audit events as reported; a rewritten history is flagged.

    ``events`` stream; they are compared with what is stored in batches."""
    last = conn.execute(select(_AUDIT.c.event_id, _AUDIT.c.hash).where(_AUDIT.c.office == office)
                        .order_by(_AUDIT.c.event_id.desc()).limit(1)).first()
    last = (last.event_id, last.hash) if last is not None else None
    stored_count = 0
    batch: list = []
    for ev in events:
        batch.append(ev)
        if len(batch) >= 5000:
            last, n = _store_audit_batch(conn, office, batch, last, summary)
            stored_count += n
            batch = []
    if batch:
        last, n = _store_audit_batch(conn, office, batch, last, summary)
        stored_count += n
    summary.events = stored_count


def _store_audit_batch(conn, office: str, events: list, last, summary: Summary):
    parsed = []
    for ev in events:
        try:
            event_id, event_hash, prev = int(ev["id"]), str(ev["hash"]), ev.get("prev_hash")
            row = {"id": event_id, "uid": ev["uid"], "at": dt.datetime.fromisoformat(ev["at"]),
                   "username": ev["username"], "action": ev["action"], "entity": ev["entity"],
                   "entity_uid": ev["entity_uid"], "changes": ev["changes"],
                   "origin": ev["origin"],
                   # Hash version 2 (audit.py) also covers these; absent: the first format.
                   "hash_version": ev.get("hash_version"), "sealed_by": ev.get("sealed_by")}
        except (KeyError, TypeError, ValueError):
            summary.audit_problems.append(Message(N_("an audit event from {office} could not be "
                                                     "read"), office=office))
            continue
        parsed.append((ev, event_id, event_hash, prev, row))
    stored: dict[int, tuple[int, str]] = {}
    wanted = sorted({p[1] for p in parsed})
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        for r in conn.execute(select(_AUDIT.c.event_id, _AUDIT.c.id, _AUDIT.c.hash).where(
                _AUDIT.c.office == office, _AUDIT.c.event_id.in_(part))):
            stored[r.event_id] = (r.id, r.hash)
    rows = []
    for ev, event_id, event_hash, prev, row in parsed:
        found = stored.get(event_id)
        if found is not None:
            if found[1] != event_hash:
                conn.execute(update(_AUDIT).where(_AUDIT.c.id == found[0])
                             .values(contradicted=event_hash))
                summary.audit_problems.append(Message(REWRITTEN_MSG, office=office, id=event_id))
            continue
        if chain_hash(prev, row) != event_hash:
            summary.audit_problems.append(Message(N_("audit event {id} from {office} does not "
                                                     "match its own hash"), office=office,
                                                  id=event_id))
        if last is not None and event_id == last[0] + 1 and prev != last[1]:
            summary.audit_problems.append(Message(REWRITTEN_MSG, office=office, id=last[0]))
            conn.execute(update(_AUDIT).where(_AUDIT.c.office == office,
                                              _AUDIT.c.event_id == last[0])
                         .values(contradicted=prev or "-"))
        rows.append({"office": office, "event_id": event_id, "hash": event_hash,
                     "prev_hash": prev, "event": json.dumps(ev, ensure_ascii=False)})
        stored[event_id] = (None, event_hash)  # the same event twice in one package
        last = (event_id, event_hash)
    for start in range(0, len(rows), 2000):
        conn.execute(insert(_AUDIT), rows[start:start + 2000])
    return last, len(rows)


REWRITTEN_MSG = N_("office {office} rewrote its audit trail after reporting it: event {id} "
                   "differs from what it reported earlier")


def _take_acks(conn, me, peer, acks, summary: Summary) -> None:
    if not isinstance(acks, dict):
        return
    values = {}
    changes, package = acks.get("changes"), acks.get("package")
    if isinstance(changes, int) and changes > peer.acked_changes:
        values.update(acked_changes=min(changes, me.change_seq), acked_package=package,
                      acked_at=utcnow())
    audit_id, audit_hash = acks.get("audit_id"), acks.get("audit_hash")
    if isinstance(audit_id, int) and audit_id > peer.acked_audit_id:
        values.update(acked_audit_id=audit_id, acked_audit_hash=audit_hash)
    if values:
        conn.execute(update(_OFFICES).where(_OFFICES.c.id == peer.id).values(**values))


def ceiling_overruns(session: Session) -> list[Message]:
    """Decisions whose ceiling is exceeded now (reported after every import at the ministry)."""
    out, seen = [], set()
    for rotation_id in session.execute(select(Rotation.id).order_by(Rotation.id)).scalars():
        u = ceiling_usage(session, rotation_id)
        if u.mission_ceiling is not None and u.mission_used > u.mission_ceiling \
                and (u.decision_id, u.mission) not in seen:
            seen.add((u.decision_id, u.mission))
            out.append(Message(N_("Decision {decision}: {used} people approved or deployed for "
                                  "{mission} against a ceiling of {ceiling}; no more approvals "
                                  "under it until the overrun is cleared."),
                               decision=u.decision_number, used=u.mission_used,
                               mission=u.mission, ceiling=u.mission_ceiling))
        if u.overall_used > u.overall_ceiling and (u.decision_id, None) not in seen:
            seen.add((u.decision_id, None))
            out.append(Message(N_("Decision {decision}: {used} people approved or deployed "
                                  "against an overall ceiling of {ceiling}; no more approvals "
                                  "under it until the overrun is cleared."),
                               decision=u.decision_number, used=u.overall_used,
                               ceiling=u.overall_ceiling))
    return out


def audit_problems(conn) -> list[str]:
    """For ``kzpk check``: offices that rewrote history they had reported, and, here, events
    rewritten after the ministry acknowledged them."""
    out = []
    for r in conn.execute(select(_AUDIT.c.office, _AUDIT.c.event_id).where(
            _AUDIT.c.contradicted.is_not(None)).order_by(_AUDIT.c.office, _AUDIT.c.event_id)):
        out.append(str(Message(REWRITTEN_MSG, office=r.office, id=r.event_id)))
    me = self_row(conn)
    if me is not None:
        from ...db.models import AuditEvent

        for p in conn.execute(select(_OFFICES).where(_OFFICES.c.is_self.is_(False),
                                                     _OFFICES.c.acked_audit_id > 0)):
            here = conn.execute(select(AuditEvent.hash).where(
                AuditEvent.id == p.acked_audit_id)).scalar()
            if here != p.acked_audit_hash:
                out.append(str(Message(N_("audit trail: event {id} is not the one office {office} "
                                          "acknowledged (history rewritten after it was "
                                          "reported)"), id=p.acked_audit_id, office=p.code)))
    return out

