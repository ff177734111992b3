"""Reading clerks' spreadsheets (.xlsx / .xlsm): refusals, sheets, header row, cell values.

Cells are read with python-calamine (a Rust reader): 10-15 times faster than
openpyxl's read-only mode on the same files (figures in bench/RESULTS.md),
which is what lets 10,000 rows be checked and saved in a few seconds. It
returns formulas' cached values, real dates as ``datetime.date`` and a merged
range's value in its top-left cell only, which is where a title or a header
keeps it.

Nothing here knows what the columns mean: the caller passes a function that
recognises a header. Messages are English templates with named fields, like
the services' (the GUI translates the template).
"""
from __future__ import annotations

import datetime as dt
import math
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import python_calamine

from ..messages import N_

MAX_BYTES = 50 * 1024 * 1024
#: Data rows below the header; above this a file is refused before it is read.
MAX_ROWS = 200_000
#: The header row is looked for in this many rows from the top of the sheet.
HEADER_SCAN_ROWS = 15
#: A zip that unpacks to more than this is refused (a "zip bomb" or not a clerk's list).
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE compound file holding these streams (MS-OFFCRYPTO).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


class SpreadsheetRefused(Exception):
    """The file cannot be imported; nothing was read from it."""

    def __init__(self, template: str, **args) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template.format(**args))


class CellError(ValueError):
    """A cell's value cannot be read as what its column holds."""

    def __init__(self, template: str, **args) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template.format(**args))


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    #: Rows the sheet declares (its <dimension>), or None when it does not say.
    declared_rows: int | None


@dataclass
class SheetTable:
    """One sheet's header row and the non-empty rows below it."""

    sheet: str
    sheets: list[str]
    header_row: int  # as Excel numbers rows (1-based)
    headers: list[str]  # text of each header cell, "" where empty
    rows: list[tuple[int, tuple]]  # (Excel row number, cells padded to len(headers))


# --- refusals before any work ---------------------------------------------------------------

def check_file(path: str | os.PathLike) -> None:
    """Refuse, with the reason, a file that is not an importable workbook."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise SpreadsheetRefused(N_("{file}: no such file."), file=str(path))
    size = path.stat().st_size
    if size == 0:
        raise SpreadsheetRefused(N_("{file} is empty (0 bytes)."), file=name)
    if size > MAX_BYTES:
        raise SpreadsheetRefused(
            N_("{file} is {size} MB; files over {limit} MB are not imported. Split the list "
               "into several files."), file=name, size=f"{size / 1024 / 1024:.0f}",
            limit=MAX_BYTES // 1024 // 1024)
    with path.open("rb") as f:
        head = f.read(8)
        if head.startswith(_OLE_MAGIC):
            f.seek(0)
            if _ENCRYPTION_STREAM in f.read():
                raise SpreadsheetRefused(
                    N_("{file} is protected with a password. Open it in Excel, remove the "
                       "password (File > Info > Protect Workbook) and save it again."), file=name)
            raise SpreadsheetRefused(
                N_("{file} is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it "
                   "as an Excel Workbook (.xlsx)."), file=name)
    if not head.startswith(_ZIP_MAGIC):
        raise SpreadsheetRefused(
            N_("{file} is not an Excel workbook (.xlsx or .xlsm)."), file=name)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            unpacked = sum(i.file_size for i in zf.infolist())
    except (zipfile.BadZipFile, OSError):
        raise SpreadsheetRefused(N_("{file} is damaged: it cannot be opened as a workbook."),
                                 file=name) from None
    if "xl/workbook.xml" not in names:
        raise SpreadsheetRefused(
            N_("{file} is not an Excel workbook (.xlsx or .xlsm): it is another kind of zip "
               "file (a Word document, an OpenDocument file or an archive?)."), file=name)
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetRefused(
            N_("{file} unpacks to more than {limit} MB of data; it is not imported."),
            file=name, limit=MAX_UNPACKED_BYTES // 1024 // 1024)


def list_sheets(path: str | os.PathLike) -> list[SheetInfo]:
    """The workbook's sheets in tab order, with what each declares about its size."""
    check_file(path)
    return _sheet_infos(Path(path))


