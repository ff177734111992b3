"""Each way of tampering with the file that issue 17's adversarial pass tried, and the command
that reports it (``check``, ``check --deep`` or ``check --anchor FILE``).

The attacker has the database file and an SQL shell on it (the append-only
triggers dropped), and this very code (``chain_hash``), but not the
workstation's seal key, which lives outside the file. The figures of this
table are in the README's "Security" section.
"""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid

import pytest
from security_helpers import PASSWORD
from sqlalchemy import select

from kzpk_desktop.db.models import AuditEvent, RosterEntry, Serviceman
from kzpk_desktop.services import audit_seal, demo
from kzpk_desktop.services.audit import HASH_VERSION, audit_event, chain_hash
from kzpk_desktop.services.auth import acting

pytestmark = pytest.mark.sqlite_only  # the attacker edits the file itself

ADMIN = {"KZPK_PASSWORD": PASSWORD}


@pytest.fixture
def filled(sessions, staff, db_path):
    """Demo data (bootstrap), the four accounts, and six events by a clerk."""
    with acting(sessions, staff["clerk"]) as s:
        for i in range(6):
            audit_event(s, "export", details={"report": "expiring", "n": i})
    return db_path


@pytest.fixture
def demo_filled(sessions, db_path):
    # A fixed day: the rows the variants below edit must not depend on the date of the run
    # (the demo's rotations are placed around "today": a status edit that happened to write
    # the value already there changed nothing, and the check rightly found nothing).
    demo.generate(sessions, servicemen=30, seed=2, today=dt.date(2026, 6, 15))
    from argon2 import PasswordHasher

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.db.models import User

    with write_session(sessions) as s:
        for role in ("admin", "clerk"):
            s.add(User(username=role, full_name=role, role=role,
                       password_hash=PasswordHasher().hash(PASSWORD)))
    return db_path


def _sql(path, *statements) -> None:
    with sqlite3.connect(path) as raw:
        for trigger in ("audit_event_no_update", "audit_event_no_delete"):
            raw.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            if callable(statement):
                statement(raw)
            else:
                raw.execute(statement)
    raw.close()


def _last(raw) -> int:
    return raw.execute("SELECT max(id) FROM audit_event").fetchone()[0]


def _forge(raw, *, key: bytes | None = None, key_id: str | None = None, **fields) -> None:
    """Append an event the way audit.append does, with the code's own hash function."""
    last_id, prev = raw.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
                                ).fetchone()
    row = {"id": last_id + 1, "uid": uuid.uuid4(), "at": dt.datetime(2026, 12, 1, 9, 0),
           "username": "admin", "action": "login", "entity": None, "entity_uid": None,
           "changes": None, "origin": "HQ", "hash_version": HASH_VERSION,
           "sealed_by": key_id, **fields}
    row["hash"] = chain_hash(prev, row)
    seal = audit_seal.seal(key, row["hash"]) if key else None
    raw.execute("INSERT INTO audit_event (id, uid, at, username, action, entity, entity_uid, "
                "changes, origin, prev_hash, hash, hash_version, sealed_by, seal) VALUES "
                "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (row["id"], row["uid"].hex, row["at"].strftime("%Y-%m-%d %H:%M:%S.%f"),
                 row["username"], row["action"], row["entity"],
                 row["entity_uid"].hex if row["entity_uid"] else None, row["changes"],
                 row["origin"], prev, row["hash"], row["hash_version"], key_id, seal))


def _rechain(raw, start: int, *, key: bytes | None) -> None:
    """Recompute every hash from ``start`` on (after editing), sealing when ``key`` is had."""
    cols = ("id", "uid", "at", "username", "action", "entity", "entity_uid", "changes",
            "origin", "hash_version", "sealed_by")
    prev = raw.execute("SELECT hash FROM audit_event WHERE id = ?", (start - 1,)).fetchone()[0]
    for values in raw.execute(f"SELECT {', '.join(cols)} FROM audit_event WHERE id >= ? "
                              "ORDER BY id", (start,)).fetchall():
        row = dict(zip(cols, values))
        row["uid"] = uuid.UUID(row["uid"])
        row["at"] = dt.datetime.fromisoformat(row["at"])
        row["entity_uid"] = uuid.UUID(row["entity_uid"]) if row["entity_uid"] else None
        digest = chain_hash(prev, row)
        raw.execute("UPDATE audit_event SET prev_hash = ?, hash = ?, seal = ? WHERE id = ?",
                    (prev, digest, audit_seal.seal(key, digest) if key else "0" * 64,
                     row["id"]))
        prev = digest


