"""Damaged files, locked files, undecodable and overflowing arguments, passwords and names:
every one a single line (exit 1 or 2), never a traceback, and nothing written."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from security_helpers import PASSWORD
from sqlalchemy import select

from kzpk_desktop.db.models import AuditEvent
from kzpk_desktop.services import accounts, backup, demo, recovery
from kzpk_desktop.services.accounts import LoginRefused
from kzpk_desktop.services.auth import acting
from kzpk_desktop.services.errors import PermissionDenied, ServiceError, ValidationError

ADMIN = {"KZPK_PASSWORD": PASSWORD}
ROOT = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_page(path: Path) -> None:
    """Garbage over one page in the middle of the file (a bad sector, a torn copy)."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = raw.execute("PRAGMA page_size").fetchone()[0]
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    raw.close()
    with open(path, "r+b") as f:
        f.seek(page * (pages // 2))
        f.write(bytes([0xA5]) * page)


def _cut_tail(path: Path) -> None:
    """The file's last pages lost (a copy interrupted, a full disk)."""
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size - 8 * page)


@pytest.fixture
def filled(sessions, staff, db_path, tmp_path):
    from kzpk_desktop.services.auth import bind_actor

    bind_actor(sessions, staff["admin"])
    demo.generate(sessions, servicemen=40, seed=3, into_existing=True)
    bind_actor(sessions, None)
    return db_path


def _commands(tmp_path: Path, made: Path) -> list[list[str]]:
    out = str(tmp_path / "out.xlsx")
    return [["backup", "-o", str(tmp_path / "copy.sqlite")], ["encrypt"], ["decrypt"],
            ["demo", "--servicemen", "2", "--yes"], ["user", "add", "newbie", "--role", "clerk"],
            ["user", "disable", "viewer"], ["user", "list"], ["audit", "-o", out],
            ["audit", "anchor"], ["export", "expiring", "--within", "30", "-o", out],
            ["export", "parliament-report", "-o", out], ["decision", "list"],
            ["rotation", "list"], ["roster", "list", "--rotation", "1"],
            ["roster", "add", "--rotation", "1", "--iin", "000000000000"],
            ["import", "roster", str(tmp_path / "none.xlsx"), "--dry-run"]]


@pytest.mark.parametrize("damage", [_flip_page, _cut_tail], ids=["flipped page", "cut tail"])
def test_every_command_refuses_a_damaged_file_in_one_line(kzpk, filled, engine, tmp_path,
                                                          damage):
    made = backup.backup(engine, tmp_path / "made.sqlite")
    engine.dispose()
    damage(filled)
    before = _digest(filled)
    for args in _commands(tmp_path, made):
        code, out, err = kzpk("--user", "admin", *args, env=ADMIN,
                              stdin="a new password here\n")
        assert code == 1, (args, out)
        assert len(err.splitlines()) == 1 and err.startswith("error: "), (args, err)
        assert "damaged" in err or "malformed" in err or "not a database" in err, (args, err)
        assert _digest(filled) == before, args  # nothing was written into it
        assert not (tmp_path / "out.xlsx").exists() and not (tmp_path / "copy.sqlite").exists()
    code, out, err = kzpk("check")
    assert code == 1 and "Traceback" not in err
    assert err and all(line.startswith("error: ") for line in err.splitlines())
    # ...and the offered way out works: an administrator restores the backup.
    code, out, err = kzpk("--user", "admin", "restore", made, env=ADMIN)
    assert code == 0 and "Traceback" not in err
    assert kzpk("check")[0] == 0


def test_a_damaged_write_is_refused_by_the_services_too(staff, db_path, engine):
    from kzpk_desktop.db.engine import make_engine, make_session_factory

    engine.dispose()
    _flip_page(db_path)
    fresh = make_engine(f"sqlite:///{db_path}")  # a new process's engine: not checked yet
    sessions = make_session_factory(fresh)
    with pytest.raises(ServiceError) as exc, acting(sessions, staff["admin"]) as s:
        from kzpk_desktop.services import settings
        settings.put(s, settings.BACKUP_KEEP, 4)
    assert str(exc.value).startswith("The database file is damaged (")
    assert str(exc.value).endswith("Restore a backup: File > Restore from a backup, or "
                                   "'kzpk restore FILE'.")
    fresh.dispose()


def test_check_reports_a_damaged_reference_check_as_a_line(kzpk, filled):
    _flip_page(filled)
    code, out, err = kzpk("check")
    assert code == 1 and "Traceback" not in err and "integrity:" in out


def test_check_on_a_missing_path_creates_nothing(tmp_path, capsys):
    from cli_runner import run_cli

    target = tmp_path / "no" / "such" / "kzpk.sqlite"
    code, out, err = run_cli(capsys, "--db", target, "check")
    assert (code, err) == (1, f"error: there is no database file at {target}\n")
    assert not (tmp_path / "no").exists()


# --- another program holds the file ----------------------------------------------------------

def test_a_file_locked_by_a_writer_in_wal_mode_is_one_line(kzpk, filled):
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another KZPK, mid-save, or a DB browser
    try:
        code, _out, err = kzpk("--user", "admin", "user", "disable", "viewer", env=ADMIN)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, err) == (1, "error: The database file is locked by another program or "
                              "workstation. Try again in a moment; nothing was changed.\n")


