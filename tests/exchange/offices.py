"""Offices for the exchange tests: each a real, migrated database with its identity."""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import ExchangeOffice
from kzpk_desktop.services.exchange import office
from kzpk_desktop.services.exchange.entities import ENTITIES
from kzpk_desktop.services.exchange.export import Encoder, export_package
from kzpk_desktop.services.exchange.transfer import import_package


class OfficeDb:
    def __init__(self, url: str, code: str, *, ministry: bool = False, name: str = "",
                 ready: bool = False, engine=None) -> None:
        """``ready``: the database is a copy of one set up already (migrated, office made).
        ``engine``: one made for ``url`` before (its compiled statements are kept; a new
        engine compiles every statement again)."""
        self.url = url
        self.code = code
        self.engine = engine if engine is not None else make_engine(url)
        self.sessions = make_session_factory(self.engine)
        if ready:
            # The copy stands for the office itself (the set-up original is never used).
            t = ExchangeOffice.__table__
            with self.engine.begin() as conn:
                conn.execute(update(t).where(t.c.is_self.is_(True)).values(
                    bound_to=office.location(self.engine.url)))
            return
        migrate.upgrade(self.engine, backup=None)
        with write_session(self.sessions) as s:
            office.init_office(s, code=code, name=name or code, ministry=ministry)

    def card(self) -> bytes:
        with self.sessions() as s:
            return office.card(s)

    def trust(self, other: "OfficeDb") -> None:
        with write_session(self.sessions) as s:
            office.trust(s, other.card())

    def export(self, to: "OfficeDb") -> bytes:
        with write_session(self.sessions) as s:
            data, _ = export_package(s, to.code)
        return data

    def receive(self, data: bytes):
        with write_session(self.sessions) as s:
            return import_package(s, data)

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.snapshot(), sort_keys=True).encode()).hexdigest()

    def snapshot(self) -> dict:
        """Every travelling table as {uid: values} (references as uids), derived data left out."""
        out = {}
        with self.sessions() as s:
            enc = Encoder(s.connection())
            for e in ENTITIES:
                table = e.table
                rows = s.connection().execute(select(*[c for c in table.columns
                                                        if c.name != "photo"])).all()
                out[e.name] = {str(r.uid): enc.values(e, r) for r in rows}
        return out

    def close(self) -> None:
        if self.engine.dialect.name == "sqlite":  # a whole file, ready to be copied
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def pair(ministry: OfficeDb, *fields: OfficeDb) -> None:
    for f in fields:
        ministry.trust(f)
        f.trust(ministry)


def settle(ministry: OfficeDb, *fields: OfficeDb, rounds: int = 2, down: bool = False) -> None:
    """``rounds`` of packages both ways between the ministry and each field office, then
    (``down``) one more from the ministry to each."""
    for _ in range(rounds):
        for f in fields:
            f.receive(ministry.export(f))
            ministry.receive(f.export(ministry))
    if down:
        for f in fields:
            f.receive(ministry.export(f))


def pg_or_sqlite_url(db_url: str, tmp_path, name: str) -> str:
    """Field offices are SQLite files (laptops); the ministry uses the test's database."""
    return f"sqlite:///{tmp_path / (name + '.sqlite')}"


def is_pg(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"
