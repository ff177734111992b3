"""Which documents have expired or will soon: status, the expiring list, badges.

A document is valid through its ``expires_on`` day: it is *expired* from the
next day, *expiring* while it expires within the warning window (today
included, and exactly ``window_days`` from today included), otherwise *ok*.
Only current documents count; history is ignored. All of it is SQL over the
``(is_current, expires_on)`` index, never a loop over every document.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from ..db.models import Assignment, Document, DocumentKind, Rank, RosterEntry, Serviceman, Unit
from .units import subtree_cte

EXPIRED, EXPIRING, OK = "expired", "expiring", "ok"
#: Worst first: a serviceman's badge is his worst document's status.
STATUSES = (EXPIRED, EXPIRING, OK)
_CHUNK = 500


def expiry_status(expires_on: dt.date | None, today: dt.date, window_days: int) -> str | None:
    """'expired', 'expiring' (within the window, both ends included), 'ok'; None without a date."""
    if expires_on is None:
        return None
    if expires_on < today:
        return EXPIRED
    if expires_on <= today + dt.timedelta(days=window_days):
        return EXPIRING
    return OK


@dataclass(frozen=True)
class ExpiringRow:
    document_id: int
    serviceman_id: int
    rank: str | None
    surname: str
    given_name: str
    patronymic: str | None
    iin: str
    kind_code: str
    kind: str
    number: str
    expires_on: dt.date
    days_left: int  # negative once expired
    status: str
    unit_id: int | None
    unit: str | None


def _filtered(stmt: Select, *, within_days: int, today: dt.date,
              kind_codes: Sequence[str] | None, unit_id: int | None, rotation_id: int | None,
              include_subunits: bool, include_discharged: bool,
              since: dt.date | None = None) -> Select:
    # Every filter is on document columns (sets of people as IN subqueries), so the
    # expiry index answers it alone: counting reads no table rows at all.
    stmt = stmt.where(Document.is_current.is_(True),
                      Document.expires_on <= today + dt.timedelta(days=within_days))
    if since is not None:
        stmt = stmt.where(Document.expires_on >= since)
    if kind_codes:
        stmt = stmt.where(Document.kind_id.in_(
            select(DocumentKind.id).where(DocumentKind.code.in_(list(kind_codes)))))
    if not include_discharged:
        stmt = stmt.where(Document.serviceman_id.not_in(
            select(Serviceman.id).where(Serviceman.status == "discharged")))
    if unit_id is not None:
        units = select(subtree_cte(unit_id).c.id) if include_subunits else [unit_id]
        stmt = stmt.where(Document.serviceman_id.in_(
            select(Assignment.serviceman_id).where(Assignment.unit_id.in_(units),
                                                   Assignment.date_to.is_(None))))
    if rotation_id is not None:
        stmt = stmt.where(Document.serviceman_id.in_(
            select(RosterEntry.serviceman_id).where(RosterEntry.rotation_id == rotation_id,
                                                    RosterEntry.status != "withdrawn")))
    return stmt


def expiring_documents(session: Session, *, within_days: int, today: dt.date | None = None,
                       kind_codes: Sequence[str] | None = None, unit_id: int | None = None,
                       rotation_id: int | None = None, include_subunits: bool = True,
                       include_discharged: bool = False, since: dt.date | None = None,
                       offset: int = 0, limit: int | None = None, lang: str = "ru"
                       ) -> list[ExpiringRow]:
    """Current documents expired or expiring within ``within_days``, soonest date first
    (only those expiring on or after ``since``, when given).

    Filters: document kinds (codes), the serviceman's current unit (with its
    sub-units unless told otherwise), a rotation's roster (withdrawn entries
    left out). Discharged servicemen are left out unless asked for.
    """
    today = today or dt.date.today()
    current, unit = aliased(Assignment), aliased(Unit)
    rank_name = getattr(Rank, f"name_{lang}", Rank.name_en)
    kind_name = getattr(DocumentKind, f"name_{lang}", DocumentKind.name_en)
    stmt = (
        select(Document.id.label("document_id"), Serviceman.id.label("serviceman_id"),
               rank_name.label("rank"), Serviceman.surname, Serviceman.given_name,
               Serviceman.patronymic, Serviceman.iin, DocumentKind.code.label("kind_code"),
               kind_name.label("kind"), Document.number, Document.expires_on,
               current.unit_id, getattr(unit, f"name_{lang}", unit.name_en).label("unit"))
        .select_from(Document)
        .join(Serviceman, Serviceman.id == Document.serviceman_id)
        .join(DocumentKind, DocumentKind.id == Document.kind_id)
        .outerjoin(Rank, Rank.id == Serviceman.rank_id)
        .outerjoin(current, and_(current.serviceman_id == Serviceman.id,
                                 current.date_to.is_(None)))
        .outerjoin(unit, unit.id == current.unit_id)
    )
    stmt = _filtered(stmt, within_days=within_days, today=today, kind_codes=kind_codes,
                     unit_id=unit_id, rotation_id=rotation_id, include_subunits=include_subunits,
                     include_discharged=include_discharged, since=since)
    stmt = stmt.order_by(Document.expires_on, Serviceman.sort_key, Document.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = []
    for r in session.execute(stmt):
        days_left = (r.expires_on - today).days
        rows.append(ExpiringRow(**r._mapping, days_left=days_left,
                                status=EXPIRED if days_left < 0 else EXPIRING))
    return rows


def expiring_by_day(session: Session, today: dt.date, within_days: int, *,
                    since: dt.date | None = None) -> list[tuple[str, dt.date, int]]:
    """(kind code, expiry day, documents) for the rows ``expiring_documents`` would give
    with the same window: grouped reads for charts of expiries over time.

    Counted as every current document in the window less those of discharged servicemen:
    two reads an index answers each (the first over the expiry index, the second driven by
    the few discharged people), where "not discharged" row by row costs a lookup per row.
    """
    kinds = {k.id: k.code for k in session.scalars(select(DocumentKind))}
    last = today + dt.timedelta(days=within_days)
    counts: dict[tuple[int, dt.date], int] = {}
    every = _filtered(select(Document.kind_id, Document.expires_on, func.count()),
                      within_days=within_days, today=today, kind_codes=None, unit_id=None,
                      rotation_id=None, include_subunits=True, include_discharged=True,
                      since=since)
    for kind_id, day, n in session.execute(every.group_by(Document.kind_id,
                                                          Document.expires_on)):
        counts[(kind_id, day)] = n
    # coalesce(x, x): the same value, but no index on it, so the planner starts from the
    # discharged people's documents instead of the whole window.
    expires = func.coalesce(Document.expires_on, Document.expires_on)
    discharged = (select(Document.kind_id, Document.expires_on, func.count())
                  .where(Document.serviceman_id.in_(
                      select(Serviceman.id).where(Serviceman.status == "discharged")),
                         func.coalesce(Document.is_current, Document.is_current).is_(True),
                         expires <= last)
                  .group_by(Document.kind_id, Document.expires_on))
    if since is not None:
        discharged = discharged.where(expires >= since)
    for kind_id, day, n in session.execute(discharged):
        counts[(kind_id, day)] -= n
    return [(kinds[k], day, n) for (k, day), n in sorted(counts.items()) if n]


def count_expiring(session: Session, within_days: int, today: dt.date | None = None, *,
                   kind_codes: Sequence[str] | None = None, unit_id: int | None = None,
                   rotation_id: int | None = None, include_subunits: bool = True,
                   include_discharged: bool = False) -> int:
    """How many rows ``expiring_documents`` gives with the same filters.

    For the start-up notice and for paging the expiring view.
    """
    today = today or dt.date.today()
    stmt = _filtered(select(func.count()).select_from(Document), within_days=within_days,
                     today=today, kind_codes=kind_codes, unit_id=unit_id,
                     rotation_id=rotation_id, include_subunits=include_subunits,
                     include_discharged=include_discharged)
    return session.execute(stmt).scalar_one()


def expiry_badges(session: Session, serviceman_ids: Iterable[int], today: dt.date,
                  window_days: int) -> dict[int, str]:
    """id -> the worst status of the person's current documents; people without any are absent.

    Meant for the visible page of the servicemen list (one GROUP BY per call).
    """
    ids = list(dict.fromkeys(serviceman_ids))
    badges: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for sid, soonest in session.execute(
            select(Document.serviceman_id, func.min(Document.expires_on))
            .where(Document.serviceman_id.in_(chunk), Document.is_current.is_(True))
            .group_by(Document.serviceman_id)
        ):
            if soonest is not None:  # only documents that never expire
                badges[sid] = expiry_status(soonest, today, window_days)
    return badges
