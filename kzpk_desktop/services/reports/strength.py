"""Head counts on a day: the report to Parliament and the UN-style contributions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...db.models import (
    Assignment,
    DecisionCeiling,
    Mission,
    PersonnelCategory,
    Rank,
    RosterEntry,
    Rotation,
    Serviceman,
    Unit,
)
from ..parity import parity_target
from ..text import full_name
from .tours import (
    DecisionInfo,
    counted_on,
    decisions_by_id,
    deployed_on,
    governing_on,
    in_force,
    state_on,
    tour_end,
    tour_start,
)

@dataclass(frozen=True)
class Counts:
    approved: int = 0
    deployed: int = 0

    @property
    def total(self) -> int:
        """Places taken under the ceiling: approved plus deployed."""
        return self.approved + self.deployed

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.approved + other.approved, self.deployed + other.deployed)


def _count(state: str, n: int) -> Counts:
    return Counts(deployed=n) if state == "deployed" else Counts(approved=n)


@dataclass(frozen=True)
class MissionLine:
    mission_id: int
    acronym: str
    name: str
    ceiling: int | None  # None: the decision sets no ceiling for this mission
    counts: Counts

    @property
    def remaining(self) -> int | None:
        """Places left (never below 0; see ``excess``); None without a ceiling."""
        return None if self.ceiling is None else max(0, self.ceiling - self.counts.total)

    @property
    def excess(self) -> int:
        """How many more than the ceiling were counted on the day (0: within it)."""
        return excess(self.ceiling, self.counts.total)


def excess(ceiling: int | None, counted: int) -> int:
    """People counted above a ceiling; with no ceiling for the mission, everyone counted."""
    return max(0, counted - (ceiling or 0))


@dataclass(frozen=True)
class PersonLine:
    mission: str
    rank: str | None
    rank_order: int | None
    name: str  # "Surname Given Patronymic" (Latin as in the passport for English)
    unit: str | None  # the home unit the person was assigned to on the day
    category: str
    sub_unit: str | None
    arrival: dt.date
    departure: dt.date


@dataclass
class DecisionSection:
    id: int
    number: str
    date: dt.date
    title: str
    period_from: dt.date | None
    period_to: dt.date | None
    ceiling: int
    missions: list[MissionLine]
    by_category: list[tuple[str, Counts]]  # category name, counts
    by_sex: list[tuple[str, Counts]]  # "M" / "F", counts
    by_speciality: list[tuple[str | None, Counts]]  # None: not recorded
    people: list[PersonLine]  # deployed on the day
    #: mission acronym, "M" / "F", counts (the missions in ``missions``' order)
    by_mission_sex: list[tuple[str, str, Counts]] = field(default_factory=list)

    @property
    def totals(self) -> Counts:
        return sum((m.counts for m in self.missions), Counts())

    @property
    def remaining(self) -> int:
        """Places left under the overall ceiling (never below 0; see ``excess``)."""
        return max(0, self.ceiling - self.totals.total)

    @property
    def excess(self) -> int:
        return excess(self.ceiling, self.totals.total)


@dataclass
class ParliamentReport:
    as_of: dt.date
    sections: list[DecisionSection]

    @property
    def totals(self) -> Counts:
        return sum((s.totals for s in self.sections), Counts())


def parliament_report(session: Session, as_of: dt.date, *, lang: str = "ru") -> ParliamentReport:
    """Per Parliament decision in force on ``as_of`` (or governing people counted that day):
    ceiling vs approved vs deployed per mission and overall, by personnel category, by sex,
    by speciality, and the deployed people. See the module docstring for the definitions."""
    decisions = decisions_by_id(session)
    cat_name = getattr(PersonnelCategory, f"name_{lang}", PersonnelCategory.name_en)
    # Grouped outside a subquery: PostgreSQL does not see a CASE repeated in GROUP BY
    # (with its own bound dates) as the selected one.
    people = (
        select(Rotation.decision_id, Rotation.mission_id, cat_name.label("category"),
               PersonnelCategory.sort_order, Serviceman.sex, Serviceman.speciality,
               state_on(as_of).label("state"))
        .select_from(RosterEntry)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .where(counted_on(as_of))
    ).subquery()
    keys = list(people.c)
    rows = session.execute(select(*keys, func.count().label("n")).group_by(*keys)).all()
    chosen = {d.id for d in decisions.values() if in_force(d, decisions, as_of)}
    per: dict[int, dict[str, dict]] = {}
    for r in rows:
        gov = governing_on(decisions, r.decision_id, as_of)
        chosen.add(gov)
        acc = per.setdefault(gov, _empty())
        c = _count(r.state, r.n)
        for key, value in (("mission", r.mission_id), ("category", (r.sort_order, r.category)),
                           ("sex", r.sex), ("speciality", r.speciality),
                           ("mission_sex", (r.mission_id, r.sex))):
            acc[key][value] = acc[key].get(value, Counts()) + c
    missions = {m.id: m for m in session.execute(select(Mission)).scalars()}
    ceilings: dict[int, dict[int, int]] = {}
    for decision_id, mission_id, ceiling in session.execute(
            select(DecisionCeiling.decision_id, DecisionCeiling.mission_id,
                   DecisionCeiling.ceiling)):
        ceilings.setdefault(decision_id, {})[mission_id] = ceiling
    people = _deployed_people(session, as_of, lang, decisions)
    sections = []
    for d in sorted((decisions[i] for i in chosen), key=lambda d: (d.date, d.number)):
        acc = per.get(d.id, _empty())
        own = ceilings.get(d.id, {})
        lines = [MissionLine(m, missions[m].acronym, missions[m].name(lang), own.get(m),
                             acc["mission"].get(m, Counts()))
                 for m in sorted(set(own) | set(acc["mission"]), key=lambda m: missions[m].acronym)]
        sections.append(DecisionSection(
            d.id, d.number, d.date, d.title, d.period_from, d.period_to, d.ceiling, lines,
            [(name, c) for (_, name), c in sorted(acc["category"].items())],
            sorted(acc["sex"].items(), key=lambda kv: ("M", "F").index(kv[0])),
            sorted(acc["speciality"].items(), key=lambda kv: (kv[0] is None, kv[0] or "")),
            people.get(d.id, []),
            [(line.acronym, sex, acc["mission_sex"][line.mission_id, sex])
             for line in lines for sex in ("M", "F")
             if (line.mission_id, sex) in acc["mission_sex"]]))
    return ParliamentReport(as_of, sections)


def _empty() -> dict[str, dict]:
    return {"mission": {}, "category": {}, "sex": {}, "speciality": {}, "mission_sex": {}}


def _deployed_people(session: Session, day: dt.date, lang: str,
                     decisions: dict[int, DecisionInfo]) -> dict[int, list[PersonLine]]:
    unit_name = getattr(Unit, f"name_{lang}", Unit.name_en)
    unit_on_day = (
        select(unit_name).select_from(Assignment).join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.serviceman_id == Serviceman.id, Assignment.date_from <= day,
               or_(Assignment.date_to.is_(None), Assignment.date_to >= day))
        .order_by(Assignment.date_from.desc(), Assignment.id.desc()).limit(1)
        .correlate(Serviceman).scalar_subquery())
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    cat_name = getattr(PersonnelCategory, f"name_{lang}", PersonnelCategory.name_en)
    stmt = (
        select(Rotation.decision_id, Mission.acronym, rank_name.label("rank"),
               Rank.sort_order, Serviceman.surname, Serviceman.given_name, Serviceman.patronymic,
               Serviceman.surname_latin, Serviceman.given_names_latin,
               unit_on_day.label("unit"), cat_name.label("category"), RosterEntry.sub_unit,
               tour_start().label("arrival"), tour_end().label("departure"))
        .select_from(RosterEntry)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .join(Mission, Mission.id == Rotation.mission_id)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .where(deployed_on(day))
        .order_by(Mission.acronym, Rank.sort_order.is_(None), Rank.sort_order.desc(),
                  Serviceman.sort_key, RosterEntry.id)
    )
    out: dict[int, list[PersonLine]] = {}
    for r in session.execute(stmt):
        if lang == "en" and r.surname_latin:
            name = " ".join(p for p in (r.surname_latin, r.given_names_latin) if p)
        else:
            name = full_name(r)
        out.setdefault(governing_on(decisions, r.decision_id, day), []).append(PersonLine(
            r.acronym, r.rank, r.sort_order, name, r.unit, r.category, r.sub_unit, r.arrival,
            r.departure))
    return out


# --- UN-style contributions ----------------------------------------------------------------

@dataclass(frozen=True)
class ContributionLine:
    mission: str | None  # acronym; None on the all-missions lines
    category_code: str | None  # None on the grand total
    category: str | None  # as the UN reports it
    male: int
    female: int
    target: float | None  # share of women the UN parity strategy asks for that year

    @property
    def total(self) -> int:
        return self.male + self.female

    @property
    def women_share(self) -> float | None:
        return self.female / self.total if self.total else None

    @property
    def meets_target(self) -> bool | None:
        share = self.women_share
        return None if share is None or self.target is None else share >= self.target


@dataclass
class Contributions:
    as_of: dt.date
    lines: list[ContributionLine]  # mission x category, non-empty only
    by_category: list[ContributionLine]  # all missions, per category
    total: ContributionLine


def contributions(session: Session, as_of: dt.date) -> Contributions:
    """People deployed on ``as_of`` (see :func:`deployed_on`) per mission x UN category x sex,
    with the share of women against the UN gender parity target of that year."""
    def target(code: str | None) -> float | None:
        value = parity_target(code, as_of.year) if code else None
        return None if value is None else float(value) / 100

    rows = session.execute(
        select(Mission.acronym, PersonnelCategory.code, PersonnelCategory.un_label,
               PersonnelCategory.sort_order, Serviceman.sex, func.count().label("n"))
        .select_from(RosterEntry)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .join(Mission, Mission.id == Rotation.mission_id)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .where(deployed_on(as_of))
        .group_by(Mission.acronym, PersonnelCategory.code, PersonnelCategory.un_label,
                  PersonnelCategory.sort_order, Serviceman.sex)
    ).all()
    cells: dict[tuple, list[int]] = {}
    for r in rows:
        for key in ((r.acronym, r.sort_order, r.code, r.un_label),
                    (None, r.sort_order, r.code, r.un_label)):
            cells.setdefault(key, [0, 0])[0 if r.sex == "M" else 1] += r.n

    def line(key: tuple) -> ContributionLine:
        mission, _, code, label = key
        male, female = cells[key]
        return ContributionLine(mission, code, label, male, female, target(code))

    lines = [line(k) for k in sorted(k for k in cells if k[0] is not None)]
    by_category = [line(k) for k in sorted(k for k in cells if k[0] is None)]
    total = ContributionLine(None, None, None, sum(c.male for c in by_category),
                             sum(c.female for c in by_category), None)
    return Contributions(as_of, lines, by_category, total)
