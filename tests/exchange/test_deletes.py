"""Deletions at several offices and the ministry's decision to keep the record after all."""
from __future__ import annotations

import random
import time

from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.services.exchange import conflicts

from .world import person_values


def _phones(office) -> list:
    with office.sessions() as s:
        return list(s.execute(select(Serviceman.phone)).scalars())


def _delete_all(office) -> None:
    with write_session(office.sessions) as s:
        for person in s.execute(select(Serviceman)).scalars():
            s.delete(person)


def test_a_record_deleted_at_two_offices_and_kept_by_the_ministry_comes_back_everywhere(
        offices):
    m, f1, f2 = offices
    with write_session(m.sessions) as s:
        s.add(Serviceman(**person_values(random.Random(1), 1)))
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))
    _delete_all(m)
    time.sleep(0.01)  # the field office deletes later: its deletion is the latest one
    _delete_all(f1)
    with write_session(f2.sessions) as s:
        s.execute(select(Serviceman)).scalar_one().phone = "+7 701 000 00 00"
    m.receive(f1.export(m))
    m.receive(f2.export(m))  # an edit of a deleted record: the ministry decides
    with m.sessions() as s:
        (conflict,) = conflicts.open_conflicts(s)
    assert conflict.kind == "delete"
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, "incoming")  # keep the record, with the new phone
    for f in (f1, f2):
        f.receive(m.export(f))
    assert _phones(m) == _phones(f1) == _phones(f2) == ["+7 701 000 00 00"]
    assert m.digest() == f1.digest() == f2.digest()
