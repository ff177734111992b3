"""Report rows written as sheet XML text, straight into a write-only sheet's file.

openpyxl's write-only mode spends some 15-25 us on every cell: it infers the
type again, looks the style up in an ``IndexedList`` of style arrays, builds an
lxml element. The 10,000-row nominal roll has 270,000 cells, so that is most of
its time. Here a column's style id is resolved once (through openpyxl, so
styles.xml gets it), values are formatted by kind, and a whole row is written
to the sheet's temporary file as one string. openpyxl still writes everything
else: sheet properties, views, columns, merged cells, autofilter, print
settings, styles, the package.

The cells are the ones openpyxl's own writer (``openpyxl.cell._writer``) gives
for ``cells.put(cell, value, kind)``: strings inline (``t="inlineStr"``; the
write-only mode has no shared strings), ``xml:space="preserve"`` around
leading or trailing white space, numbers as ``%.16g`` (NaN and infinities
empty), booleans ``t="b"``, dates as serial numbers with a date style, styled
empty cells kept (their borders print). Text is cleaned as openpyxl cleans it
(at most 32,767 characters, ``ILLEGAL_CHARACTERS_RE`` removed) and escaped as
lxml escapes it (``& < >`` and carriage returns). The rows are UTF-8 in a
document lxml writes as ASCII without a declaration, which XML reads as UTF-8.

The openpyxl internals this relies on (pinned by
``tests/exports/test_export_fast_rows.py``, written for openpyxl 3.1):

- ``WriteOnlyWorksheet``: ``_writer`` (a ``WorksheetWriter``, made by
  ``_get_writer``), ``_rows`` (a generator that owns ``<sheetData>``: ``close``
  closes it, then writes the tail) and ``_write_rows`` (which makes it).
- ``WorksheetWriter.get_stream``: a generator around an incremental XML writer;
  ``send(True)`` lends the writer out, ``send(None)`` takes it back. Overridden
  here only to let lxml write through a Python file object that the rows are
  written to as well; ``out`` (the temporary file's name) is kept.
- ``StyleableObject.style_id`` / ``has_style`` for the style index.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from lxml.etree import xmlfile
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.xml.constants import SHEET_MAIN_NS

from .cells import FORMULA_STARTS, MAX_TEXT, TEXT_KINDS, VALUE_TYPES, clean_text

# A text that needs cleaning (clean_text) or escaping: the common case has neither.
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f&<>\r\ud800-\udfff\ufffe\uffff]")


def escape_text(text: str) -> str:
    """Element text as lxml writes it (carriage returns escaped, or a reader makes them LF)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _text_cell(ref: str, sattr: str, text: str) -> str:
    if len(text) > MAX_TEXT or _SPECIAL.search(text) is not None:
        text = clean_text(text)
        body = escape_text(text)
    else:
        body = text
    if not text:
        return f'<c r="{ref}"{sattr} t="inlineStr"></c>'
    if text != text.strip():
        return (f'<c r="{ref}"{sattr} t="inlineStr"><is><t xml:space="preserve">{body}</t>'
                '</is></c>')
    return f'<c r="{ref}"{sattr} t="inlineStr"><is><t>{body}</t></is></c>'


def _number(value) -> str:
    text = "%.16g" % value
    return "" if text[-1] in "nf" else text  # nan, inf, -inf: openpyxl writes <v></v>


class _FileStreamWriter(WorksheetWriter):
    """openpyxl's sheet writer with lxml writing through a Python file object.

    The body of ``get_stream`` is openpyxl 3.1's; only the output differs: a
    file object, so that rows can be written to it between lxml's flushes.
    """

    raw = None

    def get_stream(self):
        with open(self.out, "wb") as raw, xmlfile(raw) as xf:
            self.raw = raw
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        el = (yield)
                        if el is True:
                            yield xf
                        elif el is None:  # et_xmlfile chokes
                            continue
                        else:
                            xf.write(el)
                except GeneratorExit:
                    pass


class XmlRowSheet(WriteOnlyWorksheet):
    """A write-only sheet whose rows arrive as ready ``<row>`` XML text."""

    _raw = None

    def _get_writer(self):
        if self._writer is None:
            self._writer = _FileStreamWriter(self)
            self._writer.write_top()

    def _write_rows(self):
        # As openpyxl's, but the rows go to the file itself, not through lxml.
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            xf.flush()  # lxml's buffer (up to <sheetData>) reaches the file first
            self._raw = self._writer.raw
            try:
                while True:
                    yield
            except GeneratorExit:
                self._raw = None
        self._writer.xf.send(None)

    def write_xml(self, rows: str) -> None:
        if self._raw is None:
            if self._rows is not None or self.closed:
                self._already_saved()
            self._get_writer()
            self._rows = self._write_rows()
            next(self._rows)
        self._raw.write(rows.encode("utf-8"))


