"""The database a session works on: what to open it with, its engine and session factory.

Restoring, encrypting and decrypting swap the file under the application, so
the engine is disposed and a new one opened on the (possibly new) URL; this
holder is what the session controller replaces.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from ...db.engine import make_engine, make_session_factory
from ...services import encryption


@dataclass
class Database:
    url: str | URL  # carries the passphrase of an encrypted file
    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: str | URL) -> Database:
        engine = make_engine(url)
        return cls(url, engine, make_session_factory(engine))

    @property
    def display(self) -> str:
        """Where the database is, as the user knows it (no passphrase, no driver prefix)."""
        return display_name(self.url)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def encrypted(self) -> bool:
        return encryption.passphrase_of(self.url) is not None

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_file(url: str | URL) -> Path | None:
    """The SQLite file of a URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def plain_url(path: Path) -> str:
    return f"sqlite:///{path}"


def display_name(url: str | URL) -> str:
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return make_url(url).render_as_string(hide_password=True)
