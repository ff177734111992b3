"""The append-only audit trail: writing events into a hash chain, checking it, reading it.

Each event's ``hash`` is SHA-256 of the previous event's hash followed by the
canonical JSON of the event's own fields (id included), so editing, deleting
or reordering rows in the file breaks the chain where it happened and
``kzpk check`` names the place. Ids are given here (last + 1) inside the
writing transaction: on SQLite the write lock taken at BEGIN IMMEDIATE (or by
the flush that precedes the event) serialises writers; on PostgreSQL a
transaction-scoped advisory lock does.

Record changes are written by the session hooks (``tracking.py``); services
call :func:`audit_event` for what is not a row change (import, export, login,
failed login, override, demo data) and for bulk statements, which bypass the
ORM.

Hash versions: events written before revision 0002 (``hash_version`` NULL)
keep the first format; version 2 adds the version itself and the seal's key
id to the hashed text, and each event is sealed (``audit_seal.py``) so that
an event appended or re-chained with this module's own functions by someone
holding only the database is told apart. The stored spelling of every field
must be the one this module writes (a time respelled "2026-01-01T10:00" on
SQLite is reported, though it parses to the same instant).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, LargeBinary, cast, func, inspect, null, select, text
from sqlalchemy.orm import Session, sessionmaker

from ..db.base import DEFAULT_ORIGIN, new_uids, utcnow
from ..db.bulk import insert_rows
from ..db.engine import write_session
from ..db.models import AuditEvent
from . import audit_seal, intact
from .auth import actor_name

_T = AuditEvent.__table__
#: Actions of record changes; their ``changes`` map each field to [old, new].
RECORD_ACTIONS = ("create", "update", "delete")
#: Other actions services record; their ``changes`` hold details (plain values).
EVENT_ACTIONS = ("login", "logout", "login_failed", "import", "export", "override", "demo", "restore",
                 "migrate", "backup", "encrypt", "decrypt")
_PG_LOCK_KEY = 7_141_592  # any constant: one advisory lock for the audit chain
HASH_VERSION = 2
#: How SQLAlchemy spells a DateTime in SQLite; a stored time spelled otherwise was respelled.
_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True)
class NewEvent:
    """An event before it is chained: what to write, without id and hashes."""

    username: str
    action: str
    entity: str | None = None
    entity_uid: uuid.UUID | None = None
    changes: dict | None = None
    origin: str = DEFAULT_ORIGIN


@dataclass(frozen=True)
class EventRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str | None
    entity_uid: uuid.UUID | None
    changes: dict = field(default_factory=dict)


def to_json_value(value: Any) -> Any:
    """A value as it is kept in ``changes`` (dates as ISO text, UUIDs as text)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"({len(value)} bytes)"  # file contents never go into the trail
    if isinstance(value, (list, tuple)):
        return [to_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    return str(value)


def audit_event(session: Session, action: str, entity: str | None = None,
                uid: uuid.UUID | None = None, changes: dict | None = None,
                details: dict | None = None, *, username: str | None = None) -> None:
    """Append one event in the session's transaction.

    ``changes`` maps fields to (old, new); ``details`` holds plain values (a
    report's name and parameters, a file name, a count). ``username`` defaults
    to the acting user. Call it inside ``write_session``/``acting`` so the
    event commits with the work it describes.
    """
    body: dict[str, Any] = {}
    for name, (old, new) in (changes or {}).items():
        body[name] = [to_json_value(old), to_json_value(new)]
    for name, value in (details or {}).items():
        body[name] = to_json_value(value)
    append(session, [NewEvent(username or actor_name(session), action, entity, uid,
                              body or None)])


def created_in_bulk(session: Session, entity: str, rows: Iterable[dict],
                    fields: Iterable[str]) -> None:
    """One ``create`` event per row of a bulk INSERT (which the session hooks do not see),
    with ``fields`` of each row as the ORM's create events give them, so ``check --deep``
    replays these rows like any other."""
    fields = tuple(fields)
    username = actor_name(session)
    events = []
    for row in rows:
        changes = {}
        for f in fields:
            value = row.get(f)
            if value is not None and value != "":
                # to_json_value, without the call for text (most fields)
                changes[f] = [None, value if type(value) is str else to_json_value(value)]
        events.append(NewEvent(username, "create", entity, row["uid"], changes or None))
    append(session, events)


def updated_in_bulk(session: Session, entity: str,
                    rows: Iterable[tuple[uuid.UUID, dict[str, tuple[Any, Any]]]]) -> None:
    """One ``update`` event per row of a bulk UPDATE, given as (uid, {field: (old, new)}), as
    the session hooks write them for a changed object."""
    username = actor_name(session)
    append(session, [NewEvent(username, "update", entity, uid,
                              {f: [to_json_value(old), to_json_value(new)]
                               for f, (old, new) in changes.items()})
                     for uid, changes in rows if changes])


def record(factory: sessionmaker[Session], action: str, **kwargs) -> None:
    """:func:`audit_event` in a transaction of its own (after a file was exported, say)."""
    with write_session(factory) as session:
        audit_event(session, action, **kwargs)


def append(session: Session, events: Iterable[NewEvent]) -> None:
    """Chain and insert ``events`` on the session's connection (used by the hooks too)."""
    events = list(events)
    if not events:
        return
    conn = session.connection()
    intact.require_intact(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = conn.execute(select(_T.c.id, _T.c.hash).order_by(_T.c.id.desc()).limit(1)).first()
    last_id, prev = (last.id, last.hash) if last is not None else (0, None)
    at = utcnow()
    key = audit_seal.workstation_key()
    sealed_by = audit_seal.key_id(key) if key is not None else None
    rows = []
    uids = new_uids(len(events))
    for offset, event in enumerate(events, start=1):
        row = {"id": last_id + offset, "uid": uids[offset - 1],
               "at": at, "username": event.username[:60], "action": event.action,
               "entity": event.entity, "entity_uid": event.entity_uid,
               # Stored in the order given (columns, details); hashed as this text.
               "changes": _CHANGES_JSON.encode(event.changes) if event.changes else None,
               "origin": event.origin, "prev_hash": prev,
               "hash_version": HASH_VERSION, "sealed_by": sealed_by}
        row["hash"] = prev = chain_hash(prev, row)
        row["seal"] = audit_seal.seal(key, prev) if key is not None else None
        rows.append(row)
    insert_rows(conn, _T, rows)


def chain_hash(prev_hash: str | None, row: dict) -> str:
    """SHA-256 of the previous hash and the canonical JSON of the event's fields.

    ``row`` holds the columns; without ``hash_version`` (or with None) the
    first format is computed.
    """
    fields = {
        "id": int(row["id"]),
        "uid": str(row["uid"]),
        "at": row["at"].isoformat(sep=" ", timespec="microseconds"),
        "username": row["username"],
        "action": row["action"],
        "entity": row["entity"],
        "entity_uid": str(row["entity_uid"]) if row["entity_uid"] is not None else None,
        "changes": row["changes"],
        "origin": row["origin"],
    }
    version = row.get("hash_version")
    if version is not None:
        fields.update(v=int(version), sealed_by=row.get("sealed_by"))
    canonical = _dumps(fields)
    return hashlib.sha256(((prev_hash or "") + canonical).encode("utf-8")).hexdigest()


#: json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")), the encoder
#: made once (json.dumps makes one per call when given options).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
#: json.dumps(changes, ensure_ascii=False, default=str), made once.
_CHANGES_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def _dumps(value: Any) -> str:
    return _CANONICAL.encode(value)


# --- checking the chain --------------------------------------------------------------------

_COLUMNS = ("uid", "at", "username", "action", "entity", "entity_uid", "changes", "origin",
            "prev_hash", "hash", "hash_version", "sealed_by", "seal")


@dataclass
class ChainReport:
    """What :func:`check_audit_chain` found: ``problems`` (the trail was tampered with or
    damaged) and ``notes`` (limits of what could be checked here)."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    events: int = 0
    #: The newest event's (id, hash), the chain's head.
    head: tuple[int, str] | None = None


def verify_audit_chain(conn: Session | Connection) -> list[str]:
    """Every break of the chain, as readable lines (empty when the trail is intact)."""
    return check_audit_chain(conn).problems


def check_audit_chain(conn: Session | Connection, key: bytes | None = None) -> ChainReport:
    """Check every event's link, hash, spelling and seal (``key``: this workstation's).

    Columns are read as stored bytes on SQLite so that a row damaged beyond
    parsing (not even UTF-8) is reported, not raised. Removing the newest
    events leaves no gap to see: the chain and the seals prove that what is
    there was written by the application and not changed, not that nothing was
    cut off (anchors, kept outside the file, prove that).
    """
    key = audit_seal.workstation_key(create=False) if key is None else key
    own = audit_seal.key_id(key) if key is not None else None
    sqlite = _dialect(conn) == "sqlite"
    present = stored_columns(conn)
    cols = [(cast(_T.c[name], LargeBinary) if sqlite else _T.c[name]) if name in present
            else null().label(name) for name in _COLUMNS]
    stmt = select(_T.c.id, *cols).order_by(_T.c.id)
    report = ChainReport()
    expected, prev_hash = 1, None
    versioned = own_seen = False
    foreign: dict[str, int] = {}
    unsealed_v1 = 0
    for raw in conn.execute(stmt):
        event_id = raw[0]
        report.events += 1
        problems = report.problems
        values = dict(zip(_COLUMNS, raw[1:]))
        if sqlite:
            try:
                values = {k: v.decode("utf-8") if isinstance(v, bytes) else v
                          for k, v in values.items()}
            except UnicodeDecodeError:
                problems.append(f"audit trail: event {event_id} holds text that is not valid "
                                "UTF-8 (written outside KZPK Desktop)")
                expected, prev_hash = event_id + 1, None
                continue
        if event_id != expected:
            problems.append(_missing(expected, event_id - 1))
        elif values["prev_hash"] != prev_hash:
            problems.append(f"audit trail: event {event_id} does not follow event "
                            f"{event_id - 1} (events were removed, inserted or reordered)")
        row = _parsed(event_id, values)
        if row is None or chain_hash(values["prev_hash"], row) != values["hash"]:
            problems.append(f"audit trail: event {event_id} was altered after it was written")
        elif sqlite and not _canonical_spelling(values, row):
            problems.append(f"audit trail: event {event_id} was respelled in the file (its "
                            "time or identifier is not written as KZPK Desktop writes it)")
        if row is not None:
            if row["hash_version"] is None:
                if versioned:
                    problems.append(f"audit trail: event {event_id} is in the old format after "
                                    "newer events (written outside KZPK Desktop)")
                unsealed_v1 += 1
            else:
                versioned = True
                sealed_by = values["sealed_by"]
                if sealed_by is None or values["seal"] is None:
                    problems.append(f"audit trail: event {event_id} carries no seal (written "
                                    "outside KZPK Desktop)")
                elif sealed_by == own:
                    own_seen = True
                    if not audit_seal.seal_ok(key, values["hash"] or "", values["seal"]):
                        problems.append(f"audit trail: event {event_id}'s seal is wrong (forged, "
                                        "or re-chained outside KZPK Desktop)")
                elif own_seen and not interleaved_workstations(conn):
                    problems.append(f"audit trail: event {event_id} is sealed by an unknown key "
                                    f"({sealed_by}) after events of this workstation (appended "
                                    "outside KZPK Desktop)")
                else:
                    foreign[sealed_by] = foreign.get(sealed_by, 0) + 1
        expected, prev_hash = event_id + 1, values["hash"]
        report.head = (event_id, values["hash"])
    if unsealed_v1:
        report.notes.append(f"audit trail: {unsealed_v1} event(s) from before sealing (an older "
                            "version) are chained but carry no seal")
    for other, n in foreign.items():
        report.notes.append(f"audit trail: {n} event(s) sealed on another workstation (key "
                            f"{other}); their seals can be checked only there")
    if key is None and versioned:
        report.notes.append("audit trail: this workstation holds no seal key; seals were not "
                            "checked")
    return report


def stored_columns(conn) -> set[str]:
    """The audit table's columns in this database (a backup of an older version has fewer)."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    return {c["name"] for c in inspect(bind).get_columns("audit_event")}


def interleaved_workstations(conn) -> bool:
    """Events of several workstations interleave on a server; on a SQLite file they do not,
    so there an unknown key after this workstation's events is an appended forgery."""
    return _dialect(conn) != "sqlite"


def _dialect(conn) -> str:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name


def _missing(first: int, last: int) -> str:
    which = f"event {first} is" if first == last else f"events {first}-{last} are"
    return f"audit trail: {which} missing (deleted from the file)"


def _parsed(event_id: int, values: dict) -> dict | None:
    try:
        at = values["at"]
        at = at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at)
        version = values["hash_version"]
        return {"id": event_id, "uid": uuid.UUID(str(values["uid"])), "at": at,
                "username": values["username"], "action": values["action"],
                "entity": values["entity"],
                "entity_uid": uuid.UUID(str(values["entity_uid"]))
                if values["entity_uid"] is not None else None,
                "changes": values["changes"], "origin": values["origin"],
                "hash_version": int(version) if version is not None else None,
                "sealed_by": values["sealed_by"]}
    except (TypeError, ValueError):
        return None


