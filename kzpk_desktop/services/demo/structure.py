"""Demo units, Parliament decisions and rotations: the frame people are placed in.

Everything here is created once per database and found again by its name or
number on a later run, so running the demo twice adds people, not a second
brigade.
"""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ...db.models import Decision, DecisionCeiling, Mission, Rotation, Unit, UnitKind
from ..dates import add_months

KAZBRIG = ("Бітімгершілік бригадасы (ҚАЗБРИГ)", "Миротворческая бригада (КАЗБРИГ)",
           "Peacekeeping Brigade (KAZBRIG)")
#: People one regiment of the demo tree holds; more people, more regiments.
REGIMENT_STRENGTH = 1200

# (kind code, kk, ru, en) of a battalion's fourth, specialised company.
_SPECIAL_COMPANIES = (
    ("medical", "Медициналық рота", "Медицинская рота", "Medical Company"),
    ("engineering", "Инженерлік-сапер ротасы", "Инженерно-сапёрная рота", "Engineer Company"),
    ("intelligence", "Барлау ротасы", "Разведывательная рота", "Reconnaissance Company"),
    ("military_police", "Әскери полиция ротасы", "Рота военной полиции", "Military Police Company"),
    ("support", "Қамтамасыз ету ротасы", "Рота обеспечения", "Support Company"),
)
_HQ = ("Штаб", "Штаб", "Headquarters")


def kk_ordinal(n: int) -> str:
    # Kazakh ordinals take -шы after a number word with back vowels (алты,
    # тоғыз, он, жиырма, отыз, қырық, алпыс, тоқсан), -ші otherwise; the last
    # number word said decides (16 -> алты -> 16-шы, 100 -> жүз -> 100-ші).
    last = next((part for part in (n % 10, n % 100 - n % 10, n % 1000 - n % 100) if part), 0)
    return f"{n}-{'шы' if last in (6, 9, 10, 20, 30, 40, 60, 90) else 'ші'}"


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True, slots=True)
class UnitSlot:
    """A leaf unit people can be assigned to."""

    id: int
    kind: str  # unit kind code
    level: str
    in_kazbrig: bool


@dataclass
class UnitPlan:
    slots: list[UnitSlot]
    created: int

    def of(self, predicate: Callable[[UnitSlot], bool]) -> list[UnitSlot]:
        return [s for s in self.slots if predicate(s)] or self.slots


def build_units(session: Session, servicemen: int, defaults: Callable[[], dict]) -> UnitPlan:
    """Create the KAZBRIG tree (and regiments for big runs) unless it is already there."""
    kinds = dict(session.execute(select(UnitKind.code, UnitKind.id)).all())
    root = session.execute(select(Unit.id).where(Unit.name_en == KAZBRIG[2],
                                                 Unit.parent_id.is_(None))).scalar()
    created = 0
    if root is None:
        builder = _TreeBuilder(session, kinds, defaults)
        root = builder.add(None, "regiment", "hq", KAZBRIG)
        builder.add(root, "company", "hq", ("Бригада штабы", "Штаб бригады", "Brigade Headquarters"))
        builder.add(root, "group", "staff_officers",
                    ("Штаб офицерлері тобы", "Группа штабных офицеров", "Staff Officers Group"))
        builder.add(root, "group", "military_observers",
                    ("Әскери бақылаушылар тобы", "Группа военных наблюдателей",
                     "Military Observers Group"))
        for b in range(1, 4):
            tag = (f"ҚАЗБАТ-{b}", f"КАЗБАТ-{b}", f"KAZBAT-{b}")
            name = (f"{kk_ordinal(b)} бітімгершілік батальоны (ҚАЗБАТ-{b})",
                    f"{b}-й миротворческий батальон (КАЗБАТ-{b})",
                    f"{en_ordinal(b)} Peacekeeping Battalion (KAZBAT-{b})")
            builder.battalion(root, name, tag, special=b - 1)
        for r in range(1, math.ceil(max(0, servicemen - REGIMENT_STRENGTH) / REGIMENT_STRENGTH) + 1):
            reg_tag = (f"{kk_ordinal(r)} полк", f"{r}-й полк", f"{en_ordinal(r)} Regiment")
            reg = builder.add(None, "regiment", "infantry",
                              (f"{kk_ordinal(r)} жеке полк", f"{r}-й отдельный полк",
                               f"{en_ordinal(r)} Separate Regiment"))
            builder.add(reg, "company", "hq", _join(_HQ, reg_tag))
            for b in range(1, 4):
                tag = _join((f"{kk_ordinal(b)} батальон", f"{b}-й батальон",
                             f"{en_ordinal(b)} Battalion"), reg_tag)
                builder.battalion(reg, tag, tag, special=r + b)
        created = builder.count
    return UnitPlan(_load_slots(session, root), created)


