"""registry.stream gives every row of the list in exactly page()'s order ("export what I see")."""
from __future__ import annotations

import datetime as dt

import pytest

from kzpk_desktop.services import demo, registry
from kzpk_desktop.services.registry import SORT_KEYS, RegistryFilter


@pytest.fixture(scope="module")
def demo_sessions(module_db_url):
    from kzpk_desktop.db.engine import make_engine, make_session_factory

    engine = make_engine(module_db_url)
    sessions = make_session_factory(engine)
    demo.generate(sessions, servicemen=250, seed=5, today=dt.date(2026, 6, 15))
    yield sessions
    engine.dispose()


def _paged(session, flt, **order) -> list[registry.RegistryRow]:
    """The list as the GUI fetches it, page after page."""
    rows, offset = [], 0
    while True:
        page = registry.page(session, flt, offset=offset, limit=40, **order)
        rows += page
        if len(page) < 40:
            return rows
        offset += 40


@pytest.mark.parametrize("sort", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_stream_order_is_the_page_order(demo_sessions, sort, descending):
    flt = RegistryFilter()
    with demo_sessions() as s:
        expected = _paged(s, flt, sort=sort, descending=descending)
        # A batch smaller than the list, and not a divisor of it: several partitions.
        streamed = list(registry.stream(s, flt, sort=sort, descending=descending, batch=33))
    assert len(expected) == 250
    assert streamed == expected


@pytest.mark.parametrize("flt", [RegistryFilter(text="а"), RegistryFilter(text="ив"),
                                 RegistryFilter(status="active", sex="F"),
                                 RegistryFilter(text="nosuchname")])
def test_stream_keeps_the_search_and_filters(demo_sessions, flt):
    with demo_sessions() as s:
        expected = _paged(s, flt, sort="surname")
        streamed = list(registry.stream(s, flt, batch=7))
        assert len(streamed) == registry.count(s, flt)
    assert streamed == expected


@pytest.mark.parametrize("sort", ["rank", "unit", "passport_expires", "latin"])
@pytest.mark.parametrize("descending", [False, True])
def test_the_index_driven_sorts_keep_position_order(demo_sessions, sort, descending):
    # page() reads these sorts in two parts (filled cells, then empty ones);
    # position() counts in one query, so it checks the parts' order independently.
    flt = RegistryFilter()
    with demo_sessions() as s:
        rows = _paged(s, flt, sort=sort, descending=descending)
        assert sorted(r.id for r in rows) == sorted(r.id for r in _paged(s, flt))
        empty = [r for r in rows if {"rank": r.rank, "unit": r.unit,
                                     "passport_expires": r.passport_expires,
                                     "latin": r.surname_latin}[sort] is None]
        assert rows[len(rows) - len(empty):] == empty  # empty cells last (units: some)
        # The demo gives everyone a passport and a Latin name.
        assert empty or sort != "unit"
        for index, row in enumerate(rows):
            assert registry.position(s, flt, row.id, sort=sort, descending=descending) == index


@pytest.mark.parametrize("flt", [RegistryFilter(sex="F"), RegistryFilter(status="active"),
                                 RegistryFilter(text="а")])
@pytest.mark.parametrize("sort", ["rank", "unit", "passport_expires", "latin"])
def test_the_driven_parts_under_a_filter_give_the_one_query_order(demo_sessions, flt, sort):
    # At this size page() sorts a filtered list in one query (_is_crowded is for
    # 5,000+ matches); the parts it walks for a big one must give the same rows.
    for descending in (False, True):
        with demo_sessions() as s:
            [one], _ = registry._sorted_ids(flt, sort, descending, "ru")
            parts, _ = registry._sorted_ids(flt, sort, descending, "ru", driven=True)
            walked = [i for part in parts for i in s.scalars(part)]
            assert len(parts) == 2 and walked == list(s.scalars(one))


def test_people_without_a_latin_name_come_last_in_the_latin_order(sessions):
    # The Latin-name order walks ix_serviceman_latin for the filled names, then the people
    # without one by id: last whichever way the clerk sorts, and where position() says.
    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.services import servicemen
    from kzpk_desktop.services.identity import make_iin

    born = dt.date(1991, 3, 4)
    people = [("Бекова", "Bekova"), ("Асанов", None), ("Жумабаев", "Zhumabaev"),
              ("Ахметов", None), ("Алиева", "Aliyeva")]
    with write_session(sessions) as s:
        ids = {surname: servicemen.create_serviceman(s, servicemen.ServicemanData(
            iin=make_iin(born, "M", 300 + n), service_number=f"L-{n}", surname=surname,
            surname_latin=latin, given_name="Ержан", sex="M", birth_date=born)).id
            for n, (surname, latin) in enumerate(people)}
    flt = RegistryFilter()
    with sessions() as s:
        up = [r.surname for r in registry.page(s, flt, sort="latin")]
        down = [r.surname for r in registry.page(s, flt, sort="latin", descending=True)]
        assert up[:3] == ["Алиева", "Бекова", "Жумабаев"]
        assert down[:3] == ["Жумабаев", "Бекова", "Алиева"]
        # No Latin name: last both ways, among themselves by id (entered order, reversed).
        assert up[3:] == ["Асанов", "Ахметов"] and down[3:] == ["Ахметов", "Асанов"]
        assert registry.position(s, flt, ids["Асанов"], sort="latin") == 3
        assert registry.position(s, flt, ids["Асанов"], sort="latin", descending=True) == 4


def test_the_rank_order_ties_by_id_across_ranks_of_one_order_and_puts_no_rank_last(sessions):
    # The rank order walks the ranks by ix_rank_sort_order and each rank's people by
    # ix_serviceman_rank_id. An admin may give two ranks the same place in the order:
    # their people then mix by id, as in the one-query sort; no rank comes last.
    from sqlalchemy import select

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.db.models import Rank
    from kzpk_desktop.services import servicemen
    from kzpk_desktop.services.identity import make_iin

    born = dt.date(1990, 5, 6)
    with write_session(sessions) as s:
        low, mid, high = s.scalars(select(Rank).order_by(Rank.sort_order).limit(3)).all()
        high.sort_order = mid.sort_order  # two ranks, one place in the order
        people = [("Бекова", high), ("Асанов", None), ("Жумабаев", mid), ("Ахметов", low),
                  ("Алиева", high), ("Ербол", mid)]
        ids = {surname: servicemen.create_serviceman(s, servicemen.ServicemanData(
            iin=make_iin(born, "M", 400 + n), service_number=f"R-{n}", surname=surname,
            given_name="Ержан", sex="M", birth_date=born,
            rank_id=rank.id if rank else None)).id
            for n, (surname, rank) in enumerate(people)}
    flt = RegistryFilter()
    with sessions() as s:
        for descending in (False, True):
            driven, _ = registry._sorted_ids(flt, "rank", descending, "ru", driven=True)
            [one], _ = registry._sorted_ids(flt, "rank", descending, "ru")
            assert [i for part in driven for i in s.scalars(part)] == list(s.scalars(one))
        up = [r.surname for r in registry.page(s, flt, sort="rank")]
        down = [r.surname for r in registry.page(s, flt, sort="rank", descending=True)]
        assert up == ["Ахметов", "Бекова", "Жумабаев", "Алиева", "Ербол", "Асанов"]
        assert down == ["Ербол", "Алиева", "Жумабаев", "Бекова", "Ахметов", "Асанов"]
        assert registry.position(s, flt, ids["Алиева"], sort="rank") == 3
        assert registry.position(s, flt, ids["Асанов"], sort="rank", descending=True) == 5


@pytest.mark.parametrize("flt", [RegistryFilter(text="иван с"), RegistryFilter(text="ив а"),
                                 RegistryFilter(text="а", sex="F"),
                                 RegistryFilter(text="ов", status="active"),
                                 RegistryFilter(text="и"), RegistryFilter(text="ив"),
                                 RegistryFilter(text="nosuch name"), RegistryFilter()])
@pytest.mark.parametrize("gathered_cap", [3_000, 0])
def test_first_page_is_the_count_and_the_first_page(demo_sessions, monkeypatch, flt,
                                                    gathered_cap):
    # A new search shows first_page's answer; scrolling then reads page(). Both ways (the
    # few people of a search read whole, or counted and paged) give the same list.
    monkeypatch.setattr(registry, "_GATHERED_CAP", gathered_cap)
    with demo_sessions() as s:
        for sort in ("surname", "rank", "unit"):
            for descending in (False, True):
                found, rows = registry.first_page(s, flt, sort=sort, descending=descending,
                                                  limit=30)
                assert found == registry.count(s, flt)
                assert rows == registry.page(s, flt, sort=sort, descending=descending,
                                             limit=30)
                assert len(rows) == min(found, 30)
