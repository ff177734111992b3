"""The demo data generator: deterministic, valid and consistent with the rules."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from sqlalchemy import func, select, text

from kzpk_desktop.db.base import Base
from kzpk_desktop.db.engine import make_engine, make_session_factory
from kzpk_desktop.db.models import (
    ROSTER_STATUSES,
    ROTATION_STATUSES,
    Assignment,
    Decision,
    Document,
    DocumentKind,
    PersonnelCategory,
    Rank,
    RosterEntry,
    Rotation,
    SearchToken,
    Serviceman,
    Unit,
)
from kzpk_desktop.services import demo
from kzpk_desktop.services.ceilings import ceiling_usage
from kzpk_desktop.services.identity import age_on, parse_iin
from kzpk_desktop.services.servicemen import index_rows, sort_key_for, tokens_for
from kzpk_desktop.services.text import to_passport_latin

TODAY = dt.date(2026, 6, 15)
SIZE = 300


def _fresh(url):
    engine = make_engine(url)
    return engine, make_session_factory(engine)


@pytest.fixture(scope="module")
def demo_db(module_db_url):
    """One generated database shared by the read-only tests of this module."""
    engine, sessions = _fresh(module_db_url)
    summary = demo.generate(sessions, servicemen=SIZE, seed=7, today=TODAY)
    yield sessions, summary
    engine.dispose()


@pytest.fixture
def s(demo_db):
    with demo_db[0]() as session:
        yield session


def _people(session):
    return session.execute(select(Serviceman).order_by(Serviceman.id)).scalars().all()


def _fingerprint(sessions) -> list[tuple]:
    with sessions() as session:
        people = session.execute(select(
            Serviceman.iin, Serviceman.service_number, Serviceman.surname, Serviceman.given_name,
            Serviceman.patronymic, Serviceman.rank_id, Serviceman.status).order_by(Serviceman.id)).all()
        docs = session.execute(select(Document.number, Document.expires_on)
                               .order_by(Document.id)).all()
        roster = session.execute(select(RosterEntry.rotation_id, RosterEntry.status,
                                        RosterEntry.un_index).order_by(RosterEntry.id)).all()
    return [tuple(people), tuple(docs), tuple(roster)]


def test_same_seed_gives_the_same_data_and_another_seed_does_not(fresh_databases):
    runs = []
    for seed in (3, 3, 4):
        engine, sessions = _fresh(fresh_databases.url())
        demo.generate(sessions, servicemen=120, seed=seed, today=TODAY)
        runs.append(_fingerprint(sessions))
        engine.dispose()
    assert runs[0] == runs[1]
    assert {p[0] for p in runs[0][0]}.isdisjoint({p[0] for p in runs[2][0]})


def test_summary_counts_what_was_written(demo_db, s):
    summary = demo_db[1]
    assert summary.servicemen == SIZE == s.scalar(select(func.count()).select_from(Serviceman))
    for model, field in ((Document, "documents"), (Assignment, "assignments"),
                         (SearchToken, "search_tokens"), (Unit, "units"), (Decision, "decisions"),
                         (Rotation, "rotations"), (RosterEntry, "roster_entries")):
        assert s.scalar(select(func.count()).select_from(model)) == getattr(summary, field), field
    assert summary.line().startswith(f"added {SIZE} servicemen, {summary.documents} documents")


def test_every_iin_is_valid_unique_and_agrees_with_birth_date_and_sex(s):
    people = _people(s)
    assert len({p.iin for p in people}) == len({p.service_number for p in people}) == SIZE
    for p in people:
        info = parse_iin(p.iin)
        assert (info.birth_date, info.sex) == (p.birth_date, p.sex), p.iin
        assert 20 <= age_on(p.birth_date, TODAY) <= 55


def test_names_are_cyrillic_with_passport_latin_and_female_forms(s):
    people = _people(s)
    women = [p for p in people if p.sex == "F"]
    assert 0.05 < len(women) / len(people) < 0.25
    for p in people:
        assert p.surname_latin == to_passport_latin(p.surname)
        assert p.given_names_latin == to_passport_latin(p.given_name)
        assert p.sort_key == sort_key_for(p)
        male_form = p.surname.endswith(("ов", "ев", "ёв", "ин", "ұлы"))
        female_form = p.surname.endswith(("ова", "ева", "ёва", "ина", "қызы"))
        assert not (male_form and p.sex == "F") and not (female_form and p.sex == "M"), p.surname
        if p.patronymic:
            assert not p.patronymic.endswith(("вич", "ұлы", "Ильич")) or p.sex == "M"
            assert not p.patronymic.endswith(("вна", "қызы", "чна")) or p.sex == "F"
    kazakh = sum(any(ch in p.surname + p.given_name for ch in "әғқңөұүіһ") for p in people)
    assert kazakh > SIZE // 3  # Kazakh letters, so search and sort are exercised on them


def test_search_tokens_are_those_of_the_servicemen_service(s):
    stored = defaultdict(set)
    for person_id, token, key in s.execute(
            select(SearchToken.serviceman_id, SearchToken.token, SearchToken.sort_key)):
        stored[person_id].add((token, key))
    for p in _people(s):
        # Each token, and a one-letter row per initial carrying the person's sort key.
        assert stored[p.id] == {(r["token"], r["sort_key"])
                                for r in index_rows(p.id, tokens_for(p), p.sort_key)}
        assert {t for t, key in stored[p.id] if key is None} | {
            t for t, key in stored[p.id] if key is not None} >= tokens_for(p)


def test_ranks_are_weighted_towards_soldiers_and_sergeants(s):
    categories = Counter(s.execute(select(Rank.category).join(Serviceman,
                                                              Serviceman.rank_id == Rank.id)).scalars())
    assert categories["enlisted"] + categories["nco"] > 3 * categories["officer"] > 0


def test_documents_of_every_kind_with_a_spread_of_expiry_dates(s):
    kinds = dict(s.execute(select(DocumentKind.id, DocumentKind.code)).all())
    docs = s.execute(select(Document)).scalars().all()
    assert {kinds[d.kind_id] for d in docs} == set(kinds.values())
    current = [d for d in docs if d.is_current]
    left = Counter("expired" if d.expires_on < TODAY else "30" if d.expires_on <= TODAY +
                   dt.timedelta(days=30) else "90" if d.expires_on <= TODAY + dt.timedelta(days=90)
                   else "fine" for d in current)
    assert left["expired"] > 0 and left["30"] > 0 and left["90"] > 0
    assert left["fine"] > len(current) / 2
    assert all(d.issued_on <= TODAY and d.expires_on > d.issued_on for d in docs)
    per_kind = Counter((d.serviceman_id, d.kind_id) for d in current)
    assert max(per_kind.values()) == 1  # one current document per kind
    passports = [d for d in docs if kinds[d.kind_id].endswith("passport")]
    assert len({d.number for d in passports}) == len(passports)
    history = [d for d in passports if not d.is_current]
    assert history, "some older passports are kept as history"
    newest = {(d.serviceman_id, d.kind_id): d.expires_on for d in current}
    assert all(d.expires_on < newest[(d.serviceman_id, d.kind_id)] for d in history)


def test_assignment_history_closes_the_day_before_the_next_and_one_stays_open(s):
    by_person = defaultdict(list)
    for a in s.execute(select(Assignment).order_by(Assignment.date_from)).scalars():
        by_person[a.serviceman_id].append(a)
    status = dict(s.execute(select(Serviceman.id, Serviceman.status)).all())
    assert len(by_person) == SIZE
    for person_id, history in by_person.items():
        assert 1 <= len(history) <= 3
        for before, after in zip(history, history[1:]):
            assert before.date_to == after.date_from - dt.timedelta(days=1)
        last = history[-1]
        assert (last.date_to is None) == (status[person_id] != "discharged")
    leaves = set(s.execute(select(Unit.id).where(Unit.id.not_in(
        select(Unit.parent_id).where(Unit.parent_id.is_not(None))))).scalars())
    assert {a.unit_id for h in by_person.values() for a in h} <= leaves


def test_units_form_a_kazbrig_tree_with_named_levels(s):
    units = s.execute(select(Unit)).scalars().all()
    roots = [u for u in units if u.parent_id is None]
    assert [u.name_en for u in roots] == ["Peacekeeping Brigade (KAZBRIG)"]
    levels = Counter(u.level for u in units)
    assert levels["battalion"] == 3 and levels["company"] > 9 and levels["platoon"] > 20
    assert levels["group"] == 2
    assert all(u.name_kk and u.name_ru and u.name_en for u in units)


def test_rosters_hold_every_status_and_rotations_every_stage(s):
    statuses = Counter(s.execute(select(RosterEntry.status)).scalars())
    assert set(statuses) == set(ROSTER_STATUSES)
    assert set(s.execute(select(Rotation.status)).scalars()) == set(ROTATION_STATUSES)
    for e in s.execute(select(RosterEntry)).scalars():
        went = e.status in ("deployed", "completed", "repatriated")
        assert (e.un_index is not None) == went and (e.arrival_date is not None) == went
        assert (e.repatriation_reason is not None) == (e.status == "repatriated")
        if e.status == "repatriated":
            assert e.arrival_date <= e.repatriation_date == e.departure_date <= TODAY


def test_serviceman_status_follows_the_roster(s):
    deployed = set(s.execute(select(RosterEntry.serviceman_id)
                             .where(RosterEntry.status == "deployed")).scalars())
    marked = set(s.execute(select(Serviceman.id).where(Serviceman.status == "deployed")).scalars())
    assert deployed == marked and deployed
    per_person = Counter(s.execute(select(RosterEntry.serviceman_id)).scalars())
    assert max(per_person.values()) == 1


def test_ceilings_are_never_exceeded(s):
    rotations = s.execute(select(Rotation.id)).scalars().all()
    for rotation_id in rotations:
        usage = ceiling_usage(s, rotation_id)
        assert usage.overall_used <= usage.overall_ceiling
        assert usage.mission_used <= (usage.mission_ceiling or 0)
    decision = s.execute(select(Decision).where(Decision.number == "45-VIII")).scalar_one()
    assert decision.date == dt.date(2024, 1, 19) and decision.ceiling == 430
    assert {c.mission.acronym: c.ceiling for c in decision.ceilings} == {
        "UNDOF": 400, "UNTSO": 10, "UNMISS": 10, "UNISFA": 10}
    older = s.execute(select(Decision).where(Decision.number == "182-VI")).scalar_one()
    assert older.superseded_by_id == decision.id


def test_staff_officers_and_experts_are_captains_to_colonels_aged_25_to_55(s):
    rows = s.execute(
        select(PersonnelCategory.code, Rank.code, Serviceman.birth_date, Rotation.planned_start)
        .select_from(RosterEntry)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .join(Rank, Rank.id == Serviceman.rank_id)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)).all()
    individual = [r for r in rows if r[0] != "troops"]
    assert {r[0] for r in rows} == {"troops", "staff-officer", "expert"}
    for _category, rank, born, start in individual:
        assert rank in ("captain", "major", "lieutenant_colonel", "colonel")
        assert 25 <= age_on(born, start) <= 55


def test_approved_and_deployed_people_hold_documents_for_the_tour(s):
    rows = s.execute(
        select(RosterEntry.serviceman_id, Rotation.planned_start, Rotation.planned_end)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .where(RosterEntry.status.in_(("approved", "deployed")))).all()
    assert rows
    for person, start, end in rows:
        docs = {code: (issued, expires) for code, issued, expires in s.execute(
            select(DocumentKind.code, Document.issued_on, Document.expires_on)
            .join(DocumentKind, DocumentKind.id == Document.kind_id)
            .where(Document.serviceman_id == person, Document.is_current.is_(True)))}
        assert docs["national_passport"][1] >= end + dt.timedelta(days=183)
        for code in ("medical_fitness", "predeployment_training", "human_rights_screening"):
            issued, expires = docs[code]
            assert issued <= start <= expires, code


def test_the_roll_of_a_past_rotation_shows_the_documents_issued_by_its_start(s):
    from kzpk_desktop.services.reports import nominal_roll

    started = s.execute(select(Rotation.id, Rotation.actual_start, Rotation.planned_start)
                        .where(func.coalesce(Rotation.actual_start, Rotation.planned_start)
                               <= TODAY)).all()
    checked = renewed = 0
    for rotation_id, actual, planned in started:
        start = actual or planned
        for r in nominal_roll(s, rotation_id=rotation_id).rows:
            for issued in (r.passport_issued, r.medical_date, r.training_date,
                           r.screening_date):
                assert issued is not None and issued <= start <= r.arrival, (rotation_id, r)
            assert r.passport_expires >= start
            checked += 1
    # Some of those people hold newer certificates today: the roll did not take them.
    for person, start in s.execute(
            select(RosterEntry.serviceman_id,
                   func.coalesce(Rotation.actual_start, Rotation.planned_start))
            .join(Rotation, Rotation.id == RosterEntry.rotation_id)
            .where(RosterEntry.status.in_(("completed", "repatriated")))):
        renewed += s.execute(select(func.count()).select_from(Document).where(
            Document.serviceman_id == person, Document.is_current.is_(True),
            Document.issued_on > start)).scalar_one() > 0
    assert checked > 50 and renewed > 20


def test_cancel_leaves_the_database_unchanged(sessions, engine):
    def table_counts():
        with engine.connect() as conn:
            return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar()
                    for t in Base.metadata.tables}

    before = table_counts()
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < total  # everything written, then cancelled before the commit

    with pytest.raises(demo.DemoCancelled):
        demo.generate(sessions, servicemen=SIZE, seed=2, progress=progress, today=TODAY)
    assert calls[0] == (0, SIZE) and calls[-1] == (SIZE, SIZE)
    assert table_counts() == before


def test_progress_runs_from_zero_to_total(sessions):
    calls = []
    demo.generate(sessions, servicemen=SIZE, seed=2, today=TODAY,
                  progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, SIZE) and calls[-1] == (SIZE, SIZE)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_second_run_adds_people_without_collisions_or_a_second_brigade(sessions):
    first = demo.generate(sessions, servicemen=150, seed=5, today=TODAY)
    second = demo.generate(sessions, servicemen=150, seed=5, today=TODAY, into_existing=True)
    assert first.units > 0 and (second.units, second.decisions, second.rotations) == (0, 0, 0)
    with sessions() as session:
        people = _people(session)
        assert len(people) == 300
        assert len({p.iin for p in people}) == len({p.service_number for p in people}) == 300
        numbers = session.execute(select(DocumentKind.code, Document.number)
                                  .join(DocumentKind, DocumentKind.id == Document.kind_id)).all()
        assert len(set(numbers)) == len(numbers)
        for rotation_id in session.execute(select(Rotation.id)).scalars():
            usage = ceiling_usage(session, rotation_id)
            assert usage.mission_used <= (usage.mission_ceiling or 0)
            assert usage.overall_used <= usage.overall_ceiling


def test_before_the_2024_decision_only_the_older_one_exists(sessions):
    summary = demo.generate(sessions, servicemen=80, seed=1, today=dt.date(2021, 3, 1))
    with sessions() as session:
        assert session.scalars(select(Decision.number)).all() == ["182-VI"]
        assert summary.rotations > 0
        assert set(session.scalars(select(Rotation.status))) == set(ROTATION_STATUSES)


def test_zero_servicemen_adds_only_the_frame(sessions):
    summary = demo.generate(sessions, servicemen=0, today=TODAY)
    assert (summary.servicemen, summary.roster_entries) == (0, 0) and summary.units > 0
    with pytest.raises(ValueError):
        demo.generate(sessions, servicemen=-1)