def _join(*parts: tuple[str, str, str]) -> tuple[str, str, str]:
    return tuple(", ".join(p[i] for p in parts) for i in range(3))  # type: ignore[return-value]


class _TreeBuilder:
    """Inserts units one by one, parents first (a few thousand rows at most)."""

    def __init__(self, session: Session, kinds: dict[str, int], defaults: Callable[[], dict]):
        self.session, self.kinds, self.defaults = session, kinds, defaults
        self.table = Unit.__table__
        self.count = 0

    def add(self, parent: int | None, level: str, kind: str, names: tuple[str, str, str]) -> int:
        self.count += 1
        return self.session.execute(insert(self.table).returning(self.table.c.id), {
            **self.defaults(), "name_kk": names[0], "name_ru": names[1], "name_en": names[2],
            "kind_id": self.kinds[kind], "level": level, "parent_id": parent}).scalar_one()

    def battalion(self, parent: int, name, tag, special: int) -> None:
        bat = self.add(parent, "battalion", "infantry", name)
        self.add(bat, "company", "hq", _join(_HQ, tag))
        for c in range(1, 4):
            company = _join((f"{kk_ordinal(c)} рота", f"{c}-я рота", f"{en_ordinal(c)} Company"), tag)
            comp = self.add(bat, "company", "infantry", company)
            for p in range(1, 4):
                self.add(comp, "platoon", "infantry", _join(_platoon(p), company))
        kind, *names = _SPECIAL_COMPANIES[special % len(_SPECIAL_COMPANIES)]
        company = _join(tuple(names), tag)
        comp = self.add(bat, "company", kind, company)
        for p in range(1, 3):
            self.add(comp, "platoon", kind, _join(_platoon(p), company))


def _platoon(p: int) -> tuple[str, str, str]:
    return (f"{kk_ordinal(p)} взвод", f"{p}-й взвод", f"{en_ordinal(p)} Platoon")


def _load_slots(session: Session, kazbrig: int) -> list[UnitSlot]:
    rows = session.execute(
        select(Unit.id, Unit.parent_id, Unit.level, UnitKind.code)
        .join(UnitKind, UnitKind.id == Unit.kind_id).where(Unit.retired_on.is_(None))
        .order_by(Unit.id)).all()
    parent = {r.id: r.parent_id for r in rows}
    has_children = {r.parent_id for r in rows}

    def root_of(unit: int) -> int:
        while parent.get(unit) is not None:
            unit = parent[unit]
        return unit

    return [UnitSlot(r.id, r.code, r.level, root_of(r.id) == kazbrig)
            for r in rows if r.id not in has_children]


# --- decisions and rotations -------------------------------------------------------------

@dataclass(frozen=True)
class SeriesSpec:
    """One mission's sequence of rotations and who goes on each."""

    decision: str  # decision number
    mission: str
    first_start: dt.date
    months: int
    troops: int
    staff: int
    experts: int


DECISIONS = (
    # number, date, title, period, overall ceiling, {mission: ceiling}
    ("182-VI", dt.date(2018, 6, 21),
     "О направлении военнослужащих Вооружённых Сил Республики Казахстан для участия "
     "в миротворческих операциях ООН (UNIFIL, MINURSO)",
     (dt.date(2018, 7, 1), dt.date(2023, 12, 31)), 150, {"UNIFIL": 140, "MINURSO": 10}),
    ("45-VIII", dt.date(2024, 1, 19),
     "О направлении до 430 военнослужащих Вооружённых Сил Республики Казахстан для участия "
     "в миротворческих операциях ООН (UNDOF, UNTSO, UNMISS, UNISFA)",
     (dt.date(2024, 1, 19), None), 430, {"UNDOF": 400, "UNTSO": 10, "UNMISS": 10, "UNISFA": 10}),
)

SERIES = (
    SeriesSpec("182-VI", "UNIFIL", dt.date(2018, 10, 15), 6, 120, 2, 0),
    SeriesSpec("182-VI", "MINURSO", dt.date(2019, 1, 10), 12, 0, 0, 5),
    SeriesSpec("45-VIII", "UNDOF", dt.date(2024, 3, 15), 6, 136, 3, 0),
    SeriesSpec("45-VIII", "UNTSO", dt.date(2024, 4, 1), 12, 0, 0, 6),
    SeriesSpec("45-VIII", "UNMISS", dt.date(2024, 5, 1), 12, 0, 4, 4),
    SeriesSpec("45-VIII", "UNISFA", dt.date(2024, 6, 1), 12, 0, 2, 4),
)


@dataclass
class DecisionInfo:
    id: int
    number: str
    ceiling: int
    missions: dict[int, int]  # mission id -> ceiling


