"""Parliament's ceiling across offices: arrivals reported by two field offices beyond the
ceiling are shown at the ministry as soon as the packages are imported, block further
approvals under the decision, and change nobody's status."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from cli_runner import run_cli
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import (
    DecisionCeiling,
    PersonnelCategory,
    RosterEntry,
    Rotation,
    Serviceman,
)
from kzpk_desktop.services import rosters
from kzpk_desktop.services.ceilings import ceiling_problems

from .offices import OfficeDb, pair
from .world import person_values, seed_ministry

OVERRUN = ("ceiling overrun: Decision P-1: {used} people approved or deployed for UNIFIL "
           "against a ceiling of 2; no more approvals under it until the overrun is cleared.")


@pytest.fixture
def offices(fresh_url, field_url):
    """Ceiling 2 for UNIFIL; two people approved (the ceiling is full), three nominated."""
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    with write_session(m.sessions) as s:
        s.execute(DecisionCeiling.__table__.update().values(ceiling=2))
        rotation = s.execute(select(Rotation.id)).scalar()
        category = s.execute(select(PersonnelCategory.id)).scalars().first()
        for n in range(1, 6):
            person = Serviceman(**person_values(random.Random(n), n))
            s.add(person)
            s.flush()
            s.add(RosterEntry(rotation_id=rotation, serviceman_id=person.id,
                              category_id=category,
                              status="approved" if n <= 2 else "nominated"))
    f1, f2 = OfficeDb(field_url("f1"), "F1"), OfficeDb(field_url("f2"), "F2")
    pair(m, f1, f2)
    for f in (f1, f2):
        f.receive(m.export(f))
    yield m, f1, f2
    for o in (m, f1, f2):
        o.close()


def _statuses(office) -> dict[str, str]:
    with office.sessions() as s:
        return dict(s.execute(select(Serviceman.service_number, RosterEntry.status)
                              .join(RosterEntry, RosterEntry.serviceman_id == Serviceman.id)
                              ).all())


def _arrives(office, service_number: str) -> None:
    """The field laptop's record says this nominated person arrived in the mission area."""
    with write_session(office.sessions) as s:
        entry = s.execute(select(RosterEntry).join(Serviceman).where(
            Serviceman.service_number == service_number)).scalar_one()
        entry.status = "deployed"


def test_arrivals_beyond_the_ceiling_are_shown_block_approvals_and_change_no_status(
        offices, tmp_path, capsys):
    m, f1, f2 = offices
    _arrives(f1, "SN000003")
    _arrives(f2, "SN000004")
    ministry_db = m.url
    for n, f in enumerate((f1, f2), start=3):
        path = tmp_path / f"{f.code}.kzpk"
        path.write_bytes(f.export(m))
        code, out, err = run_cli(capsys, "--db", ministry_db, "exchange", "import", path)
        assert code == 0, err
        assert OVERRUN.format(used=n) in out.splitlines()
    expected = {"SN000001": "approved", "SN000002": "approved", "SN000003": "deployed",
                "SN000004": "deployed", "SN000005": "nominated"}
    assert _statuses(m) == expected  # nobody's status was changed to make room
    code, out, _ = run_cli(capsys, "--db", ministry_db, "exchange", "status")
    assert OVERRUN.format(used=4) in out.splitlines()
    # No approval under the decision while it is overrun.
    with write_session(m.sessions) as s:
        entry = s.execute(select(RosterEntry).join(Serviceman).where(
            Serviceman.service_number == "SN000005")).scalar_one()
        assert ceiling_problems(s, entry.rotation_id)
        entry_id = entry.id
    with write_session(m.sessions) as s, pytest.raises(rosters.ApprovalRefused) as refused:
        rosters.set_status(s, entry_id, "approved", override_reason="urgent")
    assert "No place left for UNIFIL under decision P-1: 4 of 2 places are taken" \
        in str(refused.value)
    assert _statuses(m) == expected
    # The field offices receive the same statuses, unchanged.
    for f in (f1, f2):
        f.receive(m.export(f))
        assert _statuses(f) == expected
