"""Reading clerks' spreadsheets (.xlsx / .xlsm): refusals, sheets, header row, cell values.

Cells are read with python-calamine (a Rust reader): 10-15 times faster than
openpyxl's read-only mode on the same files (figures in bench/RESULTS.md),
which is what lets 10,000 rows be checked and saved in a few seconds. It
returns formulas' cached values, real dates as ``datetime.date`` and a merged
range's value in its top-left cell only, which is where a title or a header
keeps it.

No file can crash, freeze or exhaust the app: what is cheap to refuse is
refused here (size, kind, the zip's directory, the declared dimension), and
the cells are read in a child process that measures the workbook before it
reads it and has a memory ceiling (isolated.py, bounds.py). Every outcome is
a ``SpreadsheetRefused`` of one sentence or a ``SheetTable``.

Nothing here knows what the columns mean: the caller passes a function that
recognises a header. Messages are English templates with named fields, like
the services' (the GUI translates the template).
"""
from __future__ import annotations

import os
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..messages import N_
from ..progress import Cancelled
from . import isolated
from .bounds import HEADER_SCAN_ROWS, MAX_ROWS, MB, Limits, check_declared, \
    declared_dimension, read_part, too_many_rows
from .cells import cell_date, cell_text, column_letter, filled, strip_text  # noqa: F401
from .errors import CellError, SpreadsheetRefused, damaged  # noqa: F401

#: The limits every import is read within (bounds.Limits).
LIMITS = Limits()
MAX_BYTES = LIMITS.file_bytes
#: workbook.xml and its relationships are read whole; a real one is a few KB.
_MAX_BOOK_PART = 8 * MB

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .xlsx is an OLE compound file holding these streams (MS-OFFCRYPTO).
_ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")


@dataclass(frozen=True)
class SheetInfo:
    name: str
    visible: bool
    #: Rows the sheet declares (its <dimension>), or None when it does not say.
    declared_rows: int | None
    #: The sheet's part in the zip (xl/worksheets/sheet1.xml).
    part: str = ""


@dataclass
class SheetTable:
    """One sheet's header row and the non-empty rows below it."""

    sheet: str
    sheets: list[str]
    header_row: int  # as Excel numbers rows (1-based)
    headers: list[str]  # text of each header cell, "" where empty
    rows: list[tuple[int, tuple]]  # (Excel row number, cells padded to len(headers))


# --- refusals before any work ---------------------------------------------------------------

def check_file(path: str | os.PathLike, limits: Limits = LIMITS) -> None:
    """Refuse, with the reason, a file that is not an importable workbook."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise SpreadsheetRefused(N_("{file}: no such file."), file=str(path))
    size = path.stat().st_size
    if size == 0:
        raise SpreadsheetRefused(N_("{file} is empty (0 bytes)."), file=name)
    if size > limits.file_bytes:
        raise SpreadsheetRefused(
            N_("{file} is {size} MB; files over {limit} MB are not imported. Split the list "
               "into several files."), file=name, size=f"{size / MB:.0f}",
            limit=limits.file_bytes // MB)
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
            check_declared(zf, name, limits)
    except SpreadsheetRefused:
        raise
    except Exception:  # a damaged directory: BadZipFile, struct errors, bad names...
        raise damaged(name) from None
    if "xl/workbook.xml" not in names:
        raise SpreadsheetRefused(
            N_("{file} is not an Excel workbook (.xlsx or .xlsm): it is another kind of zip "
               "file (a Word document, an OpenDocument file or an archive?)."), file=name)


def list_sheets(path: str | os.PathLike) -> list[SheetInfo]:
    """The workbook's sheets in tab order, with what each declares about its size."""
    check_file(path)
    return _sheet_infos(Path(path))


def _sheet_infos(path: Path) -> list[SheetInfo]:
    try:
        with zipfile.ZipFile(path) as zf:
            book = ET.fromstring(read_part(zf, "xl/workbook.xml", path.name, _MAX_BOOK_PART))
            try:
                rels = ET.fromstring(read_part(zf, "xl/_rels/workbook.xml.rels", path.name,
                                               _MAX_BOOK_PART))
            except KeyError:
                rels = None
            # Any namespace: "strict" OOXML files use other URIs than the usual ones.
            targets = {} if rels is None else {
                r.get("Id"): r.get("Target", "") for r in rels.findall("{*}Relationship")}
            infos = []
            for s in book.findall("{*}sheets/{*}sheet"):
                rel_id = next((v for k, v in s.attrib.items() if k.endswith("}id")), None)
                target = targets.get(rel_id, "")
                part = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                          else str(PurePosixPath("xl") / target))
                infos.append(SheetInfo(s.get("name", ""), s.get("state", "visible") == "visible",
                                       _declared_rows(zf, part), part))
            return infos
    except SpreadsheetRefused:
        raise
    except Exception:  # zlib, CRC, XML, encoding errors of a damaged file
        raise damaged(path.name) from None


