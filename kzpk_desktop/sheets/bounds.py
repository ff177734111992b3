"""How much work a workbook may ask for, measured before one cell of it is read.

A .xlsx is a zip of XML parts, and a file of a few KB can ask a reader for
gigabytes: one cell at XFD1048576 makes the reader allocate every cell up to
it, a "zip bomb" part unpacks to gigabytes, and the sizes in the zip's
directory are whatever the file says. So before python-calamine sees a sheet:

- ``check_parts`` unpacks every part as a stream (nothing kept) and refuses a
  part or a total over the limits, or a part whose real size is not the one
  the directory declares (zlib and CRC errors of a damaged file end here too);
- ``sheet_extent`` scans the sheet's XML for the cells it holds (how many, the
  last row and column any of them names) and ``check_extent`` refuses a sheet
  that spans more cells than a list of servicemen ever would, or whose
  declared dimension (``<dimension ref=...>``) does.

The scan is byte counting and a few regular expressions over the raw XML
(about 10 ms per 10,000 rows); what it cannot foresee is caught by the
reading process's memory ceiling (``Limits.memory_bytes``, isolated.py).
"""
from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass

from ..messages import N_
from .errors import SpreadsheetRefused, damaged

MB = 1024 * 1024
#: Data rows below the header; above this a file is refused before it is read.
MAX_ROWS = 200_000
#: The header row is looked for in this many rows from the top of the sheet.
HEADER_SCAN_ROWS = 15


@dataclass(frozen=True)
class Limits:
    """The most a workbook may ask for; the defaults fit lists of up to ``MAX_ROWS`` rows."""

    #: The file on disk.
    file_bytes: int = 50 * MB
    #: All parts together, unpacked (declared, then measured).
    unpacked_bytes: int = 1024 * MB
    #: Any one part, unpacked (a 200,000-row sheet of 25 columns is about 250 MB).
    part_bytes: int = 400 * MB
    #: The shared strings (every distinct text of the workbook), unpacked.
    shared_strings_bytes: int = 100 * MB
    #: Rows of the sheet, counting the rows above the header.
    rows: int = MAX_ROWS + HEADER_SCAN_ROWS
    #: Cells written in the sheet, and distinct texts in the shared strings.
    cells: int = 6_000_000
    #: Rows x columns the sheet spans: the reader holds one slot for each.
    grid_cells: int = 12_000_000
    #: Address space of the reading process (RLIMIT_AS), its reading time (RLIMIT_CPU).
    memory_bytes: int = 3 * 1024 * MB
    cpu_seconds: int = 300


SHARED_STRINGS = "xl/sharedStrings.xml"
_CHUNK = 1024 * 1024


def _too_big(file: str, part: str, limit: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("{file} is not imported: its part {part} unpacks to more than {limit} MB, far more "
           "than a list of servicemen. Save the list alone in a new workbook and import that."),
        file=file, part=part, limit=limit // MB)


def _total_too_big(file: str, limit: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("{file} unpacks to more than {limit} MB of data; it is not imported."),
        file=file, limit=limit // MB)


def check_declared(zf: zipfile.ZipFile, file: str, limits: Limits) -> None:
    """Refuse on what the zip's directory declares (cheap; the real sizes come later)."""
    infos = zf.infolist()
    if sum(i.file_size for i in infos) > limits.unpacked_bytes:
        raise _total_too_big(file, limits.unpacked_bytes)
    for info in infos:
        limit = limits.shared_strings_bytes if info.filename == SHARED_STRINGS \
            else limits.part_bytes
        if info.file_size > limit:
            raise _too_big(file, info.filename, limit)


def read_part(zf: zipfile.ZipFile, part: str, file: str, limit: int) -> bytes:
    """A small part (the workbook, its relationships) read whole, but never past ``limit``."""
    try:
        with zf.open(part) as f:
            data = f.read(limit + 1)
    except KeyError:
        raise
    except Exception:  # zlib, CRC, a truncated or mutated stream: all "damaged"
        raise damaged(file) from None
    if len(data) > limit:
        raise _too_big(file, part, limit)
    return data


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str, limit: int):
    """The part's unpacked bytes chunk by chunk, stopping past ``limit``; checks its size."""
    real = 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(_CHUNK):
                real += len(chunk)
                if real > limit:
                    raise _too_big(file, info.filename, limit)
                yield chunk
    except SpreadsheetRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError):
        # A CRC mismatch, a stream that ends early or goes on too long, an
        # unknown compression, an encrypted member: the file is damaged.
        raise damaged(file) from None
    if real != info.file_size:
        raise SpreadsheetRefused(
            N_("{file} is damaged: its part {part} is not the size the file says it is. Open "
               "it in Excel, save it again and import the new file."),
            file=file, part=info.filename)


