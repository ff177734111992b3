"""The report to Parliament as of a date (landscape; Russian by default, Kazakh or English)."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from ...progress import READING_ROSTER, WRITING_ROWS
from ...services.anchors import chain_head
from ...services.decisions import decision_titles
from ...services.reports import Counts, DecisionSection, ParliamentReport, parliament_report
from ...services.reports.signing import Signature
from ...services.terms import in_language
from ...services.text import sort_key
from ..files import Progress, check_progress, check_target
from ..workbook import Column, ReportBook, ReportSheet


def export_parliament_report(session: Session, path: str | os.PathLike, *,
                             as_of: dt.date | None = None, lang: str = "ru", user: str,
                             marking: str | None = None,
                             signature: Signature | None = None,
                             progress: Progress | None = None,
                             now: dt.datetime | None = None) -> Path:
    """Six sheets: ceilings per decision and mission, by category, by sex, mission x sex,
    by speciality, and the people deployed. Counts follow ``services.reports.tours``
    (from the roster status history). A ceiling exceeded on the day is said in words with
    the day, never as a negative number of places left."""
    path = check_target(path)
    as_of = as_of or dt.date.today()
    check_progress(progress, 0, 0, READING_ROSTER)
    report = parliament_report(session, as_of, lang=lang)
    titles = decision_titles(session, lang)
    with ReportBook(target=path, lang=lang, user=user, marking=marking, now=now,
                    signature=signature, anchor=chain_head(session)) as book:
        w = book.words
        when = w["as_of"].format(date=f"{as_of:%d.%m.%Y}")
        check_progress(progress, 0, 0, WRITING_ROWS)
        decisions = [w["parl_decision_line"].format(label=_decision(w, s), title=titles[s.id])
                     for s in report.sections]
        _summary(book, report, [w["parl_sub_summary"], when, *decisions])
        check_progress(progress, 0, 0)
        for key, attr, head in (("category", "by_category", "col_category"),
                                ("sex", "by_sex", "col_sex")):
            _breakdown(book, report, key, attr, w[head], [w[f"parl_sub_{key}"], when])
            check_progress(progress, 0, 0)
        _mission_sex(book, report, [w["parl_sub_mission_sex"], when])
        check_progress(progress, 0, 0)
        _breakdown(book, report, "speciality", "by_speciality", w["col_speciality"],
                   [w["parl_sub_speciality"], when])
        check_progress(progress, 0, 0)
        _people(book, report, [w["parl_sub_people"], when])
        check_progress(progress, 0, 0)
        return book.save(path, progress)


def _decision(w: dict[str, str], s: DecisionSection) -> str:
    return w["decision_label"].format(number=s.number, date=f"{s.date:%d.%m.%Y}")


def _sheet(book: ReportBook, key: str, lines: list[str], columns: list[Column]) -> ReportSheet:
    w = book.words
    return book.sheet(w[f"parl_sheet_{key}"], w["parl_title"], lines, columns, landscape=True)


def _none(sheet: ReportSheet, report: ParliamentReport) -> bool:
    if not report.sections:
        sheet.note(sheet.book.words["parl_none"])
    return not report.sections


def _summary(book: ReportBook, report: ParliamentReport, lines: list[str]) -> None:
    w = book.words
    sheet = _sheet(book, "summary", lines, [
        Column(w["col_decision"], 22), Column(w["col_mission"], 48),
        Column(w["col_ceiling"], 14, "int"), Column(w["col_approved"], 14, "int"),
        Column(w["col_deployed"], 14, "int"), Column(w["col_committed"], 16, "int"),
        Column(w["col_remaining"], 20, "int")])
    if not _none(sheet, report):
        day = f"{report.as_of:%d.%m.%Y}"
        exceeded: list[str] = []

        def left(excess: int, remaining: int | None, what: str, ceiling: int | None):
            if not excess:
                return remaining
            exceeded.append(w["parl_exceeded_note"].format(
                what=what, counted=excess + (ceiling or 0), ceiling=ceiling or 0, day=day,
                excess=excess))
            return w["parl_exceeded"].format(excess=excess, day=day)

        kinds = ["text", "text", "int", "int", "int", "int", "text"]
        for s in report.sections:
            label = _decision(w, s)
            for m in s.missions:
                places = left(m.excess, m.remaining, f"{m.acronym}, {label}", m.ceiling)
                sheet.row((label, f"{m.acronym} — {m.name}", m.ceiling, m.counts.approved,
                           m.counts.deployed, m.counts.total, places),
                          kinds if isinstance(places, str) else None)
            t = s.totals
            sheet.total_row((label, w["decision_total"].format(number=s.number), s.ceiling,
                             t.approved, t.deployed, t.total,
                             left(s.excess, s.remaining, label, s.ceiling)))
        t = report.totals
        sheet.total_row((w["overall_total"], None, sum(s.ceiling for s in report.sections),
                         t.approved, t.deployed, t.total,
                         sum(s.remaining for s in report.sections)))
        if exceeded:
            sheet.blank()
            for line in exceeded:
                sheet.note(line)
    sheet.signature_block()
    sheet.finish()


def _mission_sex(book: ReportBook, report: ParliamentReport, lines: list[str]) -> None:
    """Per decision and mission: men and women approved and deployed, and women's share."""
    w = book.words
    sheet = _sheet(book, "mission_sex", lines, [
        Column(w["col_decision"], 22), Column(w["col_mission"], 30),
        Column(w["col_men_approved"], 13, "int"), Column(w["col_men_deployed"], 13, "int"),
        Column(w["col_women_approved"], 13, "int"), Column(w["col_women_deployed"], 13, "int"),
        Column(w["col_committed"], 14, "int"), Column(w["col_women_share"], 12, "percent")])
    if not _none(sheet, report):
        overall = {"M": Counts(), "F": Counts()}
        for s in report.sections:
            label = _decision(w, s)
            per: dict[str, dict[str, Counts]] = {}
            for acronym, sex, c in s.by_mission_sex:
                per.setdefault(acronym, {"M": Counts(), "F": Counts()})[sex] = c
            own = {"M": Counts(), "F": Counts()}
            for m in s.missions:
                if m.acronym in per:
                    sheet.row(_sex_cells(label, f"{m.acronym} — {m.name}", per[m.acronym]))
                    for sex in own:
                        own[sex] = own[sex] + per[m.acronym][sex]
            sheet.total_row(_sex_cells(label, w["decision_total"].format(number=s.number), own))
            for sex in overall:
                overall[sex] = overall[sex] + own[sex]
        sheet.total_row(_sex_cells(w["overall_total"], None, overall))
    sheet.finish()