def _canonical_spelling(values: dict, row: dict) -> bool:
    """The stored text of the time and the ids is the one SQLAlchemy writes on SQLite."""
    if values["at"] != row["at"].strftime(_SQLITE_TIME):
        return False
    if values["uid"] != row["uid"].hex:
        return False
    return values["entity_uid"] is None or values["entity_uid"] == row["entity_uid"].hex


# --- reading ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class EventFilter:
    since: dt.datetime | None = None  # inclusive, UTC
    until: dt.datetime | None = None  # exclusive, UTC
    username: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_uid: uuid.UUID | None = None
    #: Text anywhere in the changed values (a surname, a number), as stored.
    text: str | None = None


def _filtered(stmt, flt: EventFilter):
    if flt.since is not None:
        stmt = stmt.where(AuditEvent.at >= flt.since)
    if flt.until is not None:
        stmt = stmt.where(AuditEvent.at < flt.until)
    if flt.username:
        stmt = stmt.where(AuditEvent.username == flt.username)
    if flt.action:
        stmt = stmt.where(AuditEvent.action == flt.action)
    if flt.entity:
        stmt = stmt.where(AuditEvent.entity == flt.entity)
    if flt.entity_uid is not None:
        stmt = stmt.where(AuditEvent.entity_uid == flt.entity_uid)
    if flt.text:
        stmt = stmt.where(AuditEvent.changes.icontains(flt.text, autoescape=True))
    return stmt


