"""Servicemen: validation, create / update / delete, and the search index."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db.models import (
    BLOOD_GROUPS,
    SERVICEMAN_STATUSES,
    Rank,
    RosterEntry,
    SearchToken,
    Serviceman,
)
from . import documents, recycle_bin, text
from .documents import PASSPORT_KINDS, current_document  # noqa: F401  (re-exported)
from .errors import N_, NotFound, Problem, StaleRecord, ValidationError
from .text import clean, clean_lines
from .identity import InvalidIin, parse_iin
from .roster_status import refuse_at_field_office
from .versioning import lock_current

PASSPORT_KIND = documents.NATIONAL_PASSPORT
_PHONE_RE = re.compile(r"^\+?[0-9 ()\-]{5,25}$")
_SERVICE_NUMBER_RE = re.compile(r"^[0-9A-Za-zА-Яа-я\-/]{1,20}$")


@dataclass
class ServicemanData:
    """What a form or an import row says about a serviceman (plain values)."""

    iin: str = ""
    service_number: str = ""
    surname: str = ""
    given_name: str = ""
    patronymic: str | None = None
    surname_latin: str | None = None
    given_names_latin: str | None = None
    sex: str | None = None
    birth_date: dt.date | None = None
    rank_id: int | None = None
    speciality: str | None = None
    blood_group: str | None = None
    phone: str | None = None
    kin_name: str | None = None
    kin_relation: str | None = None
    kin_phone: str | None = None
    english_level: str | None = None
    driving_licence: str | None = None
    status: str = "active"
    notes: str | None = None
    passport_number: str | None = None
    passport_issued: dt.date | None = None
    passport_expires: dt.date | None = None
    # Set when the data was read from the database.
    id: int | None = None
    version: int | None = None

    def cleaned(self) -> ServicemanData:
        """Strip stray spaces (non-breaking ones too: str.split()); empty strings become None."""
        values = {}
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(v, str):
                v = clean_lines(v) if f.name == "notes" else clean(v)
                if v == "" and f.name not in ("iin", "service_number", "surname", "given_name"):
                    v = None
            values[f.name] = v
        if values["passport_number"]:
            values["passport_number"] = documents.passport_number(values["passport_number"])
        if values["surname_latin"]:
            values["surname_latin"] = values["surname_latin"].upper()
        if values["given_names_latin"]:
            values["given_names_latin"] = values["given_names_latin"].upper()
        return ServicemanData(**values)


_PERSON_FIELDS = [f.name for f in dataclasses.fields(ServicemanData)
                  if f.name not in ("passport_number", "passport_issued", "passport_expires",
                                    "id", "version")]
#: Serviceman columns that ServicemanData carries, for bulk writers (the importer).
PERSON_FIELDS = tuple(f for f in _PERSON_FIELDS if f != "id")


def validate(session: Session, data: ServicemanData, *, today: dt.date | None = None,
             existing_id: int | None = None, check_unique: bool = True
             ) -> tuple[ServicemanData, list[Problem]]:
    """Check every rule at once; return the completed data and all problems found.

    Date of birth and sex are filled from the IIN when left empty.
    ``check_unique=False`` leaves out the three uniqueness queries, for a caller
    (the importer) that checks thousands of rows against the database at once.
    """
    today = today or dt.date.today()
    d = data.cleaned()
    problems: list[Problem] = []

    def bad(field: str, template: str, **args) -> None:
        problems.append(Problem(field, template, args))

    for field, label in (("iin", N_("IIN")), ("service_number", N_("Service number")),
                         ("surname", N_("Surname")), ("given_name", N_("Given name"))):
        if not getattr(d, field):
            bad(field, N_("{label} is required."), label=label)

    if d.iin:
        try:
            info = parse_iin(d.iin)
        except InvalidIin as exc:
            bad("iin", exc.template, **exc.args_)
        else:
            if d.birth_date is None:
                d.birth_date = info.birth_date
            elif d.birth_date != info.birth_date:
                bad("birth_date",
                    N_("Date of birth {entered} does not agree with the IIN, which says {iin_date}."),
                    entered=f"{d.birth_date:%d.%m.%Y}", iin_date=f"{info.birth_date:%d.%m.%Y}")
            if d.sex is None:
                d.sex = info.sex
            elif d.sex != info.sex:
                bad("sex", N_("Sex does not agree with the IIN (its 7th digit says {sex})."),
                    sex=N_("male") if info.sex == "M" else N_("female"))
    if d.birth_date is None and not any(p.field == "iin" for p in problems):
        bad("birth_date", N_("Date of birth is required."))
    if d.birth_date and d.birth_date > today:
        bad("birth_date", N_("Date of birth cannot be in the future."))
    if d.sex is not None and d.sex not in ("M", "F"):
        bad("sex", N_("Sex must be male or female."))

    for field in ("surname", "given_name", "patronymic", "surname_latin", "given_names_latin",
                  "kin_name"):
        value = getattr(d, field)
        if value and not text.is_valid_name(value):
            bad(field, N_("Use only letters, spaces, hyphens and apostrophes."))
    for field in ("surname_latin", "given_names_latin"):
        value = getattr(d, field)
        if value and not all(c.isascii() or not c.isalpha() for c in value):
            bad(field, N_("Write the name in Latin letters exactly as in the passport."))

    if d.service_number and not _SERVICE_NUMBER_RE.match(d.service_number):
        bad("service_number", N_("Service number may hold only letters, digits, '-' and '/'."))
    for field in ("phone", "kin_phone"):
        value = getattr(d, field)
        if value and not _PHONE_RE.match(value):
            bad(field, N_("Phone number may hold only digits, spaces, '+', '-' and brackets."))
    if d.blood_group and d.blood_group not in BLOOD_GROUPS:
        bad("blood_group", N_("Blood group must be one of {groups}."),
            groups=", ".join(BLOOD_GROUPS))
    if d.status not in SERVICEMAN_STATUSES:
        bad("status", N_("Unknown status '{status}'."), status=d.status)
    if d.rank_id is not None and session.get(Rank, d.rank_id) is None:
        bad("rank_id", N_("Unknown rank."))

    if d.passport_number:
        if not documents.is_passport_number(d.passport_number):
            bad("passport_number", documents.PASSPORT_NUMBER_MSG)
        if d.passport_expires is None:
            bad("passport_expires", N_("Enter the date the passport expires."))
    elif d.passport_issued or d.passport_expires:
        bad("passport_number", N_("Enter the passport number for these dates."))
    if d.passport_issued and d.passport_expires and d.passport_expires <= d.passport_issued:
        bad("passport_expires", N_("The passport must expire after the date it was issued."))
    if d.passport_issued and d.passport_issued > today:
        bad("passport_issued", N_("The issue date cannot be in the future."))

    if check_unique:
        problems += _uniqueness_problems(session, d, existing_id)
    return d, problems


def _uniqueness_problems(session: Session, d: ServicemanData, existing_id: int | None
                         ) -> list[Problem]:
    problems = []
    for field, column, template in (
        ("iin", Serviceman.iin, N_("Another serviceman already has IIN {value}: {who}.")),
        ("service_number", Serviceman.service_number,
         N_("Another serviceman already has service number {value}: {who}.")),
    ):
        value = getattr(d, field)
        if not value:
            continue
        other = session.execute(
            select(Serviceman.id, Serviceman.surname, Serviceman.given_name).where(column == value)
        ).first()
        if other and other.id != existing_id:
            problems.append(Problem(field, template,
                                    {"value": value, "who": f"{other.surname} {other.given_name}"}))
    if d.passport_number:
        holder = documents.passport_holder(session, d.passport_number,
                                           exclude_serviceman_id=existing_id)
        if holder is not None:
            problems.append(Problem("passport_number",
                                    N_("Passport {value} is already recorded for {who}."),
                                    {"value": d.passport_number, "who": holder[1]}))
    return problems


def _check(session: Session, data: ServicemanData, existing_id: int | None = None
           ) -> ServicemanData:
    d, problems = validate(session, data, existing_id=existing_id)
    if problems:
        raise ValidationError(problems)
    return d


def create_serviceman(session: Session, data: ServicemanData, *, origin: str = "HQ"
                      ) -> Serviceman:
    d = _check(session, data)
    person = Serviceman(**{f: getattr(d, f) for f in _PERSON_FIELDS if f != "id"},
                        sort_key=sort_key_for(d), origin=origin)
    session.add(person)
    session.flush()
    _save_passport(session, person, d)
    _index(session, person)
    return person


def update_serviceman(session: Session, serviceman_id: int, data: ServicemanData) -> Serviceman:
    """Save ``data`` over the record; refused if it changed since ``data.version`` was read."""
    person = _get(session, serviceman_id)
    if data.version is not None:
        lock_current(person)
    if data.version is not None and data.version != person.version:
        raise StaleRecord(N_("{who} was changed by someone else after you opened it. "
                             "Reload the record to see their changes."),
                          who=f"{person.surname} {person.given_name}")
    d = _check(session, data, existing_id=serviceman_id)
    for f in _PERSON_FIELDS:
        if f != "id":
            setattr(person, f, getattr(d, f))
    person.sort_key = sort_key_for(d)
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(N_("{who} was changed by someone else while you were saving. "
                             "Reload the record to see their changes."),
                          who=f"{person.surname} {person.given_name}") from None
    _save_passport(session, person, d)
    _index(session, person)
    return person


def delete_serviceman(session: Session, serviceman_id: int, *, version: int | None = None) -> int:
    """Delete the person with his documents, assignments and roster entries; return the
    recycle bin item that can bring them back (services/recycle.py)."""
    person = _get(session, serviceman_id)
    if version is not None:
        lock_current(person)
    if version is not None and version != person.version:
        raise StaleRecord(N_("{who} was changed by someone else; reload before deleting."),
                          who=f"{person.surname} {person.given_name}")
    entries = session.execute(select(RosterEntry).where(
        RosterEntry.serviceman_id == serviceman_id)).scalars().all()
    if entries:
        refuse_at_field_office(session, N_("removes people from rosters"))
    item = recycle_bin.keep(session, "serviceman", serviceman_id,
                            what=f"{text.full_name(person)} ({person.iin})",
                            serviceman_uid=person.uid)
    for entry in entries:
        session.delete(entry)
    session.flush()
    session.delete(person)
    session.flush()
    return item


def get_serviceman(session: Session, serviceman_id: int) -> ServicemanData:
    person = _get(session, serviceman_id)
    data = ServicemanData(**{f: getattr(person, f) for f in _PERSON_FIELDS})
    data.id, data.version = person.id, person.version
    passport = current_document(session, serviceman_id, PASSPORT_KIND)
    if passport is not None:
        data.passport_number = passport.number
        data.passport_issued = passport.issued_on
        data.passport_expires = passport.expires_on
    return data


def _get(session: Session, serviceman_id: int) -> Serviceman:
    person = session.get(Serviceman, serviceman_id)
    if person is None:
        raise NotFound(N_("The serviceman no longer exists (deleted by someone else?)."))
    return person


def sort_key_for(person) -> str:
    """Alphabetical order key of a serviceman (an ORM object, form data or a bulk row's fields)."""
    return text.sort_key(text.full_name(person))


def _save_passport(session: Session, person: Serviceman, d: ServicemanData) -> None:
    """Keep the national passport in step with the form's passport fields.

    A new number is added beside the old passport (kept as history); the rule
    of which one is current is the documents service's.
    """
    if d.passport_number:
        documents.keep_current(session, person.id, PASSPORT_KIND, d.passport_number,
                               d.passport_issued, d.passport_expires)


#: The fields the derived data (sort key, search tokens) is made of: only a change of one of
#: them needs ``reindex``.
INDEXED_FIELDS = frozenset({"surname", "given_name", "patronymic", "surname_latin",
                            "given_names_latin", "iin", "service_number"})


def tokens_for(person) -> set[str]:
    """Search tokens of a serviceman (an ORM object or anything with the same fields)."""
    return text.search_tokens(person.surname, person.given_name, person.patronymic,
                              person.surname_latin, person.given_names_latin,
                              person.iin, person.service_number)


def reindex(session: Session, person: Serviceman) -> None:
    """Rebuild a serviceman's derived data (sort key, search tokens) after his fields changed."""
    person.sort_key = sort_key_for(person)
    session.flush()
    _index(session, person)


def index_rows(person_id: int, tokens: set[str], key: str) -> list[dict]:
    """The search-token rows of one person: each token, and a one-letter row for each
    initial (``models.SearchToken``), the one-letter rows carrying the sort ``key``."""
    initials = {t[0] for t in tokens}
    return [{"serviceman_id": person_id, "token": t, "sort_key": key if len(t) == 1 else None}
            for t in sorted(tokens | initials)]


def token_rows(people: Iterable[tuple[int, Any]]) -> list[dict]:
    """Search-token rows of many people, given as (id, fields) pairs (bulk writes)."""
    return [row for person_id, person in people
            for row in index_rows(person_id, tokens_for(person), sort_key_for(person))]


def reindex_many(session: Session, people: list[tuple[int, Any]]) -> None:
    """:func:`reindex` for many people at once, given as (id, fields) pairs, in statements
    of many rows (a package from another office changed their names)."""
    table = Serviceman.__table__
    tokens = SearchToken.__table__
    for start in range(0, len(people), 500):
        part = people[start:start + 500]
        session.execute(update(table).where(table.c.id == bindparam("person_id"))
                        .values(sort_key=bindparam("key")),
                        [{"person_id": i, "key": sort_key_for(p)} for i, p in part])
        session.execute(delete(tokens).where(tokens.c.serviceman_id.in_([i for i, _ in part])))
        rows = token_rows(part)
        if rows:
            session.execute(insert(tokens), rows)


def _index(session: Session, person: Serviceman) -> None:
    session.execute(delete(SearchToken).where(SearchToken.serviceman_id == person.id))
    rows = index_rows(person.id, tokens_for(person), person.sort_key)
    if rows:
        session.execute(insert(SearchToken), rows)
