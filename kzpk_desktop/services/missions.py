"""UN missions: the reference table an administrator keeps up to date."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import MISSION_STATUSES, Mission
from .errors import N_, NotFound, Problem, ValidationError
from .text import clean, clean_lines
from .versioning import expect_version, flush_checked

_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9\-]{1,19}$")
_ISO3_RE = re.compile(r"^[A-Z]{3}$")


@dataclass
class MissionData:
    acronym: str = ""
    name_en: str = ""
    name_ru: str | None = None  # blank names in kk / ru fall back to the English one
    name_kk: str | None = None
    host_country: str = ""
    host_country_ru: str | None = None  # blank: the English one is shown
    host_country_kk: str | None = None
    iso3: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str = "active"
    notes: str | None = None
    id: int | None = None
    version: int | None = None


def _clean(data: MissionData) -> MissionData:
    values = {}
    for f in dataclasses.fields(data):
        v = getattr(data, f.name)
        if isinstance(v, str):
            # Notes are free text: their line breaks are the clerk's (issue 10).
            v = (clean_lines(v) if f.name == "notes" else clean(v)) or None
        values[f.name] = v
    d = MissionData(**values)
    d.acronym = (d.acronym or "").upper()
    d.iso3 = d.iso3.upper() if d.iso3 else None
    d.name_en = d.name_en or ""
    d.host_country = d.host_country or ""
    d.name_ru = d.name_ru or d.name_en
    d.name_kk = d.name_kk or d.name_en
    return d


def validate_mission(session: Session, data: MissionData, existing_id: int | None = None
                     ) -> tuple[MissionData, list[Problem]]:
    d = _clean(data)
    problems: list[Problem] = []

    def bad(field: str, template: str, **args) -> None:
        problems.append(Problem(field, template, args))

    if not d.acronym:
        bad("acronym", N_("Acronym is required."))
    elif not _ACRONYM_RE.match(d.acronym):
        bad("acronym", N_("Acronym may hold only Latin capitals, digits and '-' (2-20)."))
    else:
        other = session.execute(select(Mission.id).where(Mission.acronym == d.acronym)).scalar()
        if other is not None and other != existing_id:
            bad("acronym", N_("Mission {acronym} already exists."), acronym=d.acronym)
    if not d.name_en:
        bad("name_en", N_("English name is required."))
    if not d.host_country:
        bad("host_country", N_("Host country is required."))
    if d.iso3 and not _ISO3_RE.match(d.iso3):
        bad("iso3", N_("ISO3 code must be three Latin letters."))
    if d.start_date and d.end_date and d.end_date < d.start_date:
        bad("end_date", N_("The mission cannot end before it starts."))
    if d.status not in MISSION_STATUSES:
        bad("status", N_("Unknown mission status '{status}'."), status=d.status)
    return d, problems


_FIELDS = ("acronym", "name_en", "name_ru", "name_kk", "host_country", "host_country_ru",
           "host_country_kk", "iso3", "start_date", "end_date", "status", "notes")


def create_mission(session: Session, data: MissionData, *, origin: str = "HQ") -> Mission:
    d, problems = validate_mission(session, data)
    if problems:
        raise ValidationError(problems)
    mission = Mission(**{f: getattr(d, f) for f in _FIELDS}, origin=origin)
    session.add(mission)
    session.flush()
    return mission


def update_mission(session: Session, mission_id: int, data: MissionData) -> Mission:
    """Save ``data`` over the mission; refused if it changed since ``data.version``."""
    mission = get_mission(session, mission_id)
    expect_version(mission, data.version, mission.acronym)
    d, problems = validate_mission(session, data, existing_id=mission_id)
    if problems:
        raise ValidationError(problems)
    for f in _FIELDS:
        setattr(mission, f, getattr(d, f))
    flush_checked(session, mission.acronym)
    return mission


def get_mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise NotFound(N_("The mission no longer exists."))
    return mission


def mission_data(mission: Mission) -> MissionData:
    return MissionData(**{f: getattr(mission, f) for f in _FIELDS}, id=mission.id,
                       version=mission.version)


def list_missions(session: Session, *, include_closed: bool = True) -> list[Mission]:
    stmt = select(Mission).order_by(Mission.acronym)
    if not include_closed:
        stmt = stmt.where(Mission.status != "closed")
    return list(session.scalars(stmt))


def mission_by_acronym(session: Session, acronym: str) -> Mission:
    mission = session.execute(
        select(Mission).where(Mission.acronym == acronym.strip().upper())).scalar_one_or_none()
    if mission is None:
        raise NotFound(N_("No mission with acronym {acronym}."), acronym=acronym.strip().upper())
    return mission
