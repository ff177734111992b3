"""The same person entered at the ministry and at a field office (same IIN and names): the
import merges them under one uid, records the merge in the audit trail, and ``kzpk check
--deep`` stays clean on both offices afterwards."""
from __future__ import annotations

import json
import random
import uuid

import pytest

from sqlalchemy import func, select

from cli_runner import run_cli
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import AuditEvent, Serviceman
from kzpk_desktop.services.exchange import conflicts

from .offices import OfficeDb, pair, settle
from .world import person_values, seed_ministry


SMALL, LARGE = uuid.UUID(int=1), uuid.UUID(int=2 ** 127)


# The smaller uid survives: the ministry's own record is re-keyed, or the field office's.
@pytest.mark.parametrize("uids", [(LARGE, SMALL), (SMALL, LARGE)], ids=["ministry-rekeyed",
                                                                      "field-rekeyed"])
def test_a_person_entered_twice_is_merged_audited_and_check_deep_stays_clean(
        fresh_url, field_url, capsys, uids):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    f1 = OfficeDb(field_url("f1"), "F1")
    try:
        pair(m, f1)
        f1.receive(m.export(f1))
        for office, uid in zip((m, f1), uids):  # entered at both, each under its own uid
            with write_session(office.sessions) as s:
                s.add(Serviceman(**person_values(random.Random(4), 4), uid=uid,
                                 origin=office.code))
        summary = m.receive(f1.export(m))
        assert [str(x) for x in summary.merged] and "merged (same IIN and names)" in str(
            summary.merged[0])
        f1.receive(m.export(f1))
        for office in (m, f1):
            with office.sessions() as s:
                assert s.execute(select(func.count(Serviceman.id))).scalar() == 1
        assert m.digest() == f1.digest()
        with m.sessions() as s:
            merges = s.execute(select(AuditEvent).where(
                AuditEvent.action == "exchange_merge")).scalars().all()
        assert len(merges) == 1 and merges[0].entity == "serviceman"
        assert merges[0].entity_uid == SMALL
        with office_of_rekey(m, f1, uids).sessions() as s:
            rekeys = s.execute(select(AuditEvent).where(
                AuditEvent.action == "exchange_rekey")).scalars().all()
        assert [(e.entity_uid, json.loads(e.changes)["old"]) for e in rekeys] == [(SMALL, str(LARGE))]
        for office in (m, f1):
            code, out, err = run_cli(capsys, "--db", office.url, "check", "--deep")
            assert code == 0, (office.code, out, err)
        with m.sessions() as s, f1.sessions() as t:
            assert s.execute(select(Serviceman.uid)).scalar() == SMALL \
                == t.execute(select(Serviceman.uid)).scalar()
    finally:
        m.close()
        f1.close()


def office_of_rekey(m, f1, uids):
    """Where the record under the larger uid lived, and was re-keyed."""
    return m if uids[0] == LARGE else f1


def test_a_double_held_for_the_ministry_is_merged_after_the_person_was_merged_with_another(
        offices):
    """The ministry is asked about F2's double (other names), then merges its own record with
    F1's (same names) under F1's uid: the clerk's answer merges F2's person into that one,
    and every office ends with one person."""
    m, f1, f2 = offices
    for f in (f1, f2):
        f.receive(m.export(f))
    values = person_values(random.Random(5), 5)
    for office, uid, name in ((m, 3, "Марат"), (f1, 2, "Марат"), (f2, 1, "Дана")):
        with write_session(office.sessions) as s:
            s.add(Serviceman(**{**values, "given_name": name}, uid=uuid.UUID(int=uid),
                             origin=office.code))
    m.receive(f2.export(m))  # F2's Дана is held: the ministry decides
    summary = m.receive(f1.export(m))  # F1's Марат is merged with the ministry's
    assert "merged (same IIN and names)" in str(summary.merged[0])
    with m.sessions() as s:
        (conflict,) = conflicts.open_conflicts(s)
    assert conflict.kind == "identity"
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, "local")
    settle(m, f1, f2, down=True)
    for office in (m, f1, f2):
        with office.sessions() as s:
            assert s.execute(select(Serviceman.uid, Serviceman.given_name)).all() == [
                (uuid.UUID(int=1), "Марат")], office.code
            assert conflicts.open_conflicts(s) == []
    assert m.digest() == f1.digest() == f2.digest()
