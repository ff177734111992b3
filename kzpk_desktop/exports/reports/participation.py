"""Participation history over a period: persons and tours per mission and category."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_ROSTER, WRITING_ROWS
from ...services.anchors import chain_head
from ...services.reports import ParticipationLine, participation
from ..files import Progress, check_progress, check_target
from ..workbook import Column, ReportBook


def export_participation(session: Session, path: str | os.PathLike, *, start: dt.date,
                         end: dt.date | None = None, lang: str = "ru", user: str,
                         marking: str | None = None,
                         progress: Progress | None = None,
                         now: dt.datetime | None = None) -> Path:
    """One sheet: per mission and personnel category the distinct persons who served in
    the period and their tours, with the strength on its last day; then all missions per
    category, staff officers and experts on mission together, and the grand total."""
    path = check_target(path)
    check_progress(progress, 0, 0, READING_ROSTER)
    data = participation(session, start, end, lang=lang)
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    anchor=chain_head(session)) as book:
        w = book.words
        check_progress(progress, 0, 0, WRITING_ROWS)
        sheet = book.sheet(
            w["part_sheet"], w["part_title"],
            [w["part_period"].format(start=f"{data.start:%d.%m.%Y}",
                                     end=f"{data.end:%d.%m.%Y}"), w["part_note"]],
            [Column(w["col_mission"], 46), Column(w["col_personnel_type"], 34),
             Column(w["col_persons"], 14, "int"), Column(w["col_tours"], 12, "int"),
             Column(w["col_serving"].format(date=f"{data.end:%d.%m.%Y}"), 16, "int")])

        def cells(line: ParticipationLine, mission: str | None, category: str | None) -> tuple:
            return (mission, category, line.persons, line.tours, line.serving)

        if not data.lines:
            sheet.note(w["part_none"])
        for line in data.lines:
            mission = f"{line.mission} — {line.mission_name}"
            if line.category_code is None:
                sheet.total_row(cells(line, mission, w["part_all_categories"]))
            else:
                sheet.row(cells(line, mission, line.category))
        if data.lines:
            for line in data.by_category:
                sheet.total_row(cells(line, w["contrib_all_missions"], line.category))
            sheet.total_row(cells(data.individual, w["contrib_all_missions"],
                                  w["part_individual"]))
            sheet.total_row(cells(data.total, w["total"], w["part_all_categories"]))
        sheet.finish()
        return book.save(path, progress)
