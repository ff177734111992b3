"""Undo of the last delete (Edit > Undo delete, Ctrl+Z, the status bar's Undo) and the
recycle bin window, as a clerk and an administrator use them."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Assignment, Serviceman
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.services import assignments, recycle, servicemen
from kzpk_desktop.services.auth import Actor
from kzpk_desktop.services.units import UnitData, add_unit

from test_registry_page import listed, open_row

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(window):
    return window.show_area("registry")


def _uids(sessions) -> dict[str, str]:
    with sessions() as s:
        return {p.surname: str(p.uid) for p in s.scalars(select(Serviceman))}


def _delete_open_record(qtbot, page, prompts):
    prompts.answers = [Button.Yes]
    with qtbot.waitSignal(page._ops.deleted, timeout=10_000):
        qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    page._ops.settle()


def test_ctrl_z_after_a_delete_in_the_registry_brings_the_row_back(qtbot, window, page,
                                                                  people, sessions, prompts):
    people.add("Иванов", "Сергей")
    people.add("Петров", "Олег")
    before = _uids(sessions)
    page.refresh()
    open_row(qtbot, page, "Петров")
    undo = window.undoDelete
    assert not undo.action.isEnabled() and undo.notice.isHidden()
    _delete_open_record(qtbot, page, prompts)
    qtbot.waitUntil(lambda: listed(page) == ["Иванов"])
    assert undo.notice.isVisible()
    assert undo.noticeLabel.text() == "Serviceman Петров Олег deleted."
    assert undo.undoButton.text() == "Undo" and undo.action.isEnabled()
    assert window.findChild(type(undo.action), "undoDeleteAction") in window.editMenu.actions()

    page.list.table.setFocus()
    qtbot.keyClick(page.list.table, Qt.Key.Key_Z, CTRL)
    page._ops.settle()
    assert _uids(sessions) == before  # the same person, the same uid
    qtbot.waitUntil(lambda: listed(page) == ["Иванов", "Петров"])
    assert page.form.ui.surnameEdit.text() == "Петров"  # shown where he lives
    assert window.statusBar().currentMessage() == "Restored: Петров Олег ({}).".format(
        page.form.value().iin)
    assert undo.notice.isHidden() and not undo.action.isEnabled()


def test_ctrl_z_in_a_text_field_is_the_fields_own_undo(qtbot, type_text, window, page, people,
                                                       sessions, prompts):
    people.add("Петров", "Олег")
    page.refresh()
    open_row(qtbot, page, "Петров")
    _delete_open_record(qtbot, page, prompts)
    search = page.list.searchEdit
    type_text(search, "Пет")
    assert search.text() == "Пет"
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    page._ops.settle()
    assert search.text() == ""  # the field undid the typing
    assert _uids(sessions) == {}  # and the delete stays
    assert window.undoDelete.action.isEnabled()
    qtbot.mouseClick(window.undoDelete.undoButton, Qt.MouseButton.LeftButton)
    page._ops.settle()
    assert list(_uids(sessions)) == ["Петров"]


def test_an_undo_that_is_refused_says_why_and_keeps_the_item(qtbot, window, page, people,
                                                             sessions, prompts):
    people.add("Петров", "Олег")
    page.refresh()
    open_row(qtbot, page, "Петров")
    iin = page.form.value().iin
    _delete_open_record(qtbot, page, prompts)
    people.add("Сидоров", "Ерлан")
    with write_session(sessions) as s:
        s.execute(select(Serviceman)).scalar_one().iin = iin
    qtbot.keyClick(page.list.table, Qt.Key.Key_Z, CTRL)
    page._ops.settle()
    assert prompts.informed[-1] == (
        "Not restored",
        f"Петров Олег ({iin}) cannot be restored. Another serviceman already has IIN "
        f"{iin}: Сидоров Ерлан.")
    assert list(_uids(sessions)) == ["Сидоров"]
    assert window.undoDelete.action.isEnabled()  # still there, once the cause is gone


def test_a_deleted_assignment_comes_back_with_undo(qtbot, window, page, people, sessions,
                                                  prompts):
    man = people.add("Петров", "Олег")
    with write_session(sessions) as s:
        unit = add_unit(s, UnitData(name_kk="1-рота", name_ru="1-я рота", name_en="1 Coy",
                                    kind="infantry"))
        assignments.assign(s, man, unit.id, "стрелок", dt.date(2024, 2, 1))
    page.refresh()
    open_row(qtbot, page, "Петров")
    tab = page.assignments
    page.recordTabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.deleteButton.isEnabled()
    tab.table.selectRow(0)
    assert tab.deleteButton.isEnabled()
    prompts.answers = [Button.Yes]
    with qtbot.waitSignal(page._ops.deleted, timeout=10_000) as said:
        qtbot.mouseClick(tab.deleteButton, Qt.MouseButton.LeftButton)
    assert said.args[1] == "Assignment to 1-я рота deleted."
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    window.undoDelete.action.trigger()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    with sessions() as s:
        assert s.execute(select(Assignment.position)).scalar_one() == "стрелок"


def _window(qtbot, sessions, settings, ops, actor):
    from kzpk_desktop.gui.main_window import MainWindow

    ctx = AreaContext(sessions=sessions, settings=settings, lang="ru", ops=ops, actor=actor)
    win = MainWindow(ctx, database="test.sqlite")
    qtbot.addWidget(win)
    return win


def test_the_recycle_bin_is_greyed_for_a_clerk_with_the_role_named(qtbot, sessions, settings,
                                                                   ops):
    win = _window(qtbot, sessions, settings, ops, Actor("clerk", "clerk"))
    action = win.recycleAction
    assert action in win.toolsMenu.actions() and not action.isEnabled()
    assert action.toolTip() == "Needs the role “administrator” or higher."
    assert win.toolsMenu.toolTipsVisible()


def test_an_administrator_restores_from_the_recycle_bin(qtbot, window, people, sessions,
                                                        monkeypatch):
    from kzpk_desktop.gui.recycle import bin_dialog

    people.add("Петров", "Олег")
    people.add("Жанов", "Арман")
    uids = _uids(sessions)
    with write_session(sessions) as s:
        for person in s.scalars(select(Serviceman).order_by(Serviceman.surname)):
            servicemen.delete_serviceman(s, person.id)
    shown = []
    monkeypatch.setattr(bin_dialog.RecycleBinDialog, "exec", lambda d: shown.append(d))
    assert window.recycleAction.isEnabled()
    window.recycleAction.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    texts = [[dialog.model.index(r, c).data() for c in range(2)] for r in range(2)]
    assert sorted(t[0].split(" (")[0] for t in texts) == ["Жанов Арман", "Петров Олег"]
    assert {t[1] for t in texts} == {"serviceman"}
    assert dialog.model.index(0, 2).data() == "bootstrap"
    assert dialog.summaryLabel.text().startswith("2 deleted item(s).")
    assert not dialog.restoreButton.isEnabled()
    row = next(r for r in range(2) if texts[r][0].startswith("Петров"))
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.resultLabel.text().startswith("Restored: Петров Олег (")
    assert _uids(sessions) == {"Петров": uids["Петров"]}
    with sessions() as s:
        assert [i.what.split(" (")[0] for i in recycle.list_items(s)] == ["Жанов Арман"]
    assert window.page("registry").form.ui.surnameEdit.text() == "Петров"
    dialog.grab().save("/tmp/undo-bin.png")


def test_a_clerk_sees_the_assignment_delete_greyed_with_the_role_named(qtbot, sessions,
                                                                       settings, ops, people):
    from kzpk_desktop.gui.registry.page import RegistryPage

    ctx = AreaContext(sessions=sessions, settings=settings, lang="ru", ops=ops,
                      actor=Actor("clerk", "clerk"))
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    button = page.assignments.deleteButton
    page.assignments._update_buttons()
    assert not button.isEnabled()
    assert button.toolTip().endswith("\nNeeds the role “supervisor” or higher.")


def test_an_administrator_deletes_an_item_for_good(qtbot, ops, people, sessions, prompts):
    from kzpk_desktop.gui.recycle.bin_dialog import RecycleBinDialog

    man = people.add("Петров", "Олег")
    with write_session(sessions) as s:
        servicemen.delete_serviceman(s, man)
    dialog = RecycleBinDialog(ops, "ru")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    prompts.answers = [Button.No]
    qtbot.mouseClick(dialog.purgeButton, Qt.MouseButton.LeftButton)
    assert prompts.asked[-1][1].startswith("Delete Петров Олег (")
    with sessions() as s:
        assert len(recycle.list_items(s)) == 1
    prompts.answers = [Button.Yes]
    qtbot.mouseClick(dialog.purgeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.resultLabel.text().startswith("Deleted for good: Петров Олег (")
    assert dialog.summaryLabel.text().startswith("The recycle bin is empty")
    with sessions() as s:
        assert recycle.list_items(s) == []
