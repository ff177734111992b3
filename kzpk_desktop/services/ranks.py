"""Ranks as the forms and filters list them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Rank


@dataclass(frozen=True)
class RankChoice:
    id: int
    name: str
    code: str
    category: str


def rank_choices(session: Session, lang: str = "ru") -> list[RankChoice]:
    """Every rank, junior to senior, named in ``lang`` (English when that name is missing)."""
    ranks = session.scalars(select(Rank).order_by(Rank.sort_order, Rank.id))
    return [RankChoice(r.id, r.name(lang), r.code, r.category) for r in ranks]