def _key() -> bytes:
    return audit_seal.workstation_key()


# (name, tamper(raw, last_id), command, a line the command must print to stderr)
TRAIL_VARIANTS = [
    ("an event's user edited",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET username = 'admin' WHERE id = {n - 2}"),
     [], "was altered after it was written"),
    ("an event's details edited",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET changes = '{{}}' WHERE id = {n - 1}"),
     [], "was altered after it was written"),
    ("an event deleted in the middle",
     lambda raw, n: raw.execute(f"DELETE FROM audit_event WHERE id = {n - 3}"),
     [], "is missing (deleted from the file)"),
    ("two events swapped",
     lambda raw, n: (raw.execute(f"UPDATE audit_event SET id = -1 WHERE id = {n - 1}"),
                     raw.execute(f"UPDATE audit_event SET id = {n - 1} WHERE id = {n}"),
                     raw.execute(f"UPDATE audit_event SET id = {n} WHERE id = -1")),
     [], "was altered after it was written"),
    ("a hash nulled",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET hash = NULL WHERE id = {n - 2}"),
     [], "was altered after it was written"),
    ("a seal removed",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET seal = NULL WHERE id = {n}"),
     [], "carries no seal"),
    ("a forged event appended without a seal",
     lambda raw, n: _forge(raw), [], "carries no seal (written outside KZPK Desktop)"),
    ("a forged event appended with a made-up seal key",
     lambda raw, n: _forge(raw, key=b"x" * 32, key_id="feedfacefeedface"),
     [], "is sealed by an unknown key (feedfacefeedface) after events of this workstation"),
    ("a forged event appended with this workstation's key id but no key",
     lambda raw, n: _forge(raw, key=b"y" * 32, key_id=audit_seal.key_id(_key())),
     [], "seal is wrong (forged, or re-chained outside KZPK Desktop)"),
    ("a forged event in the old format appended",
     lambda raw, n: _forge(raw, hash_version=None), [], "is in the old format after newer events"),
    ("history rewritten and re-chained",
     lambda raw, n: (raw.execute(f"UPDATE audit_event SET username = 'admin' WHERE id = {n - 3}"),
                     _rechain(raw, n - 3, key=None)),
     [], "seal is wrong"),
    ("an event's time respelled",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET at = replace(at, ' ', 'T') "
                                f"WHERE id = {n - 1}"),
     [], "was respelled in the file"),
    ("an event's id respelled",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET uid = upper(uid) WHERE id = {n - 1}"),
     [], "was respelled in the file"),
    ("an event that is not valid UTF-8",
     lambda raw, n: raw.execute(f"UPDATE audit_event SET changes = CAST(X'7B22FF227D' AS TEXT) "
                                f"WHERE id = {n - 1}"),
     [], "holds text that is not valid UTF-8"),
]


@pytest.mark.parametrize("name,tamper,options,expected", TRAIL_VARIANTS,
                         ids=[v[0] for v in TRAIL_VARIANTS])
def test_trail_tampering_is_reported_by_check(kzpk, filled, name, tamper, options, expected):
    assert kzpk("check")[0] == 0
    _sql(filled, lambda raw: tamper(raw, _last(raw)))
    code, out, err = kzpk("check", *options)
    assert code == 1, out
    assert "Traceback" not in err
    assert any(expected in line for line in err.splitlines()), err
    assert all(line.startswith("error: ") for line in err.splitlines())


def _anchor(kzpk, tmp_path):
    path = tmp_path / "head.json"
    code, _out, err = kzpk("--user", "admin", "audit", "anchor", "-o", path, env=ADMIN)
    assert (code, err) == (0, "")
    return path


