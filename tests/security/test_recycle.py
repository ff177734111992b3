"""The recycle bin: a delete can be undone, as it was, audited; refused when it cannot be."""
from __future__ import annotations

import datetime as dt
import json

import planning_builders as pb
import pytest
from security_helpers import PASSWORD
from sqlalchemy import func, select

from kzpk_desktop.db.models import (
    Assignment,
    AuditEvent,
    Document,
    DocumentScan,
    RecycleItem,
    RosterEntry,
    RosterStatusChange,
    Rotation,
    SearchToken,
    Serviceman,
)
from kzpk_desktop.services import assignments, documents, maintenance, recycle, rosters, servicemen
from kzpk_desktop.services.auth import acting
from kzpk_desktop.services.errors import PermissionDenied, ServiceError

PNG = b"\x89PNG\r\n\x1a\n" + b"SCAN-BYTES" * 20


def _world(sessions, admin):
    """A person with four documents (one with a scan), an assignment and a roster entry."""
    with acting(sessions, admin) as s:
        man = pb.person(s, "Сейтов")
        servicemen.reindex(s, man)  # searchable, as a person saved on the form is
        doc = s.execute(select(Document).where(Document.serviceman_id == man.id)).scalars().first()
        documents.attach_scan(s, doc.id, "passport.png", PNG)
        pb.assign(s, man, pb.unit(s, "1-я рота"))
        rot = pb.rotation(s, pb.decision(s))
        rosters.add_to_roster(s, rot.id, [man.id])
        return man.id


def _everything(s) -> dict:
    """What a user would notice of the person: every row with its uid and values."""
    def rows(model, *cols):
        return sorted((str(r.uid),) + tuple(getattr(r, c) for c in cols)
                      for r in s.execute(select(model)).scalars())
    return {
        "serviceman": rows(Serviceman, "iin", "surname", "given_name", "birth_date", "rank_id"),
        "document": rows(Document, "number", "kind_id", "expires_on", "is_current"),
        "assignment": rows(Assignment, "unit_id", "date_from", "date_to"),
        "roster_entry": rows(RosterEntry, "rotation_id", "status", "category_id"),
        "status_history": rows(RosterStatusChange, "to_status", "effective_on"),
        "scans": sorted((d.number, sc.filename, sc.data) for sc, d in s.execute(
            select(DocumentScan, Document).join(Document)).all()),
        "tokens": s.execute(select(func.count()).select_from(SearchToken)).scalar(),
    }


