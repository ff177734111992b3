"""Accounts: rules for names and passwords, signing in, slowing down guessing, disabling."""
from __future__ import annotations

import datetime as dt

import pytest
from security_helpers import PASSWORD
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import User
from kzpk_desktop.services import accounts
from kzpk_desktop.services.accounts import LoginRefused, sign_in
from kzpk_desktop.services.audit import EventFilter, search_events
from kzpk_desktop.services.auth import BOOTSTRAP, Actor, acting, current_actor
from kzpk_desktop.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError

T0 = dt.datetime(2026, 3, 2, 9, 0, 0)


def texts(exc) -> list[str]:
    return [p.text for p in exc.value.problems]


def test_a_new_database_is_run_by_the_bootstrap_administrator(sessions):
    with write_session(sessions) as s:
        assert current_actor(s) == BOOTSTRAP
        with pytest.raises(ValidationError) as exc:
            accounts.create_user(s, "clerk1", "long enough password", "clerk")
        assert texts(exc) == ["The first account must be an administrator."]
        accounts.create_user(s, "Root", "long enough password", "admin", "Айдар Сейтов")
        # The transaction that made the first account stays the bootstrap one.
        accounts.create_user(s, "clerk1", "long enough password", "clerk")
    with sessions() as s:
        assert [(u.username, u.role, u.full_name) for u in accounts.list_users(s)] == [
            ("clerk1", "clerk", ""), ("root", "admin", "Айдар Сейтов")]
        assert current_actor(s) is None  # nobody signed in any more
        made = search_events(s, EventFilter(action="create"), newest_first=False)
        assert [(e.username, e.changes["username"][1]) for e in made] == [
            ("bootstrap", "root"), ("bootstrap", "clerk1")]


@pytest.mark.parametrize("name, password, role, expected", [
    ("ab", "long enough password", "admin",
     ["A user name is 3 to 60 characters: Latin letters, digits, '.', '_' or '-', starting with "
      "a letter."]),
    ("айдар", "long enough password", "admin",
     ["A user name is 3 to 60 characters: Latin letters, digits, '.', '_' or '-', starting with "
      "a letter."]),
    ("bootstrap", "long enough password", "admin",
     ["The name bootstrap is reserved; choose another."]),
    ("aidar", "short", "admin", ["The password must be at least 10 characters long."]),
    ("aidar", "Aidar", "admin", ["The password must be at least 10 characters long."]),
    ("aidar.sei", "aidar.sei ", "admin", ["The password must not be the user name."]),
    ("aidar", "long enough password", "boss", ["The role must be one of: viewer, clerk, "
                                               "supervisor, admin."]),
])
def test_account_rules(sessions, name, password, role, expected):
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        accounts.create_user(s, name, password, role)
    assert texts(exc) == expected


def test_user_names_are_unique_whatever_the_case(sessions, staff):
    with pytest.raises(ValidationError) as exc, acting(sessions, staff["admin"]) as s:
        accounts.create_user(s, " Clerk ", "long enough password", "clerk")
    assert texts(exc) == ["The user name clerk is taken."]


def test_signing_in_returns_the_actor_and_is_audited(sessions, staff):
    assert sign_in(sessions, "Supervisor", PASSWORD, now=T0) == Actor("supervisor", "supervisor")
    with sessions() as s:
        [event] = search_events(s, EventFilter(action="login"))
    assert (event.username, event.entity) == ("supervisor", "user_account")


@pytest.mark.parametrize("name", ["clerk", "nobody"])
def test_a_wrong_password_or_unknown_name_get_the_same_answer(sessions, staff, name):
    with pytest.raises(LoginRefused) as exc:
        sign_in(sessions, name, "not the password", now=T0)
    assert str(exc.value) == "Wrong user name or password."
    with sessions() as s:
        [event] = search_events(s, EventFilter(action="login_failed"))
    assert event.username == name
    assert event.changes["reason"] == ("wrong password" if name == "clerk" else "unknown user")


