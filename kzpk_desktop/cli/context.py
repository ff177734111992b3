"""What every command needs: the database, opened and migrated on first use, and its user.

Sessions act for the signed-in user (``--user NAME``, password from
KZPK_PASSWORD or standard input). A database without any account is used as
its bootstrap administrator, so scripted set-up works until the first account
exists; after that every command that opens a session needs ``--user`` (reads
too: an export is audited under a name, and the records are personal data).
An encrypted database takes its passphrase from KZPK_PASSPHRASE.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from ..db.engine import make_engine, make_session_factory
from ..paths import resolve_db_url
from ..services import backup, encryption
from ..services.accounts import sign_in
from ..services.auth import BOOTSTRAP, Actor, bind_actor, has_accounts

PASSWORD_ENV, PASSPHRASE_ENV = "KZPK_PASSWORD", "KZPK_PASSPHRASE"


class CliError(Exception):
    """A refusal worded for the shell (exit 1)."""


def parse_date(value: str | None, option: str) -> dt.date | None:
    """An option's YYYY-MM-DD value (None when not given); anything else is refused by name."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise CliError(f"{option}: '{value}' is not a date; write it as YYYY-MM-DD") from None


def print_json(data) -> None:
    """``--json`` output for scripts: UTF-8 text as it is (Cyrillic not escaped), indented."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class CliContext:
    def __init__(self, db: str | None, user: str | None = None) -> None:
        self.url = resolve_db_url(db)
        self.user = user
        self._engine: Engine | None = None
        self._actor: Actor | None = None

    @property
    def display_url(self) -> str:
        """The URL to show: the password masked (it must not reach a screen or a log)."""
        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except Exception:  # not a URL at all: the engine will say so
            return "(unreadable database URL)"

    @property
    def file(self) -> Path | None:
        """The SQLite file of the database, or None for a server."""
        url = make_url(self.url)
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return Path(url.database)

    @property
    def engine_url(self) -> str | URL:
        """The URL to open: an encrypted file gets its passphrase from KZPK_PASSPHRASE."""
        path = self.file
        if path is None or make_url(self.url).get_driver_name() != "pysqlite" \
                or not encryption.is_encrypted_file(path):
            return self.url
        passphrase = os.environ.get(PASSPHRASE_ENV)
        if not passphrase:
            raise CliError(f"{path} is encrypted, or is not a database: if it is encrypted, "
                           f"give its passphrase in {PASSPHRASE_ENV}.")
        encryption.check_passphrase(path, passphrase)
        return encryption.encrypted_url(path, passphrase)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.engine_url)
        return self._engine

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """Session factory on a database brought to the current schema, acting for the user."""
        backup.upgrade_schema(self.engine)
        factory = make_session_factory(self.engine)
        self._actor = self._sign_in(factory)
        bind_actor(factory, self._actor)
        return factory

    @property
    def actor(self) -> Actor:
        """Who the commands act as (signs in on first use)."""
        self.sessions
        assert self._actor is not None
        return self._actor

    def _sign_in(self, factory: sessionmaker[Session]) -> Actor:
        with factory() as session:
            accounts = has_accounts(session)
        if not accounts:
            if self.user:
                raise CliError("This database has no user accounts yet: run without --user (as "
                               "its bootstrap administrator) and create the first with "
                               "'kzpk user add NAME --role admin'.")
            return BOOTSTRAP
        if not self.user:
            raise CliError("This database has user accounts: run with --user NAME (the password "
                           f"from {PASSWORD_ENV} or standard input).")
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = self.read_secret(f"Password for {self.user}: ", "the password")
        return sign_in(factory, self.user, password)

    def read_secret(self, prompt: str, what: str) -> str:
        """One secret: typed at a terminal (not echoed), else the next line of standard input."""
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise CliError(f"expected {what} on standard input")
        return line.rstrip("\r\n")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