def test_a_file_locked_in_rollback_journal_mode_says_so(kzpk, filled, engine):
    engine.dispose()
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _out, err = kzpk("--user", "admin", "rotation", "list", env=ADMIN)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (code, err) == (1, "error: The database file is locked by another program or "
                              "workstation. Try again in a moment; nothing was changed.\n")


# --- undecodable text ------------------------------------------------------------------------

BAD = "caf\udce9"  # the byte 0xE9 of a Latin-1 "café", as Python keeps an undecodable argument

ARGUMENT_KINDS = [
    ("--user", ["--user", BAD, "rotation", "list"]),
    ("--db", ["--db", f"/tmp/{BAD}.sqlite", "check"]),
    ("a name", ["user", "add", BAD, "--role", "clerk"]),
    ("a full name", ["user", "add", "newbie", "--role", "clerk", "--full-name", BAD]),
    ("an output file", ["export", "expiring", "--within", "5", "-o", f"{BAD}.xlsx"]),
    ("an IIN", ["export", "personnel-card", "--iin", BAD, "-o", "x.xlsx"]),
    ("a mission", ["export", "nominal-roll", "--mission", BAD, "-o", "x.xlsx"]),
    ("a free text", ["roster", "add", "--rotation", "1", "--iin", "1", "--appointment", BAD]),
    ("a sheet name", ["import", "roster", "x.xlsx", "--sheet", BAD]),
    ("a backup file", ["restore", f"{BAD}.sqlite"]),
    ("an anchor file", ["check", "--anchor", f"{BAD}.json"]),
    ("a date", ["audit", "--since", BAD, "-o", "x.xlsx"]),
    ("a number", ["roster", "list", "--rotation", BAD]),
]


@pytest.mark.parametrize("args", [a for _, a in ARGUMENT_KINDS], ids=[k for k, _ in ARGUMENT_KINDS])
def test_undecodable_arguments_are_one_line(kzpk, staff, args):
    code, out, err = kzpk(*args, env=ADMIN)
    assert code in (1, 2), err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "not valid text (UTF-8)" in err or "invalid" in err or "expected" in err


@pytest.mark.parametrize("variable", ["KZPK_PASSWORD", "KZPK_PASSPHRASE"])
def test_undecodable_environment_is_one_line(kzpk, staff, db_path, engine, variable):
    if variable == "KZPK_PASSPHRASE":
        from kzpk_desktop.services.encryption import encrypt_database
        engine.dispose()
        encrypt_database(db_path, "a long passphrase")
    env = {"KZPK_PASSWORD": PASSWORD, variable: BAD}
    code, _out, err = kzpk("--user", "admin", "rotation", "list", env=env)
    assert (code, err) == (1, f"error: {variable} is not valid text (UTF-8); set it again\n")


def test_an_undecodable_kzpk_db_is_one_line(capsys, monkeypatch):
    from cli_runner import run_cli

    monkeypatch.setenv("KZPK_DB", f"/tmp/{BAD}.sqlite")
    code, _out, err = run_cli(capsys, "check")
    assert (code, err) == (1, "error: KZPK_DB is not valid text (UTF-8); set it again\n")