def test_repeated_wrong_passwords_slow_signing_in_down(sessions, staff):
    now = T0
    for _ in range(2):
        with pytest.raises(LoginRefused, match="^Wrong user name or password.$"):
            sign_in(sessions, "clerk", "guess guess guess", now=now)
    # The third failure in a row: one second before anything is checked again.
    with pytest.raises(LoginRefused) as exc:
        sign_in(sessions, "clerk", "guess guess guess", now=now)
    assert str(exc.value) == "Too many wrong passwords; try again in 1 seconds."
    assert exc.value.retry_after == 1
    # Even the right password is not looked at while the account waits...
    with pytest.raises(LoginRefused, match="try again in 1 seconds"):
        sign_in(sessions, "clerk", PASSWORD, now=now + dt.timedelta(milliseconds=200))
    # ...and then it works, and the count starts again.
    assert sign_in(sessions, "clerk", PASSWORD, now=now + dt.timedelta(seconds=1)).role == "clerk"
    with sessions() as s:
        user = s.execute(select(User).where(User.username == "clerk")).scalar_one()
        assert (user.failed_logins, user.last_failed_at) == (0, None)


def test_the_wait_doubles_up_to_thirty_seconds(sessions, staff):
    now, waits = T0, []
    for _ in range(9):
        with pytest.raises(LoginRefused) as exc:
            sign_in(sessions, "viewer", "guess guess guess", now=now)
        waits.append(exc.value.retry_after)
        now += dt.timedelta(seconds=exc.value.retry_after)
    assert waits == [0, 0, 1, 2, 4, 8, 16, 30, 30]
    with sessions() as s:
        failures = search_events(s, EventFilter(action="login_failed"), newest_first=False)
    assert [e.changes["failures"] for e in failures] == list(range(1, 10))


def test_a_disabled_account_cannot_sign_in(sessions, staff):
    with acting(sessions, staff["admin"]) as s:
        accounts.disable_user(s, "clerk")
    with pytest.raises(LoginRefused) as exc:
        sign_in(sessions, "clerk", PASSWORD, now=T0)
    assert str(exc.value) == "The account clerk is disabled; ask an administrator."
    with pytest.raises(LoginRefused, match="^Wrong user name or password.$"):
        sign_in(sessions, "clerk", "not the password", now=T0)
    with acting(sessions, staff["admin"]) as s:
        accounts.enable_user(s, "clerk")
    assert sign_in(sessions, "clerk", PASSWORD, now=T0) == Actor("clerk", "clerk")


def test_the_last_administrator_stays(sessions, staff):
    with pytest.raises(ServiceError) as exc, acting(sessions, staff["admin"]) as s:
        accounts.disable_user(s, "admin")
    assert str(exc.value) == ("admin is the last active administrator; make another "
                              "administrator first.")
    with pytest.raises(ServiceError), acting(sessions, staff["admin"]) as s:
        accounts.set_role(s, "admin", "clerk")
    with acting(sessions, staff["admin"]) as s:
        accounts.set_role(s, "supervisor", "admin")
        accounts.disable_user(s, "admin")
    with pytest.raises(NotFound, match="^There is no user named ghost.$"), \
            acting(sessions, staff["supervisor"]) as s:
        accounts.disable_user(s, "ghost")


def test_everyone_changes_their_own_password_and_only_theirs(sessions, staff):
    with acting(sessions, staff["viewer"]) as s:
        with pytest.raises(ValidationError) as exc:
            accounts.change_password(s, "viewer", "not the password", "a new long password")
        assert texts(exc) == ["The current password is wrong."]
        accounts.change_password(s, "viewer", PASSWORD, "a new long password")
    assert sign_in(sessions, "viewer", "a new long password", now=T0).role == "viewer"
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["viewer"]) as s:
        accounts.change_password(s, "clerk", PASSWORD, "a new long password")
    assert str(exc.value) == "Your role (viewer) may not change records."
    with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["supervisor"]) as s:
        accounts.reset_password(s, "clerk", "a new long password")
    assert str(exc.value) == ("Your role (supervisor) may not manage user accounts; only an "
                              "administrator may.")
    with acting(sessions, staff["admin"]) as s:
        accounts.reset_password(s, "clerk", "reset by the admin")
    assert sign_in(sessions, "clerk", "reset by the admin", now=T0).role == "clerk"