def _sex_cells(label: str, what: str | None, c: dict[str, Counts]) -> tuple:
    total = c["M"].total + c["F"].total
    return (label, what, c["M"].approved, c["M"].deployed, c["F"].approved, c["F"].deployed,
            total, c["F"].total / total if total else None)


def _breakdown(book: ReportBook, report: ParliamentReport, key: str, attr: str, head: str,
               lines: list[str]) -> None:
    w = book.words
    sheet = _sheet(book, key, lines, [
        Column(w["col_decision"], 22), Column(head, 48), Column(w["col_approved"], 14, "int"),
        Column(w["col_deployed"], 14, "int"), Column(w["col_committed"], 16, "int")])
    if not _none(sheet, report):
        for s in report.sections:
            label = _decision(w, s)
            # Two stored spellings of one speciality print as one line in the language.
            merged: dict[str, Counts] = {}
            for value, c in getattr(s, attr):
                shown = _value(w, key, value, book.lang)
                merged[shown] = merged.get(shown, Counts()) + c
            lines = merged.items()
            if key == "speciality":  # alphabetical in the report's language
                lines = sorted(lines, key=lambda kv: (kv[0] == w["not_specified"],
                                                      sort_key(kv[0])))
            for shown, c in lines:
                sheet.row((label, shown, c.approved, c.deployed, c.total))
            t = s.totals
            sheet.total_row((label, w["decision_total"].format(number=s.number), t.approved,
                             t.deployed, t.total))
        t = report.totals
        sheet.total_row((w["overall_total"], None, t.approved, t.deployed, t.total))
    sheet.finish()


def _value(w: dict[str, str], key: str, value: str | None, lang: str) -> str:
    if key == "sex":
        return w.get(f"sex_{value}", value or w["not_specified"])
    if key == "speciality" and value:
        return in_language(value, lang)
    return value or w["not_specified"]


def _people(book: ReportBook, report: ParliamentReport, lines: list[str]) -> None:
    w = book.words
    sheet = _sheet(book, "people", lines, [
        Column(w["col_decision"], 20), Column(w["col_mission"], 11),
        Column(w["col_serial"], 6, "int"), Column(w["col_rank"], 20),
        Column(w["col_name"], 34), Column(w["col_unit"], 26),
        Column(w["col_category"], 20), Column(w["col_arrival"], 12, "date"),
        Column(w["col_departure"], 12, "date")])
    if not _none(sheet, report):
        for s in report.sections:
            label = _decision(w, s)
            # Numbered per mission, with the mission's head count after its list.
            for m in s.missions:
                people = [p for p in s.people if p.mission == m.acronym]
                for serial, p in enumerate(people, 1):
                    sheet.row((label, p.mission, serial, p.rank, p.name, p.unit, p.category,
                               p.arrival, p.departure))
                if people:
                    sheet.total_row((label, f"{w['total']} {m.acronym}", len(people)))
    sheet.finish()
