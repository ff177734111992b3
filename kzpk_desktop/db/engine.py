"""The one place engines and session factories are made.

Every engine waits a bounded time for another workstation: SQLite's busy
timeout on a file another connection is writing, PostgreSQL's lock and
statement timeouts on the server. A click never waits without limit; the
fault that ends the wait becomes one plain sentence (``db.faults``).
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

SQLITE_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Timeouts:
    """How long a statement may wait, in milliseconds (0: no limit).

    Settings of the workstation, not of the database (they apply before the
    database can be read): the environment variables ``KZPK_BUSY_TIMEOUT_MS``,
    ``KZPK_LOCK_TIMEOUT_MS`` and ``KZPK_STATEMENT_TIMEOUT_MS`` override the
    defaults.
    """

    #: SQLite: how long to wait for another connection's write lock on the file.
    busy_ms: int = SQLITE_BUSY_TIMEOUT_MS
    #: PostgreSQL: how long to wait for a row or table another transaction holds.
    lock_ms: int = 10_000
    #: PostgreSQL: how long one statement may run (a page of a list takes milliseconds;
    #: the longest export batch well under a second at 100,000 servicemen).
    statement_ms: int = 60_000

    ENV = {"busy_ms": "KZPK_BUSY_TIMEOUT_MS", "lock_ms": "KZPK_LOCK_TIMEOUT_MS",
           "statement_ms": "KZPK_STATEMENT_TIMEOUT_MS"}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Timeouts:
        """The defaults, with the environment's values where they are whole numbers >= 0."""
        environ = os.environ if environ is None else environ
        values = {}
        for name, variable in cls.ENV.items():
            text = environ.get(variable, "").strip()
            if text.isdigit():
                values[name] = int(text)
        return cls(**values)


def _sqlite_pragmas(dbapi_conn, _record, *, busy_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    # The driver's own transaction handling is replaced below so that BEGIN is
    # ours to issue (needed for BEGIN IMMEDIATE on writes).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(busy_ms)}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    # A writing transaction asks for IMMEDIATE: it takes the write lock at BEGIN,
    # so two clerks saving at once queue behind the busy timeout, and a check
    # made inside it (a ceiling, a uniqueness) cannot be invalidated before the
    # write. Readers stay DEFERRED and never wait for writers (WAL).
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _quiet_sqlcipher() -> None:
    import sqlcipher3

    # Process-wide: a wrong key becomes the caller's message, not log lines on stderr.
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()


def _postgresql_timeouts(dbapi_conn, _record, *, timeouts: Timeouts) -> None:
    # Session settings, committed so they outlive the transaction SET opened; a value
    # in the URL's own ``options`` is overridden (the workstation's setting wins).
    cur = dbapi_conn.cursor()
    cur.execute(f"SET lock_timeout = {int(timeouts.lock_ms)}")
    cur.execute(f"SET statement_timeout = {int(timeouts.statement_ms)}")
    cur.close()
    dbapi_conn.commit()


def create_private_file(path: str | os.PathLike) -> Path:
    """Create ``path`` empty and readable by its owner only (0600), whatever the umask.

    The database and its backups hold everyone's personal data; SQLite makes
    a new file (and its WAL and SHM, which take the file's mode) by the umask,
    so a file that will hold them is created here first. An existing file is
    left as it is.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path
    os.close(fd)
    os.chmod(path, 0o600)
    return path


def _private_file(database: str, _dialect, _record, _cargs, _cparams) -> None:
    """Before SQLite opens (and so creates) the file: create it 0600 if it is new."""
    try:
        create_private_file(database)
    except OSError:
        pass  # e.g. a read-only folder: SQLite says so, in its own words, as it connects


def make_engine(url: str | URL, *, echo: bool = False,
                timeouts: Timeouts | None = None) -> Engine:
    """The engine for ``url``; ``timeouts`` default to ``Timeouts.from_env()``."""
    timeouts = Timeouts.from_env() if timeouts is None else timeouts
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        # SQLCipher's dialect defaults to one connection per thread; a keyed
        # connection costs ~100 ms to open, so pool them like plain files.
        extra = {}
        if parsed.get_driver_name() == "pysqlcipher":
            _quiet_sqlcipher()
            extra["poolclass"] = QueuePool
        engine = create_engine(url, echo=echo, **extra)
        if database and database != ":memory:" and not parsed.query.get("uri"):
            event.listen(engine, "do_connect", partial(_private_file, database))
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_ms=timeouts.busy_ms))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # pre_ping: a connection the server dropped (restarted, network cut) is replaced at
    # the next checkout, so the first operation after the server is back just works.
    engine = create_engine(url, echo=echo, pool_pre_ping=True)
    if parsed.get_backend_name() == "postgresql":
        event.listen(engine, "connect", partial(_postgresql_timeouts, timeouts=timeouts))
    return engine


class AppSession(Session):
    """The application's sessions (``make_session_factory``).

    The services register their permission and audit hooks on this class, not
    on SQLAlchemy's ``Session`` (services/tracking.py): every session the app's
    factories make is checked and audited, and a plain ``Session`` elsewhere in
    the process (a library, a script, a test) is left alone.
    """


def make_session_factory(engine: Engine) -> sessionmaker[AppSession]:
    return sessionmaker(engine, class_=AppSession, expire_on_commit=False)


@contextmanager
def write_session(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One writing unit of work: committed on success, rolled back on any error."""
    with factory.begin() as session:
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})
        yield session