def test_undo_of_a_serviceman_brings_back_all_that_went_with_him(sessions, staff, engine):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        before = _everything(s)
    assert len(before["document"]) == 4 and before["scans"] and before["roster_entry"]
    with acting(sessions, staff["supervisor"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
    with sessions() as s:
        gone = _everything(s)
        assert gone["serviceman"] == gone["document"] == gone["roster_entry"] == []
        assert gone["assignment"] == gone["scans"] == [] and gone["tokens"] == 0
    with acting(sessions, staff["supervisor"]) as s:
        done = recycle.restore(s, item)
    assert done.entity == "serviceman" and done.what.startswith("Сейтов Ерлан")
    with sessions() as s:
        assert _everything(s) == before
        (event,) = s.execute(select(AuditEvent).where(AuditEvent.action == "restore")
                             ).scalars().all()
        assert (event.username, event.entity) == ("supervisor", "serviceman")
        assert str(event.entity_uid) == before["serviceman"][0][0]
        details = json.loads(event.changes)
        assert details["deleted_by"] == "supervisor" and details["what"] == done.what
        assert details["rows"] == 1 + 4 + 1 + 1 + 1 + 1  # scan, status history
        assert s.execute(select(func.count()).select_from(RecycleItem)).scalar() == 0
    report = maintenance.check(engine, deep=True)
    assert report.problems == []
    assert report.ok


def test_a_document_and_an_assignment_come_back_to_their_owner(sessions, staff, engine):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        before = _everything(s)
        doc_id = s.execute(select(Document.id).join(DocumentScan)).scalar_one()
        a_id = s.execute(select(Assignment.id)).scalar_one()
    with acting(sessions, staff["supervisor"]) as s:
        doc_item = documents.remove_document(s, doc_id)
        a_item = assignments.remove_assignment(s, a_id)
    with acting(sessions, staff["admin"]) as s:
        listed = recycle.list_items(s)
    assert [i.entity for i in listed] == ["assignment", "document"]
    assert listed[0].what == "1-я рота, 01.01.2023 — Сейтов Ерлан"
    assert listed[1].deleted_by == "supervisor" and listed[1].rows == 2
    with acting(sessions, staff["supervisor"]) as s:
        assert recycle.restore(s, doc_item).serviceman_id == man_id
        recycle.restore(s, a_item)
    with sessions() as s:
        assert _everything(s) == before
    assert maintenance.check(engine, deep=True).problems == []


def test_restore_is_refused_when_the_iin_is_now_someone_elses(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        iin = s.get(Serviceman, man_id).iin
    with acting(sessions, staff["supervisor"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
    with acting(sessions, staff["admin"]) as s:
        other = pb.person(s, "Жанов", docs=False)
        other.iin = iin
    with sessions() as s:
        before = _everything(s)
        events = s.execute(select(func.count()).select_from(AuditEvent)).scalar()
    with pytest.raises(ServiceError) as refused, acting(sessions, staff["supervisor"]) as s:
        recycle.restore(s, item)
    assert str(refused.value) == (f"Сейтов Ерлан ({iin}) cannot be restored. Another serviceman "
                                  f"already has IIN {iin}: Жанов Ерлан.")
    with sessions() as s:
        assert _everything(s) == before
        assert s.execute(select(func.count()).select_from(AuditEvent)).scalar() == events
        assert s.get(RecycleItem, item) is not None  # still in the bin, for later


def test_restore_is_refused_when_the_rotation_is_completed(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with acting(sessions, staff["supervisor"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
    with acting(sessions, staff["admin"]) as s:
        for rot in s.execute(select(Rotation)).scalars():
            rot.status = "completed"
    with pytest.raises(ServiceError, match="Rotation UNDOF-1 is completed; its roster is "
                                           "closed"), acting(sessions, staff["admin"]) as s:
        recycle.restore(s, item)


def test_the_bin_is_the_administrators_and_a_clerk_may_not_restore(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        uid = s.get(Serviceman, man_id).uid
    with acting(sessions, staff["supervisor"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
    for role in ("clerk", "supervisor"):
        with pytest.raises(PermissionDenied, match=f"Your role \\({role}\\) may not open the "
                                                   "recycle bin"), \
                acting(sessions, staff[role]) as s:
            recycle.list_items(s)
    with pytest.raises(PermissionDenied, match="Your role \\(clerk\\) may not do this"), \
            acting(sessions, staff["clerk"]) as s:
        recycle.restore(s, item)
    with acting(sessions, staff["admin"]) as s:
        assert [i.id for i in recycle.list_items(s)] == [item]
        recycle.restore(s, item)
    with sessions() as s:
        assert s.execute(select(Serviceman.uid)).scalar_one() == uid


def test_a_supervisor_restores_only_what_he_deleted(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with acting(sessions, staff["admin"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
    with pytest.raises(PermissionDenied, match="admin deleted this, so only an administrator"), \
            acting(sessions, staff["supervisor"]) as s:
        recycle.restore(s, item)


def test_a_document_whose_owner_is_gone_waits_for_him(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        doc_id = s.execute(select(Document.id)).scalars().first()
    with acting(sessions, staff["admin"]) as s:
        doc_item = documents.remove_document(s, doc_id)
        man_item = servicemen.delete_serviceman(s, man_id)
    with pytest.raises(ServiceError, match="The serviceman was deleted as well; restore him "
                                           "first"), acting(sessions, staff["admin"]) as s:
        recycle.restore(s, doc_item)
    with acting(sessions, staff["admin"]) as s:
        recycle.restore(s, man_item)
        recycle.restore(s, doc_item)
    with sessions() as s:
        assert s.execute(select(func.count()).select_from(Document)).scalar() == 4
    with pytest.raises(ServiceError, match="no longer in the recycle bin"), \
            acting(sessions, staff["admin"]) as s:
        recycle.restore(s, doc_item)


def test_an_assignment_overlapping_one_made_since_is_refused(sessions, staff):
    man_id = _world(sessions, staff["admin"])
    with sessions() as s:
        a_id = s.execute(select(Assignment.id)).scalar_one()
    with acting(sessions, staff["admin"]) as s:
        item = assignments.remove_assignment(s, a_id)
        assignments.assign(s, man_id, pb.unit(s, "2-я рота").id, None, dt.date(2024, 1, 1))
    with pytest.raises(ServiceError, match="cannot be restored. Сейтов Ерлан is assigned to "
                                           "2-я рота since 01.01.2024"), \
            acting(sessions, staff["admin"]) as s:
        recycle.restore(s, item)


def test_the_cli_lists_the_bin_and_restores_an_item(sessions, staff, kzpk):
    man_id = _world(sessions, staff["admin"])
    with acting(sessions, staff["supervisor"]) as s:
        iin = s.get(Serviceman, man_id).iin
        item = servicemen.delete_serviceman(s, man_id)
    as_admin = ("--user", "admin")
    code, out, err = kzpk(*as_admin, "recycle", "list", "--json", env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (0, "")
    (listed,) = json.loads(out)
    assert listed["id"] == item and listed["entity"] == "serviceman"
    assert listed["what"] == f"Сейтов Ерлан ({iin})" and listed["deleted_by"] == "supervisor"
    assert listed["rows"] == 9
    code, out, err = kzpk("--user", "clerk", "recycle", "restore", str(item),
                          env={"KZPK_PASSWORD": PASSWORD})
    assert (code, out) == (1, "")
    assert err == ("error: Your role (clerk) may not do this; a supervisor or an administrator "
                   "may.\n")
    code, out, err = kzpk(*as_admin, "recycle", "restore", str(item),
                          env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (0, "") and out.startswith(f"restored serviceman Сейтов Ерлан ({iin})")
    code, out, err = kzpk(*as_admin, "recycle", "restore", str(item),
                          env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (1, "error: This item is no longer in the recycle bin (restored by "
                              "someone else?).\n")
    code, out, _ = kzpk(*as_admin, "recycle", "list", env={"KZPK_PASSWORD": PASSWORD})
    assert (code, out) == (0, "")
    code, _, err = kzpk(*as_admin, "recycle", "restore", "x", env={"KZPK_PASSWORD": PASSWORD})
    assert code == 2 and "expected a whole number" in err


@pytest.mark.sqlite_only
def test_in_an_encrypted_database_the_bin_is_as_unreadable_as_the_records(engine, sessions,
                                                                          db_path):
    from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
    from kzpk_desktop.services import encryption

    passphrase = "полевой ноутбук 2026"
    engine.dispose()
    encryption.encrypt_database(db_path, passphrase)
    keyed = make_engine(encryption.encrypted_url(db_path, passphrase))
    try:
        factory = make_session_factory(keyed)
        with write_session(factory) as s:
            man = pb.person(s, "Уникальнаяфамилия")
            doc = s.execute(select(Document).where(Document.serviceman_id == man.id)
                            ).scalars().first()
            documents.attach_scan(s, doc.id, "passport.png", PNG)
            man_id = man.id
        with write_session(factory) as s:
            item = servicemen.delete_serviceman(s, man_id)
        with factory() as s:
            kept = s.get(RecycleItem, item)
            assert "Уникальнаяфамилия" in kept.rows  # kept, inside the encrypted file
        keyed.dispose()
        raw = b"".join(p.read_bytes() for p in db_path.parent.glob("kzpk.sqlite*"))
        assert b"SCAN-BYTES" not in raw and "Уникальнаяфамилия".encode() not in raw
        with write_session(factory) as s:
            recycle.restore(s, item)
        with factory() as s:
            assert s.execute(select(DocumentScan.data)).scalar_one() == PNG
            assert s.execute(select(Serviceman.surname)).scalar_one() == "Уникальнаяфамилия"
    finally:
        keyed.dispose()


def test_an_item_deleted_for_good_is_gone_with_its_files_and_audited(sessions, staff, kzpk,
                                                                     engine):
    from kzpk_desktop.db.models import RecycleBlob

    man_id = _world(sessions, staff["admin"])
    with acting(sessions, staff["supervisor"]) as s:
        item = servicemen.delete_serviceman(s, man_id)
        assert s.execute(select(func.count()).select_from(RecycleBlob)).scalar() == 1  # the scan
    with pytest.raises(PermissionDenied, match="Your role \\(supervisor\\) may not empty the "
                                               "recycle bin"), \
            acting(sessions, staff["supervisor"]) as s:
        recycle.purge(s, item)
    code, out, err = kzpk("--user", "admin", "recycle", "purge", str(item),
                          env={"KZPK_PASSWORD": PASSWORD})
    assert (code, err) == (0, "") and out.startswith("deleted for good: Сейтов Ерлан (")
    with sessions() as s:
        assert s.execute(select(func.count()).select_from(RecycleItem)).scalar() == 0
        assert s.execute(select(func.count()).select_from(RecycleBlob)).scalar() == 0
        event = s.execute(select(AuditEvent).order_by(AuditEvent.id.desc())).scalars().first()
        assert (event.username, event.action, event.entity) == ("admin", "delete",
                                                                 "recycle_item")
        assert json.loads(event.changes)["what"][0].startswith("Сейтов Ерлан (")
    with pytest.raises(ServiceError, match="no longer in the recycle bin"), \
            acting(sessions, staff["admin"]) as s:
        recycle.restore(s, item)
    assert maintenance.check(engine, deep=True).problems == []
