"""registry.position: where a serviceman is in the paged list's order."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Rank
from kzpk_desktop.services import registry, servicemen
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.registry import RegistryFilter
from kzpk_desktop.services.servicemen import ServicemanData

PEOPLE = [  # surname, given name, rank code or None, passport expiry or None
    ("Иванов", "Сергей", "captain", dt.date(2030, 1, 1)),
    ("Иванов", "Сергей", None, None),  # same name: the tie goes by id
    ("Әбдіров", "Ерлан", "sergeant", dt.date(2027, 5, 1)),
    ("Петрова", "Анна", "captain", None),
    ("Ибраев", "Нурлан", None, dt.date(2027, 5, 1)),
    ("Жанар", "Айгүл", "private", dt.date(2029, 3, 3)),
]


@pytest.fixture
def ids(sessions):
    made = []
    with write_session(sessions) as s:
        for i, (surname, given, rank, expires) in enumerate(PEOPLE):
            serial = 10 * i
            while (iin := make_iin(dt.date(1990, 1, 1 + i), "M", serial)) is None:
                serial += 1
            rank_id = s.scalar(select(Rank.id).where(Rank.code == rank)) if rank else None
            data = ServicemanData(iin=iin, service_number=f"P-{i}", surname=surname,
                                  given_name=given, rank_id=rank_id,
                                  passport_number=f"N{1000000 + i}" if expires else None,
                                  passport_expires=expires)
            made.append(servicemen.create_serviceman(s, data).id)
    return made


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", registry.SORT_KEYS)
def test_position_is_the_row_in_page_order(sessions, ids, sort, descending):
    with sessions() as s:
        rows = registry.page(s, RegistryFilter(), sort=sort, descending=descending)
        assert len(rows) == len(PEOPLE)
        for index, row in enumerate(rows):
            assert registry.position(s, RegistryFilter(), row.id, sort=sort,
                                     descending=descending) == index


def test_position_within_a_filter_and_outside_it(sessions, ids):
    flt = RegistryFilter(text="и")
    with sessions() as s:
        rows = registry.page(s, flt)
        assert [r.surname for r in rows] == ["Ибраев", "Иванов", "Иванов"]
        assert [registry.position(s, flt, r.id) for r in rows] == [0, 1, 2]
        petrova = ids[3]
        assert registry.position(s, flt, petrova) is None


@pytest.mark.parametrize("descending", [False, True])
def test_passport_order_pages_across_the_empty_cells(sessions, ids, descending):
    # Dated passports come first (ties by id), then the empty cells by id, whichever
    # way; pages of 1 and 3 start in, at the end of, and past the dated rows.
    dated = [ids[2], ids[4], ids[5], ids[0]]  # 2027-05-01 (x2, by id), 2029, 2030
    empty = [ids[1], ids[3]]
    if descending:
        dated = [ids[0], ids[5], ids[4], ids[2]]
        empty = empty[::-1]
    with sessions() as s:
        for limit in (1, 3):
            paged = [r.id for offset in range(0, len(PEOPLE), limit)
                     for r in registry.page(s, RegistryFilter(), sort="passport_expires",
                                            descending=descending, offset=offset, limit=limit)]
            assert paged == dated + empty
        assert registry.page(s, RegistryFilter(), sort="passport_expires", offset=6) == []
