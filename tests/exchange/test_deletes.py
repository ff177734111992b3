"""Deletions at several offices and the ministry's decision to keep the record after all."""
from __future__ import annotations

import datetime as dt
import random
import time
import uuid

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Document, DocumentKind, Serviceman
from kzpk_desktop.services.exchange import conflicts

from . import kinds
from .offices import settle
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


def _people_and_documents(office) -> tuple[list, list]:
    with office.sessions() as s:
        return (sorted(s.execute(select(Serviceman.surname)).scalars()),
                sorted(s.execute(select(Document.number)).scalars()))


def _open(office) -> list:
    with office.sessions() as s:
        return conflicts.open_conflicts(s)


@pytest.mark.parametrize("keep", ["incoming", "local"])
def test_a_document_added_for_a_person_deleted_at_another_office_is_a_conflict(offices, keep):
    m, f1, f2 = offices
    values = person_values(random.Random(2), 2)
    with write_session(m.sessions) as s:
        s.add(Serviceman(**values))
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))
    _delete_all(f2)
    with write_session(f1.sessions) as s:  # F1 has not heard of the deletion
        kind = s.execute(select(DocumentKind).where(DocumentKind.code == "medical_fitness")
                         ).scalar_one()
        person = s.execute(select(Serviceman)).scalar_one()
        s.add(Document(serviceman_id=person.id, kind_id=kind.id, number="MF-0042",
                       expires_on=dt.date(2030, 1, 1), is_current=True))
    m.receive(f2.export(m))
    assert _people_and_documents(m) == ([], [])
    # F1 hears of the deletion but keeps the person: its document was made on it meanwhile.
    summary = f1.receive(m.export(f1))
    assert [str(h) for h in summary.held] == [
        f"serviceman {person_uid(f1)}: its deletion waits for the ministry to decide "
        "(records were made on it here meanwhile)"]
    assert _people_and_documents(f1) == ([values["surname"]], ["MF-0042"])
    m.receive(f1.export(m))  # the document of a person deleted here: the ministry decides
    (conflict,) = _open(m)
    assert (conflict.kind, conflict.entity, conflict.local) == ("delete", "document", None)
    assert conflict.incoming["number"] == "MF-0042"
    with m.sessions() as s:
        assert conflicts.subjects(s, [conflict])[conflict.id].record == \
            f"{values['surname']} {values['given_name']}, {values['iin']}"
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, keep)
    settle(m, f1, f2, down=True)
    expected = ([values["surname"]], ["MF-0042"]) if keep == "incoming" else ([], [])
    assert _people_and_documents(m) == _people_and_documents(f1) == \
        _people_and_documents(f2) == expected
    assert m.digest() == f1.digest() == f2.digest()
    assert _open(m) == _open(f1) == _open(f2) == []


def person_uid(office) -> str:
    with office.sessions() as s:
        return str(s.execute(select(Serviceman.uid)).scalar_one())


def test_the_command_line_says_what_the_conflict_is_and_what_each_answer_does(offices, capsys):
    import json

    from cli_runner import run_cli

    from . import kinds

    m, f1, f2 = offices
    made = kinds.new_child(m, f1, f2)
    code, out, err = run_cli(capsys, "--db", m.url, "exchange", "conflicts")
    assert code == 0, err
    (conflict,) = _open(m)
    assert out.splitlines()[:3] == [
        f"{conflict.id}: Office F1 added the new document MF-0042 for {made.person}, who was "
        "deleted here.",
        "    --keep local: Keep the deletion. The person stays deleted, and the new document "
        "is deleted too, at every office.",
        "    --keep incoming: Bring the person back with the new document. The person comes "
        "back with the details the deletion recorded, and with the new document, at every "
        "office."]
    code, out, err = run_cli(capsys, "--db", m.url, "exchange", "conflicts", "--json")
    assert code == 0, err
    [said] = json.loads(out)
    assert (said["id"], said["kind"], said["entity"], said["case"], said["record"]) == (
        conflict.id, "delete", "document", "new_child", made.person)
    assert said["keep"]["incoming"]["action"] == "Bring the person back with the new document"
    assert said["keep"]["local"]["action"] == "Keep the deletion"
    code, out, err = run_cli(capsys, "--db", m.url, "exchange", "resolve", str(conflict.id),
                             "--keep", "incoming")
    assert code == 0, err
    assert _people_and_documents(m) == ([made.surname], ["MF-0042"])