def count_events(session: Session, flt: EventFilter = EventFilter()) -> int:
    return session.execute(_filtered(select(func.count(AuditEvent.id)), flt)).scalar_one()


def search_events(session: Session, flt: EventFilter = EventFilter(), *, newest_first: bool = True,
                  limit: int | None = None, offset: int = 0) -> list[EventRow]:
    """Events matching ``flt``, a page at a time for the Audit area."""
    order = AuditEvent.id.desc() if newest_first else AuditEvent.id
    stmt = _filtered(select(AuditEvent.id, AuditEvent.at, AuditEvent.username, AuditEvent.action,
                            AuditEvent.entity, AuditEvent.entity_uid, AuditEvent.changes),
                     flt).order_by(order).offset(offset).limit(limit)
    return [EventRow(r.id, r.at, r.username, r.action, r.entity, r.entity_uid,
                     _loads(r.changes)) for r in session.execute(stmt)]


def iter_events(session: Session, flt: EventFilter = EventFilter(), *,
                chunk: int = 1000) -> Iterable[EventRow]:
    """All events matching ``flt``, oldest first, streamed (for an export of any size)."""
    after = 0
    while True:
        stmt = _filtered(select(AuditEvent.id, AuditEvent.at, AuditEvent.username,
                                AuditEvent.action, AuditEvent.entity, AuditEvent.entity_uid,
                                AuditEvent.changes), flt)
        rows = session.execute(stmt.where(AuditEvent.id > after).order_by(AuditEvent.id)
                               .limit(chunk)).all()
        for r in rows:
            yield EventRow(r.id, r.at, r.username, r.action, r.entity, r.entity_uid,
                           _loads(r.changes))
        if len(rows) < chunk:
            return
        after = rows[-1].id


