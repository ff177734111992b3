"""The figures of the Overview area: what a supervisor asks every morning.

Each answer reuses the definitions the paperwork uses (``reports.strength``:
deployed and approved on a day, the governing decision, the parity target), so
the overview never disagrees with a report printed the same day. Everything is
aggregated in SQL or from one set-based read; nothing here runs a query per
person.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    DecisionCeiling,
    DocumentKind,
    Mission,
    PersonnelCategory,
    Rank,
    RosterEntry,
    Rotation,
    Serviceman,
)
from .dates import add_months
from .eligibility import RULE_NAMES, RULES, eligibility_for_rotation
from .expiry import ExpiringRow, expiring_by_day, expiring_documents
from .reports.strength import contributions
from .reports.tours import (
    counted_on,
    counted_periods,
    decisions_by_id,
    deployed_on,
    governing_on,
    in_force,
)
from .rotations import list_rotations

#: Rotations whose readiness the overview follows.
UPCOMING_STATUSES = ("planning", "training")
#: Months of document expiry shown ahead.
EXPIRY_MONTHS = 12


# --- strength by mission and category -----------------------------------------------------

@dataclass(frozen=True)
class MissionStrength:
    mission_id: int
    acronym: str
    #: category code -> people deployed on the day (UN category order)
    by_category: dict[str, int]
    #: the governing decision's ceiling for the mission (None: no ceiling set)
    ceiling: int | None

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class Category:
    code: str
    name: str  # in the requested language
    un_label: str


def categories(session: Session, lang: str) -> list[Category]:
    """The UN personnel categories in the UN's reporting order."""
    return [Category(c.code, c.name(lang), c.un_label) for c in session.scalars(
        select(PersonnelCategory).order_by(PersonnelCategory.sort_order, PersonnelCategory.id))]


def sections_on(session: Session, on: dt.date) -> set[int]:
    """The decisions the report to Parliament of ``on`` has a section for: those in force
    that day, and those governing someone counted that day."""
    decisions = decisions_by_id(session)
    chosen = {d.id for d in decisions.values() if in_force(d, decisions, on)}
    for decision_id, in session.execute(
            select(Rotation.decision_id).distinct().select_from(RosterEntry)
            .join(Rotation, Rotation.id == RosterEntry.rotation_id).where(counted_on(on))):
        chosen.add(governing_on(decisions, decision_id, on))
    return chosen


def strength_by_mission(session: Session, on: dt.date, *, lang: str = "ru"
                        ) -> list[MissionStrength]:
    """People deployed on ``on`` per mission and personnel category (the contributions'
    figures), with the ceiling the governing Parliament decision sets for each mission."""
    counts: dict[str, Counter] = {}
    for line in contributions(session, on).lines:
        counts.setdefault(line.mission, Counter())[line.category_code] += line.total
    ceilings: dict[str, int] = {}
    missions_by_id = {m.id: m.acronym for m in session.scalars(select(Mission))}
    for decision_id in sections_on(session, on):
        for mission_id, ceiling in session.execute(
                select(DecisionCeiling.mission_id, DecisionCeiling.ceiling)
                .where(DecisionCeiling.decision_id == decision_id)):
            acronym = missions_by_id[mission_id]
            ceilings[acronym] = ceilings.get(acronym, 0) + ceiling
    missions = {m.acronym: m.id for m in session.scalars(select(Mission))}
    order = [c.code for c in categories(session, lang)]
    result = []
    for acronym in sorted(set(counts) | set(ceilings)):
        own = counts.get(acronym, Counter())
        result.append(MissionStrength(missions[acronym], acronym,
                                      {code: own[code] for code in order if own[code]},
                                      ceilings.get(acronym)))
    return result


# --- ceiling use per decision over time -------------------------------------------------

#: How far back the ceiling-use lines go.
TRACK_DAYS = 730


@dataclass(frozen=True)
class CeilingTrack:
    decision_id: int
    number: str
    ceiling: int
    #: (day, places taken: approved + deployed) for each day the decision was in force or
    #: had places taken
    points: list[tuple[dt.date, int]]

    @property
    def exceeded_on(self) -> dt.date | None:
        """The first day the places taken went over the ceiling."""
        return next((day for day, n in self.points if n > self.ceiling), None)


