"""UN-style monthly contribution summary: mission x personnel type x male / female / total.

Laid out as the UN reports it: per mission, the personnel types in the UN's order
(Experts on Mission, Formed Police Units, Individual Police, Staff Officer,
Troops), then the mission's subtotal; then all missions per type and the grand
total. The gender parity strategy sets one target for military observers
(experts on mission) and staff officers together, so they are judged together:
their joint line carries the target and whether it is met, their own lines only
their share.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_ROSTER, WRITING_ROWS
from ...services.anchors import chain_head
from ...services.categories import category_choices
from ...services.reports import ContributionLine, contributions
from ...services.reports.signing import Signature
from ..files import Progress, check_progress, check_target
from ..workbook import Column, ReportBook

#: The UN's order of personnel types in its contribution tables.
UN_ORDER = ("expert", "fpu", "ipo", "staff-officer", "troops")
#: Judged together against one parity target.
JOINT = ("expert", "staff-officer")


def _order(line: ContributionLine) -> tuple:
    code = line.category_code
    return (UN_ORDER.index(code) if code in UN_ORDER else len(UN_ORDER), line.category or "")


def export_contributions(session: Session, path: str | os.PathLike, *,
                         as_of: dt.date | None = None, lang: str = "en", user: str,
                         marking: str | None = None, signature: Signature | None = None,
                         progress: Progress | None = None,
                         now: dt.datetime | None = None) -> Path:
    """People deployed on ``as_of`` per mission and UN personnel type, with the share of
    women against the UN gender parity target of that year."""
    path = check_target(path)
    as_of = as_of or dt.date.today()
    check_progress(progress, 0, 0, READING_ROSTER)
    data = contributions(session, as_of)
    names = {c.code: c.un_label if lang == "en" else c.name
             for c in category_choices(session, lang)}
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    signature=signature, anchor=chain_head(session)) as book:
        w = book.words
        check_progress(progress, 0, 0, WRITING_ROWS)
        sheet = book.sheet(
            w["contrib_sheet"], w["contrib_title"],
            [w["contrib_sub"], w["as_of"].format(date=f"{as_of:%d.%m.%Y}"),
             w["contrib_joint_note"]],
            [Column(w["col_mission"], 16), Column(w["col_personnel_type"], 34),
             Column(w["col_male"], 11, "int"), Column(w["col_female"], 11, "int"),
             Column(w["col_total"], 11, "int"), Column(w["col_women_share"], 12, "percent"),
             Column(w["col_target"].format(year=as_of.year), 14, "percent"),
             Column(w["col_meets"], 12)])

        def cells(line: ContributionLine, mission: str | None, label: str | None,
                  judged: bool = True) -> tuple:
            met = line.meets_target if judged else None
            return (mission, label, line.male, line.female, line.total, line.women_share,
                    line.target if judged else None,
                    None if met is None else w["yes"] if met else w["no"])

        def block(lines: list[ContributionLine], mission: str, total_label: str,
                  as_total: bool) -> None:
            put = sheet.total_row if as_total else sheet.row
            for line in sorted(lines, key=_order):
                judged = line.category_code not in JOINT
                put(cells(line, mission, names.get(line.category_code, line.category), judged))
            joint = [line for line in lines if line.category_code in JOINT]
            if joint:
                together = ContributionLine(
                    lines[0].mission, JOINT[1], None, sum(x.male for x in joint),
                    sum(x.female for x in joint), joint[0].target)
                put(cells(together, mission, w["contrib_joint"]))
            subtotal = ContributionLine(lines[0].mission, None, None,
                                        sum(x.male for x in lines),
                                        sum(x.female for x in lines), None)
            sheet.total_row(cells(subtotal, mission, total_label))

        missions = sorted({line.mission for line in data.lines})
        for mission in missions:
            block([x for x in data.lines if x.mission == mission], mission,
                  w["contrib_mission_total"].format(mission=mission), as_total=False)
        if data.by_category:
            block(list(data.by_category), w["contrib_all_missions"], w["total"], as_total=True)
        else:
            sheet.total_row(cells(data.total, w["total"], None))
        sheet.signature_block()
        sheet.finish()
        return book.save(path, progress)
