"""Who is acting, and what their role lets them change.

A writing session carries its user in ``session.info["actor"]`` (an
:class:`Actor`). The role rules are declared once here (:func:`required_role`)
and applied to every ORM write by the session hooks in ``tracking.py`` and to
every bulk statement run through ``Session.execute``; services that need a
finer check (approval, override, Core writes on a raw connection) call
:func:`require_role`.

The role an actor is trusted with is the one stored in ``user_account`` when
the session first checks it, so a disabled account or a changed role takes
effect at the next transaction, whatever the caller put in ``info``. While the
database has no account at all (just created by ``kzpk init``), every session
acts as the bootstrap administrator so that scripted set-up keeps working.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.engine import write_session
from ..db.models import ROLES, User
from .errors import N_, PermissionDenied

ACTOR_KEY = "actor"
_RESOLVED_KEY = "_kzpk_resolved_actor"
_ACCOUNTS_KEY = "_kzpk_has_accounts"

BOOTSTRAP_NAME = "bootstrap"
ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}

#: Reference tables: only an administrator changes them (design.md, "Users and roles").
ADMIN_TABLES = frozenset({"rank", "mission", "unit_kind", "document_kind", "personnel_category",
                          "decision", "decision_ceiling", "unit"})
#: user_account fields that signing in itself updates (counted for every user, even a viewer).
LOGIN_FIELDS = frozenset({"failed_logins", "last_failed_at"})
#: Fields a user may change on their own account (their password).
OWN_ACCOUNT_FIELDS = LOGIN_FIELDS | {"password_hash"}

CHANGE_MSG = N_("Your role ({role}) may not change records.")
DELETE_MSG = N_("Your role ({role}) may not delete records; a supervisor or an administrator may.")
REFERENCE_MSG = N_("Your role ({role}) may not change reference tables (ranks, missions, units, "
                   "Parliament decisions); only an administrator may.")
ACCOUNTS_MSG = N_("Your role ({role}) may not manage user accounts; only an administrator may.")
SETTINGS_MSG = N_("Your role ({role}) may not change the settings; only an administrator may.")
APPROVE_MSG = N_("Your role ({role}) may not approve roster entries; a supervisor or an "
                 "administrator may.")
OVERRIDE_MSG = N_("Your role ({role}) may not override eligibility rules; a supervisor or an "
                  "administrator may.")
SUPERVISOR_MSG = N_("Your role ({role}) may not do this; a supervisor or an administrator may.")
ADMIN_MSG = N_("Your role ({role}) may not do this; only an administrator may.")
FILE_MSG = N_("Your role ({role}) may not back up, restore, encrypt or decrypt the database; "
               "only an administrator may.")
SIGN_IN_MSG = N_("Sign in first: this database has user accounts, and changes are made by a "
                 "named user.")
GONE_MSG = N_("The account {username} is disabled or no longer exists; sign in again.")

_DEFAULT_MSG = {"viewer": CHANGE_MSG, "clerk": CHANGE_MSG, "supervisor": SUPERVISOR_MSG,
                "admin": ADMIN_MSG}


@dataclass(frozen=True)
class Actor:
    """A signed-in user as the services see them."""

    username: str
    role: str

    @property
    def is_bootstrap(self) -> bool:
        return self.username == BOOTSTRAP_NAME

    def may(self, minimum: str) -> bool:
        return ROLE_RANK[self.role] >= ROLE_RANK[minimum]


#: The acting user of a database that has no account yet.
BOOTSTRAP = Actor(BOOTSTRAP_NAME, "admin")


def has_accounts(session: Session) -> bool:
    return bool(session.execute(select(exists().where(User.id.is_not(None)))).scalar())


def _accounts_existed(session: Session) -> bool:
    # Remembered for the session: the transaction that creates the first
    # account stays the bootstrap administrator's until it ends.
    if _ACCOUNTS_KEY not in session.info:
        session.info[_ACCOUNTS_KEY] = has_accounts(session)
    return session.info[_ACCOUNTS_KEY]


def current_actor(session: Session) -> Actor | None:
    """The user this session acts for, with the role stored in the database.

    ``BOOTSTRAP`` while the database has no account; ``None`` when nobody (or
    a disabled or removed account) is signed in.
    """
    claimed = session.info.get(ACTOR_KEY)
    cached = session.info.get(_RESOLVED_KEY)
    if cached is not None and cached[0] is claimed:
        return cached[1]
    if claimed is None or claimed.is_bootstrap:
        resolved = None if _accounts_existed(session) else BOOTSTRAP
    else:
        row = session.execute(select(User.role, User.is_active)
                              .where(User.username == claimed.username)).first()
        resolved = Actor(claimed.username, row.role) if row is not None and row.is_active else None
    session.info[_RESOLVED_KEY] = (claimed, resolved)
    return resolved


def actor_name(session: Session) -> str:
    """The name written into audit events: the signed-in user, else what was claimed."""
    actor = current_actor(session)
    if actor is not None:
        return actor.username
    claimed = session.info.get(ACTOR_KEY)
    return claimed.username if claimed is not None else "(not signed in)"


def require_role(session: Session, minimum: str, message: str | None = None) -> Actor:
    """Return the acting user, or refuse with ``PermissionDenied`` below ``minimum``.

    ``message`` is a template with ``{role}``; the default names who may.
    """
    actor = current_actor(session)
    if actor is None:
        claimed = session.info.get(ACTOR_KEY)
        if claimed is not None and not claimed.is_bootstrap:
            raise PermissionDenied(GONE_MSG, username=claimed.username)
        raise PermissionDenied(SIGN_IN_MSG)
    if not actor.may(minimum):
        template = CHANGE_MSG if actor.role == "viewer" else (message or _DEFAULT_MSG[minimum])
        raise PermissionDenied(template, role=actor.role)
    return actor


def require_file_admin(session: Session) -> Actor:
    """The acting user, if an administrator: backups, restoring and encryption act on the
    whole file (password hashes included), so they are the administrator's (design.md)."""
    actor = require_role(session, "viewer")
    if not actor.may("admin"):
        raise PermissionDenied(FILE_MSG, role=actor.role)
    return actor


