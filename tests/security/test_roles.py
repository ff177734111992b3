"""Roles are enforced below the services: every write service x every role (design.md)."""
from __future__ import annotations

import datetime as dt

import planning_builders as pb
import pytest
from security_helpers import audit_count
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kzpk_desktop.db.base import tracked_defaults
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import ROLES, Document, RosterEntry, Serviceman, Setting, Unit
from kzpk_desktop.services import (
    accounts,
    assignments,
    documents,
    missions,
    rosters,
    rotations,
    servicemen,
    settings,
    units,
)
from kzpk_desktop.services.audit import audit_event
from kzpk_desktop.services.auth import Actor, acting, bind_actor, current_actor, require_role
from kzpk_desktop.services.errors import PermissionDenied
from kzpk_desktop.services.identity import make_iin

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _iin(serial: int) -> str:
    while (iin := make_iin(dt.date(1991, 2, 3), "M", serial)) is None:
        serial += 1
    return iin


@pytest.fixture
def world(sessions):
    """Records to act on, made while the database has no account (bootstrap administrator)."""
    with write_session(sessions) as s:
        man = pb.person(s, "Сейтов")
        unit = pb.unit(s, "1 рота")
        dec = pb.decision(s)
        rot = pb.rotation(s, dec)
        entry = rosters.add_to_roster(s, rot.id, [man.id]).entries[0]
        doc = s.execute(select(Document).where(Document.serviceman_id == man.id)).scalars().first()
        placed = assignments.assign(s, man.id, unit.id, "стрелок", dt.date(2024, 1, 1))
        return {"man": man.id, "unit": unit.id, "decision": dec.id, "rotation": rot.id,
                "entry": entry.id, "doc": doc.id, "assignment": placed.id}


def _new_person(s, w):
    servicemen.create_serviceman(s, servicemen.ServicemanData(
        iin=_iin(700), service_number="R-1", surname="Нуров", given_name="Асхат"))


def _edit_person(s, w):
    data = servicemen.get_serviceman(s, w["man"])
    data.phone = "+7 701 000 0000"
    servicemen.update_serviceman(s, w["man"], data)


def _delete_person(s, w):
    s.delete(s.get(RosterEntry, w["entry"]))  # a person on a roster cannot go
    s.flush()
    servicemen.delete_serviceman(s, w["man"])


def _bulk_people(s, w):
    s.execute(insert(Serviceman), [dict(tracked_defaults(), iin=_iin(800), service_number="B-1",
                                        surname="Бек", given_name="Ерлан", sex="M",
                                        birth_date=dt.date(1991, 2, 3), status="active",
                                        sort_key="бек")])
    audit_event(s, "import", "serviceman", details={"rows": 1})  # as a bulk service does


def _approve(s, w):
    rosters.set_status(s, w["entry"], "approved")


#: (what, the least role that may, the change) -- one row per write service.
CASES = [
    ("create serviceman", "clerk", _new_person),
    ("update serviceman", "clerk", _edit_person),
    ("delete serviceman", "supervisor", _delete_person),
    ("bulk insert of servicemen", "clerk", _bulk_people),
    ("add document", "clerk", lambda s, w: documents.add_document(
        s, w["man"], documents.DocumentData(kind="vaccination", number="V-1",
                                            issued_on=dt.date(2024, 1, 1),
                                            expires_on=dt.date(2027, 1, 1)))),
    ("update document", "clerk", lambda s, w: documents.update_document(
        s, w["doc"], documents.DocumentData(kind="national_passport", number="N7654321",
                                            issued_on=dt.date(2020, 1, 1),
                                            expires_on=dt.date(2030, 1, 1)))),
    ("remove document", "supervisor", lambda s, w: documents.remove_document(s, w["doc"])),
    ("attach scan", "clerk", lambda s, w: documents.attach_scan(s, w["doc"], "p.png", PNG)),
    ("assign to a unit", "clerk", lambda s, w: assignments.assign(
        s, w["man"], w["unit"], "сапёр", dt.date(2024, 6, 1))),
    ("end an assignment", "clerk", lambda s, w: assignments.end_assignment(
        s, w["assignment"], dt.date(2024, 3, 1))),
    ("nominate to a roster", "clerk", lambda s, w: rosters.add_to_roster(
        s, w["rotation"], [pb.person(s, "Омаров").id])),
    ("approve a roster entry", "supervisor", _approve),
    ("create rotation", "clerk", lambda s, w: rotations.create_rotation(s, rotations.RotationData(
        mission_id=pb.mission_id(s, "UNDOF"), number=2, name="UNDOF 2",
        decision_id=w["decision"], planned_start=dt.date(2025, 9, 1),
        planned_end=dt.date(2026, 2, 28)))),
    ("add unit", "admin", lambda s, w: units.add_unit(s, units.UnitData(
        name_kk="2 рота", name_ru="2 рота", name_en="2 coy", kind="infantry"))),
    ("rename unit", "admin", lambda s, w: units.rename_unit(
        s, w["unit"], name_kk="1-рота", name_ru="1-я рота", name_en="1st coy")),
    ("create mission", "admin", lambda s, w: missions.create_mission(s, missions.MissionData(
        acronym="UNTEST", name_en="Test Mission", host_country="Nowhere"))),
    ("create decision", "admin", lambda s, w: pb.decision(s, "DEC-2")),
    ("change a setting", "admin", lambda s, w: settings.put(s, settings.BACKUP_KEEP, 5)),
    ("create user", "admin", lambda s, w: accounts.create_user(
        s, "newbie", "long enough password", "clerk")),
    ("disable user", "admin", lambda s, w: accounts.disable_user(s, "viewer")),
]

