"""The Overview's figures agree with the reports' and the rules' own answers on demo data."""
from __future__ import annotations

import datetime as dt

import pytest

from kzpk_desktop.db.engine import make_engine, make_session_factory
from kzpk_desktop.services import briefing, demo
from kzpk_desktop.services.expiry import count_expiring
from kzpk_desktop.services.reports.strength import contributions, parliament_report
from kzpk_desktop.services.rotations import list_rotations

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def demo_sessions(module_db_url):
    engine = make_engine(module_db_url)  # SQLite, or the server under KZPK_TEST_PG_URL
    sessions = make_session_factory(engine)
    demo.generate(sessions, servicemen=400, seed=3, today=TODAY)
    yield sessions
    engine.dispose()


@pytest.fixture
def s(demo_sessions):
    with demo_sessions() as session:
        yield session


def test_strength_is_the_contributions_count_with_the_decisions_ceiling(s):
    bars = briefing.strength_by_mission(s, TODAY)
    assert bars, "the demo data deploys people"
    expected: dict[str, dict[str, int]] = {}
    for line in contributions(s, TODAY).lines:
        expected.setdefault(line.mission, {})[line.category_code] = line.total
    assert {b.acronym: b.by_category for b in bars if b.total} == expected
    ceilings = {m.acronym: m.ceiling for sec in parliament_report(s, TODAY).sections
                for m in sec.missions if m.ceiling is not None}
    assert {b.acronym: b.ceiling for b in bars if b.ceiling is not None} == ceilings


def test_women_share_per_mission_and_overall(s):
    shares = briefing.women_share(s, TODAY)
    figures = contributions(s, TODAY)
    overall = {b.category_code: (b.women, b.total) for b in shares if b.mission is None}
    assert overall == {c.category_code: (c.female, c.total) for c in figures.by_category}
    assert sum(b.total for b in shares if b.mission) == figures.total.total
    assert all(b.target is not None for b in shares)


def test_readiness_counts_each_rule_as_eligibility_judges_it(s):
    items = briefing.readiness(s)
    upcoming = [r for r in list_rotations(s) if r.status in ("planning", "training")]
    assert [i.rotation_id for i in items] == [r.id for r in sorted(
        upcoming, key=lambda r: (r.planned_start, r.mission, r.number))]
    assert any(i.blocked for i in items), "the demo data has blocked nominees"
    for item in items:
        people = briefing.blocked_people(s, item.rotation_id)
        assert item.nominees - item.eligible == len(people)
        for rule, n in item.blocked.items():
            assert n == len(briefing.blocked_people(s, item.rotation_id, rule))
            assert n == sum(1 for _, fails in people if any(f.rule == rule for f in fails))
        dates: dict[str, list[dt.date]] = {}
        for _, fails in people:
            for f in fails:
                if f.expires is not None:
                    dates.setdefault(f.rule, []).append(f.expires)
        assert item.expiries == {rule: (min(d), max(d)) for rule, d in dates.items()}


def test_expiring_per_month_adds_up_to_the_expiring_list(s):
    months = briefing.expiring_by_month(s, TODAY)
    assert len(months) == 12 and months[0].month == dt.date(2026, 6, 1)
    last = dt.date(2027, 5, 31)
    total = count_expiring(s, (last - TODAY).days, TODAY) - count_expiring(s, -1, TODAY)
    assert sum(sum(m.by_kind.values()) for m in months) == total
    july = next(m for m in months if m.month == dt.date(2026, 7, 1))
    kind, n = max(july.by_kind.items(), key=lambda kv: kv[1])
    rows = briefing.expiring_people(s, july.month, TODAY, kind)
    assert len(rows) == n and all(r.expires_on.month == 7 and r.kind_code == kind for r in rows)


def test_ceiling_use_each_day_is_the_report_to_parliament_of_that_day(s):
    first = TODAY - dt.timedelta(days=briefing.TRACK_DAYS)
    tracks = briefing.ceiling_tracks(s, first, TODAY)
    assert tracks
    by_day = {t.decision_id: dict(t.points) for t in tracks}
    checked = 0
    for offset in range(0, briefing.TRACK_DAYS + 1, 23):  # 32 days spread over two years
        day = first + dt.timedelta(days=offset)
        for section in parliament_report(s, day).sections:
            assert by_day.get(section.id, {}).get(day, 0) == section.totals.total, (day, section)
            checked += section.totals.total
    assert checked > 0


def test_deployed_people_behind_a_strength_bar(s):
    bar = max(briefing.strength_by_mission(s, TODAY), key=lambda b: b.total)
    code, n = max(bar.by_category.items(), key=lambda kv: kv[1])
    people = briefing.deployed_people(s, TODAY, mission=bar.acronym, category_code=code)
    assert len(people) == n
    assert len(briefing.deployed_people(s, TODAY, mission=bar.acronym)) == bar.total
