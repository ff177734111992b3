"""Roster status changes travel as history: each move with its day and reason reaches every
office, a move the sender may not make is refused with the reason, concurrent moves become
a conflict resolved the same everywhere, and figures on a past day agree between offices."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from cli_runner import run_cli
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import RosterEntry, RosterStatusChange, Rotation, Serviceman
from kzpk_desktop.services import demo, recycle, roster_history, rosters, servicemen
from kzpk_desktop.services.exchange import conflicts
from planning_builders import person

from .offices import OfficeDb, pair, settle

NOMINATED, APPROVED = dt.date(2026, 2, 2), dt.date(2026, 2, 16)
ARRIVED, WITHDRAWN, REPATRIATED = dt.date(2026, 3, 12), dt.date(2026, 3, 1), dt.date(2026, 5, 5)


def _nominate(m: OfficeDb, *, approve: bool = True) -> str:
    """A person with every document, nominated (and approved) at the ministry; the entry's
    uid."""
    with write_session(m.sessions) as s:
        man = person(s)
        rotation_id = s.execute(select(Rotation.id).where(Rotation.name == "Rotation 1")
                                ).scalar_one()
        [entry] = rosters.add_to_roster(s, rotation_id, [man.id], on=NOMINATED).entries
        s.flush()
        uid = str(entry.uid)
    if approve:
        _move(m, uid, "approved", on=APPROVED)
    return uid


def _move(office: OfficeDb, uid: str, status: str, **kw) -> None:
    with write_session(office.sessions) as s:
        rosters.set_status(s, _entry(s, uid).id, status, **kw)


def _entry(s, uid: str) -> RosterEntry:
    return s.execute(select(RosterEntry).where(RosterEntry.uid == uuid.UUID(uid))).scalar_one()


def history(office: OfficeDb, uid: str) -> list[tuple]:
    """The entry's moves as a clerk reads them, in the order they took effect."""
    with office.sessions() as s:
        entry = _entry(s, uid)
        return [(c.from_status, c.to_status, c.effective_on, c.reason, c.recorded_by)
                for c in sorted(entry.history, key=lambda c: (c.effective_on, c.recorded_at))]


def status(office: OfficeDb, uid: str) -> str:
    with office.sessions() as s:
        return _entry(s, uid).status


def histories(office: OfficeDb) -> dict[str, list[tuple]]:
    """Every entry's history, by the entry's uid, moves by uid."""
    with office.sessions() as s:
        rows = s.execute(select(RosterEntry.uid, RosterStatusChange)
                         .join(RosterStatusChange.entry)).all()
        out: dict[str, list[tuple]] = {}
        for entry_uid, c in rows:
            out.setdefault(str(entry_uid), []).append(
                (str(c.uid), c.from_status, c.to_status, c.effective_on, c.recorded_at,
                 c.recorded_by, c.reason, c.inferred))
        return {k: sorted(v) for k, v in out.items()}


def report_cells(capsys, tmp_path, office: OfficeDb, *args: str) -> list[list]:
    """Every cell of a workbook exported at ``office`` (``kzpk export ...``), but the line
    saying when it was made (to the minute)."""
    out = tmp_path / f"{office.code}-{'-'.join(args)}.xlsx"
    code, _, err = run_cli(capsys, "--db", office.url, "export", *args, "-o", out)
    assert code == 0, err
    book = load_workbook(out)
    return [[list(row) for row in ws.iter_rows(values_only=True)
             if not str(row[0]).startswith("Сформирован ")] for ws in book]


def deep_check(capsys, office: OfficeDb) -> str:
    code, out, err = run_cli(capsys, "--db", office.url, "check", "--deep")
    assert code == 0, (out, err)
    return out


