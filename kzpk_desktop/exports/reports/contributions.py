"""UN-style monthly contribution summary: mission x personnel type x male / female / total."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...services.anchors import chain_head
from ...services.reports import ContributionLine, contributions
from ..files import Progress, check_progress, check_target
from ..workbook import DEFAULT_MARKING, Column, ReportBook


def export_contributions(session: Session, path: str | os.PathLike, *,
                         as_of: dt.date | None = None, lang: str = "en", user: str,
                         marking: str | None = DEFAULT_MARKING,
                         progress: Progress | None = None,
                         now: dt.datetime | None = None) -> Path:
    """People deployed on ``as_of`` per mission and UN personnel type, with the share of
    women against the UN gender parity target of that year; then all missions per type
    and the grand total."""
    path = check_target(path)
    as_of = as_of or dt.date.today()
    data = contributions(session, as_of)
    with ReportBook(lang=lang, user=user, marking=marking, now=now,
                    anchor=chain_head(session)) as book:
        w = book.words
        check_progress(progress, 0, 1)
        sheet = book.sheet(
            w["contrib_sheet"], w["contrib_title"],
            [w["contrib_sub"], w["as_of"].format(date=f"{as_of:%d.%m.%Y}")],
            [Column(w["col_mission"], 16), Column(w["col_personnel_type"], 24),
             Column(w["col_male"], 11, "int"), Column(w["col_female"], 11, "int"),
             Column(w["col_total"], 11, "int"), Column(w["col_women_share"], 12, "percent"),
             Column(w["col_target"].format(year=as_of.year), 14, "percent"),
             Column(w["col_meets"], 12)])

        def cells(line: ContributionLine, mission: str | None) -> tuple:
            met = line.meets_target
            return (mission, line.category, line.male, line.female, line.total,
                    line.women_share, line.target,
                    None if met is None else w["yes"] if met else w["no"])

        for line in data.lines:
            sheet.row(cells(line, line.mission))
        for line in data.by_category:
            sheet.total_row(cells(line, w["contrib_all_missions"]))
        sheet.total_row(cells(data.total, w["total"]))
        sheet.finish()
        check_progress(progress, 1, 1)
        return book.save(path)
