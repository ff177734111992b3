"""The recycle bin: list what was deleted, and put it back as it was.

A restore brings the record and the rows its delete took back in one
transaction, with the same uids, through the session hooks like any other
write (each row's ``create`` event, the role rules), plus one ``restore``
event naming the item, who deleted it and when. The audit trail only grows:
nothing of the delete's events is changed. For the exchange the restore is a
new change made on top of the deletion, so the other offices drop their
tombstones and the record reappears there (exchange/capture.py).

Refused, with nothing changed, when the record cannot come back as it was:
its IIN, service number or passport number is now someone else's, the unit,
rotation or person it belongs to is gone, the rotation's roster is closed,
Parliament's ceiling has no room for the approved entries, or an assignment
would overlap one made since. Who may: whoever deleted it (a supervisor or an
administrator); what someone else deleted, an administrator only.
"""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from types import SimpleNamespace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..db.models import (
    Assignment,
    Document,
    DocumentKind,
    DocumentScan,
    RecycleItem,
    RosterEntry,
    RosterStatusChange,
    Rotation,
    Serviceman,
)
from ..messages import Message
from .audit import audit_event
from .auth import require_role
from .errors import N_, NotFound, PermissionDenied, Problem, ServiceError
from .exchange.capture import capture_restored
from .recycle_bin import KeptRow, kept_rows, references

_MODELS = {m.__tablename__: m for m in (Serviceman, Document, DocumentScan, Assignment,
                                         RosterEntry, RosterStatusChange)}
#: Why a row cannot come back when the record it refers to is gone.
_REFERRED = {
    "unit": N_("The unit it refers to no longer exists."),
    "rotation": N_("The rotation it refers to no longer exists."),
    "rank": N_("The rank it refers to no longer exists."),
    "document_kind": N_("The document kind it refers to no longer exists."),
    "personnel_category": N_("The personnel category it refers to no longer exists."),
    "serviceman": N_("The serviceman it belongs to no longer exists."),
}
GONE_MSG = N_("A record it refers to no longer exists.")
CANNOT_MSG = N_("{what} cannot be restored. {reason}")
OWNER_GONE_MSG = N_("The serviceman was deleted as well; restore him first.")
BACK_MSG = N_("It is on file again already.")
ITEM_GONE_MSG = N_("This item is no longer in the recycle bin (restored by someone else?).")
CLOSED_MSG = N_("Rotation {rotation} is completed; its roster is closed.")
OTHERS_MSG = N_("Your role ({role}) may restore only what you deleted yourself; {who} deleted "
                "this, so only an administrator may restore it.")
PURGE_MSG = N_("Your role ({role}) may not empty the recycle bin; only an administrator may.")
LIST_MSG = N_("Your role ({role}) may not open the recycle bin; only an administrator may.")


@dataclass(frozen=True)
class BinItem:
    id: int
    entity: str  # serviceman, document, assignment
    entity_uid: uuid.UUID
    what: str
    deleted_by: str
    deleted_at: dt.datetime
    rows: int  # the record and what went with it


@dataclass(frozen=True)
class Restored:
    item_id: int  # the bin item it was
    entity: str
    entity_uid: uuid.UUID
    record_id: int  # the restored record's (new) id
    serviceman_id: int  # its owner's id (or his own)
    what: str


def list_items(session: Session, *, limit: int = 1000) -> list[BinItem]:
    """What is in the bin, newest delete first (an administrator's view)."""
    require_role(session, "admin", LIST_MSG)
    t = RecycleItem.__table__
    rows = session.execute(
        select(t.c.id, t.c.entity, t.c.entity_uid, t.c.what, t.c.deleted_by, t.c.deleted_at,
               t.c.rows).order_by(t.c.deleted_at.desc(), t.c.id.desc()).limit(limit)).all()
    return [BinItem(r.id, r.entity, r.entity_uid, r.what, r.deleted_by, r.deleted_at,
                    r.rows.count('"table":')) for r in rows]


