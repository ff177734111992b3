"""Session hooks: every write is checked against the acting user's role and audited.

Registered once on the app's session class (``db.engine.AppSession``, which
``make_session_factory`` makes; ``install()`` runs when the ``services`` package
is imported), so no path through an app session escapes them, and sessions of
SQLAlchemy's plain ``Session`` class elsewhere in the process are unaffected:

- ``before_flush``: each new, changed or deleted object is checked with
  ``auth.check_write``; a refusal raises ``PermissionDenied`` and the caller's
  transaction rolls back. Deleted rows are snapshotted here, while they (and the
  children the database will cascade-delete) can still be read.
- ``after_flush``: one audit event per created, updated or deleted row, with
  each changed field's old and new value, chained into the trail on the same
  connection (same transaction).
- ``do_orm_execute``: bulk INSERT/UPDATE/DELETE statements are checked by
  table and action (they carry no per-row values to audit; the service
  records a summary with ``audit.audit_event``). The audit table itself takes
  no statement at all.
"""
from __future__ import annotations

from sqlalchemy import LargeBinary, event, inspect, select
from sqlalchemy.orm import MANYTOONE, Session
from sqlalchemy.orm.base import NO_VALUE

from ..db.base import Tracked
from ..db.engine import AppSession
from ..db.models import AuditEvent, Document, DocumentScan, SearchToken, Setting, User
from . import auth, intact
from .audit import NewEvent, append, to_json_value
from .errors import N_, PermissionDenied
from .exchange.capture import APPLYING, capture_bulk, capture_events

_DELETED_KEY = "_kzpk_deleted_snapshots"
#: Kept by the database itself, not by a person: neither checked per row nor audited.
_UNTRACKED = (SearchToken, AuditEvent)
#: Bookkeeping every Tracked row has; the event's own fields say who and when.
_BOOKKEEPING = frozenset({"id", "uid", "created_at", "updated_at", "version", "origin"})
HIDDEN = "(hidden)"
AUDIT_ONLY_MSG = N_("Audit events are written by the application only and are never changed "
                    "or deleted.")


def install() -> None:
    """Register the hooks on ``AppSession`` (idempotent)."""
    if not event.contains(AppSession, "before_flush", _before_flush):
        event.listen(AppSession, "before_flush", _before_flush)
        event.listen(AppSession, "after_flush", _after_flush)
        event.listen(AppSession, "do_orm_execute", _on_execute)


# --- checking --------------------------------------------------------------------------------

def _before_flush(session: Session, _context, _instances) -> None:
    if session.new or session.dirty or session.deleted:
        intact.require_intact(session.connection())
    snapshots: list[NewEvent] = []
    for obj in session.new:
        _check(session, obj, "create")
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            _check(session, obj, "update")
    for obj in session.deleted:
        _check(session, obj, "delete")
        if not isinstance(obj, _UNTRACKED):
            snapshots.append(_deleted_event(session, obj))
            snapshots.extend(_cascaded(session, obj))
    session.info[_DELETED_KEY] = snapshots


def _check(session: Session, obj, action: str) -> None:
    if isinstance(obj, AuditEvent):
        raise PermissionDenied(AUDIT_ONLY_MSG)
    if isinstance(obj, SearchToken):
        auth.require_role(session, "clerk")
        return
    if session.info.get(APPLYING):
        # A package from a trusted office: its sender's authority was checked record by
        # record (services/exchange/merge/); here only that a clerk is importing it.
        auth.require_role(session, "clerk")
        return
    changed = _changed_fields(obj) if action == "update" else {}
    actor = session.info.get(auth.ACTOR_KEY)
    auth.check_write(
        session, obj.__table__.name, action, frozenset(changed),
        tracked=isinstance(obj, Tracked),
        own_account=(isinstance(obj, User) and actor is not None
                     and actor.username == obj.username),
        new_values={k: new for k, (_old, new) in changed.items()}
        if action == "update" else _column_values(obj))


def _on_execute(state) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name is None or name == SearchToken.__tablename__:
        auth.require_role(state.session, "clerk")
        return
    if name == AuditEvent.__tablename__:
        raise PermissionDenied(AUDIT_ONLY_MSG)
    intact.require_intact(state.session.connection())
    if state.session.info.get(APPLYING):
        auth.require_role(state.session, "clerk")
        return
    action = "create" if state.is_insert else "update" if state.is_update else "delete"
    tracked = "uid" in table.c and "version" in table.c
    # A bulk statement's fields are unknown: judge it as touching any of them.
    auth.check_write(state.session, name, action, frozenset({"*"}), tracked=tracked)
    if not state.is_insert:
        capture_bulk(state.session, state.statement)


# --- what changed ----------------------------------------------------------------------------

