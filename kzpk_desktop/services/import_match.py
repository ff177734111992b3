"""Checking parsed rows against the record rules, the database and each other.

The database is asked once per few hundred rows (IN lists), never once per
row, so a 10,000-row file is checked in about a second. The record rules are
the form's own (``servicemen.validate``); only its three uniqueness queries
are replaced by the batched look-ups here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Assignment, Document, DocumentKind, Serviceman
from . import assignments, servicemen
from .documents import NATIONAL_PASSPORT, PASSPORT_KINDS, passport_number
from .errors import N_, Problem
from .import_model import CREATE, REFUSED, UNCHANGED, UPDATE, PlannedAssignment
from .import_rows import ParsedRow
from .servicemen import ServicemanData
from .text import clean

_CHUNK = 500  # values per IN (...) list, well under every driver's parameter limit
_PASSPORT_FIELDS = ("passport_number", "passport_issued", "passport_expires")
#: ServicemanData field -> the import field (column) it comes from, where they differ.
_IMPORT_FIELD = {"rank_id": "rank"}


@dataclass
class Checked:
    action: str
    data: ServicemanData
    problems: list[Problem] = field(default_factory=list)
    serviceman_id: int | None = None
    version: int | None = None
    changes: tuple[str, ...] = ()
    assignment: PlannedAssignment | None = None


@dataclass(frozen=True)
class _Holder:
    id: int
    iin: str
    who: str


class _Known:
    """What the database already holds for the file's IINs, service numbers and passports."""

    def __init__(self, session: Session, rows: list[tuple[ParsedRow, _Keys]]) -> None:
        iins = {d.iin for p, d in rows if d.iin and "iin" not in p.fields_refused}
        numbers = {d.service_number for _, d in rows if d.service_number}
        passports = {d.passport_number for _, d in rows if d.passport_number}
        self.people: dict[str, Serviceman] = {}
        for chunk in _chunks(iins):
            for person in session.execute(select(Serviceman).where(Serviceman.iin.in_(chunk))
                                          ).scalars():
                self.people[person.iin] = person
        self.service_numbers: dict[str, _Holder] = {}
        for chunk in _chunks(numbers):
            for r in session.execute(select(Serviceman.id, Serviceman.iin, Serviceman.surname,
                                            Serviceman.given_name, Serviceman.service_number)
                                     .where(Serviceman.service_number.in_(chunk))):
                self.service_numbers[r.service_number] = _Holder(r.id, r.iin, _who(r))
        self.passports: dict[str, _Holder] = {}
        for chunk in _chunks(passports):
            for r in session.execute(
                select(Document.number, Serviceman.id, Serviceman.iin, Serviceman.surname,
                       Serviceman.given_name)
                .join(Serviceman, Serviceman.id == Document.serviceman_id)
                .join(DocumentKind, DocumentKind.id == Document.kind_id)
                .where(DocumentKind.code.in_(PASSPORT_KINDS), Document.number.in_(chunk))
            ):
                self.passports.setdefault(r.number, _Holder(r.id, r.iin, _who(r)))
        ids = [p.id for p in self.people.values()]
        #: serviceman id -> {national passport number: (issued, expires, is current)}
        self.own_passports: dict[int, dict[str, tuple]] = defaultdict(dict)
        #: serviceman id -> (unit id, position) of the open assignment
        self.open_assignment: dict[int, tuple[int, str | None]] = {}
        for chunk in _chunks(ids):
            for r in session.execute(
                select(Document.serviceman_id, Document.number, Document.issued_on,
                       Document.expires_on, Document.is_current)
                .join(DocumentKind, DocumentKind.id == Document.kind_id)
                .where(DocumentKind.code == NATIONAL_PASSPORT, Document.serviceman_id.in_(chunk))
            ):
                self.own_passports[r.serviceman_id][r.number] = (r.issued_on, r.expires_on,
                                                                 r.is_current)
            for r in session.execute(
                select(Assignment.serviceman_id, Assignment.unit_id, Assignment.position)
                .where(Assignment.serviceman_id.in_(chunk), Assignment.date_to.is_(None))
            ):
                self.open_assignment[r.serviceman_id] = (r.unit_id, r.position)


def _who(r) -> str:
    return f"{r.surname} {r.given_name}"


def _chunks(values: Iterable) -> Iterable[list]:
    values = sorted(values)
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def check_rows(session: Session, parsed: list[ParsedRow], *, header_of: dict[str, str],
               update_existing: bool, today: dt.date, lang: str = "ru",
               progress: Callable[[int], None] | None = None) -> list[Checked]:
    """Decide per row: create, update, unchanged or refused (with every reason).

    ``progress(rows checked)`` is called every thousand rows (it may raise to cancel).
    """
    keyed = [(p, _keys(p.data)) for p in parsed]
    known = _Known(session, keyed)
    in_file = _duplicates_in_file(keyed)
    checked = []
    for i, (p, keys) in enumerate(keyed):
        checked.append(_check(session, p, keys, known, in_file.get(i, []), header_of,
                              update_existing, today, lang))
        if progress is not None and (i + 1) % 1000 == 0:
            progress(i + 1)
    return checked


@dataclass(frozen=True)
class _Keys:
    iin: str
    service_number: str
    passport_number: str | None


def _keys(d: ServicemanData) -> _Keys:
    """The identifying values as ``ServicemanData.cleaned`` leaves them (without its cost)."""
    passport = passport_number(d.passport_number)
    return _Keys(d.iin, clean(d.service_number), passport or None)