@dataclass
class RotationInfo:
    id: int
    mission_id: int
    mission: str
    number: int
    decision_id: int
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    status: str
    spec: SeriesSpec


def build_decisions(session: Session, today: dt.date, defaults: Callable[[], dict]
                    ) -> tuple[dict[str, DecisionInfo], int]:
    """The demo decisions in force by ``today``; the older one superseded by the newer."""
    missions = dict(session.execute(select(Mission.acronym, Mission.id)).all())
    out: dict[str, DecisionInfo] = {}
    created = 0
    previous: int | None = None
    for number, date, title, (start, end), ceiling, per_mission in DECISIONS:
        if date > today:
            break
        found = session.execute(select(Decision.id).where(Decision.number == number)).scalar()
        if found is None:
            found = session.execute(insert(Decision.__table__).returning(Decision.__table__.c.id), {
                **defaults(), "number": number, "date": date, "title": title, "period_from": start,
                "period_to": end, "ceiling": ceiling, "notes": "Демонстрационные данные"}).scalar_one()
            session.execute(insert(DecisionCeiling.__table__), [
                {**defaults(), "decision_id": found, "mission_id": missions[m], "ceiling": c}
                for m, c in per_mission.items()])
            created += 1
            if previous is not None:
                session.execute(Decision.__table__.update()
                                .where(Decision.__table__.c.id == previous,
                                       Decision.__table__.c.superseded_by_id.is_(None))
                                .values(superseded_by_id=found))
        previous = found
        out[number] = DecisionInfo(found, number, ceiling,
                                   {missions[m]: c for m, c in per_mission.items()})
    return out, created


def _series_dates(spec: SeriesSpec, until: dt.date, period_end: dt.date | None
                  ) -> list[tuple[dt.date, dt.date]]:
    out, k = [], 0
    while True:
        start = add_months(spec.first_start, spec.months * k)
        if start > until or (period_end is not None and start > period_end):
            return out
        end = add_months(spec.first_start, spec.months * (k + 1)) - dt.timedelta(days=1)
        if period_end is not None:
            end = min(end, period_end)
        out.append((start, end))
        k += 1


def _statuses(dates: list[tuple[dt.date, dt.date]], today: dt.date) -> list[str]:
    # Past tours are completed, the one under way is deployed, the next one is
    # in training and any later one is still being planned.
    out, next_taken = [], False
    for start, end in dates:
        if end < today:
            out.append("completed")
        elif start <= today:
            out.append("deployed")
        elif not next_taken:
            out.append("training")
            next_taken = True
        else:
            out.append("planning")
    return out


def build_rotations(session: Session, decisions: dict[str, DecisionInfo], today: dt.date,
                    defaults: Callable[[], dict], jitter: Callable[[], int]
                    ) -> tuple[list[RotationInfo], int]:
    """Every rotation of every series up to a year ahead; existing ones are reused as they are."""
    missions = dict(session.execute(select(Mission.acronym, Mission.id)).all())
    periods = {number: end for number, _, _, (_, end), _, _ in DECISIONS}
    rotations: list[RotationInfo] = []
    created = 0
    for spec in SERIES:
        decision = decisions.get(spec.decision)
        if decision is None:
            continue
        mission_id = missions[spec.mission]
        dates = _series_dates(spec, today + dt.timedelta(days=365), periods[spec.decision])
        existing = {r.number: r for r in session.execute(
            select(Rotation).where(Rotation.mission_id == mission_id)).scalars()}
        for number, ((start, end), status) in enumerate(zip(dates, _statuses(dates, today)), 1):
            if number in existing:
                r = existing[number]
                rotations.append(RotationInfo(r.id, mission_id, spec.mission, number, r.decision_id,
                                              r.planned_start, r.planned_end, r.actual_start,
                                              r.actual_end, r.status, spec))
                continue
            # Flights rarely leave on the planned day; never in the future, though.
            actual_start = min(start + dt.timedelta(days=jitter()), today) if status in (
                "deployed", "completed") else None
            actual_end = min(end + dt.timedelta(days=jitter()), today) if status == "completed" \
                else None
            troops = spec.troops > 0
            name = (f"Казахстанская рота {spec.mission}, ротация {number}" if troops
                    else f"Офицеры {spec.mission}, ротация {number}")
            new_id = session.execute(insert(Rotation.__table__).returning(Rotation.__table__.c.id), {
                **defaults(), "mission_id": mission_id, "number": number, "name": name,
                "decision_id": decision.id, "planned_start": start, "planned_end": end,
                "actual_start": actual_start, "actual_end": actual_end, "status": status,
            }).scalar_one()
            created += 1
            rotations.append(RotationInfo(new_id, mission_id, spec.mission, number, decision.id,
                                          start, end, actual_start, actual_end, status, spec))
    return rotations, created
