"""Missions, Parliament decisions and rotations: validation, superseding, listing, and
the mission overview."""
from __future__ import annotations

import datetime as dt

import pytest

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Decision, Mission
from kzpk_desktop.services.decisions import (
    DecisionData,
    create_decision,
    decision_data,
    list_decisions,
    supersede,
    update_decision,
)
from kzpk_desktop.services.errors import ServiceError, StaleRecord, ValidationError
from kzpk_desktop.services.missions import (
    MissionData,
    create_mission,
    mission_by_acronym,
    mission_data,
    update_mission,
)
from kzpk_desktop.services.overview import gender_share, mission_overview
from kzpk_desktop.services.rosters import add_to_roster, set_status
from kzpk_desktop.services.rotations import (
    RotationData,
    create_rotation,
    list_rotations,
    rotation_data,
    update_rotation,
)

from planning_builders import END, START, decision, mission_id, person, rotation


def texts(exc_info):
    return [p.text for p in exc_info.value.problems]


# ---------------------------------------------------------------- missions

def test_mission_is_created_with_english_name_for_missing_translations(sessions):
    with write_session(sessions) as s:
        m = create_mission(s, MissionData(acronym=" unsmil ", name_en="UN Support Mission in Libya",
                                          host_country="Libya", iso3="lby",
                                          start_date=dt.date(2011, 9, 16)))
        assert (m.acronym, m.iso3, m.name_ru, m.status) == (
            "UNSMIL", "LBY", "UN Support Mission in Libya", "active")


def test_mission_notes_keep_their_line_breaks(sessions):
    with write_session(sessions) as s:
        m = create_mission(s, MissionData(
            acronym="UNKZT", name_en="UN Mission in Kosovo", host_country="Kosovo",
            iso3="XKX", start_date=dt.date(1999, 6, 10),
            notes="\n  Mandate renewed\u00a0 in  May.\n\nStaff officers:  Juba, Bor \n"))
        assert m.notes == "Mandate renewed in May.\n\nStaff officers: Juba, Bor"
        assert m.name_en == "UN Mission in Kosovo"


def test_mission_validation_names_every_problem(sessions):
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        create_mission(s, MissionData(acronym="UNDOF", iso3="SY", host_country="",
                                      start_date=dt.date(2020, 1, 2), end_date=dt.date(2020, 1, 1),
                                      status="paused"))
    assert texts(exc) == ["Mission UNDOF already exists.", "English name is required.",
                          "Host country is required.", "ISO3 code must be three Latin letters.",
                          "The mission cannot end before it starts.",
                          "Unknown mission status 'paused'."]


def test_stale_mission_edit_is_refused(sessions):
    with sessions() as s:
        mine = mission_data(mission_by_acronym(s, "unifil"))
    theirs = MissionData(**{**mine.__dict__, "notes": "Final mandate"})
    with write_session(sessions) as s:
        update_mission(s, mine.id, theirs)
    mine.status = "closed"
    with pytest.raises(StaleRecord), write_session(sessions) as s:
        update_mission(s, mine.id, mine)
    with sessions() as s:
        assert s.get(Mission, mine.id).status == "closing"


# ---------------------------------------------------------------- decisions

def test_decision_with_per_mission_ceilings_is_listed(sessions):
    with write_session(sessions) as s:
        decision(s, "No. 45", 430, {"UNDOF": 220, "UNTSO": 10, "UNMISS": 100, "UNISFA": 100})
    [row] = list_decisions(sessions())
    assert (row.number, row.ceiling, row.missions, row.superseded_by) == (
        "No. 45", 430, {"UNDOF": 220, "UNISFA": 100, "UNMISS": 100, "UNTSO": 10}, None)


