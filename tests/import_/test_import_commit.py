"""Committing an import: all or nothing, updates, idempotence, assignments and nominations."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import (
    Assignment,
    AuditEvent,
    Document,
    RosterEntry,
    RosterStatusChange,
    SearchToken,
    Serviceman,
    User,
)
from kzpk_desktop.services import importer, servicemen
from kzpk_desktop.services.auth import Actor, acting
from kzpk_desktop.services.errors import PermissionDenied, StaleRecord
from kzpk_desktop.services.importer import ImportCancelled, ImportRefused
from kzpk_desktop.services.servicemen import ServicemanData

from import_helpers import HEADERS, IIN_F0, IIN_M, new_iin, row, write_book
from planning_builders import decision, rotation

TABLES = (Serviceman, Document, SearchToken, Assignment, RosterEntry, AuditEvent)
UNIT_HEADERS = HEADERS + ["Подразделение", "Должность"]


def snapshot(sessions) -> dict:
    """Every row count, and each serviceman's (iin, version, updated_at)."""
    with sessions() as s:
        counts = {m.__tablename__: s.execute(select(func.count()).select_from(m)).scalar_one()
                  for m in TABLES}
        people = s.execute(select(Serviceman.iin, Serviceman.version, Serviceman.updated_at)
                           .order_by(Serviceman.iin)).all()
    return {"counts": counts, "people": [tuple(p) for p in people]}


def run_import(sessions, path, **kwargs):
    preview_options = {k: kwargs.pop(k) for k in ("update_existing", "rotation_id", "today")
                       if k in kwargs}
    with write_session(sessions) as s:
        p = importer.preview(s, path, **preview_options)
        return p, importer.commit(s, p, **kwargs)


def test_imported_records_are_what_the_record_form_would_save(sessions, tmp_path):
    path = write_book(tmp_path / "one.xlsx", [row(IIN_M, Отчество="Петрович",
                                                  Примечание="доброволец")])
    p, result = run_import(sessions, path)
    assert (result.created, result.updated, result.unchanged, result.refused) == (1, 0, 0, 0)
    with write_session(sessions) as s:
        form = servicemen.create_serviceman(s, ServicemanData(
            iin=IIN_F0, service_number="F-1", surname="Иванов", given_name="Сергей",
            patronymic="Петрович", rank_id=p.rows[0].data.rank_id, phone="+7 701 555 12 34",
            notes="доброволец", passport_number="N99999999",
            passport_expires=dt.date(2031, 2, 1)))
        form_id = form.id
    with sessions() as s:
        imported = s.execute(select(Serviceman).where(Serviceman.iin == IIN_M)).scalar_one()
        made = s.get(Serviceman, form_id)
        same = ("surname", "given_name", "patronymic", "rank_id", "phone", "notes", "status",
                "sort_key", "version", "origin")
        assert {f: getattr(imported, f) for f in same} == {f: getattr(made, f) for f in same}
        assert (imported.birth_date, imported.sex) == (dt.date(1979, 10, 28), "M")
        assert imported.uid is not None and imported.created_at is not None

        def tokens(person_id):  # of two letters and more (the one-letter rows are initials)
            return set(s.execute(select(SearchToken.token)
                                 .where(SearchToken.serviceman_id == person_id,
                                        SearchToken.sort_key.is_(None))).scalars())
        assert tokens(imported.id) - {IIN_M, "a-302728", "a", "302728"} == \
            tokens(form_id) - {IIN_F0, "f-1", "f", "1"}
        passport = servicemen.current_document(s, imported.id, "national_passport")
        assert (passport.number, passport.expires_on, passport.is_current) == (
            "N28302728", dt.date(2031, 2, 1), True)


def test_a_refused_row_refuses_the_whole_import(sessions, tmp_path):
    before = snapshot(sessions)
    path = write_book(tmp_path / "bad.xlsx", [row(IIN_M), row(IIN_F0, ИИН="900517312344")])
    with write_session(sessions) as s, pytest.raises(ImportRefused) as info:
        importer.commit(s, importer.preview(s, path))
    assert str(info.value) == ("1 of 2 rows were refused; nothing was imported. Correct them "
                               "(the error report lists each one) or import only the valid rows.")
    assert snapshot(sessions) == before


