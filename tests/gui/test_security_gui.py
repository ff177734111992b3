"""Accounts, roles, the idle lock, the Audit area, backups and restore in the GUI."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
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
        # These tests work in the registry: the window reopens where it was left.
        settings.current_area = "registry"
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


def answered(qtbot, dialog, button) -> None:
    """Press ``button`` and wait for the password check that runs off the GUI thread."""
    click(qtbot, button)
    qtbot.waitUntil(lambda: not dialog.pending.busy)


# --- the first account and signing in --------------------------------------------------------

def test_the_first_account_dialog_creates_an_administrator_and_signs_in(qtbot, sessions, ops):
    dialog = FirstAccountDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.findChild(type(dialog.errors[""]), "passwordRule").text().startswith(
        "The password must be at least 10 characters long.")
    qtbot.keyClicks(dialog.usernameEdit, "Aidar")
    qtbot.keyClicks(dialog.passwordEdit, "short")
    qtbot.keyClicks(dialog.repeatEdit, "short")
    answered(qtbot, dialog, dialog.createButton)
    assert dialog.problem_shown("password") == "The password must be at least 10 characters long."
    assert dialog.result() == 0
    dialog.passwordEdit.setText(PASSWORD)
    dialog.repeatEdit.setText(PASSWORD + "!")
    answered(qtbot, dialog, dialog.createButton)
    assert dialog.problem_shown("repeat") == "The two passwords differ; type the same password " \
                                             "twice."
    dialog.repeatEdit.setText(PASSWORD)
    answered(qtbot, dialog, dialog.createButton)
    assert dialog.actor == Actor("aidar", "admin")
    assert dialog.result() == 1
    with sessions() as s:
        assert [(u.username, u.role, u.is_active) for u in accounts.list_users(s)] == [
            ("aidar", "admin", True)]
        [login] = search_events(s, EventFilter(action="login"))
    assert login.username == "aidar"


def test_a_wrong_password_is_refused_and_the_right_one_signs_in(qtbot, sessions, ops, staff):
    dialog = LoginDialog(ops, username="clerk")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passwordEdit, "not the password")
    answered(qtbot, dialog, dialog.signInButton)
    assert dialog.messageLabel.text() == "Wrong user name or password."
    assert not dialog.messageLabel.isHidden()
    assert dialog.actor is None and dialog.result() == 0
    assert dialog.passwordEdit.text() == ""  # typed again from scratch
    qtbot.keyClicks(dialog.passwordEdit, PASSWORD)
    answered(qtbot, dialog, dialog.signInButton)
    assert dialog.actor == Actor("clerk", "clerk")
    assert dialog.result() == 1


def test_repeated_wrong_passwords_count_down_before_the_next_try(qtbot, sessions, ops, staff):
    dialog = LoginDialog(ops, username="viewer")
    qtbot.addWidget(dialog)
    for _ in range(accounts.FREE_FAILURES):
        dialog.passwordEdit.setText("not the password")
        answered(qtbot, dialog, dialog.signInButton)
    assert dialog.messageLabel.text() == "Too many wrong passwords; try again in 1 seconds."
    assert not dialog.signInButton.isEnabled()
    qtbot.waitUntil(dialog.signInButton.isEnabled, timeout=3000)
    assert dialog.messageLabel.text() == "You may try again now."
    dialog.passwordEdit.setText(PASSWORD)
    answered(qtbot, dialog, dialog.signInButton)
    assert dialog.actor == Actor("viewer", "viewer")


def test_a_disabled_account_is_told_so(qtbot, sessions, ops, staff):
    with acting(sessions, staff["admin"]) as s:
        accounts.disable_user(s, "clerk")
    dialog = LoginDialog(ops, username="clerk")
    qtbot.addWidget(dialog)
    dialog.passwordEdit.setText(PASSWORD)
    answered(qtbot, dialog, dialog.signInButton)
    assert dialog.messageLabel.text() == "The account clerk is disabled; ask an administrator."
    assert dialog.actor is None


def _held(monkeypatch, target: str):
    """Make ``target`` (the sign-in's ``authenticate``) wait until the returned event is set,
    as a slow server would; the answer is then the real one."""
    import importlib
    import threading

    module, name = target.rsplit(".", 1)
    real = getattr(importlib.import_module(module), name)
    release = threading.Event()

    def slow(session, *args, **kwargs):
        release.wait(10)
        return real(session, *args, **kwargs)

    monkeypatch.setattr(target, slow)
    return release


def _logins(sessions) -> list[str]:
    with sessions() as s:
        return [e.username for e in search_events(s, EventFilter(action="login"))]


def test_a_sign_in_cancelled_while_the_password_is_checked_leaves_no_login(
        qtbot, sessions, ops, staff, monkeypatch):
    release = _held(monkeypatch, "kzpk_desktop.gui.security.signin.authenticate")
    dialog = LoginDialog(ops, username="clerk")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passwordEdit.setText(PASSWORD)  # the right password
    click(qtbot, dialog.signInButton)
    assert dialog.signInButton.text() == "Signing in…"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the clerk cancels
    assert not dialog.pending.busy and dialog.isVisible()
    release.set()
    ops.settle()
    assert dialog.actor is None and dialog.isVisible()
    assert _logins(sessions) == []  # the audit trail shows no sign-in that never happened
    dialog.passwordEdit.setText(PASSWORD)  # the server answers at once now
    answered(qtbot, dialog, dialog.signInButton)
    assert dialog.actor == Actor("clerk", "clerk")
    assert _logins(sessions) == ["clerk"]


def test_a_cancel_once_the_sign_in_commits_is_too_late_and_it_goes_through(
        qtbot, sessions, ops, staff):
    import threading

    from sqlalchemy import event

    committing, release = threading.Event(), threading.Event()

    def hold(session) -> None:
        if threading.current_thread() is not threading.main_thread():
            committing.set()
            release.wait(10)

    event.listen(sessions, "before_commit", hold)
    try:
        dialog = LoginDialog(ops, username="clerk")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passwordEdit.setText(PASSWORD)
        click(qtbot, dialog.signInButton)
        assert committing.wait(10)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # a moment too late
        assert dialog.pending.busy and dialog.signInButton.text() == "Signing in…"
        release.set()
        qtbot.waitUntil(lambda: not dialog.pending.busy)
    finally:
        release.set()
        event.remove(sessions, "before_commit", hold)
    assert dialog.actor == Actor("clerk", "clerk")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert _logins(sessions) == ["clerk"]


def test_a_first_account_cancelled_while_it_is_made_is_not_made(qtbot, sessions, ops,
                                                                 monkeypatch):
    release = _held(monkeypatch, "kzpk_desktop.services.accounts.authenticate")
    dialog = FirstAccountDialog(ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.usernameEdit, "Aidar")
    dialog.passwordEdit.setText(PASSWORD)
    dialog.repeatEdit.setText(PASSWORD)
    click(qtbot, dialog.createButton)
    assert dialog.pending.busy
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.pending.busy and dialog.isVisible()
    release.set()
    ops.settle()
    with sessions() as s:
        assert accounts.list_users(s) == []
    assert _logins(sessions) == []
    answered(qtbot, dialog, dialog.createButton)  # made now, not "someone else made one"
    assert dialog.actor == Actor("aidar", "admin") and dialog.result() == 1
    assert _logins(sessions) == ["aidar"]


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
    assert ctl.userLabel.text() == "Signed in: Viewer (viewer) — viewer"


@pytest.mark.parametrize("role", ["viewer", "clerk", "supervisor"])
def test_file_acts_are_shown_disabled_below_an_administrator_and_refused(
        qtbot, session_for, people, prompts, db_path, role):
    from kzpk_desktop.services.encryption import is_encrypted_file

    ctl = session_for(role)
    for act in (ctl.backupAction, ctl.restoreAction, ctl.encryptAction):
        assert act.isVisible() and not act.isEnabled()
        assert act.toolTip() == f"Needs an administrator's sign-in (you are signed in as {role})"
    # Reached anyway (a stale menu, a script): the database's role decides.
    assert file_actions.encrypt(ctl) is False
    assert file_actions.back_up_now(ctl) is None
    assert not is_encrypted_file(db_path)
    assert prompts.informed[-1][1] == (f"Your role ({role}) may not back up, restore, encrypt "
                                       "or decrypt the database; only an administrator may.")


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
    answered(qtbot, screen, screen.unlockButton)
    assert screen.messageLabel.text() == "Wrong user name or password."
    assert ctl.idle.is_locked
    screen.passwordEdit.setText(PASSWORD)
    click(qtbot, screen.unlockButton)
    qtbot.waitUntil(lambda: not ctl.idle.is_locked)
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
        lambda cls, parent, ops, **kw: Actor("supervisor", "supervisor")))
    ctl.lock()
    prompts.answers = [Button.Yes]
    click(qtbot, ctl.idle.screen.signOutButton)
    qtbot.waitUntil(lambda: ctl.window is not None and ctl.window is not old)
    assert ctl.actor == Actor("supervisor", "supervisor")
    assert ctl.userLabel.text() == "Signed in: Supervisor (supervisor) — supervisor"
    assert "audit" in [spec.key for spec in ctl.window._specs]


def _comings_and_goings(sessions) -> list[tuple[str, str]]:
    """The sign-ins and sign-outs in the audit trail, in the order they were recorded."""
    from kzpk_desktop.db.models import AuditEvent

    with sessions() as s:
        return [(e.action, e.username) for e in s.execute(
            select(AuditEvent).where(AuditEvent.action.in_(("login", "logout")))
            .order_by(AuditEvent.id)).scalars()]


def test_signing_out_while_the_unlock_checks_the_password_leaves_no_login(
        qtbot, session_for, prompts, monkeypatch):
    from kzpk_desktop.gui.prompts import Button

    ctl = session_for("clerk")
    sessions = ctl.database.sessions
    release = _held(monkeypatch, "kzpk_desktop.gui.security.signin.authenticate")
    asked = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, ops, **kw: asked.append(kw["username"])))
    ctl.lock()
    screen = ctl.idle.screen
    screen.passwordEdit.setText(PASSWORD)  # the right password, still being checked
    click(qtbot, screen.unlockButton)
    assert screen.pending.busy
    prompts.answers = [Button.Yes]
    click(qtbot, screen.signOutButton)
    release.set()
    qtbot.waitUntil(lambda: asked == ["clerk"])
    ctl.ops.settle()
    # The clerk chose to sign out before the unlock was done: it never happened.
    assert _comings_and_goings(sessions) == [("logout", "clerk")]
    assert ctl.window is None


def test_signing_out_once_the_unlock_commits_records_its_login_then_the_sign_out(
        qtbot, session_for, prompts, monkeypatch):
    import threading

    from sqlalchemy import event

    from kzpk_desktop.gui.prompts import Button

    ctl = session_for("clerk")
    sessions = ctl.database.sessions
    committing, release = threading.Event(), threading.Event()

    def hold(session) -> None:
        if threading.current_thread() is not threading.main_thread() \
                and not committing.is_set():
            committing.set()  # the unlock's commit: held until the clerk has chosen
            release.wait(10)

    asked = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, ops, **kw: asked.append(kw["username"])))
    event.listen(sessions, "before_commit", hold)
    try:
        ctl.lock()
        screen = ctl.idle.screen
        screen.passwordEdit.setText(PASSWORD)
        click(qtbot, screen.unlockButton)
        assert committing.wait(10)
        prompts.answers = [Button.Yes]
        click(qtbot, screen.signOutButton)  # a moment too late to stop the unlock
        release.set()
        qtbot.waitUntil(lambda: asked == ["clerk"])
    finally:
        release.set()
        event.remove(sessions, "before_commit", hold)
    ctl.ops.settle()
    # What happened, in order: the unlock signed the clerk in, and the clerk signed out.
    assert _comings_and_goings(sessions) == [("login", "clerk"), ("logout", "clerk")]
    assert ctl.window is None and not ctl.idle


def test_an_unlock_answered_while_sign_out_is_asked_waits_for_the_answer(
        qtbot, session_for, prompts, monkeypatch):
    """The unlock's answer arrives while "Sign out?" is open; the clerk says Cancel: the
    password was right, so the window unlocks (once, after the question)."""
    from kzpk_desktop.gui.prompts import Button, Prompt

    ctl = session_for("clerk")
    ctl.lock()
    screen = ctl.idle.screen
    seen = []

    def ask(parent, title, text, buttons, default, **kw):
        screen.passwordEdit.setText(PASSWORD)  # an unlock already committed: too late
        screen._unlocked(Actor("clerk", "clerk"))
        seen.append(ctl.idle.is_locked)
        return Button.Cancel

    monkeypatch.setattr(Prompt, "ask", ask)
    click(qtbot, screen.signOutButton)
    assert seen == [True]  # not unlocked under the open question
    qtbot.waitUntil(lambda: not ctl.idle.is_locked)
    assert ctl.window is not None and ctl.actor == Actor("clerk", "clerk")


def test_switching_user_settles_unsaved_changes_first(qtbot, session_for, prompts, monkeypatch,
                                                      type_text):
    from kzpk_desktop.gui.prompts import Button

    ctl = session_for("clerk")
    window = ctl.window
    type_text(window.show_area("registry").form.ui.surnameEdit, "Сейтов")
    asked_for = []
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, ops, **kw: asked_for.append(kw["username"])
        or Actor("viewer", "viewer")))
    prompts.answers = [Button.Cancel]
    assert not ctl.sign_out()
    assert ctl.window is window and window.isVisible() and asked_for == []
    prompts.answers = [Button.Discard]
    assert ctl.sign_out()
    assert asked_for == ["clerk"]  # the last user's name is offered
    assert ctl.actor == Actor("viewer", "viewer") and ctl.window is not window
    assert not ctl.window.commandActions["new"].isEnabled()


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
        person = s.execute(select(Serviceman.id).where(Serviceman.surname == "Сейтов")).scalar()
        data = servicemen.get_serviceman(s, person)
        data.phone = "+7 701 000 00 00"
        servicemen.update_serviceman(s, person, data)

    page = ctl.window.show_area("audit")
    ctl.ops.settle()
    qtmodeltester.check(page.model)
    rows = [page.model.event_at(i) for i in range(page.model.rowCount())]
    made = [e for e in rows if e.action == "create" and e.entity == "serviceman"]
    assert [e.username for e in made][-1] == "supervisor"
    assert made[-1].changes["surname"] == [None, "Сейтов"]
    record_col = page.model.column_of("record")
    top = page.model.index(0, page.model.column_of("changes"))
    assert page.model.data(top) == "Phone: (empty) → +7 701 000 00 00"
    assert page.model.data(page.model.index(0, record_col)) == "Сейтов Айдар"

    page.userCombo.setEditText("clerk")
    page.apply_filter()
    ctl.ops.settle()
    assert [page.model.event_at(i).action for i in range(page.model.rowCount())] == ["update"]
    assert page.countLabel.text() == "1 event(s)"
    page.table.selectRow(0)
    qtmodeltester.check(page.details.model)
    lines = page.details.model.lines()
    assert [(line.field, line.before, line.after) for line in lines] == [
        ("Phone", "", "+7 701 000 00 00")]
    assert "by clerk" in page.details.headerLabel.text()

    page.clear_filters()
    page.recordEdit.setText("Сейтов")
    page.apply_filter()
    ctl.ops.settle()
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
    assert [(e.event.action, e.event.entity, e.event.username) for e in events] == [
        ("create", "serviceman", "admin")]
    assert dialog.details.model.lines()[0].field == "IIN"


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
        lambda cls, parent, ops, **kw: Actor("clerk", "clerk")))
    application, window = app_module.build(["kzpk-desktop", "--db", str(db_path)])
    qtbot.addWidget(window)
    ctl = application.findChild(SessionController)
    [(database, backups, problems)] = offered
    assert database == str(db_path) and backups == [saved]
    assert problems == ["The database file is damaged (database disk image is malformed)."]
    [(title, text)] = prompts.informed
    assert title == "Восстановление из резервной копии"  # Russian is the default UI language
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


@pytest.mark.sqlite_only  # a backup is a copy of a SQLite file
def test_restore_puts_the_backup_in_place(qtbot, session_for, people, prompts, monkeypatch):
    from kzpk_desktop.gui.prompts import Button

    people.add("Иванов", "Сергей")
    ctl = session_for("admin")
    saved = backup.backup(ctl.database.engine)
    people.add("Петров", "Олег")
    old_window = ctl.window
    old_window.page("registry").refresh()
    ctl.ops.settle()
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
    ctl.ops.settle()  # the list and the audit event are written in the background
    assert ctl.window.page("registry").model.total == 1
    with ctl.database.sessions() as s:
        [event] = search_events(s, EventFilter(action="restore"))
    assert (event.username, event.changes) == ("admin", {"backup": saved.name,
                                                         "kept_aside": aside.name})


# --- more of the administrator's work --------------------------------------------------------

def test_the_users_dialog_adds_changes_and_disables_accounts(qtbot, ops, sessions, staff,
                                                              prompts):
    from kzpk_desktop.gui.security.users import UserDialog, UsersDialog

    dialog = UsersDialog(ops)
    qtbot.addWidget(dialog)
    assert [dialog.model.row(i).username for i in range(dialog.model.rowCount())] == [
        "admin", "clerk", "supervisor", "viewer"]

    def fill(form: UserDialog) -> bool:
        form.usernameEdit.setText("g.akhmetova")
        form.fullNameEdit.setText("Гульнар Ахметова")
        form.roleCombo.setCurrentIndex(form.roleCombo.findData("supervisor"))
        form.passwordEdit.setText(PASSWORD)
        form.repeatEdit.setText(PASSWORD)
        form.accept()
        return form.result() == 1

    UserDialog.ask = classmethod(lambda cls, parent, save, **kw: fill(cls(save, **kw)))
    try:
        dialog.add_user()
    finally:
        del UserDialog.ask  # back to the class's own
    assert dialog.selected().username == "g.akhmetova"
    assert dialog.messageLabel.text() == "User g.akhmetova added."

    dialog.set_role("viewer")
    dialog.toggle_active()
    with sessions() as s:
        rows = {u.username: u for u in accounts.list_users(s)}
    assert (rows["g.akhmetova"].role, rows["g.akhmetova"].is_active) == ("viewer", False)
    assert dialog.messageLabel.text() == "g.akhmetova is disabled and can no longer sign in."

    dialog.select("admin")
    dialog.toggle_active()  # the only administrator
    assert dialog.messageLabel.text() == ("admin is the last active administrator; make another "
                                          "administrator first.")


def test_a_new_users_password_follows_the_services_rules(qtbot, sessions, staff):
    from kzpk_desktop.gui.security.users import UserDialog

    saved = []

    def save(value):
        with write_session(sessions) as s:
            accounts.create_user(s, value["username"], value["password"], value["role"])
        saved.append(value["username"])

    form = UserDialog(save)
    qtbot.addWidget(form)
    form.usernameEdit.setText("aidar")
    form.passwordEdit.setText("aidar")
    form.repeatEdit.setText("aidar")
    form.accept()
    assert form.problem_shown("password") == "The password must be at least 10 characters long."
    assert saved == []


@pytest.mark.sqlite_only  # a backup is a copy of a SQLite file
def test_back_up_now_writes_a_verified_copy(qtbot, session_for, prompts, monkeypatch, tmp_path):
    ctl = session_for("admin")
    target = tmp_path / "copies" / "monday.sqlite"
    monkeypatch.setattr(file_actions.BackupFileDialog, "ask",
                        classmethod(lambda cls, parent, suggested: target))
    assert file_actions.back_up_now(ctl) == target
    assert target.is_file()
    [(title, text)] = prompts.informed
    assert (title, text) == ("Back up the database", "The backup is written and its integrity "
                             f"is verified:\n{target}")


def test_the_daily_backup_runs_after_start_up_and_failures_go_to_the_status_bar(
        qtbot, session_for, db_path):
    ctl = session_for("clerk")
    ctl.start_auto_backup()
    status = ctl.window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Daily backup written: "))
    [made] = (db_path.parent / "backups").glob("kzpk-*.sqlite")
    assert status.currentMessage() == f"Daily backup written: {made}"

    made.unlink()
    (db_path.parent / "backups").rmdir()
    (db_path.parent / "backups").write_text("not a folder")  # the copy cannot be written
    ctl.start_auto_backup()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("The daily automatic backup"))
    assert ctl.window.isVisible()


def test_the_audit_export_writes_the_events_found(qtbot, session_for, prompts, monkeypatch,
                                                  tmp_path):
    from openpyxl import load_workbook

    from kzpk_desktop.gui.audit import export as audit_export
    from kzpk_desktop.gui.prompts import Button

    ctl = session_for("supervisor")
    page = ctl.window.show_area("audit")
    page.actionCombo.setCurrentIndex(page.actionCombo.findData("create"))
    ctl.ops.settle()
    shown = page.model.rowCount()
    target = tmp_path / "audit.xlsx"
    monkeypatch.setattr(audit_export, "choose_target", lambda *a, **kw: target)
    prompts.answers = [Button.Close]
    page.export_list()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    # Actions in the report's language (the clerk's).
    from kzpk_desktop.exports.reports.audit_trail import WORDS

    words = {w["actions"][a] for w in WORDS.values() for a in ("create", "update", "login")}
    actions = [r[3] for r in rows if r and r[3] in words]
    assert len(actions) == shown and {w["actions"]["create"] for w in WORDS.values()} >= set(
        actions)
    with ctl.database.sessions() as s:
        [event] = search_events(s, EventFilter(action="export"))
    assert (event.username, event.changes["report"], event.changes["file"],
            event.changes["action"]) == ("supervisor", "audit", "audit.xlsx", "create")


def test_a_clerk_does_not_see_the_audit_trail(qtbot, ctx, staff):
    import dataclasses

    from kzpk_desktop.gui.audit.page import AuditPage

    page = AuditPage(dataclasses.replace(ctx, actor=staff["clerk"]))
    qtbot.addWidget(page)
    assert not page.noticeLabel.isHidden()
    assert page.model.rowCount() == 0 and page.commands() == set()


# --- encryption ----------------------------------------------------------------------------------

def test_encrypting_and_decrypting_reopen_the_database(qtbot, session_for, people, prompts,
                                                       monkeypatch, db_path):
    from kzpk_desktop.gui.security.passphrase import (
        NewPassphraseDialog,
        PassphraseAnswer,
        PassphraseDialog,
    )
    from kzpk_desktop.services.encryption import is_encrypted_file

    people.add("Иванов", "Сергей")
    ctl = session_for("admin")
    assert ctl.encryptAction.isVisible() and not ctl.decryptAction.isVisible()
    monkeypatch.setattr(NewPassphraseDialog, "ask",
                        classmethod(lambda cls, parent: "a long passphrase"))
    assert file_actions.encrypt(ctl)
    assert is_encrypted_file(db_path)
    assert ctl.database.encrypted and ctl.window.page("registry").model.total == 1
    assert ctl.decryptAction.isVisible() and not ctl.encryptAction.isVisible()
    assert prompts.informed[-1][1].startswith("The database file is encrypted.")

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
        lambda cls, parent, path, **kw: PassphraseAnswer("a long passphrase")))
    assert file_actions.decrypt(ctl)
    assert not is_encrypted_file(db_path) and not ctl.database.encrypted
    assert ctl.window.page("registry").model.total == 1
    assert ctl.ops.settle()  # the events are written off the GUI thread
    with ctl.database.sessions() as s:
        done = [(e.username, e.action) for e in search_events(s, EventFilter())
                if e.action in ("encrypt", "decrypt")]
    assert done == [("admin", "decrypt"), ("admin", "encrypt")]


def test_an_encrypted_database_asks_for_its_passphrase_until_it_is_right(qtbot, db_path, engine,
                                                                          staff, prompts,
                                                                          monkeypatch):
    from kzpk_desktop.gui.security.passphrase import PassphraseAnswer, PassphraseDialog
    from kzpk_desktop.services.encryption import encrypt_database

    engine.dispose()
    encrypt_database(db_path, "a long passphrase")
    tries = ["wrong passphrase", "a long passphrase"]
    seen = []

    def type_passphrase(dialog) -> None:
        dialog.passphraseEdit.setText(tries.pop(0))
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.pending.busy)
        seen.append((dialog.messageLabel.text(), dialog.result()))

    def ask(cls, parent, path, **kw):
        dialog = cls(path, **kw)
        qtbot.addWidget(dialog)
        while dialog.result() == 0 and tries:
            type_passphrase(dialog)
        return PassphraseAnswer(dialog.passphraseEdit.text()) if dialog.result() else None

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, ops, **kw: Actor("clerk", "clerk")))
    application, window = app_module.build(["kzpk-desktop", "--db", str(db_path)])
    qtbot.addWidget(window)
    wrong = "Неверный пароль шифрования, или файл не является зашифрованной базой KZPK."
    assert seen == [(wrong, 0), (wrong, 1)]  # refused and kept open, then accepted
    ctl = application.findChild(SessionController)
    assert ctl.database.encrypted
    ctl.wait_for_background()
    ctl.shutdown()
    ctl.setParent(None)
