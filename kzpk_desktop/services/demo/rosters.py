"""Who goes on which demo rotation, in which status, within Parliament's ceilings.

Planned before anyone is written out, because a place on a roster decides a
person's unit, status and documents (someone approved for a tour holds a
passport valid six months past its end).
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..identity import age_on
from .structure import RotationInfo

#: Ranks that may serve as staff officers or military observers (captain to colonel).
INDIVIDUAL_RANKS = frozenset({"captain", "major", "lieutenant_colonel", "colonel"})
GENERALS = frozenset({"major_general", "lieutenant_general", "colonel_general",
                      "general_of_the_army"})
#: Officers who go with a contingent: platoon and company commanders.
CONTINGENT_OFFICERS = frozenset({"lieutenant", "senior_lieutenant", "captain"})
#: Roster statuses that take a place under Parliament's ceiling (as ceilings.py counts).
COUNTED = frozenset({"approved", "deployed"})
#: Share of the people in one run that end up on some roster, at most.
ROSTER_SHARE = 0.35

# rotation status -> (main roster status, [(minority status, share)]); a minority
# status appears at least once on a roster of three or more.
_MIX = {
    "completed": ("completed", (("repatriated", 0.03), ("withdrawn", 0.04))),
    "deployed": ("deployed", (("repatriated", 0.02), ("withdrawn", 0.03))),
    "training": ("approved", (("nominated", 0.15), ("withdrawn", 0.05))),
    "planning": ("nominated", (("approved", 0.10), ("withdrawn", 0.05))),
}
_REPATRIATION_REASONS = ("по состоянию здоровья", "по семейным обстоятельствам",
                         "дисциплинарное нарушение", "по ранению", "по личной просьбе")
_STAFF_POSTS = ("U3 Operations Officer", "U2 Information Officer", "U4 Logistics Officer",
                "U5 Plans Officer", "Military Liaison Officer")
_TROOP_POSTS_OFFICER = ("командир роты", "заместитель командира роты", "командир взвода")
_TROOP_POSTS_NCO = ("командир отделения", "заместитель командира взвода", "старшина роты")
_TROOP_POSTS = ("стрелок", "пулемётчик", "снайпер", "механик-водитель", "санитар", "сапёр",
                "водитель", "повар", "связист")


@dataclass(slots=True)
class RosterPlan:
    rotation: RotationInfo
    category: str  # personnel category code
    status: str
    appointment: str | None = None
    sub_unit: str | None = None
    arrival: dt.date | None = None
    departure: dt.date | None = None
    un_index: str | None = None
    reason: str | None = None
    repatriation_date: dt.date | None = None
    #: Documents must meet every roster rule for this rotation.
    eligible: bool = False
    person_status: str = "active"

    @property
    def active(self) -> bool:
        """On a tour under way or to come: the person sits in KAZBRIG."""
        return self.rotation.status != "completed" and self.status in (
            "nominated", "approved", "deployed")


@dataclass
class Room:
    """Places left under one governing decision: per mission and overall."""

    mission: dict[int, int]
    overall: int

    def take(self, mission_id: int) -> bool:
        if self.overall <= 0 or self.mission.get(mission_id, 0) <= 0:
            return False
        self.mission[mission_id] -= 1
        self.overall -= 1
        return True


def plan_rosters(rng: random.Random, cores: Sequence, ranks: dict[str, tuple[int, str]],
                 rotations: list[RotationInfo], room_of: Callable[[RotationInfo], Room],
                 today: dt.date, un_taken: set[str]) -> dict[int, RosterPlan]:
    """Person index (into ``cores``) -> their roster entry; one entry per person.

    ``room_of`` gives the places left under the decision governing a rotation;
    approving or deploying someone takes one, and without one the person stays
    nominated, so approved + deployed never exceeds a ceiling. Places are
    counted over the decision's whole life, which is stricter than the
    day-by-day rule the application applies.
    """
    n = len(cores)
    demand = sum(r.spec.troops + r.spec.staff + r.spec.experts for r in rotations) or 1
    scale = min(1.0, ROSTER_SHARE * n / demand)
    order = list(range(n))
    rng.shuffle(order)
    officers = [i for i in order if cores[i].rank in INDIVIDUAL_RANKS]
    troops = [i for i in order if ranks[cores[i].rank][1] != "officer"
              or cores[i].rank in CONTINGENT_OFFICERS]
    used: set[int] = set()
    plans: dict[int, RosterPlan] = {}
    for rot in sorted(rotations, key=lambda r: (r.planned_start, r.mission)):
        start = rot.planned_start

        def fits(i: int, lo: int, hi: int) -> bool:
            born = dt.date.fromordinal(cores[i].birth)
            return i not in used and born < start and lo <= age_on(born, start) <= hi

        people = []
        for category, wanted, pool, ages in (
                ("troops", rot.spec.troops, troops, (20, 60)),
                ("staff-officer", rot.spec.staff, officers, (25, 55)),
                ("expert", rot.spec.experts, officers, (25, 55))):
            if not wanted:
                continue
            size = max(4 if category == "troops" else 1, round(wanted * scale))
            if rot.status == "planning":
                size = max(1, round(size * 0.7))  # the list is still being drawn up
            for i in _take(pool, size, lambda i: fits(i, *ages)):
                used.add(i)
                people.append((i, category))
        statuses = _status_mix(rng, rot.status, len(people))
        room = room_of(rot)
        for (i, category), status in zip(people, statuses):
            if status in COUNTED and not room.take(rot.mission_id):
                status = "nominated"  # no place left: nobody exceeds the ceiling
            plans[i] = _entry(rng, rot, cores[i], ranks, category, status, today, un_taken)
    return plans


def _take(pool: list[int], k: int, ok: Callable[[int], bool]) -> list[int]:
    """Up to ``k`` suitable people from the end of ``pool``; the unsuitable stay for later."""
    picked, skipped = [], []
    while pool and len(picked) < k:
        i = pool.pop()
        (picked if ok(i) else skipped).append(i)
    pool.extend(reversed(skipped))
    return picked


def _status_mix(rng: random.Random, rotation_status: str, n: int) -> list[str]:
    main, minorities = _MIX.get(rotation_status, _MIX["planning"])
    statuses: list[str] = []
    if n >= 3:
        for status, share in minorities:
            statuses += [status] * max(1, round(n * share))
    statuses = statuses[:n] + [main] * max(0, n - len(statuses))
    rng.shuffle(statuses)
    return statuses


def _entry(rng: random.Random, rot: RotationInfo, core, ranks, category: str, status: str,
           today: dt.date, un_taken: set[str]) -> RosterPlan:
    plan = RosterPlan(rot, category, status)
    officer = ranks[core.rank][1] == "officer"
    if category == "troops":
        if officer:
            plan.appointment = rng.choice(_TROOP_POSTS_OFFICER)
        elif ranks[core.rank][1] == "nco":
            plan.appointment = rng.choice(_TROOP_POSTS_NCO)
        else:
            plan.appointment = rng.choice(_TROOP_POSTS)
        plan.sub_unit = f"{rng.randint(1, 3)}-й взвод"
    elif category == "staff-officer":
        plan.appointment, plan.sub_unit = rng.choice(_STAFF_POSTS), "Force HQ"
    else:
        plan.appointment = "United Nations Military Observer"
        plan.sub_unit = f"Team Site {rng.randint(1, 9)}"

    went = status in ("deployed", "completed", "repatriated")
    if went:
        begin = rot.actual_start or rot.planned_start
        plan.arrival = min(begin + dt.timedelta(days=rng.randint(0, 2)), today)
        plan.un_index = _un_index(rng, un_taken)
    if status == "completed":
        plan.departure = min(rot.actual_end or rot.planned_end, today)
    elif status == "repatriated":
        last = min(rot.actual_end or rot.planned_end, today)
        span = max(0, (last - plan.arrival).days)
        plan.repatriation_date = plan.arrival + dt.timedelta(days=rng.randint(min(14, span), span))
        plan.departure = plan.repatriation_date
        plan.reason = rng.choice(_REPATRIATION_REASONS)

    future = rot.status in ("deployed", "training", "planning")
    plan.eligible = future and (status in COUNTED or (status == "nominated" and rng.random() < 0.75))
    if status == "deployed":
        plan.person_status = "deployed"
    elif future and status in ("approved", "nominated") and rot.status == "training":
        plan.person_status = "in_training"
    elif plan.departure is not None and (today - plan.departure).days <= 365:
        plan.person_status = "returned"
    return plan


def _un_index(rng: random.Random, taken: set[str]) -> str:
    while True:
        number = f"{rng.randrange(1_000_000, 10_000_000)}"
        if number not in taken:
            taken.add(number)
            return number


def plan_history(rng: random.Random, plan: RosterPlan, adopted: dt.date, today: dt.date
                 ) -> list[tuple[str | None, str, dt.date, str | None]]:
    """The moves that brought the entry to its status: (from, to, day of effect, reason).

    The same path the workflow allows (``rosters.TRANSITIONS``) and the rules
    it applies: nominated weeks before the rotation starts, approved once the
    decision was adopted and before the arrival, deployed on the arrival day,
    home on the departure day; nothing dated after ``today``.
    """
    rot = plan.rotation
    start = rot.actual_start or rot.planned_start
    arrival = plan.arrival or start
    cleared = min(max(adopted, start - dt.timedelta(days=rng.randint(20, 60))), today, arrival)
    named = min(cleared, today, start - dt.timedelta(days=rng.randint(75, 150)))
    named = max(named, adopted - dt.timedelta(days=60))
    steps: list[tuple[str | None, str, dt.date, str | None]] = [(None, "nominated", named, None)]

    def then(new: str, day: dt.date, reason: str | None = None) -> None:
        steps.append((steps[-1][1], new, max(day, steps[-1][2]), reason))

    status = plan.status
    if status == "withdrawn":
        if rng.random() < 0.5:
            then("approved", cleared)
        span = max(0, (min(today, start) - steps[-1][2]).days)
        then("withdrawn", steps[-1][2] + dt.timedelta(days=rng.randint(0, span)))
        return steps
    if status == "nominated":
        return steps
    then("approved", cleared)
    if status == "approved":
        return steps
    then("deployed", arrival)
    if status == "completed":
        then("completed", plan.departure)
    elif status == "repatriated":
        then("repatriated", plan.repatriation_date, plan.reason)
    return steps