def test_skip_invalid_imports_the_valid_rows_only(sessions, tmp_path):
    path = write_book(tmp_path / "bad.xlsx", [row(IIN_M), row(IIN_F0, ИИН="900517312344")])
    _, result = run_import(sessions, path, skip_invalid=True)
    assert (result.created, result.refused) == (1, 1)
    with sessions() as s:
        assert s.execute(select(Serviceman.iin)).scalars().all() == [IIN_M]


def test_cancel_during_the_commit_leaves_nothing(sessions, tmp_path):
    rows = [row(new_iin(), **{"Личный номер": f"S-{i}", "№ паспорта": f"N{i:08d}"})
            for i in range(1200)]
    path = write_book(tmp_path / "many.xlsx", rows)
    before = snapshot(sessions)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 1000

    with pytest.raises(ImportCancelled):
        run_import(sessions, path, progress=progress)
    assert calls[:3] == [(0, 1200), (500, 1200), (1000, 1200)]
    assert snapshot(sessions) == before


def test_reimporting_the_same_file_changes_nothing(sessions, tmp_path, company):
    with write_session(sessions) as s:
        rot_id = rotation(s, decision(s, ceiling=50)).id
    rows = [row(IIN_M) + ["1-я миротворческая рота", "стрелок"],
            row(IIN_F0, Фамилия="Серікова", Имя="Айгүл", ИИН=61211600012,
                **{"Дата рождения": dt.date(2006, 12, 11), "Пол": "ж"})
            + ["1st peacekeeping company", None]]
    path = write_book(tmp_path / "roster.xlsx", rows, headers=UNIT_HEADERS)
    _, first = run_import(sessions, path, rotation_id=rot_id, update_existing=True)
    assert (first.created, first.nominated) == (2, 2)
    with sessions() as s:  # nominated through the roster service: each with its history row
        assert s.execute(select(RosterStatusChange.from_status, RosterStatusChange.to_status,
                                RosterStatusChange.effective_on)).all() == [
            (None, "nominated", dt.date.today())] * 2
    after_first = snapshot(sessions)
    assert after_first["counts"]["assignment"] == 2
    p, second = run_import(sessions, path, rotation_id=rot_id, update_existing=True)
    assert [r.action for r in p.rows] == ["unchanged", "unchanged"]
    assert (second.created, second.updated, second.unchanged, second.nominated) == (0, 0, 2, 0)
    again = snapshot(sessions)
    # Only the summary event of the second import is new.
    assert again["counts"].pop("audit_event") == after_first["counts"].pop("audit_event") + 1
    assert again == after_first


def test_update_existing_writes_the_given_cells_and_keeps_the_others(sessions, tmp_path):
    with write_session(sessions) as s:
        person = servicemen.create_serviceman(s, ServicemanData(
            iin=IIN_M, service_number="A-302728", surname="Иванов", given_name="Сергей",
            phone="+7 701 000 00 00", notes="старое примечание", blood_group="A+",
            passport_number="N11111111", passport_expires=dt.date(2027, 1, 1)))
        person_id = person.id
    headers = ["ИИН", "Фамилия", "Имя", "Личный номер", "Телефон", "Примечание", "№ паспорта",
               "Паспорт действителен до"]
    path = write_book(tmp_path / "upd.xlsx", [[IIN_M, "Иванов", "Сергей", "A-302728",
                                               "+7 777 123 45 67", None, "N22222222",
                                               "01.01.2034"]], headers=headers)
    p, result = run_import(sessions, path, update_existing=True)
    assert p.rows[0].changes == ("phone", "passport_number")
    assert (result.created, result.updated) == (0, 1)
    with sessions() as s:
        man = s.get(Serviceman, person_id)
        assert (man.phone, man.notes, man.blood_group, man.version) == (
            "+7 777 123 45 67", "старое примечание", "A+", 2)
        passports = s.execute(select(Document.number, Document.is_current)
                              .where(Document.serviceman_id == person_id)
                              .order_by(Document.number)).all()
        assert [tuple(p) for p in passports] == [("N11111111", False), ("N22222222", True)]
    before = snapshot(sessions)
    p, result = run_import(sessions, path, update_existing=True)
    assert (p.rows[0].action, result.updated) == ("unchanged", 0)
    assert snapshot(sessions)["people"] == before["people"]


