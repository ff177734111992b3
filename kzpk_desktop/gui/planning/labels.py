"""Words for the planning codes (statuses, rules) and the figures the planning screens print."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ...services.dates import fmt
from ...services.eligibility import RULE_NAMES, RuleFailure
from ...services.overview import GenderShare
from ..i18n import service_text

_CONTEXT = "PlanningLabels"
#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate

ROSTER_STATUS_LABELS = {
    "nominated": QT_TRANSLATE_NOOP("PlanningLabels", "Nominated"),
    "approved": QT_TRANSLATE_NOOP("PlanningLabels", "Approved"),
    "deployed": QT_TRANSLATE_NOOP("PlanningLabels", "Deployed"),
    "repatriated": QT_TRANSLATE_NOOP("PlanningLabels", "Repatriated"),
    "completed": QT_TRANSLATE_NOOP("PlanningLabels", "Completed"),
    "withdrawn": QT_TRANSLATE_NOOP("PlanningLabels", "Withdrawn"),
}
ROTATION_STATUS_LABELS = {
    "planning": QT_TRANSLATE_NOOP("PlanningLabels", "Planning"),
    "training": QT_TRANSLATE_NOOP("PlanningLabels", "Training"),
    "deployed": QT_TRANSLATE_NOOP("PlanningLabels", "Deployed"),
    "completed": QT_TRANSLATE_NOOP("PlanningLabels", "Completed"),
}
MISSION_STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("PlanningLabels", "Active"),
    "closing": QT_TRANSLATE_NOOP("PlanningLabels", "Closing"),
    "closed": QT_TRANSLATE_NOOP("PlanningLabels", "Closed"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    return translate(_CONTEXT, table[code]) if code in table else (code or "")


def roster_status_label(code: str | None) -> str:
    return _label(ROSTER_STATUS_LABELS, code)


def rotation_status_label(code: str | None) -> str:
    return _label(ROTATION_STATUS_LABELS, code)


def mission_status_label(code: str | None) -> str:
    return _label(MISSION_STATUS_LABELS, code)


def rule_name(rule: str) -> str:
    return service_text(RULE_NAMES.get(rule, rule))


def rule_names(failures: Iterable[RuleFailure]) -> str:
    """The failed rules' short names, each once: "passport, medical fitness"."""
    return ", ".join(dict.fromkeys(rule_name(f.rule) for f in failures))


def failure_text(failure: RuleFailure) -> str:
    return service_text(failure.template, failure.args)


def period(start: dt.date | None, end: dt.date | None) -> str:
    """"01.03.2025 – 31.08.2025", "from 01.03.2025", "until 31.08.2025" or ""."""
    if start is not None and end is not None:
        return f"{fmt(start)} – {fmt(end)}"
    if start is not None:
        return translate("PlanningLabels", "from %1").replace("%1", fmt(start))
    if end is not None:
        return translate("PlanningLabels", "until %1").replace("%1", fmt(end))
    return ""


def percent(value: Fraction | float | None) -> str:
    """A percentage with at most one decimal, in the clerk's locale: "7,5 %" / "14%"."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    digits = 0 if rounded == int(rounded) else 1
    return translate("PlanningLabels", "%1%").replace(
        "%1", QLocale().toString(rounded, "f", digits))


def parity_line(share: GenderShare, category: str) -> str:
    """"Troops: 9 of 120 women (7.5%) — target 14%" (the UN target of that year)."""
    text = translate("PlanningLabels", "%1: %2 of %3 women (%4)").replace(
        "%1", category).replace("%2", str(share.women)).replace("%3", str(share.total)).replace(
        "%4", percent(share.share))
    if share.target is not None:
        text += translate("PlanningLabels", " — target %1").replace(
            "%1", percent(share.target))
    return text