class XmlRows:
    """Writes report rows of cell specs into an ``XmlRowSheet``."""

    def __init__(self, ws) -> None:
        ws.__class__ = XmlRowSheet  # a fresh write-only sheet: nothing written yet
        self.ws = ws
        self._epoch = ws.parent.epoch
        if ws.parent.iso_dates:  # never set by the reports; dates are serial numbers
            raise ValueError("ISO 8601 dates are not supported by the fast row writer")
        self._letters: list[str] = []
        self._styles: dict[tuple, str] = {}
        self._heights: dict[float, str] = {}
        self._serials: dict[dt.date, str] = {}

    # -- resolved once ---------------------------------------------------------------------
    def _letter(self, col: int) -> str:
        while len(self._letters) < col:
            self._letters.append(get_column_letter(len(self._letters) + 1))
        return self._letters[col - 1]

    def style(self, name: str, quote: bool = False, sample=None) -> str:
        """The ``s`` attribute openpyxl writes for a cell of style ``name`` ("" if unstyled).

        ``sample``: a date; openpyxl gives a date a date number format when its
        style has none (the same date style for every date of that type).
        """
        key = (name, quote, sample.__class__)
        attr = self._styles.get(key)
        if attr is None:
            cell = WriteOnlyCell(self.ws)
            cell.style = name
            if quote:
                cell.quotePrefix = True
            if sample is not None:
                cell.value = sample
            attr = f' s="{cell.style_id}"' if cell.has_style else ""
            self._styles[key] = attr
        return attr

    def _row_start(self, index: int, height: float | None) -> str:
        if height is None:
            return f'<row r="{index}">'
        attrs = self._heights.get(height)
        if attrs is None:
            dim = RowDimension(self.ws, index=index, ht=height)
            attrs = self._heights[height] = "".join(f' {k}="{v}"' for k, v in dim)
        return f'<row r="{index}"{attrs}>'

    def _serial(self, value: dt.date) -> str:
        serial = self._serials.get(value)
        if serial is None:
            if getattr(value, "tzinfo", None) is not None:
                raise TypeError("Excel does not support timezones in datetimes. "
                                "The tzinfo in the datetime/time object must be set to None.")
            serial = _number(to_excel(value, self._epoch))
            if value.__class__ is dt.date:  # datetimes are seldom repeated: not kept
                self._serials[value] = serial
        return serial

    # -- cells -----------------------------------------------------------------------------
    def cell(self, ref: str, value, style: str, kind: str) -> str:
        """One cell as openpyxl writes ``put(cell styled style, value, kind)``."""
        if value is None:
            sattr = self.style(style)
            # openpyxl leaves out an empty cell only when it has no style.
            return f'<c r="{ref}"{sattr} t="n"></c>' if sattr else ""
        if isinstance(value, str) or kind in TEXT_KINDS or not isinstance(value, VALUE_TYPES):
            quote = isinstance(value, str) and value.startswith(FORMULA_STARTS)
            text = value if value.__class__ is str else str(value)
            return _text_cell(ref, self.style(style, quote), text)
        if isinstance(value, bool):
            return f'<c r="{ref}"{self.style(style)} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, dt.date):
            return (f'<c r="{ref}"{self.style(style, sample=value)} t="n">'
                    f'<v>{self._serial(value)}</v></c>')
        return f'<c r="{ref}"{self.style(style)} t="n"><v>{_number(value)}</v></c>'

    # -- rows ------------------------------------------------------------------------------
    def write(self, index: int, cells: Sequence, height: float | None = None) -> None:
        """A row of cell specs (value, style, kind), None for no cell at all."""
        r = str(index)
        parts = [self._row_start(index, height)]
        for col, spec in enumerate(cells, 1):
            if spec is not None:
                value, style, kind = spec
                parts.append(self.cell(self._letter(col) + r, value, style, kind))
        parts.append("</row>")
        self.ws.write_xml("".join(parts))

    def columns(self, styles_kinds: Sequence[tuple[str, str]]) -> list[tuple]:
        """Per column of a table: what ``write_data`` needs, resolved once."""
        out = []
        for col, (style, kind) in enumerate(styles_kinds, 1):
            out.append((self._letter(col), style, kind, kind in TEXT_KINDS, self.style(style),
                        kind == "int" or kind == "number" or kind == "percent"))
        return out

    def write_data(self, index: int, values: Sequence, columns: list[tuple],
                   height: float | None = None) -> None:
        """A table row, one value per column; the hot loop of every export.

        The usual cases (None, str, int / float in a number column) are written
        here; the others (dates, booleans, numbers in a text column...) by ``cell``.
        """
        r = str(index)
        parts = [self._row_start(index, height)]
        append = parts.append
        serials = self._serials
        for (letter, style, kind, text_kind, sattr, numeric), value in zip(columns, values):
            cls = value.__class__
            if value is None:
                if sattr:
                    append(f'<c r="{letter}{r}"{sattr} t="n"></c>')
            elif cls is str:
                if value.startswith(FORMULA_STARTS):
                    append(_text_cell(letter + r, self.style(style, True), value))
                elif len(value) > MAX_TEXT or _SPECIAL.search(value) is not None:
                    append(_text_cell(letter + r, sattr, value))
                elif not value:
                    append(f'<c r="{letter}{r}"{sattr} t="inlineStr"></c>')
                elif value != value.strip():
                    append(f'<c r="{letter}{r}"{sattr} t="inlineStr"><is>'
                           f'<t xml:space="preserve">{value}</t></is></c>')
                else:
                    append(f'<c r="{letter}{r}"{sattr} t="inlineStr"><is><t>{value}</t></is></c>')
            elif numeric and (cls is int or cls is float):
                append(f'<c r="{letter}{r}"{sattr} t="n"><v>{_number(value)}</v></c>')
            elif cls is dt.date and not text_kind:
                append(f'<c r="{letter}{r}"{self.style(style, False, value)} t="n">'
                       f'<v>{serials.get(value) or self._serial(value)}</v></c>')
            else:
                append(self.cell(letter + r, value, style, kind))
        append("</row>")
        self.ws.write_xml("".join(parts))
