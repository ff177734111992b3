"""The status history of roster entries: written by the workflow, by the demo generator the
same way, and reconstructed by the 0002 migration for entries made before it."""
from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from alembic import command
from sqlalchemy import select, text

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import Decision, RosterEntry, RosterStatusChange, Rotation
from kzpk_desktop.services import demo
from kzpk_desktop.services.accounts import create_user
from kzpk_desktop.services.auth import Actor, acting
from kzpk_desktop.services.errors import ValidationError
from kzpk_desktop.services.rosters import TRANSITIONS, add_to_roster, set_status

from planning_builders import decision, person, rotation


def history(sessions, entry_id):
    with sessions() as s:
        return [(c.from_status, c.to_status, c.effective_on, c.recorded_by, c.reason, c.inferred)
                for c in s.execute(select(RosterStatusChange)
                                   .where(RosterStatusChange.roster_entry_id == entry_id)
                                   .order_by(RosterStatusChange.id)).scalars()]


def test_every_move_is_recorded_with_its_day_who_and_why(sessions):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        man = person(s)
        create_user(s, "root", "long enough password", "admin")
        create_user(s, "aida", "long enough password", "supervisor")
    with acting(sessions, Actor("aida", "supervisor")) as s:
        [entry] = add_to_roster(s, rot.id, [man.id], on=dt.date(2025, 1, 10)).entries
    with acting(sessions, Actor("aida", "supervisor")) as s:
        set_status(s, entry.id, "approved", on=dt.date(2025, 2, 1))
    with acting(sessions, Actor("aida", "supervisor")) as s:
        set_status(s, entry.id, "deployed", on=dt.date(2025, 3, 2))
    with acting(sessions, Actor("root", "admin")) as s:
        set_status(s, entry.id, "repatriated", on=dt.date(2025, 5, 10),
                   repatriation_reason=" по состоянию здоровья ")
    assert history(sessions, entry.id) == [
        (None, "nominated", dt.date(2025, 1, 10), "aida", None, False),
        ("nominated", "approved", dt.date(2025, 2, 1), "aida", None, False),
        ("approved", "deployed", dt.date(2025, 3, 2), "aida", None, False),
        ("deployed", "repatriated", dt.date(2025, 5, 10), "root", "по состоянию здоровья", False),
    ]
    with sessions() as s:
        recorded = s.execute(select(RosterStatusChange.recorded_at)).scalars().all()
    assert all(r.date() >= dt.date.today() - dt.timedelta(days=1) for r in recorded)


def test_defaults_are_today_or_the_dates_on_the_entry_and_a_note_is_kept(sessions):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        a, b = (add_to_roster(s, rot.id, [person(s).id]).entries[0] for _ in range(2))
    with write_session(sessions) as s:
        set_status(s, b.id, "withdrawn", reason="по личной просьбе")
    with write_session(sessions) as s:
        set_status(s, a.id, "approved")
    with write_session(sessions) as s:
        s.get(RosterEntry, a.id).arrival_date = dt.date(2025, 3, 3)
    with write_session(sessions) as s:
        set_status(s, a.id, "deployed")
    today = dt.date.today()
    assert [h[:3] for h in history(sessions, a.id)] == [
        (None, "nominated", today), ("nominated", "approved", today),
        ("approved", "deployed", dt.date(2025, 3, 3))]
    assert history(sessions, b.id)[-1] == ("nominated", "withdrawn", today, "bootstrap",
                                          "по личной просьбе", False)


@pytest.mark.parametrize("status, on, message", [
    ("approved", dt.date.today() + dt.timedelta(days=1),
     "The date {} is in the future; a status change takes effect on or before today ({})."),
    ("approved", dt.date(2023, 12, 31),
     "Decision DEC-1 was adopted on 19.01.2024; nobody can be approved under it before that day "
     "(31.12.2023)."),
])
def test_a_day_in_the_future_or_before_the_decision_is_refused_and_nothing_changes(
        sessions, status, on, message):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        [entry] = add_to_roster(s, rot.id, [person(s).id]).entries
    before = history(sessions, entry.id)
    with pytest.raises(ValidationError) as exc, write_session(sessions) as s:
        set_status(s, entry.id, status, on=on)
    fmt = "%d.%m.%Y"
    assert str(exc.value) == message.format(on.strftime(fmt), dt.date.today().strftime(fmt))
    assert history(sessions, entry.id) == before
    with sessions() as s:
        assert s.get(RosterEntry, entry.id).status == "nominated"


def test_a_nomination_in_the_future_is_refused(sessions):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        man = person(s)
    with pytest.raises(ValidationError, match="is in the future"), write_session(sessions) as s:
        add_to_roster(s, rot.id, [man.id], on=dt.date.today() + dt.timedelta(days=3))
    with sessions() as s:
        assert s.execute(select(RosterEntry)).first() is None


def test_deleting_an_entry_takes_its_history_with_it(sessions):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        [entry] = add_to_roster(s, rot.id, [person(s).id]).entries
    with write_session(sessions) as s:
        s.delete(s.get(RosterEntry, entry.id))
    with sessions() as s:
        assert s.execute(select(RosterStatusChange)).first() is None


# --- the demo generator -----------------------------------------------------------------------

