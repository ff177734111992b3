"""Audit actions, record kinds and times in the user's language."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.audit import EVENT_ACTIONS, RECORD_ACTIONS

_CONTEXT = "AuditLabels"
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "deleted"),
    "login": QT_TRANSLATE_NOOP("AuditLabels", "signed in"),
    "logout": QT_TRANSLATE_NOOP("AuditLabels", "signed out"),
    "login_failed": QT_TRANSLATE_NOOP("AuditLabels", "sign-in refused"),
    "import": QT_TRANSLATE_NOOP("AuditLabels", "import"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "export"),
    "override": QT_TRANSLATE_NOOP("AuditLabels", "rule overridden"),
    "demo": QT_TRANSLATE_NOOP("AuditLabels", "demo data"),
    # A backup put in place of the database (no record), or a record from the recycle bin.
    "restore": QT_TRANSLATE_NOOP("AuditLabels", "restored"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "backup made"),
    "encrypt": QT_TRANSLATE_NOOP("AuditLabels", "database encrypted"),
    "decrypt": QT_TRANSLATE_NOOP("AuditLabels", "database decrypted"),
    "migrate": QT_TRANSLATE_NOOP("AuditLabels", "schema upgraded"),
}
#: Table names of audited records -> what the user calls them.
ENTITIES = {
    "serviceman": QT_TRANSLATE_NOOP("AuditLabels", "serviceman"),
    "document": QT_TRANSLATE_NOOP("AuditLabels", "document"),
    "document_scan": QT_TRANSLATE_NOOP("AuditLabels", "document scan"),
    "assignment": QT_TRANSLATE_NOOP("AuditLabels", "assignment"),
    "unit": QT_TRANSLATE_NOOP("AuditLabels", "unit"),
    "rotation": QT_TRANSLATE_NOOP("AuditLabels", "rotation"),
    "roster_entry": QT_TRANSLATE_NOOP("AuditLabels", "roster entry"),
    "roster_status_change": QT_TRANSLATE_NOOP("AuditLabels", "roster status history"),
    "decision": QT_TRANSLATE_NOOP("AuditLabels", "Parliament decision"),
    "decision_ceiling": QT_TRANSLATE_NOOP("AuditLabels", "mission ceiling"),
    "mission": QT_TRANSLATE_NOOP("AuditLabels", "mission"),
    "rank": QT_TRANSLATE_NOOP("AuditLabels", "rank"),
    "unit_kind": QT_TRANSLATE_NOOP("AuditLabels", "unit kind"),
    "document_kind": QT_TRANSLATE_NOOP("AuditLabels", "document kind"),
    "personnel_category": QT_TRANSLATE_NOOP("AuditLabels", "personnel category"),
    "user_account": QT_TRANSLATE_NOOP("AuditLabels", "user account"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "setting"),
    "recycle_item": QT_TRANSLATE_NOOP("AuditLabels", "recycle bin item"),
}
ALL_ACTIONS = RECORD_ACTIONS + EVENT_ACTIONS


def action_label(action: str) -> str:
    return QCoreApplication.translate(_CONTEXT, ACTIONS[action]) if action in ACTIONS else action


def entity_label(entity: str | None) -> str:
    if not entity:
        return ""
    return QCoreApplication.translate(_CONTEXT, ENTITIES[entity]) if entity in ENTITIES \
        else entity


def local_time(at: dt.datetime) -> dt.datetime:
    """An event's time (stored in UTC) on this computer's clock."""
    return at.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def shown_time(at: dt.datetime) -> str:
    return f"{local_time(at):%d.%m.%Y %H:%M:%S}"


def day_start_utc(day: dt.date) -> dt.datetime:
    """The first moment of a local calendar day, in UTC (how events are stored)."""
    return dt.datetime.combine(day, dt.time()).astimezone(dt.timezone.utc).replace(tzinfo=None)
