"""``kzpk check --deep``: replay the audit trail and name every row it does not explain.

The chain and the seals (audit.py, audit_seal.py) prove the trail; this proves
the data against it. For the rows that matter most, each event's new values
are applied in order, from the row's ``create`` to its last ``update`` or its
``delete``; the result must equal what the tables hold now, field by field:

- accounts: user name, role, active or disabled;
- roster entries: status;
- servicemen: IIN, service number, names (Cyrillic and Latin), birth date, sex.

A row no event created, a value no event set, an event whose *old* value is
not what the events before it left (the row was edited in between), a row
present after its ``delete`` or missing without one: each is one line.

Bulk writes (demo data) record a ``create`` event per row with these fields,
so they replay like the rest. Databases filled in bulk by an older version
(whose ``demo`` / ``import`` events carried only counts) hold rows no event
describes one by one: those are counted in a note, not reported as tampering.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, LargeBinary, cast, func, select, true
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, RosterEntry, Serviceman, User
from .audit import stored_columns, to_json_value

#: table -> the fields replayed, in the order lines name them.
REPLAYED: dict[str, tuple[str, ...]] = {
    "user_account": ("username", "role", "is_active"),
    "roster_entry": ("status",),
    "serviceman": ("iin", "service_number", "surname", "given_name", "patronymic",
                   "surname_latin", "given_names_latin", "birth_date", "sex"),
}
_MODELS = {"user_account": User, "roster_entry": RosterEntry, "serviceman": Serviceman}
#: Actions whose events, before per-row bulk events existed, stood for many rows at once.
LEGACY_BULK_ACTIONS = ("demo", "import")
#: An exchange identity merge re-keyed a record: its events so far belong to the new uid
#: (``entity_uid``); the old one is in the event's ``old``.
REKEY = "exchange_rekey"
_DELETED = object()
_T = AuditEvent.__table__


@dataclass
class ReplayReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int = 0


def _norm(value) -> str | None:
    """One spelling for a value as stored in a row (typed or raw SQLite text) and in an event."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    value = to_json_value(value)
    return "1" if value is True else "0" if value is False else str(value)


def replay(conn: Session | Connection) -> ReplayReport:
    report = ReplayReport()
    old_format = _T.c.hash_version.is_(None) if "hash_version" in stored_columns(conn) else true()
    legacy = bool(conn.execute(select(func.count()).select_from(_T).where(
        _T.c.action.in_(LEGACY_BULK_ACTIONS), old_format)).scalar())
    for table in REPLAYED:
        _replay_table(conn, table, legacy, report)
    return report


def _events(conn, table: str) -> Iterator[tuple[int, str, uuid.UUID | None, dict | None]]:
    changes = cast(_T.c.changes, LargeBinary) if _is_sqlite(conn) else _T.c.changes
    stmt = select(_T.c.id, _T.c.action, _T.c.entity_uid, changes) \
        .where(_T.c.entity == table, _T.c.action.in_(("create", "update", "delete", REKEY))) \
        .order_by(_T.c.id)
    for event_id, action, entity_uid, raw in conn.execute(stmt):
        try:
            changes = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw) \
                if raw else {}
        except (ValueError, UnicodeDecodeError):
            changes = None  # the chain check names the damaged event
        yield event_id, action, entity_uid, changes if isinstance(changes, dict) else None


def _replay_table(conn, table: str, legacy: bool, report: ReplayReport) -> None:
    fields = REPLAYED[table]
    state: dict[uuid.UUID, dict | object] = {}
    created_by: dict[uuid.UUID, int] = {}
    for event_id, action, entity_uid, changes in _events(conn, table):
        if entity_uid is None or changes is None:
            continue
        if action == REKEY:
            try:
                old_uid = uuid.UUID(str(changes.get("old")))
            except ValueError:
                continue
            if old_uid in state:
                state[entity_uid] = state.pop(old_uid)
                created_by[entity_uid] = created_by.pop(old_uid, event_id)
        elif action == "create":
            state[entity_uid] = {f: _norm(_pair(changes, f)[1]) for f in fields}
            created_by[entity_uid] = event_id
        elif action == "delete":
            state[entity_uid] = _DELETED
        else:
            current = state.get(entity_uid)
            if current is None or current is _DELETED:
                if current is _DELETED or not legacy:
                    report.problems.append(
                        f"deep check: event {event_id} changes a {_noun(table)} that no earlier "
                        "event created (events were removed)")
                current = state[entity_uid] = {f: None for f in fields}
                current["_unknown"] = True
            for f in fields:
                if f not in changes:
                    continue
                old, new = (_norm(v) for v in _pair(changes, f))
                if current.get(f) != old and not current.get("_unknown"):
                    report.problems.append(
                        f"deep check: event {event_id} found {f} of a {_noun(table)} as "
                        f"{old!r}, but the events before it left {current.get(f)!r} (changed "
                        "outside KZPK Desktop in between)")
                current[f] = new
    unexplained = 0
    model = _MODELS[table]
    sqlite = _is_sqlite(conn)
    cols = [model.__table__.c[f] for f in fields]
    stmt = select(model.__table__.c.id, model.__table__.c.uid,
                  *[cast(c, LargeBinary) if sqlite else c for c in cols])
    seen: set[uuid.UUID] = set()
    for row in conn.execute(stmt):
        report.rows += 1
        row_id, uid, values = row[0], row[1], row[2:]
        try:
            now = {f: _norm(v) for f, v in zip(fields, values)}
        except UnicodeDecodeError:
            report.problems.append(f"deep check: {_noun(table)} id {row_id} holds text that is "
                                   "not valid UTF-8 (written outside KZPK Desktop)")
            continue
        seen.add(uid)
        label = _label(table, row_id, now)
        expected = state.get(uid)
        if expected is None:
            if legacy and table != "user_account":
                unexplained += 1
            else:
                report.problems.append(f"deep check: {label}: no event records its creation "
                                       "(inserted outside KZPK Desktop)")
            continue
        if expected is _DELETED:
            report.problems.append(f"deep check: {label}: it was deleted, yet it is in the file "
                                   "(put back outside KZPK Desktop)")
            continue
        if expected.get("_unknown"):
            continue
        for f in fields:
            if now[f] != expected[f]:
                report.problems.append(
                    f"deep check: {label}: {f} is {now[f]!r}, but the audit trail says "
                    f"{expected[f]!r} (changed outside KZPK Desktop)")
    for uid, expected in state.items():
        if expected is not _DELETED and uid not in seen:
            report.problems.append(
                f"deep check: the {_noun(table)} created by event {created_by.get(uid, '?')} is "
                "gone from the file, and no event deleted it")
    if unexplained:
        report.notes.append(f"deep check: {unexplained} {_noun(table)} row(s) were written in bulk "
                            "by an older version (demo data or an import) and have no event of "
                            "their own; they were not checked")


def _pair(changes: dict, name: str) -> tuple:
    value = changes.get(name)
    if isinstance(value, list) and len(value) == 2:
        return value[0], value[1]
    return None, None


def _noun(table: str) -> str:
    return {"user_account": "user account", "roster_entry": "roster entry",
            "serviceman": "serviceman"}[table]


def _label(table: str, row_id: int, now: dict) -> str:
    if table == "user_account":
        return f"user account {now['username']!r} (id {row_id})"
    if table == "serviceman":
        return f"serviceman id {row_id} (IIN {now['iin']})"
    return f"roster entry id {row_id}"


def _is_sqlite(conn) -> bool:
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    return bind.dialect.name == "sqlite"