@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("what, minimum, change", CASES, ids=[c[0] for c in CASES])
def test_each_write_service_refuses_roles_below_its_own(sessions, world, staff, role, what,
                                                         minimum, change):
    allowed = ROLES.index(role) >= ROLES.index(minimum)
    before = audit_count(sessions)
    if allowed:
        with acting(sessions, staff[role]) as s:
            change(s, world)
        assert audit_count(sessions) > before  # the change left its trail
        return
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff[role]) as s:
        change(s, world)
    message = str(exc.value)
    assert f"Your role ({role}) may not" in message
    if role == "viewer":
        assert message == "Your role (viewer) may not change records."
    assert audit_count(sessions) == before  # refused as a whole: nothing written


def test_refusal_messages_name_who_may(sessions, world, staff):
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["clerk"]) as s:
        servicemen.delete_serviceman(s, world["man"])
    assert str(exc.value) == ("Your role (clerk) may not delete records; a supervisor or an "
                              "administrator may.")
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["supervisor"]) as s:
        pb.decision(s, "DEC-9")
    assert str(exc.value) == ("Your role (supervisor) may not change reference tables (ranks, "
                              "missions, units, Parliament decisions); only an administrator may.")
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["clerk"]) as s:
        _approve(s, world)
    assert str(exc.value) == ("Your role (clerk) may not approve roster entries; a supervisor or "
                              "an administrator may.")


def test_no_actor_once_accounts_exist_writes_nothing(sessions, world, staff):
    with pytest.raises(PermissionDenied) as exc, write_session(sessions) as s:
        _edit_person(s, world)
    assert str(exc.value) == ("Sign in first: this database has user accounts, and changes are "
                              "made by a named user.")
    # The bootstrap identity stops working once the first account exists.
    with pytest.raises(PermissionDenied), acting(sessions, Actor("bootstrap", "admin")) as s:
        _edit_person(s, world)


def test_a_plain_session_elsewhere_in_the_process_is_not_checked_or_audited(sessions, world,
                                                                            staff):
    # The hooks are the app's (make_session_factory), not SQLAlchemy's global Session:
    # another library's session in the same process writes without an actor and
    # leaves no audit event, while the app's own session is still refused.
    before = audit_count(sessions)
    with Session(sessions.kw["bind"]) as plain, plain.begin():
        plain.get(Serviceman, world["man"]).phone = "+7 701 111 1111"
    with pytest.raises(PermissionDenied), write_session(sessions) as s:
        s.get(Serviceman, world["man"]).phone = "+7 701 222 2222"
    with sessions() as s:
        assert s.get(Serviceman, world["man"]).phone == "+7 701 111 1111"
    assert audit_count(sessions) == before


def test_the_role_in_the_database_wins_over_the_one_claimed(sessions, world, staff):
    with pytest.raises(PermissionDenied) as exc, acting(sessions, Actor("clerk", "admin")) as s:
        units.rename_unit(s, world["unit"], name_kk="x", name_ru="x", name_en="x")
    assert "Your role (clerk)" in str(exc.value)
    with pytest.raises(PermissionDenied) as exc, acting(sessions, Actor("ghost", "admin")) as s:
        _edit_person(s, world)
    assert str(exc.value) == "The account ghost is disabled or no longer exists; sign in again."


def test_a_disabled_account_is_refused_at_its_next_transaction(sessions, world, staff):
    with acting(sessions, staff["admin"]) as s:
        accounts.disable_user(s, "clerk")
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["clerk"]) as s:
        _edit_person(s, world)
    assert str(exc.value) == "The account clerk is disabled or no longer exists; sign in again."


def test_a_factory_bound_to_an_actor_acts_for_them(sessions, world, staff):
    bind_actor(sessions, staff["viewer"])
    with pytest.raises(PermissionDenied), write_session(sessions) as s:
        _edit_person(s, world)
    with sessions() as s:  # reading is every role's
        assert s.get(Unit, world["unit"]).name_ru == "1 рота"
    bind_actor(sessions, staff["clerk"])
    with write_session(sessions) as s:
        _edit_person(s, world)
        assert require_role(s, "clerk") == Actor("clerk", "clerk")
    bind_actor(sessions, None)
    with sessions() as s:
        assert current_actor(s) is None


def test_a_viewer_may_not_write_settings_or_scans_through_statements_either(sessions, world,
                                                                             staff):
    from sqlalchemy import delete, update

    from kzpk_desktop.db.models import DocumentScan
    for stmt in (update(Setting).values(value="1"), delete(DocumentScan),
                 update(Serviceman).values(phone="1")):
        with pytest.raises(PermissionDenied), acting(sessions, staff["viewer"]) as s:
            s.execute(stmt)
