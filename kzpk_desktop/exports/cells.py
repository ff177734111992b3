"""Cell-level rules of the report workbooks: named styles, safe values, wrapped heights."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

DATE_FORMAT = "DD.MM.YYYY"
#: Characters that make a spreadsheet read a typed value as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Named styles (visible in Excel's style gallery under these names).
TITLE, SUBTITLE, MARKING, HEADER = "KZPK title", "KZPK subtitle", "KZPK marking", "KZPK header"
CELL, ID, DATE, NUMBER, PERCENT = "KZPK cell", "KZPK id", "KZPK date", "KZPK number", "KZPK percent"
LINE = "KZPK cell, one line"  # long lists: rows stay one line high
TOTAL, TOTAL_NUMBER, SECTION = "KZPK total", "KZPK total number", "KZPK section"

#: Column kinds -> the style of their data cells.
KIND_STYLES = {"text": CELL, "id": ID, "date": DATE, "int": NUMBER, "number": NUMBER,
               "percent": PERCENT}


def named_styles(size: float) -> list[NamedStyle]:
    """The report styles with a body font of ``size`` points (titles a little larger)."""
    thin = Side(style="thin", color="808080")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical="top", wrap_text=True)

    def style(name: str, **kw) -> NamedStyle:
        s = NamedStyle(name=name)
        for key, value in kw.items():
            setattr(s, key, value)
        return s

    return [
        style(TITLE, font=Font(name="Arial", size=size + 4, bold=True)),
        style(SUBTITLE, font=Font(name="Arial", size=size)),
        style(MARKING, font=Font(name="Arial", size=size, bold=True),
              alignment=Alignment(horizontal="right")),
        style(SECTION, font=Font(name="Arial", size=size + 1, bold=True),
              alignment=Alignment(vertical="bottom")),
        style(HEADER, font=Font(name="Arial", size=size, bold=True), border=grid,
              fill=PatternFill("solid", fgColor="D9E1F2"),
              alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
        style(CELL, font=Font(name="Arial", size=size), border=grid, alignment=top),
        style(LINE, font=Font(name="Arial", size=size), border=grid,
              alignment=Alignment(vertical="top")),
        style(ID, font=Font(name="Arial", size=size), border=grid, alignment=top,
              number_format="@"),
        style(DATE, font=Font(name="Arial", size=size), border=grid,
              alignment=Alignment(horizontal="center", vertical="top"), number_format=DATE_FORMAT),
        style(NUMBER, font=Font(name="Arial", size=size), border=grid,
              alignment=Alignment(vertical="top"), number_format="#,##0"),
        style(PERCENT, font=Font(name="Arial", size=size), border=grid,
              alignment=Alignment(vertical="top"), number_format="0.0%"),
        style(TOTAL, font=Font(name="Arial", size=size, bold=True), border=grid,
              fill=PatternFill("solid", fgColor="F2F2F2"), alignment=top),
        style(TOTAL_NUMBER, font=Font(name="Arial", size=size, bold=True), border=grid,
              fill=PatternFill("solid", fgColor="F2F2F2"), alignment=Alignment(vertical="top"),
              number_format="#,##0"),
    ]


#: Kinds whose values are always written as text.
TEXT_KINDS = frozenset(("text", "id"))
#: Values written as they are in the other kinds; anything else becomes text.
VALUE_TYPES = (int, float, dt.date)
#: The longest text a cell holds (openpyxl cuts longer ones, as Excel would refuse them).
MAX_TEXT = 32767
# Besides openpyxl's ILLEGAL_CHARACTERS_RE (control characters), what XML cannot carry at
# all: lone surrogates and U+FFFE / U+FFFF (lxml refuses them and the export would fail).
_NOT_XML = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` as a cell can hold it: characters XML cannot carry removed, then cut to
    ``MAX_TEXT`` characters (what openpyxl does, and what it refuses, made safe)."""
    if _NOT_XML.search(text) is not None:
        text = _NOT_XML.sub("", text)
    return text[:MAX_TEXT]


def put(cell: WriteOnlyCell, value, kind: str = "text") -> WriteOnlyCell:
    """Store ``value`` in ``cell`` as its kind says, never as a formula.

    ``sheet_xml.XmlRows.cell`` writes the same cell without openpyxl's cell
    objects; a change here must be made there too (the tests compare them).
    """
    if value is None:
        cell.value = None
        return cell
    if value.__class__ is str or kind in TEXT_KINDS or not isinstance(value, VALUE_TYPES):
        cell.value = clean_text(value if value.__class__ is str else str(value))
        # openpyxl reads "=..." as a formula and "#N/A" as an error: force text.
        if cell.data_type != "s":
            cell.data_type = "s"
        return cell
    cell.value = value
    return cell


def text_lines(text: str, width: float, font_size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide.

    An estimate on the safe side: Excel's width unit is the digit width of its
    11-point default font (7 px); an average Arial letter is taken as 0.52 em
    (0.58 em bold; words in capitals a quarter wider), and words are wrapped whole, as
    spreadsheets do, breaking after hyphens.
    """
    if len(text) <= 200:  # lists repeat their short texts (ranks, appointments, units)
        return _short_text_lines(text, width, font_size, bold)
    return _text_lines(text, width, font_size, bold)


def _text_lines(text: str, width: float, font_size: float, bold: bool) -> int:
    room = width * 7 + 5 - 6  # pixels inside the cell's padding
    letter = font_size * 96 / 72 * (0.58 if bold else 0.52)
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.replace("-", "- ").split():
            size = len(word) * (letter * 1.25 if word.isupper() else letter)
            if used and used + letter + size > room:
                lines += 1
                used = 0.0
            while size > room:  # a word longer than the line is broken
                lines += 1
                size -= room
            used += size + (letter if used else 0.0)
    return lines


_short_text_lines = lru_cache(maxsize=4096)(_text_lines)
