"""Eligibility rules at their boundaries, the parity targets and calendar arithmetic."""
from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import event

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.services.dates import add_months
from kzpk_desktop.services.eligibility import (
    eligibility_for_candidates,
    eligibility_for_entry,
    eligibility_for_rotation,
    passport_deadline,
)
from kzpk_desktop.services.overview import gender_share
from kzpk_desktop.services.parity import parity_target
from kzpk_desktop.services.rosters import add_to_roster, set_status

from planning_builders import DEADLINE, END, FAR, START, decision, document, person, rotation


def failures_of(s, rot, man, category="troops"):
    return eligibility_for_candidates(s, rot.id, [man.id], category)[man.id]


def rules(failures):
    return [f.rule for f in failures]


@pytest.fixture
def rot(sessions):
    with write_session(sessions) as s:
        return rotation(s, decision(s, ceiling=50))


# ---------------------------------------------------------------- calendar

@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2025, 8, 31), 6, dt.date(2026, 2, 28)),
    (dt.date(2027, 8, 31), 6, dt.date(2028, 2, 29)),  # leap year
    (dt.date(2025, 8, 30), 6, dt.date(2026, 2, 28)),
    (dt.date(2025, 6, 30), 6, dt.date(2025, 12, 30)),
    (dt.date(2025, 7, 31), 6, dt.date(2026, 1, 31)),
    (dt.date(2025, 3, 31), -1, dt.date(2025, 2, 28)),
    (dt.date(2025, 1, 15), 12, dt.date(2026, 1, 15)),
])
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_passport_deadline_is_six_calendar_months_after_the_planned_end():
    assert passport_deadline(END) == DEADLINE == dt.date(2026, 2, 28)


# ---------------------------------------------------------------- documents

def test_a_person_with_every_document_valid_is_eligible(sessions, rot):
    with sessions() as s:
        man = person(s)
        assert failures_of(s, rot, man) == []
        assert failures_of(s, rot, man, "staff-officer") == []


def test_passport_valid_exactly_six_months_after_the_end_is_enough(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("national_passport",))
        document(s, man, "national_passport", expires=DEADLINE)
        assert failures_of(s, rot, man) == []


def test_passport_one_day_short_of_six_months_is_named(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("national_passport",))
        document(s, man, "national_passport", expires=DEADLINE - dt.timedelta(days=1),
                 number="N1234567")
        [failure] = failures_of(s, rot, man)
        assert failure.rule == "passport" and failure.overridable
        assert failure.text == ("Passport N1234567 expires on 27.02.2026; it must be valid until "
                                "at least 28.02.2026, 6 months after the rotation's planned end "
                                "(31.08.2025).")


def test_missing_passport_and_history_passports_do_not_count(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("national_passport",))
        document(s, man, "national_passport", expires=dt.date(2035, 1, 1), current=False)
        assert [f.text for f in failures_of(s, rot, man)] == [
            "No current passport (national or service) on file."]


def test_a_service_passport_satisfies_the_passport_rule(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("national_passport",))
        document(s, man, "national_passport", expires=dt.date(2025, 12, 1))
        document(s, man, "service_passport", expires=DEADLINE)
        assert failures_of(s, rot, man) == []


def test_certificate_valid_on_the_start_day_is_enough(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("medical_fitness",))
        document(s, man, "medical_fitness", issued=START - dt.timedelta(days=1), expires=START)
        assert failures_of(s, rot, man) == []
        man2 = person(s, skip=("medical_fitness",))
        document(s, man2, "medical_fitness", issued=START, expires=FAR)  # issued that day
        assert failures_of(s, rot, man2) == []


def test_certificate_expiring_the_day_before_the_start_is_named(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("medical_fitness",))
        document(s, man, "medical_fitness", expires=START - dt.timedelta(days=1), number="MF-1")
        [failure] = failures_of(s, rot, man)
        assert (failure.rule, failure.text) == (
            "medical", "Medical fitness certificate MF-1 expires on 28.02.2025, before the "
                       "rotation starts on 01.03.2025.")


def test_certificate_dated_after_the_start_is_not_valid_at_the_start(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("predeployment_training",))
        document(s, man, "predeployment_training", issued=START + dt.timedelta(days=1),
                 number="PDT-7")
        [failure] = failures_of(s, rot, man)
        assert (failure.rule, failure.text) == (
            "training", "Pre-deployment training certificate PDT-7 is dated 02.03.2025, after "
                        "the rotation starts on 01.03.2025.")


