"""A cell's value as a clerk meant it: text as shown, dates as typed, Excel's column letters.

Nothing here knows what the columns mean. Messages are English templates with
named fields, like the services' (the GUI translates the template).
"""
from __future__ import annotations

import datetime as dt
import math
import re

from ..messages import N_
from .errors import CellError

# str.strip() knows NBSP and the other Unicode spaces, not these invisible characters
# that arrive with copy-paste from Word and web pages.
_INVISIBLE = "\u200b\u200e\u200f\u2060\ufeff"


def strip_text(value: str) -> str:
    """``value`` without the spaces and invisible characters around it."""
    value = value.strip()
    while value and (value[0] in _INVISIBLE or value[-1] in _INVISIBLE):
        value = value.strip(_INVISIBLE).strip()
    return value


def filled(value: object) -> bool:
    """The cell holds something (not empty, not only spaces)."""
    return not (value is None or (isinstance(value, str) and not strip_text(value)))


def cell_text(value: object) -> str:
    """The cell as the clerk sees it, as text; "" when empty.

    Whole numbers lose Excel's ".0" (a phone typed as a number stays its digits);
    dates read as DD.MM.YYYY.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return strip_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
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
    return strip_text(str(value))


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