def required_role(table: str, action: str, fields: frozenset[str] = frozenset(), *,
                  tracked: bool = True, own_account: bool = False,
                  new_values: dict | None = None) -> tuple[str | None, str]:
    """The least role that may make this change, and the refusal's template.

    ``action`` is create, update or delete; ``fields`` the changed fields of an
    update; ``new_values`` their new values where a rule depends on them.
    ``None`` as the role means anyone, signed in or not (sign-in bookkeeping).
    """
    new_values = new_values or {}
    if table == "user_account":
        if action == "update" and fields and fields <= LOGIN_FIELDS:
            return None, CHANGE_MSG
        if action == "update" and own_account and fields <= OWN_ACCOUNT_FIELDS:
            return "viewer", CHANGE_MSG
        return "admin", ACCOUNTS_MSG
    if table in ADMIN_TABLES:
        return "admin", REFERENCE_MSG
    if table == "setting":
        return "admin", SETTINGS_MSG
    if action == "delete" and tracked:
        return "supervisor", DELETE_MSG
    if table == "roster_entry":
        if "*" in fields:
            # A bulk statement's statuses are not known here: it may approve, so it is judged
            # as an approval (a clerk's demo data cannot slip approved entries past the rule).
            return "supervisor", APPROVE_MSG
        if new_values.get("override_reason"):
            return "supervisor", OVERRIDE_MSG
        if "status" in fields and new_values.get("status") == "approved":
            return "supervisor", APPROVE_MSG
    return "clerk", CHANGE_MSG


def check_write(session: Session, table: str, action: str, fields: frozenset[str] = frozenset(),
                **kwargs) -> None:
    """Refuse the change unless the acting user's role allows it (see :func:`required_role`)."""
    minimum, message = required_role(table, action, fields, **kwargs)
    if minimum is not None:
        require_role(session, minimum, message)


@contextmanager
def acting(factory: sessionmaker[Session], actor: Actor | None) -> Iterator[Session]:
    """A writing transaction (``write_session``) made on behalf of ``actor``."""
    with write_session(factory) as session:
        session.info[ACTOR_KEY] = actor
        yield session


def bind_actor(factory: sessionmaker[Session], actor: Actor | None) -> None:
    """Make every later session of ``factory`` act for ``actor`` (None: sign out)."""
    factory.configure(info={ACTOR_KEY: actor} if actor is not None else {})
