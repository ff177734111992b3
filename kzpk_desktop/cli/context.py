"""What every command needs: the database, opened and migrated on first use, and its user.

Sessions act for the signed-in user (``--user NAME``, password from
KZPK_PASSWORD or standard input). A database without any account is used as
its bootstrap administrator, so scripted set-up works until the first account
exists; after that every command that opens a session needs ``--user`` (reads
too: an export is audited under a name, and the records are personal data).
An encrypted database takes its passphrase from KZPK_PASSPHRASE.
"""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from functools import cached_property
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..db.engine import make_engine, make_session_factory
from ..paths import resolve_db_url
from ..services import backup, encryption
from ..services.accounts import check_credentials, sign_in
from ..services.auth import FILE_MSG, BOOTSTRAP, Actor, bind_actor, has_accounts
from ..services.errors import PermissionDenied

PASSWORD_ENV, PASSPHRASE_ENV = "KZPK_PASSWORD", "KZPK_PASSPHRASE"
#: Who a restore over a file with unreadable accounts is recorded as.
FILE_HOLDER = "(file holder)"


class CliError(Exception):
    """A refusal worded for the shell (exit 1)."""


#: The largest id a database holds (a 64-bit integer); more is a typo, never a record.
MAX_ID = 2 ** 63 - 1


def record_id(text: str) -> int:
    """``--rotation ID`` and the like: a whole number a database can hold."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"no record has the id {value}") from None
    return value


record_id.__name__ = "id"


def is_text(value: str) -> bool:
    """False for a string carrying bytes that were not UTF-8 (Python keeps them as surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def env_text(name: str) -> str | None:
    """An environment variable's value, refused in one line when it is not UTF-8 text."""
    value = os.environ.get(name)
    if value is not None and not is_text(value):
        raise CliError(f"{name} is not valid text (UTF-8); set it again")
    return value


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
        if db is None:
            env_text("KZPK_DB")
        self.url = resolve_db_url(db)
        self.user = user
        #: The passphrase of an encrypted file when a command read it itself (decrypt).
        self.passphrase: str | None = None
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
        passphrase = self.passphrase or env_text(PASSPHRASE_ENV)
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
        return sign_in(factory, self.user, self._password())

    def _password(self) -> str:
        password = env_text(PASSWORD_ENV)
        if password is None:
            password = self.read_secret(f"Password for {self.user}: ", "the password")
        return password

    def require_admin(self) -> Actor:
        """Sign in (once) and refuse unless the signed-in user is an administrator (the
        file-level acts: backup, restore, encrypt, decrypt)."""
        actor = self.actor
        if not actor.may("admin"):
            raise PermissionDenied(FILE_MSG, role=actor.role)
        return actor

    def require_admin_without_writing(self) -> Actor:
        """An administrator's sign-in on a database that must not be written (damaged, or of
        another version): checked by reading the account only, nothing recorded.

        When not even the accounts can be read, nobody can sign in to the file, and
        whoever may write it may replace it with the system's tools anyway: the restore goes
        ahead for the file's holder (a warning says so; the restored trail records it).
        """
        engine = make_engine(self.engine_url)
        try:
            with engine.connect() as conn:
                if not has_accounts(Session(bind=conn)):
                    return BOOTSTRAP
                if not self.user:
                    raise CliError("This database has user accounts: run with --user NAME (the "
                                   f"password from {PASSWORD_ENV} or standard input).")
                actor = check_credentials(conn, self.user, self._password())
        except DBAPIError:
            print("warning: the accounts cannot be read from this damaged file, so nobody can "
                  "sign in to it; restoring for whoever holds the file", file=sys.stderr)
            return Actor(FILE_HOLDER, "admin")
        finally:
            engine.dispose()
        if not actor.may("admin"):
            raise PermissionDenied(FILE_MSG, role=actor.role)
        return actor

    def read_secret(self, prompt: str, what: str) -> str:
        """One secret: typed at a terminal (not echoed), else the next line of standard input."""
        try:
            if sys.stdin is not None and sys.stdin.isatty():
                line = getpass.getpass(prompt)
            else:
                line = sys.stdin.readline() if sys.stdin is not None else ""
                if not line:
                    raise CliError(f"expected {what} on standard input")
        except UnicodeDecodeError:
            line = "\udcff"  # refused just below, in the same words
        line = line.rstrip("\r\n")
        if not is_text(line):
            raise CliError(f"{what} is not valid text (UTF-8); nothing was done")
        return line

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