CUT_VARIANTS = [
    ("the last event deleted", lambda raw, n: raw.execute(f"DELETE FROM audit_event WHERE id = {n}")),
    ("the last 5 events deleted",
     lambda raw, n: raw.execute(f"DELETE FROM audit_event WHERE id > {n - 5}")),
    ("every event deleted", lambda raw, n: raw.execute("DELETE FROM audit_event")),
    ("history rewritten and re-chained by someone holding the key",
     lambda raw, n: (raw.execute(f"UPDATE audit_event SET username = 'x' WHERE id = {n - 3}"),
                     _rechain(raw, n - 3, key=_key()))),
]


@pytest.mark.parametrize("name,tamper", CUT_VARIANTS, ids=[v[0] for v in CUT_VARIANTS])
def test_cutting_or_rewriting_history_is_reported_by_check_anchor(kzpk, filled, tmp_path, name,
                                                                  tamper):
    head = _anchor(kzpk, tmp_path)
    _sql(filled, lambda raw: tamper(raw, _last(raw) or 0))
    code, _out, err = kzpk("check", "--anchor", head)
    assert code == 1
    assert f"recorded in {head}" in err


def test_every_event_deleted_is_reported_by_check_deep_too(kzpk, filled):
    _sql(filled, "DELETE FROM audit_event")
    code, _out, err = kzpk("check", "--deep")
    assert code == 1
    assert "error: deep check: user account 'admin' (id 1): no event records its creation " \
           "(inserted outside KZPK Desktop)" in err.splitlines()


def _first(db_path, sql):
    with sqlite3.connect(db_path) as raw:
        value = raw.execute(sql).fetchone()
    raw.close()
    return value


DATA_VARIANTS = [
    ("a user's role set to admin", "UPDATE user_account SET role = 'admin' WHERE username = 'clerk'",
     "user account 'clerk' (id {clerk}): role is 'admin', but the audit trail says 'clerk'"),
    ("an account disabled in the file", "UPDATE user_account SET is_active = 0 WHERE username = "
     "'admin'", "user account 'admin' (id {admin}): is_active is '0', but the audit trail says "
     "'1'"),
    ("a user inserted", "INSERT INTO user_account (uid, created_at, updated_at, version, origin, "
     "username, full_name, role, password_hash, is_active, failed_logins) SELECT "
     "lower(hex(randomblob(16))), created_at, updated_at, 1, origin, 'mallory', '', 'admin', "
     "password_hash, 1, 0 FROM user_account WHERE username = 'admin'",
     "user account 'mallory'"),
    ("a user deleted", "DELETE FROM user_account WHERE username = 'clerk'",
     "is gone from the file, and no event deleted it"),
    ("a surname edited", "UPDATE serviceman SET surname = 'Подменов' WHERE id = 3",
     "serviceman id 3 (IIN {iin3}): surname is 'Подменов', but the audit trail says"),
    ("an IIN edited", "UPDATE serviceman SET iin = '000000000000' WHERE id = 4",
     "serviceman id 4 (IIN 000000000000): iin is '000000000000'"),
    ("a birth date edited", "UPDATE serviceman SET birth_date = '1970-01-01' WHERE id = 5",
     "birth_date is '1970-01-01'"),
    # On the fixture's day roster entry 2 was withdrawn.
    ("a roster status edited", "UPDATE roster_entry SET status = 'completed' WHERE id = 2",
     "roster entry id 2: status is 'completed'"),
]


@pytest.mark.parametrize("name,sql,expected", DATA_VARIANTS, ids=[v[0] for v in DATA_VARIANTS])
def test_data_no_event_explains_is_reported_by_check_deep(kzpk, demo_filled, name, sql,
                                                          expected):
    assert kzpk("check", "--deep")[:3:2] == (0, "")
    facts = {"clerk": _first(demo_filled, "SELECT id FROM user_account WHERE username = 'clerk'")[0],
             "admin": _first(demo_filled, "SELECT id FROM user_account WHERE username = 'admin'")[0],
             "iin3": _first(demo_filled, "SELECT iin FROM serviceman WHERE id = 3")[0]}
    _sql(demo_filled, sql)
    assert kzpk("check")[0] == 0  # the trail itself is whole: only the replay sees it
    code, _out, err = kzpk("check", "--deep")
    assert code == 1
    assert any(expected.format(**facts) in line for line in err.splitlines()), err