def restore(session: Session, item_id: int, *, lang: str = "ru") -> Restored:
    """Put the bin item back, as it was deleted; refused (nothing changed) when it cannot."""
    actor = require_role(session, "supervisor")
    item = session.get(RecycleItem, item_id)
    if item is None:
        raise NotFound(ITEM_GONE_MSG)
    if item.deleted_by != actor.username and not actor.may("admin"):
        raise PermissionDenied(OTHERS_MSG, role=actor.role, who=item.deleted_by)
    rows = kept_rows(session, item.id, item.rows)

    def refuse(reason: str, **args) -> ServiceError:
        return ServiceError(CANNOT_MSG, what=item.what, reason=Message(reason, **args))

    problem = _first_problem(session, item, rows, lang)
    if problem is not None:
        raise refuse(problem.template, **problem.args)
    ids: dict[uuid.UUID, int] = {}
    restored: list[tuple[str, uuid.UUID]] = []
    for row in rows:
        model = _MODELS[row.table]
        table = model.__table__
        values = dict(row.values)
        for column, target in references(table).items():
            if column not in values:
                continue
            ref = values[column]
            local = ids.get(ref)
            if local is None:
                local = session.execute(select(target.c.id).where(target.c.uid == ref)).scalar()
            if local is None:
                raise refuse(_REFERRED.get(target.name, GONE_MSG))
            values[column] = local
        obj = model(**values)
        session.add(obj)
        session.flush()
        if "uid" in values:
            ids[values["uid"]] = obj.id
            restored.append((row.table, values["uid"]))
    owner_id = session.execute(select(Serviceman.id).where(
        Serviceman.uid == item.serviceman_uid)).scalar_one()
    _rebuild(session, owner_id, rows)
    audit_event(session, "restore", item.entity, item.entity_uid, details={
        "what": item.what, "deleted_by": item.deleted_by,
        "deleted_at": item.deleted_at.replace(microsecond=0),
        "rows": len(rows)})
    capture_restored(session, restored)
    result = Restored(item.id, item.entity, item.entity_uid, ids[item.entity_uid], owner_id,
                      item.what)
    session.execute(delete(RecycleItem.__table__).where(RecycleItem.__table__.c.id == item.id))
    return result


def _first_problem(session: Session, item: RecycleItem, rows: list[KeptRow], lang: str
                   ) -> Problem | None:
    """Why the rows cannot come back as they were (None: they can)."""
    from . import documents, servicemen
    from .assignments import _conflict, _overlaps
    from .ceilings import ceiling_problems, COUNTED_STATUSES

    for row in rows:
        uid = row.values.get("uid")
        if uid is not None and session.execute(select(_MODELS[row.table].id).where(
                _MODELS[row.table].uid == uid)).first() is not None:
            return Problem("", BACK_MSG)
    owner = session.execute(select(Serviceman).where(Serviceman.uid == item.serviceman_uid)
                            ).scalar()
    if item.entity != "serviceman" and owner is None:
        return Problem("", OWNER_GONE_MSG)
    counted: dict[uuid.UUID, int] = {}
    for row in rows:
        v = row.values
        if row.table == "serviceman":
            person = SimpleNamespace(iin=v.get("iin"), service_number=v.get("service_number"),
                                     passport_number=None)
            found = servicemen._uniqueness_problems(session, person, None)
            if found:
                return found[0]
        elif row.table == "document":
            kind = session.execute(select(DocumentKind).where(
                DocumentKind.uid == v["kind_id"])).scalar()
            if kind is None:
                return Problem("", _REFERRED["document_kind"])
            found = documents._uniqueness_problems(
                session, owner.id if owner is not None else None, kind, v["number"], None)
            if found:
                return found[0]
        elif row.table == "assignment" and owner is not None:
            for other in session.execute(select(Assignment).where(
                    Assignment.serviceman_id == owner.id)).scalars():
                if _overlaps(v["date_from"], v.get("date_to"), other.date_from, other.date_to):
                    return _conflict(f"{owner.surname} {owner.given_name}",
                                     other.unit.name(lang), v["date_from"], v.get("date_to"),
                                     other)
        elif row.table == "roster_entry":
            rotation = session.execute(select(Rotation).where(
                Rotation.uid == v["rotation_id"])).scalar()
            if rotation is None:
                return Problem("", _REFERRED["rotation"])
            if rotation.status == "completed":
                from .rotations import rotation_label

                return Problem("", CLOSED_MSG, {"rotation": rotation_label(rotation)})
            if v.get("status") in COUNTED_STATUSES:
                counted[rotation.id] = counted.get(rotation.id, 0) + 1
    for rotation_id, adding in counted.items():
        found = ceiling_problems(session, rotation_id, adding)
        if found:
            return found[0]
    return None


def _rebuild(session: Session, owner_id: int, rows: list[KeptRow]) -> None:
    """The derived data of what came back: search tokens, sort key, current documents."""
    from . import documents, servicemen

    if any(r.table == "serviceman" for r in rows):
        servicemen.reindex(session, session.get(Serviceman, owner_id))
    kinds = {r.values["kind_id"] for r in rows if r.table == "document"}
    for kind_uid in kinds:
        kind_id = session.execute(select(DocumentKind.id).where(DocumentKind.uid == kind_uid)
                                  ).scalar_one()
        documents.elect_current(session, owner_id, kind_id)


def purge(session: Session, item_id: int) -> str:
    """Delete bin item ``item_id`` for good (an administrator's): the personal data a delete
    kept is gone then, and only the audit trail says it was there. Returns what it was."""
    require_role(session, "admin", PURGE_MSG)
    item = session.get(RecycleItem, item_id)
    if item is None:
        raise NotFound(ITEM_GONE_MSG)
    audit_event(session, "delete", "recycle_item", item.entity_uid,
                changes={"what": (item.what, None), "deleted_by": (item.deleted_by, None),
                         "deleted_at": (item.deleted_at.replace(microsecond=0), None)})
    what = item.what
    session.execute(delete(RecycleItem.__table__).where(RecycleItem.__table__.c.id == item.id))
    return what


def count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(RecycleItem.__table__)).scalar()
