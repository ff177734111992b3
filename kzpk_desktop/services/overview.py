"""Who is where: strength on a date, the share of women against the UN target, and
a per-mission overview (strength, rotations, documents that block the next rotation)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Mission, PersonnelCategory, RosterEntry, Rotation, Serviceman
from .eligibility import DOCUMENT_RULES, RuleFailure, eligibility_for_rotation
from .errors import N_, ServiceError
from .parity import parity_target
from .reports.tours import deployed_on
from .rotations import RotationRow, get_rotation, list_rotations

@dataclass(frozen=True)
class GenderShare:
    category: str  # personnel category code
    women: int
    men: int
    target: Fraction | None  # percent of women the UN asks for that year

    @property
    def total(self) -> int:
        return self.women + self.men

    @property
    def share(self) -> Fraction | None:
        """Percent of women (None when nobody is counted)."""
        return Fraction(100 * self.women, self.total) if self.total else None

    @property
    def meets_target(self) -> bool | None:
        if self.share is None or self.target is None:
            return None
        return self.share >= self.target


def gender_share(session: Session, *, rotation_id: int | None = None,
                 mission_id: int | None = None, on: dt.date | None = None) -> list[GenderShare]:
    """Women and men per personnel category against the parity target of ``on``'s year.

    For a rotation: everyone on its roster except the withdrawn (the planned
    contingent). For a mission: the people deployed there on ``on`` (default today;
    ``reports.tours.deployed_on``).
    """
    if (rotation_id is None) == (mission_id is None):
        raise ServiceError(N_("Choose either a rotation or a mission."))
    on = on or dt.date.today()
    stmt = (select(PersonnelCategory.code, Serviceman.sex, func.count())
            .select_from(RosterEntry)
            .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
            .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
            .group_by(PersonnelCategory.code, PersonnelCategory.sort_order, Serviceman.sex)
            .order_by(PersonnelCategory.sort_order))
    if rotation_id is not None:
        get_rotation(session, rotation_id)
        stmt = stmt.where(RosterEntry.rotation_id == rotation_id,
                          RosterEntry.status != "withdrawn")
    else:
        stmt = stmt.join(Rotation, Rotation.id == RosterEntry.rotation_id)\
            .where(Rotation.mission_id == mission_id, deployed_on(on))
    counts: dict[str, dict[str, int]] = {}
    for code, sex, n in session.execute(stmt):
        counts.setdefault(code, {})[sex] = n
    return [GenderShare(code, c.get("F", 0), c.get("M", 0), parity_target(code, on.year))
            for code, c in counts.items()]


@dataclass(frozen=True)
class BlockedPerson:
    entry_id: int
    serviceman_id: int
    surname: str
    given_name: str
    iin: str
    status: str
    failures: list[RuleFailure]  # document rules only


@dataclass(frozen=True)
class MissionOverview:
    mission_id: int
    acronym: str
    name: str
    status: str
    #: category code -> {'M': n, 'F': n}, people present on the overview date
    strength: dict[str, dict[str, int]]
    rotations: list[RotationRow]
    next_rotation: RotationRow | None
    blocked: list[BlockedPerson] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(sum(by_sex.values()) for by_sex in self.strength.values())


def mission_overview(session: Session, *, on: dt.date | None = None, lang: str = "en"
                     ) -> list[MissionOverview]:
    """Each mission that is open or has rotations: strength by category and sex on ``on``,
    its rotations, and the people nominated or approved for the next rotation (the
    earliest still in planning or training) whose documents would block it."""
    on = on or dt.date.today()
    strength: dict[int, dict[str, dict[str, int]]] = {}
    for mission_id, code, sex, n in session.execute(
        select(Rotation.mission_id, PersonnelCategory.code, Serviceman.sex, func.count())
        .select_from(RosterEntry)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .where(deployed_on(on))
        .group_by(Rotation.mission_id, PersonnelCategory.code, PersonnelCategory.sort_order,
                  Serviceman.sex)
        .order_by(PersonnelCategory.sort_order)
    ):
        strength.setdefault(mission_id, {}).setdefault(code, {"M": 0, "F": 0})[sex] = n
    rotations: dict[int, list[RotationRow]] = {}
    for row in list_rotations(session):
        rotations.setdefault(row.mission_id, []).append(row)
    result = []
    for mission in session.scalars(select(Mission).order_by(Mission.acronym)):
        own = rotations.get(mission.id, [])
        if mission.status == "closed" and not own and mission.id not in strength:
            continue
        upcoming = sorted((r for r in own if r.status in ("planning", "training")),
                          key=lambda r: (r.planned_start, r.number))
        next_rotation = upcoming[0] if upcoming else None
        blocked = _blocked(session, next_rotation.id) if next_rotation else []
        result.append(MissionOverview(mission.id, mission.acronym, mission.name(lang),
                                      mission.status, strength.get(mission.id, {}), own,
                                      next_rotation, blocked))
    return result


def _blocked(session: Session, rotation_id: int) -> list[BlockedPerson]:
    failing = {entry_id: [f for f in failures if f.rule in DOCUMENT_RULES]
               for entry_id, failures in eligibility_for_rotation(session, rotation_id).items()}
    failing = {k: v for k, v in failing.items() if v}
    if not failing:
        return []
    rows = session.execute(
        select(RosterEntry.id, RosterEntry.serviceman_id, Serviceman.surname,
               Serviceman.given_name, Serviceman.iin, RosterEntry.status)
        .join(Serviceman, Serviceman.id == RosterEntry.serviceman_id)
        .where(RosterEntry.rotation_id == rotation_id,
               RosterEntry.status.in_(("nominated", "approved")))
        .order_by(Serviceman.sort_key, Serviceman.id))
    return [BlockedPerson(r.id, r.serviceman_id, r.surname, r.given_name, r.iin, r.status,
                          failing[r.id]) for r in rows if r.id in failing]
