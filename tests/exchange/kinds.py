"""One open conflict of each kind at the ministry, made the way offices make them: for the
Exchange area's tests and its screenshots. Each builder takes the ministry and the field
offices (paired, the ministry seeded) and returns what the clerk should see named."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Document, DocumentKind, Serviceman

from .world import person_values


@dataclass(frozen=True)
class Made:
    person: str  # "Surname Given, IIN" as the list names the person
    surname: str
    iin: str


def _person(office, serial: int, **changes) -> Made:
    values = person_values(random.Random(serial), serial) | changes
    with write_session(office.sessions) as s:
        s.add(Serviceman(**values))
    return Made(f"{values['surname']} {values['given_name']}, {values['iin']}",
                values["surname"], values["iin"])


def _edit(office, iin: str, **values) -> None:
    with write_session(office.sessions) as s:
        person = s.execute(select(Serviceman).where(Serviceman.iin == iin)).scalar_one()
        for k, v in values.items():
            setattr(person, k, v)


def _delete(office, iin: str) -> None:
    with write_session(office.sessions) as s:
        s.delete(s.execute(select(Serviceman).where(Serviceman.iin == iin)).scalar_one())


def _add_document(office, iin: str, number: str) -> None:
    with write_session(office.sessions) as s:
        kind = s.execute(select(DocumentKind).where(DocumentKind.code == "medical_fitness")
                         ).scalar_one()
        person = s.execute(select(Serviceman).where(Serviceman.iin == iin)).scalar_one()
        s.add(Document(serviceman_id=person.id, kind_id=kind.id, number=number,
                       expires_on=dt.date(2030, 1, 1), is_current=True))


def field(m, f1, f2) -> Made:
    """The surname changed at the ministry and at F1."""
    made = _person(m, 11, surname="Омаров", given_name="Марат")
    f1.receive(m.export(f1))
    _edit(m, made.iin, surname="Омарова")
    _edit(f1, made.iin, surname="Умаров")
    m.receive(f1.export(m))
    return Made(f"Омарова Марат, {made.iin}", "Омарова", made.iin)


def new_child(m, f1, f2) -> Made:
    """F2 deletes the person; F1, not knowing, adds a document MF-0042 for them."""
    made = _person(m, 12, surname="Бекова", given_name="Дана")
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))
    _delete(f2, made.iin)
    _add_document(f1, made.iin, "MF-0042")
    m.receive(f2.export(m))
    f1.receive(m.export(f1))  # F1 keeps the person: its document was made on them
    m.receive(f1.export(m))
    return made


def deletion_waits(m, f1, f2) -> Made:
    """F2 deletes the person while the ministry adds a document for them."""
    made = _person(m, 13, surname="Калиев", given_name="Ерлан")
    f2.receive(m.export(f2))
    _delete(f2, made.iin)
    _add_document(m, made.iin, "MF-0077")
    m.receive(f2.export(m))
    return made


def deleted_here(m, f1, f2) -> Made:
    """The ministry deletes the person; F1, not knowing, changes the phone."""
    made = _person(m, 14, surname="Нурланов", given_name="Айдар")
    f1.receive(m.export(f1))
    _delete(m, made.iin)
    _edit(f1, made.iin, phone="+7 701 000 00 14")
    m.receive(f1.export(m))
    return made


def deleted_there(m, f1, f2) -> Made:
    """F1 deletes the person; the ministry, meanwhile, changes the phone."""
    made = _person(m, 15, surname="Жумабаева", given_name="Асель")
    f1.receive(m.export(f1))
    _edit(m, made.iin, phone="+7 701 000 00 15")
    _delete(f1, made.iin)
    m.receive(f1.export(m))
    return made


def status(m, f1, f2) -> Made:
    """The ministry withdraws the person while F1 records the arrival and an early
    repatriation."""
    from . import test_status_history as h

    uid = h._nominate(m)
    f1.receive(m.export(f1))
    h._move(m, uid, "withdrawn", on=h.WITHDRAWN, reason="по личной просьбе")
    h._move(f1, uid, "deployed", on=h.ARRIVED)
    h._move(f1, uid, "repatriated", on=h.REPATRIATED, repatriation_reason="по состоянию здоровья")
    m.receive(f1.export(m))
    with m.sessions() as s:
        person = h._entry(s, uid).serviceman
        return Made(f"{person.surname} {person.given_name}, {person.iin}", person.surname,
                    person.iin)


def identity(m, f1, f2) -> Made:
    """The same IIN entered at F1 under another surname: held for the ministry."""
    made = _person(m, 16, surname="Серикбаев", given_name="Айдар")
    _person(f1, 16, surname="Серикбаева", given_name="Айдар")
    m.receive(f1.export(m))
    return made


ALL = (field, status, new_child, deletion_waits, deleted_here, deleted_there, identity)
