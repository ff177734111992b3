"""The reference row writer: report rows as openpyxl cells, written by openpyxl itself.

``sheet_xml.XmlRows`` writes the same rows several times faster as XML text;
this one is the yardstick the tests compare it with (``ReportBook.fast_rows =
False``), and what the reports use when openpyxl writes without lxml
(``OPENPYXL_LXML=False``), which ``XmlRows`` needs.
"""
from __future__ import annotations

from collections.abc import Sequence

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .cells import FORMULA_STARTS, put


class _CellRowSheet(WriteOnlyWorksheet):
    """A write-only sheet fed only with ready cells (or None for no cell)."""

    def _values_to_row(self, values, row_idx):
        # openpyxl's own tries each item as a plain value first (an exception per cell).
        for col_idx, cell in enumerate(values, 1):
            if cell is None:
                continue
            cell.column = col_idx
            cell.row = row_idx
            yield cell


class OpenpyxlRows:
    """Rows of (value, style, kind) cell specs; the methods of ``XmlRows``."""

    def __init__(self, ws) -> None:
        ws.__class__ = _CellRowSheet
        self.ws = ws

    def write(self, index: int, cells: Sequence, height: float | None = None) -> None:
        ws = self.ws
        row = [None if spec is None else _openpyxl_cell(ws, *spec) for spec in cells]
        if height is not None:
            ws.row_dimensions[index].height = height
        ws.append(row)
        if height is not None:
            del ws.row_dimensions[index]  # written; keeps memory flat

    def columns(self, styles_kinds: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        return list(styles_kinds)

    def write_data(self, index: int, values: Sequence, columns: list[tuple[str, str]],
                   height: float | None = None) -> None:
        self.write(index, [(v, style, kind) for (style, kind), v in zip(columns, values)],
                   height)


def _openpyxl_cell(ws, value, style: str, kind: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    cell.style = style
    put(cell, value, kind)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # stays text even when edited in Excel
    return cell
