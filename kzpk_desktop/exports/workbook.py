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
(``files.atomic_path``). Workbook properties carry the app name, its version and the user,
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
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..paths import APP_NAME
from ..services.anchors import WORKBOOK_PROPERTY, Anchor
from ..services.reports.signing import Signature
from ..services.text import transliterate
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
    CELL_PADDING_PX,
    PRINT_PX_PER_WIDTH,
    PX_PER_WIDTH,
    named_styles,
    line_room,
    one_line_chars,
    put,
    text_lines,
    text_px,
)
from ..progress import SAVING, WRITING_ROWS
from .files import (
    CheckedFile,
    ExportTargetError,
    Progress,
    atomic_path,
    check_progress,
    target_error,
)
from .labels import DEFAULT_MARKING, MARKINGS, labels
from .openpyxl_rows import OpenpyxlRows
from .sheet_xml import XmlRows

PROGRESS_EVERY = 500
#: Nothing of a report may print smaller than this (points), whatever fits the page.
MIN_PRINT_PT = 7.0
#: Paper sizes (openpyxl's code, width and height in inches, portrait).
PAPERS = {"A4": (Worksheet.PAPERSIZE_A4, 8.27, 11.69), "A3": (Worksheet.PAPERSIZE_A3, 11.69, 16.54)}
MARGIN_SIDE_IN = 0.3
#: Of the page's printable width, what the columns may take (programs round widths apart).
FIT_MARGIN = 0.97


@dataclass(frozen=True)
class Column:
    """A column of a report table: header, width (in characters), kind of values.

    kind: text, id (text that looks like a number: IIN, passport), date, int,
    number or percent (a fraction shown as %).
    """

    header: str
    width: float = 12
    kind: str = "text"


#: Rows of a list read ahead to size its columns to their content.
FIT_SAMPLE_ROWS = 2000
#: The widest a column sized to its content gets (characters); longer texts wrap.
FIT_MAX_WIDTH = 50


def printable_px(paper: str = "A4", landscape: bool = True) -> float:
    """What the columns may take of a page's width, in pixels at 100 %."""
    _code, short, long_ = PAPERS[paper]
    return ((long_ if landscape else short) - 2 * MARGIN_SIDE_IN) * 96 * FIT_MARGIN


#: A text column sized to its content is not narrowed below this to fit the page.
FIT_MIN_TEXT_WIDTH = 12


def fit_columns(columns: Sequence[Column], sample: Sequence[Sequence], font_size: float,
                max_width: float = FIT_MAX_WIDTH, *, paper: str = "A4",
                landscape: bool = True) -> list[Column]:
    """``columns`` with widths that hold their content: the widest value of ``sample`` (as
    the sheet shows it) or the header's longest word, whichever is wider, at most
    ``max_width`` characters (a longer text wraps onto more lines of its row).

    When the content is wider than one page holds at ``MIN_PRINT_PT``, the widest text
    columns are narrowed (their texts wrap) until it fits, if it can."""
    fitted = _content_widths(columns, sample, font_size, max_width)
    budget = printable_px(paper, landscape) * font_size / MIN_PRINT_PT / PRINT_PX_PER_WIDTH
    widths = [c.width for c in fitted]
    while sum(widths) > budget:
        narrowable = [i for i, c in enumerate(fitted)
                      if c.kind == "text" and widths[i] > FIT_MIN_TEXT_WIDTH]
        if not narrowable:
            break
        widest = max(narrowable, key=lambda i: widths[i])
        widths[widest] = max(FIT_MIN_TEXT_WIDTH, widths[widest] - (sum(widths) - budget),
                             max((widths[i] for i in narrowable if i != widest), default=0)
                             - 0.1)
    return [Column(c.header, round(w, 1), c.kind) for c, w in zip(fitted, widths)]


def _content_widths(columns: Sequence[Column], sample: Sequence[Sequence], font_size: float,
                    max_width: float) -> list[Column]:
    fitted = []
    for i, col in enumerate(columns):
        header = max((text_px(word, font_size, True) for word in col.header.split()),
                     default=0.0)
        widest = header
        seen: set = set()
        for row in sample:
            value = row[i] if i < len(row) else None
            if value is None or value in seen:
                continue
            seen.add(value)
            widest = max(widest, text_px(_shown(value, col.kind), font_size))
        chars = (widest * 1.03 + CELL_PADDING_PX) / PX_PER_WIDTH + 0.5
        fitted.append(Column(col.header, round(min(max(chars, 4.0), max_width), 1), col.kind))
    return fitted


