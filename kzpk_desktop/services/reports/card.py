"""Everything on file about one serviceman, for the personnel card."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Mission, PersonnelCategory, Rank, RosterEntry, Rotation, Serviceman
from .. import text
from ..assignments import AssignmentRow, assignment_history
from ..documents import DocumentRow, list_documents
from ..errors import N_, NotFound
from .tours import tour_end, tour_start


@dataclass(frozen=True)
class DeploymentLine:
    mission: str
    mission_name: str
    rotation: int
    rotation_name: str
    category: str
    appointment: str | None
    sub_unit: str | None
    status: str  # roster status code
    start: dt.date  # the tour (see ``tours``)
    end: dt.date
    un_index: str | None
    repatriation_reason: str | None


@dataclass
class PersonnelCard:
    id: int
    iin: str
    service_number: str
    surname: str
    given_name: str
    patronymic: str | None
    surname_latin: str | None
    given_names_latin: str | None
    sex: str
    birth_date: dt.date
    rank: str | None
    speciality: str | None
    blood_group: str | None
    phone: str | None
    kin_name: str | None
    kin_relation: str | None
    kin_phone: str | None
    english_level: str | None
    driving_licence: str | None
    status: str  # serviceman status code
    notes: str | None
    unit: str | None  # current assignment's unit path
    position: str | None
    documents: list[DocumentRow]  # current first, then history
    assignments: list[AssignmentRow]  # newest first
    deployments: list[DeploymentLine]  # newest first

    @property
    def full_name(self) -> str:
        return text.full_name(self)


def personnel_card(session: Session, iin: str, *, lang: str = "ru") -> PersonnelCard:
    iin = (iin or "").strip()
    person = session.execute(select(Serviceman).where(Serviceman.iin == iin)).scalar()
    if person is None:
        raise NotFound(N_("There is no serviceman with IIN {iin}."), iin=iin)
    rank = session.get(Rank, person.rank_id).name(lang) if person.rank_id else None
    assignments = assignment_history(session, person.id, lang=lang)
    current = next((a for a in assignments if a.is_current), None)
    return PersonnelCard(
        person.id, person.iin, person.service_number, person.surname, person.given_name,
        person.patronymic, person.surname_latin, person.given_names_latin, person.sex,
        person.birth_date, rank, person.speciality, person.blood_group, person.phone,
        person.kin_name, person.kin_relation, person.kin_phone, person.english_level,
        person.driving_licence, person.status, person.notes,
        current.unit_path or current.unit if current else None,
        current.position if current else None,
        list_documents(session, person.id, lang=lang), assignments,
        _deployments(session, person.id, lang))


def _deployments(session: Session, serviceman_id: int, lang: str) -> list[DeploymentLine]:
    cat_name = getattr(PersonnelCategory, f"name_{lang}", PersonnelCategory.name_en)
    mission_name = getattr(Mission, f"name_{lang}", Mission.name_en)
    rows = session.execute(
        select(Mission.acronym, mission_name.label("mission_name"), Rotation.number,
               Rotation.name, cat_name.label("category"), RosterEntry.appointment,
               RosterEntry.sub_unit, RosterEntry.status, tour_start().label("start"),
               tour_end().label("end"), RosterEntry.un_index, RosterEntry.repatriation_reason)
        .select_from(RosterEntry)
        .join(Rotation, Rotation.id == RosterEntry.rotation_id)
        .join(Mission, Mission.id == Rotation.mission_id)
        .join(PersonnelCategory, PersonnelCategory.id == RosterEntry.category_id)
        .where(RosterEntry.serviceman_id == serviceman_id)
        .order_by(tour_start().desc(), RosterEntry.id.desc())
    ).all()
    return [DeploymentLine(*r) for r in rows]
