"""Import servicemen from clerks' spreadsheets: a preview first, then an all-or-nothing commit.

``preview`` reads the file, checks every row with the record form's rules
(``servicemen.validate``) and against the database and the rest of the file,
and says per row what a commit would do: create, update, leave unchanged or
refuse (with the reasons, per cell). ``commit`` writes it in the caller's
transaction; any refusal or a cancel raises, so the caller's rollback leaves
nothing behind. Importing the same file again changes nothing.
"""
from __future__ import annotations

import datetime as dt
import os

from sqlalchemy.orm import Session

from ..progress import Cancelled
from ..sheets import readers
from ..sheets.readers import column_letter
from . import import_columns, import_match, import_write
from .errors import N_, Problem
from .import_model import (  # noqa: F401  (re-exported: the importer's public names)
    ACTIONS,
    CREATE,
    REFUSED,
    UNCHANGED,
    UPDATE,
    ImportCancelled,
    ImportColumn,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PlannedAssignment,
    PreviewRow,
    Progress,
    RowProblem,
    tick,
)
from .import_rows import Lookups, ParsedRow, parse_row
from .rotations import get_rotation, rotation_label

#: Rows between two progress reports.
PROGRESS_EVERY = 1000


def list_sheets(path: str | os.PathLike) -> list[str]:
    """The workbook's sheet names in tab order (for a sheet picker); refuses as ``preview`` does."""
    try:
        return [info.name for info in readers.list_sheets(path)]
    except readers.SpreadsheetRefused as exc:
        raise ImportRefused(exc.template, **exc.args_) from None


# --- preview ---------------------------------------------------------------------------------

def preview(session: Session, path: str | os.PathLike, *, sheet: str | None = None,
            update_existing: bool = False, rotation_id: int | None = None,
            today: dt.date | None = None, lang: str = "ru",
            progress: Progress | None = None) -> ImportPreview:
    """Read and check the file; nothing is written.

    Raises ``ImportRefused`` before any row is read for a file that is not a
    workbook, is password-protected, empty, too big or lacks a required
    column; ``NotFound`` for an unknown rotation; ``ImportCancelled`` when
    ``progress`` answers False.
    """
    today = today or dt.date.today()
    # While the file is read (in a child process, see sheets/isolated.py) the bar is busy;
    # Cancel stops the reader.
    tick(progress, 0, 0)
    try:
        table = readers.read_table(path, sheet, import_columns.match_header,
                                   cancelled=lambda: progress is not None
                                   and progress(0, 0) is False)
    except readers.SpreadsheetRefused as exc:
        raise ImportRefused(exc.template, **exc.args_) from None
    except Cancelled:
        raise ImportCancelled() from None
    columns = _map_columns(table.headers)
    _require_columns(columns, table.sheet, os.path.basename(path))
    rotation = None
    if rotation_id is not None:
        rot = get_rotation(session, rotation_id)
        if rot.status == "completed":
            raise ImportRefused(N_("Rotation {rotation} is completed; its roster is closed."),
                                rotation=rotation_label(rot))
        rotation = rotation_label(rot)
    by_index = {c.index: c.field for c in columns if c.field is not None}
    header_of = {c.field: c.header for c in columns if c.field is not None}
    index_of = {c.field: c.index for c in columns if c.field is not None}
    lookups = Lookups(session, lang)
    # Two passes over the rows (reading the cells, then checking them): the bar counts both.
    n_rows = len(table.rows)
    total = 2 * n_rows
    tick(progress, 0, total)
    parsed: list[ParsedRow] = []
    for n, (row_number, cells) in enumerate(table.rows, start=1):
        parsed.append(parse_row(row_number, cells, by_index, lookups, today))
        if n % PROGRESS_EVERY == 0:
            tick(progress, n, total)
    checked = import_match.check_rows(
        session, parsed, header_of=header_of, update_existing=update_existing, today=today,
        lang=lang, progress=lambda n: tick(progress, n_rows + n, total))
    rows = [PreviewRow(p.row, p.cells, c.action, c.data,
                       [_locate(table.sheet, p.row, q, header_of, index_of)
                        for q in c.problems],
                       c.serviceman_id, c.version, c.changes, c.assignment)
            for p, c in zip(parsed, checked)]
    tick(progress, total, total)
    return ImportPreview(str(path), table.sheet, table.sheets, table.header_row, columns, rows,
                         update_existing, rotation_id, rotation)


def _map_columns(headers: list[str]) -> list[ImportColumn]:
    seen: set[str] = set()
    columns = []
    for index, header in enumerate(headers):
        if not header:
            continue
        name = import_columns.match_header(header)
        if name in seen:
            name = None  # a second column of the same meaning is listed as extra, not read
        if name is not None:
            seen.add(name)
        columns.append(ImportColumn(index, column_letter(index), header, name))
    return columns


def _require_columns(columns: list[ImportColumn], sheet: str, file: str) -> None:
    have = {c.field for c in columns}
    if "full_name" in have:
        have |= {"surname", "given_name"}
    missing = [import_columns.BY_FIELD[f] for f in import_columns.REQUIRED if f not in have]
    if missing:
        raise ImportRefused(
            N_("Sheet '{sheet}' of {file} has no column for: {columns}. Add the column (the "
               "import template has every header) and import again."),
            sheet=sheet, file=file,
            columns="; ".join(f"{c.ru} / {c.kk} / {c.en}" for c in missing))


# Where a problem of a field goes when the file has no column of its own for it.
_FALLBACK_COLUMN = {"birth_date": "iin", "sex": "iin", "passport_issued": "passport_number",
                    "passport_expires": "passport_number", "surname": "full_name",
                    "given_name": "full_name", "patronymic": "full_name", "rank_id": "rank",
                    "unit_id": "unit", "date_from": "unit", "date_to": "unit",
                    "serviceman_id": "iin"}


def _locate(sheet: str, row: int, problem: Problem, header_of: dict[str, str],
            index_of: dict[str, int]) -> RowProblem:
    name = problem.field
    if name not in header_of:
        name = _FALLBACK_COLUMN.get(name, name)
    header = header_of.get(name, "")
    return RowProblem(sheet, row, header, name if header else "", problem.template,
                      dict(problem.args), index_of.get(name))


# --- commit ----------------------------------------------------------------------------------

def commit(session: Session, preview: ImportPreview, *, skip_invalid: bool = False,
           category: str = "troops", progress: Progress | None = None,
           origin: str = "HQ", lang: str = "ru") -> ImportResult:
    """Write the previewed rows in the caller's transaction (all or nothing).

    Refused rows raise ``ImportRefused`` before anything is written, unless
    ``skip_invalid`` leaves them out. With a rotation in the preview, every
    imported person not yet on its roster is nominated (``category``).
    ``ImportCancelled`` (progress answered False) and any other error leave
    the rollback to the caller's transaction.
    """
    counts = preview.counts()
    if counts[REFUSED] and not skip_invalid:
        raise ImportRefused(
            N_("{count} of {total} rows were refused; nothing was imported. Correct them (the "
               "error report lists each one) or import only the valid rows."),
            count=counts[REFUSED], total=len(preview.rows))
    return import_write.write(session, preview, category=category, progress=progress,
                              origin=origin, lang=lang)
