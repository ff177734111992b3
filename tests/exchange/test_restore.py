"""A delete undone from the recycle bin travels as a new change: the record comes back at
every office, over the tombstone that went before it, and a late tombstone keeps it not away."""
from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import (
    Document,
    DocumentKind,
    PersonnelCategory,
    RosterEntry,
    Rotation,
    Serviceman,
)
from kzpk_desktop.services import recycle, servicemen
from kzpk_desktop.services.errors import PermissionDenied

from .world import person_values


def _people(office) -> list:
    with office.sessions() as s:
        return sorted((str(p.uid), p.surname, p.phone) for p in
                      s.execute(select(Serviceman)).scalars())


def _documents(office) -> list:
    with office.sessions() as s:
        return sorted((str(d.uid), d.number) for d in s.execute(select(Document)).scalars())


def _entries(office) -> list:
    with office.sessions() as s:
        return sorted((str(e.uid), e.status) for e in s.execute(select(RosterEntry)).scalars())


def _make_person(office, *, roster: bool) -> int:
    with write_session(office.sessions) as s:
        man = Serviceman(**person_values(random.Random(7), 7), phone="+7 701 123 45 67")
        s.add(man)
        s.flush()
        kind = s.execute(select(DocumentKind).where(DocumentKind.code == "medical_fitness")
                         ).scalar_one()
        s.add(Document(serviceman_id=man.id, kind_id=kind.id, number="MED-1",
                       expires_on=dt.date(2030, 1, 1)))
        if roster:
            s.add(RosterEntry(rotation_id=s.execute(select(Rotation.id)).scalar_one(),
                              serviceman_id=man.id, status="nominated",
                              category_id=s.execute(select(PersonnelCategory.id)).scalars()
                              .first()))
        return man.id


def _delete(office, man_id: int) -> int:
    with write_session(office.sessions) as s:
        return servicemen.delete_serviceman(s, man_id)


def _restore(office, item: int) -> None:
    with write_session(office.sessions) as s:
        recycle.restore(s, item)


def test_deleted_at_the_ministry_then_restored_the_field_office_shows_the_person(offices):
    m, f1, f2 = offices
    man_id = _make_person(m, roster=True)
    f1.receive(m.export(f1))
    before = _people(m), _documents(m), _entries(m)
    assert (_people(f1), _documents(f1), _entries(f1)) == before
    item = _delete(m, man_id)
    f1.receive(m.export(f1))  # the tombstones arrive: gone at the field office too
    assert _people(f1) == _documents(f1) == _entries(f1) == []
    _restore(m, item)
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))  # never saw him nor his deletion
    for office in (m, f1, f2):
        assert (_people(office), _documents(office), _entries(office)) == before
    assert m.digest() == f1.digest() == f2.digest()
    # Replayed in any order later, the old packages change nothing.
    m.receive(f1.export(m))
    assert _people(m) == before[0]


def test_a_restore_that_overtakes_the_deletion_is_not_undone_by_it(offices):
    m, f1, _ = offices
    man_id = _make_person(m, roster=False)
    f1.receive(m.export(f1))
    item = _delete(m, man_id)
    late = m.export(f1)  # the package with the deletion is delayed
    _restore(m, item)
    f1.receive(m.export(f1))
    f1.receive(late)
    assert _people(f1) == _people(m) != []
    assert m.digest() == f1.digest()


def test_a_field_office_undoing_its_own_delete_brings_the_person_back_at_the_ministry(offices):
    m, f1, f2 = offices
    man_id = _make_person(m, roster=False)
    for f in (f1, f2):
        f.receive(m.export(f))
    with f1.sessions() as s:
        local_id = s.execute(select(Serviceman.id)).scalar_one()
    assert man_id
    item = _delete(f1, local_id)
    m.receive(f1.export(m))
    f2.receive(m.export(f2))
    assert _people(m) == _people(f2) == []
    _restore(f1, item)
    m.receive(f1.export(m))
    f2.receive(m.export(f2))
    assert _people(m) == _people(f1) == _people(f2) != []
    assert _documents(m) == _documents(f2) == _documents(f1) != []
    assert m.digest() == f1.digest() == f2.digest()


def test_a_field_office_may_not_delete_a_person_on_a_roster(offices):
    m, f1, _ = offices
    _make_person(m, roster=True)
    f1.receive(m.export(f1))
    with f1.sessions() as s:
        local_id = s.execute(select(Serviceman.id)).scalar_one()
    with pytest.raises(PermissionDenied, match="This database is field office F1: only the "
                                               "ministry removes people from rosters"):
        _delete(f1, local_id)
    assert _people(f1) == _people(m) != [] and _entries(f1) == _entries(m) != []
