"""Calendar arithmetic the rules share (no Qt, no database)."""
from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months.

    A day that does not exist in the target month becomes that month's last
    day (31 Aug + 6 months = 28 or 29 Feb), the same convention ``age_on``
    follows for 29 February birthdays (Civil Code, art. 173).
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def periods_overlap(start_a: dt.date, end_a: dt.date, start_b: dt.date, end_b: dt.date) -> bool:
    """Inclusive periods share at least one day."""
    return start_a <= end_b and start_b <= end_a


def fmt(day: dt.date | None) -> str:
    """A date as clerks write it in messages (dd.mm.yyyy)."""
    # Not strftime: this runs for every failed rule of a 500-person roster.
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