def _changed_fields(obj) -> dict[str, tuple]:
    """{field: (old, new)} of an updated object, from the attribute history."""
    state = inspect(obj)
    mapper = state.mapper
    out: dict[str, tuple] = {}
    for attr in mapper.column_attrs:
        if attr.key in _BOOKKEEPING:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old is NO_VALUE:
            old = None
        if old != new or isinstance(new, (bytes, bytearray)):
            out[attr.key] = (old, new)
    # A many-to-one set through its relationship moves the foreign key only
    # during the flush; read the ids from the related objects.
    for rel in mapper.relationships:
        if rel.direction is not MANYTOONE:
            continue
        hist = state.attrs[rel.key].history
        if not hist.has_changes():
            continue
        before = hist.deleted[0] if hist.deleted else None
        after = hist.added[0] if hist.added else None
        for local, remote in rel.local_remote_pairs:
            key = mapper.get_property_by_column(local).key
            if key in out or key in _BOOKKEEPING:
                continue
            rkey = inspect(type(after or before)).get_property_by_column(remote).key
            old = getattr(before, rkey, None) if before is not None else None
            new = getattr(after, rkey, None) if after is not None else None
            if old != new:
                out[key] = (old, new)
    return out


def _column_values(obj) -> dict:
    """The loaded column values of an object (never triggers a load)."""
    state = inspect(obj)
    return {attr.key: state.dict[attr.key] for attr in state.mapper.column_attrs
            if attr.key in state.dict}


def _masked(obj_or_table, key: str, value):
    if value is None:
        return None
    if key == "password_hash":
        return HIDDEN
    column = obj_or_table.c[key] if hasattr(obj_or_table, "c") else \
        inspect(obj_or_table).mapper.columns[key]
    if isinstance(column.type, LargeBinary):
        return f"({len(value)} bytes)" if isinstance(value, (bytes, bytearray)) else HIDDEN
    return to_json_value(value)


def _pairs(obj, changes: dict[str, tuple]) -> dict:
    return {k: [_masked(obj, k, old), _masked(obj, k, new)] for k, (old, new) in changes.items()}


def _entity(session: Session, obj) -> tuple[str, object]:
    """(entity name, uid) for the event: the row's own uid, or its owner's."""
    if isinstance(obj, DocumentScan):
        uid = session.execute(select(Document.uid).where(Document.id == obj.document_id)).scalar()
        return "document_scan", uid
    return obj.__table__.name, getattr(obj, "uid", None)


def _created_event(session: Session, obj, username: str) -> NewEvent | None:
    values = {k: v for k, v in _column_values(obj).items()
              if k not in _BOOKKEEPING and v is not None and v != ""}
    if isinstance(obj, Setting):
        return NewEvent(username, "create", "setting", None,
                        {obj.key: [None, to_json_value(obj.value)]})
    entity, uid = _entity(session, obj)
    return NewEvent(username, "create", entity, uid,
                    _pairs(obj, {k: (None, v) for k, v in values.items()}))


def _updated_event(session: Session, obj, username: str) -> NewEvent | None:
    changes = _changed_fields(obj)
    if isinstance(obj, User) and set(changes) <= auth.LOGIN_FIELDS:
        return None  # sign-in counters: the login events tell that story
    if not changes:
        return None
    if isinstance(obj, Setting):
        old, new = changes.get("value", (None, None))
        return NewEvent(username, "update", "setting", None,
                        {obj.key: [to_json_value(old), to_json_value(new)]})
    entity, uid = _entity(session, obj)
    return NewEvent(username, "update", entity, uid, _pairs(obj, changes))


def _deleted_event(session: Session, obj) -> NewEvent:
    username = auth.actor_name(session)
    values = {k: v for k, v in _column_values(obj).items()
              if k not in _BOOKKEEPING and v is not None}
    if isinstance(obj, Setting):
        return NewEvent(username, "delete", "setting", None,
                        {obj.key: [to_json_value(obj.value), None]})
    entity, uid = _entity(session, obj)
    return NewEvent(username, "delete", entity, uid,
                    _pairs(obj, {k: (v, None) for k, v in values.items()}))


def _cascaded(session: Session, obj) -> list[NewEvent]:
    """Delete events for the rows the database will remove by ON DELETE CASCADE.

    Relationships with ``passive_deletes`` leave unloaded children to the
    database; read them now so their deletion is in the trail too.
    """
    events: list[NewEvent] = []
    state = inspect(obj)
    for rel in state.mapper.relationships:
        if not (rel.cascade.delete and rel.passive_deletes):
            continue
        child = rel.mapper.class_
        if child in _UNTRACKED or not issubclass(child, Tracked):
            continue
        if rel.key in state.dict:  # loaded children are in session.deleted already
            continue
        table = child.__table__
        cond = [table.c[remote.name] == getattr(obj, state.mapper.get_property_by_column(local).key)
                for local, remote in rel.local_remote_pairs]
        username = auth.actor_name(session)
        for row in session.execute(select(table).where(*cond)).mappings():
            values = {k: v for k, v in row.items() if k not in _BOOKKEEPING and v is not None}
            events.append(NewEvent(username, "delete", table.name, row["uid"],
                                   {k: [_masked(table, k, v), None] for k, v in values.items()}))
    return events


# --- writing ---------------------------------------------------------------------------------

def _after_flush(session: Session, _context) -> None:
    username = auth.actor_name(session)
    events: list[NewEvent] = []
    for obj in session.new:
        if not isinstance(obj, _UNTRACKED):
            events.append(_created_event(session, obj, username))
    for obj in session.dirty:
        if not isinstance(obj, _UNTRACKED) and obj not in session.deleted:
            events.append(_updated_event(session, obj, username))
    events.extend(session.info.pop(_DELETED_KEY, []))
    events = [e for e in events if e is not None]
    append(session, events)
    capture_events(session, events)