def _duplicates_in_file(keyed: list[tuple[ParsedRow, _Keys]]) -> dict[int, list[Problem]]:
    """Rows sharing an IIN, service number or passport number: each names the others."""
    found: dict[int, list[Problem]] = defaultdict(list)
    for name, template in (
        ("iin", N_("IIN {value} is also in row(s) {rows} of the file.")),
        ("service_number", N_("Service number {value} is also in row(s) {rows} of the file.")),
        ("passport_number", N_("Passport {value} is also in row(s) {rows} of the file.")),
    ):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, (p, d) in enumerate(keyed):
            value = getattr(d, name)
            if value and name not in p.fields_refused:
                groups[value].append(i)
        for value, members in groups.items():
            if len(members) < 2:
                continue
            for i in members:
                others = ", ".join(str(keyed[j][0].row) for j in members if j != i)
                found[i].append(Problem(name, template, {"value": value, "rows": others}))
    return found


def _check(session: Session, p: ParsedRow, keys: _Keys, known: _Known,
           duplicates: list[Problem], header_of: dict[str, str], update_existing: bool,
           today: dt.date, lang: str) -> Checked:
    problems = list(p.problems) + duplicates
    person = known.people.get(keys.iin) if "iin" not in p.fields_refused else None
    for name, holders, template in (
        ("service_number", known.service_numbers,
         N_("Service number {value} already belongs to {who} (IIN {iin}).")),
        ("passport_number", known.passports,
         N_("Passport {value} is already recorded for {who} (IIN {iin}).")),
    ):
        holder = holders.get(getattr(keys, name) or "")
        if holder is not None and (person is None or holder.id != person.id):
            problems.append(Problem(name, template, {"value": getattr(keys, name),
                                                     "who": holder.who, "iin": holder.iin}))
    data = p.data if person is None else _merged(person, p, keys, known)
    d, rule_problems = servicemen.validate(
        session, data, today=today, existing_id=person.id if person else None,
        check_unique=False)
    refused_fields = p.fields_refused
    problems += [q for q in rule_problems if q.field not in refused_fields]
    if p.position and p.unit_id is None and "unit" not in refused_fields:
        problems.append(Problem("position", N_("A position needs a unit: fill in the unit "
                                               "too."), {}))
    planned = _planned_assignment(p, person, known, today)
    if planned is not None and person is not None:
        _, conflicts = assignments._plan(session, [person.id], planned.unit_id,
                                         planned.position, planned.date_from, None,
                                         planned.order_number, lang)
        problems += [dataclasses.replace(q, field="unit") for q in conflicts]
    if problems:
        return Checked(REFUSED, d, problems, person.id if person else None,
                       person.version if person else None)
    if person is None:
        return Checked(CREATE, d, assignment=planned)
    changes = _changes(person, d, p, known) + (("unit",) if planned else ())
    if not changes:
        return Checked(UNCHANGED, d, serviceman_id=person.id, version=person.version)
    if not update_existing:
        headers = ", ".join(dict.fromkeys(header_of.get(c, c) for c in changes))
        problem = Problem("iin", N_("{who} (IIN {iin}) is already recorded and this row would "
                                    "change: {columns}. Choose to update existing servicemen "
                                    "to save the changes."),
                          {"who": f"{person.surname} {person.given_name}", "iin": person.iin,
                           "columns": headers})
        return Checked(REFUSED, d, [problem], person.id, person.version, changes)
    return Checked(UPDATE, d, serviceman_id=person.id, version=person.version, changes=changes,
                   assignment=planned)


def _merged(person: Serviceman, p: ParsedRow, keys: _Keys, known: _Known
            ) -> ServicemanData:
    """The record with the row's non-empty cells written over it (empty cells keep values)."""
    base = ServicemanData(**{f: getattr(person, f) for f in servicemen.PERSON_FIELDS})
    given = {f: getattr(p.data, f) for f in p.given if f not in _PASSPORT_FIELDS}
    own = known.own_passports.get(person.id, {})
    current = next(((n, v) for n, v in own.items() if v[2]), None)
    if "passport_number" in p.given:
        number = keys.passport_number
        issued, expires, _ = own.get(number, (None, None, False))
    elif current is not None:
        number, (issued, expires, _) = current
    else:
        number, issued, expires = None, None, None
    passport = {"passport_number": number,
                "passport_issued": p.data.passport_issued if "passport_issued" in p.given
                else issued,
                "passport_expires": p.data.passport_expires if "passport_expires" in p.given
                else expires}
    return dataclasses.replace(base, **given, **passport, id=person.id, version=person.version)


def _planned_assignment(p: ParsedRow, person: Serviceman | None, known: _Known,
                        today: dt.date) -> PlannedAssignment | None:
    if p.unit_id is None:
        return None
    if person is not None:
        current = known.open_assignment.get(person.id)
        if current is not None and current[0] == p.unit_id and (
                p.position is None or p.position == " ".join((current[1] or "").split())):
            return None
    return PlannedAssignment(p.unit_id, p.position, p.assigned_from or today, p.order_number,
                             p.order_date)


def _changes(person: Serviceman, d: ServicemanData, p: ParsedRow, known: _Known
             ) -> tuple[str, ...]:
    # Only what the row gives: a stored value the form's cleaning would respell (a line
    # break in old notes) is not a change the clerk asked for.
    changed = [_IMPORT_FIELD.get(f, f) for f in servicemen.PERSON_FIELDS
               if f in p.given and getattr(d, f) != getattr(person, f)]
    own = known.own_passports.get(person.id, {})
    if d.passport_number:
        on_file = own.get(d.passport_number)
        if on_file is None:
            changed.append("passport_number")
        else:
            for i, name in ((0, "passport_issued"), (1, "passport_expires")):
                if getattr(d, name) != on_file[i]:
                    changed.append(name)
    return tuple(changed)
