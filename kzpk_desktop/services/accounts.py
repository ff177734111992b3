"""Local user accounts: creating, signing in, disabling, passwords.

Passwords are hashed with argon2id (argon2-cffi's defaults, RFC 9106's
low-memory profile); no default password exists anywhere. The first account
of a database must be an administrator, created by the bootstrap
administrator (``auth.BOOTSTRAP``) that every session acts as until then.

Repeated wrong passwords slow signing in down: after the third failure in a
row, the account takes no password at all for 2^(n-3) seconds (n failures,
capped at 30), so guessing costs time even from a script. Sign-in outcomes are
audited; the counters live on the account row.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.base import utcnow
from ..db.engine import write_session
from ..db.models import ROLES, AuditEvent, User
from .audit import audit_event
from .auth import ACCOUNTS_MSG, ACTOR_KEY, BOOTSTRAP_NAME, Actor, has_accounts, require_role
from .errors import N_, NotFound, Problem, ServiceError, ValidationError

PASSWORD_MIN_LENGTH = 10
#: Far beyond any phrase a person types; a 10 MB "password" is a mistake or an attack.
PASSWORD_MAX_LENGTH = 128
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 30
USERNAME_RE = re.compile(r"^[a-z][a-z0-9._-]{2,59}$")
RESERVED_NAMES = frozenset({BOOTSTRAP_NAME, "admin-bootstrap", "system"})

_HASHER = PasswordHasher()  # stateless parameters, not application state


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user name is unknown, so both answers take as long."""
    return _HASHER.hash("not a password of anyone")


class LoginRefused(ServiceError):
    """Signing in failed; ``retry_after`` seconds to wait when slowed down (else 0)."""

    def __init__(self, template: str, retry_after: int = 0, **args) -> None:
        super().__init__(template, **args)
        self.retry_after = retry_after


WRONG_MSG = N_("Wrong user name or password.")
DISABLED_MSG = N_("The account {username} is disabled; ask an administrator.")
SLOWED_MSG = N_("Too many wrong passwords; try again in {seconds} seconds.")


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    role: str
    is_active: bool
    created_at: dt.datetime
    failed_logins: int


# --- rules -----------------------------------------------------------------------------------

def normalize_username(name: str) -> str:
    return (name or "").strip().lower()


def username_problems(name: str) -> list[Problem]:
    if not USERNAME_RE.match(name):
        return [Problem("username", N_(
            "A user name is 3 to 60 characters: Latin letters, digits, '.', '_' or '-', "
            "starting with a letter."))]
    if name in RESERVED_NAMES:
        return [Problem("username", N_("The name {username} is reserved; choose another."),
                        {"username": name})]
    return []


def has_control_characters(text: str) -> bool:
    """Control characters (NUL, tab, line breaks...) or undecodable bytes (surrogates)."""
    return any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)


def password_problems(password: str, username: str = "") -> list[Problem]:
    if len(password or "") < PASSWORD_MIN_LENGTH:
        return [Problem("password", N_("The password must be at least {n} characters long."),
                        {"n": PASSWORD_MIN_LENGTH})]
    if len(password) > PASSWORD_MAX_LENGTH:
        return [Problem("password", N_("The password must be at most {n} characters long."),
                        {"n": PASSWORD_MAX_LENGTH})]
    if has_control_characters(password):
        return [Problem("password", N_("The password must not contain control characters "
                                       "(a tab, a line break, a NUL byte) or undecodable bytes."))]
    if username and password.strip().lower() == username:
        return [Problem("password", N_("The password must not be the user name."))]
    return []