def test_an_arrival_recorded_in_the_field_reaches_the_ministry_with_its_day_and_reason(
        offices, capsys, tmp_path):
    m, f1, f2 = offices
    uid = _nominate(m)
    f1.receive(m.export(f1))
    _move(f1, uid, "deployed", on=ARRIVED, reason="прибыл в район миссии")
    summary = m.receive(f1.export(m))
    assert summary.refused == [] and summary.conflicts == []
    expected = [(None, "nominated", NOMINATED, None, "bootstrap"),
                ("nominated", "approved", APPROVED, None, "bootstrap"),
                ("approved", "deployed", ARRIVED, "прибыл в район миссии", "bootstrap")]
    assert history(m, uid) == expected
    assert status(m, uid) == "deployed"
    f2.receive(m.export(f2))
    assert history(f2, uid) == expected and status(f2, uid) == "deployed"
    assert histories(m) == histories(f1) == histories(f2)
    # The figures on a day before and after the arrival agree between the offices.
    reports = {}
    for day in ("2026-03-11", "2026-03-12"):
        for report, office in (("parliament-report", f1), ("contributions", f2)):
            at_ministry = report_cells(capsys, tmp_path, m, report, "--as-of", day)
            assert report_cells(capsys, tmp_path, office, report, "--as-of", day) \
                == at_ministry
            reports[report, day] = at_ministry
    # ... and they are figures of that day: the person counts as deployed from the 12th.
    assert reports["parliament-report", "2026-03-11"] != reports["parliament-report",
                                                                 "2026-03-12"]
    assert reports["contributions", "2026-03-11"] != reports["contributions", "2026-03-12"]
    for office in (m, f1, f2):
        deep_check(capsys, office)


def test_an_approval_written_at_a_field_office_is_refused_with_the_reason(offices):
    m, f1, _ = offices
    uid = _nominate(m, approve=False)
    f1.receive(m.export(f1))
    # Written past the services (which refuse it at a field office): the package is refused.
    with write_session(f1.sessions) as s:
        entry = _entry(s, uid)
        entry.status = "approved"
        move = roster_history.record(s, entry, "nominated", "approved", APPROVED, by="clerk")
        s.flush()
        move_uid = str(move.uid)
    summary = m.receive(f1.export(m))
    reason = ("a field office cannot set a roster entry to approved; only the ministry "
              "approves and withdraws")
    assert sorted(str(r) for r in summary.refused) == sorted([
        f"roster_entry {uid} from F1 not applied: {reason}",
        f"roster_status_change {move_uid} from F1 not applied: {reason}"])
    assert status(m, uid) == "nominated"
    assert [h[:3] for h in history(m, uid)] == [(None, "nominated", NOMINATED)]
    # The ministry's answer puts the field office right again.
    f1.receive(m.export(f1))
    assert status(f1, uid) == "nominated"
    assert history(f1, uid) == history(m, uid)
    assert histories(f1) == histories(m)


