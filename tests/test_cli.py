"""`kzpk init | check | demo`: output, exit codes, and refusals as one readable line."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli

from kzpk_desktop.db import migrate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def kzpk(capsys):
    def run(*argv):
        return run_cli(capsys, *argv)
    return run


def _shell(*argv, env=None):
    """The real console entry point, as a user's shell would run it."""
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    environment.pop("KZPK_DB", None)
    return subprocess.run([sys.executable, "-m", "kzpk_desktop.cli", *argv], env=environment,
                          capture_output=True, text=True, timeout=120)


def _counts(out: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in out.splitlines() if ": " in line)


def test_init_creates_a_database_at_the_current_schema(kzpk, tmp_path):
    path = tmp_path / "new" / "kzpk.sqlite"
    code, out, err = kzpk("--db", str(path), "init")
    assert (code, err) == (0, "")
    assert out == f"database created or upgraded: sqlite:///{path} " \
                  f"(schema {migrate.head_revision()})\n"
    code, out, _ = kzpk("--db", str(path), "init")
    assert code == 0 and out.startswith("database already up to date")


def test_init_on_an_older_versions_database_names_the_copy_made_first(kzpk, db_path,
                                                                       newer_schema):
    current, nxt = newer_schema
    code, out, err = kzpk("--db", str(db_path), "init")
    [copy] = (db_path.parent / "backups").glob(f"kzpk-*-schema-{current}.sqlite")
    assert (code, err) == (0, "")
    assert out == (f"database created or upgraded: sqlite:///{db_path} (schema {nxt})\n"
                   f"copy made before upgrading from schema {current}: {copy}\n")


def test_demo_then_check_counts_every_record(kzpk, db_path):
    code, out, err = kzpk("--db", str(db_path), "demo", "--servicemen", "60", "--seed", "9")
    assert (code, err) == (0, "")  # no progress line: stderr is not a terminal here
    assert out.startswith("added 60 servicemen, ") and out.endswith(" s\n")
    assert out.count("\n") == 1
    code, out, err = kzpk("--db", str(db_path), "check")
    assert (code, err) == (0, "")
    counts = _counts(out)
    assert counts["schema"] == migrate.head_revision()
    assert counts["servicemen"] == "60"
    assert counts["decisions"] == "2" and int(counts["rotations"]) > 10
    assert int(counts["documents"]) > 60 and int(counts["roster entries"]) > 0
    assert counts["integrity"] == "ok"


def test_demo_is_deterministic_for_a_seed(kzpk, tmp_path):
    dumps = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.sqlite"
        assert kzpk("--db", str(path), "demo", "--servicemen", "40", "--seed", "11")[0] == 0
        with sqlite3.connect(path) as raw:
            dumps.append(raw.execute("SELECT iin, surname, given_name, service_number "
                                     "FROM serviceman ORDER BY id").fetchall())
    assert dumps[0] == dumps[1] and len(dumps[0]) == 40


@pytest.mark.parametrize("argv, message", [
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["demo"], "the following arguments are required: --servicemen"),
    (["demo", "--servicemen", "many"], "expected a whole number, got 'many'"),
    (["demo", "--servicemen", "0"], "must be between 1 and 1,000,000, got 0"),
    (["demo", "--servicemen", "5", "--seed", "x"], "expected a whole number, got 'x'"),
])
def test_usage_errors_exit_2_with_one_line(kzpk, db_path, argv, message):
    before = db_path.read_bytes()
    code, out, err = kzpk("--db", str(db_path), *argv)
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
    assert db_path.read_bytes() == before


def test_usage_error_from_the_shell(tmp_path):
    done = _shell("--db", str(tmp_path / "x.sqlite"), "demo")
    assert done.returncode == 2
    assert done.stderr == "kzpk demo: the following arguments are required: --servicemen\n"
    assert "Traceback" not in done.stderr and not (tmp_path / "x.sqlite").exists()


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Shopping list, not a database.\n" * 200)
    for command in (["check"], ["demo", "--servicemen", "5"], ["init"]):
        done = _shell("--db", str(path), *command)
        assert done.returncode == 1, command
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
        assert "not a database" in lines[0] or "not a readable KZPK database" in lines[0]
        assert "Traceback" not in done.stderr
    assert path.read_bytes() == b"Shopping list, not a database.\n" * 200


def test_check_refuses_a_database_from_a_newer_version_and_leaves_it_alone(kzpk, db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    code, out, err = kzpk("--db", str(db_path), "check")
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("error: ")
    assert "at schema 9999_future, written by a newer version of KZPK Desktop; this version " \
           f"knows schemas up to {migrate.head_revision()}." in err
    code, _, err = kzpk("--db", str(db_path), "demo", "--servicemen", "5")
    assert code == 1 and "newer version of KZPK Desktop" in err and err.count("\n") == 1
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_future",)
        assert raw.execute("SELECT count(*) FROM serviceman").fetchone() == (0,)


def test_version_is_the_packages_one():
    import kzpk_desktop

    done = _shell("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"kzpk {kzpk_desktop.__version__}\n", "")