def slowdown_seconds(failures: int) -> int:
    """How long an account waits after ``failures`` wrong passwords in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS)


# --- managing accounts -----------------------------------------------------------------------

def create_user(session: Session, username: str, password: str, role: str,
                full_name: str = "") -> User:
    """Add an account (an administrator's act; the bootstrap one's for the first account)."""
    require_role(session, "admin", ACCOUNTS_MSG)
    name = normalize_username(username)
    problems = username_problems(name) + password_problems(password, name)
    if role not in ROLES:
        problems.append(Problem("role", N_("The role must be one of: {roles}."),
                                {"roles": ", ".join(ROLES)}))
    elif role != "admin" and not has_accounts(session):
        problems.append(Problem("role", N_("The first account must be an administrator.")))
    if not problems and _get(session, name) is not None:
        problems.append(Problem("username", N_("The user name {username} is taken."),
                                {"username": name}))
    if problems:
        raise ValidationError(problems)
    user = User(username=name, full_name=(full_name or "").strip(), role=role,
                password_hash=_HASHER.hash(password), is_active=True, failed_logins=0)
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[UserRow]:
    rows = session.execute(select(User.username, User.full_name, User.role, User.is_active,
                                  User.created_at, User.failed_logins).order_by(User.username))
    return [UserRow(*r) for r in rows]


def disable_user(session: Session, username: str) -> User:
    require_role(session, "admin", ACCOUNTS_MSG)
    user = _existing(session, username)
    _keep_an_admin(session, user)
    user.is_active = False
    session.flush()
    return user


def enable_user(session: Session, username: str) -> User:
    require_role(session, "admin", ACCOUNTS_MSG)
    user = _existing(session, username)
    user.is_active, user.failed_logins, user.last_failed_at = True, 0, None
    session.flush()
    return user


def set_role(session: Session, username: str, role: str) -> User:
    require_role(session, "admin", ACCOUNTS_MSG)
    if role not in ROLES:
        raise ValidationError([Problem("role", N_("The role must be one of: {roles}."),
                                       {"roles": ", ".join(ROLES)})])
    user = _existing(session, username)
    if role != "admin":
        _keep_an_admin(session, user)
    user.role = role
    session.flush()
    return user


def set_full_name(session: Session, username: str, full_name: str) -> User:
    """The name the reports print as who generated them (an administrator sets it)."""
    require_role(session, "admin", ACCOUNTS_MSG)
    user = _existing(session, username)
    user.full_name = " ".join((full_name or "").split())
    session.flush()
    return user


def change_password(session: Session, username: str, old_password: str, new_password: str) -> None:
    """A user changes their own password (the old one proves it is them)."""
    user = _existing(session, username)
    if not _verify(user.password_hash, old_password):
        raise ValidationError([Problem("old_password", N_("The current password is wrong."))])
    _set_password(session, user, new_password)


def reset_password(session: Session, username: str, new_password: str) -> None:
    """An administrator sets someone's password (the user forgot theirs)."""
    require_role(session, "admin", ACCOUNTS_MSG)
    _set_password(session, _existing(session, username), new_password)


def _set_password(session: Session, user: User, password: str) -> None:
    problems = password_problems(password, user.username)
    if problems:
        raise ValidationError(problems)
    user.password_hash = _HASHER.hash(password)
    user.failed_logins, user.last_failed_at = 0, None
    session.flush()


def _keep_an_admin(session: Session, user: User) -> None:
    if user.role != "admin" or not user.is_active:
        return
    others = session.execute(select(func.count(User.id)).where(
        User.role == "admin", User.is_active.is_(True), User.id != user.id)).scalar_one()
    if not others:
        raise ServiceError(N_("{username} is the last active administrator; make another "
                              "administrator first."), username=user.username)


def _get(session: Session, name: str) -> User | None:
    return session.execute(select(User).where(User.username == name)).scalar_one_or_none()


def _existing(session: Session, username: str) -> User:
    user = _get(session, normalize_username(username))
    if user is None:
        raise NotFound(N_("There is no user named {username}."), username=username)
    return user


# --- signing in ------------------------------------------------------------------------------

