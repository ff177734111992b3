"""The audit trail: complete, chained, append-only, and tampering is reported by `kzpk check`."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import json
import sqlite3

import planning_builders as pb
import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from kzpk_desktop.db.models import AuditEvent, Document, Rank, Serviceman
from kzpk_desktop.services import accounts, documents, servicemen, settings
from kzpk_desktop.services.audit import (
    EventFilter,
    audit_event,
    chain_hash,
    describe_changes,
    record_history,
    search_events,
    verify_audit_chain,
)
from kzpk_desktop.services.auth import acting
from kzpk_desktop.services.errors import PermissionDenied
from kzpk_desktop.services.identity import make_iin

PNG = b"\x89PNG\r\n\x1a\n" + b"SECRET-SCAN-BYTES" * 8


def _iin() -> str:
    serial = 40
    while (iin := make_iin(dt.date(1990, 7, 1), "M", serial)) is None:
        serial += 1
    return iin


def _events_after(sessions, last_id: int):
    with sessions() as s:
        return [e for e in search_events(s, newest_first=False) if e.id > last_id]


def _last_id(sessions) -> int:
    with sessions() as s:
        return s.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc())).scalar() or 0


def test_create_update_delete_each_leave_exactly_their_events(sessions, staff):
    iin = _iin()
    mark = _last_id(sessions)
    with acting(sessions, staff["clerk"]) as s:
        person = servicemen.create_serviceman(s, servicemen.ServicemanData(
            iin=iin, service_number="A-1", surname="Сейтов", given_name="Арман"))
        person_id, uid = person.id, person.uid
    [created] = _events_after(sessions, mark)
    assert (created.username, created.action, created.entity, created.entity_uid) == (
        "clerk", "create", "serviceman", uid)
    assert created.changes["iin"] == [None, iin]
    assert created.changes["surname"] == [None, "Сейтов"]
    assert created.changes["birth_date"] == [None, "1990-07-01"]
    assert {"id", "uid", "version", "created_at", "updated_at"}.isdisjoint(created.changes)

    mark = created.id
    with acting(sessions, staff["clerk"]) as s:
        data = servicemen.get_serviceman(s, person_id)
        data.phone, data.given_name = "+7 701 111 2233", "Берик"
        servicemen.update_serviceman(s, person_id, data)
    [updated] = _events_after(sessions, mark)
    assert (updated.username, updated.action, updated.entity_uid) == ("clerk", "update", uid)
    assert updated.changes["phone"] == [None, "+7 701 111 2233"]
    assert updated.changes["given_name"] == ["Арман", "Берик"]
    assert set(updated.changes) <= {"phone", "given_name", "sort_key"}  # nothing else moved

    mark = updated.id
    with acting(sessions, staff["supervisor"]) as s:
        servicemen.delete_serviceman(s, person_id)
    [deleted] = _events_after(sessions, mark)
    assert (deleted.username, deleted.action, deleted.entity_uid) == ("supervisor", "delete", uid)
    assert deleted.changes["given_name"] == ["Берик", None]
    assert deleted.changes["phone"] == ["+7 701 111 2233", None]

    with sessions() as s:
        history = record_history(s, "serviceman", uid)
        assert [e.action for e in history] == ["create", "update", "delete"]
        assert verify_audit_chain(s) == []


def test_children_the_database_cascades_are_in_the_trail(sessions, staff):
    with acting(sessions, staff["admin"]) as s:
        man = pb.person(s, "Ахметов")
        doc_uids = set(s.execute(select(Document.uid)
                                 .where(Document.serviceman_id == man.id)).scalars())
        man_id = man.id
    mark = _last_id(sessions)
    with acting(sessions, staff["supervisor"]) as s:
        servicemen.delete_serviceman(s, man_id)
    events = _events_after(sessions, mark)
    assert [(e.action, e.entity) for e in events] == \
        [("delete", "serviceman")] + [("delete", "document")] * 4
    assert {e.entity_uid for e in events[1:]} == doc_uids


def test_a_relationship_change_is_recorded_as_its_key(sessions, staff):
    with acting(sessions, staff["admin"]) as s:
        man = pb.person(s, rank="captain")
        man_id, captain = man.id, man.rank_id
    mark = _last_id(sessions)
    with acting(sessions, staff["clerk"]) as s:
        man = s.get(Serviceman, man_id)
        man.rank = s.execute(select(Rank).where(Rank.code == "major")).scalar_one()
        major = man.rank.id
    [event] = _events_after(sessions, mark)
    assert event.changes == {"rank_id": [captain, major]}


def test_secrets_and_file_bytes_never_reach_the_trail(sessions, staff, db_path):
    with acting(sessions, staff["admin"]) as s:
        doc_id = pb.document(s, pb.person(s), "vaccination").id
    with acting(sessions, staff["admin"]) as s:
        user = accounts.create_user(s, "newbie", "long enough password", "clerk")
        password_hash = user.password_hash
    with acting(sessions, staff["clerk"]) as s:
        documents.attach_scan(s, doc_id, "card.png", PNG)
        doc_uid = s.get(Document, doc_id).uid
    with sessions() as s:
        [scan] = search_events(s, EventFilter(entity="document_scan"))
        [made] = search_events(s, EventFilter(entity="user_account", action="create",
                                              username="admin"))
    assert scan.entity_uid == doc_uid
    assert scan.changes["data"] == [None, f"({len(PNG)} bytes)"]
    assert scan.changes["filename"] == [None, "card.png"]
    assert made.changes["password_hash"] == [None, "(hidden)"]
    with sqlite3.connect(db_path) as raw:
        dump = "\n".join(str(r) for r in raw.execute("SELECT * FROM audit_event"))
    assert "SECRET-SCAN-BYTES" not in dump and password_hash not in dump
    assert "long enough password" not in dump


def test_settings_and_summary_events(sessions, staff):
    mark = _last_id(sessions)
    with acting(sessions, staff["admin"]) as s:
        settings.put(s, settings.BACKUP_KEEP, 5)
        audit_event(s, "export", details={"report": "expiring", "within": 30,
                                          "file": "exp.xlsx", "as_of": dt.date(2025, 1, 2)})
    setting, export = _events_after(sessions, mark)
    assert (setting.username, setting.action, setting.entity, setting.changes) == (
        "admin", "create", "setting", {"backup_keep": [None, "5"]})
    assert (export.username, export.action, export.changes) == (
        "admin", "export", {"report": "expiring", "within": 30, "file": "exp.xlsx",
                            "as_of": "2025-01-02"})
    assert describe_changes(export) == "report: expiring; within: 30; file: exp.xlsx; " \
                                       "as_of: 2025-01-02"


def test_the_hash_chain_links_every_event(sessions, staff):
    with sessions() as s:
        rows = s.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars().all()
    assert [r.id for r in rows] == list(range(1, len(rows) + 1))
    prev = None
    for row in rows:
        assert row.prev_hash == prev
        fields = {c: getattr(row, c) for c in ("id", "uid", "at", "username", "action",
                                                "entity", "entity_uid", "changes", "origin",
                                                "hash_version", "sealed_by")}
        assert row.hash == chain_hash(prev, fields)
        prev = row.hash
    # sha256 of the previous hash and the canonical JSON, as documented
    first = rows[0]
    canonical = json.dumps({"action": first.action, "at": first.at.isoformat(sep=" ",
                                                                             timespec="microseconds"),
                            "changes": first.changes, "entity": first.entity,
                            "entity_uid": str(first.entity_uid), "id": 1,
                            "origin": first.origin, "uid": str(first.uid),
                            "username": first.username, "v": 2, "sealed_by": first.sealed_by},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert first.hash == hashlib.sha256(canonical.encode()).hexdigest()
    # ...sealed with the workstation's key, which is not in the database
    key = bytes.fromhex(open(os.environ["KZPK_AUDIT_KEY"]).read())
    assert first.sealed_by == hashlib.sha256(key).hexdigest()[:16]
    assert first.seal == hmac.new(key, first.hash.encode(), hashlib.sha256).hexdigest()


def test_the_database_refuses_to_change_or_delete_audit_rows(db_path, staff):
    with sqlite3.connect(db_path) as raw:
        for sql in ("UPDATE audit_event SET username = 'nobody' WHERE id = 1",
                    "DELETE FROM audit_event WHERE id = 1"):
            with pytest.raises(sqlite3.IntegrityError, match="audit events are append-only"):
                raw.execute(sql)


def test_the_application_refuses_every_path_to_audit_rows(sessions, staff):
    for stmt in (update(AuditEvent).values(username="x"), delete(AuditEvent)):
        with pytest.raises(PermissionDenied) as exc, acting(sessions, staff["admin"]) as s:
            s.execute(stmt)
        assert str(exc.value) == ("Audit events are written by the application only and are "
                                  "never changed or deleted.")
    with pytest.raises(PermissionDenied), acting(sessions, staff["admin"]) as s:
        s.add(AuditEvent(username="forged", action="login"))
    with pytest.raises(IntegrityError), sessions() as s:
        # Even a raw statement on the session's connection meets the trigger.
        s.connection().exec_driver_sql("DELETE FROM audit_event")


# --- tampering with the file ---------------------------------------------------------------

def _tamper(db_path, *statements):
    """An attacker with the file: drop the triggers, then edit the table."""
    with sqlite3.connect(db_path) as raw:
        raw.execute("DROP TRIGGER audit_event_no_update")
        raw.execute("DROP TRIGGER audit_event_no_delete")
        for sql in statements:
            raw.execute(sql)


@pytest.fixture
def trail(sessions, staff):
    """Six more events by a clerk."""
    with acting(sessions, staff["clerk"]) as s:
        for i in range(6):
            audit_event(s, "export", details={"report": "expiring", "n": i})
    return _last_id(sessions)


def test_check_is_clean_on_an_untouched_trail(kzpk, trail):
    code, out, err = kzpk("check")
    assert code == 0 and err == ""
    assert "integrity: ok" in out


def test_an_edited_event_is_reported_by_check(kzpk, db_path, trail):
    _tamper(db_path, f"UPDATE audit_event SET username = 'admin' WHERE id = {trail - 2}")
    code, out, err = kzpk("check")
    assert code == 1
    assert err.splitlines() == [f"error: audit trail: event {trail - 2} was altered after it "
                                "was written"]
    assert "integrity: 1 problem(s)" in out


def test_an_edited_event_with_a_recomputed_hash_breaks_the_next_link(kzpk, db_path, sessions,
                                                                     trail):
    target = trail - 3
    with sessions() as s:
        row = s.get(AuditEvent, target)
        fields = {c: getattr(row, c) for c in ("id", "uid", "at", "action", "entity",
                                                "entity_uid", "changes", "origin",
                                                "hash_version", "sealed_by")}
        forged = chain_hash(row.prev_hash, dict(fields, username="admin"))
    _tamper(db_path, f"UPDATE audit_event SET username = 'admin', hash = '{forged}' "
                     f"WHERE id = {target}")
    code, _out, err = kzpk("check")
    assert code == 1
    assert err.splitlines() == [
        f"error: audit trail: event {target}'s seal is wrong (forged, or re-chained outside "
        "KZPK Desktop)",
        f"error: audit trail: event {target + 1} does not follow event "
        f"{target} (events were removed, inserted or reordered)"]


def test_a_deleted_event_is_reported_by_check(kzpk, db_path, trail):
    _tamper(db_path, f"DELETE FROM audit_event WHERE id IN ({trail - 4}, {trail - 3})")
    code, _out, err = kzpk("check")
    assert code == 1
    assert err.splitlines() == [f"error: audit trail: events {trail - 4}-{trail - 3} are missing "
                                "(deleted from the file)"]


def test_reordered_events_are_reported_by_check(kzpk, db_path, trail):
    a, b = trail - 1, trail
    _tamper(db_path, f"UPDATE audit_event SET id = -1 WHERE id = {a}",
            f"UPDATE audit_event SET id = {a} WHERE id = {b}",
            f"UPDATE audit_event SET id = {b} WHERE id = -1")
    code, _out, err = kzpk("check")
    assert code == 1
    assert f"error: audit trail: event {a} was altered after it was written" in err.splitlines()
    assert f"error: audit trail: event {b} was altered after it was written" in err.splitlines()


def test_a_row_damaged_beyond_parsing_is_reported_not_raised(sessions, db_path, trail):
    _tamper(db_path, f"UPDATE audit_event SET at = 'yesterday', uid = 'zz' WHERE id = {trail}")
    with sessions() as s:
        assert verify_audit_chain(s) == [f"audit trail: event {trail} was altered after it was "
                                         "written"]
