"""Every "as of" figure of every report, recomputed here from the roster status history
alone (plain Python over the raw rows, not the services' SQL) on a demo database, for a
dozen days spread over its years; no report ever shows a negative count; a ceiling the
data exceeds is said in words with the day."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from export_helpers import header_row
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import (
    Decision,
    DecisionCeiling,
    Mission,
    PersonnelCategory,
    RosterEntry,
    RosterStatusChange,
    Rotation,
    Serviceman,
)
from kzpk_desktop.exports.reports import (
    export_contributions,
    export_nominal_roll,
    export_parliament_report,
    export_participation,
)
from kzpk_desktop.services.demo import generate
from kzpk_desktop.services.overview import gender_share, mission_overview

TODAY = dt.date(2026, 6, 15)
#: Spread over the demo's years (its first decision is of 2018), some on hand-over days.
DAYS = [dt.date(2018, 9, 1), dt.date(2019, 1, 15), dt.date(2019, 8, 20), dt.date(2020, 6, 30),
        dt.date(2021, 3, 1), dt.date(2021, 12, 31), dt.date(2022, 9, 15), dt.date(2023, 5, 10),
        dt.date(2024, 1, 19), dt.date(2024, 3, 15), dt.date(2025, 2, 28), dt.date(2025, 11, 1),
        TODAY]


@pytest.fixture
def demo(sessions):
    generate(sessions, servicemen=1500, seed=5, today=TODAY)
    return sessions


class History:
    """The raw rows, and the definitions of domain.md applied to them in Python."""

    def __init__(self, s) -> None:
        self.changes = defaultdict(list)
        for c in s.execute(select(RosterStatusChange)).scalars():
            self.changes[c.roster_entry_id].append((c.effective_on, c.recorded_at, c.id,
                                                    c.to_status))
        self.entries = s.execute(
            select(RosterEntry.id, RosterEntry.serviceman_id, Rotation.decision_id,
                   Mission.acronym, Mission.name_en, PersonnelCategory.code,
                   PersonnelCategory.name_en.label("category"), PersonnelCategory.un_label,
                   Serviceman.sex, Serviceman.speciality)
            .join(Rotation, Rotation.id == RosterEntry.rotation_id)
            .join(Mission, Mission.id == Rotation.mission_id)
            .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
            .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)).all()
        self.decisions = {d.id: d for d in s.execute(select(Decision)).scalars()}
        self.ceilings = {(c.decision_id, c.mission.acronym): c.ceiling
                         for c in s.execute(select(DecisionCeiling)).scalars()}

    def status(self, entry_id: int, day: dt.date) -> str | None:
        known = [c for c in self.changes[entry_id] if c[0] <= day]
        return max(known, key=lambda c: (c[1], c[2]))[3] if known else None

    def governing(self, decision_id: int, day: dt.date) -> int:
        d = self.decisions[decision_id]
        while d.superseded_by_id and self.decisions[d.superseded_by_id].date <= day:
            d = self.decisions[d.superseded_by_id]
        return d.id

    def in_force(self, day: dt.date) -> set[int]:
        return {d.id for d in self.decisions.values()
                if d.date <= day and (d.period_from is None or d.period_from <= day)
                and (d.period_to is None or day <= d.period_to)
                and not (d.superseded_by_id and self.decisions[d.superseded_by_id].date <= day)}

    def on(self, day: dt.date) -> list[tuple]:
        """(entry, 'approved' | 'deployed') for everyone counted on ``day``."""
        return [(e, st) for e in self.entries
                if (st := self.status(e.id, day)) in ("approved", "deployed")]


def _table(ws) -> list[tuple]:
    return list(ws.iter_rows(min_row=header_row(ws) + 1, values_only=True))


def _label(d) -> str:
    return f"No. {d.number} of {d.date:%d.%m.%Y}"


def test_every_as_of_figure_is_the_one_the_history_gives(demo, out):
    with demo() as s:
        h = History(s)
        seen_approved = seen_deployed = 0
        for day in DAYS:
            counted = h.on(day)
            deployed = [e for e, st in counted if st == "deployed"]
            seen_deployed += len(deployed)
            seen_approved += len(counted) - len(deployed)
            sections = h.in_force(day) | {h.governing(e.decision_id, day) for e, _ in counted}

            # Parliament: per decision and mission, ceiling / approved / deployed / left.
            book = load_workbook(export_parliament_report(s, out / "p.xlsx", as_of=day,
                                                          lang="en", user="u"))
            expected = Counter()
            for e, st in counted:
                expected[h.governing(e.decision_id, day), e.acronym, st] += 1
            rows = {}
            for r in _table(book["Ceilings"]):
                if r[1] and " — " in r[1]:
                    rows[r[0], r[1].split(" — ")[0]] = r[2:7]
            want = {}
            for d_id in sections:
                d = h.decisions[d_id]
                missions = {m for (g, m), _ in h.ceilings.items() if g == d_id} | {
                    m for (g, m, _), _ in expected.items() if g == d_id}
                for m in missions:
                    ceiling = h.ceilings.get((d_id, m))
                    a, dep = expected[d_id, m, "approved"], expected[d_id, m, "deployed"]
                    over = a + dep - (ceiling or 0)
                    left = (None if ceiling is None else ceiling - a - dep) if over <= 0 \
                        else f"Ceiling exceeded by {over} on {day:%d.%m.%Y}"
                    want[_label(d), m] = (ceiling, a, dep, a + dep, left)
            assert rows == want, day

            # By category, by sex, by speciality, mission x sex: approved and deployed.
            for sheet, key in (("By category", "category"), ("By sex", "sex"),
                               ("By speciality", "speciality")):
                got = {(r[0], r[1]): r[2:4] for r in _table(book[sheet])
                       if r[1] is not None and not str(r[1]).startswith("Total")}
                names = {"M": "Male", "F": "Female"} if key == "sex" else {}
                want = Counter()
                for e, st in counted:
                    value = getattr(e, key)
                    value = names.get(value, value) if value is not None else "Not specified"
                    want[_label(h.decisions[h.governing(e.decision_id, day)]), value, st] += 1
                want = {(d, v): (want[d, v, "approved"], want[d, v, "deployed"])
                        for d, v, _ in want}
                if key == "speciality":
                    # Printed in the report's language (several stored spellings may share a
                    # name): compare each decision's totals.
                    got, want = ({d: tuple(map(sum, zip(*[c for (d2, _), c in rows.items()
                                                           if d2 == d])))
                                  for d, _ in rows} for rows in (got, want))
                assert got == want, (day, sheet)
            got = {(r[0], r[1].split(" — ")[0]): r[2:7] for r in _table(book["By mission and sex"])
                   if r[1] and " — " in r[1]}
            want = Counter((_label(h.decisions[h.governing(e.decision_id, day)]), e.acronym,
                            e.sex, st) for e, st in counted)
            assert got == {(d, m): (want[d, m, "M", "approved"], want[d, m, "M", "deployed"],
                                    want[d, m, "F", "approved"], want[d, m, "F", "deployed"],
                                    sum(n for (d2, m2, _, _), n in want.items()
                                        if (d2, m2) == (d, m)))
                           for d, m, _, _ in want}, day
            people = Counter(r[1] for r in _table(book["Deployed personnel"])
                             if r[2] is not None and not str(r[1]).startswith("Total"))
            assert people == Counter(e.acronym for e in deployed), day

            # Contributions: deployed per mission x UN type x sex, and the women's share.
            contrib = load_workbook(export_contributions(s, out / "c.xlsx", as_of=day,
                                                         user="u")).active
            got = {(r[0], r[1]): (r[2], r[3], r[4]) for r in _table(contrib)
                   if r[0] not in ("All missions", "Total") and isinstance(r[2], int)
                   and r[1] in {e.un_label for e in h.entries}}  # not the subtotals
            sexes = Counter((e.acronym, e.un_label, e.sex) for e in deployed)
            assert got == {(m, t): (sexes[m, t, "M"], sexes[m, t, "F"],
                                    sexes[m, t, "M"] + sexes[m, t, "F"])
                           for m, t, _ in sexes}, day
            for r in _table(contrib):
                if r[4]:
                    assert r[5] == pytest.approx(r[3] / r[4])

            # The roll of each mission on the day, the missions area and the roster summary.
            by_mission = Counter(e.acronym for e in deployed)
            for mission, n in by_mission.items():
                roll = load_workbook(export_nominal_roll(s, out / "r.xlsx", mission=mission,
                                                         as_of=day, user="u")).active
                serials = [r for r in _table(roll) if isinstance(r[0], int)]  # not totals
                assert len(serials) == n, (day, mission)
            strength = {(o.acronym, code, sex): n for o in mission_overview(s, on=day)
                        for code, by_sex in o.strength.items() for sex, n in by_sex.items() if n}
            assert strength == dict(Counter((e.acronym, e.code, e.sex) for e in deployed)), day
            mission_ids = dict(s.execute(select(Mission.acronym, Mission.id)).all())
            for mission in by_mission:
                shares = {g.category: (g.men, g.women)
                          for g in gender_share(s, mission_id=mission_ids[mission], on=day)}
                assert shares == {c: (sum(1 for e in deployed if (e.acronym, e.code, e.sex) ==
                                          (mission, c, "M")),
                                      sum(1 for e in deployed if (e.acronym, e.code, e.sex) ==
                                          (mission, c, "F")))
                                  for c in {e.code for e in deployed if e.acronym == mission}}
    # The days chosen see people both cleared and in the missions.
    assert seen_approved > 0 and seen_deployed > 100


def test_participation_counts_persons_and_tours_from_the_history(demo, out):
    start, end = dt.date(2019, 1, 1), dt.date(2025, 12, 31)
    with demo() as s:
        h = History(s)
        book = load_workbook(export_participation(s, out / "part.xlsx", start=start, end=end,
                                                  lang="en", user="u")).active
        got = {(r[0].split(" — ")[0], r[1]): r[2:5] for r in _table(book) if " — " in r[0]}

        def served(entry_id: int) -> bool:
            days = {start} | {c[0] for c in h.changes[entry_id] if start < c[0] <= end}
            return any(h.status(entry_id, d) == "deployed" for d in days)

        went = [e for e in h.entries if served(e.id)]
        now = [e for e in h.entries if h.status(e.id, end) == "deployed"]
        want = {}
        for m in {e.acronym for e in went + now}:
            for c in {e.category for e in went + now if e.acronym == m} | {"All categories"}:
                mine = [e for e in went if e.acronym == m and c in (e.category, "All categories")]
                want[m, c] = (len({e.serviceman_id for e in mine}), len(mine),
                              sum(1 for e in now if e.acronym == m
                                  and c in (e.category, "All categories")))
    assert got == want
    assert sum(v[1] for (m, c), v in got.items() if c == "All categories") > 300


def test_no_report_shows_a_negative_count_and_an_exceeded_ceiling_is_said_in_words(demo, out):
    day = dt.date(2025, 2, 28)
    with write_session(demo) as s:
        # Parliament lowers a ceiling below what is on file (or the file is wrong): the data
        # says the ceiling was exceeded on the day.
        h = History(s)
        busiest = Counter((h.governing(e.decision_id, day), e.acronym)
                          for e, _ in h.on(day)).most_common(1)[0][0]
        s.execute(update(DecisionCeiling).where(
            DecisionCeiling.decision_id == busiest[0],
            DecisionCeiling.mission_id == select(Mission.id).where(
                Mission.acronym == busiest[1]).scalar_subquery())
            .values(ceiling=1))
    files = []
    with demo() as s:
        for when in (day, *DAYS[::3]):
            files.append(export_parliament_report(s, out / f"p-{when}.xlsx", as_of=when,
                                                  lang="ru", user="u"))
            files.append(export_contributions(s, out / f"c-{when}.xlsx", as_of=when, user="u"))
        files.append(export_participation(s, out / "part.xlsx", start=dt.date(2014, 1, 1),
                                          user="u"))
        for rotation_id in s.execute(select(Rotation.id)).scalars():
            files.append(export_nominal_roll(s, out / f"r-{rotation_id}.xlsx",
                                             rotation_id=rotation_id, user="u"))
    numbers = 0
    for path in files:
        for ws in load_workbook(path).worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        numbers += 1
                        assert v >= 0, (path.name, ws.title, row)
    assert numbers > 1000
    summary = load_workbook(files[0])["Предельная численность"]
    words = [r for r in _table(summary) if r[1] and r[1].startswith(busiest[1] + " — ")]
    assert len(words) == 1
    assert words[0][2] == 1 and words[0][6] == (
        f"Предельная численность превышена на {words[0][5] - 1} на {day:%d.%m.%Y}")
    notes = [r[0] for r in summary.iter_rows(values_only=True)
             if r[0] and "превышение на" in str(r[0])]
    assert notes == [f"{busiest[1]}, № {h.decisions[busiest[0]].number} от "
                     f"{h.decisions[busiest[0]].date:%d.%m.%Y}: на {day:%d.%m.%Y} утверждено "
                     f"или развёрнуто {words[0][5]} чел. при предельной численности 1; "
                     f"превышение на {words[0][5] - 1}."]
