"""Cell-level rules of the report workbooks: named styles, safe values, wrapped heights."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from . import glyphs

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM:SS"
#: Characters that make a spreadsheet read a typed value as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Named styles (visible in Excel's style gallery under these names).
TITLE, SUBTITLE, MARKING, HEADER = "KZPK title", "KZPK subtitle", "KZPK marking", "KZPK header"
CELL, ID, DATE, NUMBER, PERCENT = "KZPK cell", "KZPK id", "KZPK date", "KZPK number", "KZPK percent"
DATETIME = "KZPK date and time"
LINE = "KZPK cell, one line"  # long lists: rows stay one line high
TOTAL, TOTAL_NUMBER, SECTION = "KZPK total", "KZPK total number", "KZPK section"

#: Column kinds -> the style of their data cells.
KIND_STYLES = {"text": CELL, "id": ID, "date": DATE, "datetime": DATETIME, "int": NUMBER,
               "number": NUMBER, "percent": PERCENT}


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
        style(DATETIME, font=Font(name="Arial", size=size), border=grid,
              alignment=Alignment(horizontal="center", vertical="top"),
              number_format=DATETIME_FORMAT),
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


#: Excel's width unit: the digit width of its 11-point default font, in pixels (96 dpi).
PX_PER_WIDTH = 7
#: Pixels a width unit prints as in the least generous program: LibreOffice measures the
#: digit of the default font (Arial 10) unrounded, 7.41 px; Excel rounds it to 7. Pages are
#: laid out with this, texts inside a column measured with Excel's 7.
PRINT_PX_PER_WIDTH = 7.5
#: Pixels of a column that text cannot use (the cell's padding and grid line).
CELL_PADDING_PX = 7


def column_px(width: float) -> int:
    """Pixels of a column ``width`` characters wide, as Excel lays it out at 100 %."""
    return int(width * PX_PER_WIDTH + 0.5)


def text_px(text: str, font_size: float, bold: bool = False) -> float:
    """Width in pixels (96 dpi) of ``text`` set in Arial of ``font_size`` points."""
    table = glyphs.BOLD if bold else glyphs.REGULAR
    return sum(map(table.__getitem__, text)) * font_size * (96 / 72) / 1000


def text_lines(text: str, width: float, font_size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide.

    Measured with Arial's own letter widths (``glyphs``), words wrapped whole as
    spreadsheets do (breaking after hyphens), a word longer than the line broken,
    with a small margin so that a text that just fits is not counted as fitting
    when a program rounds differently.
    """
    if len(text) <= 200:  # lists repeat their short texts (ranks, appointments, units)
        return _short_text_lines(text, width, font_size, bold)
    return _text_lines(text, width, font_size, bold)


def line_room(width: float, font_size: float, bold: bool = False) -> tuple[float, float, Callable]:
    """A line of a column ``width`` characters wide: its room in pixels, the pixels of a
    thousandth of an em, and the letters' widths in thousandths: a text of no line break
    fits one line when ``sum(map(measure, text)) * scale <= room``."""
    table = glyphs.BOLD if bold else glyphs.REGULAR
    return ((column_px(width) - CELL_PADDING_PX) / 1.03, font_size * (96 / 72) / 1000,
            table.__getitem__)


def _text_lines(text: str, width: float, font_size: float, bold: bool) -> int:
    room, scale, measure = line_room(width, font_size, bold)
    if "\n" not in text and sum(map(measure, text)) * scale <= room:
        return 1  # the common case: the whole text fits the line
    space = measure(" ") * scale
    lines = 0
    for paragraph in text.split("\n"):
        used = 0.0
        lines += 1
        for word in paragraph.split():
            gap = space if used else 0.0  # a space before a word; none after a hyphen
            for piece in _HYPHEN_PIECES.findall(word):
                size = sum(map(measure, piece)) * scale
                if used and used + gap + size > room:
                    lines += 1
                    used = gap = 0.0
                while size > room:  # a piece longer than the line is broken
                    lines += 1
                    size -= room
                used += gap + size
                gap = 0.0
    return lines


_HYPHEN_PIECES = re.compile(r"[^-]*-|[^-]+")


#: The widest letter of the alphabets the records are written in (Latin, Cyrillic with the
#: Kazakh letters, digits, punctuation), in thousandths of an em, bold or not: the fast
#: "surely one line" test. Rarer letters (Old Cyrillic, symbols) can be wider.
WIDEST = max(table.get(ch, glyphs.DEFAULT) for table in (glyphs.REGULAR, glyphs.BOLD)
             for ch in [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x401, 0x460)]
             + list("ӘәҒғҚқҢңӨөҰұҮүҺһІі№–—«»"))


def one_line_chars(width: float, font_size: float) -> int:
    """The most characters that surely fit one line of a column (any letters, bold too)."""
    room = (column_px(width) - CELL_PADDING_PX) / 1.03
    return max(0, int(room / (WIDEST * font_size * (96 / 72) / 1000)))


_short_text_lines = lru_cache(maxsize=8192)(_text_lines)