def _shown(value, kind: str) -> str:
    """A value as the sheet displays it (for its width)."""
    if isinstance(value, dt.datetime) and kind not in ("text", "id"):
        return f"{value:%d.%m.%Y %H:%M:%S}"
    if isinstance(value, dt.date) and kind not in ("text", "id"):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, float) and kind == "percent":
        return f"{value:.1%}"
    if isinstance(value, int) and not isinstance(value, bool) and kind in ("int", "number"):
        return f"{value:,}"
    return str(value)


class ReportBook:
    """A streamed workbook of report sheets; use as a context manager.

    Leaving the ``with`` block without ``save`` (an error, a cancel) removes
    openpyxl's temporary files; ``save`` writes the target atomically.
    """

    #: Rows written as XML text (``sheet_xml.XmlRows``); False: through openpyxl's cell
    #: objects (``OpenpyxlRows``), the reference the tests compare the files with.
    fast_rows = True

    def __init__(self, *, lang: str, user: str, marking: str | None = None,
                 font_size: float = 10, now: dt.datetime | None = None,
                 signature: Signature | None = None, target: Path | None = None,
                 anchor: Anchor | None = None) -> None:
        """``user``: the name printed as who generated the report (the full name; an
        empty text prints the date alone); ``signature``: the signature block of a
        report that is signed (``ReportSheet.signature_block``); ``target``: the file it
        will be saved as, named when writing fails (a full disk) before ``save``;
        ``anchor``: the audit chain's head when the report was read."""
        self.lang = lang
        self.words = labels(lang)
        # An English report is read by people who do not read Cyrillic.
        self.user = transliterate(user) if lang == "en" else user
        self.target = target
        self.signature = signature or Signature()
        # None: the default marking of the report's language; "": no marking.
        self.marking = (MARKINGS.get(lang, DEFAULT_MARKING) if marking is None else marking).strip()
        self.now = (now or dt.datetime.now()).replace(microsecond=0)
        self.font_size = font_size
        self.wb = Workbook(write_only=True)
        _base_font(self.wb)
        for style in named_styles(font_size):
            self.wb.add_named_style(style)
        props = self.wb.properties
        props.creator = APP_NAME  # the app and the user, nothing about the machine
        props.version = __version__  # which release wrote it (File > Properties)
        props.lastModifiedBy = user or None
        props.title = props.subject = props.description = props.keywords = None
        if anchor is not None:
            self.wb.custom_doc_props.append(StringProperty(name=WORKBOOK_PROPERTY,
                                                           value=anchor.text()))
        self._saved = False
        #: The rows last reported (done, total): the save step says them again.
        self._reported = (0, 0)

    def tick(self, progress: Progress | None, done: int, total: int,
             step: str | None = None) -> None:
        """Report ``done`` of ``total`` rows (``step`` when one begins); a cancel raises
        ``ExportCancelled``."""
        self._reported = (done, total)
        check_progress(progress, done, total, step)

    def __enter__(self) -> ReportBook:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self._saved:
            self.discard()
        if isinstance(exc, OSError) and self.target is not None:
            # The sheets' temporary files (or the disk of the target) ran out of room.
            raise target_error(self.target, exc) from None

    def sheet(self, name: str, title: str, lines: Sequence[str], columns: Sequence[Column], *,
              landscape: bool = True, table: bool = True, fit_height: int = 0,
              wrap: bool = True, paper: str = "A4", parts: Sequence[int] = (),
              repeat_columns: int = 0) -> ReportSheet:
        """``parts``: 1-based columns that begin a new printed part (a page break before
        each; the first ``repeat_columns`` columns are printed again on every part)."""
        return ReportSheet(self, name, title, lines, columns, landscape=landscape, table=table,
                           fit_height=fit_height, wrap=wrap, paper=paper, parts=parts,
                           repeat_columns=repeat_columns)

    def save(self, path: str | os.PathLike, progress: Progress | None = None) -> Path:
        """Write the workbook beside ``path`` and rename it into place; ``progress`` is told
        the step and asked, while the file is written, whether to go on (a cancel leaves
        neither the file nor a temporary one)."""
        path = Path(path)
        done, total = self._reported
        self.tick(progress, done, total, SAVING)
        if len(self.wb.worksheets) > 1:
            # A program's page total (&N) counts every sheet's pages: on a book of several
            # sheets each page says its sheet and its number in that sheet instead.
            for ws in self.wb.worksheets:
                hf = ws.HeaderFooter
                hf.oddFooter.center.text = hf.firstFooter.center.text = \
                    self.words["page_footer_sheet"]
        with atomic_path(path) as temp:
            with CheckedFile(temp, progress, done, total) as out:
                self.wb.save(out)
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
                 wrap: bool, paper: str = "A4", parts: Sequence[int] = (),
                 repeat_columns: int = 0) -> None:
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
        self._page_setup(landscape, fit_height, paper, list(parts), repeat_columns)
        self.row_count = 0
        self.header_row: int | None = None
        lines = self._fit_lines(lines)
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
        self._one_line = [one_line_chars(c.width, book.font_size) for c in self.columns]
        self._room = [line_room(c.width, book.font_size) for c in self.columns]
        self._seen: list[dict[str, int]] = [{} for _ in self.columns]

    # -- layout ----------------------------------------------------------------------------
    def _page_setup(self, landscape: bool, fit_height: int, paper: str, parts: list[int],
                    repeat: int) -> None:
        """A4 (or A3) fitted to the page width, unless that would print the text below
        ``MIN_PRINT_PT``: then printed at the scale that keeps it legible, the columns
        running on to further pages (with ``parts``, at the given columns), the first
        ``repeat`` columns (or the first one) printed again on each."""
        ws, words = self.ws, self.book.words
        code = PAPERS[paper][0]
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = code
        ws.page_margins = PageMargins(left=MARGIN_SIDE_IN, right=MARGIN_SIDE_IN, top=0.55,
                                      bottom=0.55, header=0.25, footer=0.25)
        ws.print_options.horizontalCentered = True
        room = printable_px(paper, landscape)
        widths = [c.width * PRINT_PX_PER_WIDTH for c in self.columns]
        lead = sum(widths[:repeat])
        bounds = [1, *parts, len(widths) + 1]
        widest = max((sum(widths[a - 1:b - 1]) + (lead if a > 1 else 0)
                      for a, b in zip(bounds, bounds[1:])), default=1) or 1
        scale = min(1.0, room / widest)
        if not parts and self.book.font_size * scale >= MIN_PRINT_PT:
            ws.page_setup.fitToWidth = 1
            ws.page_setup.fitToHeight = fit_height
            ws.sheet_properties.pageSetUpPr.fitToPage = True
        else:
            percent = int(scale * 100)
            smallest = -(-MIN_PRINT_PT * 100 // self.book.font_size)
            ws.page_setup.scale = int(max(percent, smallest))
            ws.sheet_properties.pageSetUpPr.fitToPage = False
            for first in parts:
                ws.col_breaks.append(Break(id=first - 1))
            last = get_column_letter(max(repeat, 1))
            ws.print_title_cols = f"A:{last}"
        # Each sheet's pages are numbered from 1 ("page 2 of 3" of that sheet).
        ws.page_setup.firstPageNumber = 1
        ws.page_setup.useFirstPageNumber = True
        # The marking is printed in the sheet on page 1 and in the header after it.
        hf = ws.HeaderFooter
        hf.differentFirst = True
        hf.oddFooter.center.text = hf.firstFooter.center.text = words["page_footer"]
        # As large as the body: the page is scaled as a whole, margins' text included.
        size = max(8, self.book.font_size)
        hf.oddFooter.center.size = hf.firstFooter.center.size = size
        if self.book.marking:
            hf.oddHeader.right.text = self.book.marking
            hf.oddHeader.right.size = size
        # One line of the body font (Excel's 15 points suit Calibri 11, not Arial 8 or 10).
        ws.sheet_format.defaultRowHeight = round(self.book.font_size * 1.275, 2)

    def _fit_lines(self, lines: Sequence[str]) -> list[str]:
        """The title block's lines broken at words to the table's width (a longer line
        would be cut at the edge of the printed page)."""
        room = sum(c.width for c in self.columns) * PX_PER_WIDTH - CELL_PADDING_PX
        size = self.book.font_size
        out: list[str] = []
        for line in lines:
            current = ""
            for word in line.split(" "):
                longer = f"{current} {word}" if current else word
                if current and text_px(longer, size) > room:
                    out.append(current)
                    current = word
                else:
                    current = longer
            out.append(current)
        return out

    def _title_block(self, title: str, lines: Sequence[str]) -> None:
        book, words = self.book, self.book.words
        marking = [None] * (max(self.width, 1) - 1) + [self._styled(book.marking or None, MARKING)]
        self._append(marking)
        self._append([self._styled(words["ministry"], SUBTITLE)])
        self._append([self._styled(title, TITLE)], height=book.font_size * 1.6 + 6)
        for line in lines:
            self._append([self._styled(line, SUBTITLE)])
        key = "generated" if book.user else "generated_no_name"
        generated = words[key].format(user=book.user, date=f"{book.now:%d.%m.%Y}",
                                      time=f"{book.now:%H:%M}")
        self._append([self._styled(generated, SUBTITLE)])
        self._append([])

    def _style(self, kind: str) -> str:
        if kind == "text" and not self.wrap:
            return LINE
        return KIND_STYLES.get(kind, CELL)

    def _height(self, values: Sequence, widths: Sequence[float], bold: bool = False
                ) -> float | None:
        """Points a row needs for its wrapped texts; None when one line is enough."""
        if not self.wrap:
            return None
        lines = 1
        size = self.book.font_size
        for value, width in zip(values, widths):
            if isinstance(value, str) and len(value) > one_line_chars(width, size):
                lines = max(lines, text_lines(value, width, size, bold))
        return self._lines_height(lines)

    def _data_height(self, values: Sequence) -> float | None:
        """``_height`` of a data row, with each column's one-line limit worked out once and
        each column's texts measured once (lists repeat ranks, posts, units)."""
        lines = 1
        size = self.book.font_size
        for value, most, col, seen, (room, scale, measure) in zip(
                values, self._one_line, self.columns, self._seen, self._room):
            if value.__class__ is str and len(value) > most:
                n = seen.get(value)
                if n is None:
                    # Most texts fit their line: that test without a call (codes, numbers).
                    if "\n" not in value and sum(map(measure, value)) * scale <= room:
                        continue
                    n = text_lines(value, col.width, size)
                    if len(seen) < 4096:
                        seen[value] = n
                if n > lines:
                    lines = n
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

    def signature_block(self) -> None:
        """Who signs, under the table: position; rank, a line to sign on, name; the date.

        Parts left empty in the settings print as lines to fill in by hand.
        """
        w, sig = self.book.words, self.book.signature
        line = "_" * 18
        self.blank()
        self.blank()
        self.note(sig.position or f"{line} ({w['sig_position']})")
        rank = sig.rank or f"{line} ({w['sig_rank']})"
        name = sig.name or f"{line} ({w['sig_name']})"
        self.note(f"{rank}      {line}      {name}")
        self.note(w["sig_date"])

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
        tick = self.book.tick
        tick(progress, done, total, WRITING_ROWS)
        for row in values:
            self.row(row)
            done += 1
            if done % PROGRESS_EVERY == 0:
                tick(progress, done, total)
        tick(progress, done, max(total, done))
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


def _base_font(wb: Workbook) -> None:
    """Make Arial 10 the workbook's default font (Excel's is Calibri 11).

    Column widths are counted in digits of the default font; a program that lacks
    Calibri measures them with its stand-in (LibreOffice on Linux: a wider font) and
    prints every column wider, so smaller. Arial (or its metric twin, Liberation Sans)
    is everywhere, and its digit is 7 pixels wide at 10 points, as Calibri's at 11.
    """
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    base = Font(name="Arial", size=10, family=2)
    wb._fonts = IndexedList([base])
    normal = wb._named_styles["Normal"]
    normal.font = base


def _sheet_name(name: str) -> str:
    # Excel: at most 31 characters, none of []:*?/\
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31]


__all__ = ["CELL", "Column", "DATE", "DATE_FORMAT", "DEFAULT_MARKING", "ExportTargetError",
           "MIN_PRINT_PT", "Signature",
           "FORMULA_STARTS", "HEADER", "ID", "NUMBER", "PROGRESS_EVERY", "ReportBook", "ReportSheet",
           "put", "text_lines"]
