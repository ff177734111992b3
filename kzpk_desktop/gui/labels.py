"""Display names of stored codes (status, sex), translated at the point of use."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ..db.models import SERVICEMAN_STATUSES

_CONTEXT = "labels"

STATUS_LABELS = {
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "in_training": QT_TRANSLATE_NOOP("labels", "In training"),
    "deployed": QT_TRANSLATE_NOOP("labels", "Deployed"),
    "returned": QT_TRANSLATE_NOOP("labels", "Returned"),
    "discharged": QT_TRANSLATE_NOOP("labels", "Discharged"),
}

SEX_LABELS = {
    "M": QT_TRANSLATE_NOOP("labels", "Male"),
    "F": QT_TRANSLATE_NOOP("labels", "Female"),
}


def status_label(code: str | None) -> str:
    return QCoreApplication.translate(_CONTEXT, STATUS_LABELS[code]) if code in STATUS_LABELS \
        else (code or "")


def sex_label(code: str | None) -> str:
    return QCoreApplication.translate(_CONTEXT, SEX_LABELS[code]) if code in SEX_LABELS \
        else (code or "")


def status_choices() -> list[tuple[str, str]]:
    """(code, label) in the order a clerk meets the statuses."""
    return [(code, status_label(code)) for code in SERVICEMAN_STATUSES]


def sex_choices() -> list[tuple[str, str]]:
    return [(code, sex_label(code)) for code in SEX_LABELS]
