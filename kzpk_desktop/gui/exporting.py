"""Writing an export from the GUI: choose the file, write it in the background, audit it,
then offer to open it or its folder.

The Paperwork area and every list's "Export…" go through ``choose_target`` and
``run_export``; what differs between them is only the ``ExportJob.build``
function (one of ``exports.reports``). The job runs in a worker thread with a
session of its own, as the signed-in user (a viewer may export), and is
recorded in the audit trail as the CLI records it: an ``export`` event naming
the report, the file and the parameters.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from ..services.errors import ServiceError
from .i18n import error_text
from .ops import Operations, describe
from .prompts import Button, Prompt
from .settings import Settings

XLSX, CSV = ".xlsx", ".csv"
#: build(session, path, user, progress) -> the path written (one of exports.reports).
Build = Callable[[Session, Path, str, Callable[[int, int], bool]], Path]


@dataclass(frozen=True)
class ExportJob:
    #: The report's name in the audit trail and the CLI ("nominal-roll", "servicemen-list").
    report: str
    #: Translated; the title of the progress dialog and of the messages.
    title: str
    build: Build
    #: Parameters recorded in the audit trail with the file name.
    details: Mapping[str, Any] = field(default_factory=dict)


def file_name(*parts: object, suffix: str = XLSX) -> str:
    """A default file name from its parts: ``nominal-roll-UNDOF-3-2026-11-28.xlsx``."""
    words = []
    for part in parts:
        if part is None or part == "":
            continue
        text = f"{part:%Y-%m-%d}" if isinstance(part, dt.date) else str(part)
        # Characters no file system accepts (Windows is the strictest) become dashes.
        words.append(re.sub(r'[\\/:*?"<>|\s]+', "-", text.strip()).strip("-"))
    return "-".join(w for w in words if w) + suffix


def choose_target(parent: QWidget | None, settings: Settings, title: str, suggested: str, *,
                  csv: bool = False) -> Path | None:
    """Ask where to save (in the last folder used); None when the clerk cancels.

    A name typed without an extension gets the one of the chosen file type.
    The folder is remembered for the next export.
    """
    filters = [QCoreApplication.translate("Export", "Excel workbook (*.xlsx)")]
    if csv:
        filters.append(QCoreApplication.translate("Export", "CSV, UTF-8 with BOM (*.csv)"))
    chosen, selected = QFileDialog.getSaveFileName(
        parent, title, str(Path(settings.last_folder) / suggested), ";;".join(filters))
    if not chosen:
        return None
    path = Path(chosen)
    allowed = (XLSX, CSV) if csv else (XLSX,)
    if path.suffix.lower() not in allowed:
        wanted = CSV if csv and selected == filters[-1] else XLSX
        path = path.with_name(path.name + wanted)
    settings.last_folder = str(path.parent)
    return path


def run_export(parent: QWidget | None, ops: Operations, path: Path,
               job: ExportJob) -> Path | None:
    """Write ``path`` in the background, audit it and offer to open it.

    Returns the path written; None when it was refused (the clerk was told
    why, in plain words) or cancelled (no file is left behind).
    """
    from ..exports.files import LIST_SUFFIXES, check_target  # openpyxl: only when exporting

    try:
        # A locked file or a read-only folder, before any work (each builder checks its format).
        check_target(path, LIST_SUFFIXES)
    except ServiceError as exc:
        _not_exported(parent, job, error_text(exc))
        return None

    sessions = ops.sessions

    def work(progress) -> Path:
        from ..exports.audited import export_and_audit
        from ..services.reports.signing import author_name

        return export_and_audit(
            sessions, job.report,
            lambda session, actor: job.build(session, path, author_name(session, actor),
                                             progress), job.details)

    label = QCoreApplication.translate("Export", "Writing %1…").replace("%1", path.name)
    outcome = ops.task(parent, job.title, label, work)
    if outcome.cancelled:
        return None
    if outcome.error is not None:
        _not_exported(parent, job, describe(outcome.error))
        return None
    offer_to_open(parent, job.title, outcome.value)
    return outcome.value


def offer_to_open(parent: QWidget | None, title: str, path: Path) -> None:
    # The name and the folder on lines of their own: a long path wraps at odd places.
    text = QCoreApplication.translate("Export", "Saved as %1\nin the folder %2").replace(
        "%1", path.name).replace("%2", str(path.parent))
    answer = Prompt.ask(
        parent, title, text,
        {Button.Open: QCoreApplication.translate("Export", "Open file"),
         Button.Apply: QCoreApplication.translate("Export", "Open folder"),
         Button.Close: QCoreApplication.translate("Export", "Close")},
        Button.Open, icon=QMessageBox.Icon.Information)
    if answer == Button.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif answer == Button.Apply:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _not_exported(parent: QWidget | None, job: ExportJob, reason: str) -> None:
    text = QCoreApplication.translate("Export", "The file was not written.")
    Prompt.inform(parent, job.title, f"{text}\n\n{reason}")