def ceiling_tracks(session: Session, first: dt.date, last: dt.date) -> list[CeilingTrack]:
    """Places taken under each Parliament decision on every day from ``first`` to ``last``,
    counted as the report to Parliament counts them (approved or deployed on the day,
    charged to the decision governing that day): one read of every counted stretch of days,
    then a running sum per decision."""
    decisions = decisions_by_id(session)
    span = (last - first).days + 1
    steps: dict[int, list[int]] = {}
    for decision_id, start, after in counted_periods(session):
        start, after = max(start, first), min(after, last + dt.timedelta(days=1))
        while start < after:
            # Charged to the decision governing the day; it changes when a superseding one
            # is adopted, so the stretch is cut there.
            governing = governing_on(decisions, decision_id, start)
            change = _next_supersession(decisions, decision_id, start)
            end = after if change is None else min(after, change)
            row = steps.setdefault(governing, [0] * (span + 1))
            row[(start - first).days] += 1
            row[(end - first).days] -= 1
            start = end
    tracks = []
    for d in sorted(decisions.values(), key=lambda d: (d.date, d.number)):
        row = steps.get(d.id, [0] * (span + 1))
        taken, points = 0, []
        for i in range(span):
            taken += row[i]
            day = first + dt.timedelta(days=i)
            if taken or in_force(d, decisions, day):
                points.append((day, taken))
        if points:
            tracks.append(CeilingTrack(d.id, d.number, d.ceiling, points))
    return tracks


def _next_supersession(decisions, decision_id: int, day: dt.date) -> dt.date | None:
    """The first day after ``day`` on which another decision governs ``decision_id``'s
    rotations (a superseding decision adopted then), or None."""
    current = governing_on(decisions, decision_id, day)
    nxt = decisions[current].superseded_by_id
    while nxt is not None:
        if decisions[nxt].date > day:
            return decisions[nxt].date
        current, nxt = nxt, decisions[nxt].superseded_by_id
    return None


# --- women's share against the parity target ---------------------------------------------

@dataclass(frozen=True)
class ShareBar:
    mission: str | None  # acronym; None: all missions
    category_code: str
    women: int
    total: int
    target: float | None  # share of women the UN asks for that year (0..1)

    @property
    def share(self) -> float | None:
        return self.women / self.total if self.total else None


def women_share(session: Session, on: dt.date) -> list[ShareBar]:
    """The women's share per mission and UN category, then all missions per category,
    against the parity target of ``on``'s year (as on the contributions sheet)."""
    figures = contributions(session, on)
    return ([ShareBar(c.mission, c.category_code, c.female, c.total, c.target)
             for c in figures.lines]
            + [ShareBar(None, c.category_code, c.female, c.total, c.target)
               for c in figures.by_category])


# --- readiness of the next rotations ------------------------------------------------------

@dataclass(frozen=True)
class Readiness:
    rotation_id: int
    mission: str
    number: int
    status: str
    planned_start: dt.date
    nominees: int  # nominated or approved
    eligible: int
    #: rule -> nominees failing it (a person may fail several rules)
    blocked: dict[str, int]
    #: rule -> the earliest and latest expiry of the documents that block it
    expiries: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)


def readiness(session: Session) -> list[Readiness]:
    """For each rotation in planning or training, how many nominees meet every rule and
    how many each rule blocks, with when the blocking documents expire."""
    result = []
    for row in list_rotations(session):
        if row.status not in UPCOMING_STATUSES:
            continue
        nominees = row.counts.get("nominated", 0) + row.counts.get("approved", 0)
        entries = {e for e, in session.execute(
            select(RosterEntry.id).where(RosterEntry.rotation_id == row.id,
                                         RosterEntry.status.in_(("nominated", "approved"))))}
        failures = {k: v for k, v in eligibility_for_rotation(session, row.id).items()
                    if k in entries}
        blocked: Counter = Counter()
        expiries: dict[str, tuple[dt.date, dt.date]] = {}
        for fails in failures.values():
            for rule in {f.rule for f in fails}:
                blocked[rule] += 1
            for f in fails:
                if f.expires is not None:
                    low, high = expiries.get(f.rule, (f.expires, f.expires))
                    expiries[f.rule] = (min(low, f.expires), max(high, f.expires))
        eligible = sum(1 for e in entries if not failures.get(e))
        result.append(Readiness(row.id, row.mission, row.number, row.status,
                                row.planned_start, nominees, eligible,
                                {r: blocked[r] for r in RULES if blocked[r]}, expiries))
    result.sort(key=lambda r: (r.planned_start, r.mission, r.number))
    return result


# --- documents expiring per month ---------------------------------------------------------

@dataclass(frozen=True)
class ExpiryMonth:
    month: dt.date  # the first day of the month
    by_kind: dict[str, int]  # document kind code -> current documents expiring that month


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def expiring_by_month(session: Session, today: dt.date, *, months: int = EXPIRY_MONTHS
                      ) -> list[ExpiryMonth]:
    """Current documents expiring in each of the next ``months`` months (this one from
    today), per kind: the Expiring documents area's definition, read grouped by day."""
    first = month_start(today)
    last = add_months(first, months) - dt.timedelta(days=1)
    per: dict[dt.date, Counter] = {add_months(first, i): Counter() for i in range(months)}
    for code, day, n in expiring_by_day(session, today, (last - today).days, since=today):
        per[month_start(day)][code] += n
    return [ExpiryMonth(month, dict(c)) for month, c in sorted(per.items())]