def _declared_rows(zf: zipfile.ZipFile, part: str) -> int | None:
    """The last row of the sheet's <dimension>, read from the first few KB only."""
    try:
        with zf.open(part) as f:
            head = f.read(4096)
    except KeyError:
        return None
    dimension = declared_dimension(head)
    return dimension.last_row if dimension else None


# --- the table -------------------------------------------------------------------------------

def read_table(path: str | os.PathLike, sheet: str | None,
               match_header: Callable[[str], object | None], *, min_matches: int = 2,
               limits: Limits = LIMITS, cancelled: Callable[[], bool] | None = None
               ) -> SheetTable:
    """Find the header row (the row of the first 15 with most known headers) and read below it.

    ``sheet=None`` takes the first visible sheet with data and a header row.
    Raises ``SpreadsheetRefused``, or ``Cancelled`` once ``cancelled()`` is True.
    """
    path = Path(path)
    check_file(path, limits)
    infos = _sheet_infos(path)
    names = [i.name for i in infos]
    if sheet is not None and sheet not in names:
        raise SpreadsheetRefused(N_("{file} has no sheet named '{sheet}'. Its sheets: {sheets}."),
                                 file=path.name, sheet=sheet, sheets=", ".join(names))
    candidates = [i for i in infos if i.name == sheet] if sheet is not None else \
        [i for i in infos if i.visible] or infos
    for info in candidates:
        if info.declared_rows is not None and info.declared_rows > limits.rows:
            raise too_many_rows(path.name, info.name, info.declared_rows)
    first_refusal = None
    while candidates:
        try:
            got = isolated.read_rows(
                path, [isolated.SheetPart(i.name, i.part) for i in candidates], limits,
                cancelled=cancelled)
        except isolated.ReadCancelled:
            raise Cancelled() from None
        if got.sheet is None:
            break
        try:
            return _table(path, got.sheet, names, got.rows, match_header, min_matches)
        except _NotAList as exc:
            # A cover sheet or notes in front: the list may be on a later sheet.
            first_refusal = first_refusal or exc
        candidates = candidates[[i.name for i in candidates].index(got.sheet) + 1:]
    if first_refusal is not None:
        raise first_refusal
    if sheet is not None:
        raise SpreadsheetRefused(N_("Sheet '{sheet}' of {file} is empty."), sheet=sheet,
                                 file=path.name)
    raise SpreadsheetRefused(N_("{file} has no data: every sheet is empty."), file=path.name)


class _NotAList(SpreadsheetRefused):
    """A sheet with data but no header row (or nothing below it)."""


def _table(path: Path, sheet: str, names: list[str], rows: isolated.Rows,
           match_header: Callable[[str], object | None], min_matches: int) -> SheetTable:
    best, best_count = None, 0
    for number, cells in rows:
        if number > HEADER_SCAN_ROWS:
            break
        count = sum(1 for v in cells if isinstance(v, str) and match_header(v) is not None)
        if count > best_count:
            best, best_count = number, count
    if best is None or best_count < min_matches:
        raise _NotAList(
            N_("Sheet '{sheet}' of {file}: no header row found in the first {n} rows. The "
               "header row names the columns, for example ИИН, Фамилия, Имя (or ЖСН, Тегі, Аты; "
               "IIN, Surname, Given name)."), sheet=sheet, file=path.name, n=HEADER_SCAN_ROWS)
    header = next(cells for number, cells in rows if number == best)
    headers = [cell_text(v) for v in header]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    table = []
    for number, cells in rows:
        if number <= best:
            continue
        cells = cells[:width]
        if any(filled(v) for v in cells):
            table.append((number, tuple(cells) + ("",) * (width - len(cells))))
    if len(table) > MAX_ROWS:
        raise too_many_rows(path.name, sheet, len(table))
    if not table:
        raise _NotAList(
            N_("Sheet '{sheet}' of {file} has a header row (row {row}) but no data below it."),
            sheet=sheet, file=path.name, row=best)
    return SheetTable(sheet, names, best, headers, table)
