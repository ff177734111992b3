"""Encryption at rest with SQLCipher: convert, open, back up, restore, refuse a wrong passphrase."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import select

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import Setting
from kzpk_desktop.services import backup, encryption, recovery, settings
from kzpk_desktop.services.encryption import EncryptionError
from kzpk_desktop.services.recovery import RestoreError

PASSPHRASE = "полевой ноутбук 2026"
WRONG = "Wrong passphrase, or the file is not an encrypted KZPK database."


def _plain_can_read(path) -> bool:
    try:
        with sqlite3.connect(path) as raw:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        raw.close()


@pytest.fixture
def encrypted(engine, sessions, db_path):
    """The test database with one setting, encrypted with PASSPHRASE; returns its engine."""
    with write_session(sessions) as s:
        settings.put(s, settings.WARNING_WINDOW_DAYS, 45)
    engine.dispose()
    encryption.encrypt_database(db_path, PASSPHRASE)
    keyed = make_engine(encryption.encrypted_url(db_path, PASSPHRASE))
    yield keyed
    keyed.dispose()


def test_an_encrypted_database_opens_only_with_its_passphrase(encrypted, db_path):
    assert encryption.is_encrypted_file(db_path)
    assert not _plain_can_read(db_path)
    assert not list(db_path.parent.glob(".kzpk.sqlite.*"))  # no plain copy left behind
    assert migrate.current_revision(encrypted) == migrate.head_revision()
    factory = make_session_factory(encrypted)
    with write_session(factory) as s:  # written through pooled keyed connections, in WAL
        assert settings.warning_window_days(s) == 45
        settings.put(s, settings.WARNING_WINDOW_DAYS, 60)
    with factory() as s:
        assert s.execute(select(Setting.value).where(
            Setting.key == "warning_window_days")).scalar() == "60"
    with pytest.raises(EncryptionError) as exc:
        encryption.check_passphrase(db_path, "not the passphrase")
    assert str(exc.value) == WRONG


def test_the_append_only_triggers_survive_encryption(encrypted, db_path):
    conn = encryption.connect_file(db_path, PASSPHRASE)
    try:
        with pytest.raises(Exception, match="audit events are append-only"):
            conn.execute("DELETE FROM audit_event")
    finally:
        conn.close()


def test_decrypt_gives_back_a_plain_database(encrypted, db_path):
    encrypted.dispose()
    with pytest.raises(EncryptionError) as exc:
        encryption.decrypt_database(db_path, "not the passphrase")
    assert str(exc.value) == WRONG
    assert encryption.is_encrypted_file(db_path)  # untouched by the refusal
    encryption.decrypt_database(db_path, PASSPHRASE)
    assert not encryption.is_encrypted_file(db_path)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT value FROM setting WHERE key = 'warning_window_days'"
                           ).fetchone() == ("45",)
    raw.close()


def test_conversion_refusals(db_path, tmp_path):
    with pytest.raises(EncryptionError) as exc:
        encryption.encrypt_database(db_path, "short")
    assert str(exc.value) == "The passphrase must be at least 10 characters long."
    with pytest.raises(EncryptionError) as exc:
        encryption.decrypt_database(db_path, PASSPHRASE)
    assert str(exc.value) == f"{db_path} is not encrypted."
    with pytest.raises(EncryptionError) as exc:
        encryption.encrypt_database(tmp_path / "none.sqlite", PASSPHRASE)
    assert str(exc.value) == f"There is no database file at {tmp_path / 'none.sqlite'}."


def test_an_open_database_is_not_converted(db_path):
    # Another process (the application) is reading it. (In one process, sqlite3 and
    # sqlcipher3 are two SQLite libraries whose file locks cannot see each other.)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(db_path)!r}, isolation_level=None)\n"
         "c.execute('BEGIN'); c.execute('SELECT count(*) FROM setting').fetchall()\n"
         "print('reading', flush=True); sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "reading\n"
        with pytest.raises(EncryptionError) as exc:
            encryption.encrypt_database(db_path, PASSPHRASE)
    finally:
        holder.communicate("\n", timeout=30)
    assert str(exc.value) == ("The database is in use by another program; close KZPK Desktop "
                              "and try again.")
    assert not encryption.is_encrypted_file(db_path)


def test_backups_of_an_encrypted_database_stay_encrypted(encrypted, db_path):
    made = backup.auto_backup(encrypted, keep=3, now=dt.datetime(2026, 3, 2, 8, 0))
    assert encryption.is_encrypted_file(made)
    assert not _plain_can_read(made)
    conn = encryption.connect_file(made, PASSPHRASE)
    try:
        assert conn.execute("SELECT value FROM setting WHERE key = 'warning_window_days'"
                            ).fetchone() == ("45",)
    finally:
        conn.close()


def test_restore_of_an_encrypted_database(encrypted, db_path, tmp_path):
    made = backup.backup(encrypted, tmp_path / "copy.sqlite")
    url = encrypted.url
    encrypted.dispose()
    assert recovery.restore(url, made) is not None
    plain = tmp_path / "plain.sqlite"
    plain.write_bytes(b"")
    with sqlite3.connect(plain) as raw:
        raw.execute("CREATE TABLE alembic_version (version_num VARCHAR(32))")
    raw.close()
    with pytest.raises(RestoreError) as exc:
        recovery.restore(url, plain)
    assert str(exc.value) == ("The backup does not open with this database's passphrase, or it "
                              "is not a KZPK backup.")


# --- from the command line ----------------------------------------------------------------------

def test_encrypt_and_decrypt_from_the_command_line(kzpk, db_path):
    code, out, err = kzpk("encrypt", stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == f"database encrypted: {db_path}"
    code, _out, err = kzpk("check")
    assert code == 1
    assert err == (f"error: {db_path} is encrypted, or is not a database: if it is encrypted, "
                   "give its passphrase in KZPK_PASSPHRASE.\n")
    code, _out, err = kzpk("check", env={"KZPK_PASSPHRASE": "not the passphrase"})
    assert (code, err) == (1, f"error: {WRONG}\n")
    code, out, err = kzpk("check", env={"KZPK_PASSPHRASE": PASSPHRASE})
    assert (code, err) == (0, "")
    assert "integrity: ok" in out
    code, _out, err = kzpk("decrypt", stdin="not the passphrase\n")
    assert (code, err) == (1, f"error: {WRONG}\n")
    code, out, err = kzpk("decrypt", env={"KZPK_PASSPHRASE": PASSPHRASE})
    assert (code, out, err) == (0, f"database decrypted: {db_path}\n", "")
    assert _plain_can_read(db_path)


def test_encrypting_warns_about_older_plain_backups(kzpk, engine, db_path):
    backup.auto_backup(engine, keep=3)
    engine.dispose()
    code, _out, err = kzpk("encrypt", env={"KZPK_PASSPHRASE": PASSPHRASE})
    assert code == 0
    assert err == (f"warning: backups made before now in {db_path.parent / 'backups'} are not "
                   "encrypted; move them somewhere safe or delete them\n")