def test_decision_validation(sessions):
    with write_session(sessions) as s:
        undof, untso = mission_id(s, "UNDOF"), mission_id(s, "UNTSO")
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        create_decision(s, DecisionData(number="", title="", ceiling=-1,
                                        period_from=dt.date(2025, 1, 1),
                                        period_to=dt.date(2024, 12, 31),
                                        ceilings={undof: -2, untso: 5}))
    assert texts(exc) == ["Decision number is required.", "Date of the decision is required.",
                          "Title is required.", "The overall ceiling cannot be negative.",
                          "The period cannot end (31.12.2024) before it starts (01.01.2025).",
                          "The ceiling for UNDOF must be zero or more."]
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        create_decision(s, DecisionData(number="A", date=dt.date(2024, 1, 1), title="t",
                                        ceiling=10, ceilings={undof: 10, untso: 11}))
    assert texts(exc) == ["The ceiling for UNTSO (11) exceeds the overall ceiling (10)."]
    with write_session(sessions) as s:  # exactly the overall ceiling is fine
        create_decision(s, DecisionData(number="A", date=dt.date(2024, 1, 1), title="t",
                                        ceiling=10, ceilings={undof: 10, untso: 0}))


def test_decision_update_keeps_missions_that_rotations_rest_on(sessions):
    with write_session(sessions) as s:
        dec = decision(s, "D", 20, {"UNDOF": 10, "UNTSO": 5})
        rotation(s, dec)
        data = decision_data(dec)
    data.ceilings = {mission_id(sessions(), "UNTSO"): 5}
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        update_decision(s, data.id, data)
    assert texts(exc) == ["UNDOF rotation 1 rests on this decision; its mission cannot be removed."]
    data.ceilings = {mission_id(sessions(), "UNDOF"): 12, mission_id(sessions(), "UNMISS"): 3}
    with write_session(sessions) as s:
        update_decision(s, data.id, data)
    assert list_decisions(sessions())[0].missions == {"UNDOF": 12, "UNMISS": 3}


def test_superseding_keeps_history_and_refuses_nonsense(sessions):
    with write_session(sessions) as s:
        old = decision(s, "OLD", 10, date=dt.date(2023, 5, 1))
        new = decision(s, "NEW", 20, date=dt.date(2024, 1, 19))
        newest = decision(s, "NEWEST", 30, date=dt.date(2025, 1, 1))
    for a, b, message in [
        (old, old, "A decision cannot supersede itself."),
        (new, old, "Decision OLD (01.05.2023) is older than decision NEW (19.01.2024); only a "
                   "later decision can supersede."),
    ]:
        with pytest.raises(ServiceError, match=message.replace("(", r"\(").replace(")", r"\)")):
            with write_session(sessions) as s:
                supersede(s, a.id, b.id)
    with write_session(sessions) as s:
        supersede(s, old.id, new.id)
    with pytest.raises(ServiceError) as exc, write_session(sessions) as s:
        supersede(s, old.id, newest.id)
    assert str(exc.value) == "Decision OLD was already superseded by decision NEW."
    with write_session(sessions) as s:
        supersede(s, new.id, newest.id)
    rows = {r.number: r for r in list_decisions(sessions())}
    assert [rows[n].superseded_by for n in ("OLD", "NEW", "NEWEST")] == ["NEW", "NEWEST", None]
    with sessions() as s:
        assert s.get(Decision, old.id).ceiling == 10  # history kept as it was


# ---------------------------------------------------------------- rotations

def test_rotation_validation(sessions):
    with write_session(sessions) as s:
        dec = decision(s, "D", 10, {"UNDOF": 10})
        rotation(s, dec)
        undof, unmiss = mission_id(s, "UNDOF"), mission_id(s, "UNMISS")
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        create_rotation(s, RotationData(mission_id=undof, number=1, name=" ", decision_id=dec.id,
                                        planned_start=END, planned_end=START,
                                        actual_end=END, status="paused"))
    assert texts(exc) == ["UNDOF already has a rotation number 1.", "Rotation name is required.",
                          "The planned end (01.03.2025) is before the planned start (31.08.2025).",
                          "Enter the actual start before the actual end.",
                          "Unknown rotation status 'paused'."]
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        create_rotation(s, RotationData(mission_id=unmiss, number=1, name="x",
                                        decision_id=dec.id, planned_start=START,
                                        planned_end=END))
    assert texts(exc) == ["Decision D sets no ceiling for UNMISS; choose a decision that covers "
                          "the mission."]


