"""The Audit area and a person's history read in words, in Russian: the form's labels, rank
and status names, the person's name; never a stored field name, a code, an id or a sort key."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

import planning_builders as pb
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.base import Base
from kzpk_desktop.db.models import Rank
from kzpk_desktop.gui.i18n import install_translators
from kzpk_desktop.services import assignments, documents, rosters, servicemen
from kzpk_desktop.services.audit_words import FIELD_LABELS, is_derived

#: What the old screens showed: stored field names and codes.
RAW = re.compile(r"\b(rank_id|sort_key|iin|serviceman_id|kind_id|unit_id|rotation_id|"
                 r"is_current|status|nominated|approved|in_training|search)\b")
#: A record's uid, whole or cut to its first eight digits (as the old Record column showed).
UID = re.compile(r"[0-9a-f]{8}(-?[0-9a-f]{4}){3}-?[0-9a-f]{12}|\b(?=[0-9a-f]*[a-f])[0-9a-f]{8}\b")


@pytest.fixture
def russian(qapp):
    install_translators(QApplication.instance(), "ru")


@pytest.fixture
def story(sessions, people):
    """A clerk's day: a private becomes a major, a passport is renewed, a unit assignment,
    a nomination approved despite a missing document."""
    person = people.add("Ыбыраев", "Әділет", rank="private")
    with write_session(sessions) as s:
        data = servicemen.get_serviceman(s, person)
        data.rank_id = pb.rank_id(s, "major")
        data.surname = "Ыбыраев-Ахметов"  # a new sort key, which nobody should see
        data.status = "in_training"
        servicemen.update_serviceman(s, person, data)
    with write_session(sessions) as s:
        doc = documents.add_document(s, person, documents.DocumentData(
            kind="national_passport", number="N12345678", issued_on=dt.date(2017, 1, 2),
            expires_on=dt.date(2027, 1, 1)))
        doc_id = doc.id
    with write_session(sessions) as s:
        data = documents.get_document(s, doc_id)
        data.expires_on = dt.date(2031, 1, 1)
        documents.update_document(s, doc_id, data)
    with write_session(sessions) as s:
        unit = pb.unit(s, "1-я рота")
        assignments.assign(s, person, unit.id, "командир взвода", dt.date(2026, 1, 10))
        dec = pb.decision(s)
        rot = pb.rotation(s, dec)
        [entry] = rosters.add_to_roster(s, rot.id, [person], category="staff-officer").entries
        entry_id = entry.id
        later = pb.rotation(s, dec, number=2, start=dt.date(2026, 3, 1),
                            end=dt.date(2026, 8, 31))
        [second] = rosters.add_to_roster(s, later.id, [person]).entries
        second_id = second.id
    with write_session(sessions) as s:
        rosters.set_status(s, entry_id, "approved", override_reason="Справка в пути",
                           on=dt.date(2025, 2, 1))
    with write_session(sessions) as s:
        rosters.set_status(s, second_id, "withdrawn", reason="Не прошёл отбор")
    return person


def _cells(model, roles=(Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)) -> list[str]:
    return [str(model.data(model.index(r, c), role))
            for r in range(model.rowCount()) for c in range(model.columnCount())
            for role in roles if model.data(model.index(r, c), role)]


def test_the_audit_area_speaks_the_forms_words(qtbot, ctx, settle, russian, story):
    from kzpk_desktop.gui.audit.page import AuditPage

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    settle()
    model = page.model
    rows = {model.event_at(i).id: i for i in range(model.rowCount())}
    changes = model.column_of("changes")
    record = model.column_of("record")

    def row_of(entity: str, action: str, key: str, new=None) -> int:
        [found] = [i for i in range(model.rowCount()) if model.event_at(i).entity == entity
                   and model.event_at(i).action == action and key in model.event_at(i).changes
                   and new in (None, model.event_at(i).changes[key][1])]
        return found

    promoted = row_of("serviceman", "update", "rank_id")
    assert model.data(model.index(promoted, record)) == "Ыбыраев-Ахметов Әділет"
    text = model.data(model.index(promoted, changes))
    assert "Звание: Рядовой → Майор" in text
    assert "Фамилия: Ыбыраев → Ыбыраев-Ахметов" in text
    assert "Статус: На службе → На подготовке" in text
    approved = row_of("roster_entry", "update", "status", "approved")
    assert model.data(model.index(approved, changes)).startswith("Статус: Выдвинут → Утверждён")
    assert model.data(model.index(approved, record)) == \
        "Список ротации UNDOF-1 — Ыбыраев-Ахметов Әділет"
    renewed = row_of("document", "update", "expires_on")
    assert model.data(model.index(renewed, record)) == \
        "Национальный паспорт № N12345678 — Ыбыраев-Ахметов Әділет"
    assert model.data(model.index(renewed, changes)) == "Действует до: 01.01.2027 → 01.01.2031"
    made = row_of("serviceman", "create", "iin")
    assert model.data(model.index(made, changes)).startswith("ИИН: ")

    # The event's details: the labels, the names before and after.
    page.table.selectRow(promoted)
    lines = [(ln.field, ln.before, ln.after) for ln in page.details.model.lines()]
    assert ("Звание", "Рядовой", "Майор") in lines
    assert "Ыбыраев-Ахметов Әділет" in page.details.headerLabel.text()
    assert "uid" not in page.details.headerLabel.text().lower()

    # Nowhere a stored field name, a code, a sort key or a record id.
    seen = _cells(model)
    for i in range(model.rowCount()):
        page.table.selectRow(i)
        seen += _cells(page.details.model) + [page.details.headerLabel.text()]
    leaks = [t for t in seen if RAW.search(t) or UID.search(t)]
    assert leaks == [] and len(rows) == model.rowCount()


def test_a_persons_history_holds_their_documents_assignments_and_roster(
        qtbot, ops, settle, russian, story, monkeypatch):
    from kzpk_desktop.gui.audit.history import RecordHistoryDialog

    shown = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    RecordHistoryDialog.ask(None, ops, "serviceman", story, "Ыбыраев-Ахметов Әділет", lang="ru")
    [dialog] = shown
    qtbot.addWidget(dialog)
    model = dialog.model
    record, changes = model.column_of("record"), model.column_of("changes")
    lines = [(model.data(model.index(i, record)), model.data(model.index(i, changes)))
             for i in range(model.rowCount())]
    events = [model.row(i).event for i in range(model.rowCount())]
    assert [e.id for e in events] == sorted(e.id for e in events)  # one list, in time order
    assert {e.entity for e in events} == {"serviceman", "document", "assignment",
                                          "roster_entry"}
    assert ("Национальный паспорт № N12345678", "Действует до: 01.01.2027 → 01.01.2031") in lines
    assert ("Список ротации UNDOF-1",
            "Статус: Выдвинут → Утверждён; Основание утверждения вопреки правилам: (пусто) → "
            "Справка в пути; Утвердил вопреки правилам: (пусто) → bootstrap; "
            "Действует с: 01.02.2025") in lines
    # Why the person was withdrawn is in the status history row: told on the entry's line.
    assert ("Список ротации UNDOF-2", "Статус: Выдвинут → Отозван; Действует с: "
            f"{dt.date.today():%d.%m.%Y}; Причина: Не прошёл отбор") in lines
    assert any(r == "Назначение: 1-я рота" and "Подразделение: 1-я рота" in c
               and "Должность: командир взвода" in c for r, c in lines)
    assert any("Звание: Рядовой → Майор" in c for _r, c in lines)
    # The person is the subject: no line repeats "Serviceman: …"; nothing stored shows.
    assert not any("Военнослужащий:" in c for _r, c in lines)
    assert [t for t in _cells(model) if RAW.search(t) or UID.search(t)] == []
    assert str(len(lines)) in dialog.countLabel.text()


def test_the_areas_export_reads_as_the_area(qtbot, ctx, settle, russian, story, prompts,
                                            monkeypatch, tmp_path):
    from openpyxl import load_workbook

    from kzpk_desktop.gui.audit import export as audit_export
    from kzpk_desktop.gui.audit.page import AuditPage
    from kzpk_desktop.gui.prompts import Button

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    settle()
    shown = {page.model.event_at(i).id: (page.model.data(page.model.index(i, 4)),
                                         page.model.data(page.model.index(i, 5)))
             for i in range(page.model.rowCount())}
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_export, "choose_target", lambda *a, **kw: target)
    prompts.answers = [Button.Close]
    page.export_list()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r and r[0] == "№")
    assert rows[header][4:8] == ("Запись", "Изменения", "UID записи",
                                 "Изменения (поля базы данных)")
    # The auditor's column: the database's names, but no derived data (a sort key) either.
    assert any("rank_id: 1 -> 14" in (r[7] or "") for r in rows[header + 1:])
    assert not any("sort_key" in (r[7] or "") for r in rows[header + 1:])
    written = {r[0]: (r[4], r[5]) for r in rows[header + 1:]}
    assert written == shown
    assert {r[3] for r in rows[header + 1:]} == {
        page.model.data(page.model.index(i, 3)) for i in range(page.model.rowCount())}
    promoted = [c for _r, c in written.values() if c and "Звание: Рядовой → Майор" in c]
    assert len(promoted) == 1 and "rank_id" not in promoted[0]


def test_a_deleted_reference_is_named_by_what_it_was(sessions, people, story):
    """A rank deleted since, and a document deleted since, still read in words."""
    from kzpk_desktop.services.audit_history import person_history
    from kzpk_desktop.services.audit_words import say_english, summary

    with write_session(sessions) as s:
        [doc] = documents.list_documents(s, story)
        documents.remove_document(s, doc.id)
        s.delete(s.scalar(select(Rank).where(Rank.code == "private")))
    with sessions() as s:
        history = person_history(s, story, "ru")
    lines = [(say_english(d.record), summary(d, say_english)) for d in history]
    assert any("Rank: (deleted rank) → Майор" in c for _r, c in lines)
    # The deleted passport keeps its kind and number, its deletion among the rest.
    deleted = [d for d in history if d.event.entity == "document" and d.event.action == "delete"]
    assert [str(d.record) for d in deleted] == ["Национальный паспорт No. N12345678"]


def test_every_audited_column_has_a_label_or_is_derived():
    """A column added to a form's table and forgotten here would show its stored name."""
    missing = [f"{table}.{col.name}" for table, labels in FIELD_LABELS.items()
               for col in Base.metadata.tables[table].c
               if col.name not in labels and not is_derived(col.name)]
    assert missing == []


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_labels_are_the_record_forms_own(qapp, lang):
    from PySide6.QtCore import QCoreApplication

    from kzpk_desktop.gui.i18n import message_text
    from kzpk_desktop.messages import Message

    install_translators(QApplication.instance(), lang)
    form = {"iin": "&IIN", "surname": "&Surname", "rank_id": "&Rank", "status": "S&tatus",
            "birth_date": "Date of &birth", "phone": "P&hone", "kin_phone": "Next of kin's phone"}
    for field, source in form.items():
        said = message_text(Message(FIELD_LABELS["serviceman"][field]))
        assert said == QCoreApplication.translate("ServicemanForm", source).replace("&", "")


