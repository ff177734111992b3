"""Rosters: nominating, the status workflow, overrides, ceilings (also under concurrency),
stale edits, and the planning reference data they rest on."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import event, func, select

from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import Decision, RosterEntry, Serviceman
from kzpk_desktop.services.accounts import create_user
from kzpk_desktop.services.auth import Actor, acting
from kzpk_desktop.services.ceilings import ceiling_usage
from kzpk_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    StaleRecord,
    ValidationError,
)
from kzpk_desktop.services.roster_list import roster_rows
from kzpk_desktop.services.rosters import (
    ApprovalRefused,
    EntryData,
    add_to_roster,
    add_unit_to_roster,
    entry_data,
    set_status,
    update_entry,
)

from planning_builders import (
    END,
    START,
    assign,
    decision,
    person,
    rotation,
    unit,
)


def texts(exc_info):
    return [p.text for p in exc_info.value.problems]


def status_of(sessions, entry_id):
    with acting(sessions, Actor("aida", "supervisor")) as s:
        return s.get(RosterEntry, entry_id).status


@pytest.fixture
def rot(sessions):
    with write_session(sessions) as s:
        return rotation(s, decision(s, ceiling=50))


def nominate(sessions, rot, *people_kwargs, category="troops"):
    """Nominate fresh people (one per kwargs dict); return their entry ids."""
    with write_session(sessions) as s:
        people = [person(s, **kw) for kw in people_kwargs]
        return [e.id for e in add_to_roster(s, rot.id, [p.id for p in people],
                                            category=category).entries]


def move(sessions, entry_id, *statuses, **kwargs):
    change = None
    for status in statuses:
        with write_session(sessions) as s:
            change = set_status(s, entry_id, status, **kwargs)
    return change


# ---------------------------------------------------------------- adding

def test_nominating_one_and_many_returns_the_reasons_of_the_ineligible(sessions, rot):
    with write_session(sessions) as s:
        good, late = person(s, "Абаев"), person(s, "Бекова", sex="F", skip=("medical_fitness",))
        result = add_to_roster(s, rot.id, [good.id, late.id], category="troops",
                               appointment="  Rifleman ", sub_unit="1st platoon")
        assert [e.status for e in result.entries] == ["nominated", "nominated"]
        assert list(result.failures) == [late.id]
        assert [f.rule for f in result.failures[late.id]] == ["medical"]
    rows = roster_rows(sessions(), rot.id)
    assert [(r.surname, r.appointment, r.sub_unit, r.category, r.eligible) for r in rows] == [
        ("Абаев", "Rifleman", "1st platoon", "troops", True),
        ("Бекова", "Rifleman", "1st platoon", "troops", False)]


def test_duplicates_on_the_same_rotation_are_refused_by_name(sessions, rot):
    with write_session(sessions) as s:
        man = person(s, "Абаев")
        add_to_roster(s, rot.id, [man.id])
        iin = man.iin
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        add_to_roster(s, rot.id, [man.id, person(s, "Новый").id])
    assert texts(exc) == [f"Абаев Ерлан (IIN {iin}) is already on the roster of UNDOF-1 "
                          "(status: nominated)."]
    with sessions() as s:  # nothing of the refused batch was saved
        assert s.scalar(select(func.count()).select_from(RosterEntry)) == 1
        assert s.scalar(select(func.count()).where(Serviceman.surname == "Новый")) == 0


def test_skip_existing_leaves_people_already_on_the_roster_out(sessions, rot):
    with write_session(sessions) as s:
        a, b = person(s), person(s)
        add_to_roster(s, rot.id, [a.id])
        result = add_to_roster(s, rot.id, [a.id, b.id], skip_existing=True)
        assert [e.serviceman_id for e in result.entries] == [b.id]
        assert result.skipped == [a.id]


def test_a_whole_unit_brings_its_current_members_with_their_sub_unit(sessions, rot):
    with write_session(sessions) as s:
        company = unit(s, "1st company")
        platoon = unit(s, "2nd platoon", parent=company)
        boss, soldier, gone = person(s, "Абаев"), person(s, "Бекова"), person(s, "Ушедший")
        assign(s, boss, company)
        assign(s, soldier, platoon)
        assign(s, gone, platoon, until=dt.date(2024, 12, 31))
        result = add_unit_to_roster(s, rot.id, company.id)
        assert {(e.serviceman_id, e.sub_unit) for e in result.entries} == {
            (boss.id, "1st company"), (soldier.id, "2nd platoon")}
        only = add_unit_to_roster(s, rotation(s, rot.decision_id, number=2,
                                              start=dt.date(2026, 1, 1),
                                              end=dt.date(2026, 6, 30)).id,
                                  company.id, include_subunits=False)
        assert [e.serviceman_id for e in only.entries] == [boss.id]


def test_unknown_category_and_closed_rotation_are_refused(sessions, rot):
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        add_to_roster(s, rot.id, [person(s).id], category="pilot")
    assert texts(exc) == ["Unknown personnel category 'pilot'."]
    with write_session(sessions) as s:
        s.get(type(rot), rot.id).status = "completed"
    with pytest.raises(ServiceError, match="Rotation UNDOF-1 is completed; its roster is closed."):
        with write_session(sessions) as s:
            add_to_roster(s, rot.id, [person(s).id])


# ---------------------------------------------------------------- workflow

def test_the_full_workflow_keeps_the_serviceman_status_in_step(sessions, rot):
    [entry] = nominate(sessions, rot, {})
    move(sessions, entry, "approved")
    with write_session(sessions) as s:
        set_status(s, entry, "deployed", on=dt.date(2025, 3, 2))
        assert s.get(RosterEntry, entry).serviceman.status == "deployed"
    with write_session(sessions) as s:
        change = set_status(s, entry, "completed", on=END)
        assert (change.old, change.new) == ("deployed", "completed")
        e = s.get(RosterEntry, entry)
        assert (e.arrival_date, e.departure_date, e.serviceman.status) == (
            dt.date(2025, 3, 2), END, "returned")


@pytest.mark.parametrize("path", [("withdrawn",), ("approved", "withdrawn")])
def test_withdrawal_from_nominated_or_approved(sessions, rot, path):
    [entry] = nominate(sessions, rot, {})
    move(sessions, entry, *path)
    assert status_of(sessions, entry) == "withdrawn"


def test_early_repatriation_needs_reason_and_date(sessions, rot):
    [entry] = nominate(sessions, rot, {})
    move(sessions, entry, "approved", "deployed")
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        set_status(s, entry, "repatriated", repatriation_reason="  ")
    assert texts(exc) == ["Give the reason for the early repatriation.",
                          "Give the date of the early repatriation."]
    assert status_of(sessions, entry) == "deployed"
    with write_session(sessions) as s:
        set_status(s, entry, "repatriated",
                   repatriation_reason="Medical evacuation", on=dt.date(2025, 5, 10))
        e = s.get(RosterEntry, entry)
        assert (e.status, e.repatriation_reason, e.repatriation_date, e.departure_date,
                e.serviceman.status) == ("repatriated", "Medical evacuation",
                                         dt.date(2025, 5, 10), dt.date(2025, 5, 10), "returned")


@pytest.mark.parametrize("path, target", [
    ((), "deployed"), ((), "completed"), ((), "repatriated"), ((), "nominated"),
    (("approved",), "nominated"), (("approved",), "completed"),
    (("approved", "deployed"), "withdrawn"), (("approved", "deployed"), "approved"),
    (("withdrawn",), "approved"), (("approved", "deployed", "completed"), "deployed"),
])
def test_other_transitions_are_refused_naming_from_and_to(sessions, rot, path, target):
    [entry] = nominate(sessions, rot, {})
    move(sessions, entry, *path)
    before = status_of(sessions, entry)
    with pytest.raises(ServiceError) as exc, write_session(sessions) as s:
        set_status(s, entry, target, repatriation_reason="x",
                   on=END)
    assert str(exc.value) == (f"Ахметов Ерлан (UNDOF-1): the status cannot change from "
                              f"{before} to {target}.")
    assert status_of(sessions, entry) == before


# ---------------------------------------------------------------- approval and override

def test_approval_refused_names_every_failed_rule_and_who_may_override(sessions, rot):
    [entry] = nominate(sessions, rot, {"skip": ("medical_fitness",), "birth": dt.date(2001, 1, 1)},
                       category="staff-officer")
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, entry, "approved")
    assert texts(exc) == [
        "No medical fitness certificate on file.",
        "Aged 24 on the rotation's start (01.03.2025); staff officers and experts on mission "
        "must be 25 to 55.",
        "A supervisor may approve despite the document rules (medical fitness) with a written "
        "reason.",
        "Nobody may override: age."]
    assert status_of(sessions, entry) == "nominated"


def _accounts(sessions):
    """root (admin), aida (supervisor), bolat (clerk); from now on every session needs its user."""
    with write_session(sessions) as s:
        create_user(s, "root", "long enough password", "admin")
        create_user(s, "aida", "long enough password", "supervisor")
        create_user(s, "bolat", "long enough password", "clerk")


def test_supervisor_override_of_document_rules_is_recorded(sessions, rot):
    [entry] = nominate(sessions, rot, {"skip": ("human_rights_screening",)})
    _accounts(sessions)
    with acting(sessions, Actor("aida", "supervisor")) as s:
        change = set_status(s, entry, "approved",
                            override_reason=" Certificate arrives 20.02, confirmed by phone ")
        assert [f.rule for f in change.overridden] == ["screening"]
    with acting(sessions, Actor("aida", "supervisor")) as s:
        e = s.get(RosterEntry, entry)
        assert (e.status, e.override_reason, e.override_by) == (
            "approved", "Certificate arrives 20.02, confirmed by phone", "aida")
        last = e.history[-1]
        assert (last.from_status, last.to_status, last.recorded_by, last.reason,
                last.inferred) == ("nominated", "approved", "aida",
                                   "Certificate arrives 20.02, confirmed by phone", False)


def test_a_clerk_cannot_override(sessions, rot):
    [entry] = nominate(sessions, rot, {"skip": ("national_passport",)})
    _accounts(sessions)
    with pytest.raises(PermissionDenied) as exc, acting(sessions, Actor("bolat", "clerk")) as s:
        set_status(s, entry, "approved", override_reason="urgent")
    assert str(exc.value) == ("Only a supervisor may approve over failed document rules; bolat "
                              "is signed in as clerk.")
    assert status_of(sessions, entry) == "nominated"


def test_an_override_needs_a_written_reason(sessions, rot):
    [entry] = nominate(sessions, rot, {"skip": ("national_passport",)})
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        set_status(s, entry, "approved", override_reason="  ")
    assert texts(exc) == ["Write the reason for approving despite the failed rules."]


@pytest.mark.parametrize("kwargs, category, rule_text", [
    ({"rank": "lieutenant"}, "expert",
     "Rank Lieutenant is outside captain to colonel, required for staff officers and experts "
     "on mission. The rank rule cannot be overridden."),
    ({"status": "discharged"}, "troops",
     "Discharged from service; cannot be deployed. The service status rule cannot be "
     "overridden."),
])
def test_non_document_rules_cannot_be_overridden(sessions, rot, kwargs, category, rule_text):
    [entry] = nominate(sessions, rot, {"skip": ("medical_fitness",), **kwargs}, category=category)
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, entry, "approved", override_reason="needed")
    assert texts(exc) == [rule_text]
    with sessions() as s:
        e = s.get(RosterEntry, entry)
        assert (e.status, e.override_reason, e.override_by) == ("nominated", None, None)


def test_overlap_cannot_be_overridden(sessions, rot):
    with write_session(sessions) as s:
        man = person(s, skip=("medical_fitness",))
        other = rotation(s, decision(s, "DEC-2", 5, {"UNMISS": 5}), "UNMISS", 1, END,
                         dt.date(2026, 1, 31))
        add_to_roster(s, other.id, [man.id])
        [entry] = add_to_roster(s, rot.id, [man.id]).entries
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, entry.id, "approved",
                   override_reason="needed")
    assert texts(exc) == [
        "Also on the roster of UNMISS rotation 1 (31.08.2025 - 31.01.2026, nominated), which "
        "overlaps this rotation's dates. The overlapping rotation rule cannot be overridden."]


# ---------------------------------------------------------------- ceilings

def _ceiling_setup(sessions, mission_ceiling=2, overall=3):
    with write_session(sessions) as s:
        dec = decision(s, "DEC-C", overall, {"UNDOF": mission_ceiling, "UNMISS": overall})
        return rotation(s, dec)


def test_ceiling_exactly_reached_is_allowed_one_more_is_refused(sessions):
    rot = _ceiling_setup(sessions)
    a, b, c = nominate(sessions, rot, {}, {}, {})
    move(sessions, a, "approved")
    move(sessions, b, "approved")  # 2 of 2: exactly reached
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, c, "approved", override_reason="please")
    assert texts(exc) == ["No place left for UNDOF under decision DEC-C: 2 of 2 places are taken "
                          "on 01.03.2025. Nobody can exceed Parliament's ceiling."]
    assert status_of(sessions, c) == "nominated"
    with sessions() as s:
        u = ceiling_usage(s, rot.id)
    assert (u.mission_used, u.mission_ceiling, u.overall_used, u.overall_ceiling,
            u.mission_free, u.overall_free, u.decision_number) == (2, 2, 2, 3, 0, 1, "DEC-C")


def test_overall_ceiling_counts_every_mission_of_the_decision(sessions):
    rot = _ceiling_setup(sessions, mission_ceiling=3, overall=3)
    with write_session(sessions) as s:
        other = rotation(s, rot.decision_id, "UNMISS", 1, dt.date(2025, 8, 31),
                         dt.date(2026, 2, 28))  # overlaps by one day: 31.08.2025
    [x, y] = nominate(sessions, other, {}, {})
    move(sessions, x, "approved")
    move(sessions, y, "approved")
    a, b = nominate(sessions, rot, {}, {})
    move(sessions, a, "approved")  # 3 of 3 on 31.08.2025
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, b, "approved")
    assert texts(exc) == ["No place left under decision DEC-C overall: 3 of 3 places are taken "
                          "on 31.08.2025. Nobody can exceed Parliament's ceiling."]


def test_adjacent_rotations_share_the_ceiling_without_adding_up(sessions):
    rot = _ceiling_setup(sessions, mission_ceiling=1, overall=1)
    with write_session(sessions) as s:
        nxt = rotation(s, rot.decision_id, number=2, start=END + dt.timedelta(days=1),
                       end=dt.date(2026, 2, 28))
    [a] = nominate(sessions, rot, {})
    [b] = nominate(sessions, nxt, {})
    move(sessions, a, "approved", "deployed")
    move(sessions, b, "approved")
    assert status_of(sessions, b) == "approved"


def test_deploying_is_refused_when_the_ceiling_was_lowered_below_the_approved(sessions):
    rot = _ceiling_setup(sessions)
    a, b = nominate(sessions, rot, {}, {})
    move(sessions, a, "approved")
    move(sessions, b, "approved")
    with write_session(sessions) as s:
        s.scalars(select(Decision)).one().ceilings[0].ceiling = 1
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, b, "deployed")
    assert texts(exc)[0].startswith("No place left for UNDOF under decision DEC-C: 2 of 1")


def test_a_superseding_decision_governs_rotations_of_the_old_one(sessions):
    from kzpk_desktop.services.decisions import supersede

    rot = _ceiling_setup(sessions, mission_ceiling=2, overall=3)
    [a] = nominate(sessions, rot, {})
    move(sessions, a, "approved")
    with write_session(sessions) as s:
        new = decision(s, "DEC-NEW", 2, {"UNDOF": 2}, date=dt.date(2025, 1, 10))
        supersede(s, rot.decision_id, new.id)
        later = rotation(s, new, number=2, start=dt.date(2025, 6, 1), end=dt.date(2025, 11, 30))
    b, c = nominate(sessions, later, {}, {})
    move(sessions, b, "approved")  # with a: 2 of the new decision's 2
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, c, "approved")
    assert texts(exc)[0] == ("No place left for UNDOF under decision DEC-NEW: 2 of 2 places are "
                             "taken on 01.06.2025. Nobody can exceed Parliament's ceiling.")


def test_two_clerks_approving_the_last_place_at_once_only_one_succeeds(sessions, db_url):
    rot = _ceiling_setup(sessions, mission_ceiling=2, overall=2)
    first, second, third = nominate(sessions, rot, {}, {}, {})
    move(sessions, first, "approved")  # one place left
    # Give the race its best chance: after counting, each clerk waits for the
    # other to count too. The write lock taken at BEGIN must make the second
    # count happen only after the first approval is committed.
    counted = threading.Barrier(2, timeout=0.5)
    results: dict[int, object] = {}
    engines = [make_engine(db_url) for _ in range(2)]

    def pause_after_count(_conn, _cursor, statement, *_args):
        if "count(" in statement and "roster_entry" in statement:
            try:
                counted.wait()
            except threading.BrokenBarrierError:
                pass

    start = threading.Barrier(2)

    def clerk(engine, entry_id):
        event.listen(engine, "after_cursor_execute", pause_after_count)
        factory = make_session_factory(engine)
        start.wait()
        try:
            with write_session(factory) as s:
                set_status(s, entry_id, "approved")
            results[entry_id] = "approved"
        except Exception as exc:  # the refusal is the result under test
            results[entry_id] = exc

    threads = [threading.Thread(target=clerk, args=(engines[0], second)),
               threading.Thread(target=clerk, args=(engines[1], third))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    for engine in engines:
        engine.dispose()
    outcomes = sorted(results.values(), key=lambda r: r != "approved")
    assert outcomes[0] == "approved"
    assert isinstance(outcomes[1], ApprovalRefused), outcomes[1]
    assert [p.text for p in outcomes[1].problems] == [
        "No place left for UNDOF under decision DEC-C: 2 of 2 places are taken on 01.03.2025. "
        "Nobody can exceed Parliament's ceiling.",
        "No place left under decision DEC-C overall: 2 of 2 places are taken on 01.03.2025. "
        "Nobody can exceed Parliament's ceiling."]
    with sessions() as s:
        assert s.scalar(select(func.count()).where(RosterEntry.status == "approved")) == 2


# ---------------------------------------------------------------- stale edits

def test_stale_edit_of_an_entry_is_refused(sessions, rot):
    [entry] = nominate(sessions, rot, {})
    with sessions() as s:
        mine, theirs = entry_data(s.get(RosterEntry, entry)), entry_data(s.get(RosterEntry, entry))
    theirs.appointment = "Driver"
    with write_session(sessions) as s:
        update_entry(s, entry, theirs)
    mine.appointment = "Cook"
    with pytest.raises(StaleRecord) as exc, write_session(sessions) as s:
        update_entry(s, entry, mine)
    assert str(exc.value) == ("Ахметов Ерлан (UNDOF-1) was changed by someone else after you "
                              "opened it. Reload it to see their changes.")
    with pytest.raises(StaleRecord), write_session(sessions) as s:
        set_status(s, entry, "withdrawn", version=mine.version)
    with sessions() as s:
        e = s.get(RosterEntry, entry)
        assert (e.appointment, e.status) == ("Driver", "nominated")


def test_a_change_committed_between_read_and_write_is_refused(sessions, rot):
    [entry] = nominate(sessions, rot, {})
    mine = sessions()
    with mine.begin():
        opened = mine.get(RosterEntry, entry)  # as a form keeps it, after the transaction
    with write_session(sessions) as s:
        update_entry(s, entry, EntryData(appointment="Driver"))
    with pytest.raises(StaleRecord) as exc, mine.begin():
        set_status(mine, entry, "withdrawn")
    assert "was changed by someone else while you were saving" in str(exc.value)
    mine.close()
    del opened
    assert status_of(sessions, entry) == "nominated"


def test_entry_details_are_validated(sessions, rot):
    [entry] = nominate(sessions, rot, {})
    move(sessions, entry, "approved")
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        update_entry(s, entry, EntryData(category="staff-officer", arrival_date=END,
                                         departure_date=START, un_index="X" * 41))
    assert texts(exc) == [
        "The category can change only while the entry is nominated (it decides which rules "
        "apply).",
        "Departure (01.03.2025) is before arrival (31.08.2025).",
        "The UN index number is too long (40 characters at most)."]
    with write_session(sessions) as s:
        update_entry(s, entry, EntryData(un_index=" UN-12345 ", arrival_date=START))
        assert s.get(RosterEntry, entry).un_index == "UN-12345"


def test_unknown_entry_is_not_found(sessions, rot):
    with pytest.raises(NotFound), write_session(sessions) as s:
        set_status(s, 999, "approved")


def test_an_override_never_lifts_the_ceiling(sessions):
    rot = _ceiling_setup(sessions, mission_ceiling=1, overall=3)
    [a] = nominate(sessions, rot, {})
    [b] = nominate(sessions, rot, {"skip": ("medical_fitness",)})
    move(sessions, a, "approved")
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, b, "approved", override_reason="urgent")
    assert texts(exc) == ["No place left for UNDOF under decision DEC-C: 1 of 1 places are taken "
                          "on 01.03.2025. Nobody can exceed Parliament's ceiling."]
    with sessions() as s:
        assert s.get(RosterEntry, b).override_reason is None


def test_a_clerk_offering_a_reason_for_a_hard_rule_is_told_it_cannot_be_overridden(sessions, rot):
    [entry] = nominate(sessions, rot, {"status": "discharged"})
    with pytest.raises(ApprovalRefused) as exc, write_session(sessions) as s:
        set_status(s, entry, "approved", override_reason="please")
    assert texts(exc) == ["Discharged from service; cannot be deployed. The service status rule "
                          "cannot be overridden."]
