"""A kill at any moment of an export or an import leaves both databases as they were, or
completely after, and a package file that is absent or whole.

``kzpk exchange export`` / ``import`` run as real processes on real database files and are
killed with SIGKILL (no cleanup of any kind runs) at seeded moments spread over the time a
whole run takes on this machine; then the files are judged as a clerk would meet them the
next morning.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from kzpk_desktop.db.engine import make_engine, make_session_factory

from .offices import OfficeDb

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6


def _kzpk(db: Path, *args, wait: bool = True):
    argv = [sys.executable, "-c", "from kzpk_desktop.cli import run; run()", "--db", str(db),
            *map(str, args)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if wait:
        return subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    return subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _ok(db: Path, *args) -> str:
    done = _kzpk(db, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _digest(db: Path) -> str:
    """The exchange tests' digest of every travelling table (derived data left out)."""
    engine = make_engine(f"sqlite:///{db}")
    office = SimpleNamespace(sessions=make_session_factory(engine))
    office.snapshot = lambda: OfficeDb.snapshot(office)  # OfficeDb's own, on this file
    try:
        return OfficeDb.digest(office)
    finally:
        engine.dispose()


def _killed_at(db: Path, delay: float, *args) -> int | None:
    """Run kzpk and SIGKILL it after ``delay`` s; its exit status if it ended first."""
    process = _kzpk(db, *args, wait=False)
    try:
        process.wait(timeout=delay)
        return process.returncode
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None


def _moments(full: float, seed: int) -> list[float]:
    """KILLS moments over a whole run: one in each slice, so start, middle and end are hit."""
    rng = random.Random(seed)
    return [full * (i + rng.random()) / KILLS for i in range(KILLS)]


def enrolled(folder: Path, *, servicemen: int, seed: int) -> tuple[Path, Path]:
    """A ministry (MOD) with demo servicemen and a field office (F1), trusting each other,
    set up through the command line as IT would."""
    ministry, field = folder / "ministry.sqlite", folder / "field.sqlite"
    _ok(ministry, "office", "init", "--ministry", "--code", "MOD")
    _ok(field, "office", "init", "--code", "F1", "--name", "Field")
    _ok(ministry, "office", "card", "-o", folder / "m.card")
    _ok(field, "office", "card", "-o", folder / "f.card")
    _ok(ministry, "office", "trust", folder / "f.card")
    _ok(field, "office", "trust", folder / "m.card")
    _ok(ministry, "demo", "--servicemen", str(servicemen), "--seed", str(seed))
    return ministry, field


@pytest.fixture(scope="module")
def offices(tmp_path_factory):
    """A ministry with 150 demo servicemen and a field office, trusting each other."""
    folder = tmp_path_factory.mktemp("kill")
    return (folder, *enrolled(folder, servicemen=150, seed=3))


def test_a_killed_export_leaves_the_database_and_no_half_written_package(offices, tmp_path):
    folder, ministry, field = offices
    before = _digest(ministry)
    started = time.perf_counter()
    _ok(ministry, "exchange", "export", "--to", "F1", "-o", tmp_path / "whole.kzpk")
    full = time.perf_counter() - started
    killed = 0
    for n, delay in enumerate(_moments(full, seed=12)):
        target = tmp_path / f"p{n}.kzpk"
        if _killed_at(ministry, delay, "exchange", "export", "--to", "F1", "-o", target) is None:
            killed += 1
        # The ministry's records are as they were (an export changes none of them) ...
        assert _digest(ministry) == before
        # ... and the package is either absent or whole: a field office takes it.
        if target.exists():
            trial = tmp_path / f"field-{n}.sqlite"
            shutil.copyfile(field, trial)
            done = _kzpk(trial, "exchange", "import", target, "--dry-run")
            assert done.returncode == 0, done.stderr
    assert killed >= KILLS // 2  # most runs were really cut short
    # After all that, the next export still works and the field office takes it.
    _ok(ministry, "exchange", "export", "--to", "F1", "-o", tmp_path / "next.kzpk")
    trial = tmp_path / "field-next.sqlite"
    shutil.copyfile(field, trial)
    _ok(trial, "exchange", "import", tmp_path / "next.kzpk")
    assert _digest(trial) == before


def test_a_killed_import_leaves_the_field_database_as_it_was_or_complete(offices, tmp_path):
    folder, ministry, field = offices
    package = tmp_path / "first.kzpk"
    _ok(ministry, "exchange", "export", "--to", "F1", "-o", package)
    empty = _digest(field)
    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(field, reference)
    started = time.perf_counter()
    _ok(reference, "exchange", "import", package)
    full = time.perf_counter() - started
    complete = _digest(reference)
    assert complete != empty and complete == _digest(ministry)
    outcomes = set()
    for n, delay in enumerate(_moments(full, seed=21)):
        trial = tmp_path / f"field-{n}.sqlite"
        shutil.copyfile(field, trial)
        _killed_at(trial, delay, "exchange", "import", package)
        now = _digest(trial)
        assert now in (empty, complete), f"kill {n} after {delay:.2f} s left a part of the import"
        outcomes.add("complete" if now == complete else "as it was")
        # Importing again finishes the job, or says it is already done; never a fault.
        done = _kzpk(trial, "exchange", "import", package)
        assert done.returncode == 0, done.stderr
        assert _digest(trial) == complete
    assert "as it was" in outcomes  # at least one kill fell inside the import