def describe_changes(event: EventRow) -> str:
    """The changes as one line: "field: old -> new; ..." (values as stored)."""
    parts = []
    for name, value in event.changes.items():
        if event.action in RECORD_ACTIONS and isinstance(value, list) and len(value) == 2:
            old, new = (_shown(v) for v in value)
            if event.action == "create":
                parts.append(f"{name}: {new}")
            elif event.action == "delete":
                parts.append(f"{name}: {old}")
            else:
                parts.append(f"{name}: {old} -> {new}")
        else:
            parts.append(f"{name}: {_shown(value)}")
    return "; ".join(parts)


def _shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dict, list)):
        return _dumps(value)
    return str(value)


def record_history(session: Session, entity: str, uid: uuid.UUID) -> list[EventRow]:
    """One record's own history, oldest first (for its form)."""
    return search_events(session, EventFilter(entity=entity, entity_uid=uid), newest_first=False)


def record_history_by_id(session: Session, entity: str, record_id: int) -> list[EventRow]:
    """:func:`record_history` of the row ``id`` of table ``entity`` (forms know ids, not uids)."""
    table = AuditEvent.metadata.tables[entity]
    uid = session.execute(select(table.c.uid).where(table.c.id == record_id)).scalar()
    return [] if uid is None else record_history(session, entity, uid)


def _loads(raw: str | None) -> dict:
    if not raw:
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {"(unreadable)": raw}
    return value if isinstance(value, dict) else {"(value)": value}
