"""The 100,000-servicemen demo database the benches share (bench/demo-100k.sqlite), or
the same on a PostgreSQL server when a bench is given ``--db postgresql+psycopg://...``.

Imported by the bench scripts (run as ``python bench/NAME.py``, so this folder
is on sys.path and the scripts have put the project on it first).
"""
from __future__ import annotations

import os
from pathlib import Path

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, make_session_factory

DEMO_DB = Path(__file__).resolve().parent / "demo-100k.sqlite"


def build_demo(path: Path) -> None:
    """Generate the demo data (seed 1) into ``path``, built aside and renamed into place."""
    from kzpk_desktop.services import demo

    tmp = path.with_name(path.name + f".building-{os.getpid()}")
    engine = make_engine(f"sqlite:///{tmp}")
    migrate.upgrade(engine, backup=None)
    demo.generate(make_session_factory(engine), servicemen=100_000, seed=1)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    if path.exists():  # someone else finished first: keep theirs
        tmp.unlink()
    else:
        tmp.rename(path)


# --- the same on a PostgreSQL server (``--db postgresql+psycopg://...``) -----------------------

def is_url(db) -> bool:
    """A database URL (a server, or ``sqlite:///...``) rather than a file path."""
    return "://" in str(db)


def _server(url):
    from sqlalchemy.engine import make_url

    url = make_url(url)
    return url, make_engine(url.set(database="postgres")).execution_options(
        isolation_level="AUTOCOMMIT")


def recreate_database(url) -> None:
    """Drop and create the server database of ``url`` (empty, UTF-8), then migrate it."""
    url, server = _server(url)
    with server.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{url.database}" TEMPLATE template0 '
                             "ENCODING 'UTF8'")
    server.dispose()
    engine = make_engine(url)
    migrate.upgrade(engine, backup=None)
    engine.dispose()


def ensure_demo(db) -> str:
    """The URL of the 100k demo database: the file (built when missing) or the server's
    database (created and generated when it holds no servicemen)."""
    if not is_url(db):
        path = Path(db)
        if not path.exists():
            print(f"building {path} (100,000 servicemen, seed 1)...", flush=True)
            build_demo(path)
        return f"sqlite:///{path}"
    from sqlalchemy import func, select
    from sqlalchemy.exc import DBAPIError

    from kzpk_desktop.db.models import Serviceman
    from kzpk_desktop.services import demo

    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            people = conn.execute(select(func.count()).select_from(Serviceman)).scalar()
    except DBAPIError:  # no such database, or no schema yet
        people = 0
    engine.dispose()
    if not people:
        print(f"building {db} (100,000 servicemen, seed 1)...", flush=True)
        recreate_database(db)
        engine = make_engine(db)
        demo.generate(make_session_factory(engine), servicemen=100_000, seed=1)
        settle(engine)
        engine.dispose()
    return str(db)


def settle(engine) -> None:
    """After a bulk load, bring the database to the state later runs find it in: SQLite's
    WAL folded back; PostgreSQL's planner statistics gathered (what autovacuum would do
    within a minute or so; not counted in the generation time)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")


def bench_copy(demo_url: str, name: str) -> str:
    """A copy of the demo database for a bench to write on; its URL.

    A file is copied with SQLite's backup API (a consistent snapshot); a server
    database is copied by ``CREATE DATABASE ... TEMPLATE`` (nobody may be connected
    to the demo database meanwhile).
    """
    import sqlite3

    from sqlalchemy.engine import make_url

    url = make_url(demo_url)
    if url.get_backend_name() == "sqlite":
        target = Path(__file__).resolve().parent / f"{name}.sqlite"
        target.unlink(missing_ok=True)
        with sqlite3.connect(url.database) as src, sqlite3.connect(target) as dst:
            src.backup(dst)
        return f"sqlite:///{target}"
    _, server = _server(url)
    with server.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{url.database}"')
    server.dispose()
    return url.set(database=name).render_as_string(hide_password=False)