def check_parts(zf: zipfile.ZipFile, file: str, limits: Limits, *,
                scan: dict[str, "SheetExtent"] | None = None) -> int | None:
    """Unpack every part as a stream (nothing kept) and refuse what is over the limits.

    ``scan`` maps the sheet parts to measure while they stream by to their
    (empty) ``SheetExtent``. Returns the number of shared strings (None: none).
    """
    total = 0
    shared = None
    for info in zf.infolist():
        if info.is_dir():
            continue
        limit = limits.shared_strings_bytes if info.filename == SHARED_STRINGS \
            else limits.part_bytes
        extent = (scan or {}).get(info.filename)
        counter = _SharedCounter() if info.filename == SHARED_STRINGS else None
        for chunk in _stream(zf, info, file, limit):
            total += len(chunk)
            if total > limits.unpacked_bytes:
                raise _total_too_big(file, limits.unpacked_bytes)
            if extent is not None:
                extent.feed(chunk)
            elif counter is not None:
                counter.feed(chunk)
                _check_shared(file, counter.count, limits)
        if extent is not None:
            extent.finish()
        if counter is not None:
            shared = counter.count
    return shared


def _check_shared(file: str, count: int, limits: Limits) -> None:
    if count > limits.cells:
        raise SpreadsheetRefused(
            N_("{file} holds more than {limit} different texts, far more than a list of "
               "servicemen. Save the list alone in a new workbook and import that."),
            file=file, limit=limits.cells)


class _SharedCounter:
    """Counts the shared strings (``<si>``) of a stream of XML chunks."""

    def __init__(self) -> None:
        self.count = 0
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        data = self._tail + chunk
        cut = data.rfind(b"<")
        body, self._tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        self.count += (body.count(b"<si>") + body.count(b"<si ") + body.count(b"<si/>")
                       + len(_PREFIXED_SI.findall(body)))


_PREFIXED_SI = re.compile(rb"<\w+:si[\s/>]")


# --- a sheet's extent ------------------------------------------------------------------------

_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
# Cells naming a row number of six digits or more: rare in a list, so cheap to find.
_FAR_CELL_ROW = re.compile(rb'\sr="[A-Z]{1,3}(\d{6,})"')
# Cells in a column of two or three letters (AA and beyond).
_WIDE_CELL = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]{2,3})\d')
# Tags with a namespace prefix (<x:c ...>), which some writers use; plain ones are counted
# with bytes.count, which is many times faster than a regular expression.
_PREFIXED_CELL = re.compile(rb"<\w+:c[\s/>]")
_PREFIXED_ROW = re.compile(rb"<\w+:row[\s/>]")


def _count(body: bytes, tag: bytes, prefixed: re.Pattern) -> int:
    return (body.count(b"<" + tag + b" ") + body.count(b"<" + tag + b">")
            + body.count(b"<" + tag + b"/>") + len(prefixed.findall(body)))