def test_an_undecodable_new_password_on_standard_input_is_one_line(kzpk, staff):
    code, _out, err = kzpk("--user", "admin", "user", "add", "newbie", "--role", "clerk",
                           env=ADMIN, stdin=f"{BAD} long password\n")
    assert (code, err) == (1, "error: the new account's password is not valid text (UTF-8); "
                              "nothing was done\n")


def test_real_undecodable_bytes_from_a_shell(tmp_path):
    """The same, through a real process: the arguments are bytes the shell passed."""
    db = tmp_path / "kzpk.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KZPK_PASSWORD": PASSWORD}
    for args in ([b"--user", b"caf\xe9", b"rotation", b"list"],
                 [b"export", b"expiring", b"--within", b"5", b"-o", b"caf\xe9.xlsx"]):
        done = subprocess.run([sys.executable, "-m", "kzpk_desktop.cli", b"--db", bytes(db),
                               *args], capture_output=True, env=env, cwd=tmp_path, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stderr.decode().splitlines() == [
            f"kzpk: error: argument {'user' if args[0] == b'--user' else 'output'}: not valid "
            "text (UTF-8); nothing was done"]
    env["KZPK_PASSWORD"] = "caf\udce9 long password"
    env_bytes = {k.encode(): v.encode("utf-8", "surrogateescape") for k, v in env.items()}
    sqlite3.connect(db).close()
    done = subprocess.run([sys.executable, "-m", "kzpk_desktop.cli", b"--db", bytes(db),
                           b"init"], capture_output=True, env=env_bytes, cwd=tmp_path, timeout=120)
    assert done.returncode == 0
    done = subprocess.run([sys.executable, "-m", "kzpk_desktop.cli", b"--db", bytes(db),
                           b"user", b"add", b"root", b"--role", b"admin"], input=b"caf\xe9 pass\n",
                          capture_output=True, env=env_bytes, cwd=tmp_path, timeout=120)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1


# --- overflowing numbers ---------------------------------------------------------------------

@pytest.mark.parametrize("args,code,line", [
    (["roster", "list", "--rotation", "99999999999999999999"], 2,
     "argument --rotation: no record has the id 99999999999999999999"),
    (["export", "nominal-roll", "--rotation", "99999999999999999999", "-o", "x.xlsx"], 2,
     "argument --rotation: no record has the id"),
    (["import", "roster", "x.xlsx", "--rotation", "-99999999999999999999"], 2,
     "argument --rotation: no record has the id"),
    (["export", "expiring", "--within", "99999999999", "-o", "x.xlsx"], 2,
     "argument --within: at most 36,500 days, got 99999999999"),
    (["export", "expiring", "--within", "-99999999999", "-o", "x.xlsx"], 1,
     "error: The number of days cannot be negative."),
    (["demo", "--servicemen", "99999999999999999999"], 2, "must be between 1 and 1,000,000"),
])
def test_overflowing_numbers_are_one_line(kzpk, staff, args, code, line):
    got, _out, err = kzpk("--user", "admin", *args, env=ADMIN)
    assert got == code and len(err.splitlines()) == 1 and line in err, err


def test_the_last_day_of_the_calendar_is_a_valid_bound(kzpk, staff, tmp_path):
    out = tmp_path / "audit.xlsx"
    code, _out, err = kzpk("--user", "admin", "audit", "--until", "9999-12-31", "-o", out,
                           env=ADMIN)
    assert (code, err) == (0, "") and out.is_file()
    for report in ("parliament-report", "contributions"):
        code, _out, err = kzpk("--user", "admin", "export", report, "--as-of", "9999-12-31",
                               "-o", tmp_path / f"{report}.xlsx", env=ADMIN)
        assert code in (0, 1) and len(err.splitlines()) <= 1 and "Traceback" not in err


# --- passwords and names ---------------------------------------------------------------------

@pytest.mark.parametrize("password,message", [
    ("x" * 10_000_000, "The password must be at most 128 characters long."),
    ("nul\x00inside the password", "The password must not contain control characters (a tab, "
                                   "a line break, a NUL byte) or undecodable bytes."),
    ("tab\tinside the password", "The password must not contain control characters (a tab, "
                                 "a line break, a NUL byte) or undecodable bytes."),
])
def test_passwords_have_limits(sessions, staff, password, message):
    with pytest.raises(ValidationError) as exc, acting(sessions, staff["admin"]) as s:
        accounts.create_user(s, "newbie", password, "clerk")
    assert [p.text for p in exc.value.problems] == [message]
    with pytest.raises(ValidationError), acting(sessions, staff["admin"]) as s:
        accounts.reset_password(s, "clerk", password)


def test_unknown_names_are_slowed_down_like_known_ones(sessions, staff):
    answers = {}
    for name in ("clerk", "nobody-here"):
        seen = []
        for _ in range(4):
            with acting(sessions, None) as s:
                outcome = accounts.authenticate(s, name, "wrong password!")
            assert isinstance(outcome, LoginRefused)
            seen.append(str(outcome).split(" in ")[0])
        answers[name] = seen
    assert answers["clerk"] == answers["nobody-here"] == [
        "Wrong user name or password."] * 2 + ["Too many wrong passwords; try again"] * 2


# --- demo data -------------------------------------------------------------------------------

def test_demo_data_is_an_administrators_on_an_empty_database(sessions, staff, kzpk):
    from kzpk_desktop.services.auth import bind_actor

    bind_actor(sessions, staff["clerk"])
    with pytest.raises(PermissionDenied) as exc:
        demo.generate(sessions, servicemen=5)
    assert str(exc.value) == "Your role (clerk) may not add demo data; only an administrator may."
    code, _out, err = kzpk("--user", "supervisor", "demo", "--servicemen", "5", env=ADMIN)
    assert (code, err) == (1, "error: Your role (supervisor) may not add demo data; only an "
                              "administrator may.\n")
    assert kzpk("--user", "admin", "demo", "--servicemen", "5", env=ADMIN)[0] == 0
    code, _out, err = kzpk("--user", "admin", "demo", "--servicemen", "5", env=ADMIN)
    assert code == 1 and err.startswith("error: The database already holds 5 servicemen: demo "
                                        "data would mix invented people")
    assert kzpk("--user", "admin", "demo", "--servicemen", "5", "--yes", env=ADMIN)[0] == 0


def test_a_clerks_bulk_roster_statement_is_judged_as_an_approval(sessions, staff):
    from sqlalchemy import update

    from kzpk_desktop.db.models import RosterEntry

    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["clerk"]) as s:
        s.execute(update(RosterEntry).values(status="approved"))
    assert str(exc.value) == ("Your role (clerk) may not approve roster entries; a supervisor or "
                              "an administrator may.")


