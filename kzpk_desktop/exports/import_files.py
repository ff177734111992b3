"""The two workbooks the import gives the clerk: the error report and the empty template.

The error report is a KZPK report (``workbook.ReportBook``: title block,
marking, frozen bold header, print set-up, atomic write) whose table repeats
the file's header and each refused row, with the row number and the reasons
added at the right and the faulty cells shaded. Its header row is found by
the importer like any other, so a clerk corrects the rows in it and imports
the report itself; the two added columns are ignored as extra columns.

The template is a plain sheet whose first row holds the canonical headers.

``write_error_report`` and ``write_template`` take an import preview and the
import's column table (services); ``write_error_rows`` and
``write_template_columns`` below them only know cells and headers.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..messages import N_
from ..services import import_columns
from ..services.import_model import ImportPreview, ImportRefused
from ..sheets.readers import cell_text
from .files import atomic_path
from .workbook import CELL, DATE, DATE_FORMAT, ID, Column, ReportBook

PROBLEM = "KZPK problem"  # named style of a refused cell
_TEMPLATE_ROWS = 2000  # rows the sex list is offered in
_SEX_CHOICES = {"kk": "Ер,Әйел", "ru": "М,Ж", "en": "M,F"}
_SHEET_NAMES = {"kk": "Әскери қызметшілер", "ru": "Военнослужащие", "en": "Servicemen"}
_REQUIRED_NOTE = {"kk": "Міндетті баған", "ru": "Обязательный столбец", "en": "Required column"}


@dataclass(frozen=True)
class ReportRow:
    row: int  # the row's number in the imported file
    cells: tuple  # its cells as read
    marked: Sequence[int]  # indexes of the cells at fault
    reasons: str  # one reason per line


def write_error_rows(path: str | os.PathLike, *, lang: str, user: str, title: str,
                     lines: Sequence[str], headers: Sequence[str], kinds: Sequence[str],
                     rows: Sequence[ReportRow], row_label: str, reason_label: str) -> None:
    """``kinds`` per file column: "date" keeps real dates, "id" writes text (IINs, numbers)."""
    columns = [Column(h or " ", max(10, min(30, len(h) + 2)), k) for h, k in zip(headers, kinds)]
    columns += [Column(row_label, 10, "int"), Column(reason_label, 60, "text")]
    with ReportBook(lang=lang, user=user) as book:
        thin = Side(style="thin", color="808080")
        book.wb.add_named_style(NamedStyle(
            name=PROBLEM, font=Font(name="Arial", size=10),
            fill=PatternFill("solid", fgColor="F8CBAD"),
            border=Border(left=thin, right=thin, top=thin, bottom=thin),
            alignment=Alignment(vertical="top", wrap_text=True)))
        sheet = book.sheet(title, title, lines, columns)
        for r in rows:
            marked = set(r.marked)
            cells = []
            for i, kind in enumerate(kinds):
                value = r.cells[i] if i < len(r.cells) else None
                if kind == "date" and isinstance(value, dt.date):
                    cell_kind = "date"
                else:
                    value, cell_kind = cell_text(value) or None, "id" if kind == "id" else "text"
                style = PROBLEM if i in marked else {"date": DATE, "id": ID}.get(cell_kind, CELL)
                cells.append((value, style, cell_kind))
            cells += [(r.row, None, "int"), (r.reasons, None, "text")]
            sheet.styled_row(cells)
        sheet.finish()
        book.save(path)


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    width: int
    kind: str | None  # "date", "text" (typed digits stay text), "sex" or None
    required: bool = False


def write_template_columns(path: str | os.PathLike, lang: str,
                           columns: Sequence[TemplateColumn]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = _SHEET_NAMES.get(lang, _SHEET_NAMES["en"])
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, col in enumerate(columns, start=1):
        letter = get_column_letter(i)
        cell = ws.cell(row=1, column=i, value=col.header)
        cell.font = Font(name="Arial", size=10, bold=True)
        cell.border = border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="F4B183" if col.required else "D9E1F2")
        if col.required:
            cell.comment = Comment(_REQUIRED_NOTE.get(lang, _REQUIRED_NOTE["en"]), "KZPK")
        ws.column_dimensions[letter].width = col.width
        number_format = {"date": DATE_FORMAT, "text": "@"}.get(col.kind or "")
        if number_format:
            # A column style: Excel gives it to every cell typed in the column.
            ws.column_dimensions[letter].number_format = number_format
        if col.kind == "sex":
            rule = DataValidation(type="list", formula1=f'"{_SEX_CHOICES.get(lang, "M,F")}"',
                                  allow_blank=True)
            rule.add(f"{letter}2:{letter}{_TEMPLATE_ROWS + 1}")
            ws.add_data_validation(rule)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    ws.row_dimensions[1].height = 32
    with atomic_path(path) as temp:
        wb.save(temp)


# --- from an import preview --------------------------------------------------------------

def write_error_report(preview: ImportPreview, path: str | os.PathLike, *, user: str = "",
                       lang: str = "ru", translate: Callable[[str], str] | None = None) -> int:
    """Save the refused rows as .xlsx: the file's header and cells, the row number, the reasons.

    Problem cells are shaded. ``lang`` is the report's title-block language;
    ``translate`` turns an English template into the user's language (the GUI
    passes Qt's translator). Returns the number of rows written.
    """
    tr = translate or (lambda s: s)
    report_rows = []
    for r in preview.rows:
        if not r.refused:
            continue
        reasons = []
        for p in r.problems:
            message = tr(p.template).format(**p.args)
            reasons.append(f"{p.column}: {message}" if p.column else message)
        marked = sorted({p.column_index for p in r.problems if p.column_index is not None})
        report_rows.append(ReportRow(r.row, r.cells, marked, "\n".join(reasons)))
    width = max((c.index for c in preview.columns), default=-1) + 1
    headers, kinds = [""] * width, ["text"] * width
    for c in preview.columns:
        headers[c.index] = c.header
        kind = import_columns.BY_FIELD[c.field].kind if c.field else "text"
        kinds[c.index] = {"date": "date", "past_date": "date", "iin": "id", "code": "id"}.get(
            kind, "text")
    write_error_rows(
        path, lang=lang, user=user, title=tr(N_("Rows refused by the import")),
        lines=[tr(N_("File {file}, sheet '{sheet}': {count} rows refused.")).format(
            file=os.path.basename(preview.path), sheet=preview.sheet, count=len(report_rows))],
        headers=headers, kinds=kinds, rows=report_rows,
        row_label=tr(N_("Row in the file")), reason_label=tr(N_("Why it was refused")))
    return len(report_rows)


def write_template(path: str | os.PathLike, lang: str = "ru") -> None:
    """Save an empty import workbook with the canonical headers in ``lang`` (kk, ru or en)."""
    if lang not in import_columns.LANGS:
        raise ImportRefused(N_("Unknown language '{lang}': choose kk, ru or en."), lang=lang)
    columns = [import_columns.BY_FIELD[f] for f in import_columns.TEMPLATE_FIELDS]
    write_template_columns(path, lang, [
        TemplateColumn(c.header(lang), c.width, _template_format(c.kind), c.required)
        for c in columns])


def _template_format(kind: str) -> str | None:
    if kind in ("date", "past_date"):
        return "date"
    if kind in ("iin", "code", "text"):
        return "text"  # typed digits stay text: leading zeros and "+7 701 ..." survive
    return "sex" if kind == "sex" else None
