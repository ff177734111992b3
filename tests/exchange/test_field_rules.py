"""What a field office may not decide is refused in its own database, before the package."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import PersonnelCategory, RosterEntry, Rotation, Serviceman
from kzpk_desktop.services import rosters
from kzpk_desktop.services.errors import PermissionDenied

from .offices import OfficeDb, pair
from .world import person_values, seed_ministry

REFUSAL = ("This database is field office F1: only the ministry {what}. Record here what "
           "happened on the ground (deployed, repatriated, completed); it reaches the ministry "
           "with the next package.")


@pytest.fixture
def offices(fresh_url, field_url):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    with write_session(m.sessions) as s:
        person = Serviceman(**person_values(random.Random(5), 5))
        s.add(person)
        s.flush()
        s.add(RosterEntry(rotation_id=s.execute(select(Rotation.id)).scalar(),
                          serviceman_id=person.id, status="nominated",
                          category_id=s.execute(select(PersonnelCategory.id)).scalars().first()))
    f1 = OfficeDb(field_url("f1"), "F1")
    pair(m, f1)
    f1.receive(m.export(f1))
    yield m, f1
    m.close()
    f1.close()


def _entry(office) -> tuple[int, str]:
    with office.sessions() as s:
        e = s.execute(select(RosterEntry)).scalar_one()
        return e.id, e.status


@pytest.mark.parametrize("status, what", [("approved", "approves roster entries"),
                                          ("withdrawn", "withdraws roster entries")])
def test_a_field_office_cannot_approve_or_withdraw(offices, status, what):
    _, f1 = offices
    entry_id, _ = _entry(f1)
    with write_session(f1.sessions) as s, pytest.raises(PermissionDenied) as refused:
        rosters.set_status(s, entry_id, status, override_reason="urgent")
    assert str(refused.value) == REFUSAL.format(what=what)
    assert _entry(f1) == (entry_id, "nominated")


def test_a_field_office_cannot_nominate(offices):
    _, f1 = offices
    with f1.sessions() as s:
        rotation_id = s.execute(select(Rotation.id)).scalar()
        person_id = s.execute(select(Serviceman.id)).scalar()
    with write_session(f1.sessions) as s, pytest.raises(PermissionDenied) as refused:
        rosters.add_to_roster(s, rotation_id, [person_id])
    assert str(refused.value) == REFUSAL.format(what="nominates people for a rotation")
