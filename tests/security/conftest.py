"""Accounts for the security tests: one per role, hashed once per run (argon2 is slow)."""
from __future__ import annotations

import io
import sys

import pytest
from argon2 import PasswordHasher
from cli_runner import run_cli
from security_helpers import PASSWORD

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import ROLES, User
from kzpk_desktop.services.auth import Actor


@pytest.fixture(scope="session")
def password_hash():
    return PasswordHasher().hash(PASSWORD)


@pytest.fixture
def staff(sessions, password_hash):
    """Accounts named after their roles (viewer, clerk, supervisor, admin), all with PASSWORD."""
    with write_session(sessions) as s:
        for role in reversed(ROLES):  # the admin first, as the rule wants
            s.add(User(username=role, full_name=role.title(), role=role,
                       password_hash=password_hash))
    return {role: Actor(role, role) for role in ROLES}


@pytest.fixture
def kzpk(db_url, capsys, monkeypatch):
    """Run the CLI in-process: kzpk(*argv, stdin="...", env={...}) -> (code, out, err)."""
    def run(*argv, stdin: str = "", env: dict | None = None):
        for name in ("KZPK_PASSWORD", "KZPK_PASSPHRASE"):
            monkeypatch.delenv(name, raising=False)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return run_cli(capsys, "--db", db_url, *argv)
    return run