@pytest.mark.parametrize("keep", ["incoming", "local"])
def test_concurrent_moves_are_a_conflict_resolved_the_same_everywhere(offices, capsys, keep):
    m, f1, f2 = offices
    uid = _nominate(m)
    for f in (f1, f2):
        f.receive(m.export(f))
    # The ministry withdraws the person while the field office records the arrival and an
    # early repatriation.
    _move(m, uid, "withdrawn", on=WITHDRAWN, reason="по личной просьбе")
    _move(f1, uid, "deployed", on=ARRIVED)
    _move(f1, uid, "repatriated", on=REPATRIATED, repatriation_reason="по состоянию здоровья")
    summary = m.receive(f1.export(m))
    assert [str(c) for c in summary.conflicts] == [
        f"roster_entry {uid} status: here withdrawn, from F1 repatriated"]
    assert status(m, uid) == "withdrawn"  # never silently overwritten
    f1.receive(m.export(f1))
    assert status(f1, uid) == "repatriated"
    with f1.sessions() as s:
        assert [(c.entity, str(c.uid), c.field, c.local, c.incoming)
                for c in conflicts.open_conflicts(s)] == [
            ("roster_entry", uid, "status", "repatriated", "withdrawn")]
    with m.sessions() as s:
        [c] = conflicts.open_conflicts(s)
    with write_session(m.sessions) as s:
        conflicts.resolve(s, c.id, keep)
    settle(m, f1, f2)
    common = [(None, "nominated", NOMINATED, None, "bootstrap"),
              ("nominated", "approved", APPROVED, None, "bootstrap")]
    if keep == "incoming":
        value, expected = "repatriated", common + [
            ("approved", "deployed", ARRIVED, None, "bootstrap"),
            ("deployed", "repatriated", REPATRIATED, "по состоянию здоровья", "bootstrap")]
    else:
        value, expected = "withdrawn", common + [
            ("approved", "withdrawn", WITHDRAWN, "по личной просьбе", "bootstrap")]
    # The entry's dates and the person's status are those of the kept chain.
    fields = (ARRIVED, REPATRIATED, REPATRIATED, "по состоянию здоровья", "returned") \
        if keep == "incoming" else (None, None, None, None, "active")
    for office in (m, f1, f2):
        assert (status(office, uid), history(office, uid)) == (value, expected), office.code
        assert ground_fields(office, uid) == fields, office.code
        with office.sessions() as s:
            assert conflicts.open_conflicts(s) == []
        deep_check(capsys, office)
    assert m.digest() == f1.digest() == f2.digest()


def ground_fields(office: OfficeDb, uid: str) -> tuple:
    """What the moves write: arrival, departure, repatriation date and reason, and the
    person's own status."""
    with office.sessions() as s:
        e = _entry(s, uid)
        return (e.arrival_date, e.departure_date, e.repatriation_date, e.repatriation_reason,
                e.serviceman.status)


COMPLETED = dt.date(2026, 9, 1)


@pytest.mark.parametrize("keep", ["incoming", "local"])
def test_an_early_repatriation_against_a_completion_leaves_the_kept_ones_dates_everywhere(
        offices, capsys, keep):
    """Two field offices move the deployed person on: one repatriates him early with a
    reason and a date, the other records the completion. Whichever the ministry keeps, the
    other's dates and reason go, on every office."""
    m, f1, f2 = offices
    uid = _nominate(m)
    for f in (f1, f2):
        f.receive(m.export(f))
    _move(f1, uid, "deployed", on=ARRIVED)
    settle(m, f1, f2)
    _move(f2, uid, "completed", on=COMPLETED)
    _move(f1, uid, "repatriated", on=REPATRIATED, repatriation_reason="по семейным "
                                                                        "обстоятельствам")
    m.receive(f2.export(m))  # the completion first: the ministry takes it
    summary = m.receive(f1.export(m))
    assert [str(c) for c in summary.conflicts] == [
        f"roster_entry {uid} status: here completed, from F1 repatriated"]
    with m.sessions() as s:
        [c] = conflicts.open_conflicts(s)
    with write_session(m.sessions) as s:
        conflicts.resolve(s, c.id, keep)
    settle(m, f1, f2, down=True)
    if keep == "incoming":  # F1's early repatriation
        value = "repatriated"
        fields = (ARRIVED, REPATRIATED, REPATRIATED, "по семейным обстоятельствам", "returned")
    else:
        value, fields = "completed", (ARRIVED, COMPLETED, None, None, "returned")
    for office in (m, f1, f2):
        assert status(office, uid) == value, office.code
        assert history(office, uid)[-1][:3] == ("deployed", value,
                                                REPATRIATED if value == "repatriated"
                                                else COMPLETED)
        assert ground_fields(office, uid) == fields, office.code
        deep_check(capsys, office)
    assert m.digest() == f1.digest() == f2.digest()


