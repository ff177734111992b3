"""What a package's records are once read: the summary, one incoming record, the verdict
for one field, and small helpers the merge modules share."""
from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from ....db.base import Base
from ....db.models import ExchangeAlias, ExchangeConflict, ExchangeHeld, ExchangeRow
from ....messages import Message
from ...errors import N_
from .. import clock as hlc
from ..entities import Entity

_CONFLICTS = ExchangeConflict.__table__
_HELD = ExchangeHeld.__table__
_ALIAS = ExchangeAlias.__table__
_ROWS = ExchangeRow.__table__
_CHUNK = 500

WAITS_MSG = N_("waits for {entity} {uid}, which has not arrived yet")
SAME_PERSON_MSG = N_("may be the same person as {name} on file (same {what}); held for the "
                     "ministry to decide")
UNREADABLE_MSG = N_("the record could not be read ({detail})")
#: resolve_refs: a record refers to one deleted here.
GONE = Message(N_("refers to a record deleted here"))


def _model(entity: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == entity:
            return mapper.class_
    raise KeyError(entity)


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))



@dataclass
class Summary:
    """What an import did (or, dry run, would do), for the clerk."""

    office: str
    seq: int
    created: str = ""
    added: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    conflicts: list[Message] = field(default_factory=list)
    refused: list[Message] = field(default_factory=list)
    held: list[Message] = field(default_factory=list)
    merged: list[Message] = field(default_factory=list)
    overruns: list[Message] = field(default_factory=list)
    audit_problems: list[Message] = field(default_factory=list)
    scans: int = 0
    events: int = 0
    status: str = "imported"  # already, superseded

    def counts(self) -> dict:
        return {"added": dict(self.added), "changed": dict(self.changed),
                "deleted": dict(self.deleted), "conflicts": len(self.conflicts),
                "refused": len(self.refused), "held": len(self.held), "merged": len(self.merged),
                "scans": self.scans, "audit_events": self.events}


@dataclass
class Incoming:
    """One travelled record, decoded."""

    entity: Entity
    uid: uuid.UUID
    clock: str
    clocks: dict
    values: dict  # raw travelled values
    deleted: bool
    origin: str
    raw: dict
    #: it came under a uid merged here into another (the sender knows it by the old one)
    aliased: bool = False

    def field_clock(self, name: str) -> tuple[str, list[str]]:
        entry = self.clocks.get(name)
        if entry is None:
            return self.clock, []
        return entry[0], list(entry[1])


_NEW_UUID = uuid.UUID.__new__
_SET = object.__setattr__
_SAFE_UNKNOWN = uuid.SafeUUID.unknown


def uid_of(text: Any) -> uuid.UUID:
    """``uuid.UUID(text)``; the text ``str(uuid)`` writes (36 characters, dashes at 8, 13, 18
    and 23) read without its general parsing (a first package reads hundreds of thousands).
    The value, its hash and its errors are uuid.UUID's: the same ``int(hex, 16)`` of the same
    32 characters; anything else goes to uuid.UUID itself."""
    if type(text) is str and len(text) == 36 and text[8] == "-" and text[13] == "-" \
            and text[18] == "-" and text[23] == "-":
        digits = text.replace("-", "")
        if len(digits) == 32:
            uid = _NEW_UUID(uuid.UUID)
            _SET(uid, "int", int(digits, 16))
            _SET(uid, "is_safe", _SAFE_UNKNOWN)
            return uid
    return uuid.UUID(text)


def parse_record(entity: Entity, raw: Any, field_set: frozenset[str] | None = None) -> Incoming:
    """One travelled record read and checked (``field_set``: the entity's, when the caller
    reads many)."""
    if not isinstance(raw, dict):
        raise ValueError("not a record")
    uid = uid_of(raw["u"])
    clock = raw["c"]
    hlc.parse(clock)
    get = raw.get
    clocks = get("k") or {}
    if not isinstance(clocks, dict):
        raise ValueError("clocks")
    deleted = bool(get("d"))
    values = get("v") or {}
    if not isinstance(values, dict):
        raise ValueError("values")
    if field_set is None:
        field_set = entity.field_set
    if not field_set.issuperset(values):
        unknown = sorted(set(values) - field_set)
        raise ValueError(f"unknown field {unknown[0]}")
    return Incoming(entity, uid, clock, clocks, values, deleted, str(get("o") or ""), raw)


def decide(local: tuple[str, list[str]], incoming: tuple[str, list[str]], same_value: bool,
           protected: bool) -> str:
    """``keep``, ``take``, ``conflict`` or ``join`` for one field (see the module's rules).

    ``join``: the same value written concurrently under two clocks. An office that took one
    of them would see a later edit made on top of the other as concurrent with its own
    (a conflict the ministry never sees): the ministry joins them under a new clock made on
    top of both, which every office takes."""
    lc, lbases = local
    ic, ibases = incoming  # what each was made on top of (and so on top of theirs)
    if ic == lc:
        return "keep"
    if hlc.covers(ibases, lc) or (hlc.author(lc) == hlc.author(ic) and lc < ic):
        return "take"
    if hlc.covers(lbases, ic) or (hlc.author(lc) == hlc.author(ic) and ic < lc):
        return "keep"
    if same_value:
        return "join"
    if protected:
        return "conflict"
    return "take" if ic > lc else "keep"


def _unknown(clock: str | None, known: str | None) -> bool:
    """Was ``clock`` written without the other side having seen it (not ``known`` nor before)?"""
    if clock is None or clock == known:
        return False
    if known is not None and hlc.author(clock) == hlc.author(known) and clock < known:
        return False
    return True


def _row_of(obj, table) -> SimpleNamespace:
    return SimpleNamespace(**{c.name: getattr(obj, c.key if hasattr(c, "key") else c.name, None)
                              for c in table.columns if c.name != "photo"})


def _shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, dict):
        return "(record)"
    return str(value)