def test_missing_certificates_are_each_named(sessions, rot):
    with sessions() as s:
        man = person(s, skip=("medical_fitness", "predeployment_training",
                              "human_rights_screening"))
        document(s, man, "human_rights_screening", current=False)
        assert [(f.rule, f.text) for f in failures_of(s, rot, man)] == [
            ("medical", "No medical fitness certificate on file."),
            ("training", "No pre-deployment training certificate on file."),
            ("screening", "No human-rights screening certificate on file."),
        ]


# ---------------------------------------------------------------- overlap

def _other_rotation(s, start, end, number=2, mission="UNDOF"):
    dec = decision(s, number=f"DEC-{number}", ceiling=50, missions={mission: 50})
    return rotation(s, dec, mission=mission, number=number, start=start, end=end)


def test_rotation_overlapping_by_one_day_is_named(sessions, rot):
    with write_session(sessions) as s:
        man = person(s)
        other = _other_rotation(s, END, dt.date(2026, 2, 28), mission="UNMISS")
        add_to_roster(s, other.id, [man.id])
        [failure] = failures_of(s, rot, man)
        assert (failure.rule, failure.overridable) == ("overlap", False)
        assert failure.text == ("Also on the roster of UNMISS rotation 2 (31.08.2025 - "
                                "28.02.2026, nominated), which overlaps this rotation's dates.")


def test_adjacent_rotation_does_not_overlap(sessions, rot):
    with write_session(sessions) as s:
        man = person(s)
        before = _other_rotation(s, dt.date(2024, 9, 1), START - dt.timedelta(days=1))
        after = _other_rotation(s, END + dt.timedelta(days=1), dt.date(2026, 2, 1), number=3)
        add_to_roster(s, before.id, [man.id])
        add_to_roster(s, after.id, [man.id])
        assert failures_of(s, rot, man) == []


def test_withdrawn_or_completed_entries_elsewhere_do_not_overlap(sessions, rot):
    with write_session(sessions) as s:
        man, other_man = person(s), person(s, "Беков")
        other = _other_rotation(s, START, END, mission="UNMISS")
        entries = add_to_roster(s, other.id, [man.id, other_man.id]).entries
        set_status(s, entries[0].id, "withdrawn")
        set_status(s, entries[1].id, "approved")
        set_status(s, entries[1].id, "deployed")
        set_status(s, entries[1].id, "completed")
        assert failures_of(s, rot, man) == []
        assert failures_of(s, rot, other_man) == []


# ---------------------------------------------------------------- status

@pytest.mark.parametrize("status, expected", [
    ("active", []), ("in_training", []), ("returned", []),
    ("discharged", ["Discharged from service; cannot be deployed."]),
    ("deployed", ["Recorded as deployed, but on no rotation in this database; check where the "
                  "serviceman is serving."]),
])
def test_service_status(sessions, rot, status, expected):
    with sessions() as s:
        man = person(s, status=status)
        assert [f.text for f in failures_of(s, rot, man)] == expected
        assert all(not f.overridable for f in failures_of(s, rot, man))


def test_deployed_on_a_recorded_rotation_is_not_a_status_problem(sessions, rot):
    with write_session(sessions) as s:
        man = person(s)
        [entry] = add_to_roster(s, rot.id, [man.id]).entries
        set_status(s, entry.id, "approved")
        set_status(s, entry.id, "deployed")
        assert man.status == "deployed"
        assert eligibility_for_entry(s, entry.id) == []


# ---------------------------------------------------------------- age and rank

@pytest.mark.parametrize("birth, ok", [
    (dt.date(2000, 3, 1), True),    # 25th birthday on the start day
    (dt.date(2000, 3, 2), False),   # 25 the day after: aged 24
    (dt.date(1969, 3, 2), True),    # 56th birthday the day after the start: aged 55
    (dt.date(1969, 3, 1), False),   # 56th birthday on the start day
])
def test_age_25_to_55_on_the_start_day(sessions, rot, birth, ok):
    with sessions() as s:
        man = person(s, birth=birth)
        failures = failures_of(s, rot, man, "staff-officer")
        assert rules(failures) == ([] if ok else ["age"])
        assert failures_of(s, rot, man, "troops") == []  # troops have no age rule here


def test_age_message(sessions, rot):
    with sessions() as s:
        man = person(s, birth=dt.date(2000, 3, 2))
        [failure] = failures_of(s, rot, man, "expert")
        assert failure.text == ("Aged 24 on the rotation's start (01.03.2025); staff officers and "
                                "experts on mission must be 25 to 55.")
        assert not failure.overridable