def test_a_new_unit_closes_the_open_assignment_the_day_before(sessions, tmp_path, company):
    path = write_book(tmp_path / "a.xlsx", [row(IIN_M) + ["1-я миротворческая рота", "стрелок"]],
                      headers=UNIT_HEADERS)
    run_import(sessions, path, today=dt.date(2026, 1, 10))
    moved = write_book(tmp_path / "b.xlsx", [row(IIN_M) + ["1-я миротворческая рота",
                                                           "командир отделения"]],
                       headers=UNIT_HEADERS)
    p, result = run_import(sessions, moved, update_existing=True, today=dt.date(2026, 3, 1))
    assert p.rows[0].changes == ("unit",) and result.updated == 1
    with sessions() as s:
        history = s.execute(select(Assignment.position, Assignment.date_from, Assignment.date_to)
                            .order_by(Assignment.date_from)).all()
    assert [tuple(h) for h in history] == [
        ("стрелок", dt.date(2026, 1, 10), dt.date(2026, 2, 28)),
        ("командир отделения", dt.date(2026, 3, 1), None)]
    same_day = write_book(tmp_path / "c.xlsx", [row(IIN_M) + ["1-я миротворческая рота",
                                                              "водитель"]],
                          headers=UNIT_HEADERS)
    with sessions() as s:
        p = importer.preview(s, same_day, update_existing=True, today=dt.date(2026, 3, 1))
    assert [str(q) for q in p.problems] == [
        "sheet 'Список', row 2, column 'Подразделение': Иванов Сергей is assigned to 1-я "
        "миротворческая рота since 01.03.2026; a new assignment must start after that date."]


def test_a_record_changed_after_the_preview_is_not_overwritten(sessions, tmp_path):
    with write_session(sessions) as s:
        person_id = servicemen.create_serviceman(s, ServicemanData(
            iin=IIN_M, service_number="A-302728", surname="Иванов", given_name="Сергей")).id
    path = write_book(tmp_path / "u.xlsx", [row(IIN_M)])
    with sessions() as s:
        p = importer.preview(s, path, update_existing=True)
    with write_session(sessions) as s:
        data = servicemen.get_serviceman(s, person_id)
        data.notes = "изменено другим писарем"
        servicemen.update_serviceman(s, person_id, data)
    with write_session(sessions) as s, pytest.raises(StaleRecord):
        importer.commit(s, p)


def test_a_person_saved_after_the_preview_refuses_the_commit(sessions, tmp_path):
    path = write_book(tmp_path / "n.xlsx", [row(IIN_M)])
    with sessions() as s:
        p = importer.preview(s, path)
    with write_session(sessions) as s:
        servicemen.create_serviceman(s, ServicemanData(
            iin=IIN_M, service_number="Z-1", surname="Иванов", given_name="Сергей"))
    before = snapshot(sessions)
    with write_session(sessions) as s, pytest.raises(ImportRefused) as info:
        importer.commit(s, p)
    assert str(info.value) == (f"{IIN_M} was saved by someone else after the preview; nothing "
                               f"was imported. Preview the file again.")
    assert snapshot(sessions) == before


def test_the_import_is_audited_and_a_viewer_may_not_import(sessions, tmp_path):
    path = write_book(tmp_path / "a.xlsx", [row(IIN_M)])
    run_import(sessions, path)
    with sessions() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "import")).scalar_one()
    details = event.changes if isinstance(event.changes, dict) else json.loads(event.changes)
    assert (details["created"], details["sheet"], details["file"]) == (1, "Список", str(path))
    with write_session(sessions) as s:
        for role in ("admin", "viewer"):
            s.add(User(username=role, full_name=role, role=role, password_hash="-"))
    other = write_book(tmp_path / "b.xlsx", [row(IIN_F0, Фамилия="Серікова", Имя="Айгүл")])
    with acting(sessions, Actor("viewer", "viewer")) as s, pytest.raises(PermissionDenied):
        importer.commit(s, importer.preview(s, other))


def test_only_the_cells_of_the_row_count_as_changes(sessions, tmp_path):
    with write_session(sessions) as s:
        person = servicemen.create_serviceman(s, ServicemanData(
            iin=IIN_M, service_number="A-302728", surname="Иванов", given_name="Сергей"))
        person.notes = "две строки\nпримечания"  # as older records may hold it
    path = write_book(tmp_path / "a.xlsx", [[IIN_M, "Иванов", "Сергей", "A-302728"]],
                      headers=["ИИН", "Фамилия", "Имя", "Личный номер"])
    with sessions() as s:
        p = importer.preview(s, path)
    assert (p.rows[0].action, p.problems) == ("unchanged", [])