def test_demo_history_follows_the_workflow_and_the_dates_on_the_entries(sessions):
    today = dt.date(2026, 6, 15)
    demo.generate(sessions, servicemen=400, seed=3, today=today)
    with sessions() as s:
        entries = s.execute(select(RosterEntry)).scalars().all()
        adopted = dict(s.execute(select(Rotation.id, Decision.date)
                                 .join(Decision, Decision.id == Rotation.decision_id)).all())
        seen = set()
        for e in entries:
            steps = [(c.from_status, c.to_status, c.effective_on, c.inferred)
                     for c in sorted(e.history, key=lambda c: c.id)]
            assert steps[0][:2] == (None, "nominated")
            for (_, old, day, _), (frm, new, later, inferred) in zip(steps, steps[1:]):
                assert frm == old and new in TRANSITIONS[old] and day <= later
            assert steps[-1][1] == e.status
            assert all(day <= today and not inferred for _, _, day, inferred in steps)
            days = {new: day for _, new, day, _ in steps}
            if "approved" in days:
                assert days["approved"] >= adopted[e.rotation_id]
            if "deployed" in days:
                assert days["deployed"] == e.arrival_date
            if "completed" in days or "repatriated" in days:
                assert days.get("completed", days.get("repatriated")) == e.departure_date
            seen.add(e.status)
    assert seen == {"nominated", "approved", "deployed", "completed", "repatriated", "withdrawn"}


# --- the migration ------------------------------------------------------------------------------

@pytest.mark.sqlite_only
def test_migration_reconstructs_history_from_dates_and_the_audit_trail(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    made = dt.datetime(2025, 1, 5, 9, 30)
    later = dt.datetime(2025, 1, 20, 11, 0)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO decision (id, number, date, title, ceiling, uid, created_at, updated_at, "
            "version, origin) VALUES (1, 'D-1', '2024-01-19', 't', 10, :u, :t, :t, 1, 'HQ')"),
            {"u": uuid.uuid4().hex, "t": made})
        conn.execute(text(
            "INSERT INTO rotation (id, mission_id, number, name, decision_id, planned_start, "
            "planned_end, actual_start, status, uid, created_at, updated_at, version, origin) "
            "VALUES (1, (SELECT id FROM mission WHERE acronym = 'UNDOF'), 1, 'r', 1, "
            "'2025-03-01', '2025-08-31', '2025-03-04', 'completed', :u, :t, :t, 1, 'HQ')"),
            {"u": uuid.uuid4().hex, "t": made})
        uids = {}
        for n, (status, arrival, departure, repat) in enumerate([
                ("completed", "2025-03-05", "2025-08-30", None),  # dates only
                ("repatriated", None, None, "2025-05-10"),        # rotation start inferred
                ("approved", None, None, None),                   # audit trail knows the day
                ("withdrawn", None, None, None)], 1):
            conn.execute(text(
                "INSERT INTO serviceman (id, iin, service_number, surname, given_name, sex, birth_date, "
                "status, sort_key, uid, created_at, updated_at, version, origin) VALUES "
                f"({n}, '00000000000{n}', 'S-{n}', 'X', 'Y', 'M', '1990-01-01', 'active', 'x', :u, :t, :t, 1, "
                "'HQ')"), {"u": uuid.uuid4().hex, "t": made})
            uids[status] = uuid.uuid4()
            conn.execute(text(
                "INSERT INTO roster_entry (id, rotation_id, serviceman_id, category_id, status, "
                "arrival_date, departure_date, repatriation_date, repatriation_reason, uid, "
                "created_at, updated_at, version, origin) VALUES "
                f"({n}, 1, {n}, 1, :s, :a, :d, :r, :why, :u, :c, :m, 3, 'HQ')"),
                {"s": status, "a": arrival, "d": departure, "r": repat,
                 "why": "ранение" if repat else None, "u": uids[status].hex, "c": made,
                 "m": later})
        for at, who, old, new in ((made, "aida", None, "nominated"),
                                  (later, "bolat", "nominated", "approved")):
            conn.execute(text(
                "INSERT INTO audit_event (uid, at, username, action, entity, entity_uid, changes, "
                "origin) VALUES (:u, :at, :who, 'update', 'roster_entry', :e, :c, 'HQ')"),
                {"u": uuid.uuid4().hex, "at": at, "who": who, "e": uids["approved"].hex,
                 "c": json.dumps({"status": [old, new]})})
    engine.dispose()
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, backup=None)
    sessions = make_session_factory(engine)

    def steps(n):
        return [(f, t, d, who, why, inferred) for f, t, d, _at, who, why, inferred in
                _raw(sessions, n)]

    d = dt.date
    assert steps(1) == [
        (None, "nominated", d(2025, 1, 5), None, None, True),
        ("nominated", "approved", d(2025, 3, 5), None, None, True),
        ("approved", "deployed", d(2025, 3, 5), None, None, True),
        ("deployed", "completed", d(2025, 8, 30), None, None, True)]
    assert steps(2)[1:] == [
        ("nominated", "approved", d(2025, 3, 4), None, None, True),
        ("approved", "deployed", d(2025, 3, 4), None, None, True),
        ("deployed", "repatriated", d(2025, 5, 10), None, "ранение", True)]
    assert steps(3) == [
        (None, "nominated", d(2025, 1, 5), "aida", None, False),
        ("nominated", "approved", d(2025, 1, 20), "bolat", None, False)]
    assert steps(4) == [
        (None, "nominated", d(2025, 1, 5), None, None, True),
        ("nominated", "withdrawn", d(2025, 1, 20), None, None, True)]
    engine.dispose()


def _raw(sessions, entry_id):
    with sessions() as s:
        return [(c.from_status, c.to_status, c.effective_on, c.recorded_at, c.recorded_by,
                 c.reason, c.inferred)
                for c in s.execute(select(RosterStatusChange)
                                   .where(RosterStatusChange.roster_entry_id == entry_id)
                                   .order_by(RosterStatusChange.id)).scalars()]
