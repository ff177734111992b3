"""The GUI thread never waits for the database, nor for a password's hash.

Each test walks through what a clerk does, from the first start to signing
out, and counts (``gui_thread.GuiThreadWork``) every connection taken from
any engine's pool and every argon2 hash or check, by the thread that did it:
on the GUI thread there must be none, while the workers did the work. On
SQLite, and on PostgreSQL with KZPK_TEST_PG_URL. Then the sign-in dialog with
the server stopped: the failure formatter's sentence, and the dialog still
usable once the server is back.
"""
from __future__ import annotations

import os

import pytest
from argon2 import PasswordHasher
from gui_thread import GuiThreadWork
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kzpk_desktop import app as app_module
from kzpk_desktop.db import faults, migrate
from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import ROLES, Serviceman
from kzpk_desktop.gui.ops import Operations
from kzpk_desktop.gui.security.first_account import FirstAccountDialog
from kzpk_desktop.gui.security.session import SessionController
from kzpk_desktop.gui.security.signin import LoginDialog
from kzpk_desktop.gui.settings_dialog import BusinessSettingsDialog
from kzpk_desktop.services import accounts
from kzpk_desktop.services.auth import Actor, acting, bind_actor

PASSWORD = "correct horse battery"
PG = bool(os.environ.get("KZPK_TEST_PG_URL"))


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    # The real cost is half a second a hash; what is counted is where it happens.
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                            parallelism=1))


