"""The UN nominal roll of a rotation or a mission (landscape, English by default)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...services.anchors import chain_head
from ...services.reports import RollRow, nominal_roll
from ..files import Progress, check_target
from ..workbook import DEFAULT_MARKING, Column, ReportBook

#: (label key, width at 8 pt, kind): a dense layout so the 27 columns fit one A4 width.
COLUMNS = (
    ("col_serial", 4.5, "int"), ("col_rank", 10, "text"), ("col_surname", 11, "text"),
    ("col_given_names", 11, "text"), ("col_sex", 4, "text"), ("col_birth_date", 8, "date"),
    ("col_nationality", 9.5, "text"), ("col_service_number", 8.5, "id"),
    ("col_passport", 8.5, "id"), ("col_passport_type", 7, "text"),
    ("col_passport_issued", 8, "date"), ("col_passport_expires", 8, "date"),
    ("col_un_category", 8.5, "text"), ("col_appointment", 11, "text"),
    ("col_sub_unit", 9, "text"), ("col_arrival", 8, "date"), ("col_departure", 8, "date"),
    ("col_rotation", 7, "int"), ("col_blood", 5, "text"), ("col_kin", 14, "text"),
    ("col_medical", 8, "date"), ("col_training_no", 9, "id"),
    ("col_training_date", 8, "date"), ("col_screening_no", 9, "id"),
    ("col_screening_date", 8, "date"), ("col_driving", 8, "id"), ("col_un_index", 8, "id"),
)


def export_nominal_roll(session: Session, path: str | os.PathLike, *,
                        rotation_id: int | None = None, mission: str | None = None,
                        as_of: dt.date | None = None, lang: str = "en", user: str,
                        marking: str | None = DEFAULT_MARKING,
                        progress: Progress | None = None,
                        now: dt.datetime | None = None) -> Path:
    """Write the nominal roll of a rotation, or of a mission as deployed on ``as_of``.

    Raises ``NotFound`` for an unknown rotation or mission, ``ExportTargetError``
    for a target that cannot be written, ``ExportCancelled`` when ``progress``
    returns False (no file is left behind).
    """
    path = check_target(path)
    roll = nominal_roll(session, rotation_id=rotation_id, mission=mission, as_of=as_of)
    with ReportBook(lang=lang, user=user, marking=marking, font_size=8, now=now,
                    anchor=chain_head(session)) as book:
        words = book.words
        if roll.rotation_number is not None:
            scope = words["roll_scope_rotation"].format(
                mission=roll.mission, mission_name=roll.mission_name,
                number=roll.rotation_number, name=roll.rotation_name)
            lines = [scope]
        else:
            lines = [words["roll_scope_mission"].format(mission=roll.mission,
                                                        mission_name=roll.mission_name),
                     words["as_of"].format(date=f"{roll.as_of:%d.%m.%Y}")]
        columns = [Column(words[key], width, kind) for key, width, kind in COLUMNS]
        sheet = book.sheet(words["roll_sheet"], f"{words['roll_title']}: {roll.mission}",
                           lines, columns, landscape=True)
        sheet.rows((_cells(r, words) for r in roll.rows), total=roll.count, progress=progress)
        sheet.finish()
        return book.save(path)


def _cells(r: RollRow, words: dict[str, str]) -> tuple:
    passport_type = words.get(f"passport_{r.passport_type}") if r.passport_type else None
    return (r.serial, r.rank, r.surname_latin, r.given_names_latin,
            words.get(f"sex_short_{r.sex}", r.sex), r.birth_date, r.nationality_code,
            r.service_number, r.passport_number, passport_type, r.passport_issued,
            r.passport_expires, r.category, r.appointment, r.sub_unit, r.arrival, r.departure,
            r.rotation, r.blood_group, r.next_of_kin, r.medical_date, r.training_number,
            r.training_date, r.screening_number, r.screening_date, r.driving_permit,
            r.un_index)