def _sheet_infos(path: Path) -> list[SheetInfo]:
    try:
        with zipfile.ZipFile(path) as zf:
            book = ET.fromstring(zf.read("xl/workbook.xml"))
            try:
                rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
            except KeyError:
                rels = None
            # Any namespace: "strict" OOXML files use other URIs than the usual ones.
            targets = {} if rels is None else {
                r.get("Id"): r.get("Target", "") for r in rels.findall("{*}Relationship")}
            infos = []
            for s in book.findall("{*}sheets/{*}sheet"):
                rel_id = next((v for k, v in s.attrib.items() if k.endswith("}id")), None)
                target = targets.get(rel_id, "")
                part = (target.lstrip("/") if target.startswith("/")
                        else str(PurePosixPath("xl") / target))
                infos.append(SheetInfo(s.get("name", ""), s.get("state", "visible") == "visible",
                                       _declared_rows(zf, part)))
            return infos
    except (zipfile.BadZipFile, ET.ParseError, OSError):
        raise SpreadsheetRefused(N_("{file} is damaged: it cannot be opened as a workbook."),
                                 file=path.name) from None


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]*\d*:?[A-Z]*(\d+)"')


def _declared_rows(zf: zipfile.ZipFile, part: str) -> int | None:
    """The last row of the sheet's <dimension>, read from the first few KB only."""
    try:
        with zf.open(part) as f:
            head = f.read(4096)
    except KeyError:
        return None
    found = _DIMENSION.search(head)
    return int(found.group(1)) if found else None


# --- the table -------------------------------------------------------------------------------

def read_table(path: str | os.PathLike, sheet: str | None,
               match_header: Callable[[str], object | None], *, min_matches: int = 2
               ) -> SheetTable:
    """Find the header row (the row of the first 15 with most known headers) and read below it.

    ``sheet=None`` takes the first visible sheet with data and a header row.
    """
    path = Path(path)
    check_file(path)
    infos = _sheet_infos(path)
    names = [i.name for i in infos]
    if sheet is not None and sheet not in names:
        raise SpreadsheetRefused(N_("{file} has no sheet named '{sheet}'. Its sheets: {sheets}."),
                                 file=path.name, sheet=sheet, sheets=", ".join(names))
    candidates = [i for i in infos if i.name == sheet] if sheet is not None else \
        [i for i in infos if i.visible] or infos
    first_refusal = None
    book = _calamine(path, lambda: python_calamine.CalamineWorkbook.from_path(str(path)))
    try:
        for info in candidates:
            if info.declared_rows is not None and \
                    info.declared_rows > MAX_ROWS + HEADER_SCAN_ROWS:
                raise _too_many_rows(path, info.name, info.declared_rows)
            grid = _calamine(path, lambda: book.get_sheet_by_name(info.name).to_python(
                skip_empty_area=False))
            if not any(_filled(v) for row in grid for v in row):
                continue
            try:
                return _table(path, info.name, names, grid, match_header, min_matches)
            except _NotAList as exc:
                # A cover sheet or notes in front: the list may be on a later sheet.
                first_refusal = first_refusal or exc
    finally:
        book.close()
    if first_refusal is not None:
        raise first_refusal
    if sheet is not None:
        raise SpreadsheetRefused(N_("Sheet '{sheet}' of {file} is empty."), sheet=sheet,
                                 file=path.name)
    raise SpreadsheetRefused(N_("{file} has no data: every sheet is empty."), file=path.name)


class _NotAList(SpreadsheetRefused):
    """A sheet with data but no header row (or nothing below it)."""


def _calamine(path: Path, read: Callable):
    try:
        return read()
    except Exception as exc:  # calamine's own errors: damaged XML, zip or sheet parts
        raise SpreadsheetRefused(N_("{file} is damaged: it cannot be read ({reason})."),
                                 file=path.name, reason=str(exc) or type(exc).__name__) from None


def _too_many_rows(path: Path, sheet: str, rows: int) -> SpreadsheetRefused:
    return SpreadsheetRefused(
        N_("Sheet '{sheet}' of {file} has {rows} rows; at most {limit} rows are imported at a "
           "time. Split the list into several files."),
        sheet=sheet, file=path.name, rows=rows, limit=MAX_ROWS)


