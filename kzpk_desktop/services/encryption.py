"""Encryption at rest with SQLCipher (optional per database).

An encrypted database is opened through SQLAlchemy's ``sqlite+pysqlcipher``
dialect (driver: the ``sqlcipher3`` package) with the passphrase in the URL;
:func:`encrypted_url` builds one. ``encrypt_database`` / ``decrypt_database``
convert a file with ``sqlcipher_export`` into a temporary file beside it,
verify the copy (opens with the key, integrity check, same rows in every
table), and only then swap it in, keeping the original aside until the new
file has been opened in place. The application must not have the database
open meanwhile.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from ..db.engine import create_private_file
from .errors import N_, ServiceError

SQLITE_MAGIC = b"SQLite format 3\x00"
PASSPHRASE_MIN_LENGTH = 10
WRONG_PASSPHRASE_MSG = N_("Wrong passphrase, or the file is not an encrypted KZPK database.")


class EncryptionError(ServiceError):
    pass


def _sqlcipher():
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - a dependency of the package
        raise EncryptionError(N_("Encryption needs the sqlcipher3 package, which is not "
                                 "installed.")) from None
    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """DB-API errors of both drivers (sqlite3's and sqlcipher3's are distinct classes)."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def is_encrypted_file(path: str | os.PathLike) -> bool:
    """True when the file exists but does not start as a plain SQLite database does.

    A file that is no database at all looks the same from outside; opening it
    with a passphrase tells the two apart.
    """
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as f:
        return f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC


def encrypted_url(path: str | os.PathLike, passphrase: str) -> URL:
    return URL.create("sqlite+pysqlcipher", password=passphrase, database=str(Path(path)))


def passphrase_of(engine_or_url: Engine | URL | str) -> str | None:
    """The passphrase an engine (or URL) opens its database with; None when plain."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.password if url.get_driver_name() == "pysqlcipher" else None


def connect_file(path: str | os.PathLike, passphrase: str | None = None, *,
                 readonly: bool = False):
    """A raw DB-API connection to a SQLite file: sqlite3, or sqlcipher3 with the key set."""
    target = f"file:{Path(path)}?mode=ro" if readonly else str(path)
    if passphrase is None:
        return sqlite3.connect(target, uri=readonly)
    driver = _sqlcipher()
    conn = driver.connect(target, uri=readonly)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
    conn.execute(f"PRAGMA key = {_literal(passphrase)}")
    return conn


def check_passphrase(path: str | os.PathLike, passphrase: str) -> None:
    """Refuse with the wrong-passphrase message unless ``passphrase`` opens ``path``."""
    conn = connect_file(path, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors():
        raise EncryptionError(WRONG_PASSPHRASE_MSG) from None
    finally:
        conn.close()


def passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase or "") < PASSPHRASE_MIN_LENGTH:
        return N_("The passphrase must be at least {n} characters long.")
    return None


def encrypt_database(path: str | os.PathLike, passphrase: str) -> None:
    """Encrypt a plain database file in place with ``passphrase``."""
    path = Path(path)
    if passphrase_problem(passphrase):
        raise EncryptionError(passphrase_problem(passphrase), n=PASSPHRASE_MIN_LENGTH)
    _require_file(path)
    if is_encrypted_file(path):
        raise EncryptionError(N_("{path} is already encrypted (or is not a SQLite database)."),
                              path=str(path))
    _convert(path, None, passphrase, "encrypting")


def decrypt_database(path: str | os.PathLike, passphrase: str) -> None:
    """Turn an encrypted database file back into a plain one."""
    path = Path(path)
    _require_file(path)
    if not is_encrypted_file(path):
        raise EncryptionError(N_("{path} is not encrypted."), path=str(path))
    check_passphrase(path, passphrase)
    _convert(path, passphrase, None, "decrypting")


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise EncryptionError(N_("There is no database file at {path}."), path=str(path))


def _convert(path: Path, old_key: str | None, new_key: str | None, verb: str) -> None:
    temp = path.with_name(f".{path.name}.{verb}")
    aside = path.with_name(f".{path.name}.before-{verb}")
    temp.unlink(missing_ok=True)
    create_private_file(temp)  # the converted database is readable by its owner only
    errors = database_errors()
    try:
        # sqlcipher3 reads plain files too; one driver does both sides.
        src = connect_file(path, old_key) if old_key is not None \
            else _sqlcipher().connect(str(path))
        try:
            _settle(src, path)
            counts = _row_counts(src)
            src.execute("ATTACH DATABASE ? AS target KEY ?", (str(temp), new_key or ""))
            src.execute("SELECT sqlcipher_export('target')")
            src.execute("DETACH DATABASE target")
        finally:
            src.close()
        _verify_copy(temp, new_key, counts)
    except errors as exc:
        temp.unlink(missing_ok=True)
        raise EncryptionError(N_("The database could not be converted: {detail}."),
                              detail=str(exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    os.replace(path, aside)
    try:
        os.replace(temp, path)
        _verify_copy(path, new_key, counts)
    except BaseException:
        os.replace(aside, path)  # the original, untouched, goes back
        temp.unlink(missing_ok=True)
        raise
    aside.unlink()  # a plain copy must not outlive the encryption


def _settle(conn, path: Path) -> None:
    """Fold the WAL into the file and leave rollback mode, so the file alone is the database."""
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except database_errors() as exc:
        if "not a database" in str(exc):
            raise EncryptionError(WRONG_PASSPHRASE_MSG) from None
        if "locked" not in str(exc):
            raise
        mode = "locked"
    if mode != "delete" or path.with_name(path.name + "-wal").exists():
        raise EncryptionError(N_("The database is in use by another program; close KZPK "
                                 "Desktop and try again."))


def _row_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def _verify_copy(path: Path, key: str | None, expected: dict[str, int]) -> None:
    conn = connect_file(path, key)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        counts = _row_counts(conn)
    finally:
        conn.close()
    if problems != ["ok"] or counts != expected:
        raise EncryptionError(N_("The converted copy did not match the original ({detail}); "
                                 "the original is unchanged."),
                              detail=problems[0] if problems != ["ok"] else "row counts differ")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
