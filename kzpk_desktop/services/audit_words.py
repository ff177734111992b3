"""What an audit event says, in words: the form's labels, values by name, the record named.

The trail keeps what the database holds (``rank_id: [2, 14]``, ``status:
["nominated", "approved"]``, a serviceman's ``sort_key``); a reader wants
"Rank: Private → Major". :func:`describe_events` turns stored events into
:class:`Described` ones, Qt-free, for the Audit area, a record's history and the
audit export alike:

- each field gets its label, an ``N_()`` template with the English of the
  record form's label (the GUI translates it in the "services" context);
- a reference (``rank_id``, ``unit_id``, ...) becomes the referenced row's name
  in the reader's language, or "(deleted unit)" when the row is gone;
- a stored code becomes a :class:`Code` that each face says with the words its
  screens already use (a roster status as the roster shows it, the sex as the
  form offers it; the reports' words for a face without Qt); dates are written
  dd.mm.yyyy and booleans yes / no;
- derived and bookkeeping columns (sort keys, "current" flags, counters,
  hashes, ids, times the trail records anyway) are left out;
- the record is named by what a clerk knows it by (the person's name, a
  document's kind and number, the unit of an assignment, the rotation of a
  roster entry), with the person it belongs to beside it.

A value is :data:`Text`: plain text (a name, a number), a ``Message`` (a
template to translate) or a :class:`Code`. :func:`summary` joins one event's
changes into a line with any ``say`` function (the GUI's translator, or
:func:`say_english` for a face without one).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Union

from sqlalchemy import Boolean, Date, DateTime, select
from sqlalchemy.orm import Session

from ..db.base import Base
from ..db.models import AuditEvent
from ..messages import N_, Message
from . import settings as settings_service
from .audit import RECORD_ACTIONS, EventRow
from .dates import fmt
from .text import full_name

_T = AuditEvent.__table__


@dataclass(frozen=True)
class Code:
    """A stored code (a status, the sex, a unit's level) the face says in its own words."""

    kind: str  # serviceman_status, roster_status, rotation_status, mission_status, sex, ...
    code: str


Text = Union[str, Message, Code]


@dataclass(frozen=True)
class Change:
    field: str  # the stored name: for filters and tests, never shown
    label: Text
    before: Text | None
    after: Text | None
    #: A fact about the change rather than a field changed (the day a status took effect):
    #: said as "Label: value" even in an update.
    note: bool = False


@dataclass(frozen=True)
class Described:
    event: EventRow
    #: What the record is ("Passport No. N1234567"), None for an event about no record.
    record: Text | None
    #: Whose it is (the holder of a document, the person on a roster entry); None for the
    #: person's own record and for records of nobody.
    person: str | None
    changes: tuple[Change, ...]

    @property
    def is_record_change(self) -> bool:
        return self.event.action in RECORD_ACTIONS


# --- labels ----------------------------------------------------------------------------------

_NOTES = N_("Notes")
_NAMES = {"name_kk": N_("Name in Kazakh"), "name_ru": N_("Name in Russian"),
          "name_en": N_("Name in English")}
_CODE = {"code": N_("Code"), "sort_order": N_("Order in lists")}

#: table -> field -> label: the English of the record form's label (without its shortcut).
FIELD_LABELS: dict[str, dict[str, str]] = {
    "serviceman": {
        "iin": N_("IIN"), "service_number": N_("Service number"), "surname": N_("Surname"),
        "given_name": N_("Given name"), "patronymic": N_("Patronymic"),
        "surname_latin": N_("Surname (Latin)"), "given_names_latin": N_("Given names (Latin)"),
        "birth_date": N_("Date of birth"), "sex": N_("Sex"), "rank_id": N_("Rank"),
        "status": N_("Status"), "speciality": N_("Military speciality"),
        "english_level": N_("English level"), "driving_licence": N_("Driving licence"),
        "blood_group": N_("Blood group"), "phone": N_("Phone"), "kin_name": N_("Next of kin"),
        "kin_relation": N_("Relation"), "kin_phone": N_("Next of kin's phone"),
        "photo": N_("Photo"), "notes": _NOTES},
    "document": {
        "serviceman_id": N_("Serviceman"), "kind_id": N_("Document kind"),
        "number": N_("Number"), "issued_on": N_("Issued on"), "expires_on": N_("Expires on"),
        "issuer": N_("Issued by"), "notes": _NOTES},
    "document_scan": {"document_id": N_("Document"), "filename": N_("Scan")},
    "assignment": {
        "serviceman_id": N_("Serviceman"), "unit_id": N_("Unit"), "position": N_("Position"),
        "date_from": N_("From"), "date_to": N_("To"), "order_number": N_("Order number"),
        "order_date": N_("Order date")},
    "roster_entry": {
        "rotation_id": N_("Rotation"), "serviceman_id": N_("Serviceman"),
        "category_id": N_("Category"), "appointment": N_("Appointment"),
        "appointment_en": N_("Appointment in English"), "sub_unit": N_("Sub-unit"),
        "status": N_("Status"), "arrival_date": N_("Arrival"),
        "departure_date": N_("Departure"), "un_index": N_("UN index number"),
        "repatriation_reason": N_("Reason for early repatriation"),
        "repatriation_date": N_("Date of early repatriation"),
        "override_reason": N_("Reason for approving despite the rules"),
        "override_by": N_("Approved despite the rules by")},
    "roster_status_change": {
        "roster_entry_id": N_("Roster entry"), "from_status": N_("Status before"),
        "to_status": N_("New status"), "effective_on": N_("Effective on"),
        "reason": N_("Reason")},
    "unit": {"parent_id": N_("Part of"), **_NAMES, "kind_id": N_("Unit kind"),
             "level": N_("Level"), "retired_on": N_("Retired on")},
    "rotation": {
        "mission_id": N_("Mission"), "number": N_("Number"), "name": N_("Name"),
        "decision_id": N_("Parliament decision"), "planned_start": N_("Planned start"),
        "planned_end": N_("Planned end"), "actual_start": N_("Actual start"),
        "actual_end": N_("Actual end"), "status": N_("Status")},
    "decision": {
        "number": N_("Number"), "date": N_("Date"), "title": N_("Title"),
        "title_kk": N_("Title in Kazakh"), "title_en": N_("Title in English"),
        "period_from": N_("Period from"), "period_to": N_("Period to"),
        "ceiling": N_("Overall ceiling"), "superseded_by_id": N_("Superseded by"),
        "notes": _NOTES},
    "decision_ceiling": {"decision_id": N_("Parliament decision"), "mission_id": N_("Mission"),
                         "ceiling": N_("Ceiling")},
    "mission": {"acronym": N_("Acronym"), **_NAMES, "host_country": N_("Host country"),
                "host_country_ru": N_("Host country in Russian"),
                "host_country_kk": N_("Host country in Kazakh"), "iso3": N_("ISO3 code"),
                "start_date": N_("Start"), "end_date": N_("End"), "status": N_("Status"),
                "notes": _NOTES},
    "rank": {**_CODE, **_NAMES, "nato_code": N_("NATO code"), "category": N_("Category")},
    "unit_kind": {**_CODE, **_NAMES},
    "document_kind": {**_CODE, **_NAMES, "expires": N_("Expires")},
    "personnel_category": {**_CODE, **_NAMES, "un_label": N_("As the UN reports it")},
    "user_account": {"username": N_("User name"), "full_name": N_("Full name"),
                     "role": N_("Role"), "password_hash": N_("Password"),
                     "is_active": N_("Account active")},
}

#: Kept by the application, not typed by anyone: never shown.
DERIVED = frozenset({
    "id", "uid", "created_at", "updated_at", "version", "origin",  # every record's bookkeeping
    "sort_key", "is_current",  # a serviceman's order, a document's "the current one"
    "recorded_at", "recorded_by", "inferred",  # a status change's: the event says who, when
    "failed_logins", "last_failed_at",  # sign-in counters
    "media_type", "data",  # a scan's content: its file name is what a reader knows it by
})
_DERIVED_NAME = re.compile(r"(^|_)(hash|token|tokens|search|sort_key)$")

#: Labels of the details other events carry (a sign-in refused, an export, an import).
DETAIL_LABELS = {"reason": N_("Reason"), "failures": N_("Wrong passwords in a row"),
                 "report": N_("Report"), "file": N_("File"), "rows": N_("Rows"),
                 "seed": N_("Seed"), "added": N_("Added"), "within": N_("Within (days)"),
                 "rank_id": N_("Rank"), "unit_id": N_("Unit"), "rotation": N_("Rotation"),
                 "search": N_("Search text"), "status": N_("Status"),
                 # a record put back from the recycle bin (services/recycle.py)
                 "what": N_("What"), "deleted_by": N_("Deleted by"),
                 "deleted_at": N_("Deleted at (UTC)")}

#: Why a sign-in was refused (``accounts.authenticate`` writes these), in words.
SIGN_IN_REASONS = {"unknown user": N_("unknown user"), "wrong password": N_("wrong password"),
                   "account disabled": N_("account disabled")}

#: Where a reference points, when the column name does not say it (``kind_id`` of a unit).
_REFERENCE_OF = {("unit", "kind_id"): "unit_kind", ("document", "kind_id"): "document_kind"}
#: (table, field) -> the kind of code stored there.
CODES = {("serviceman", "status"): "serviceman_status", ("serviceman", "sex"): "sex",
         ("roster_entry", "status"): "roster_status",
         ("roster_status_change", "from_status"): "roster_status",
         ("roster_status_change", "to_status"): "roster_status",
         ("rotation", "status"): "rotation_status", ("mission", "status"): "mission_status",
         ("unit", "level"): "unit_level", ("user_account", "role"): "role",
         ("rank", "category"): "rank_category"}

#: A referenced row that is gone, by what it was.
DELETED = {"serviceman": N_("(deleted serviceman)"), "document": N_("(deleted document)"),
           "unit": N_("(deleted unit)"), "mission": N_("(deleted mission)"),
           "rotation": N_("(deleted rotation)"), "decision": N_("(deleted decision)"),
           "rank": N_("(deleted rank)"), "unit_kind": N_("(deleted unit kind)"),
           "document_kind": N_("(deleted document kind)"),
           "personnel_category": N_("(deleted personnel category)"),
           "roster_entry": N_("(deleted roster entry)"),
           "assignment": N_("(deleted assignment)")}
_DELETED_RECORD = N_("(deleted record)")
YES, NO, EMPTY, HIDDEN = N_("yes"), N_("no"), N_("(empty)"), N_("(hidden)")
#: An update that changed only what the application keeps for itself (a "current" flag).
ONLY_DERIVED = N_("only data the application keeps for itself")
FILE_SIZE = N_("file of {size} bytes")


def is_derived(field: str) -> bool:
    return field in DERIVED or bool(_DERIVED_NAME.search(field))


def field_label(entity: str | None, field: str) -> Text:
    """The label of ``field`` of a record of ``entity`` (a setting: its own label)."""
    if entity == "setting":
        spec = settings_service.SPECS.get(field)
        return Message(spec.label) if spec is not None else field
    label = FIELD_LABELS.get(entity or "", {}).get(field) or DETAIL_LABELS.get(field)
    return Message(label) if label else field


def _column(entity: str | None, field: str):
    table = Base.metadata.tables.get(entity or "")
    return table.c[field] if table is not None and field in table.c else None


def reference_of(entity: str | None, field: str) -> str | None:
    """The table a field of ``entity`` refers to, if it holds a reference."""
    if (entity, field) in _REFERENCE_OF:
        return _REFERENCE_OF[(entity, field)]
    column = _column(entity, field)
    if column is not None:
        for fk in column.foreign_keys:
            return fk.column.table.name
    if entity is None and field in ("rank_id", "unit_id"):
        return field[:-3]  # a detail of an export: the filter's rank or unit
    return None


# --- names of referenced rows ------------------------------------------------------------------

#: table -> the columns its name is made of.
_NAME_COLUMNS = {
    "serviceman": ("surname", "given_name", "patronymic"),
    "document": ("serviceman_id", "kind_id", "number"),
    "document_scan": ("document_id",),
    "assignment": ("serviceman_id", "unit_id"),
    "roster_entry": ("serviceman_id", "rotation_id"),
    "roster_status_change": ("roster_entry_id",),
    "unit": ("name_kk", "name_ru", "name_en"),
    "rank": ("name_kk", "name_ru", "name_en"),
    "unit_kind": ("name_kk", "name_ru", "name_en"),
    "document_kind": ("name_kk", "name_ru", "name_en"),
    "personnel_category": ("name_kk", "name_ru", "name_en"),
    "mission": ("acronym",),
    "rotation": ("mission_id", "number"),
    "decision": ("number",),
    "decision_ceiling": ("decision_id", "mission_id"),
    "user_account": ("username",),
}
#: What a name needs first: the references inside it.
_NAME_REFERENCES = {"document": {"kind_id": "document_kind", "serviceman_id": "serviceman"},
                    "document_scan": {"document_id": "document"},
                    "assignment": {"unit_id": "unit", "serviceman_id": "serviceman"},
                    "roster_entry": {"rotation_id": "rotation", "serviceman_id": "serviceman"},
                    "roster_status_change": {"roster_entry_id": "roster_entry"},
                    "rotation": {"mission_id": "mission"},
                    "decision_ceiling": {"decision_id": "decision", "mission_id": "mission"}}


class Names:
    """Names of rows by id, read in batches: ask with :meth:`want`, :meth:`load`, then
    :meth:`of`. A row that is gone is named by what it was ("(deleted unit)")."""

    def __init__(self, session: Session, lang: str) -> None:
        self.session, self.lang = session, lang
        self._wanted: dict[str, set[int]] = defaultdict(set)
        self._values: dict[tuple[str, int], dict | None] = {}

    def want(self, table: str, row_id: Any) -> None:
        if isinstance(row_id, int) and not isinstance(row_id, bool) \
                and (table, row_id) not in self._values and table in _NAME_COLUMNS:
            self._wanted[table].add(row_id)

    def load(self) -> None:
        # A name may need other names (a document's kind): load in rounds until done.
        while self._wanted:
            wanted, self._wanted = self._wanted, defaultdict(set)
            for table, ids in wanted.items():
                self._load(table, sorted(ids))

    def _load(self, table: str, ids: list[int]) -> None:
        t = Base.metadata.tables[table]
        cols = [t.c[c] for c in _NAME_COLUMNS[table]]
        found: dict[int, dict] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            for row in self.session.execute(select(t.c.id, *cols).where(t.c.id.in_(part))):
                found[row[0]] = dict(zip(_NAME_COLUMNS[table], row[1:]))
        for row_id in ids:
            values = found.get(row_id)
            self._values[(table, row_id)] = values
            if values is not None:
                self.want_inside(table, values)

    def want_inside(self, table: str, values: dict) -> None:
        for field, target in _NAME_REFERENCES.get(table, {}).items():
            self.want(target, values.get(field))

    def of(self, table: str, row_id: Any) -> Text:
        """The row's name; "(deleted …)" when it is gone."""
        values = self._values.get((table, row_id)) if isinstance(row_id, int) else None
        if values is None:
            return Message(DELETED.get(table, _DELETED_RECORD))
        return self.name(table, values)

    def name(self, table: str, values: dict) -> Text:
        """The name of a row of ``table`` from its values (a row read, or a record's values
        in the trail)."""
        if table == "serviceman":
            return full_name(_Person(values)) or Message(DELETED["serviceman"])
        if "name_en" in _NAME_COLUMNS.get(table, ()):
            return values.get(f"name_{self.lang}") or values.get("name_en") or ""
        if table == "mission":
            return values.get("acronym") or ""
        if table == "rotation":
            mission = self.of("mission", values.get("mission_id"))
            return Message(N_("{mission}-{number}"), mission=mission,
                           number=values.get("number"))
        if table == "decision":
            return Message(N_("Decision {number}"), number=values.get("number"))
        if table == "document":
            return Message(N_("{kind} No. {number}"),
                           kind=self.of("document_kind", values.get("kind_id")),
                           number=values.get("number") or "")
        if table == "document_scan":
            return Message(N_("Scan of {document}"),
                           document=self.of("document", values.get("document_id")))
        if table == "assignment":
            return Message(N_("Assignment to {unit}"), unit=self.of("unit", values.get("unit_id")))
        if table == "roster_entry":
            return Message(N_("Roster of {rotation}"),
                           rotation=self.of("rotation", values.get("rotation_id")))
        if table == "roster_status_change":
            entry = self._values.get(("roster_entry", values.get("roster_entry_id")))
            return Message(N_("Status change in {entry}"), entry=Message(
                DELETED["roster_entry"]) if entry is None else self.name("roster_entry", entry))
        if table == "decision_ceiling":
            return Message(N_("Ceiling for {mission} in {decision}"),
                           mission=self.of("mission", values.get("mission_id")),
                           decision=self.of("decision", values.get("decision_id")))
        if table == "user_account":
            return values.get("username") or ""
        return ""

    def person_of(self, table: str, values: dict) -> str | None:
        """Whose record it is: the person a document, assignment or roster entry belongs to."""
        if table == "document_scan":
            values = self._values.get(("document", values.get("document_id"))) or {}
            table = "document"
        if table == "roster_status_change":
            values = self._values.get(("roster_entry", values.get("roster_entry_id"))) or {}
            table = "roster_entry"
        if "serviceman_id" not in _NAME_REFERENCES.get(table, {}):
            return None
        name = self.of("serviceman", values.get("serviceman_id"))
        return name if isinstance(name, str) else None


class _Person:
    def __init__(self, values: dict) -> None:
        self.surname = values.get("surname")
        self.given_name = values.get("given_name")
        self.patronymic = values.get("patronymic")


# --- values ----------------------------------------------------------------------------------

def _value(entity: str | None, field: str, value: Any, names: Names) -> Text | None:
    if value is None or value == "":
        return None
    if field == "password_hash":
        return Message(HIDDEN)
    target = reference_of(entity, field)
    if target is not None and isinstance(value, int) and not isinstance(value, bool):
        return names.of(target, value)
    code = CODES.get((entity, field))
    if code is not None and isinstance(value, str):
        return Code(code, value)
    if isinstance(value, bool):
        return Message(YES if value else NO)
    column = _column(entity, field)
    if column is not None and isinstance(value, str):
        if isinstance(column.type, DateTime):
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            return f"{fmt(moment.date())} {moment:%H:%M}"
        if isinstance(column.type, Date):
            try:
                return fmt(dt.date.fromisoformat(value))
            except ValueError:
                return value
        if isinstance(column.type, Boolean) and value in ("0", "1"):
            return Message(YES if value == "1" else NO)
    if column is None and field.endswith("_at") and isinstance(value, str):
        try:  # a moment among an event's details (when a restored record was deleted)
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        return f"{fmt(moment.date())} {moment:%H:%M}"
    if isinstance(value, str) and value.startswith("(") and value.endswith(" bytes)"):
        size = value[1:-len(" bytes)")]
        return Message(FILE_SIZE, size=size) if size.isdigit() else value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _wanted_by(entity: str | None, changes: dict, names: Names) -> None:
    for field, value in changes.items():
        target = reference_of(entity, field)
        if target is None:
            continue
        for v in value if isinstance(value, list) else [value]:
            names.want(target, v)


def _pairs(event: EventRow) -> Iterator[tuple[str, Any, Any]]:
    """(field, before, after) of a record change; (detail, None, value) of anything else."""
    record = event.action in RECORD_ACTIONS
    for field, value in event.changes.items():
        if record and isinstance(value, list) and len(value) == 2:
            yield field, value[0], value[1]
        else:
            yield field, None, value


#: References that name the record itself (its name says them already).
_NAMED_BY = {"roster_status_change": "roster_entry_id", "document_scan": "document_id"}


def _changes(event: EventRow, names: Names) -> tuple[Change, ...]:
    out = []
    for field, before, after in _pairs(event):
        if event.entity != "setting" and is_derived(field) \
                or _NAMED_BY.get(event.entity or "") == field:
            continue
        if event.action == "login_failed" and field == "reason" and after in SIGN_IN_REASONS:
            out.append(Change(field, field_label(None, field), None,
                              Message(SIGN_IN_REASONS[after])))
            continue
        out.append(Change(field, field_label(event.entity, field),
                          _value(event.entity, field, before, names),
                          _value(event.entity, field, after, names)))
    return tuple(out)


# --- the records the events are about -----------------------------------------------------

def _record_values(session: Session, events: list[EventRow]) -> dict[tuple[str, uuid.UUID], dict]:
    """The naming values of each record the events are about: read from its table, or, for a
    record that is gone, from what the trail recorded of it."""
    by_entity: dict[str, set[uuid.UUID]] = defaultdict(set)
    for e in events:
        if e.entity in _NAME_COLUMNS and e.entity_uid is not None:
            # A scan's events carry its document's uid (it has none of its own).
            by_entity["document" if e.entity == "document_scan" else e.entity].add(e.entity_uid)
    found: dict[tuple[str, uuid.UUID], dict] = {}
    for entity, uids in by_entity.items():
        t = Base.metadata.tables[entity]
        cols = _NAME_COLUMNS[entity]
        listed = sorted(uids)
        for start in range(0, len(listed), 500):
            part = listed[start:start + 500]
            for row in session.execute(select(t.c.uid, *[t.c[c] for c in cols])
                                       .where(t.c.uid.in_(part))):
                found[(entity, row[0])] = dict(zip(cols, row[1:]))
        gone = [u for u in listed if (entity, u) not in found]
        if gone:
            for uid, values in _remembered(session, entity, gone).items():
                found[(entity, uid)] = values
    return found


def _remembered(session: Session, entity: str, uids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """What the trail says a record's naming fields last were (the record is gone)."""
    cols = set(_NAME_COLUMNS[entity])
    out: dict[uuid.UUID, dict] = defaultdict(dict)
    for start in range(0, len(uids), 500):
        part = uids[start:start + 500]
        stmt = select(_T.c.entity_uid, _T.c.action, _T.c.changes).where(
            _T.c.entity == entity, _T.c.entity_uid.in_(part),
            _T.c.action.in_(RECORD_ACTIONS)).order_by(_T.c.id)
        for uid, action, raw in session.execute(stmt):
            try:
                changes = json.loads(raw) if raw else {}
            except ValueError:
                continue
            for field, value in changes.items() if isinstance(changes, dict) else ():
                if field in cols and isinstance(value, list) and len(value) == 2:
                    kept = value[0] if action == "delete" else value[1]
                    if kept is not None:
                        out[uid][field] = kept
    return out


def describe_events(session: Session, events: Iterable[EventRow], lang: str) -> list[Described]:
    """The events in words, in the order given; names in ``lang`` (kk, ru, en)."""
    events = list(events)
    names = Names(session, lang)
    records = _record_values(session, events)
    for values_key, values in records.items():
        names.want_inside(values_key[0], values)
    for e in events:
        _wanted_by(e.entity, e.changes, names)
    names.load()
    out = []
    for e in events:
        record: Text | None = None
        person = None
        table = "document" if e.entity == "document_scan" else e.entity
        values = records.get((table, e.entity_uid)) if table and e.entity_uid else None
        if values is not None:
            record = names.name(table, values)
            if e.entity == "document_scan":
                record = Message(N_("Scan of {document}"), document=record)
            person = names.person_of(table, values)
        elif e.entity_uid is not None and table in _NAME_COLUMNS:
            record = Message(_DELETED_RECORD)
        out.append(Described(e, record, person, _changes(e, names)))
    return out


def describe_stream(session: Session, events: Iterable[EventRow], lang: str, *,
                    chunk: int = 500) -> Iterator[Described]:
    """:func:`describe_events` over a stream of any length, a chunk at a time."""
    batch: list[EventRow] = []
    for event in events:
        batch.append(event)
        if len(batch) >= chunk:
            yield from describe_events(session, batch, lang)
            batch = []
    if batch:
        yield from describe_events(session, batch, lang)


# --- saying it ---------------------------------------------------------------------------------

ARROW = " → "


def summary(described: Described, say: Callable[[Text], str]) -> str:
    """One line: "Rank: Private → Major; Phone: +7 … → +7 …" (a creation: the values set; a
    deletion: the values it had)."""
    empty = say(Message(EMPTY))
    if not described.changes and described.event.action == "update":
        return say(Message(ONLY_DERIVED))
    parts = []
    action = described.event.action
    for c in described.changes:
        label = say(c.label)
        if not described.is_record_change:
            parts.append(f"{label}: {say(c.after) if c.after is not None else empty}")
        elif action == "create" or c.note:
            parts.append(f"{label}: {say(c.after) if c.after is not None else empty}")
        elif action == "delete":
            parts.append(f"{label}: {say(c.before) if c.before is not None else empty}")
        else:
            before = say(c.before) if c.before is not None else empty
            after = say(c.after) if c.after is not None else empty
            parts.append(f"{label}: {before}{ARROW}{after}")
    return "; ".join(parts)


#: Records whose name alone does not say what they are ("HQ", "bekov"): their kind goes first.
KIND_SAID = frozenset({"unit", "mission", "rank", "unit_kind", "document_kind",
                       "personnel_category", "user_account", "rotation"})


def record_line(described: Described, say: Callable[[Text], str], kind: str | None = None, *,
                with_person: bool = True) -> str:
    """What the event is about: "Medical fitness No. MK-2291 — Ivanov Sergei", "unit HQ";
    ``kind`` is the record kind in the reader's words ("unit"), said where the name alone
    would not tell, or alone for an event about no record in particular."""
    if described.record is None:
        return kind or ""
    said = say(described.record)
    if with_person and described.person:
        said = f"{said} — {described.person}" if said else described.person
    return f"{kind} {said}" if kind and described.event.entity in KIND_SAID else said


def say_english(text: Text | None) -> str:
    """A value in English, for a face without a translator (the codes as stored)."""
    if text is None:
        return ""
    if isinstance(text, Code):
        return text.code.replace("_", " ")
    return str(text)