def column_number(letters: str) -> int:
    """Excel's 1-based column number of ``letters`` (A -> 1, XFD -> 16384)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class SheetExtent:
    """What a sheet's XML holds, measured as it streams by: cells, rows, last row and column.

    ``feed`` refuses as soon as the sheet is over ``limits`` (a bomb is
    stopped after its first megabytes, not unpacked to the end).
    """

    def __init__(self, file: str, sheet: str, limits: Limits) -> None:
        self.file, self.sheet, self.limits = file, sheet, limits
        self.cells = 0
        self.rows = 0  # <row> elements
        self.first_row: int | None = None
        self.last_row = 0
        self.last_column = 0  # 0: no cell beyond column Z was named
        self._columns: set[bytes] = set()
        self._tail = b""

    def feed(self, chunk: bytes) -> None:
        data = self._tail + chunk
        # Keep an unfinished tag for the next chunk: every token below starts at a "<".
        cut = data.rfind(b"<")
        body, self._tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        if len(self._tail) > 64 * 1024:  # no tag of a sheet is that long
            body, self._tail = data, b""
        self._measure(body)
        check_extent(self.file, self.sheet, self, self.limits)

    def finish(self) -> None:
        self._measure(self._tail)
        self._tail = b""
        check_extent(self.file, self.sheet, self, self.limits)

    def _measure(self, body: bytes) -> None:
        if not body:
            return
        self.cells += _count(body, b"c", _PREFIXED_CELL)
        self.rows += _count(body, b"row", _PREFIXED_ROW)
        refs = [int(r) for r in _ROW_REF.findall(body)]
        refs += [int(r) for r in _FAR_CELL_ROW.findall(body)]
        if refs:
            low, high = min(refs), max(refs)
            self.first_row = low if self.first_row is None else min(self.first_row, low)
            self.last_row = max(self.last_row, high)
        new = set(_WIDE_CELL.findall(body)) - self._columns
        if new:
            self._columns |= new
            self.last_column = max(self.last_column,
                                   max(column_number(c.decode()) for c in new))

    @property
    def spanned_rows(self) -> int:
        """Rows from the first to the last the sheet names (rows without numbers count too)."""
        named = self.last_row - (self.first_row or 1) + 1 if self.last_row else 0
        return max(named, self.rows)

    @property
    def spanned_columns(self) -> int:
        return max(self.last_column, 26 if self.cells else 0)


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([A-Z]*)(\d*):?([A-Z]*)(\d*)"')


@dataclass(frozen=True)
class Dimension:
    """The range a sheet declares (``<dimension ref="A1:L250">``)."""

    first_row: int
    last_row: int
    columns: int
    last_cell: str


def declared_dimension(head: bytes) -> Dimension | None:
    """The ``<dimension>`` of a sheet, from the first few KB of its XML."""
    found = _DIMENSION.search(head)
    if not found:
        return None
    c1, r1, c2, r2 = (g.decode() for g in found.groups())
    if not r1:
        return None
    c2, r2 = (c2 or c1), (r2 or r1)
    first, last = int(r1), int(r2)
    columns = abs(column_number(c2 or "A") - column_number(c1 or "A")) + 1
    return Dimension(first, last, columns, f"{c2}{r2}")


def check_extent(file: str, sheet: str, extent: SheetExtent, limits: Limits) -> None:
    """Refuse a sheet whose cells span more than a list of servicemen ever would."""
    if extent.spanned_rows > limits.rows:
        raise too_many_rows(file, sheet, extent.spanned_rows)
    if extent.cells > limits.cells:
        raise SpreadsheetRefused(
            N_("Sheet '{sheet}' of {file} has {cells} cells; at most {limit} are imported at a "
               "time. Split the list into several files."),
            sheet=sheet, file=file, cells=extent.cells, limit=limits.cells)
    grid = extent.spanned_rows * extent.spanned_columns
    if grid > limits.grid_cells:
        raise too_wide(file, sheet, extent.spanned_rows, extent.spanned_columns)


def too_many_rows(file: str, sheet: str, rows: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("Sheet '{sheet}' of {file} has {rows} rows; at most {limit} rows are imported at a "
           "time. Split the list into several files."),
        sheet=sheet, file=file, rows=rows, limit=MAX_ROWS)


def too_wide(file: str, sheet: str, rows: int, columns: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("Sheet '{sheet}' of {file} spans {rows} rows by {columns} columns, more than a list "
           "of servicemen ever needs: something is written far beyond the list. Press "
           "Ctrl+End in Excel to find it, delete it and import again."),
        sheet=sheet, file=file, rows=rows, columns=columns)


def check_dimension(file: str, sheet: str, dimension: Dimension | None, limits: Limits) -> None:
    """Refuse what the sheet's declared dimension already says is too big."""
    if dimension is None:
        return
    rows = dimension.last_row - dimension.first_row + 1
    if dimension.last_row > limits.rows:
        raise too_many_rows(file, sheet, dimension.last_row)
    if rows * dimension.columns > limits.grid_cells:
        raise too_wide(file, sheet, rows, dimension.columns)
