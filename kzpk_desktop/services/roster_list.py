"""A rotation's roster as the screen and the CLI list it, with each person's failed rules."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import PersonnelCategory, Rank, RosterEntry, Serviceman
from .eligibility import RuleFailure, eligibility_for_rotation
from .rotations import get_rotation


@dataclass(frozen=True)
class RosterRow:
    id: int  # roster entry id
    serviceman_id: int
    iin: str
    service_number: str
    rank: str | None
    rank_order: int | None
    surname: str
    given_name: str
    patronymic: str | None
    surname_latin: str | None
    given_names_latin: str | None
    sex: str
    birth_date: dt.date
    category: str  # personnel category code
    appointment: str | None
    sub_unit: str | None
    status: str
    arrival_date: dt.date | None
    departure_date: dt.date | None
    un_index: str | None
    repatriation_reason: str | None
    repatriation_date: dt.date | None
    override_reason: str | None
    override_by: str | None
    version: int
    #: Rules not met; empty for entries withdrawn, repatriated or completed (not evaluated).
    failures: list[RuleFailure] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return not self.failures


def roster_rows(session: Session, rotation_id: int, *, lang: str = "en") -> list[RosterRow]:
    """Every entry of the rotation, alphabetically, with eligibility (five queries in all)."""
    get_rotation(session, rotation_id)
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    e = RosterEntry
    rows = session.execute(
        select(e.id, e.serviceman_id, Serviceman.iin, Serviceman.service_number,
               rank_name.label("rank"), Rank.sort_order.label("rank_order"), Serviceman.surname,
               Serviceman.given_name, Serviceman.patronymic, Serviceman.surname_latin,
               Serviceman.given_names_latin, Serviceman.sex, Serviceman.birth_date,
               PersonnelCategory.code.label("category"), e.appointment, e.sub_unit, e.status,
               e.arrival_date, e.departure_date, e.un_index, e.repatriation_reason,
               e.repatriation_date, e.override_reason, e.override_by, e.version)
        .join(Serviceman, Serviceman.id == e.serviceman_id)
        .join(PersonnelCategory, PersonnelCategory.id == e.category_id)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .where(e.rotation_id == rotation_id)
        .order_by(Serviceman.sort_key, Serviceman.id)
    ).all()
    failures = eligibility_for_rotation(session, rotation_id)
    return [RosterRow(**row._mapping, failures=failures.get(row.id, [])) for row in rows]
