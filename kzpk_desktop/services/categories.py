"""UN personnel categories (troops, staff officer, expert on mission, ...) as lists show them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import PersonnelCategory


@dataclass(frozen=True)
class CategoryChoice:
    code: str  # troops, staff-officer, expert, fpu, ipo
    name: str  # in the asked language (English when that name is missing)
    un_label: str  # as the UN reports it ("Experts on Mission")


def category_choices(session: Session, lang: str = "ru") -> list[CategoryChoice]:
    """Every category in the UN's reporting order."""
    rows = session.scalars(select(PersonnelCategory)
                           .order_by(PersonnelCategory.sort_order, PersonnelCategory.id))
    return [CategoryChoice(c.code, c.name(lang), c.un_label) for c in rows]
