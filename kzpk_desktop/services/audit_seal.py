"""The workstation's seal on audit events: what someone who has only the database cannot forge.

The chain hash (audit.py) proves that events were not edited, removed or
reordered *between* each other, but anyone who can write the database can
append an event, or rewrite the tail, with the code's own hash function. So
each event also carries ``seal = HMAC-SHA256(key, hash)`` and ``sealed_by``
(the key's id, the first 16 hex digits of SHA-256 of the key), where the key is
a random 256-bit secret kept in the user's data folder (``paths.audit_key_path``,
file mode 0600), never in the database, its backups or its exports.

What it proves: an event whose seal verifies was written by KZPK Desktop on a
workstation holding the key. What it does not: an attacker who can read the
key file (the workstation's own account, an administrator of the machine) can
seal forgeries too; events sealed on another workstation (a shared PostgreSQL
server) can only be checked where their key is. Both limits are in the README's
"Security" section.
"""
from __future__ import annotations

import functools
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ..paths import audit_key_path

KEY_BYTES = 32


@functools.cache
def _key_at(path: Path) -> bytes | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        return bytes.fromhex(text) if len(text) == 2 * KEY_BYTES else None
    except (OSError, ValueError):
        return None


def _create(path: Path) -> None:
    """Write a new key without ever replacing one (two processes starting at once keep one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.new")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, secrets.token_hex(KEY_BYTES).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(temp, path)  # fails if another process made it first: theirs is kept
    except FileExistsError:
        pass
    finally:
        temp.unlink(missing_ok=True)


def workstation_key(create: bool = True) -> bytes | None:
    """This workstation's key (made on first use when ``create``); None if it cannot be had."""
    path = audit_key_path()
    key = _key_at(path)
    if key is None and create and not path.exists():
        try:
            _create(path)
        except OSError:
            return None
        _key_at.cache_clear()
        key = _key_at(path)
    return key


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:16]


def seal(key: bytes, event_hash: str) -> str:
    """HMAC-SHA256 of the event's hash under the workstation key, as hex (the one-shot
    ``hmac.digest``: a bulk write seals one event per row)."""
    return hmac.digest(key, event_hash.encode("ascii"), "sha256").hex()


def seal_ok(key: bytes, event_hash: str, value: str | None) -> bool:
    return value is not None and hmac.compare_digest(seal(key, event_hash), value)
