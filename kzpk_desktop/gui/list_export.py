""""Export…" for any list on screen: exactly what is shown, to .xlsx or to .csv.

Two ways in, both a few lines for a list view:

- ``export_list(...)`` for a list read from the database (a paged model):
  give the columns (``exports.workbook.Column``: header, width, kind) and
  ``rows(session)``, an iterator of cell tuples in the list's own filter and
  order, streamed from the database. It runs in the worker thread with a
  session of its own, so it must not read widgets: capture the filter, the
  sort and the language first.
- ``export_view(...)`` for a short list held in memory (a RowsModel): the
  table's visible columns, in the order the clerk arranged them, and its rows
  as displayed, are copied on the GUI thread and written in the background.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableView, QWidget
from sqlalchemy.orm import Session, sessionmaker

from .exporting import ExportJob, choose_target, file_name, run_export
from .settings import Settings

#: rows(session) -> the list's rows as cell tuples, in the columns' order.
RowSource = Callable[[Session], Iterable[Sequence[Any]]]
_CONTEXT = "Export"
#: Average character width in pixels of a table's font: column pixels -> sheet widths.
_PIXELS_PER_CHAR = 7


def export_list(parent: QWidget | None, sessions: sessionmaker[Session], settings: Settings, *,
                name: str, title: str, columns: Sequence, rows: RowSource,
                count: Callable[[Session], int] | None = None, lines: Sequence[str] = (),
                details: Mapping[str, Any] | None = None, lang: str = "ru") -> Path | None:
    """Ask for a file, then write the rows there in the background; the path, or None.

    ``name`` is the list's name in the file name and the audit trail
    (``servicemen`` gives ``servicemen-list-2026-11-28.xlsx`` and the report
    ``servicemen-list``); ``title`` heads the sheet; ``lines`` describe the
    filter under it; ``count(session)`` (optional) lets the progress bar show
    how far it is; ``details`` go into the audit event with the row count.
    """
    from ..exports.reports import export_table  # openpyxl: only when exporting
    from ..exports.workbook import DEFAULT_MARKING

    report = f"{name}-list"
    dialog_title = QCoreApplication.translate(_CONTEXT, "Export %1").replace("%1", title)
    path = choose_target(parent, settings, dialog_title, file_name(report, dt.date.today()),
                         csv=True)
    if path is None:
        return None
    marking = settings.export_marking
    marking = DEFAULT_MARKING if marking is None else marking

    audit = dict(details or {})

    def build(session: Session, target: Path, user: str, progress) -> Path:
        total = count(session) if count is not None else 0
        written = 0

        def counted() -> Iterable[Sequence[Any]]:
            nonlocal written
            for row in rows(session):
                written += 1
                yield row

        path = export_table(target, columns, counted(), title=title, lines=lines, lang=lang,
                            user=user, marking=marking, total=total, progress=progress)
        audit["rows"] = written  # read by run_export when it records the event, after this
        return path

    return run_export(parent, sessions, path, ExportJob(report, dialog_title, build, audit))


def view_snapshot(table: QTableView) -> tuple[list, list[tuple]]:
    """The table's visible columns (in the clerk's order) and its rows as displayed.

    A column whose every value is a date (dd.mm.yyyy) is written as dates, one
    of short whole numbers as numbers; anything else as text (an IIN stays text,
    leading zeros and all). Only for lists held in memory: it reads every row.
    """
    from ..exports.workbook import Column

    model, header = table.model(), table.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in logical if not header.isSectionHidden(c)]
    display = Qt.ItemDataRole.DisplayRole
    texts = [tuple(_text(model.index(r, c).data(display)) for c in shown)
             for r in range(model.rowCount())]
    columns, converters = [], []
    for i, c in enumerate(shown):
        kind, convert = _kind([row[i] for row in texts])
        heading = _text(model.headerData(c, Qt.Orientation.Horizontal, display))
        width = max(6.0, min(60.0, header.sectionSize(c) / _PIXELS_PER_CHAR))
        columns.append(Column(heading, width, kind))
        converters.append(convert)
    rows = [tuple(convert(v) if v else None for convert, v in zip(converters, row, strict=True))
            for row in texts]
    return columns, rows


def export_view(parent: QWidget | None, sessions: sessionmaker[Session], settings: Settings,
                table: QTableView, *, name: str, title: str, lines: Sequence[str] = (),
                details: Mapping[str, Any] | None = None, lang: str = "ru") -> Path | None:
    """``export_list`` of what a table holding its rows in memory shows."""
    columns, rows = view_snapshot(table)
    return export_list(parent, sessions, settings, name=name, title=title, columns=columns,
                       rows=lambda _session: rows, count=lambda _session: len(rows),
                       lines=lines, details=details, lang=lang)


_DATE = re.compile(r"^(\d{2})\.(\d{2})\.(\d{4})$")
_SMALL_INT = re.compile(r"^-?[1-9]\d{0,8}$|^0$")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _date(text: str) -> dt.date:
    day, month, year = (int(p) for p in _DATE.match(text).groups())
    return dt.date(year, month, day)


def _kind(values: list[str]) -> tuple[str, Callable[[str], Any]]:
    filled = [v for v in values if v]
    if filled and all(_DATE.match(v) for v in filled):
        try:
            for v in filled:
                _date(v)
            return "date", _date
        except ValueError:  # 31.02.2026 is no date: keep the text as shown
            pass
    if filled and all(_SMALL_INT.match(v) for v in filled):
        return "int", int
    return "text", str