def document_kind_names(session: Session, lang: str) -> dict[str, str]:
    return {k.code: k.name(lang) for k in session.scalars(
        select(DocumentKind).order_by(DocumentKind.sort_order, DocumentKind.id))}


# --- the people behind a bar -------------------------------------------------------------

@dataclass(frozen=True)
class PersonRow:
    serviceman_id: int
    surname: str
    given_name: str
    iin: str
    rank: str | None
    detail: str  # what puts the person on this list (a category, a document, a reason)


def _person_columns(lang: str):
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    return (Serviceman.id, Serviceman.surname, Serviceman.given_name, Serviceman.iin,
            rank_name.label("rank"))


def deployed_people(session: Session, on: dt.date, *, mission: str,
                    category_code: str | None = None, lang: str = "ru") -> list[PersonRow]:
    """Who is deployed in ``mission`` on ``on`` (optionally one category): the list behind a
    strength or a women's-share bar."""
    cat_name = getattr(PersonnelCategory, f"name_{lang}", PersonnelCategory.name_en)
    stmt = (select(*_person_columns(lang), cat_name.label("category"), Serviceman.sex)
            .select_from(RosterEntry)
            .join(Rotation, Rotation.id == RosterEntry.rotation_id)
            .join(Mission, Mission.id == Rotation.mission_id)
            .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
            .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
            .outerjoin(Rank, Rank.id == Serviceman.rank_id)
            .where(deployed_on(on), Mission.acronym == mission)
            .order_by(Serviceman.sort_key, Serviceman.id))
    if category_code is not None:
        stmt = stmt.where(PersonnelCategory.code == category_code)
    return [PersonRow(r.id, r.surname, r.given_name, r.iin, r.rank, r.category)
            for r in session.execute(stmt)]


def blocked_people(session: Session, rotation_id: int, rule: str | None = None, *,
                   lang: str = "ru") -> list[tuple[PersonRow, list]]:
    """Nominees of a rotation who fail ``rule`` (None: any rule), with their failures."""
    failures = eligibility_for_rotation(session, rotation_id)
    rows = session.execute(
        select(RosterEntry.id.label("entry"), *_person_columns(lang))
        .select_from(RosterEntry)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .where(RosterEntry.rotation_id == rotation_id,
               RosterEntry.status.in_(("nominated", "approved")))
        .order_by(Serviceman.sort_key, Serviceman.id))
    result = []
    for r in rows:
        fails = [f for f in failures.get(r.entry, []) if rule is None or f.rule == rule]
        if fails:
            result.append((PersonRow(r.id, r.surname, r.given_name, r.iin, r.rank, ""), fails))
    return result


def expiring_people(session: Session, month: dt.date, today: dt.date,
                    kind_code: str | None = None, *, lang: str = "ru") -> list[ExpiringRow]:
    """The documents behind one month's bar (from today on in the current month)."""
    last = add_months(month, 1) - dt.timedelta(days=1)
    return expiring_documents(session, within_days=(last - today).days, today=today,
                              since=max(month, today),
                              kind_codes=[kind_code] if kind_code else None, lang=lang)


# --- everything the Overview area shows, in one read ----------------------------------------

@dataclass(frozen=True)
class Briefing:
    on: dt.date
    categories: list[Category]
    strength: list[MissionStrength]
    tracks: list[CeilingTrack]
    shares: list[ShareBar]
    readiness: list[Readiness]
    expiring: list[ExpiryMonth]
    kinds: dict[str, str]  # document kind code -> name
    rule_names: dict[str, str]  # rule -> English template (translated by the GUI)


#: The parts of the Overview, each read on its own (the page shows each as it comes).
PARTS = ("strength", "ceilings", "shares", "readiness", "expiring")


def briefing(session: Session, on: dt.date, *, lang: str = "ru",
             parts: Sequence[str] = PARTS) -> Briefing:
    """The figures of the Overview area as of ``on`` (SQL aggregation); only ``parts`` are
    read, the others are left empty."""
    def part(name: str, read):
        return read() if name in parts else []

    return Briefing(
        on, categories(session, lang),
        part("strength", lambda: strength_by_mission(session, on, lang=lang)),
        part("ceilings", lambda: ceiling_tracks(session, on - dt.timedelta(days=TRACK_DAYS),
                                                on)),
        part("shares", lambda: women_share(session, on)),
        part("readiness", lambda: readiness(session)),
        part("expiring", lambda: expiring_by_month(session, on)),
        document_kind_names(session, lang), dict(RULE_NAMES))
