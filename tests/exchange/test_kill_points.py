"""Kills at the two moments a clock-timed kill rarely hits: in the middle of writing the
package file, and inside each commit an export or an import makes (``killpoint.py`` kills
the real ``kzpk`` process there with SIGKILL, a seeded few microseconds into the commit)."""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_kill import ROOT, _digest, _ok, enrolled

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
KILLPOINT = Path(__file__).with_name("killpoint.py")


def _run(db: Path, how: str, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), KZPK_KILL_AT=how)
    return subprocess.run([sys.executable, str(KILLPOINT), "--db", str(db), *map(str, args)],
                          env=env, capture_output=True, text=True, timeout=300)


def _commits(db: Path, *args) -> int:
    """How many commits the command makes (on a copy: the run itself changes the database)."""
    trial = db.with_name("count-" + db.name)
    shutil.copyfile(db, trial)
    done = _run(trial, "count", *args)
    assert done.returncode == 0, done.stderr
    return int(done.stderr.strip().splitlines()[-1].split()[1])


def _sent(db: Path) -> int:
    peers = json.loads(_ok(db, "exchange", "status", "--json"))["peers"]
    return peers[0]["sent"]


@pytest.fixture
def offices(tmp_path):
    return enrolled(tmp_path, servicemen=40, seed=5)


def test_a_kill_while_the_package_file_is_written_leaves_no_package_and_nothing_sent(
        offices, tmp_path):
    ministry, field = offices
    target = tmp_path / "p.kzpk"
    done = _run(ministry, "write", "exchange", "export", "--to", "F1", "-o", target)
    assert done.returncode == -9
    assert (tmp_path / ".p.kzpk.partial").exists()  # the half-written bytes were on disk
    assert not target.exists()  # ... but never under the package's name
    assert _sent(ministry) == 0  # the export was not recorded as sent
    _ok(ministry, "exchange", "export", "--to", "F1", "-o", target)
    assert _sent(ministry) == 1
    _ok(field, "exchange", "import", target)
    assert _digest(field) == _digest(ministry)


@pytest.mark.slow
def test_a_kill_inside_any_commit_of_an_export_leaves_a_whole_package_or_none(
        offices, tmp_path):
    ministry, field = offices
    args = ("exchange", "export", "--to", "F1")
    # Counted on the ministry itself: a copy may not export under its identity.
    done = _run(ministry, "count", *args, "-o", tmp_path / "count.kzpk")
    assert done.returncode == 0, done.stderr
    commits = int(done.stderr.strip().splitlines()[-1].split()[1])
    rng = random.Random(7)
    for n in range(1, commits + 1):
        micros = 0 if n % 2 else rng.randrange(50, 3000)
        before = _sent(ministry)
        target = tmp_path / f"p-{n}.kzpk"
        _run(ministry, f"commit:{n}:{micros}", *args, "-o", target)
        sent = _sent(ministry)
        assert sent in (before, before + 1)
        if target.exists():  # renamed into place only after its commit
            assert sent == before + 1
            receiver = tmp_path / f"f-{n}.sqlite"
            shutil.copyfile(field, receiver)
            _ok(receiver, "exchange", "import", target)
            assert _digest(receiver) == _digest(ministry)
    # Whatever happened, the next package brings the field office everything.
    _ok(ministry, *args, "-o", tmp_path / "next.kzpk")
    _ok(field, "exchange", "import", tmp_path / "next.kzpk")
    assert _digest(field) == _digest(ministry)


@pytest.mark.slow
def test_a_kill_inside_any_commit_of_an_import_leaves_it_undone_or_complete(offices, tmp_path):
    ministry, field = offices
    package = tmp_path / "first.kzpk"
    _ok(ministry, "exchange", "export", "--to", "F1", "-o", package)
    empty, complete = _digest(field), _digest(ministry)
    commits = _commits(field, "exchange", "import", package)
    rng = random.Random(11)
    outcomes = set()
    for n in range(1, commits + 1):
        micros = 0 if n % 2 else rng.randrange(50, 3000)
        trial = tmp_path / f"f-{n}.sqlite"
        shutil.copyfile(field, trial)
        _run(trial, f"commit:{n}:{micros}", "exchange", "import", package)
        now = _digest(trial)
        assert now in (empty, complete), f"commit {n} +{micros} µs left a part"
        outcomes.add(now == complete)
        again = _ok(trial, "exchange", "import", package)
        assert again.startswith("package 1 from MOD")
        assert _digest(trial) == complete
    assert False in outcomes  # at least one kill fell before the import's commit landed
