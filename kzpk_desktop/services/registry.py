"""The servicemen list: filtering, sorting and paging done in SQL.

At 100,000 servicemen nothing here may loop over rows in Python: the GUI asks
for a count and for one page at a time.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..db.models import Assignment, Document, DocumentKind, Rank, SearchToken, Serviceman, Unit
from . import text
from .servicemen import PASSPORT_KIND


@dataclass(frozen=True)
class RegistryFilter:
    text: str = ""
    rank_id: int | None = None
    status: str | None = None
    sex: str | None = None


@dataclass(frozen=True)
class RegistryRow:
    id: int
    rank: str | None
    rank_order: int | None
    surname: str
    given_name: str
    patronymic: str | None
    surname_latin: str | None
    given_names_latin: str | None
    iin: str
    service_number: str
    unit: str | None
    status: str
    sex: str
    passport_expires: dt.date | None


_NULLABLE_SORTS = {"rank", "latin", "unit", "passport_expires"}

#: Sortable columns: key -> SQL expression builder (given the joined aliases).
SORT_KEYS = ("rank", "surname", "latin", "iin", "service_number", "unit", "status",
             "passport_expires")


def _base(lang: str) -> tuple[Select, dict]:
    current = aliased(Assignment)
    unit = aliased(Unit)
    passport = aliased(Document)
    unit_name = getattr(unit, f"name_{lang}", unit.name_en)
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    passport_kind = select(DocumentKind.id).where(DocumentKind.code == PASSPORT_KIND)\
        .scalar_subquery()
    stmt = (
        select(
            Serviceman.id, rank_name.label("rank"), Rank.sort_order.label("rank_order"),
            Serviceman.surname, Serviceman.given_name, Serviceman.patronymic,
            Serviceman.surname_latin, Serviceman.given_names_latin, Serviceman.iin,
            Serviceman.service_number, unit_name.label("unit"), Serviceman.status,
            Serviceman.sex, passport.expires_on.label("passport_expires"),
        )
        .select_from(Serviceman)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .outerjoin(current, and_(current.serviceman_id == Serviceman.id, current.date_to.is_(None)))
        .outerjoin(unit, unit.id == current.unit_id)
        .outerjoin(passport, and_(passport.serviceman_id == Serviceman.id,
                                  passport.kind_id == passport_kind,
                                  passport.is_current.is_(True)))
    )
    sort = {
        "rank": Rank.sort_order,
        "surname": Serviceman.sort_key,
        "latin": Serviceman.surname_latin,
        "iin": Serviceman.iin,
        "service_number": Serviceman.service_number,
        "unit": unit_name,
        "status": Serviceman.status,
        "passport_expires": passport.expires_on,
    }
    return stmt, sort


def _where(stmt: Select, flt: RegistryFilter) -> Select:
    for token in text.normalize(flt.text).split():
        # Every word typed must prefix some token of the person (AND of words).
        matching = select(SearchToken.serviceman_id).where(
            SearchToken.token >= token, SearchToken.token < text.prefix_upper_bound(token))
        stmt = stmt.where(Serviceman.id.in_(matching))
    if flt.rank_id is not None:
        stmt = stmt.where(Serviceman.rank_id == flt.rank_id)
    if flt.status:
        stmt = stmt.where(Serviceman.status == flt.status)
    if flt.sex:
        stmt = stmt.where(Serviceman.sex == flt.sex)
    return stmt


def count(session: Session, flt: RegistryFilter) -> int:
    stmt = _where(select(func.count()).select_from(Serviceman), flt)
    return session.execute(stmt).scalar_one()


def page(session: Session, flt: RegistryFilter, *, sort: str = "surname", descending: bool = False,
         offset: int = 0, limit: int = 200, lang: str = "ru") -> list[RegistryRow]:
    stmt, sort_columns = _base(lang)
    stmt = _where(stmt, flt)
    column = sort_columns.get(sort, Serviceman.sort_key)
    order = column.desc() if descending else column.asc()
    tie = Serviceman.id.desc() if descending else Serviceman.id.asc()
    if sort in _NULLABLE_SORTS:
        # Empty cells last whichever way the clerk sorts (portable NULLS LAST).
        stmt = stmt.order_by(column.is_(None), order, tie)
    else:
        stmt = stmt.order_by(order, tie)  # lets the index serve the order
    stmt = stmt.offset(offset).limit(limit)
    return [RegistryRow(**row._mapping) for row in session.execute(stmt)]



def position(session: Session, flt: RegistryFilter, serviceman_id: int, *, sort: str = "surname",
             descending: bool = False, lang: str = "ru") -> int | None:
    """Row number of a serviceman in ``page()``'s order, or None if the filter hides them.

    Lets the list scroll to a record it has not fetched (one just saved, say):
    it counts the rows that sort before it, with the same empty-last and
    tie-by-id rules as ``page``.
    """
    stmt, sort_columns = _base(lang)
    stmt = _where(stmt, flt)
    column = sort_columns.get(sort, Serviceman.sort_key)
    found = session.execute(stmt.where(Serviceman.id == serviceman_id)
                            .with_only_columns(column)).first()
    if found is None:
        return None
    value = found[0]
    after = (lambda a, b: a > b) if descending else (lambda a, b: a < b)
    tie = after(Serviceman.id, serviceman_id)
    if value is None:
        before = or_(column.is_not(None), and_(column.is_(None), tie))
    else:
        before = or_(and_(column.is_not(None), after(column, value)), and_(column == value, tie))
    rows = stmt.where(before).with_only_columns(Serviceman.id).subquery()
    return session.execute(select(func.count()).select_from(rows)).scalar_one()