def test_the_first_package_carries_the_whole_history(offices, field_url, capsys, tmp_path):
    m, _, _ = offices
    demo.generate(m.sessions, servicemen=120, seed=4, today=dt.date(2026, 6, 15))
    uid = _nominate(m)
    _move(m, uid, "deployed", on=ARRIVED)
    f3 = OfficeDb(field_url("f3"), "F3")
    try:
        pair(m, f3)
        f3.receive(m.export(f3))
        at_ministry = histories(m)
        assert len(at_ministry) > 20
        assert histories(f3) == at_ministry
        assert history(f3, uid)[-1][:3] == ("approved", "deployed", ARRIVED)
        with f3.sessions() as s:
            assert s.execute(select(Serviceman.id)).first() is not None
        for day in ("2025-06-30", "2026-03-11", "2026-03-12"):
            assert report_cells(capsys, tmp_path, f3, "parliament-report", "--as-of", day) \
                == report_cells(capsys, tmp_path, m, "parliament-report", "--as-of", day)
        deep_check(capsys, f3)
        deep_check(capsys, m)
    finally:
        f3.close()


def test_moves_recorded_by_a_laptop_whose_clock_is_behind_read_in_their_order(
        offices, capsys, tmp_path, monkeypatch):
    m, f1, _ = offices
    uid = _nominate(m)
    f1.receive(m.export(f1))
    # The field laptop's clock is a day behind the ministry's: its arrival is "recorded"
    # before the approval it follows.
    with m.sessions() as s:
        approved_at = max(c.recorded_at for c in _entry(s, uid).history)
    monkeypatch.setattr(roster_history, "utcnow", lambda: approved_at - dt.timedelta(days=1))
    _move(f1, uid, "deployed", on=ARRIVED)
    monkeypatch.undo()
    m.receive(f1.export(m))
    assert status(m, uid) == "deployed"
    deployed = report_cells(capsys, tmp_path, m, "contributions", "--as-of", "2026-03-12")
    before = report_cells(capsys, tmp_path, m, "contributions", "--as-of", "2026-03-11")
    assert deployed != before  # counted as deployed from the day of arrival
    assert report_cells(capsys, tmp_path, f1, "contributions", "--as-of", "2026-03-12") \
        == deployed
    deep_check(capsys, m)
    deep_check(capsys, f1)


def test_the_deep_check_names_an_entry_whose_status_is_not_where_its_history_ends(
        offices, capsys):
    m, _, _ = offices
    uid = _nominate(m, approve=False)
    with write_session(m.sessions) as s:
        entry = _entry(s, uid)
        entry.status = "withdrawn"  # past rosters.set_status: no move in the history
        entry_id = entry.id
    code, _, err = run_cli(capsys, "--db", m.url, "check", "--deep")
    assert code == 1
    assert (f"error: roster entry id {entry_id}: its status is 'withdrawn', but its status history "
            "ends at 'nominated' (changed outside KZPK Desktop)") in err.splitlines()


def test_a_deleted_entry_takes_its_history_away_everywhere_and_a_restore_brings_it_back(
        offices, capsys):
    m, f1, _ = offices
    uid = _nominate(m)
    f1.receive(m.export(f1))
    _move(f1, uid, "deployed", on=ARRIVED)
    m.receive(f1.export(m))
    kept = histories(m)
    with write_session(m.sessions) as s:
        item = servicemen.delete_serviceman(s, _entry(s, uid).serviceman_id)
    summary = f1.receive(m.export(f1))
    assert summary.refused == [] and summary.held == []
    assert summary.deleted["roster_status_change"] == 3
    for office in (m, f1):
        with office.sessions() as s:
            assert s.execute(select(RosterStatusChange.id)).first() is None
    m.receive(f1.export(m))  # the field office's answer brings nothing back
    assert histories(m) == {} and m.digest() == f1.digest()
    # Put back from the recycle bin at the ministry: the history comes back everywhere.
    with write_session(m.sessions) as s:
        recycle.restore(s, item)
    f1.receive(m.export(f1))
    assert histories(m) == histories(f1) == kept
    assert status(f1, uid) == "deployed"
    for office in (m, f1):
        deep_check(capsys, office)
