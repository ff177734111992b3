"""Buttons a role may not use are greyed out, saying which role may, and stay so."""
from __future__ import annotations

from dataclasses import replace

from kzpk_desktop.gui.planning.decisions_page import DecisionsPage
from kzpk_desktop.gui.planning.missions_page import MissionsPage
from kzpk_desktop.gui.units.page import UnitsPage
from kzpk_desktop.services.auth import Actor


def as_role(ctx, role):
    return replace(ctx, actor=Actor(role, role))


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_clerk_sees_the_decisions_and_units_buttons_greyed_with_the_role_needed(qtbot, ctx):
    clerk = as_role(ctx, "clerk")
    decisions = shown(qtbot, DecisionsPage(clerk))
    for button in (decisions.newButton, decisions.editButton, decisions.supersedeButton):
        assert not button.isEnabled()
        assert "Needs the role “administrator” or higher." in button.toolTip()
    units = shown(qtbot, UnitsPage(clerk))
    assert not units.addButton.isEnabled()
    assert units.members.assignButton.toolTip() == "" or \
        "Needs the role" not in units.members.assignButton.toolTip()


def test_a_gated_button_stays_grey_when_the_page_would_enable_it(qtbot, ctx):
    viewer = as_role(ctx, "viewer")
    page = shown(qtbot, MissionsPage(viewer))
    qtbot.waitUntil(lambda: page.missions.rowCount() > 0)
    page.missionsTable.selectRow(0)
    # Choosing a mission enables "New rotation" for whoever may create one.
    assert not page.newRotationButton.isEnabled()
    assert "Needs the role “clerk” or higher." in page.newRotationButton.toolTip()
    assert not page.roster.buttons["approved"].isEnabled()
    assert "“supervisor”" in page.roster.buttons["approved"].toolTip()


def test_an_administrator_is_offered_everything(qtbot, ctx):
    admin = as_role(ctx, "admin")
    page = shown(qtbot, DecisionsPage(admin))
    assert page.newButton.isEnabled()
    assert "Needs the role" not in page.newButton.toolTip()


# --- the record's documents and assignments ------------------------------------------------

def record_of(qtbot, ctx, role, people, sessions):
    import datetime as dt

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.gui.registry.page import RegistryPage
    from kzpk_desktop.services import documents

    sid = people.add("Иванов", "Сергей")
    with write_session(sessions) as s:
        doc = documents.add_document(s, sid, documents.DocumentData(
            kind="medical_fitness", number="MED-1", issued_on=dt.date(2025, 1, 10),
            expires_on=dt.date.today() + dt.timedelta(days=400)))
        documents.attach_scan(s, doc.id, "med.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    page = shown(qtbot, RegistryPage(as_role(ctx, role)))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.form.record_id == sid)
    page.recordTabs.setCurrentWidget(page.documents)
    qtbot.waitUntil(lambda: page.documents.model.rowCount() == 1)
    page.documents.table.selectRow(0)
    return page


def test_a_clerk_may_not_remove_a_document_and_is_told_in_russian_who_may(
        qtbot, ctx, people, sessions, prompts):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from kzpk_desktop.gui.i18n import install_translators

    install_translators(QApplication.instance(), "ru")
    tab = record_of(qtbot, ctx, "clerk", people, sessions).documents
    assert not tab.removeButton.isEnabled()
    assert tab.removeButton.toolTip() == ("Удалить выбранный документ вместе со сканом\n"
                                          "Нужна роль «руководитель» или выше.")
    for button in (tab.addButton, tab.editButton, tab.attachButton, tab.removeScanButton,
                   tab.openScanButton):
        assert button.isEnabled(), button.objectName()
    # Del in the table does not go round the greyed button: nothing is asked, nothing goes.
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert prompts.asked == [] and tab.model.rowCount() == 1


def test_a_viewer_may_only_read_and_open_scans(qtbot, ctx, people, sessions):
    page = record_of(qtbot, ctx, "viewer", people, sessions)
    tab = page.documents
    for button in (tab.addButton, tab.editButton, tab.removeButton, tab.attachButton,
                   tab.removeScanButton):
        assert not button.isEnabled(), button.objectName()
        assert "Needs the role “" in button.toolTip()
    assert tab.openScanButton.isEnabled()
    assignment = page.assignments.assignButton
    assert not assignment.isEnabled()
    assert assignment.toolTip().endswith("Needs the role “clerk” or higher.")


def test_a_supervisor_is_offered_every_document_button(qtbot, ctx, people, sessions):
    tab = record_of(qtbot, ctx, "supervisor", people, sessions).documents
    assert tab.removeButton.isEnabled() and "Needs the role" not in tab.removeButton.toolTip()


def test_a_clerk_reads_the_shared_settings_greyed_and_keeps_the_language(
        qtbot, ctx, prompts, monkeypatch):
    from kzpk_desktop.gui.main_window import MainWindow
    from kzpk_desktop.gui.settings_dialog import BusinessSettingsDialog

    shown = []
    monkeypatch.setattr(BusinessSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(as_role(ctx, "clerk"), database="test.sqlite")
    qtbot.addWidget(window)
    window.settingsAction.trigger()
    [dialog] = shown
    qtbot.addWidget(dialog)
    days = dialog.editors["warning_window_days"]
    assert not days.isEnabled() and days.value() == 90  # readable, not changeable
    assert days.toolTip() == "Needs the role “administrator” or higher."
    assert dialog.languageBox.isEnabled()
