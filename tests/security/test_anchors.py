"""Audit anchors: a head recorded outside the database proves later rewrites of history.

The scenario of the issue: whoever owns the schema disables the append-only
trigger, rewrites an event and recomputes every later hash with the code's own
function. ``kzpk check`` alone still says ok (the chain agrees with itself);
``kzpk check --anchor`` with a head taken before says which event changed.
Runs on SQLite and, with KZPK_TEST_PG_URL, on PostgreSQL.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from kzpk_desktop.db.models import AuditEvent
from kzpk_desktop.services import anchors, audit_seal
from kzpk_desktop.services.audit import audit_event, chain_hash
from kzpk_desktop.services.auth import acting

sys.path.insert(0, str(Path(__file__).parents[1] / "exports"))
from export_helpers import soffice_convert  # noqa: E402


@pytest.fixture
def trail(sessions, staff):
    """Six events by a clerk; the id of the last."""
    with acting(sessions, staff["clerk"]) as s:
        for i in range(6):
            audit_event(s, "export", details={"report": "expiring", "n": i})
    with sessions() as s:
        return s.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc())).scalar()


def _owner_rewrites(engine, event_id: int, username: str) -> None:
    """Disable the append-only trigger, edit one event, recompute every later hash, and seal
    them again with the workstation's key (the worst case: the owner holds the key too; an
    owner without it is caught by the seals, tests/security/test_tampering.py)."""
    key = audit_seal.workstation_key()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_event_no_update"))
        rows = conn.execute(select(AuditEvent.__table__).where(AuditEvent.id >= event_id - 1)
                            .order_by(AuditEvent.id)).mappings().all()
        prev = rows[0]["hash"]
        for row in rows[1:]:
            row = dict(row)
            if row["id"] == event_id:
                row["username"] = username
            digest = chain_hash(prev, row)
            conn.execute(AuditEvent.__table__.update().where(AuditEvent.id == row["id"])
                         .values(username=row["username"], prev_hash=prev, hash=digest,
                                 seal=audit_seal.seal(key, digest)))
            prev = digest
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))


def _anchor_file(kzpk, tmp_path, name="head.json") -> Path:
    path = tmp_path / name
    code, out, err = kzpk("--user", "admin", "audit", "anchor", "-o", path,
                          env={"KZPK_PASSWORD": "correct horse battery"})
    assert (code, err) == (0, "")
    return path


def test_an_anchor_file_records_the_head_and_check_finds_it(kzpk, tmp_path, trail):
    path = _anchor_file(kzpk, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "kzpk-audit-anchor" and data["version"] == 1
    assert data["sequence"] == trail + 1 and len(data["hash"]) == 64  # after the admin's sign-in
    assert "correct horse" not in path.read_text(encoding="utf-8")
    code, out, err = kzpk("--user", "admin", "check", "--anchor", path,
                          env={"KZPK_PASSWORD": "correct horse battery"})
    assert (code, err) == (0, "")
    assert f"anchor {path}: event {trail + 1} (hash {data['hash'][:12]}…) found unchanged" in out
    assert "integrity: ok" in out


def test_a_rewritten_history_passes_the_chain_but_not_the_anchor(kzpk, engine, tmp_path,
                                                                 trail):
    path = _anchor_file(kzpk, tmp_path)
    _owner_rewrites(engine, trail - 3, "admin")
    code, out, err = kzpk("check")
    assert code == 0 and "integrity: ok" in out  # the chain agrees with itself
    code, out, err = kzpk("check", "--anchor", path)
    assert code == 1
    assert err.splitlines() == [f"error: audit trail: event {trail + 1} no longer has the hash "
                                f"recorded in {path}: history up to it was rewritten"]
    assert "integrity: 1 problem(s)" in out


def test_events_after_the_anchor_are_not_covered_by_it(kzpk, engine, sessions, staff,
                                                       tmp_path, trail):
    path = _anchor_file(kzpk, tmp_path)
    head = anchors.read_anchor(path)
    with acting(sessions, staff["clerk"]) as s:
        audit_event(s, "export", details={"report": "expiring", "n": 99})
    _owner_rewrites(engine, head.sequence + 1, "admin")  # the chain proves nothing after it
    code, _out, err = kzpk("check", "--anchor", path)
    assert (code, err) == (0, "")


def test_a_trail_cut_short_before_the_anchor_is_reported(kzpk, engine, tmp_path, trail):
    path = _anchor_file(kzpk, tmp_path)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_event_no_delete"))
        conn.execute(AuditEvent.__table__.delete().where(AuditEvent.id >= trail - 1))
    code, _out, err = kzpk("check", "--anchor", path)
    assert code == 1
    assert err.splitlines() == [f"error: audit trail: event {trail + 1} recorded in {path} is no "
                                f"longer in the database (the newest is {trail - 2}): the "
                                "trail was cut short or replaced"]


def test_a_report_carries_the_head_it_was_read_at(kzpk, engine, tmp_path, trail):
    out_file = tmp_path / "expiring.xlsx"
    code, _out, err = kzpk("--user", "clerk", "export", "expiring", "--within", "30", "-o",
                           out_file, env={"KZPK_PASSWORD": "correct horse battery"})
    assert (code, err) == (0, "")
    wb = load_workbook(out_file)
    [prop] = [p for p in wb.custom_doc_props.props if p.name == "KZPK audit head"]
    with engine.connect() as conn:
        head_hash = conn.execute(select(AuditEvent.hash).where(AuditEvent.id == trail + 1)
                                 ).scalar()  # the clerk's sign-in came before the read
    assert prop.value == f"{trail + 1}:{head_hash}"
    # A spreadsheet saving the file again keeps the property.
    soffice_convert([out_file], "xlsx", tmp_path / "resaved", tmp_path / "profile")
    resaved = tmp_path / "resaved" / "expiring.xlsx"
    assert anchors.read_anchor(resaved) == anchors.Anchor(trail + 1, head_hash)
    _owner_rewrites(engine, trail - 1, "admin")
    code, _out, err = kzpk("check", "--anchor", out_file, resaved)
    assert code == 1
    assert err.splitlines() == [
        f"error: audit trail: event {trail + 1} no longer has the hash recorded in "
        f"{name}: history up to it was rewritten" for name in (out_file, resaved)]


@pytest.mark.sqlite_only
def test_a_backup_holds_its_head_and_serves_as_an_anchor(kzpk, engine, tmp_path, trail):
    target = tmp_path / "copy.sqlite"
    code, out, err = kzpk("--user", "admin", "backup", "-o", target,
                          env={"KZPK_PASSWORD": "correct horse battery"})
    assert (code, err) == (0, "")
    head = anchors.read_anchor(target)
    assert head.sequence == trail + 1  # the admin's sign-in is in it
    assert f"audit head {head.text()})" in out
    _owner_rewrites(engine, 2, "nobody")
    code, _out, err = kzpk("check", "--anchor", target)
    assert code == 1 and f"event {trail + 1} no longer has the hash recorded in {target}" in err


def test_a_file_without_an_anchor_is_refused_in_one_line(kzpk, tmp_path, trail):
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    code, out, err = kzpk("check", "--anchor", other)
    assert (code, out) == (1, "")
    assert err == (f"error: {other} holds no audit anchor: it is not an anchor file, a KZPK "
                   "report or a backup (an encrypted backup needs its passphrase).\n")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "kzpk-audit-anchor", "version": 1, "sequence": 3,
                               "hash": "xyz"}), encoding="utf-8")
    code, _out, err = kzpk("check", "--anchor", bad)
    assert code == 1 and err.startswith("error: '3:xyz' is not an audit anchor")


def test_the_text_form_round_trips_and_rejects_junk():
    head = anchors.Anchor(42, "ab" * 32)
    assert anchors.parse(head.text()) == head
    assert anchors.from_json(anchors.to_json(head)) == head
    for junk in ("", "42", "42:" + "g" * 64, "x:" + "a" * 64):
        with pytest.raises(anchors.AnchorError):
            anchors.parse(junk)
