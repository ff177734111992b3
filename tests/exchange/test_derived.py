"""Derived data is rebuilt on the receiving side: a renamed person is found by the new name."""
from __future__ import annotations

import random

from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import SearchToken, Serviceman
from kzpk_desktop.services import servicemen, text

from .offices import OfficeDb, pair
from .world import person_values, seed_ministry


def _tokens(office) -> tuple[set[str], str]:
    with office.sessions() as s:
        person = s.execute(select(Serviceman)).scalar_one()
        return set(s.execute(select(SearchToken.token).where(
            SearchToken.serviceman_id == person.id)).scalars()), person.sort_key


def test_a_rename_and_a_phone_change_arrive_with_the_search_rebuilt(fresh_url, field_url):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    f1 = OfficeDb(field_url("f1"), "F1")
    try:
        pair(m, f1)
        with write_session(m.sessions) as s:
            s.add(Serviceman(**person_values(random.Random(9), 9)))
        f1.receive(m.export(f1))
        with write_session(m.sessions) as s:
            person = s.execute(select(Serviceman)).scalar_one()
            person.surname, person.phone = "Жумабаев", "+7 702 111 22 33"
            servicemen.reindex(s, person)
        f1.receive(m.export(f1))
        tokens, sort_key = _tokens(f1)
        assert tokens == _tokens(m)[0]
        assert text.search_tokens("Жумабаев") <= tokens
        assert sort_key == _tokens(m)[1]
        with f1.sessions() as s:
            assert s.execute(select(Serviceman.phone)).scalar_one() == "+7 702 111 22 33"
    finally:
        m.close()
        f1.close()
