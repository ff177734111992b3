"""What travels between offices, who may change it, and how its values are written.

Records travel by ``uid``; a reference to another record travels as that
record's uid. Reference rows seeded by the first migration carry a different
random uid in every database, so they are matched by their natural key
(``code``, ``acronym``, ``number``) the first time and take the ministry's uid.
Derived columns (sort keys, current-document flags, search tokens) and local
bookkeeping never travel; the receiving side rebuilds them.
"""
from __future__ import annotations


import datetime as dt
import sys
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary, Table, Uuid

from ...db.base import Base
from ...messages import N_
from ..roster_status import GROUND_STATUSES

#: Columns that stay local on every table.
LOCAL_COLUMNS = frozenset({"id", "uid", "version", "created_at", "updated_at", "origin"})
#: The pseudo-field of a document that stands for its attached scan.
SCAN_FIELD = "scan"


@dataclass(frozen=True)
class Entity:
    name: str
    refs: dict[str, str] = field(default_factory=dict)  # column -> entity it refers to
    natural: str | None = None  # natural key of seeded reference rows
    ministry_only: bool = False
    #: Concurrent changes become a conflict a clerk resolves (never later-wins).
    protected: frozenset[str] = frozenset()
    derived: frozenset[str] = frozenset()
    #: Mixed authority: the fields a field office may change (None: all, unless ministry_only).
    field_may: frozenset[str] | None = None
    field_may_create: bool = True
    #: The status column a field office may set only to what happened on the ground.
    ground: str | None = None
    #: Rows written once and never changed (the status history): a field office only adds
    #: them, never changes or deletes one.
    append_only: bool = False

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def columns(self) -> list[str]:
        """The travelling columns, in table order."""
        return list(_columns(self))

    @property
    def fields(self) -> tuple[str, ...]:
        return _fields(self)

    @property
    def field_set(self) -> frozenset[str]:
        found = _FIELD_SETS.get(self.name)
        if found is None:
            found = _FIELD_SETS[self.name] = frozenset(_fields(self))
        return found


_COLUMNS: dict[str, tuple[str, ...]] = {}
_FIELDS: dict[str, tuple[str, ...]] = {}
_FIELD_SETS: dict[str, frozenset[str]] = {}


def _columns(entity: Entity) -> tuple[str, ...]:
    """Worked out once per table (every travelled record asks)."""
    found = _COLUMNS.get(entity.name)
    if found is None:
        found = _COLUMNS[entity.name] = tuple(
            c.name for c in entity.table.columns
            if c.name not in LOCAL_COLUMNS and c.name not in entity.derived)
    return found


def _fields(entity: Entity) -> tuple[str, ...]:
    found = _FIELDS.get(entity.name)
    if found is None:
        found = _FIELDS[entity.name] = _columns(entity) + (
            (SCAN_FIELD,) if entity.name == "document" else ())
    return found


_PEOPLE_PROTECTED = frozenset({"iin", "service_number", "surname", "given_name", "patronymic",
                               "birth_date", "sex"})

#: Parents before children: a package applies them in this order.
ENTITIES: tuple[Entity, ...] = (
    Entity("rank", natural="code", ministry_only=True),
    Entity("unit_kind", natural="code", ministry_only=True),
    Entity("document_kind", natural="code", ministry_only=True),
    Entity("personnel_category", natural="code", ministry_only=True),
    Entity("mission", natural="acronym", ministry_only=True),
    Entity("decision", {"superseded_by_id": "decision"}, natural="number", ministry_only=True),
    Entity("decision_ceiling", {"decision_id": "decision", "mission_id": "mission"},
           ministry_only=True),
    Entity("unit", {"parent_id": "unit", "kind_id": "unit_kind"}, ministry_only=True),
    Entity("rotation", {"mission_id": "mission", "decision_id": "decision"}, ministry_only=True),
    Entity("serviceman", {"rank_id": "rank"}, protected=_PEOPLE_PROTECTED,
           derived=frozenset({"sort_key", "photo"})),
    Entity("document", {"serviceman_id": "serviceman", "kind_id": "document_kind"},
           protected=frozenset({"kind_id", "number"}), derived=frozenset({"is_current"})),
    Entity("assignment", {"serviceman_id": "serviceman", "unit_id": "unit"}),
    Entity("roster_entry", {"rotation_id": "rotation", "serviceman_id": "serviceman",
                            "category_id": "personnel_category"},
           protected=frozenset({"status"}),
           field_may=frozenset({"status", "arrival_date", "departure_date", "un_index",
                                "repatriation_reason", "repatriation_date"}),
           field_may_create=False, ground="status"),
    # The status history travels as its rows (services.roster_history): the day and the
    # reason of every move reach every office, so figures on a past day agree. The
    # entry's status stays the protected field above; services/exchange/history.py keeps
    # the history one chain ending at it.
    Entity("roster_status_change", {"roster_entry_id": "roster_entry"}, ground="to_status",
           append_only=True),
)
BY_NAME = {e.name: e for e in ENTITIES}
#: Audit entities whose changes mark another entity's record (a scan belongs to its document).
OWNED = {"document_scan": ("document", SCAN_FIELD)}

