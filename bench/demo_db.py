"""The 100,000-servicemen demo database the benches share (bench/demo-100k.sqlite).

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
