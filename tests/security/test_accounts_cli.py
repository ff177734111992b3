"""`kzpk user ...`, `kzpk --user`, the bootstrap administrator and `kzpk audit` from a shell."""
from __future__ import annotations

import json

import openpyxl
import pytest
from security_helpers import PASSWORD

ADMIN = {"KZPK_PASSWORD": PASSWORD}


def test_bootstrap_creates_the_first_admin_then_needs_a_name(kzpk):
    code, out, err = kzpk("user", "add", "root", "--role", "admin", "--full-name", "Айдар",
                          stdin="first admin password\n")
    assert (code, out, err) == (0, "user added: root (admin)\n", "")
    code, out, err = kzpk("user", "add", "aidar", "--role", "clerk", stdin="another password\n")
    assert code == 1 and out == ""
    assert err == ("error: This database has user accounts: run with --user NAME (the password "
                   "from KZPK_PASSWORD or standard input).\n")
    # Both passwords on standard input: the signing-in user's first, then the new account's.
    code, out, err = kzpk("--user", "root", "user", "add", "aidar", "--role", "clerk",
                          stdin="first admin password\nanother password\n")
    assert (code, out, err) == (0, "user added: aidar (clerk)\n", "")


def test_init_and_check_stay_open_to_the_file_holder(kzpk, staff):
    assert kzpk("init")[0] == 0
    assert kzpk("check")[0] == 0


def test_a_named_user_with_kzpk_password(kzpk, staff):
    code, out, err = kzpk("--user", "admin", "user", "list", env=ADMIN)
    assert (code, err) == (0, "")
    assert out.splitlines() == ["admin\tadmin\tactive\tAdmin", "clerk\tclerk\tactive\tClerk",
                                "supervisor\tsupervisor\tactive\tSupervisor",
                                "viewer\tviewer\tactive\tViewer"]
    code, out, _ = kzpk("--user", "viewer", "user", "list", "--json", env=ADMIN)
    assert code == 0
    assert json.loads(out)[0] == {"username": "admin", "full_name": "Admin", "role": "admin",
                                  "active": True}


def test_a_wrong_password_is_refused_in_one_line(kzpk, staff):
    code, out, err = kzpk("--user", "admin", "user", "list", env={"KZPK_PASSWORD": "nope nope"})
    assert (code, out, err) == (1, "", "error: Wrong user name or password.\n")
    code, out, err = kzpk("--user", "admin", "user", "list")  # nothing on standard input
    assert (code, err) == (1, "error: expected the password on standard input\n")


def test_user_on_a_database_without_accounts_is_refused(kzpk):
    code, _out, err = kzpk("--user", "root", "user", "list", env=ADMIN)
    assert code == 1
    assert err.startswith("error: This database has no user accounts yet: run without --user")


def test_the_role_decides_what_a_command_may_do(kzpk, staff):
    code, _out, err = kzpk("--user", "viewer", "user", "add", "newbie", "--role", "clerk",
                           env=ADMIN, stdin="long enough password\n")
    assert (code, err) == (1, "error: Your role (viewer) may not change records.\n")
    code, _out, err = kzpk("--user", "clerk", "user", "disable", "viewer", env=ADMIN)
    assert (code, err) == (1, "error: Your role (clerk) may not manage user accounts; only an "
                              "administrator may.\n")


def test_user_disable(kzpk, staff):
    code, out, err = kzpk("--user", "admin", "user", "disable", "clerk", env=ADMIN)
    assert (code, out, err) == (0, "user disabled: clerk\n", "")
    code, _out, err = kzpk("--user", "clerk", "user", "list", env=ADMIN)
    assert (code, err) == (1, "error: The account clerk is disabled; ask an administrator.\n")
    code, out, _ = kzpk("--user", "admin", "user", "list", env=ADMIN)
    assert "clerk\tclerk\tdisabled\tClerk" in out.splitlines()


def test_user_add_refuses_a_short_password(kzpk, staff):
    code, _out, err = kzpk("--user", "admin", "user", "add", "newbie", "--role", "clerk",
                           env=ADMIN, stdin="short\n")
    assert (code, err) == (1, "error: password: The password must be at least 10 characters "
                              "long.\n")


@pytest.mark.parametrize("who, allowed", [("supervisor", True), ("clerk", False)])
def test_audit_export(kzpk, staff, tmp_path, who, allowed):
    kzpk("--user", "clerk", "user", "list", env={"KZPK_PASSWORD": "wrong wrong"})
    out_file = tmp_path / "audit.xlsx"
    code, out, err = kzpk("--user", who, "audit", "--user", "clerk", "--lang", "en",
                          "-o", str(out_file), env=ADMIN)
    if not allowed:
        assert (code, err) == (1, "error: Your role (clerk) may not do this; a supervisor or an "
                                  "administrator may.\n")
        assert not out_file.exists()
        return
    assert (code, err) == (0, "")
    assert out == f"audit trail written: {out_file}\n"
    ws = openpyxl.load_workbook(out_file).active
    rows = list(ws.iter_rows(values_only=True))
    header = rows.index(("No.", "When (UTC)", "User", "Action", "Record", "Changes",
                         "Record uid", "Changes, database field names"))
    events = rows[header + 1:]
    assert [(r[2], r[3], r[4], r[5], r[7]) for r in events] == [
        ("clerk", "sign-in refused", "user account clerk",
         "Reason: wrong password; Wrong passwords in a row: 1",
         "reason: wrong password; failures: 1")]
    assert "User: clerk" in [r[0] for r in rows[:header]]
    # The export itself is in the trail.
    code, out, _ = kzpk("--user", who, "audit", "-o", str(out_file), env=ADMIN)
    rows = list(openpyxl.load_workbook(out_file).active.iter_rows(values_only=True))
    assert (who, "экспорт") in [(r[2], r[3]) for r in rows]  # in the report's language


def test_audit_dates_are_checked(kzpk, staff, tmp_path):
    code, _out, err = kzpk("--user", "admin", "audit", "--since", "2026-02-30", "-o",
                           str(tmp_path / "a.xlsx"), env=ADMIN)
    assert code == 2 and "invalid date value: '2026-02-30'" in err
    code, _out, err = kzpk("--user", "admin", "audit", "--since", "2026-03-02", "--until",
                           "2026-03-01", "-o", str(tmp_path / "a.xlsx"), env=ADMIN)
    assert (code, err) == (1, "error: --until is before --since\n")
