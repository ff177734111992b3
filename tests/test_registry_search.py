"""Registry search on demo data: the fast paths give exactly the rows of the plain ones.

A broad one-word search sorted by surname walks the alphabetical index and
probes each person; a one-word count reads only the token index. Both must
agree, row for row, with the general query (used for narrow words, deep pages
and every other sort).
"""
from __future__ import annotations

import datetime as dt

import pytest

from kzpk_desktop.services import demo, registry
from kzpk_desktop.services.registry import RegistryFilter

WORDS = ("а", "и", "к", "ив", "ер", "s", "9", "1")


@pytest.fixture(scope="module")
def demo_sessions(module_db_url):
    from kzpk_desktop.db.engine import make_engine, make_session_factory

    engine = make_engine(module_db_url)
    sessions = make_session_factory(engine)
    demo.generate(sessions, servicemen=300, seed=3, today=dt.date(2026, 6, 15))
    yield sessions
    engine.dispose()


def _ids(rows):
    return [r.id for r in rows]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("descending", [False, True])
def test_small_pages_match_the_full_ordered_list(demo_sessions, word, descending):
    flt = RegistryFilter(text=word)
    with demo_sessions() as s:
        everyone = _ids(registry.page(s, flt, descending=descending, limit=100_000))
        assert everyone, word
        for offset in (0, 3, 17, len(everyone) - 2):
            page = registry.page(s, flt, descending=descending, offset=offset, limit=5)
            assert _ids(page) == everyone[offset:offset + 5]


def test_a_broad_word_takes_the_index_walk(demo_sessions):
    # Guard that the test above exercises both paths on this small database.
    with demo_sessions() as s:
        assert registry._is_broad(s, RegistryFilter(text="а"), rows=5)
        assert not registry._is_broad(s, RegistryFilter(text="а"), rows=100_000)


@pytest.mark.parametrize("word", WORDS)
def test_one_word_count_matches_the_rows(demo_sessions, word):
    with demo_sessions() as s:
        rows = registry.page(s, RegistryFilter(text=word), limit=100_000)
        assert registry.count(s, RegistryFilter(text=word)) == len(rows)
        women = [r for r in rows if r.sex == "F"]
        assert registry.count(s, RegistryFilter(text=word, sex="F")) == len(women)


def test_two_words_and_filters_still_combine(demo_sessions):
    with demo_sessions() as s:
        everyone = registry.page(s, RegistryFilter(), limit=100_000)
        person = everyone[len(everyone) // 2]
        flt = RegistryFilter(text=f"{person.surname} {person.given_name[:2]}", sex=person.sex)
        rows = registry.page(s, flt, limit=100_000)
        assert person.id in _ids(rows) and all(r.sex == person.sex for r in rows)
        assert registry.count(s, flt) == len(rows) < len(everyone)
