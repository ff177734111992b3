"""The first package of a ministry into an empty field database: everything the bulk path
writes (rows, current documents, sort keys, search tokens, audit events) is what the
ministry holds and what the audit trail explains, also in an encrypted field database."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Document, SearchToken, Serviceman
from kzpk_desktop.services import encryption, maintenance
from kzpk_desktop.services.demo import generate
from kzpk_desktop.services.exchange import transfer
from kzpk_desktop.services.exchange.merge import core
from kzpk_desktop.services.exchange.office import ExchangeError

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


def _indexes(office: OfficeDb) -> set:
    """The indexes of the field database as its schema declares them."""
    with office.sessions() as s:
        return set(s.execute(text("SELECT name, tbl_name, sql FROM sqlite_master "
                                  "WHERE type = 'index'")).all())


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
        # Small batches: a person's documents arrive in more than one of them; the indexes
        # of every table filled from empty made after its rows, as for a large package.
        monkeypatch.setattr(core, "BATCH", 7)
        monkeypatch.setattr(core, "DEFER_AT", 1)
        indexes = _indexes(f1)
        summary = f1.receive(m.export(f1))
        assert summary.refused == [] and summary.conflicts == [] and summary.held == []
        assert f1.snapshot() == m.snapshot()
        assert _indexes(f1) == indexes
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


def test_a_first_package_cancelled_half_way_leaves_the_field_database_as_it_was(
        fresh_url, field_url, monkeypatch):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    f1 = OfficeDb(field_url("f1"), "F1")
    try:
        generate(m.sessions, servicemen=40, seed=3)
        pair(m, f1)
        monkeypatch.setattr(core, "BATCH", 50)
        monkeypatch.setattr(core, "DEFER_AT", 1)  # its indexes dropped while it runs
        data = m.export(f1)
        before, indexes = f1.snapshot(), _indexes(f1)
        told = []

        def progress(done, total):
            told.append(done)
            return done < total // 2  # the clerk stops it half way

        with pytest.raises(ExchangeError) as stopped:
            with write_session(f1.sessions) as s:
                transfer.import_package(s, data, progress=progress)
        assert str(stopped.value) == str(ExchangeError(transfer.CANCELLED_MSG))
        assert len(told) > 1
        assert f1.snapshot() == before and _indexes(f1) == indexes
        # Nothing of it stayed behind: the whole package goes in afterwards.
        f1.receive(data)
        assert f1.snapshot() == m.snapshot() and _indexes(f1) == indexes
        assert maintenance.check(f1.engine, deep=True).problems == []
    finally:
        m.close()
        f1.close()