def test_the_export_without_the_gui_says_the_same_in_kazakh(sessions, story, tmp_path):
    """``kzpk audit --lang kk`` has no Qt: the words come from the compiled translations."""
    from openpyxl import load_workbook

    from kzpk_desktop.exports.reports.audit_trail import export_audit

    with sessions() as s:
        ws = load_workbook(export_audit(s, tmp_path / "a.xlsx", lang="kk", user="u")).active
    rows = [r for r in ws.iter_rows(values_only=True) if r and isinstance(r[0], int)]
    changes = [r[5] or "" for r in rows]
    assert any("Әскери атағы: Қатардағы жауынгер → Майор" in c for c in changes)
    assert any(c.startswith("Мәртебесі: Ұсынылған → Бекітілген") for c in changes)
    assert not [c for c in changes if RAW.search(c)]


def test_a_moment_among_the_details_is_written_as_a_clerk_writes_it():
    from kzpk_desktop.services.audit import EventRow
    from kzpk_desktop.services.audit_words import Names, _changes, say_english

    event = EventRow(1, dt.datetime(2026, 12, 3), "admin", "restore", "document", None,
                     {"what": "паспорт N1234567", "deleted_at": "2026-12-03T10:34:10.123456"})
    said = [(say_english(c.label), say_english(c.after)) for c in _changes(event, Names(None, "ru"))]
    assert said == [("What", "паспорт N1234567"), ("Deleted at (UTC)", "03.12.2026 10:34")]
