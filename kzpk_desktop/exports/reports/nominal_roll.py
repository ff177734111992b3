"""The UN nominal roll of a rotation or a mission (landscape, English by default).

Thirty columns do not fit one page width above 7 pt (not even A3), so the roll is
two linked sheets, each fitted to A4 landscape: the person and the deployment, then
the documents, the second repeating the serial number, rank and names (the link).
Each has the whole title block and ends with the totals and the signature block.

The English roll is read by people who do not read Cyrillic: every cell is Latin
(names as in the passport, English names of ranks, units and categories, the
English appointment when stored or known, the passport transliteration for the
rest).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_ROSTER
from ...services.anchors import chain_head
from ...services.reports import NominalRoll, RollRow, nominal_roll
from ...services.reports.roll import next_of_kin
from ...services.reports.signing import Signature
from ...services.terms import in_language
from ...services.text import to_passport_latin, transliterate
from ..files import Progress, check_progress, check_target
from ..labels import status_word
from ..workbook import TOTAL, Column, ReportBook, ReportSheet

FONT_SIZE = 8
#: (label key, width at 8 pt, kind). Part 1: the person and the deployment.
PART_1 = (
    ("col_serial", 4, "int"), ("col_rank_en", 10, "text"), ("col_surname", 11, "text"),
    ("col_given_names", 11, "text"), ("col_rank_national", 11, "text"), ("col_sex", 4, "text"),
    ("col_birth_date", 9, "date"), ("col_nationality", 5, "text"),
    ("col_service_number", 8, "id"), ("col_un_category", 9, "text"),
    ("col_appointment", 13, "text"), ("col_unit", 12, "text"), ("col_sub_unit", 9, "text"),
    ("col_arrival", 9, "date"), ("col_departure", 9, "date"), ("col_rotation", 5, "int"),
    ("col_remarks", 15, "text"),
)
#: Part 2: the documents (printed after the first ``LINK`` columns of part 1).
PART_2 = (
    ("col_passport", 8.5, "id"), ("col_passport_type", 7, "text"),
    ("col_passport_issued", 9, "date"), ("col_passport_expires", 9, "date"),
    ("col_blood", 5, "text"), ("col_kin", 16, "text"), ("col_medical", 9, "date"),
    ("col_training_no", 8.5, "id"), ("col_training_date", 9, "date"),
    ("col_screening_no", 8.5, "id"), ("col_screening_date", 9, "date"),
    ("col_driving", 6.5, "id"), ("col_un_index", 7.5, "id"),
)
COLUMNS = PART_1 + PART_2
#: Columns printed again in front of part 2: serial number, rank, surname, given names.
LINK = 4


def export_nominal_roll(session: Session, path: str | os.PathLike, *,
                        rotation_id: int | None = None, mission: str | None = None,
                        as_of: dt.date | None = None, lang: str = "en", user: str,
                        marking: str | None = None,
                        signature: Signature | None = None,
                        progress: Progress | None = None,
                        now: dt.datetime | None = None) -> Path:
    """Write the nominal roll of a rotation, or of a mission as deployed on ``as_of``.

    Raises ``NotFound`` for an unknown rotation or mission, ``ExportTargetError``
    for a target that cannot be written, ``ExportCancelled`` when ``progress``
    returns False (no file is left behind).
    """
    path = check_target(path)
    check_progress(progress, 0, 0, READING_ROSTER)
    roll = nominal_roll(session, rotation_id=rotation_id, mission=mission, as_of=as_of)
    with ReportBook(target=path, lang=lang, user=user, marking=marking, font_size=FONT_SIZE,
                    now=now, signature=signature, anchor=chain_head(session)) as book:
        words = book.words
        lines = _lines(roll, words, lang, (now or dt.datetime.now()).date())
        title = f"{words['roll_title']}: {roll.mission}"
        first = book.sheet(words["roll_sheet"], title, [*lines, words["roll_part_person"]],
                           [Column(words[key], width, kind) for key, width, kind in PART_1])
        second = book.sheet(words["roll_sheet_documents"], title,
                            [*lines, words["roll_part_documents"]],
                            [Column(words[key], width, kind)
                             for key, width, kind in PART_1[:LINK] + PART_2])
        totals: dict[tuple[str, str], list[int]] = {}
        split = len(PART_1)

        def rows():
            for r in roll.rows:
                counts = totals.setdefault((r.category_code, r.category), [0, 0])
                counts[0 if r.sex == "M" else 1] += 1
                cells = _cells(r, words, lang, roll)
                second.row(cells[:LINK] + cells[split:])
                yield cells[:split]

        first.rows(rows(), total=roll.count, progress=progress)
        for sheet in (first, second):
            _totals(sheet, totals, words)
            sheet.signature_block()
            sheet.finish()
        return book.save(path, progress)


def _d(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "…"


def _lines(roll: NominalRoll, words: dict[str, str], lang: str, today: dt.date) -> list[str]:
    if roll.rotation_number is None:
        return [words["roll_scope_mission"].format(mission=roll.mission,
                                                   mission_name=roll.mission_name),
                words["as_of"].format(date=_d(roll.as_of))]
    name = transliterate(roll.rotation_name) if lang == "en" else roll.rotation_name
    lines = [words["roll_scope_rotation"].format(
                 mission=roll.mission, mission_name=roll.mission_name,
                 number=roll.rotation_number, name=name),
             words["as_of"].format(date=_d(today)),
             words["roll_rotation_dates"].format(
                 planned=f"{_d(roll.planned_start)} – {_d(roll.planned_end)}",
                 actual=f"{_d(roll.actual_start)} – {_d(roll.actual_end)}")]
    planned = roll.planned_arrivals + roll.planned_departures
    if roll.count:
        if planned == 0:
            lines.append(words["roll_row_dates_actual"])
        elif roll.planned_arrivals == roll.planned_departures == roll.count:
            lines.append(words["roll_row_dates_planned"])
        else:
            lines.append(words["roll_row_dates_mixed"])
    return lines


def _cells(r: RollRow, words: dict[str, str], lang: str, roll: NominalRoll) -> tuple:
    passport_type = words.get(f"passport_{r.passport_type}") if r.passport_type else None
    en = lang == "en"
    latin = transliterate if en else _same
    if en:
        national = transliterate(r.rank_ru)
        unit = r.unit_en
        appointment = r.appointment_en or in_language(r.appointment, "en")
        sub_unit = in_language(r.sub_unit, "en")
        kin = next_of_kin(transliterate(r.kin_name), in_language(r.kin_relation, "en"),
                          r.kin_phone)
    else:
        national = r.rank_kk if lang == "kk" else r.rank_ru
        unit = r.unit_kk if lang == "kk" else r.unit_ru
        appointment, sub_unit = r.appointment, r.sub_unit
        kin = r.next_of_kin
    return (r.serial, r.rank, r.surname_latin or to_passport_latin(r.surname) or None,
            r.given_names_latin or to_passport_latin(r.given_name) or None, national,
            words.get(f"sex_short_{r.sex}", r.sex), r.birth_date, r.nationality_code,
            latin(r.service_number), r.category, appointment, unit, sub_unit, r.arrival,
            r.departure, r.rotation, _remarks(r, words, lang, roll),
            latin(r.passport_number), passport_type, r.passport_issued, r.passport_expires,
            r.blood_group, kin, r.medical_date, latin(r.training_number), r.training_date,
            latin(r.screening_number), r.screening_date, latin(r.driving_permit),
            latin(r.un_index))


def _same(text):
    return text


def _remarks(r: RollRow, words: dict[str, str], lang: str, roll: NominalRoll) -> str | None:
    notes = []
    if r.status == "repatriated":
        text = status_word(words, "remark_repatriated", r.sex).format(
            date=_d(r.repatriation_date or r.departure))
        reason = in_language(r.repatriation_reason, lang)
        notes.append(f"{text}: {reason}" if reason else text)
    elif r.status == "withdrawn":
        notes.append(status_word(words, "remark_withdrawn", r.sex))
    # Only when the list mixes both: otherwise the title block says it once.
    mixed = roll.planned_arrivals + roll.planned_departures not in (0, 2 * roll.count)
    if mixed and not r.arrival_actual:
        notes.append(words["remark_arrival_planned"])
    if mixed and not r.departure_actual:
        notes.append(words["remark_departure_planned"])
    return "; ".join(notes) or None


def _totals(sheet: ReportSheet, totals: dict[tuple[str, str], list[int]],
            words: dict[str, str]) -> None:
    """Totals under the list: per UN category, then all, each by sex."""
    width = sheet.width
    span = ((1, width),)
    male = female = 0
    for (_code, category), (m, f) in sorted(totals.items(), key=lambda kv: kv[0][1]):
        male, female = male + m, female + f
        sheet.styled_row([(words["roll_total_category"].format(
            category=category, total=m + f, male=m, female=f), TOTAL, "text")]
            + [(None, TOTAL, "text")] * (width - 1), spans=span)
    sheet.styled_row([(words["roll_total"].format(total=male + female, male=male,
                                                  female=female), TOTAL, "text")]
                     + [(None, TOTAL, "text")] * (width - 1), spans=span)
