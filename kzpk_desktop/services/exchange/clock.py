"""A hybrid logical clock: wall time that never runs behind what this office has seen.

A stamp is ``<milliseconds>.<counter>.<office>`` with fixed-width numbers, so
stamps compare as text; the office code breaks ties, so two offices never
give the same stamp. A laptop whose clock is set back keeps counting from the
latest stamp it wrote or received instead of going back in time.
"""
from __future__ import annotations

import time

from sqlalchemy import Connection, select, update

from ...db.models import ExchangeOffice

_T = ExchangeOffice.__table__
_COUNTER_MAX = 9999


def stamp(millis: int, counter: int, office: str) -> str:
    return f"{millis:013d}.{counter:04d}.{office}"


def parse(clock: str) -> tuple[int, int, str]:
    millis, counter, office = clock.split(".", 2)
    return int(millis), int(counter), office


def author(clock: str | None) -> str | None:
    return None if not clock else clock.split(".", 2)[2]


def advance(last: str | None, office: str, *, now_ms: int | None = None,
            seen: str | None = None) -> str:
    """The next stamp after ``last`` (and after ``seen``, a stamp received from elsewhere)."""
    wall = int(time.time() * 1000) if now_ms is None else now_ms
    millis, counter = wall, 0
    for other in (last, seen):
        if other:
            m, c, _ = parse(other)
            if m > millis or (m == millis and c >= counter):
                millis, counter = m, c + 1
    if counter > _COUNTER_MAX:
        millis, counter = millis + 1, 0
    return stamp(millis, counter, office)


def next_change(conn: Connection, *, seen: str | None = None) -> tuple[str, int] | None:
    """A new stamp and change number of this office, or None when it has no identity.

    Runs on the writing transaction's connection: the row update serialises
    writers on PostgreSQL, SQLite's write lock already does.
    """
    row = conn.execute(select(_T.c.id, _T.c.code, _T.c.clock, _T.c.change_seq)
                       .where(_T.c.is_self.is_(True)).with_for_update()).first()
    if row is None:
        return None
    clock = advance(row.clock, row.code, seen=seen)
    seq = row.change_seq + 1
    conn.execute(update(_T).where(_T.c.id == row.id).values(clock=clock, change_seq=seq))
    return clock, seq


def covers(bases, clock: str | None) -> bool:
    """Was a value made on top of ``bases`` made on top of ``clock`` too? An office's stamps
    of one field are its own writes, each made on top of the one before: a value made on top
    of one of them was made on top of every earlier one."""
    if not clock:
        return False
    office = author(clock)
    return any(b >= clock and author(b) == office for b in bases if b)


def latest_per_office(clocks) -> list[str]:
    """``clocks`` as bases: the latest of each office's (see ``covers``)."""
    best: dict[str, str] = {}
    for c in clocks:
        if c and c > best.get(author(c), ""):
            best[author(c)] = c
    return sorted(best.values())
