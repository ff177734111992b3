"""Columns of the planning tables (missions, rotations, strength, blocked people, decisions)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.dates import fmt
from ...services.decisions import DecisionRow
from ...services.overview import BlockedPerson, GenderShare
from ...services.rotations import RotationRow
from ..widgets.table import CENTER, ERROR_COLOR, OK_COLOR, RIGHT, WARNING_COLOR, Column, date_column
from .labels import (
    failure_text,
    mission_status_label,
    percent,
    period,
    roster_status_label,
    rotation_status_label,
    rule_names,
)

CONTEXT = "PlanningColumns"


@dataclass(frozen=True)
class MissionRow:
    id: int
    acronym: str
    name: str
    host: str
    status: str
    present: int  # people in the mission today
    rotations: int


@dataclass(frozen=True)
class StrengthRow:
    id: str  # category code
    category: str  # its name in the clerk's language
    share: GenderShare


MISSION_COLUMNS: tuple[Column[MissionRow], ...] = (
    Column("acronym", QT_TRANSLATE_NOOP("PlanningColumns", "Mission"),
           lambda r: r.acronym, width=80),
    Column("name", QT_TRANSLATE_NOOP("PlanningColumns", "Name"),
           lambda r: r.name, width=220,
           tooltip=lambda r: r.name),
    Column("host", QT_TRANSLATE_NOOP("PlanningColumns", "Host"),
           lambda r: r.host, width=130),
    Column("status", QT_TRANSLATE_NOOP("PlanningColumns", "Status"),
           lambda r: mission_status_label(r.status),
           width=80, color=lambda r: WARNING_COLOR if r.status == "closing" else
           (ERROR_COLOR if r.status == "closed" else None)),
    Column("present", QT_TRANSLATE_NOOP("PlanningColumns", "In mission"),
           lambda r: str(r.present),
           sort=lambda r: r.present, align=RIGHT, width=80,
           header_tip=QT_TRANSLATE_NOOP("PlanningColumns", "People serving in the mission today")),
)


def _count(*statuses: str):
    return lambda r: sum(r.counts.get(s, 0) for s in statuses)


def _count_text(*statuses: str):
    count = _count(*statuses)
    return lambda r: str(count(r) or "")


ROTATION_COLUMNS: tuple[Column[RotationRow], ...] = (
    Column("number", QT_TRANSLATE_NOOP("PlanningColumns", "No."),
           lambda r: str(r.number),
           sort=lambda r: r.number, align=RIGHT, width=45),
    Column("name", QT_TRANSLATE_NOOP("PlanningColumns", "Name"),
           lambda r: r.name, width=190,
           tooltip=lambda r: r.name),
    Column("status", QT_TRANSLATE_NOOP("PlanningColumns", "Status"),
           lambda r: rotation_status_label(r.status),
           width=85),
    Column("planned", QT_TRANSLATE_NOOP("PlanningColumns", "Planned"),
           lambda r: f"{fmt(r.planned_start)} – {fmt(r.planned_end)}",
           sort=lambda r: (r.planned_start, r.planned_end), align=CENTER, width=170),
    Column("decision", QT_TRANSLATE_NOOP("PlanningColumns", "Decision"),
           lambda r: r.decision, width=90),
    Column("nominated", QT_TRANSLATE_NOOP("PlanningColumns", "Nominated"),
           _count_text("nominated"),
           sort=_count("nominated"), align=RIGHT, width=80),
    Column("approved", QT_TRANSLATE_NOOP("PlanningColumns", "Approved"),
           _count_text("approved"),
           sort=_count("approved"), align=RIGHT, width=80),
    Column("deployed", QT_TRANSLATE_NOOP("PlanningColumns", "Deployed"),
           _count_text("deployed"),
           sort=_count("deployed"), align=RIGHT, width=80),
    Column("back", QT_TRANSLATE_NOOP("PlanningColumns", "Returned"),
           _count_text("completed", "repatriated"),
           sort=_count("completed", "repatriated"), align=RIGHT, width=80,
           header_tip=QT_TRANSLATE_NOOP("PlanningColumns",
                                        "Completed the tour or repatriated early")),
    Column("withdrawn", QT_TRANSLATE_NOOP("PlanningColumns", "Withdrawn"),
           _count_text("withdrawn"),
           sort=_count("withdrawn"), align=RIGHT, width=80),
)


def _share_color(r: StrengthRow):
    met = r.share.meets_target
    return None if met is None else (OK_COLOR if met else WARNING_COLOR)


STRENGTH_COLUMNS: tuple[Column[StrengthRow], ...] = (
    Column("category", QT_TRANSLATE_NOOP("PlanningColumns", "Category"),
           lambda r: r.category, width=190,
           sort=lambda r: 0),  # keeps the UN's order of categories
    Column("men", QT_TRANSLATE_NOOP("PlanningColumns", "Men"),
           lambda r: str(r.share.men),
           sort=lambda r: r.share.men, align=RIGHT, width=60),
    Column("women", QT_TRANSLATE_NOOP("PlanningColumns", "Women"),
           lambda r: str(r.share.women),
           sort=lambda r: r.share.women, align=RIGHT, width=60),
    Column("total", QT_TRANSLATE_NOOP("PlanningColumns", "Total"),
           lambda r: str(r.share.total),
           sort=lambda r: r.share.total, align=RIGHT, width=60),
    Column("share", QT_TRANSLATE_NOOP("PlanningColumns", "Women, %"),
           lambda r: percent(r.share.share),
           sort=lambda r: r.share.share, align=RIGHT, width=75, color=_share_color),
    Column("target", QT_TRANSLATE_NOOP("PlanningColumns", "UN target"),
           lambda r: percent(r.share.target),
           sort=lambda r: r.share.target, align=RIGHT, width=75,
           header_tip=QT_TRANSLATE_NOOP("PlanningColumns", "Share of women the UN gender "
                                        "parity strategy asks for this year")),
)


BLOCKED_COLUMNS: tuple[Column[BlockedPerson], ...] = (
    Column("name", QT_TRANSLATE_NOOP("PlanningColumns", "Name"),
           lambda r: f"{r.surname} {r.given_name}",
           width=160),
    Column("iin", QT_TRANSLATE_NOOP("PlanningColumns", "IIN"),
           lambda r: r.iin, align=RIGHT, width=100),
    Column("status", QT_TRANSLATE_NOOP("PlanningColumns", "Status"),
           lambda r: roster_status_label(r.status),
           width=85),
    Column("documents", QT_TRANSLATE_NOOP("PlanningColumns", "Documents that block"),
           lambda r: rule_names(r.failures), width=300, color=lambda r: ERROR_COLOR,
           tooltip=lambda r: "\n".join(failure_text(f) for f in r.failures)),
)


DECISION_COLUMNS: tuple[Column[DecisionRow], ...] = (
    Column("number", QT_TRANSLATE_NOOP("PlanningColumns", "Number"),
           lambda r: r.number, width=90, kind="id"),
    date_column("date", QT_TRANSLATE_NOOP("PlanningColumns", "Date"), lambda r: r.date,
                width=85),
    Column("title", QT_TRANSLATE_NOOP("PlanningColumns", "Title"),
           lambda r: r.title, width=300,
           tooltip=lambda r: r.title),
    Column("ceiling", QT_TRANSLATE_NOOP("PlanningColumns", "Ceiling"),
           lambda r: str(r.ceiling),
           sort=lambda r: r.ceiling, align=RIGHT, width=65, kind="int",
           cell=lambda r: r.ceiling),
    Column("period", QT_TRANSLATE_NOOP("PlanningColumns", "Period"),
           lambda r: period(r.period_from, r.period_to),
           sort=lambda r: r.period_from, align=CENTER, width=170),
    Column("superseded_by", QT_TRANSLATE_NOOP("PlanningColumns", "Superseded by"),
           lambda r: r.superseded_by or "", width=105,
           color=lambda r: WARNING_COLOR if r.superseded_by else None),
    Column("missions", QT_TRANSLATE_NOOP("PlanningColumns", "Ceilings per mission"),
           lambda r: ", ".join(f"{a} {c}" for a, c in r.missions.items()), width=260,
           tooltip=lambda r: "\n".join(f"{a}: {c}" for a, c in r.missions.items())),
)
