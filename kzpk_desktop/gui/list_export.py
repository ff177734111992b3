""""Export…" for any list on screen: exactly what is shown, to .xlsx or to .csv.

Three ways in, each a few lines in a list view:

- ``export_list(...)``: the general one. Give the columns
  (``exports.workbook.Column``: header, width, kind) and ``rows(session)``, an
  iterator of cell tuples in the list's own filter and order, streamed from the
  database. It runs in the worker thread with a session of its own, so it must
  not read widgets: capture the filter, the sort and the language first.
  (The servicemen registry uses it: ``gui.registry.export``.)
- ``export_paged_view(...)``: a QTableView over a ``PagedModel`` (columns
  declared with ``widgets.table.Column``): its query is run again page by page
  in the background, its visible columns written in the clerk's order.
- ``export_view(...)``: a QTableView over rows held in memory (a RowsModel):
  the rows shown are taken on the GUI thread, then written.

The last two write each column as its spec declares it (``Column.kind`` and
``Column.cell``): a date column as dates, a count as numbers, an IIN or a
service number as text, leading zeros and all, whatever its digits look like.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView, QWidget
from sqlalchemy.orm import Session

from .exporting import ExportJob, choose_target, file_name, run_export
from .ops import Operations
from .settings import Settings
from .widgets.table import ROW_ROLE

#: rows(session) -> the list's rows as cell tuples, in the columns' order.
RowSource = Callable[[Session], Iterable[Sequence[Any]]]
#: Average character width in pixels of a table's font: column pixels -> sheet widths.
_PIXELS_PER_CHAR = 7
#: Rows of a paged list read per query when it is exported.
EXPORT_BATCH = 1000


def export_list(parent: QWidget | None, ops: Operations, settings: Settings, *,
                name: str, title: str, columns: Sequence, rows: RowSource,
                count: Callable[[Session], int] | None = None, lines: Sequence[str] = (),
                details: Mapping[str, Any] | None = None, lang: str = "ru") -> Path | None:
    """Ask for a file, then write the rows there in the background; the path, or None.

    ``name`` is the list's name in the file name and the audit trail
    (``servicemen`` gives ``servicemen-list-2026-11-28.xlsx`` and the report
    ``servicemen-list``); ``title`` heads the sheet; ``lines`` describe the
    filter under it; ``count(session)`` (optional) lets the progress bar show
    how far it is; ``details`` go into the audit event with the rows written.
    """
    from ..exports.reports import export_table  # openpyxl: only when exporting
    from ..services.anchors import chain_head
    from ..services.settings import report_marking

    report = f"{name}-list"
    dialog_title = QCoreApplication.translate("Export", "Export %1").replace("%1", title)
    path = choose_target(parent, settings, dialog_title, file_name(report, dt.date.today()),
                         csv=True)
    if path is None:
        return None
    audit = dict(details or {})

    def build(session: Session, target: Path, user: str, progress) -> Path:
        total = count(session) if count is not None else 0
        marking = report_marking(session, lang)
        written = 0

        def counted() -> Iterator[Sequence[Any]]:
            nonlocal written
            for row in rows(session):
                written += 1
                yield row

        path = export_table(target, columns, counted(), title=title, lines=lines, lang=lang,
                            user=user, marking=marking, total=total, progress=progress,
                            anchor=chain_head(session))
        audit["rows"] = written  # read by run_export when it records the event, after this
        return path

    return run_export(parent, ops, path, ExportJob(report, dialog_title, build, audit))


def export_paged_view(parent: QWidget | None, ops: Operations, settings: Settings,
                      table: QTableView, *, name: str, title: str,
                      lines: Sequence[str] = (), details: Mapping[str, Any] | None = None,
                      lang: str = "ru") -> Path | None:
    """``export_list`` of what a table over a ``PagedModel`` shows, read again from the
    database ``EXPORT_BATCH`` rows at a time (the model's own count and fetch)."""
    from .widgets.paged import as_page

    model = table.model()
    count, fetch = model.query()
    if fetch is None:
        return None
    sections = visible_sections(table)
    columns = sheet_columns(table, sections)
    specs = [model.columns[c] for c in sections]

    def rows(session: Session) -> Iterator[tuple]:
        offset = 0
        while True:
            page = as_page(fetch(session, offset, EXPORT_BATCH)).rows
            for row in page:
                yield tuple(spec.export_value(row) for spec in specs)
            if len(page) < EXPORT_BATCH:
                return
            offset += EXPORT_BATCH

    return export_list(parent, ops, settings, name=name, title=title, columns=columns,
                       rows=rows, count=count, lines=lines, details=details, lang=lang)


def export_view(parent: QWidget | None, ops: Operations, settings: Settings,
                table: QTableView, *, name: str, title: str, lines: Sequence[str] = (),
                details: Mapping[str, Any] | None = None, lang: str = "ru") -> Path | None:
    """``export_list`` of what a table holding its rows in memory shows."""
    columns, rows = view_snapshot(table)
    return export_list(parent, ops, settings, name=name, title=title, columns=columns,
                       rows=lambda _session: rows, count=lambda _session: len(rows),
                       lines=lines, details=details, lang=lang)


def visible_sections(table: QTableView) -> list[int]:
    """The table's visible columns (logical indexes) in the order the clerk arranged them."""
    header = table.horizontalHeader()
    logical = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in logical if not header.isSectionHidden(c)]


def sheet_width(table: QTableView, section: int) -> float:
    """A column's width on the sheet (characters) from its width on screen (pixels)."""
    return max(6.0, min(60.0, table.horizontalHeader().sectionSize(section) / _PIXELS_PER_CHAR))


def view_snapshot(table: QTableView) -> tuple[list, list[tuple]]:
    """The sheet columns and the rows of a table over a ``ColumnsModel``, as shown
    (its rows in the view's order, each cell as its column declares it)."""
    model = table.model()
    sections = visible_sections(table)
    specs = [model.columns[c] for c in sections]
    rows = []
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(ROW_ROLE)
        if row is not None:
            rows.append(tuple(spec.export_value(row) for spec in specs))
    return sheet_columns(table, sections), rows


def sheet_columns(table: QTableView, sections: list[int]) -> list:
    """The sheet's columns for the table's visible sections: header, width, declared kind."""
    from ..exports.workbook import Column

    model = table.model()
    return [Column(_text(model.headerData(c, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole)),
                   sheet_width(table, c), model.columns[c].kind) for c in sections]


def _text(value: Any) -> str:
    return "" if value is None else str(value)
