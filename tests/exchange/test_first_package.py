"""The first package of a ministry into an empty field database: everything the bulk path
writes (rows, current documents, sort keys, search tokens, audit events) is what the
ministry holds and what the audit trail explains, also in an encrypted field database."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from kzpk_desktop.db.models import Document, SearchToken, Serviceman
from kzpk_desktop.services import encryption, maintenance
from kzpk_desktop.services.demo import generate
from kzpk_desktop.services.exchange.merge import core

from .offices import OfficeDb, pair

PASSPHRASE = "полевой ноутбук 2026"


def _derived(office: OfficeDb) -> dict:
    """Per person (by uid): sort key, search tokens, and which documents are current."""
    with office.sessions() as s:
        people = {p.id: p for p in s.execute(select(Serviceman)).scalars()}
        tokens: dict[int, set] = {}
        for person_id, token in s.execute(select(SearchToken.serviceman_id, SearchToken.token)):
            tokens.setdefault(person_id, set()).add(token)
        current = {}
        for d in s.execute(select(Document)).scalars():
            current.setdefault(people[d.serviceman_id].uid, {})[d.uid] = d.is_current
        return {p.uid: (p.sort_key, tokens.get(p.id, set()), current.get(p.uid, {}))
                for p in people.values()}


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_first_package_gives_the_field_office_the_ministrys_people_as_they_are(
        fresh_url, field_url, monkeypatch, encrypted):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    url = field_url("f1")
    if encrypted:
        path = url.removeprefix("sqlite:///")
        encryption.encrypt_database(path, PASSPHRASE)
        url = encryption.encrypted_url(path, PASSPHRASE)
    f1 = OfficeDb(url, "F1")
    try:
        generate(m.sessions, servicemen=40, seed=3)
        pair(m, f1)
        # Small batches: a person's documents arrive in more than one of them.
        monkeypatch.setattr(core, "BATCH", 7)
        summary = f1.receive(m.export(f1))
        assert summary.refused == [] and summary.conflicts == [] and summary.held == []
        assert f1.snapshot() == m.snapshot()
        ministry = _derived(m)
        assert len(ministry) == 40
        assert _derived(f1) == ministry
        report = maintenance.check(f1.engine, deep=True)
        assert report.problems == []
        if encrypted:
            assert encryption.is_encrypted_file(path)
    finally:
        m.close()
        f1.close()
