"""Test data for missions, decisions, rotations and rosters, built with the ORM.

Imported by test_eligibility.py, test_rosters.py and test_planning_cli.py. The
standard rotation runs 01.03.2025 - 31.08.2025, so the passport deadline is
28.02.2026 (31 August + 6 months, clamped to the month's end).
"""
from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy import select

from kzpk_desktop.db.models import (
    Assignment,
    Document,
    DocumentKind,
    Mission,
    Rank,
    Serviceman,
    Unit,
    UnitKind,
)
from kzpk_desktop.services.decisions import DecisionData, create_decision
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.rotations import RotationData, create_rotation
from kzpk_desktop.services.text import sort_key

START, END = dt.date(2025, 3, 1), dt.date(2025, 8, 31)
DEADLINE = dt.date(2026, 2, 28)
FAR = dt.date(2030, 1, 1)
DOC_KINDS = ("national_passport", "medical_fitness", "predeployment_training",
             "human_rights_screening")

_serials = itertools.count(1)


def mission_id(s, acronym: str) -> int:
    return s.execute(select(Mission.id).where(Mission.acronym == acronym)).scalar_one()


def rank_id(s, code: str) -> int:
    return s.execute(select(Rank.id).where(Rank.code == code)).scalar_one()


def decision(s, number: str = "DEC-1", ceiling: int = 10, missions: dict[str, int] | None = None,
             date: dt.date = dt.date(2024, 1, 19)):
    missions = missions or {"UNDOF": ceiling}
    return create_decision(s, DecisionData(
        number=number, date=date, title=f"Participation {number}", ceiling=ceiling,
        ceilings={mission_id(s, a): c for a, c in missions.items()}))


def rotation(s, dec, mission: str = "UNDOF", number: int = 1, start: dt.date = START,
             end: dt.date = END):
    return create_rotation(s, RotationData(
        mission_id=mission_id(s, mission), number=number, name=f"{mission} rotation {number}",
        decision_id=dec if isinstance(dec, int) else dec.id, planned_start=start,
        planned_end=end))


def document(s, person, kind: str, *, issued: dt.date | None = dt.date(2020, 1, 1),
             expires: dt.date | None = FAR, current: bool = True, number: str | None = None):
    kind_id = s.execute(select(DocumentKind.id).where(DocumentKind.code == kind)).scalar_one()
    doc = Document(serviceman_id=person.id, kind_id=kind_id,
                   number=number or f"{kind[:2].upper()}{next(_serials):07d}",
                   issued_on=issued, expires_on=expires, is_current=current)
    s.add(doc)
    s.flush()
    return doc


def person(s, surname: str = "Ахметов", *, sex: str = "M", birth: dt.date = dt.date(1985, 5, 5),
           rank: str | None = "captain", status: str = "active", docs: bool = True,
           skip: tuple[str, ...] = ()):
    """A serviceman with all four deployment documents valid far beyond the rotation."""
    iin = None
    while iin is None:
        iin = make_iin(birth, sex, next(_serials) % 10000)
    man = Serviceman(iin=iin, service_number=f"SN{next(_serials):06d}", surname=surname,
                     given_name="Ерлан" if sex == "M" else "Айгерим", sex=sex, birth_date=birth,
                     rank_id=rank_id(s, rank) if rank else None, status=status,
                     surname_latin="AKHMETOV", given_names_latin="ERLAN",
                     sort_key=sort_key(surname))
    s.add(man)
    s.flush()
    if docs:
        for kind in DOC_KINDS:
            if kind not in skip:
                document(s, man, kind)
    return man


def unit(s, name: str, parent=None):
    kind_id = s.execute(select(UnitKind.id).where(UnitKind.code == "infantry")).scalar_one()
    u = Unit(name_kk=name, name_ru=name, name_en=name, kind_id=kind_id,
             parent_id=parent.id if parent else None)
    s.add(u)
    s.flush()
    return u


def assign(s, man, u, *, since: dt.date = dt.date(2023, 1, 1), until: dt.date | None = None):
    a = Assignment(serviceman_id=man.id, unit_id=u.id, date_from=since, date_to=until)
    s.add(a)
    s.flush()
    return a