MINISTRY_ONLY_MSG = N_("only the ministry changes {what}")
CREATE_MSG = N_("only the ministry adds roster entries")
FIELD_MSG = N_("only the ministry changes {field} of a roster entry")
APPROVE_MSG = N_("a field office cannot set a roster entry to {status}; only the ministry "
                 "approves and withdraws")
DELETE_MSG = N_("only the ministry deletes {what}")


def refusal(entity: Entity, sender_role: str, *, created: bool, deleted: bool,
            changed: dict[str, Any]) -> tuple[str, dict] | None:
    """Why ``sender_role`` may not make this change (template, args), or None when it may."""
    if sender_role == "ministry":
        return None
    if entity.ministry_only:
        return (DELETE_MSG if deleted else MINISTRY_ONLY_MSG), {"what": entity.name}
    if created and not entity.field_may_create:
        return CREATE_MSG, {}
    if deleted and (entity.append_only or not entity.field_may_create):
        return DELETE_MSG, {"what": entity.name}
    if entity.append_only:
        if not created:
            return MINISTRY_ONLY_MSG, {"what": entity.name}
        status = changed.get(entity.ground)
        return None if status in GROUND_STATUSES else (APPROVE_MSG, {"status": status})
    if entity.field_may is not None:
        for name, value in changed.items():
            if name not in entity.field_may:
                return FIELD_MSG, {"field": name}
            if name == entity.ground and value not in GROUND_STATUSES:
                return APPROVE_MSG, {"status": value}
    return None


# --- values as they travel ------------------------------------------------------------------

def encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"cannot send {type(value).__name__}")


def decode(table: Table, name: str, value: Any) -> Any:
    """A travelled value as the column takes it; ValueError when it is not one."""
    if value is None:
        return None
    return decoder(table, name)(value)


_DECODERS: dict[tuple[str, str], Any] = {}


def decoder(table: Table, name: str):
    """The function that reads a travelled (not None) value of one column, worked out once."""
    found = _DECODERS.get((table.name, name))
    if found is None:
        found = _DECODERS[(table.name, name)] = _decoder(table.c[name].type, name)
    return found


def _decoder(ctype, name: str):
    if isinstance(ctype, DateTime):
        return dt.datetime.fromisoformat
    if isinstance(ctype, Date):
        return dt.date.fromisoformat
    if isinstance(ctype, Boolean):
        def yes_no(value):
            if not isinstance(value, bool):
                raise ValueError(f"{name}: not a yes/no value")
            return value
        return yes_no
    if isinstance(ctype, Integer):
        def whole(value):
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError(f"{name}: not a whole number")
            return value
        return whole
    if isinstance(ctype, Uuid):
        return uuid.UUID
    if isinstance(ctype, LargeBinary):
        def binary(value):
            raise ValueError(f"{name}: files travel as scans")
        return binary
    length = getattr(ctype, "length", None)

    def text(value):
        if not isinstance(value, str):
            raise ValueError(f"{name}: not text")
        if length is not None and len(value) > length:
            raise ValueError(f"{name}: longer than {length} characters")
        return value
    #: what the merge checks inline, without calling: a str (exactly) this long at most
    text.limit = length if length is not None else sys.maxsize
    return text
