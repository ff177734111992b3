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

    def line(rows_served, rows_serving, mission_id, code) -> ParticipationLine:
        def keep(r):
            return ((mission_id is None or r.mission_id == mission_id)
                    and (code is None or r.code == code
                         or (code == INDIVIDUAL_OFFICERS and r.code in code)))
        mine = [r for r in rows_served if keep(r)]
        m = missions.get(mission_id)
        label = names.get(code, (None, None))[1] if isinstance(code, str) else None
        return ParticipationLine(
            m.acronym if m else None, m.name(lang) if m else None,
            code if isinstance(code, str) else None, label,
            len({r.serviceman_id for r in mine}), len({r.id for r in mine}),
            sum(1 for r in rows_serving if keep(r)))

    order = sorted(names, key=lambda c: names[c][0])
    lines = []
    for mission_id in sorted({r.mission_id for r in served + serving},
                             key=lambda i: missions[i].acronym):
        codes = {r.code for r in served + serving if r.mission_id == mission_id}
        lines += [line(served, serving, mission_id, c) for c in order if c in codes]
        lines.append(line(served, serving, mission_id, None))
    return Participation(start, end, lines, [line(served, serving, None, c) for c in order],
                         line(served, serving, None, INDIVIDUAL_OFFICERS),
                         line(served, serving, None, None))
