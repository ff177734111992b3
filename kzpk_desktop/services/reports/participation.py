"""Participation history: who served in which mission and category over a period.

The figures the ministry quotes ("since 2014, 45 officers served in UN missions
as observers and staff officers"): distinct persons who served on some day of
the period (``tours.served_between``, from the status history), tours counted
apart (one person may have served several), and the strength on the last day
of the period beside them (``tours.deployed_on``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Mission, PersonnelCategory, RosterEntry, Rotation
from ..errors import N_, Problem, ValidationError
from ..dates import fmt
from .tours import deployed_on, served_between

#: Individual officers: the UN counts them together against one parity target, and the
#: ministry quotes them together ("observers and staff officers").
INDIVIDUAL_OFFICERS = ("staff-officer", "expert")


@dataclass(frozen=True)
class ParticipationLine:
    mission: str | None  # acronym; None on the all-missions lines
    mission_name: str | None
    category_code: str | None  # None: every category (a mission's or the grand total)
    category: str | None  # in the report's language
    persons: int  # distinct persons who served in the period
    tours: int  # roster entries (tours) served in the period
    serving: int  # deployed on the report's last day


@dataclass
class Participation:
    start: dt.date
    end: dt.date
    #: per mission: one line per category, then the mission's line (category None)
    lines: list[ParticipationLine]
    #: all missions, per category
    by_category: list[ParticipationLine]
    #: all missions, staff officers and experts on mission together
    individual: ParticipationLine
    total: ParticipationLine


def participation(session: Session, start: dt.date, end: dt.date | None = None, *,
                  lang: str = "en") -> Participation:
    """Persons and tours per mission and personnel category over [start, end] (end: today),
    with the strength on ``end``."""
    end = end or dt.date.today()
    if end < start:
        raise ValidationError([Problem("to", N_(
            "The period ends ({end}) before it starts ({start})."),
            {"end": fmt(end), "start": fmt(start)})])
    cat_name = getattr(PersonnelCategory, f"name_{lang}", PersonnelCategory.name_en)
    base = (select(Rotation.mission_id, PersonnelCategory.code, cat_name.label("category"),
                   PersonnelCategory.sort_order, RosterEntry.serviceman_id, RosterEntry.id)
            .select_from(RosterEntry)
            .join(Rotation, Rotation.id == RosterEntry.rotation_id)
            .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id))
    served = session.execute(base.where(served_between(start, end))).all()
    serving = session.execute(base.where(deployed_on(end))).all()
    missions = {m.id: m for m in session.execute(select(Mission)).scalars()}
    names = {r.code: (r.sort_order, r.category) for r in served + serving}
    order = sorted(names, key=lambda c: names[c][0])

    def line(mission_id: int | None, codes: tuple[str, ...] | None,
             code: str | None = None) -> ParticipationLine:
        """The line of one mission (None: all) and categories (None: all)."""
        def keep(r) -> bool:
            return (mission_id is None or r.mission_id == mission_id) and (
                codes is None or r.code in codes)
        mine = [r for r in served if keep(r)]
        m = missions.get(mission_id)
        return ParticipationLine(
            m.acronym if m else None, m.name(lang) if m else None, code,
            names[code][1] if code else None, len({r.serviceman_id for r in mine}), len(mine),
            sum(1 for r in serving if keep(r)))

    lines = []
    for mission_id in sorted({r.mission_id for r in served + serving},
                             key=lambda i: missions[i].acronym):
        present = {r.code for r in served + serving if r.mission_id == mission_id}
        lines += [line(mission_id, (c,), c) for c in order if c in present]
        lines.append(line(mission_id, None))
    return Participation(start, end, lines, [line(None, (c,), c) for c in order],
                         line(None, INDIVIDUAL_OFFICERS), line(None, None))