def _table(path: Path, sheet: str, names: list[str], grid: list[list],
           match_header: Callable[[str], object | None], min_matches: int) -> SheetTable:
    best, best_count = None, 0
    for index, row in enumerate(grid[:HEADER_SCAN_ROWS]):
        count = sum(1 for v in row if isinstance(v, str) and match_header(v) is not None)
        if count > best_count:
            best, best_count = index, count
    if best is None or best_count < min_matches:
        raise _NotAList(
            N_("Sheet '{sheet}' of {file}: no header row found in the first {n} rows. The "
               "header row names the columns, for example ИИН, Фамилия, Имя (or ЖСН, Тегі, Аты; "
               "IIN, Surname, Given name)."), sheet=sheet, file=path.name, n=HEADER_SCAN_ROWS)
    header = grid[best]
    headers = [cell_text(v) for v in header]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows = []
    for index in range(best + 1, len(grid)):
        cells = grid[index][:width]
        if any(_filled(v) for v in cells):
            rows.append((index + 1, tuple(cells) + ("",) * (width - len(cells))))
    if len(rows) > MAX_ROWS:
        raise _too_many_rows(path, sheet, len(rows))
    if not rows:
        raise _NotAList(
            N_("Sheet '{sheet}' of {file} has a header row (row {row}) but no data below it."),
            sheet=sheet, file=path.name, row=best + 1)
    return SheetTable(sheet, names, best + 1, headers, rows)


def _filled(value: object) -> bool:
    return not (value is None or (isinstance(value, str) and not _strip(value)))


# --- cell values -----------------------------------------------------------------------------

# str.strip() knows NBSP and the other Unicode spaces, not these invisible characters
# that arrive with copy-paste from Word and web pages.
_INVISIBLE = "\u200b\u200e\u200f\u2060\ufeff"


def _strip(value: str) -> str:
    value = value.strip()
    while value and (value[0] in _INVISIBLE or value[-1] in _INVISIBLE):
        value = value.strip(_INVISIBLE).strip()
    return value


def cell_text(value: object) -> str:
    """The cell as the clerk sees it, as text; "" when empty.

    Whole numbers lose Excel's ".0" (a phone typed as a number stays its digits);
    dates read as DD.MM.YYYY.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return _strip(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return f"{value:%d.%m.%Y}" if value.time() == dt.time() else f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return _strip(str(value))


_DMY = re.compile(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})")
# "28.10.1979 г.", "28.10.1979 ж." and a time left by a text export ("1979-10-28 00:00:00").
_TAIL = re.compile(r"(?:\s*(?:г|ж|года|жыл)\.?)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$",
                   re.IGNORECASE)
_SEPARATOR_SPACES = re.compile(r"\s*([./\-])\s*")


def cell_date(value: object, *, past: bool = False, today: dt.date | None = None) -> dt.date:
    """A real Excel date, or text as DD.MM.YYYY, D.M.YY, DD/MM/YYYY or YYYY-MM-DD.

    A two-digit year is this century's; for ``past`` dates (birth, issue) one
    that would be in the future is the last century's.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(N_("{value} is a number, not a date: format the cell as a date or write "
                           "it as DD.MM.YYYY."), value=cell_text(value))
    s = _TAIL.sub("", _SEPARATOR_SPACES.sub(r"\1", cell_text(value)), count=1)
    m = _DMY.fullmatch(s)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if len(year) == 2:
            today = today or dt.date.today()
            full = 2000 + int(year)
            if past and (full, month, day) > (today.year, today.month, today.day):
                full -= 100
            year = str(full)
        return _real_date(int(year), month, day, value)
    m = _YMD.fullmatch(s)
    if m:
        return _real_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
    raise CellError(N_("'{value}' is not a date: write it as DD.MM.YYYY."),
                    value=cell_text(value))


def _real_date(year: int, month: int, day: int, value: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(N_("'{value}' is not a real date."), value=cell_text(value)) from None


def column_letter(index: int) -> str:
    """Excel's letter for a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
