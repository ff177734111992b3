"""Two saves of one record that truly overlap on a server end in the stale-record refusal.

On SQLite the write lock taken at BEGIN queues the second save before it reads
anything (``test_servicemen`` covers that order). On PostgreSQL both read
version 1 and write at once: the first holds its transaction open until the
second is seen waiting on a lock, then commits; the second must be the
ordinary "changed by someone else" refusal (offering to reload), whether it
changed the record or saved it unchanged, and the first's change must stand.
"""
from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import SearchToken, Serviceman
from kzpk_desktop.services import servicemen
from kzpk_desktop.services.errors import StaleRecord
from kzpk_desktop.services.servicemen import ServicemanData

pytestmark = pytest.mark.postgres_only


def _waiting_on_a_lock(engine) -> bool:
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar() > 0


def _overlap(db_url, pid: int, first_change, second_change):
    """Both read the record; the second saves while the first's save is uncommitted."""
    first, second = (make_engine(db_url) for _ in range(2))
    sessions_1, sessions_2 = make_session_factory(first), make_session_factory(second)
    with sessions_1() as s:
        mine = servicemen.get_serviceman(s, pid)
    with sessions_2() as s:
        theirs = servicemen.get_serviceman(s, pid)
    first_change(mine)
    second_change(theirs)
    outcome: dict[str, BaseException | None] = {}

    def second_save():
        try:
            with write_session(sessions_2) as s:
                servicemen.update_serviceman(s, pid, theirs)
            outcome["second"] = None
        except BaseException as exc:  # noqa: BLE001 - what the clerk would be shown
            outcome["second"] = exc

    try:
        with write_session(sessions_1) as s:
            servicemen.update_serviceman(s, pid, mine)
            worker = threading.Thread(target=second_save)
            worker.start()
            deadline = time.monotonic() + 60  # a guard against a hang, not a measurement
            while not _waiting_on_a_lock(first) and worker.is_alive():
                assert time.monotonic() < deadline, "the second save never met the first's lock"
                time.sleep(0.02)
        worker.join()
    finally:
        first.dispose()
        second.dispose()
    return outcome["second"]


@pytest.fixture
def pid(sessions):
    data = ServicemanData(iin="791028302728", service_number="A-100200", surname="Иванов",
                          given_name="Сергей", status="active")
    with write_session(sessions) as s:
        return servicemen.create_serviceman(s, data).id


@pytest.mark.parametrize("second", ["changed", "unchanged"])
def test_an_overlapping_save_is_refused_as_stale(sessions, db_url, pid, second):
    def phone(data):
        data.phone = "+7 701 555 12 12"

    def speciality(data):
        data.speciality = "Сапёр"

    error = _overlap(db_url, pid, phone, speciality if second == "changed" else lambda d: None)
    assert isinstance(error, StaleRecord), repr(error)
    assert str(error) == ("Иванов Сергей was changed by someone else after you opened it. "
                          "Reload the record to see their changes.")
    with sessions() as s:
        row = s.get(Serviceman, pid)
        assert (row.phone, row.speciality, row.version) == ("+7 701 555 12 12", None, 2)
        tokens = s.scalar(select(func.count()).select_from(SearchToken)
                          .where(SearchToken.serviceman_id == pid))
    assert tokens > 0