# --- restoring a backup whose trail is broken ------------------------------------------------

def test_a_backup_with_a_broken_trail_is_refused_unless_forced(kzpk, filled, engine, tmp_path,
                                                               sessions):
    made = backup.backup(engine, tmp_path / "made.sqlite")
    engine.dispose()
    with sqlite3.connect(made) as raw:
        raw.execute("DROP TRIGGER audit_event_no_update")
        raw.execute("UPDATE user_account SET role = 'admin' WHERE username = 'clerk'")
        raw.execute("UPDATE audit_event SET username = 'x' WHERE id = 3")
    raw.close()
    code, _out, err = kzpk("--user", "admin", "restore", made, env=ADMIN)
    assert code == 1 and err.startswith("error: The backup's audit trail is broken (audit "
                                        "trail: event 3 was altered after it was written; 2 "
                                        "problem(s) in all)")
    with sqlite3.connect(filled) as raw:  # not restored: the clerk is still a clerk
        assert raw.execute("SELECT role FROM user_account WHERE username = 'clerk'"
                           ).fetchone() == ("clerk",)
    raw.close()
    code, _out, err = kzpk("--user", "admin", "restore", made, "--force", env=ADMIN)
    assert code == 0
    assert err.splitlines() == [
        "warning: restored although audit trail: event 3 was altered after it was written",
        "warning: restored although deep check: user account 'clerk' (id 3): role is 'admin', "
        "but the audit trail says 'clerk' (changed outside KZPK Desktop)"]
    with sessions() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
    assert (event.username, event.action) == ("admin", "restore")
    assert '"forced": true' in event.changes and '"trail_problems": 2' in event.changes