def _child_of_one_deleted_here(m, f1, f2) -> None:
    """The ministry deletes the person; F1, not knowing, adds a document MF-0088."""
    made = kinds._person(m, 17, surname="Ахметов", given_name="Марат")
    f1.receive(m.export(f1))
    f2.receive(m.export(f2))
    kinds._delete(m, made.iin)
    kinds._add_document(f1, made.iin, "MF-0088")
    m.receive(f1.export(m))


DELETION_CONFLICTS = {"new_child": kinds.new_child, "deletion_waits": kinds.deletion_waits,
                      "deleted_here": kinds.deleted_here, "deleted_there": kinds.deleted_there,
                      "child_of_one_deleted_here": _child_of_one_deleted_here}


@pytest.mark.parametrize("keep", ["incoming", "local"])
@pytest.mark.parametrize("case", DELETION_CONFLICTS)
def test_a_deletion_conflict_answered_either_way_ends_the_same_everywhere(offices, case, keep):
    """Whichever side the clerk keeps, every office ends with the same people and documents,
    and no office keeps a question open about it."""
    m, f1, f2 = offices
    DELETION_CONFLICTS[case](m, f1, f2)
    (conflict,) = _open(m)
    assert conflict.kind == "delete"
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, keep)
    settle(m, f1, f2, down=True)
    assert _open(m) == _open(f1) == _open(f2) == []
    assert [_held(o) for o in (m, f1, f2)] == [0, 0, 0]
    assert _people_and_documents(m) == _people_and_documents(f1) == _people_and_documents(f2)
    assert m.digest() == f1.digest() == f2.digest()


def _held(office) -> int:
    with office.sessions() as s:
        return conflicts.status(s)["held"]


@pytest.mark.parametrize("keep", ["incoming", "local"])
def test_a_person_deleted_and_entered_again_with_a_document_waits_for_the_ministry(offices,
                                                                                 keep):
    """A field office deletes a person the ministry has, enters the same person again (a new
    record) and adds a document. The ministry merges the new record into the one it has, and
    the deletion waits for its clerk (the document was made on the person meanwhile). The
    field office hears of the merge onto the uid it deleted: the person and the document stay
    there too until the decision, which every office then follows."""
    m, f1, f2 = offices
    values = person_values(random.Random(5), 5)
    with write_session(f1.sessions) as s:
        s.add(Serviceman(**values, uid=uuid.UUID(int=1), origin="F1"))
    m.receive(f1.export(m))
    _delete_all(f1)
    with write_session(f1.sessions) as s:  # the same person again, under a new uid
        s.add(Serviceman(**values, uid=uuid.UUID(int=2 ** 127), origin="F1"))
    kinds._add_document(f1, values["iin"], "MF-0051")
    m.receive(f1.export(m))
    (conflict,) = _open(m)
    assert conflict.kind == "delete"
    f1.receive(m.export(f1))  # the merge, before the decision
    assert _people_and_documents(f1) == ([values["surname"]], ["MF-0051"])
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, keep)
    settle(m, f1, f2, down=True)
    expected = ([], []) if keep == "incoming" else ([values["surname"]], ["MF-0051"])
    assert _people_and_documents(m) == _people_and_documents(f1) == \
        _people_and_documents(f2) == expected
    assert m.digest() == f1.digest() == f2.digest()
    assert _open(m) == _open(f1) == _open(f2) == []


def test_a_record_brought_back_closes_a_conflict_a_field_office_holds_about_it(offices):
    """The ministry renames a person and deletes them; F2 renames them too, then hears of the
    ministry's name (a conflict there) but not yet of the deletion. The ministry's clerk
    brings the person back with F2's values: made on top of the deletion and so of the name
    it knew, it closes F2's conflict too."""
    m, f1, f2 = offices
    made = kinds._person(m, 18, surname="Калиев", given_name="Марат")
    f2.receive(m.export(f2))
    kinds._edit(m, made.iin, given_name="Ерлан")
    renamed = m.export(f2)
    kinds._delete(m, made.iin)
    kinds._edit(f2, made.iin, given_name="Айдар")
    f2.receive(renamed)  # the ministry's name meets F2's: a conflict at F2
    assert [(c.kind, c.field) for c in _open(f2)] == [("field", "given_name")]
    m.receive(f2.export(m))  # F2's name for a person deleted here: the ministry decides
    (conflict,) = _open(m)
    with write_session(m.sessions) as s:
        conflicts.resolve(s, conflict.id, "incoming")
    settle(m, f1, f2, down=True)
    assert _open(m) == _open(f1) == _open(f2) == []
    with f2.sessions() as s:
        assert s.execute(select(Serviceman.given_name)).scalars().all() == ["Айдар"]
    assert m.digest() == f1.digest() == f2.digest()