def authenticate(session: Session, username: str, password: str, *,
                 now: dt.datetime | None = None) -> Actor | LoginRefused:
    """Check a sign-in and record its outcome in ``session``; never raises for a refusal.

    Returns the signed-in :class:`Actor`, or the :class:`LoginRefused` to show,
    so that the caller commits the failure count before raising it. While the
    account is slowed down the password is not even checked.
    """
    now = now or utcnow()
    name = normalize_username(username)
    user = _get(session, name)
    if user is None:
        # An unknown name is slowed down exactly like a known one (its failures are
        # counted from the trail), so the answers do not tell which names exist.
        shown = (name or "(empty)")[:60]
        failures, last = _unknown_failures(session, shown)
        wait = _wait(failures, last, now)
        if wait:
            return LoginRefused(SLOWED_MSG, retry_after=wait, seconds=wait)
        _verify(_dummy_hash(), password)
        audit_event(session, "login_failed", details={"reason": "unknown user"},
                    username=shown)
        wait = slowdown_seconds(failures + 1)
        if wait:
            return LoginRefused(SLOWED_MSG, retry_after=wait, seconds=wait)
        return LoginRefused(WRONG_MSG)
    wait = _remaining_wait(user, now)
    if wait:
        return LoginRefused(SLOWED_MSG, retry_after=wait, seconds=wait)
    if not _verify(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        user.last_failed_at = now
        session.flush()
        audit_event(session, "login_failed", "user_account", user.uid,
                    details={"reason": "wrong password", "failures": user.failed_logins},
                    username=name)
        wait = slowdown_seconds(user.failed_logins)
        if wait:
            return LoginRefused(SLOWED_MSG, retry_after=wait, seconds=wait)
        return LoginRefused(WRONG_MSG)
    if not user.is_active:
        audit_event(session, "login_failed", "user_account", user.uid,
                    details={"reason": "account disabled"}, username=name)
        return LoginRefused(DISABLED_MSG, username=name)
    if user.failed_logins:
        user.failed_logins, user.last_failed_at = 0, None
        session.flush()
    audit_event(session, "login", "user_account", user.uid, username=name)
    if _HASHER.check_needs_rehash(user.password_hash):
        # Parameters grew stronger since the hash was made: renew it as this user.
        session.info["actor"] = Actor(name, user.role)
        user.password_hash = _HASHER.hash(password)
        session.flush()
    return Actor(name, user.role)


def record_sign_out(session: Session) -> None:
    """The session's user signs out: the end of what their last "login" began (a sign-out
    chosen while an unlock was committing follows that unlock's login)."""
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        return
    uid = session.execute(select(User.uid).where(User.username == actor.username)).scalar()
    audit_event(session, "logout", "user_account", uid, username=actor.username)


def sign_in(factory: sessionmaker[Session], username: str, password: str, *,
            now: dt.datetime | None = None) -> Actor:
    """Sign in in a transaction of its own; raise :class:`LoginRefused` after committing it."""
    with write_session(factory) as session:
        outcome = authenticate(session, username, password, now=now)
    if isinstance(outcome, LoginRefused):
        raise outcome
    return outcome


def _remaining_wait(user: User, now: dt.datetime) -> int:
    return _wait(user.failed_logins or 0, user.last_failed_at, now)


def _wait(failures: int, last_failed_at: dt.datetime | None, now: dt.datetime) -> int:
    delay = slowdown_seconds(failures)
    if not delay or last_failed_at is None:
        return 0
    left = (last_failed_at + dt.timedelta(seconds=delay) - now).total_seconds()
    return max(0, math.ceil(left))


def _unknown_failures(session: Session, name: str) -> tuple[int, dt.datetime | None]:
    """Failed sign-ins under a name no account has: how many, and the last one's time."""
    count, last = session.execute(
        select(func.count(AuditEvent.id), func.max(AuditEvent.at))
        .where(AuditEvent.action == "login_failed", AuditEvent.username == name,
               AuditEvent.entity.is_(None))).one()
    return count, last


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password or "")
    except (VerificationError, InvalidHashError):
        return False


def check_credentials(conn, username: str, password: str, *,
                      now: dt.datetime | None = None) -> Actor:
    """A sign-in that writes nothing, for a database that must not be written (damaged, or of
    a newer version, about to be restored over): the account's password, state and slow-down
    are checked; raise :class:`LoginRefused` as :func:`authenticate` would answer."""
    now = now or utcnow()
    name = normalize_username(username)
    t = User.__table__
    row = conn.execute(select(t.c.password_hash, t.c.role, t.c.is_active, t.c.failed_logins,
                              t.c.last_failed_at).where(t.c.username == name)).first()
    if row is None:
        _verify(_dummy_hash(), password)
        raise LoginRefused(WRONG_MSG)
    wait = _wait(row.failed_logins or 0, row.last_failed_at, now)
    if wait:
        raise LoginRefused(SLOWED_MSG, retry_after=wait, seconds=wait)
    if not _verify(row.password_hash, password):
        raise LoginRefused(WRONG_MSG)
    if not row.is_active:
        raise LoginRefused(DISABLED_MSG, username=name)
    return Actor(name, row.role)
