"""The documents of one serviceman as a table: current ones first, history greyed."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from ...services.dates import fmt
from ...services.documents import DocumentRow
from ...services.expiry import expiry_status
from ..widgets.table import CENTER, Column, RowsModel
from .status import HISTORY_COLOR, days_text, status_color, status_icon, status_label

CONTEXT = "DocumentColumns"


@dataclass(frozen=True)
class DocumentLine:
    """A document as the tab shows it: the row plus its status today."""

    doc: DocumentRow
    status: str | None  # expired / expiring / ok; None for history or no expiry date
    days_left: int | None

    @property
    def id(self) -> int:
        return self.doc.id


def lines_of(rows: Sequence[DocumentRow], today: dt.date, window_days: int) -> list[DocumentLine]:
    lines = []
    for r in rows:
        status = expiry_status(r.expires_on, today, window_days) if r.is_current else None
        days = (r.expires_on - today).days if r.expires_on is not None else None
        lines.append(DocumentLine(r, status, days))
    return lines


def _status_text(line: DocumentLine) -> str:
    if not line.doc.is_current:
        return QCoreApplication.translate("DocumentColumns", "History")
    return status_label(line.status)


def _status_tip(line: DocumentLine) -> str | None:
    if not line.doc.is_current:
        return QCoreApplication.translate(
            "DocumentColumns", "Replaced by a newer document of this kind; kept as history.")
    return days_text(line.days_left) if line.days_left is not None else None


def _scan_text(line: DocumentLine) -> str:
    return line.doc.scan_filename or ""


def _scan_tip(line: DocumentLine) -> str | None:
    if line.doc.scan_filename is None:
        return None
    size = QLocale().formattedDataSize(line.doc.scan_size or 0)
    return QCoreApplication.translate("DocumentColumns", "%1 (%2); Open scan shows it").replace(
        "%1", line.doc.scan_filename).replace("%2", size)


def _grey(line: DocumentLine):
    return None if line.doc.is_current else HISTORY_COLOR


def _status_colour(line: DocumentLine):
    return status_color(line.status) if line.doc.is_current else HISTORY_COLOR


COLUMNS: tuple[Column[DocumentLine], ...] = (
    Column("status", QT_TRANSLATE_NOOP("DocumentColumns", "Status"), _status_text, width=92,
           color=_status_colour, tooltip=_status_tip),
    Column("kind", QT_TRANSLATE_NOOP("DocumentColumns", "Kind"), lambda r: r.doc.kind_name,
           width=150, color=_grey),
    Column("expires_on", QT_TRANSLATE_NOOP("DocumentColumns", "Expires"),
           lambda r: fmt(r.doc.expires_on), align=CENTER, width=84, color=_status_colour,
           tooltip=_status_tip),
    Column("number", QT_TRANSLATE_NOOP("DocumentColumns", "Number"), lambda r: r.doc.number,
           width=100, color=_grey),
    Column("issued_on", QT_TRANSLATE_NOOP("DocumentColumns", "Issued"),
           lambda r: fmt(r.doc.issued_on), align=CENTER, width=84, color=_grey),
    Column("issuer", QT_TRANSLATE_NOOP("DocumentColumns", "Issued by"),
           lambda r: r.doc.issuer or "", width=140, color=_grey),
    Column("scan", QT_TRANSLATE_NOOP("DocumentColumns", "Scan"), _scan_text, width=120,
           color=_grey, tooltip=_scan_tip),
)


class DocumentsModel(RowsModel[DocumentLine]):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, CONTEXT, key=lambda line: line.id, parent=parent)

    def extra_data(self, line: DocumentLine, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key == "status" and line.doc.is_current:
                return status_icon(line.status)
            if column.key == "scan" and line.doc.scan_filename:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            return None
        if role == Qt.ItemDataRole.FontRole and not line.doc.is_current:
            font = QFont()
            font.setItalic(True)
            return font
        return None
