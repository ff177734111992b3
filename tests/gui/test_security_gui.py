"""Accounts, roles, the idle lock, the Audit area, backups and restore in the GUI."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop import app as app_module
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import ROLES, Serviceman, User
from kzpk_desktop.gui.security import file_actions
from kzpk_desktop.gui.security.database import Database
from kzpk_desktop.gui.security.first_account import FirstAccountDialog
from kzpk_desktop.gui.security.idle_lock import Curtain
from kzpk_desktop.gui.security.restore_dialog import RestoreDialog
from kzpk_desktop.gui.security.session import SessionController
from kzpk_desktop.gui.security.signin import LoginDialog
from kzpk_desktop.services import accounts, backup, servicemen
from kzpk_desktop.services.audit import EventFilter, search_events
from kzpk_desktop.services.auth import Actor, acting, bind_actor

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    # argon2's defaults cost about half a second a hash; the tests need the rules, not the cost.
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                            parallelism=1))


@pytest.fixture
def staff(sessions):
    """One account per role, named after it, all with PASSWORD; the test's own sessions
    (``people``) act as the administrator."""
    with write_session(sessions) as s:
        for role in reversed(ROLES):  # the administrator first
            accounts.create_user(s, role, PASSWORD, role, role.title())
    bind_actor(sessions, Actor("admin", "admin"))
    return {role: Actor(role, role) for role in ROLES}


@pytest.fixture
def session_for(qapp, db_url, settings, staff, prompts):
    """A signed-in session with its main window: session_for("clerk")."""
    made: list[SessionController] = []

    def make(role: str) -> SessionController:
        ctl = SessionController(qapp, settings, Database.open(db_url), staff[role])
        ctl.open_window()
        made.append(ctl)
        return ctl

    yield make
    for ctl in made:
        if ctl.idle is not None:
            ctl.idle.stop()
        ctl.close_window(discard=True)
        ctl.shutdown()
        ctl.setParent(None)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- the first account and signing in --------------------------------------------------------

def test_the_first_account_dialog_creates_an_administrator_and_signs_in(qtbot, sessions):
    dialog = FirstAccountDialog(sessions)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.errors[""]), "passwordRule").text().startswith(
        "The password must be at least 10 characters long.")
    qtbot.keyClicks(dialog.usernameEdit, "Aidar")
    qtbot.keyClicks(dialog.passwordEdit, "short")
    qtbot.keyClicks(dialog.repeatEdit, "short")
    click(qtbot, dialog.createButton)
    assert dialog.problem_shown("password") == "The password must be at least 10 characters long."
    assert dialog.result() == 0
    dialog.passwordEdit.setText(PASSWORD)
    dialog.repeatEdit.setText(PASSWORD + "!")
    click(qtbot, dialog.createButton)
    assert dialog.problem_shown("repeat") == "The two passwords differ; type the same password " \
                                             "twice."
    dialog.repeatEdit.setText(PASSWORD)
    click(qtbot, dialog.createButton)
    assert dialog.actor == Actor("aidar", "admin")
    assert dialog.result() == 1
    with sessions() as s:
        assert [(u.username, u.role, u.is_active) for u in accounts.list_users(s)] == [
            ("aidar", "admin", True)]
        [login] = search_events(s, EventFilter(action="login"))
    assert login.username == "aidar"


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, sessions, staff):
    dialog = LoginDialog(sessions, username="clerk")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passwordEdit, "not the password")
    click(qtbot, dialog.signInButton)
    assert dialog.messageLabel.text() == "Wrong user name or password."
    assert not dialog.messageLabel.isHidden()
    assert dialog.actor is None and dialog.result() == 0
    assert dialog.passwordEdit.text() == ""  # typed again from scratch
    qtbot.keyClicks(dialog.passwordEdit, PASSWORD)
    click(qtbot, dialog.signInButton)
    assert dialog.actor == Actor("clerk", "clerk")
    assert dialog.result() == 1


def test_repeated_wrong_passwords_count_down_before_the_next_try(qtbot, sessions, staff):
    dialog = LoginDialog(sessions, username="viewer")
    qtbot.addWidget(dialog)
    for _ in range(accounts.FREE_FAILURES):
        dialog.passwordEdit.setText("not the password")
        click(qtbot, dialog.signInButton)
    assert dialog.messageLabel.text() == "Too many wrong passwords; try again in 1 seconds."
    assert not dialog.signInButton.isEnabled()
    qtbot.waitUntil(dialog.signInButton.isEnabled, timeout=3000)
    assert dialog.messageLabel.text() == "You may try again now."
    dialog.passwordEdit.setText(PASSWORD)
    click(qtbot, dialog.signInButton)
    assert dialog.actor == Actor("viewer", "viewer")


def test_a_disabled_account_is_told_so(qtbot, sessions, staff):
    with acting(sessions, staff["admin"]) as s:
        accounts.disable_user(s, "clerk")
    dialog = LoginDialog(sessions, username="clerk")
    qtbot.addWidget(dialog)
    dialog.passwordEdit.setText(PASSWORD)
    click(qtbot, dialog.signInButton)
    assert dialog.messageLabel.text() == "The account clerk is disabled; ask an administrator."
    assert dialog.actor is None


# --- what each role sees ---------------------------------------------------------------------

def test_a_viewer_can_neither_create_save_nor_delete(qtbot, session_for, people):
    people.add("Иванов", "Сергей")
    ctl = session_for("viewer")
    window = ctl.window
    page = window.show_area("registry")
    page.refresh()
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.form.record_id is not None)
    actions = window.commandActions
    assert not actions["new"].isEnabled()
    assert not actions["save"].isEnabled()
    assert not actions["delete"].isEnabled()
    assert page.form.ui.surnameEdit.isReadOnly()
    assert page.form.ui.saveButton.isHidden() and page.form.ui.deleteButton.isHidden()
    assert "audit" not in [spec.key for spec in window._specs]
    assert not ctl.usersAction.isVisible() and not window.settingsAction.isVisible()
    assert not ctl.restoreAction.isVisible() and not ctl.backupAction.isVisible()
    assert ctl.userLabel.text() == "Signed in: Viewer (viewer) — viewer"


def test_a_clerk_edits_but_does_not_delete(qtbot, session_for, people, type_text):
    people.add("Иванов", "Сергей")
    ctl = session_for("clerk")
    window = ctl.window
    page = window.show_area("registry")
    page.refresh()
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: page.form.record_id is not None)
    type_text(page.form.ui.phoneEdit, "+7")
    assert window.commandActions["new"].isEnabled()
    assert window.commandActions["save"].isEnabled()
    assert not window.commandActions["delete"].isEnabled()
    assert page.form.ui.deleteButton.isHidden()
    page.form.revert()


# --- the idle lock ---------------------------------------------------------------------------

def test_the_idle_lock_covers_the_window_and_keeps_unsaved_work(qtbot, session_for, type_text):
    ctl = session_for("clerk")
    page = ctl.window.show_area("registry")
    type_text(page.form.ui.surnameEdit, "Сейтов")
    assert ctl.idle.watcher.timeout_ms == 15 * 60_000  # the setting's default
    ctl.idle.watcher.set_timeout_ms(50)
    qtbot.waitUntil(lambda: ctl.idle.is_locked, timeout=3000)
    screen = ctl.idle.screen
    assert screen.isVisible()
    assert screen.windowModality() == Qt.WindowModality.ApplicationModal
    [curtain] = ctl.window.findChildren(Curtain)
    assert curtain.isVisible() and curtain.geometry() == ctl.window.rect()

    screen.passwordEdit.setText("not the password")
    click(qtbot, screen.unlockButton)
    assert screen.messageLabel.text() == "Wrong user name or password."
    assert ctl.idle.is_locked
    screen.passwordEdit.setText(PASSWORD)
    click(qtbot, screen.unlockButton)
    assert not ctl.idle.is_locked
    qtbot.waitUntil(lambda: not ctl.window.findChildren(Curtain))
    assert page.form.ui.surnameEdit.text() == "Сейтов"
    assert page.form.is_dirty()
    page.form.revert()


def test_signing_out_from_the_lock_asks_for_a_user_again(qtbot, session_for, prompts,
                                                         monkeypatch):
    from kzpk_desktop.gui.prompts import Button

    ctl = session_for("clerk")
    old = ctl.window
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, sessions, **kw: Actor("supervisor", "supervisor")))
    ctl.lock()
    prompts.answers = [Button.Yes]
    click(qtbot, ctl.idle.screen.signOutButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window is not old)
    assert ctl.actor == Actor("supervisor", "supervisor")
    assert ctl.userLabel.text() == "Signed in: Supervisor (supervisor) — supervisor"
    assert "audit" in [spec.key for spec in ctl.window._specs]


# --- the Audit area and a record's history ---------------------------------------------------

def test_the_audit_area_lists_a_save_and_filters_by_user(qtbot, qtmodeltester, session_for,
                                                         sessions, staff, type_text, people):
    ctl = session_for("supervisor")
    registry = ctl.window.show_area("registry")
    registry.new_record()
    type_text(registry.form.ui.iinEdit, "791028302728")
    type_text(registry.form.ui.serviceNumberEdit, "SN-1")
    type_text(registry.form.ui.surnameEdit, "Сейтов")
    type_text(registry.form.ui.givenNameEdit, "Айдар")
    assert registry.save()
    with acting(sessions, staff["clerk"]) as s:
        people_id = s.execute(select(Serviceman.id).where(Serviceman.surname == "Сейтов")).scalar()
        data = servicemen.get_serviceman(s, people_id)
        data.phone = "+7 701 000 00 00"
        servicemen.update_serviceman(s, people_id, data)

    page = ctl.window.show_area("audit")
    qtmodeltester.check(page.model)
    rows = [page.model.event_at(i) for i in range(page.model.rowCount())]
    made = [e for e in rows if e.action == "create" and e.entity == "serviceman"]
    assert [e.username for e in made][-1] == "supervisor"
    assert made[-1].changes["surname"] == [None, "Сейтов"]
    record_col = page.model.column_of("record")
    top = page.model.index(0, page.model.column_of("changes"))
    assert page.model.data(top) == "phone: (empty) -> +7 701 000 00 00"
    assert page.model.data(page.model.index(0, record_col)).startswith("serviceman ")

    page.userCombo.setEditText("clerk")
    page.apply_filter()
    assert [page.model.event_at(i).action for i in range(page.model.rowCount())] == ["update"]
    assert page.countLabel.text() == "1 event(s)"
    page.table.selectRow(0)
    qtmodeltester.check(page.details.model)
    lines = page.details.model.lines()
    assert [(line.field, line.before, line.after) for line in lines] == [
        ("phone", "", "+7 701 000 00 00")]
    assert "by clerk" in page.details.headerLabel.text()

    page.clear_filters()
    page.recordEdit.setText("Сейтов")
    page.apply_filter()
    assert {page.model.event_at(i).action for i in range(page.model.rowCount())} == {"create"}


def test_a_records_form_shows_its_own_history(qtbot, session_for, people, monkeypatch):
    from kzpk_desktop.gui.audit.history import RecordHistoryDialog

    person = people.add("Иванов", "Сергей")
    ctl = session_for("clerk")
    page = ctl.window.show_area("registry")
    assert not page.historyButton.isEnabled()
    assert page.open_record(person)
    assert page.historyButton.isEnabled()
    shown = []
    monkeypatch.setattr(RecordHistoryDialog, "exec", lambda self: shown.append(self) or 0)
    click(qtbot, page.historyButton)
    [dialog] = shown
    assert dialog.windowTitle() == "History: Иванов Сергей"
    events = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert [(e.action, e.entity, e.username) for e in events] == [
        ("create", "serviceman", "admin")]
    assert dialog.details.model.lines()[0].field == "iin"


# --- start-up with a damaged database, and restoring -----------------------------------------

def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    data[3 * 4096:12 * 4096] = b"\x5a" * (9 * 4096)  # leave the header readable
    path.write_bytes(bytes(data))


def test_a_damaged_database_at_start_up_offers_a_backup(qtbot, db_path, engine, staff, prompts,
                                                        monkeypatch):
    saved = backup.backup(engine)
    engine.dispose()
    _damage(db_path)
    offered = []

    def choose(cls, parent, database, backups, *, problems=(), restorable=True):
        offered.append((database, [b.path for b in backups], list(problems)))
        return backups[0].path

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(choose))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, sessions, **kw: Actor("clerk", "clerk")))
    application, window = app_module.build(["kzpk-desktop", "--db", str(db_path)])
    qtbot.addWidget(window)
    ctl = application.findChild(SessionController)
    [(database, backups, problems)] = offered
    assert database == str(db_path) and backups == [saved]
    assert problems == ["The database file is damaged (database disk image is malformed)."]
    [(title, text)] = prompts.informed
    assert title == "Restore from a backup"
    aside = next(db_path.parent.glob("kzpk.before-restore-*.sqlite"))
    assert str(aside) in text
    with ctl.database.sessions() as s:
        assert s.execute(select(User.username).where(User.username == "clerk")).scalar()
    ctl.wait_for_background()
    ctl.shutdown()
    ctl.setParent(None)


def test_quitting_instead_of_restoring_ends_with_status_1(qtbot, db_path, prompts, monkeypatch):
    _damage(db_path)
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda cls, *a, **kw: None))
    monkeypatch.setattr(FirstAccountDialog, "ask", classmethod(lambda cls, *a, **kw: None))
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", str(db_path)])
    assert exit_info.value.code == 1


def test_restore_puts_the_backup_in_place(qtbot, session_for, people, prompts, monkeypatch):
    from kzpk_desktop.gui.prompts import Button

    people.add("Иванов", "Сергей")
    ctl = session_for("admin")
    saved = backup.backup(ctl.database.engine)
    people.add("Петров", "Олег")
    old_window = ctl.window
    old_window.page("registry").refresh()
    assert old_window.page("registry").model.total == 2
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(
        lambda cls, parent, database, backups, **kw: saved))
    prompts.answers = [Button.Yes]
    aside = file_actions.restore_from_backup(ctl)
    [(_title, question)] = prompts.asked
    assert "The current database file is not deleted: it is kept aside" in question
    assert aside is not None and aside.exists()
    assert str(aside) in prompts.informed[-1][1]
    assert ctl.window is not old_window and ctl.window.isVisible()
    assert ctl.actor == Actor("admin", "admin")
    assert ctl.window.page("registry").model.total == 1