def test_new_rotations_cannot_rest_on_a_superseded_decision(sessions):
    with write_session(sessions) as s:
        old, new = decision(s, "OLD", 10), decision(s, "NEW", 10, date=dt.date(2025, 1, 1))
        kept = rotation(s, old)
        supersede(s, old.id, new.id)
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        rotation(s, old, number=2)
    assert texts(exc) == ["Decision OLD was superseded by decision NEW; plan new rotations on "
                          "the newer one."]
    data = rotation_data(kept)
    data.actual_start = START  # a rotation already on the old decision stays editable
    with write_session(sessions) as s:
        update_rotation(s, kept.id, data)


def test_moving_a_rotation_must_keep_the_approved_within_the_ceiling(sessions):
    with write_session(sessions) as s:
        dec = decision(s, "D", 1, {"UNDOF": 1})
        first = rotation(s, dec)
        second = rotation(s, dec, number=2, start=dt.date(2025, 9, 1), end=dt.date(2026, 2, 28))
        [a] = add_to_roster(s, first.id, [person(s).id]).entries
        [b] = add_to_roster(s, second.id, [person(s).id]).entries
        set_status(s, a.id, "approved")
        set_status(s, b.id, "approved")
    data = rotation_data(second)
    data.planned_start = END  # now one day shared with the first rotation
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        update_rotation(s, second.id, data)
    assert texts(exc)[0] == ("No place left for UNDOF under decision D: 2 of 1 places are taken "
                             "on 31.08.2025. Nobody can exceed Parliament's ceiling.")
    rows = list_rotations(sessions())
    assert [(r.mission, r.number, r.planned_start, r.counts) for r in rows] == [
        ("UNDOF", 1, START, {"approved": 1}), ("UNDOF", 2, dt.date(2025, 9, 1), {"approved": 1})]


# ---------------------------------------------------------------- overview

def test_mission_overview_strength_rotations_and_blocking_documents(sessions):
    with write_session(sessions) as s:
        dec = decision(s, "D", 10, {"UNDOF": 10})
        current = rotation(s, dec)
        upcoming = rotation(s, dec, number=2, start=dt.date(2025, 9, 1), end=dt.date(2026, 2, 28))
        man, woman = person(s, "Абаев"), person(s, "Бекова", sex="F")
        entries = add_to_roster(s, current.id, [man.id, woman.id]).entries
        for e in entries:
            set_status(s, e.id, "approved")
            set_status(s, e.id, "deployed")
        current.status = "deployed"
        late = person(s, "Жоров", skip=("medical_fitness",))
        ready = person(s, "Ержанов")
        add_to_roster(s, upcoming.id, [late.id, ready.id])
    on = dt.date(2025, 6, 1)
    undof = next(o for o in mission_overview(sessions(), on=on) if o.acronym == "UNDOF")
    assert undof.strength == {"troops": {"M": 1, "F": 1}} and undof.total == 2
    assert [r.number for r in undof.rotations] == [1, 2] and undof.next_rotation.number == 2
    assert [(b.surname, [f.rule for f in b.failures]) for b in undof.blocked] == [
        ("Жоров", ["medical"])]
    [troops] = gender_share(sessions(), mission_id=mission_id(sessions(), "UNDOF"), on=on)
    assert (troops.women, troops.total, troops.share, troops.target) == (1, 2, 50, 12)
    assert gender_share(sessions(), mission_id=mission_id(sessions(), "UNDOF"),
                        on=START - dt.timedelta(days=1)) == []  # not there yet
    assert "MINUSMA" not in {o.acronym for o in mission_overview(sessions(), on=on)}
