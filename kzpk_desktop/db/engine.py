"""The one place engines and session factories are made."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

SQLITE_BUSY_TIMEOUT_MS = 5000


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # The driver's own transaction handling is replaced below so that BEGIN is
    # ours to issue (needed for BEGIN IMMEDIATE on writes).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
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


def make_engine(url: str | URL, *, echo: bool = False) -> Engine:
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
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


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
