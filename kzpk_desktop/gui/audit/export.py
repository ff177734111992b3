"""The Audit area's Export…: the events found, to a workbook, in the background.

The workbook is ``exports.reports.audit_trail`` (the same as ``kzpk audit``), its
record and changes in the words the area shows;
choosing the file, the progress dialog with Cancel, auditing the export and
offering to open the file are the shared ``gui.exporting`` steps.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...services.audit import EventFilter
from ..area import AreaContext
from ..exporting import ExportJob, choose_target, file_name, run_export

REPORT = "audit"


def export_events(parent: QWidget, ctx: AreaContext, flt: EventFilter) -> Path | None:
    """Ask for a file and write the events matching ``flt``; the path written, or None."""
    title = QCoreApplication.translate("AuditExport", "Export the audit trail")
    path = choose_target(parent, ctx.settings, title,
                         file_name("audit", dt.date.today()))
    if path is None:
        return None

    def build(session, target: Path, user: str, progress) -> Path:
        from ...exports.reports.audit_trail import export_audit
        from ...services.auth import require_role
        from .labels import action_label, entity_label
        from .words import say

        require_role(session, "supervisor")  # as ``kzpk audit``: the trail names people
        # In the Audit area's own words (the UI language), as the clerk saw them on screen.
        return export_audit(session, target, flt, lang=ctx.lang, user=user, progress=progress,
                            say=say, action_word=action_label, entity_word=entity_label)

    details = {"since": flt.since, "until": flt.until, "user": flt.username,
               "action": flt.action, "entity": flt.entity,
               "uid": str(flt.entity_uid) if flt.entity_uid else None, "text": flt.text}
    job = ExportJob(REPORT, title, build, {k: v for k, v in details.items() if v is not None})
    return run_export(parent, ctx.ops, path, job)
