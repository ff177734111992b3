"""Columns of a rotation's roster, declared once (header, value, sort, tooltip, colour)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.eligibility import ACTIVE_STATUSES
from ...services.roster_list import RosterRow
from ...services.text import full_name, sort_key
from ..planning.labels import failure_text, roster_status_label, rule_names
from ..widgets.table import ERROR_COLOR, OK_COLOR, RIGHT, WARNING_COLOR, Column, date_column

CONTEXT = "RosterColumns"
#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate
ELIGIBLE_MARK = "✓"
FAILED_MARK = "✗"


def latin_name(r: RosterRow) -> str:
    return " ".join(p for p in (r.surname_latin, r.given_names_latin) if p)


def checked(r: RosterRow) -> bool:
    """Whether eligibility is evaluated (closed entries are not)."""
    return r.status in ACTIVE_STATUSES


def eligibility_text(r: RosterRow) -> str:
    """✓, or ✗ and the failed rules' names; empty for entries that are closed."""
    if not checked(r):
        return ""
    if r.eligible:
        return ELIGIBLE_MARK
    text = f"{FAILED_MARK} {rule_names(r.failures)}"
    if r.override_reason:
        text += translate("RosterColumns", " (overridden)")
    return text


def eligibility_tooltip(r: RosterRow) -> str:
    if not checked(r):
        return translate("RosterColumns", "Not checked (status: %1).").replace(
            "%1", roster_status_label(r.status))
    if r.eligible:
        return translate("RosterColumns", "Meets every rule for this rotation.")
    lines = [failure_text(f) for f in r.failures]
    if r.override_reason:
        lines.append(translate("RosterColumns", "Approved by %1 over the document rules: %2")
                     .replace("%1", r.override_by or "").replace("%2", r.override_reason))
    return "\n".join(lines)


def _eligibility_color(r: RosterRow):
    if not checked(r):
        return None
    if r.eligible:
        return OK_COLOR
    return WARNING_COLOR if r.override_reason else ERROR_COLOR


_STATUS_COLORS = {"withdrawn": WARNING_COLOR, "repatriated": WARNING_COLOR}


def roster_columns(categories: Mapping[str, str]) -> tuple[Column[RosterRow], ...]:
    """The roster's columns; ``categories`` names each personnel category code."""
    return (
        Column("rank", QT_TRANSLATE_NOOP("RosterColumns", "Rank"), lambda r: r.rank or "",
               sort=lambda r: r.rank_order, width=140),
        Column("name", QT_TRANSLATE_NOOP("RosterColumns", "Name"), full_name,
               sort=lambda r: sort_key(full_name(r)), width=200),
        Column("latin", QT_TRANSLATE_NOOP("RosterColumns", "Name in Latin"), latin_name,
               width=150),
        Column("status", QT_TRANSLATE_NOOP("RosterColumns", "Status"),
               lambda r: roster_status_label(r.status), width=90,
               color=lambda r: _STATUS_COLORS.get(r.status)),
        Column("eligibility", QT_TRANSLATE_NOOP("RosterColumns", "Eligibility"),
               eligibility_text, sort=lambda r: (checked(r), len(r.failures)), width=210,
               tooltip=eligibility_tooltip, color=_eligibility_color,
               header_tip=QT_TRANSLATE_NOOP("RosterColumns", "✓ meets every rule for this "
                                            "rotation; ✗ lists the rules not met (details in "
                                            "the tooltip and below the table)")),
        Column("category", QT_TRANSLATE_NOOP("RosterColumns", "Category"),
               lambda r: categories.get(r.category, r.category), width=150),
        Column("appointment", QT_TRANSLATE_NOOP("RosterColumns", "Appointment"),
               lambda r: r.appointment or "", width=140, tooltip=lambda r: r.appointment),
        Column("sub_unit", QT_TRANSLATE_NOOP("RosterColumns", "Sub-unit"),
               lambda r: r.sub_unit or "", width=110, tooltip=lambda r: r.sub_unit),
        date_column("arrival", QT_TRANSLATE_NOOP("RosterColumns", "Arrival"),
                    lambda r: r.arrival_date, width=80),
        date_column("departure", QT_TRANSLATE_NOOP("RosterColumns", "Departure"),
                    lambda r: r.departure_date, width=80),
        Column("un_index", QT_TRANSLATE_NOOP("RosterColumns", "UN index"),
               lambda r: r.un_index or "", width=90, kind="id"),
        Column("iin", QT_TRANSLATE_NOOP("RosterColumns", "IIN"), lambda r: r.iin,
               align=RIGHT, width=105, kind="id"),
    )


def haystack(r: RosterRow) -> str:
    """What the roster's filter box searches."""
    return " ".join(p for p in (full_name(r), latin_name(r), r.iin, r.service_number,
                                r.rank or "", r.appointment or "", r.sub_unit or "",
                                r.un_index or "", roster_status_label(r.status)) if p)
