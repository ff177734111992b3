"""Every command x every role x {no user, a disabled account, a wrong password}.

Each command has the least role that may run it. A signed-in user at or above
it succeeds; below it, and without a valid sign-in, the command is refused in
one line (exit 1) and changes nothing: no file written, the database neither
encrypted nor filled, no records added. (Issue 17's adversarial pass found 18
of 123 attempts above the caller's rights going through; this is its table.)
"""
from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from cli_runner import run_cli
from security_helpers import PASSWORD
from sqlalchemy import func, select

from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import ROLES, RosterEntry, Rotation, Serviceman, User
from kzpk_desktop.services import backup, demo
from kzpk_desktop.services.encryption import is_encrypted_file

pytestmark = pytest.mark.sqlite_only  # backups, restore and encryption are of files


@pytest.fixture(scope="module")
def _matrix_template(_template_db, tmp_path_factory, password_hash):
    """Demo data made by the bootstrap administrator, then one account per role and a
    disabled administrator; a backup of it for ``restore``."""
    folder = tmp_path_factory.mktemp("matrix")
    path = folder / "kzpk.sqlite"
    shutil.copyfile(_template_db, path)
    engine = make_engine(f"sqlite:///{path}")
    sessions = make_session_factory(engine)
    demo.generate(sessions, servicemen=40, seed=4)
    with write_session(sessions) as s:
        for role in reversed(ROLES):
            s.add(User(username=role, full_name=role.title(), role=role,
                       password_hash=password_hash))
        s.add(User(username="gone", full_name="Gone", role="admin", password_hash=password_hash,
                   is_active=False))
    made = backup.backup(engine, folder / "made-before.sqlite")
    with sessions() as s:
        rotation = s.execute(select(Rotation.id).where(Rotation.status == "planning")
                             .order_by(Rotation.id)).scalars().first()
        on_it = set(s.execute(select(RosterEntry.serviceman_id)
                              .where(RosterEntry.rotation_id == rotation)).scalars())
        free = s.execute(select(Serviceman.iin).where(Serviceman.id.not_in(on_it))
                         .order_by(Serviceman.id)).scalars().first()
        entry = s.execute(select(Serviceman.iin, RosterEntry.rotation_id).join(
            RosterEntry, RosterEntry.serviceman_id == Serviceman.id)
            .where(RosterEntry.status.in_(("nominated", "approved"))).order_by(RosterEntry.id)).first()
    engine.dispose()
    return path, made, {"rotation": rotation, "free_iin": free, "nominated_iin": entry.iin,
                        "nominated_rotation": entry.rotation_id}


def _commands(facts: dict, out: Path, made: Path) -> dict[str, tuple[str, list[str], str]]:
    """name -> (least role, arguments, what a success leaves behind: a file or a check)."""
    rot, iin = str(facts["rotation"]), facts["free_iin"]
    return {
        "backup": ("admin", ["backup", "-o", str(out)], "file"),
        "restore": ("admin", ["restore", str(made)], "restored"),
        "encrypt": ("admin", ["encrypt"], "encrypted"),
        "demo": ("admin", ["demo", "--servicemen", "3", "--yes"], "servicemen"),
        "user add": ("admin", ["user", "add", "newbie", "--role", "clerk"], "users"),
        "user disable": ("admin", ["user", "disable", "viewer"], "disabled"),
        "audit": ("supervisor", ["audit", "-o", str(out)], "file"),
        "audit anchor": ("viewer", ["audit", "anchor", "-o", str(out)], "file"),
        "export expiring": ("viewer", ["export", "expiring", "--within", "30", "-o", str(out)],
                            "file"),
        "export nominal-roll": ("viewer", ["export", "nominal-roll", "--rotation", rot, "-o",
                                           str(out)], "file"),
        "rotation list": ("viewer", ["rotation", "list", "--json"], "output"),
        "roster list": ("viewer", ["roster", "list", "--rotation", rot, "--json"], "output"),
        "roster add": ("clerk", ["roster", "add", "--rotation", rot, "--iin", iin],
                       "roster"),
        "roster set-status": ("clerk", ["roster", "set-status", "--rotation",
                                        str(facts["nominated_rotation"]), "--iin",
                                        facts["nominated_iin"], "--status", "withdrawn"],
                              "withdrawn"),
    }


