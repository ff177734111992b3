"""The one place that knows how a KZPK report workbook looks and how it is written.

Every report is a streamed (openpyxl write-only) workbook of sheets laid out
the same way: a title block (handling marking, ministry, report name, what and
as of when, who generated it), a bold filled frozen header row with an
autofilter, then data rows in named styles; printed on A4, fitted to the page
width, header row repeated on every page, "page N of M" in the footer.

A row is a list of (value, named style, kind) cells. ``sheet_xml.XmlRows``
writes them as sheet XML text, several times faster than openpyxl's cell
objects; ``openpyxl_rows.OpenpyxlRows`` writes the same cells through those
objects and is the reference the tests compare it with.

Safety: a text that a spreadsheet could take for a formula (= + - @, a tab or
a carriage return first; also an error literal such as #N/A) is stored as
text, never as a formula; dates are real dates shown DD.MM.YYYY; numbers are
numbers; identifiers (IIN, passport and service numbers) are text so leading
zeros stay. The file is written beside the target and renamed into place
(``files.atomic_path``). Workbook properties carry the app name and the user,
and a custom property the audit chain's head when the report was read
(``services.anchors``), so ``kzpk check --anchor REPORT.xlsx`` can later prove
the history up to the report was not rewritten.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import LXML, Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from ..paths import APP_NAME
from ..services.anchors import WORKBOOK_PROPERTY, Anchor
from .cells import (  # noqa: F401 - style names re-exported for the builders
    CELL,
    DATE,
    DATE_FORMAT,
    FORMULA_STARTS,
    HEADER,
    ID,
    KIND_STYLES,
    LINE,
    MARKING,
    NUMBER,
    PERCENT,
    SECTION,
    SUBTITLE,
    TITLE,
    TOTAL,
    TOTAL_NUMBER,
    named_styles,
    put,
    text_lines,
)
from .files import ExportTargetError, Progress, atomic_path, check_progress
from .labels import DEFAULT_MARKING, labels
from .openpyxl_rows import OpenpyxlRows
from .sheet_xml import XmlRows

PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Column:
    """A column of a report table: header, width (in characters), kind of values.

    kind: text, id (text that looks like a number: IIN, passport), date, int,
    number or percent (a fraction shown as %).
    """

    header: str
    width: float = 12
    kind: str = "text"


class ReportBook:
    """A streamed workbook of report sheets; use as a context manager.

    Leaving the ``with`` block without ``save`` (an error, a cancel) removes
    openpyxl's temporary files; ``save`` writes the target atomically.
    """

    #: Rows written as XML text (``sheet_xml.XmlRows``); False: through openpyxl's cell
    #: objects (``OpenpyxlRows``), the reference the tests compare the files with.
    fast_rows = True

    def __init__(self, *, lang: str, user: str, marking: str | None = DEFAULT_MARKING,
                 font_size: float = 10, now: dt.datetime | None = None,
                 anchor: Anchor | None = None) -> None:
        self.lang = lang
        self.words = labels(lang)
        self.user = user
        self.marking = (marking or "").strip()
        self.now = (now or dt.datetime.now()).replace(microsecond=0)
        self.font_size = font_size
        self.wb = Workbook(write_only=True)
        for style in named_styles(font_size):
            self.wb.add_named_style(style)
        props = self.wb.properties
        props.creator = APP_NAME  # the app and the user, nothing about the machine
        props.lastModifiedBy = user
        props.title = props.subject = props.description = props.keywords = None
        if anchor is not None:
            self.wb.custom_doc_props.append(StringProperty(name=WORKBOOK_PROPERTY,
                                                           value=anchor.text()))
        self._saved = False

    def __enter__(self) -> ReportBook:
        return self

    def __exit__(self, *exc) -> None:
        if not self._saved:
            self.discard()

    def sheet(self, name: str, title: str, lines: Sequence[str], columns: Sequence[Column], *,
              landscape: bool = True, table: bool = True, fit_height: int = 0,
              wrap: bool = True) -> ReportSheet:
        return ReportSheet(self, name, title, lines, columns, landscape=landscape, table=table,
                           fit_height=fit_height, wrap=wrap)

    def save(self, path: str | os.PathLike) -> Path:
        path = Path(path)
        with atomic_path(path) as temp:
            self.wb.save(temp)
            self._saved = True
        return path

    def discard(self) -> None:
        """Delete the sheets' temporary files (an export that will not be saved).

        The half-written XML is abandoned rather than closed: closing lxml's
        writer in the middle of a sheet raises, and the file is deleted anyway.
        """
        from openpyxl.worksheet import _writer

        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            rows, ws._rows = getattr(ws, "_rows", None), None
            for generator in (rows, writer.xf):
                try:
                    if generator is not None:
                        generator.close()
                except Exception:  # noqa: BLE001 - nothing of it is kept
                    pass
            writer.xf = None
            out = writer.out
            if isinstance(out, str):
                if os.path.exists(out):
                    os.remove(out)
                if out in _writer.ALL_TEMP_FILES:
                    _writer.ALL_TEMP_FILES.remove(out)
        self._saved = True


class ReportSheet:
    """One sheet: title block, then (for a table) a header row and rows.

    With ``wrap`` long texts wrap inside their column and each row is given
    the height its longest text needs (spreadsheet programs do not grow the
    rows of a generated file by themselves); without it every row is one line,
    which suits lists of many thousands of rows.
    """

    def __init__(self, book: ReportBook, name: str, title: str, lines: Sequence[str],
                 columns: Sequence[Column], *, landscape: bool, table: bool, fit_height: int,
                 wrap: bool) -> None:
        self.book = book
        self.columns = list(columns)
        self.width = len(self.columns)
        self.last_col = get_column_letter(self.width)
        self.wrap = wrap
        ws = self.ws = book.wb.create_sheet(_sheet_name(name))
        # XmlRows needs lxml under openpyxl: it shares lxml's writer for the sheet.
        self._out = XmlRows(ws) if book.fast_rows and LXML else OpenpyxlRows(ws)
        for i, col in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(i)].width = col.width
        self._page_setup(landscape, fit_height)
        self.row_count = 0
        self.header_row: int | None = None
        if table:
            # marking, ministry, title, lines, generated-by, blank, then the header.
            self.header_row = len(lines) + 6
            # Set before the first row: write-only mode writes the sheet view first.
            ws.freeze_panes = f"A{self.header_row + 1}"
            ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        self._title_block(title, lines)
        if table:
            self.header([c.header for c in self.columns])
        self._style_kinds = [(self._style(c.kind), c.kind) for c in self.columns]
        # Styles, cell references and such resolved once for all the data rows.
        self._columns = self._out.columns(self._style_kinds)
        per_char = self._per_char()
        self._one_line = [_one_line_chars(c.width, per_char) for c in self.columns]

    # -- layout ----------------------------------------------------------------------------
    def _page_setup(self, landscape: bool, fit_height: int) -> None:
        ws, words = self.ws, self.book.words
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = fit_height
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.3, right=0.3, top=0.55, bottom=0.55,
                                      header=0.25, footer=0.25)
        ws.print_options.horizontalCentered = True
        # The marking is printed in the sheet on page 1 and in the header after it.
        hf = ws.HeaderFooter
        hf.differentFirst = True
        hf.oddFooter.center.text = hf.firstFooter.center.text = words["page_footer"]
        hf.oddFooter.center.size = hf.firstFooter.center.size = 8
        if self.book.marking:
            hf.oddHeader.right.text = self.book.marking
            hf.oddHeader.right.size = 8

    def _title_block(self, title: str, lines: Sequence[str]) -> None:
        book, words = self.book, self.book.words
        marking = [None] * (max(self.width, 1) - 1) + [self._styled(book.marking or None, MARKING)]
        self._append(marking)
        self._append([self._styled(words["ministry"], SUBTITLE)])
        self._append([self._styled(title, TITLE)], height=book.font_size * 1.6 + 6)
        for line in lines:
            self._append([self._styled(line, SUBTITLE)])
        generated = words["generated"].format(user=book.user, date=f"{book.now:%d.%m.%Y}",
                                              time=f"{book.now:%H:%M}")
        self._append([self._styled(generated, SUBTITLE)])
        self._append([])

    def _style(self, kind: str) -> str:
        if kind == "text" and not self.wrap:
            return LINE
        return KIND_STYLES.get(kind, CELL)

    def _per_char(self) -> float:
        # Width of the widest character (capitals, bold): texts of fewer characters than
        # the column holds of it surely fit one line, and skip the estimate.
        return self.book.font_size * 96 / 72 * 0.58 * 1.25

    def _height(self, values: Sequence, widths: Sequence[float], bold: bool = False
                ) -> float | None:
        """Points a row needs for its wrapped texts; None when one line is enough."""
        if not self.wrap:
            return None
        lines = 1
        per_char = self._per_char()
        for value, width in zip(values, widths):
            if isinstance(value, str) and len(value) * per_char > width * 7 - 1:
                lines = max(lines, text_lines(value, width, self.book.font_size, bold))
        return self._lines_height(lines)

    def _data_height(self, values: Sequence) -> float | None:
        """``_height`` of a data row, with each column's one-line limit worked out once."""
        lines = 1
        for value, most, col in zip(values, self._one_line, self.columns):
            if isinstance(value, str) and len(value) > most:
                lines = max(lines, text_lines(value, col.width, self.book.font_size))
        return self._lines_height(lines)

    def _lines_height(self, lines: int) -> float | None:
        return None if lines == 1 else lines * self.book.font_size * 1.2 + 3

    # -- writing ---------------------------------------------------------------------------
    @staticmethod
    def _styled(value, style: str, kind: str = "text") -> tuple:
        return (value, style, kind)

    def _append(self, cells: list, height: float | None = None) -> None:
        """A row of (value, style, kind) cells, None for no cell."""
        index = self.row_count + 1
        self._out.write(index, cells, None if height is None else round(height, 1))
        self.row_count = index

    def _widths(self) -> list[float]:
        return [c.width for c in self.columns]

    def header(self, labels_: Sequence[str]) -> None:
        self._append([self._styled(text, HEADER) for text in labels_],
                     self._height(labels_, self._widths(), bold=True))

    def section(self, text: str) -> None:
        """A bold heading row (personnel card sections)."""
        self._append([self._styled(text, SECTION)], height=self.book.font_size * 1.4 + 8)

    def note(self, text: str) -> None:
        self._append([self._styled(text, SUBTITLE)])

    def blank(self) -> None:
        self._append([])

    def row(self, values: Sequence, kinds: Sequence[str] | None = None) -> None:
        """A data row; ``kinds`` overrides the columns' kinds (sheets holding several tables)."""
        height = self._data_height(values) if self.wrap else None
        if kinds is not None:
            self._append([(v, self._style(k), k) for v, k in zip(values, kinds)], height)
        elif len(values) > self.width:
            self._append([(v, style, kind) for (style, kind), v in zip(self._style_kinds, values)]
                         + [(v, CELL, "text") for v in values[self.width:]], height)
        else:
            # The hot path of every export.
            index = self.row_count + 1
            self._out.write_data(index, values, self._columns,
                                 None if height is None else round(height, 1))
            self.row_count = index

    def styled_row(self, cells: Sequence[tuple], spans: Sequence[tuple[int, int]] = ()) -> None:
        """A row of (value, style or None for the kind's style, kind) triples; ``spans``
        are 1-based (first, last) column ranges to merge."""
        widths = self._widths()
        for first, last in spans:
            widths[first - 1] = sum(widths[first - 1:last])
        self._append([self._styled(v, style or self._style(kind), kind)
                      for v, style, kind in cells],
                     self._height([v for v, _, _ in cells], widths, bold=True))
        r = self.row_count
        for first, last in spans:
            self.ws.merged_cells.add(
                f"{get_column_letter(first)}{r}:{get_column_letter(last)}{r}")

    def rows(self, values: Iterable[Sequence], *, total: int = 0,
             progress: Progress | None = None, start: int = 0) -> int:
        """Append rows, reporting progress (and honouring a cancel) every few hundred."""
        done = start
        check_progress(progress, done, total)
        for row in values:
            self.row(row)
            done += 1
            if done % PROGRESS_EVERY == 0:
                check_progress(progress, done, total)
        check_progress(progress, done, total)
        return done

    def total_row(self, values: Sequence) -> None:
        """A totals row: bold, shaded; numbers written as values (never formulas)."""
        out = []
        for i, value in enumerate(values):
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            kind = self.columns[i].kind if i < self.width else "text"
            style = TOTAL_NUMBER if number and kind in ("int", "number") else TOTAL
            if number and kind == "percent":
                style = PERCENT
            out.append(self._styled(value, style, kind if number else "text"))
        self._append(out, self._height(values, self._widths(), bold=True))

    def finish(self) -> None:
        """Autofilter over the table and the print area; call after the last row."""
        last_row = max(self.row_count, 1)
        if self.header_row is not None:
            self.ws.auto_filter.ref = f"A{self.header_row}:{self.last_col}{last_row}"
        self.ws.print_area = f"A1:{self.last_col}{last_row}"


def _one_line_chars(width: float, per_char: float) -> int:
    """The most characters for which ``n * per_char > width * 7 - 1`` (``_height``'s test)
    is false, found with the same float arithmetic."""
    room = width * 7 - 1
    n = int(room / per_char)
    while n * per_char > room:
        n -= 1
    while (n + 1) * per_char <= room:
        n += 1
    return n


def _sheet_name(name: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31]


__all__ = ["CELL", "Column", "DATE", "DATE_FORMAT", "DEFAULT_MARKING", "ExportTargetError",
           "FORMULA_STARTS", "HEADER", "ID", "NUMBER", "PROGRESS_EVERY", "ReportBook", "ReportSheet",
           "put", "text_lines"]
