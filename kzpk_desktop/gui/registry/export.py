""""Export…" of the servicemen list: the current search, filters, sort and columns.

The rows are streamed from the database in the list's own order
(``services.registry.stream``), so 100,000 servicemen export without
holding them; the documents badge is read per batch, as the list reads it
per page.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...services import expiry, registry
from ...services import settings as business
from ..documents.status import status_label as badge_label
from ..list_export import export_list, sheet_width, visible_sections
from ..ops import Operations
from ..settings import Settings
from .columns import BADGE_COLUMN, COLUMNS
from .columns import title as column_title
from .view import RegistryList

_BATCH = 1000


def _batches(rows: Iterator[registry.RegistryRow]) -> Iterator[list[registry.RegistryRow]]:
    while chunk := list(islice(rows, _BATCH)):
        yield chunk


def filter_lines(view: RegistryList) -> list[str]:
    """The search, filters and sort as lines under the sheet's title."""
    translate = QCoreApplication.translate
    lines = []
    flt = view.model.filter
    if flt.text:
        lines.append(translate("RegistryExport", "Search: %1").replace("%1", flt.text))
    for combo, label in ((view.rankFilter, translate("RegistryExport", "Rank: %1")),
                         (view.statusFilter, translate("RegistryExport", "Status: %1")),
                         (view.sexFilter, translate("RegistryExport", "Sex: %1"))):
        if combo.currentData() is not None:
            lines.append(label.replace("%1", combo.currentText()))
    column = COLUMNS[view.model.sort_column]
    order = (translate("RegistryExport", "descending")
             if view.model.sort_order == Qt.SortOrder.DescendingOrder
             else translate("RegistryExport", "ascending"))
    lines.append(translate("RegistryExport", "Sorted by %1, %2")
                 .replace("%1", column_title(column)).replace("%2", order))
    return lines


def export_registry(parent: QWidget | None, view: RegistryList, ops: Operations,
                    settings: Settings, lang: str) -> Path | None:
    """Ask for a file and write the list as shown there; the path, or None."""
    from ...exports.workbook import Column  # openpyxl: only when exporting

    model = view.model
    # Read on the GUI thread: the worker must not touch the view or the model.
    flt, sort = model.filter, COLUMNS[model.sort_column].sort
    descending = model.sort_order == Qt.SortOrder.DescendingOrder
    shown = visible_sections(view.table)
    columns = [Column(column_title(COLUMNS[c]), sheet_width(view.table, c), COLUMNS[c].kind)
               for c in shown]
    wants_badges = BADGE_COLUMN in shown

    def rows(session: Session) -> Iterator[tuple]:
        today = dt.date.today()
        window = business.warning_window_days(session)
        stream = registry.stream(session, flt, sort=sort, descending=descending, lang=lang,
                                 batch=_BATCH)
        for chunk in _batches(stream):
            badges = (expiry.expiry_badges(session, [r.id for r in chunk], today, window)
                      if wants_badges else {})
            for row in chunk:
                yield tuple(_cell(c, row, badges) for c in shown)

    title = QCoreApplication.translate("RegistryExport", "Servicemen")
    return export_list(parent, ops, settings, name="servicemen", title=title,
                       columns=columns, rows=rows, count=lambda s: registry.count(s, flt),
                       lines=filter_lines(view), lang=lang,
                       details={"search": flt.text, "rank_id": flt.rank_id,
                                "status": flt.status, "sex": flt.sex, "sort": sort,
                                "descending": descending})


def _cell(column: int, row: registry.RegistryRow, badges: dict[int, str]):
    if column == BADGE_COLUMN:
        return badge_label(badges.get(row.id)) or None
    return COLUMNS[column].export_value(row)