@pytest.fixture
def staff(sessions):
    with write_session(sessions) as s:
        for role in reversed(ROLES):  # the administrator first
            accounts.create_user(s, role, PASSWORD, role, role.title())
    bind_actor(sessions, Actor("admin", "admin"))  # the test's own sessions (``people``)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def when_shown(kind: type[QDialog], act) -> None:
    """Run ``act(dialog)`` once a modal dialog of ``kind`` is up (from inside its exec)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def sign_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.usernameEdit.setText(username)
    dialog.passwordEdit.setText(password)
    click(qtbot, dialog.signInButton)
    qtbot.waitUntil(lambda: not dialog.pending.busy)


def end(ctl: SessionController) -> None:
    if ctl.idle is not None:
        ctl.idle.stop()
    ctl.close_window(discard=True)
    ctl.shutdown()
    ctl.setParent(None)


def clean(work: GuiThreadWork) -> None:
    assert work.on_gui == [], "on the GUI thread:\n" + work.report()
    assert work.on_workers > 0  # the work was done, off the GUI thread


def test_the_counter_sees_a_connection_and_a_hash_on_the_gui_thread(sessions, staff):
    with GuiThreadWork() as work:
        accounts.sign_in(sessions, "clerk", PASSWORD)  # what the dialog did before
    kinds = [line.split(" at ")[0] for line in work.on_gui]
    assert "database connection" in kinds and "argon2 verify" in kinds
    assert "accounts.py" in work.report() and work.on_workers == 0


# -- the walks -------------------------------------------------------------------------------

def test_the_first_start_creates_the_administrator_off_the_gui_thread(
        qtbot, tmp_path, db_url, prompts):
    # On SQLite a file that does not exist yet: the schema is made at start-up too.
    url = db_url if PG else str(tmp_path / "new" / "kzpk.sqlite")
    seen = []

    def create(dialog: FirstAccountDialog) -> None:
        dialog.usernameEdit.setText("Aidar")
        dialog.fullNameEdit.setText("Айдар Сейтов")
        dialog.passwordEdit.setText(PASSWORD)
        dialog.repeatEdit.setText(PASSWORD)
        click(qtbot, dialog.createButton)
        seen.append((dialog.createButton.text(), dialog.createButton.isEnabled(),
                     dialog.quitButton.text()))

    when_shown(FirstAccountDialog, create)
    with GuiThreadWork() as work:
        application, window = app_module.build(["kzpk-desktop", "--db", url])
        qtbot.addWidget(window)
        ctl = application.findChild(SessionController)
        ctl.ops.settle()
    try:
        clean(work)
        # While the account was being made the dialog said so (Russian: the default).
        assert seen == [("Создание учётной записи…", False, "Отмена")]
        assert ctl.actor == Actor("aidar", "admin")
        assert ctl.userLabel.text().startswith("Пользователь: Айдар Сейтов (aidar)")
    finally:
        end(ctl)


def test_signing_in_wrong_slowed_down_and_right_waits_for_nothing_on_the_gui_thread(
        qtbot, db_url, sessions, staff, prompts):
    said = []

    def sign_in_at_last(dialog: LoginDialog) -> None:
        for _ in range(accounts.FREE_FAILURES):
            sign_in(qtbot, dialog, "viewer", "not the password")
            said.append(dialog.messageLabel.text())
        qtbot.waitUntil(dialog.signInButton.isEnabled, timeout=5000)  # the countdown is over
        sign_in(qtbot, dialog, "disabled", PASSWORD)
        said.append(dialog.messageLabel.text())
        sign_in(qtbot, dialog, "admin", PASSWORD)

    with acting(sessions, Actor("admin", "admin")) as s:
        accounts.create_user(s, "disabled", PASSWORD, "clerk")
        accounts.disable_user(s, "disabled")
    when_shown(LoginDialog, sign_in_at_last)
    with GuiThreadWork() as work:
        application, window = app_module.build(["kzpk-desktop", "--db", db_url])
        qtbot.addWidget(window)
        ctl = application.findChild(SessionController)
        ctl.ops.settle()
    try:
        clean(work)
        assert said == ["Неверное имя пользователя или пароль."] * (accounts.FREE_FAILURES - 1) \
            + ["Слишком много неверных паролей; повторите попытку через 1 с.",
               "Учётная запись disabled отключена; обратитесь к администратору."]
        assert ctl.actor == Actor("admin", "admin")
    finally:
        end(ctl)


def test_a_day_in_every_area_waits_for_nothing_on_the_gui_thread(
        qtbot, qapp, db_url, sessions, settings, staff, people, prompts, type_text):
    from kzpk_desktop.gui.security.database import Database

    for letter in "абвгдежзиклмнопрстуфхцчшщэюя":
        people.add(f"Абаев{letter}", "Тест")
    petrov = people.add("Петров", "Олег")
    settings.ui_language = "en"
    with GuiThreadWork() as work:
        ctl = SessionController(qapp, settings, Database.open(db_url), Actor("admin", "admin"))
        try:
            window = ctl.open_window(signed_in=True)
            ctl.ops.settle()
            for spec in window._specs:  # every area the administrator has
                window.show_area(spec.key)
                ctl.ops.settle()
            page = window.show_area("registry")
            page.model.PAGE_SIZE = 10
            page.model.refresh()
            ctl.ops.settle()
            bar = page.list.table.verticalScrollBar()
            for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 5)):
                bar.setValue(value)
                QApplication.processEvents()
            ctl.ops.settle()
            type_text(page.list.searchEdit, "петр")
            qtbot.waitUntil(lambda: page.model.count == 1)
            assert window.open_serviceman(petrov)
            qtbot.waitUntil(lambda: page.form.record_id == petrov)
            type_text(page.form.ui.phoneEdit, "+7 701 111 22 33")
            assert page.save()
            ctl.ops.settle()

            def change_setting(dialog: BusinessSettingsDialog) -> None:
                editor = dialog.editors["idle_lock_minutes"]
                editor.setValue(editor.value() + 5)
                click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

            when_shown(BusinessSettingsDialog, change_setting)
            window.settingsAction.trigger()
            ctl.ops.settle()

            assert ctl.switch_language("kk")
            ctl.ops.settle()
            assert ctl.window.show_area("registry").model.headerData(
                1, Qt.Orientation.Horizontal) == "Тегі"

            ctl.lock()
            screen = ctl.idle.screen
            screen.passwordEdit.setText(PASSWORD)
            click(qtbot, screen.unlockButton)
            qtbot.waitUntil(lambda: not ctl.idle.is_locked)

            when_shown(LoginDialog, lambda dialog: sign_in(qtbot, dialog, "clerk", PASSWORD))
            assert ctl.sign_out()
            ctl.ops.settle()
            assert ctl.actor == Actor("clerk", "clerk")
        finally:
            end(ctl)
    clean(work)
    with sessions() as s:
        assert s.scalar(select(Serviceman.phone).where(Serviceman.id == petrov)) == \
            "+7 701 111 22 33"


# -- the server stopped at sign-in ----------------------------------------------------------------

@pytest.fixture
def stopped_server(qapp):
    """(ops on a private server's database with an administrator, the server)."""
    from pg_cluster import PrivateCluster

    cluster = PrivateCluster.create()
    server = make_engine(cluster.admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.exec_driver_sql("CREATE DATABASE kzpk")
    server.dispose()
    url = make_url(cluster.admin_url).set(database="kzpk")
    engine = make_engine(url)
    migrate.upgrade(engine, backup=None)
    sessions = make_session_factory(engine)
    with write_session(sessions) as s:
        accounts.create_user(s, "admin", PASSWORD, "admin")
    ops = Operations(sessions)
    yield ops, cluster
    ops.settle()
    ops.shutdown()
    engine.dispose()
    cluster.remove()


def test_signing_in_with_the_server_stopped_says_so_and_works_once_it_is_back(
        qtbot, stopped_server):
    ops, cluster = stopped_server
    dialog = LoginDialog(ops, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    cluster.stop()
    dialog.passwordEdit.setText(PASSWORD)
    with GuiThreadWork() as work:
        click(qtbot, dialog.signInButton)
        assert dialog.signInButton.text() == "Signing in…"
        assert not dialog.signInButton.isEnabled()
        qtbot.waitUntil(lambda: not dialog.pending.busy, timeout=30_000)
    assert work.on_gui == [], work.report()
    assert dialog.messageLabel.text() == faults.UNREACHABLE_MSG
    assert dialog.isVisible() and dialog.actor is None  # still there, to try again
    assert dialog.signInButton.isEnabled() and dialog.signInButton.text() == "Sign in"
    assert dialog.quitButton.text() == "Quit"

    cluster.start()
    qtbot.keyClicks(dialog.passwordEdit, PASSWORD)
    click(qtbot, dialog.signInButton)
    qtbot.waitUntil(lambda: not dialog.pending.busy, timeout=30_000)
    assert dialog.actor == Actor("admin", "admin")
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_cancel_while_signing_in_goes_back_to_the_fields_and_escape_then_quits(
        qtbot, ops, staff, monkeypatch):
    import threading

    release = threading.Event()
    authenticate = accounts.authenticate

    def slow(session, *args, **kwargs):
        release.wait(10)  # the server is slow to answer
        return authenticate(session, *args, **kwargs)

    monkeypatch.setattr("kzpk_desktop.gui.security.signin.authenticate", slow)
    dialog = LoginDialog(ops, username="clerk")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passwordEdit.setText(PASSWORD)
    click(qtbot, dialog.signInButton)
    assert dialog.pending.busy and dialog.quitButton.text() == "Cancel"
    assert dialog.passwordEdit.isReadOnly()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # stops waiting, the dialog stays
    assert not dialog.pending.busy and dialog.isVisible()
    assert dialog.quitButton.text() == "Quit" and not dialog.passwordEdit.isReadOnly()
    release.set()
    ops.settle()
    assert dialog.actor is None and dialog.isVisible()  # the abandoned answer is not taken
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