@pytest.mark.parametrize("rank, ok", [
    ("captain", True), ("major", True), ("lieutenant_colonel", True), ("colonel", True),
    ("senior_lieutenant", False), ("major_general", False), ("master_sergeant", False),
])
def test_rank_captain_to_colonel_for_staff_officers_and_experts(sessions, rot, rank, ok):
    with sessions() as s:
        man = person(s, rank=rank)
        for category in ("staff-officer", "expert"):
            assert rules(failures_of(s, rot, man, category)) == ([] if ok else ["rank"])
        assert failures_of(s, rot, man, "troops") == []


def test_rank_messages(sessions, rot):
    with sessions() as s:
        junior, nobody = person(s, rank="senior_lieutenant"), person(s, rank=None)
        assert [f.text for f in failures_of(s, rot, junior, "staff-officer")] == [
            "Rank Senior lieutenant is outside captain to colonel, required for staff officers "
            "and experts on mission."]
        assert [f.text for f in failures_of(s, rot, nobody, "staff-officer")] == [
            "No rank on file; staff officers and experts on mission must be captain to colonel."]


def test_every_failing_rule_is_listed_in_rule_order(sessions, rot):
    with write_session(sessions) as s:
        man = person(s, birth=dt.date(1960, 1, 1), rank="lieutenant", status="discharged",
                     skip=("national_passport", "medical_fitness"))
        other = _other_rotation(s, START, END, mission="UNMISS")
        add_to_roster(s, other.id, [man.id], category="staff-officer")
        assert rules(failures_of(s, rot, man, "staff-officer")) == [
            "passport", "medical", "overlap", "status", "age", "rank"]


# ---------------------------------------------------------------- whole roster

def test_roster_eligibility_covers_active_entries_only(sessions, rot):
    with write_session(sessions) as s:
        good, bad, gone = person(s, "А"), person(s, "Б", skip=("medical_fitness",)), person(s, "В")
        entries = add_to_roster(s, rot.id, [good.id, bad.id, gone.id]).entries
        set_status(s, entries[2].id, "withdrawn")
        result = eligibility_for_rotation(s, rot.id)
    assert set(result) == {entries[0].id, entries[1].id}
    assert result[entries[0].id] == [] and rules(result[entries[1].id]) == ["medical"]


def test_roster_eligibility_takes_the_same_number_of_queries_for_3_or_30_people(
        sessions, engine, rot):
    statements = []

    def count(*_args):
        statements.append(1)

    with write_session(sessions) as s:
        small = rotation(s, rot.decision_id, number=5, start=dt.date(2027, 1, 1),
                         end=dt.date(2027, 6, 30))
        add_to_roster(s, small.id, [person(s).id for _ in range(3)])
        add_to_roster(s, rot.id, [person(s).id for _ in range(30)])
    with sessions() as s:
        s.connection()  # BEGIN is not part of the count
        event.listen(engine, "before_cursor_execute", count)
        try:
            eligibility_for_rotation(s, small.id)
            few = len(statements)
            statements.clear()
            eligibility_for_rotation(s, rot.id)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert len(statements) == few <= 6


# ---------------------------------------------------------------- parity

@pytest.mark.parametrize("category, year, target", [
    ("troops", 2019, 8), ("troops", 2021, 8), ("troops", 2024, 11), ("troops", 2028, 15),
    ("troops", 2031, 15), ("staff-officer", 2025, 22), ("expert", 2021, 18),
    ("expert", 2028, 25), ("fpu", 2022, 20), ("ipo", 2026, 30), ("unknown", 2025, None),
])
def test_parity_targets_interpolate_per_year_and_clamp(category, year, target):
    assert parity_target(category, year) == target


def test_gender_share_of_a_rotation_against_the_target(sessions, rot):
    with write_session(sessions) as s:
        people = [person(s, sex="F"), person(s), person(s), person(s), person(s, sex="F")]
        entries = add_to_roster(s, rot.id, [p.id for p in people[:4]]).entries
        add_to_roster(s, rot.id, [people[4].id], category="staff-officer")
        set_status(s, entries[3].id, "withdrawn")
        shares = gender_share(s, rotation_id=rot.id, on=dt.date(2025, 6, 1))
    troops, officers = shares
    assert (troops.category, troops.women, troops.men, troops.total) == ("troops", 1, 2, 3)
    assert troops.share == Fraction(100, 3) and troops.target == 12 and troops.meets_target
    assert (officers.category, officers.women, officers.share, officers.target) == (
        "staff-officer", 1, 100, 22)