COMMANDS = ["backup", "restore", "encrypt", "demo", "user add", "user disable", "audit",
            "audit anchor", "export expiring", "export nominal-roll", "rotation list",
            "roster list", "roster add", "roster set-status"]
#: (signing in as, the password): the four roles, then the three ways of not being signed in.
CALLERS = [(role, PASSWORD) for role in ROLES] + [(None, None), ("gone", PASSWORD),
                                                  ("admin", "not the password")]
RANK = {role: n for n, role in enumerate(ROLES)}


def _state(path: Path) -> dict:
    import sqlite3

    if is_encrypted_file(path):
        return {"encrypted": True}
    with sqlite3.connect(path) as raw:
        one = lambda sql: raw.execute(sql).fetchone()[0]  # noqa: E731
        state = {"encrypted": False,
                 "servicemen": one("SELECT count(*) FROM serviceman"),
                 "users": one("SELECT count(*) FROM user_account"),
                 "active": one("SELECT count(*) FROM user_account WHERE is_active"),
                 "roster": one("SELECT count(*) FROM roster_entry"),
                 "withdrawn": one("SELECT count(*) FROM roster_entry WHERE status = 'withdrawn'"),
                 "marker": one("SELECT count(*) FROM setting WHERE key = 'matrix_marker'")}
    raw.close()
    return state


@pytest.mark.parametrize("caller", CALLERS, ids=lambda c: f"{c[0]}-{'ok' if c[1] == PASSWORD else 'wrong' if c[1] else 'none'}")
@pytest.mark.parametrize("command", COMMANDS)
def test_command_by_caller(command, caller, _matrix_template, tmp_path, capsys, monkeypatch):
    template, made, facts = _matrix_template
    path = tmp_path / "kzpk.sqlite"
    shutil.copyfile(template, path)
    import sqlite3

    with sqlite3.connect(path) as raw:  # restore is seen to work when this row goes away
        raw.execute("INSERT INTO setting (key, value) VALUES ('matrix_marker', '1')")
    raw.close()
    out = tmp_path / "out.xlsx"
    least, args, effect = _commands(facts, out, made)[command]
    user, password = caller
    env = {"KZPK_PASSPHRASE": "a long enough passphrase"}
    if password is not None:
        env["KZPK_PASSWORD"] = password
    monkeypatch.delenv("KZPK_PASSWORD", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # New accounts' passwords come from standard input.
    monkeypatch.setattr(sys, "stdin", io.StringIO("a new account's password\n"))
    before = _state(path)
    argv = ["--db", str(path)] + (["--user", user] if user else []) + args
    code, stdout, stderr = run_cli(capsys, *argv)
    allowed = user in RANK and password == PASSWORD and RANK[user] >= RANK[least]
    assert "Traceback" not in stderr
    if allowed:
        assert code == 0, stderr
        after = _state(path)
        if effect == "file":
            assert out.is_file()
        elif effect == "encrypted":
            assert after == {"encrypted": True}
        elif effect == "restored":
            assert after["marker"] == 0
        elif effect == "output":
            assert stdout.startswith("[")
        elif effect in ("servicemen", "users", "roster", "withdrawn"):
            assert after[effect] > before[effect]
        elif effect == "disabled":
            assert after["active"] == before["active"] - 1
        return
    assert code == 1
    assert len(stderr.splitlines()) == 1 and stderr.startswith("error: ")
    if user is None:
        assert "run with --user NAME" in stderr
    elif user == "gone":
        assert stderr == "error: The account gone is disabled; ask an administrator.\n"
    elif password != PASSWORD:
        assert stderr == "error: Wrong user name or password.\n"
    else:
        assert f"Your role ({user})" in stderr
    after = _state(path)
    assert {k: v for k, v in after.items() if k != "marker"} == \
        {k: v for k, v in before.items() if k != "marker"}
    assert after["marker"] == 1
    assert not out.exists()
