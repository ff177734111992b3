"""registry.stream gives every row of the list in exactly page()'s order ("export what I see")."""
from __future__ import annotations

import datetime as dt

import pytest

from kzpk_desktop.services import demo, registry
from kzpk_desktop.services.registry import SORT_KEYS, RegistryFilter


@pytest.fixture(scope="module")
def demo_sessions(_template_db, tmp_path_factory):
    import shutil

    from kzpk_desktop.db.engine import make_engine, make_session_factory

    path = tmp_path_factory.mktemp("stream") / "demo.sqlite"
    shutil.copyfile(_template_db, path)
    engine = make_engine(f"sqlite:///{path}")
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
