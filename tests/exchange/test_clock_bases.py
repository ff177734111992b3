"""A value made on top of another is made on top of everything that one was made on top of:
an office that holds an older value takes the newer one without a conflict, even when the
values in between never reached it."""
from __future__ import annotations

from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.services.exchange import conflicts

from . import kinds
from .offices import settle


def _open(office) -> list:
    with office.sessions() as s:
        return conflicts.open_conflicts(s)


def _names(office) -> list:
    with office.sessions() as s:
        return list(s.execute(select(Serviceman.given_name)).scalars())


def test_a_resolution_made_on_top_of_a_joined_value_reaches_an_office_holding_one_of_them(
        offices):
    """The ministry and F1 give a person the same new name (joined by the ministry under a
    clock of its own), F2 another; the ministry's clerk keeps F2's. F1, which never heard of
    the joined value, takes the decision: it was made on top of F1's name too."""
    m, f1, f2 = offices
    made = kinds._person(m, 19, surname="Бекова", given_name="Дана")
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))
    kinds._edit(m, made.iin, given_name="Асель")
    kinds._edit(f1, made.iin, given_name="Асель")
    kinds._edit(f2, made.iin, given_name="Жанна")
    m.receive(f1.export(m))  # the same name under two clocks: joined
    m.receive(f2.export(m))  # another name: a conflict for the ministry's clerk
    (conflict,) = _open(m)
    assert (conflict.field, conflict.local, conflict.incoming) == ("given_name", "Асель",
                                                                  "Жанна")
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, "incoming")
    f1.receive(m.export(f1))
    assert _open(f1) == []
    assert _names(f1) == ["Жанна"]
    settle(m, f1, f2, down=True)
    assert _open(m) == _open(f1) == _open(f2) == []
    assert _names(m) == _names(f1) == _names(f2) == ["Жанна"]
    assert m.digest() == f1.digest() == f2.digest()
