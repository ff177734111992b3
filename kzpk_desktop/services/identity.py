"""Kazakhstan individual identification number (IIN / ЖСН / ИИН).

Layout (see docs/domain.md, "IIN"): YYMMDD, one century-and-sex digit,
a four-digit serial and a check digit.  Pure stdlib so the importer, the
demo generator and the GUI validators can all share it.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from ..messages import MessageError
from .errors import N_

__all__ = ["IIN_LENGTH", "IinInfo", "InvalidIin", "age_on", "iin_check_digit", "make_iin",
           "parse_iin"]

IIN_LENGTH = 12

_WEIGHTS_FIRST = tuple(range(1, 12))
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

# 7th digit -> (century start, sex); odd digits are men.
_CENTURY_SEX = {
    1: (1800, "M"), 2: (1800, "F"),
    3: (1900, "M"), 4: (1900, "F"),
    5: (2000, "M"), 6: (2000, "F"),
}

# str.strip() already covers NBSP and the other Unicode spaces; these
# invisible characters are not "whitespace" to Python but arrive with
# copy-paste from Word/Excel and from CSV files with a byte-order mark.
_EDGE_JUNK = re.compile(r"^[\s\u200b\u2060\ufeff]+|[\s\u200b\u2060\ufeff]+$")
# CSV exports of a numeric spreadsheet column look like "61211600012.0".
_WHOLE_NUMBER_TEXT = re.compile(r"([0-9]+)\.0*")


@dataclass(frozen=True)
class IinInfo:
    """A checked IIN and the facts encoded in it."""

    iin: str
    birth_date: dt.date
    sex: str  # 'M' or 'F'


class InvalidIin(MessageError, ValueError):
    """An IIN refused for a reason a clerk can read (a ``ValueError`` too)."""


def parse_iin(text: str | int | float, *, pad_lost_zeros: bool = False) -> IinInfo:
    """Validate an IIN and decode its birth date and sex.

    Raises ``InvalidIin`` (a ``ValueError``) with a short reason fit to show a clerk.
    ``pad_lost_zeros`` is for spreadsheet import only, where the IIN was
    stored as a number and lost its leading zero(s); it also accepts whole
    floats.  Elsewhere a short IIN is a typo and must not be "repaired".
    """
    digits = _clean(text, pad_lost_zeros)
    if not digits:
        raise InvalidIin(N_("IIN is empty"))
    if not _is_ascii_digits(digits):
        raise InvalidIin(N_("IIN must contain only digits"))
    if pad_lost_zeros and len(digits) < IIN_LENGTH:
        digits = digits.zfill(IIN_LENGTH)
    if len(digits) != IIN_LENGTH:
        raise InvalidIin(N_("IIN must have {length} digits, got {count}"), length=IIN_LENGTH,
                         count=len(digits))

    marker = int(digits[6])
    if marker not in _CENTURY_SEX:
        raise InvalidIin(N_("IIN {iin}: 7th digit (century and sex) must be 1-6, got {digit}"),
                         iin=digits, digit=marker)
    century, sex = _CENTURY_SEX[marker]
    birth_date = _birth_date(digits, century)

    check = iin_check_digit(digits[:11])
    if check is None:
        raise InvalidIin(N_("IIN {iin}: this number is never issued (no valid check digit)"),
                         iin=digits)
    if check != int(digits[11]):
        raise InvalidIin(N_("IIN {iin}: check digit does not match"), iin=digits)
    return IinInfo(iin=digits, birth_date=birth_date, sex=sex)


def iin_check_digit(first11: str) -> int | None:
    """Check digit for the first 11 digits, or None if no IIN can end them."""
    if len(first11) != IIN_LENGTH - 1 or not _is_ascii_digits(first11):
        raise ValueError(f"expected {IIN_LENGTH - 1} digits, got {first11!r}")
    values = [int(ch) for ch in first11]
    for weights in (_WEIGHTS_FIRST, _WEIGHTS_SECOND):
        check = sum(v * w for v, w in zip(values, weights)) % 11
        if check != 10:
            return check
    return None


def make_iin(birth_date: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN, or None when this serial can never be issued.

    The caller simply tries the next serial on None (about 1 in 121 fail).
    """
    if sex not in ("M", "F"):
        raise ValueError(f"sex must be 'M' or 'F', got {sex!r}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, got {serial}")
    century = birth_date.year - birth_date.year % 100
    marker = next(
        (m for m, (c, s) in _CENTURY_SEX.items() if c == century and s == sex), None
    )
    if marker is None:
        raise ValueError(f"IIN cannot encode birth year {birth_date.year}")
    first11 = f"{birth_date:%y%m%d}{marker}{serial:04d}"
    check = iin_check_digit(first11)
    return None if check is None else f"{first11}{check}"


def age_on(birth_date: dt.date, on_date: dt.date) -> int:
    """Full years of age on ``on_date``.

    Someone born on 29 February comes of age on 28 February in common
    years: a term counted in years that ends in a month without the
    matching day ends on that month's last day (Civil Code, art. 173).
    """
    if on_date < birth_date:
        raise ValueError(f"{on_date.isoformat()} is before birth date {birth_date.isoformat()}")
    years = on_date.year - birth_date.year
    if (on_date.month, on_date.day) < _birthday_in(birth_date, on_date.year):
        years -= 1
    return years


def _birthday_in(birth_date: dt.date, year: int) -> tuple[int, int]:
    if (birth_date.month, birth_date.day) == (2, 29) and not _is_leap(year):
        return (2, 28)
    return (birth_date.month, birth_date.day)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _birth_date(digits: str, century: int) -> dt.date:
    year = century + int(digits[0:2])
    month, day = int(digits[2:4]), int(digits[4:6])
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidIin(N_("IIN {iin}: {date} is not a real date"), iin=digits,
                         date=f"{digits[4:6]}.{digits[2:4]}.{year}") from None


def _is_ascii_digits(text: str) -> bool:
    # str.isdigit() alone also accepts '²', '٣' and other non-ASCII digits.
    return text.isascii() and text.isdigit()


def _clean(text: str | int | float, pad_lost_zeros: bool) -> str:
    """Turn the accepted input types into a stripped string of characters."""
    if isinstance(text, bool):  # bool is an int subclass; True is never an IIN
        raise TypeError("IIN must be str or int, not bool")
    if isinstance(text, int):
        return str(text)
    if isinstance(text, float):
        if not pad_lost_zeros:
            raise TypeError("IIN as float is only accepted with pad_lost_zeros=True")
        if not math.isfinite(text) or not text.is_integer() or text < 0:
            raise InvalidIin(N_("IIN must contain only digits"))
        return str(int(text))
    if isinstance(text, str):
        cleaned = _EDGE_JUNK.sub("", text)
        if pad_lost_zeros and (whole := _WHOLE_NUMBER_TEXT.fullmatch(cleaned)):
            return whole.group(1)
        return cleaned
    raise TypeError(f"IIN must be str or int, not {type(text).__name__}")
