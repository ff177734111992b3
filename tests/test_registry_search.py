"""Registry search on demo data: the fast paths give exactly the rows of the plain ones.

A broad one-word search sorted by surname walks the alphabetical index and
probes each person; a one-word count reads only the token index. Both must
agree, row for row, with the general query (used for narrow words, deep pages
and every other sort).
"""
from __future__ import annotations

import dataclasses
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


# A one-letter search in surname order reads its people from the letter's initial rows
# (search_token.sort_key, ix_search_token_initial); ``stream`` keeps the general query, so
# it is the reference here.
ONE_LETTER = (RegistryFilter(text="а"), RegistryFilter(text="и"), RegistryFilter(text="9"),
              RegistryFilter(text="s"), RegistryFilter(text="А", sex="F"),
              RegistryFilter(text="а и"), RegistryFilter(text="к", sex="M"))


@pytest.mark.parametrize("flt", ONE_LETTER, ids=lambda f: repr(f.text) + (f.sex or "")
                         + (f.status or ""))
@pytest.mark.parametrize("descending", [False, True])
def test_a_one_letter_search_reads_the_rows_of_the_general_query(demo_sessions, flt,
                                                                 descending):
    assert registry._by_initial(flt, descending) is not None
    with demo_sessions() as s:
        expected = _ids(registry.stream(s, flt, descending=descending))
        assert expected, flt
        assert registry.count(s, flt) == len(expected)
        for offset in (0, 3, 17, max(len(expected) - 2, 0)):
            page = registry.page(s, flt, descending=descending, offset=offset, limit=5)
            assert _ids(page) == expected[offset:offset + 5]
        assert _ids(registry.page(s, flt, descending=descending, limit=100_000)) == expected


def test_a_renamed_person_moves_in_the_one_letter_search(sessions):
    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.services import servicemen

    demo.generate(sessions, servicemen=40, seed=5, today=dt.date(2026, 6, 15))
    flt = RegistryFilter(text="а")
    with sessions() as s:
        last = registry.page(s, flt, descending=True, limit=1)[0]
        data = servicemen.get_serviceman(s, last.id)
    with write_session(sessions) as s:
        servicemen.update_serviceman(s, last.id, dataclasses.replace(data, surname="Аабаев"))
    with sessions() as s:
        assert _ids(registry.page(s, flt, limit=1)) == [last.id]  # first now, not last
        assert _ids(registry.page(s, flt, limit=100_000)) == _ids(registry.stream(s, flt))