def test_an_edit_later_overwritten_by_a_clerk_is_still_reported(kzpk, demo_filled, sessions):
    """The attacker's value is gone, but the clerk's event found it as the old value."""
    from kzpk_desktop.services.auth import Actor

    _sql(demo_filled, "UPDATE serviceman SET surname = 'Подменов' WHERE id = 6")
    with acting(sessions, Actor("clerk", "clerk")) as s:
        s.get(Serviceman, 6).surname = "Исправлен"
    code, _out, err = kzpk("check", "--deep")
    assert code == 1
    assert "found surname of a serviceman as 'Подменов'" in err


def test_a_forged_event_explaining_a_forged_change_is_reported(kzpk, demo_filled, sessions):
    """Deep replay is satisfied by the forged event; its seal is not."""
    with sessions() as s:
        clerk = s.execute(select(AuditEvent.entity_uid).where(
            AuditEvent.entity == "user_account", AuditEvent.action == "create")).scalars().all()
    _sql(demo_filled, "UPDATE user_account SET role = 'admin' WHERE username = 'clerk'",
         lambda raw: _forge(raw, action="update", entity="user_account",
                            entity_uid=uuid.UUID(raw.execute(
                                "SELECT uid FROM user_account WHERE username = 'clerk'"
                            ).fetchone()[0]),
                            changes=json.dumps({"role": ["clerk", "admin"]})))
    assert clerk
    code, _out, err = kzpk("check", "--deep")
    assert code == 1
    assert "carries no seal (written outside KZPK Desktop)" in err
    assert "role is 'admin'" not in err  # explained, by a forgery that the seal exposes


def test_rows_and_events_of_demo_data_replay_cleanly(kzpk, demo_filled, sessions):
    with sessions() as s:
        people = s.execute(select(Serviceman.id)).scalars().all()
        entries = s.execute(select(RosterEntry.id)).scalars().all()
    code, out, err = kzpk("check", "--deep")
    assert (code, err) == (0, "")
    assert "deep check: every replayed row is explained by the audit trail" in out
    assert len(people) == 30 and entries


def test_a_trail_from_before_sealing_keeps_verifying_after_the_upgrade(tmp_path, capsys):
    """Events written by the first chain format (revision 0001) stay verifiable; new events
    are sealed; an old-format event appended after them is not accepted."""
    from alembic import command
    from cli_runner import run_cli

    from kzpk_desktop.db import migrate
    from kzpk_desktop.db.engine import make_engine

    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        prev = None
        for n in range(1, 4):
            row = {"id": n, "uid": uuid.uuid4(), "at": dt.datetime(2026, 11, 1, 9, n),
                   "username": "bootstrap", "action": "export", "entity": None,
                   "entity_uid": None, "changes": json.dumps({"n": n}), "origin": "HQ"}
            digest = chain_hash(prev, row)  # the first format: no hash_version
            raw.execute("INSERT INTO audit_event (id, uid, at, username, action, changes, origin, "
                        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)",
                        (n, row["uid"].hex, row["at"].strftime("%Y-%m-%d %H:%M:%S.%f"),
                         row["username"], row["action"], row["changes"], "HQ", prev, digest))
            prev = digest
    raw.close()
    code, out, err = run_cli(capsys, "--db", path, "init")
    assert code == 0, err
    code, out, err = run_cli(capsys, "--db", path, "check")
    assert (code, err) == (0, "")
    assert "audit trail: 3 event(s) from before sealing (an older version) are chained " \
           "but carry no seal" in out
    run_cli(capsys, "--db", path, "demo", "--servicemen", "3")  # sealed events follow
    assert run_cli(capsys, "--db", path, "check")[0] == 0
    _sql(path, lambda raw: _forge(raw, hash_version=None))
    code, _out, err = run_cli(capsys, "--db", path, "check")
    assert code == 1 and "is in the old format after newer events" in err
