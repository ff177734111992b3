"""This office's identity, the cards of other offices, and trust.

An office is set up once (``kzpk office init``): a code, a name, a role
(the ministry, or a field office) and two key pairs made by ``cryptography``
(Ed25519 to sign packages, X25519 to receive encrypted ones). Its public card
is given to the other side once and compared over the phone by its short
fingerprint. The identity is bound to where the database lives: a copy of the
file elsewhere, or a backup restored over it, would speak with the identity
of a database that has moved on, so it refuses to export until it is enrolled
again under a new code.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, insert, select, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from ...db.models import ExchangeOffice
from .. import auth
from ..audit import audit_event
from ..errors import N_, NotFound, ServiceError
from . import capture
from .entities import ENTITIES

_T = ExchangeOffice.__table__
CARD_KIND = "kzpk-office-card"
_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,15}$")
MAX_CARD_BYTES = 4096


class ExchangeError(ServiceError):
    """A refusal of the exchange (exit 1)."""


@dataclass(frozen=True)
class Office:
    code: str
    name: str
    role: str
    sign_public: str
    box_public: str
    is_self: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.code, self.sign_public, self.box_public)


def fingerprint(code: str, sign_public: str, box_public: str) -> str:
    """20 characters in groups of four, easy to read over the phone (base32: no 0/O, 1/I)."""
    digest = hashlib.sha256(f"{CARD_KIND}|{code}|{sign_public}|{box_public}".encode()).digest()
    text = base64.b32encode(digest).decode()[:20]
    return "-".join(text[i:i + 4] for i in range(0, 20, 4))


def location(url: URL) -> str:
    """Where a database lives, as the identity is bound to it."""
    if url.get_backend_name() == "sqlite":
        return "file:" + str(Path(url.database or "").resolve())
    return f"{url.get_backend_name()}://{url.host or ''}:{url.port or ''}/{url.database or ''}"


def _hex_public(key) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def _hex_private(key) -> str:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption()).hex()


def _row_office(r) -> Office:
    return Office(r.code, r.name, r.role, r.sign_public, r.box_public, bool(r.is_self))


def self_row(conn: Connection):
    return conn.execute(select(_T).where(_T.c.is_self.is_(True))).first()


def this_office(session: Session) -> Office | None:
    row = self_row(session.connection())
    return None if row is None else _row_office(row)


def role_of_this_office(session: Session) -> str | None:
    row = self_row(session.connection())
    return None if row is None else row.role


def peers(session: Session) -> list:
    return session.connection().execute(
        select(_T).where(_T.c.is_self.is_(False)).order_by(_T.c.role.desc(), _T.c.code)).all()


def peer_row(conn: Connection, code: str):
    return conn.execute(select(_T).where(_T.c.code == code, _T.c.is_self.is_(False))).first()


def init_office(session: Session, *, code: str, name: str = "", ministry: bool = False) -> Office:
    """Set this database up as an office (once), or enrol a copied/restored one again."""
    auth.require_role(session, "admin")
    code = (code or "").strip().upper()
    if not _CODE_RE.match(code):
        raise ExchangeError(N_("An office code is 1-16 capital letters, digits, '-' or '_' "
                               "(for example MOD or FIELD-UNIFIL)."))
    if not ministry and not (name or "").strip():
        raise ExchangeError(N_("A field office needs a name (--name)."))
    conn = session.connection()
    current = self_row(conn)
    if current is not None and not current.needs_enrolment:
        raise ExchangeError(N_("This database is already office {code}; an office keeps its "
                               "identity."), code=current.code)
    if current is not None:
        if code == current.code:
            raise ExchangeError(N_("This database is a copy or a restored backup of office "
                                   "{code}; enrol it under a new code."), code=code)
        if ministry != (current.role == "ministry"):
            raise ExchangeError(N_("A re-enrolled office keeps its role ({role})."),
                                role=current.role)
    if peer_row(conn, code) is not None:
        raise ExchangeError(N_("Office code {code} is already used by a trusted office."),
                            code=code)
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    values = {"code": code, "name": (name or "").strip() or code,
              "role": "ministry" if ministry else "field", "is_self": True,
              "sign_public": _hex_public(sign), "box_public": _hex_public(box),
              "sign_private": _hex_private(sign), "box_private": _hex_private(box),
              "bound_to": location(session.get_bind().url), "needs_enrolment": False}
    if current is None:
        conn.execute(insert(_T).values(**values, change_seq=0))
        # Records written before the office existed go in its first package. A field
        # office leaves the reference data seeded by the schema to the ministry.
        entities = [e.name for e in ENTITIES if ministry or not e.ministry_only]
        capture.reconcile(conn, entities)
    else:
        # A new identity: peers will see a new office, so nothing counts as sent or received.
        conn.execute(update(_T).where(_T.c.id == current.id).values(**values))
        conn.execute(update(_T).where(_T.c.is_self.is_(False)).values(
            sent_seq=0, sent_hash=None, sent_at=None, acked_changes=0, acked_package=0,
            acked_at=None, acked_audit_id=0, acked_audit_hash=None, received_seq=0,
            received_hash=None, received_at=None, received_changes=0))
    audit_event(session, "office_init", "exchange_office", None,
                details={"code": code, "role": values["role"],
                         "fingerprint": fingerprint(code, values["sign_public"],
                                                    values["box_public"])})
    return this_office(session)


def require_self(session: Session, *, exporting: bool = False):
    row = self_row(session.connection())
    if row is None:
        raise ExchangeError(N_("This database is not an office yet: run 'kzpk office init' "
                               "first."))
    if exporting:
        here = location(session.get_bind().url)
        if row.needs_enrolment or (row.bound_to and row.bound_to != here):
            raise ExchangeError(N_("This database is a copy or a restored backup of office "
                                   "{code}; it may not send packages under that identity. "
                                   "Enrol it again with 'kzpk office init' and a new code."),
                                code=row.code)
    return row


def card(session: Session) -> bytes:
    row = require_self(session, exporting=True)
    body = {"kind": CARD_KIND, "version": 1, "code": row.code, "name": row.name,
            "role": row.role, "sign_public": row.sign_public, "box_public": row.box_public}
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_card(data: bytes) -> Office:
    try:
        if len(data) > MAX_CARD_BYTES:
            raise ValueError
        body = json.loads(data.decode("utf-8"))
        if body.get("kind") != CARD_KIND or body.get("role") not in ("ministry", "field"):
            raise ValueError
        code, sign_pub, box_pub = body["code"], body["sign_public"], body["box_public"]
        if not (isinstance(code, str) and _CODE_RE.match(code)):
            raise ValueError
        if len(bytes.fromhex(sign_pub)) != 32 or len(bytes.fromhex(box_pub)) != 32:
            raise ValueError
        return Office(code, str(body.get("name") or code)[:200], body["role"], sign_pub, box_pub)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise ExchangeError(N_("The file is not an office card.")) from None


def trust(session: Session, data: bytes) -> Office:
    """Trust another office's card (the clerk compared its fingerprint first)."""
    auth.require_role(session, "admin")
    office = read_card(data)
    me = require_self(session)
    conn = session.connection()
    if office.code == me.code or office.sign_public == me.sign_public:
        raise ExchangeError(N_("This is this office's own card; trust the other office's."))
    if office.role == me.role:
        raise ExchangeError(N_("Office {code} is also a {role} office; field offices exchange "
                               "with the ministry only."), code=office.code, role=office.role)
    if office.role == "ministry":
        other = conn.execute(select(_T.c.code).where(_T.c.is_self.is_(False),
                                                     _T.c.role == "ministry")).scalar()
        if other is not None and other != office.code:
            raise ExchangeError(N_("This office already trusts the ministry as {code}."),
                                code=other)
    existing = peer_row(conn, office.code)
    if existing is not None:
        if (existing.sign_public, existing.box_public) != (office.sign_public, office.box_public):
            raise ExchangeError(N_("Office {code} is already trusted with other keys; a "
                                   "re-enrolled office comes back under a new code."),
                                code=office.code)
        return office
    conn.execute(insert(_T).values(code=office.code, name=office.name, role=office.role,
                                   is_self=False, sign_public=office.sign_public,
                                   box_public=office.box_public, change_seq=0))
    audit_event(session, "office_trust", "exchange_office", None,
                details={"code": office.code, "role": office.role,
                         "fingerprint": office.fingerprint})
    return office


def require_peer(session: Session, code: str):
    row = peer_row(session.connection(), (code or "").strip().upper())
    if row is None:
        raise NotFound(N_("This office does not trust an office {code}; trust its card first "
                          "('kzpk office trust')."), code=code)
    return row


def mark_restored_file(conn) -> None:
    """On a raw DB-API connection to a restored file: its identity must be enrolled again."""
    from ..encryption import database_errors

    try:
        conn.execute("UPDATE exchange_office SET needs_enrolment = 1 WHERE is_self = 1")
        conn.commit()
    except database_errors():  # a backup older than the exchange: no identity to mark
        pass
