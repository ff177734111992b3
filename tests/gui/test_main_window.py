"""The main window and the composition root (app.build)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import text

from kzpk_desktop import app as app_module
from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.areas import AREAS
from kzpk_desktop.gui.main_window import MainWindow
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.settings import Settings


def _build(qtbot, *args):
    application, window = app_module.build(["kzpk-desktop", *args])
    qtbot.addWidget(window)
    return application, window


@pytest.fixture(autouse=True)
def signed_in(monkeypatch):
    """build() asks for the first administrator of a new database, or for a sign-in:
    answer as the user would (with cheap password hashing)."""
    from argon2 import PasswordHasher

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.gui.security.first_account import FirstAccountDialog
    from kzpk_desktop.gui.security.signin import LoginDialog
    from kzpk_desktop.services import accounts
    from kzpk_desktop.services.auth import Actor

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                            parallelism=1))

    def first_account(cls, parent, ops, **_kw):
        with write_session(ops.sessions) as s:
            accounts.create_user(s, "admin", "correct horse battery", "admin")
        return Actor("admin", "admin")

    monkeypatch.setattr(FirstAccountDialog, "ask", classmethod(first_account))
    monkeypatch.setattr(LoginDialog, "ask", classmethod(
        lambda cls, parent, ops, **_kw: Actor("admin", "admin")))


def test_build_opens_the_overview_on_a_new_database(qtbot, tmp_path, prompts):
    path = tmp_path / "fresh" / "kzpk.sqlite"
    _app, window = _build(qtbot, "--db", str(path))
    assert window.isVisible()
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == \
        [spec.translated_title() for spec in AREAS]
    # The first area after signing in: the Overview, whatever area the last session ended on.
    assert window.current_page.objectName() == "overviewPage"
    assert window.databaseLabel.text() == str(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert prompts.informed == []


def test_the_default_language_is_russian_also_for_service_messages(qtbot, db_url, prompts):
    from kzpk_desktop.gui.i18n import service_text

    _app, window = _build(qtbot, "--db", db_url)
    page = window.show_area("registry")
    assert window.navigation.item(0).text() == "Обзор"
    assert window.navigation.item(1).text() == "Реестр военнослужащих"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Фамилия"
    qtbot.waitUntil(lambda: page.list.countLabel.text() == "0 военнослужащих")
    # Templates and their marked arguments both come from the "services" context.
    assert service_text("{label} is required.", {"label": "IIN"}) == "Заполните поле «ИИН»."
    assert service_text("Unknown status '{status}'.", {"status": "lost"}) == \
        "Неизвестный статус «lost»."


def _refuse_restoring(monkeypatch) -> list:
    """RestoreDialog.ask answering Quit; the list records what it was shown."""
    from kzpk_desktop.gui.security.restore_dialog import RestoreDialog

    shown = []

    def ask(cls, parent, database, backups, *, problems=(), restorable=True):
        shown.append((database, list(problems)))
        return None

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    return shown


def test_a_database_from_a_newer_version_is_refused_with_a_message(qtbot, tmp_path, prompts,
                                                                   db_path, monkeypatch):
    engine = make_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    shown = _refuse_restoring(monkeypatch)
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", str(db_path)])
    assert exit_info.value.code == 1
    [(database, [problem])] = shown
    assert database == str(db_path)
    assert "at schema 9999_future, written by a newer version of KZPK Desktop" in problem


def test_a_file_that_is_no_database_is_refused(qtbot, tmp_path, prompts, monkeypatch):
    from kzpk_desktop.gui.security.passphrase import PassphraseAnswer, PassphraseDialog

    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are not the records you are looking for" * 100)
    # From outside it looks encrypted: the passphrase dialog offers to restore instead.
    answers = [PassphraseAnswer(None, restore=True), None]
    monkeypatch.setattr(PassphraseDialog, "ask",
                        classmethod(lambda cls, parent, file, **kw: answers.pop(0)))
    shown = _refuse_restoring(monkeypatch)
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", str(path)])
    assert exit_info.value.code == 1
    [(_database, [problem])] = shown
    assert problem == "Файл не является читаемой базой данных или зашифрован другим паролем."
    assert answers == []
    assert path.read_bytes().startswith(b"these are not")  # left untouched


def test_build_takes_the_language_from_the_settings(qtbot, db_url, prompts):
    Settings(QSettings()).ui_language = "en"
    _app, window = _build(qtbot, "--db", db_url)
    assert window.page("registry").list.countLabel.text() == "0 servicemen"


def test_only_built_areas_are_listed_and_shortcuts_are_set(window):
    assert window.navigation.count() == len(AREAS) >= 1
    shortcuts = {name: window.findChild(type(window.quitAction), name).shortcut()
                 for name in ("newAction", "saveAction", "findAction", "deleteAction",
                              "refreshAction", "quitAction")}
    assert shortcuts["newAction"].matches(QKeySequence("Ctrl+N")) == \
        QKeySequence.SequenceMatch.ExactMatch
    assert shortcuts["saveAction"].toString() == "Ctrl+S"
    assert shortcuts["findAction"].toString() == "Ctrl+F"
    assert shortcuts["deleteAction"].toString() == "Del"
    assert shortcuts["refreshAction"].toString() == "F5"
    assert shortcuts["quitAction"].toString() == "Ctrl+Q"


def test_f1_lists_the_windows_shortcuts(qtbot, window, monkeypatch):
    from kzpk_desktop.gui.shortcuts_dialog import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.rows()) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [rows] = shown
    assert {"Ctrl+N": "New", "Ctrl+S": "Save", "Ctrl+F": "Find", "F5": "Refresh",
            "Ctrl+E": "Export list", "Ctrl+Q": "Quit", "F1": "Keyboard shortcuts",
            "Ctrl+1": AREAS[0].translated_title()}.items() <= dict(rows).items()
    assert rows[-1] == ("Esc", "Clear the search field; undo the changes of a form")
    assert [a.text() for a in window.menuBar().actions()[-1].menu().actions()][0] == \
        "&Keyboard shortcuts"


def test_actions_follow_the_record(qtbot, window, type_text, people, settle):
    people.add("Иванов", "Сергей")
    page = window.show_area("registry")
    page.refresh()
    settle()
    save, delete = window.commandActions["save"], window.commandActions["delete"]
    assert not save.isEnabled() and not delete.isEnabled()  # a new, empty form
    page.list.table.selectRow(0)
    qtbot.waitUntil(lambda: delete.isEnabled())
    assert not save.isEnabled()
    type_text(page.form.ui.phoneEdit, "+7")
    assert save.isEnabled()


def test_closing_with_unsaved_changes_asks(qtbot, window, type_text, prompts):
    type_text(window.page("registry").form.ui.surnameEdit, "Иванов")
    prompts.answers = [Button.Cancel]
    window.close()
    assert window.isVisible()
    prompts.answers = [Button.Discard]
    window.close()
    assert not window.isVisible()


def test_window_remembers_geometry_splitters_and_columns(qtbot, ctx, prompts):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 560)  # the offscreen screen is 800 x 600
    page = first.page("registry")
    page.list.table.horizontalHeader().resizeSection(1, 222)
    page.list.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
    size, main_state = first.size(), first.splitter.saveState()
    registry_state = page.splitter.saveState()
    first.close()
    assert ctx.settings.splitter_state("main") == main_state
    assert ctx.settings.splitter_state("registry") == registry_state

    second = MainWindow(AreaContext(ctx.sessions, ctx.settings, ctx.lang))
    qtbot.addWidget(second)
    second.show()
    again = second.page("registry")
    assert second.size() == size
    assert second.splitter.saveState() == main_state
    header = again.list.table.horizontalHeader()
    assert header.sectionSize(1) == 222
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (5, Qt.SortOrder.DescendingOrder)
    assert (again.model.sort_column, again.model.sort_order) == (5, Qt.SortOrder.DescendingOrder)


def _titles_fit(navigation) -> bool:
    width = navigation.viewport().width()
    for i in range(navigation.count()):
        item = navigation.item(i)
        rect = navigation.visualItemRect(item)
        text = navigation.fontMetrics().horizontalAdvance(item.text())
        if rect.left() < 0 or rect.right() >= width or text > rect.width():
            return False
    return True


def test_navigation_shows_the_longest_russian_title_in_full(qtbot, db_url, prompts):
    _app, window = _build(qtbot, "--db", db_url)
    window.resize(1280, 800)
    window.show_area("registry")  # the area that needs the most room beside it
    assert window.navigation.item(1).text() == "Реестр военнослужащих"
    qtbot.waitUntil(lambda: window.navigation.viewport().width() > 0)
    assert _titles_fit(window.navigation)
    assert window.minimumSizeHint().width() <= 1280  # and the window still fits a laptop


def test_a_remembered_narrow_navigation_is_widened_to_its_titles(qtbot, ctx, prompts):
    from PySide6.QtWidgets import QSplitter, QWidget

    probe = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(probe)
    probe.addWidget(QWidget())
    probe.addWidget(QWidget())
    probe.setSizes([40, 1200])  # saved by an earlier version that cut the titles
    ctx.settings.set_splitter_state("main", probe.saveState())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    assert _titles_fit(window.navigation)

    narrowest = window.navigation.width()
    window.splitter.setSizes([narrowest + 60, window.splitter.width() - narrowest - 60])
    assert window.splitter.sizes()[0] == narrowest + 60  # the clerk may still widen it


def test_the_registry_gives_the_record_form_nearly_half_at_first(qtbot, ctx, prompts):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.show_area("registry")
    qtbot.waitUntil(lambda: sum(page.splitter.sizes()) > 0)
    list_width, form_width = page.splitter.sizes()
    assert form_width >= 0.4 * (list_width + form_width)
    assert list_width >= page.list.sizeHint().width()  # its search and filters shown in full


def test_demo_fills_an_empty_database_once(qtbot, db_url, prompts, monkeypatch):
    monkeypatch.setattr(app_module, "DEMO_SERVICEMEN", 25)
    _app, window = _build(qtbot, "--db", db_url, "--demo")
    page = window.show_area("registry")
    qtbot.waitUntil(lambda: page.model.total == 25)
    window.close()
    _app, again = _build(qtbot, "--db", db_url, "--demo")
    page = again.show_area("registry")
    qtbot.waitUntil(lambda: page.model.total > 0)
    assert page.model.total == 25  # not empty: left as it is
    assert prompts.informed == []


def test_demo_generation_can_be_cancelled(qtbot, qapp, sessions, ops, prompts):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QPushButton

    from kzpk_desktop.gui.ops.task_dialog import TaskDialog

    from kzpk_desktop.gui.demo import fill_with_demo_data
    from kzpk_desktop.services import registry

    class PressCancel(QObject):
        """Presses Cancel the moment the progress dialog appears."""

        pressed = 0

        def eventFilter(self, watched, event):
            if isinstance(watched, TaskDialog) and event.type() == QEvent.Type.Show \
                    and not self.pressed:
                self.pressed += 1
                watched.findChild(QPushButton).click()
            return False

    presser = PressCancel()
    qapp.installEventFilter(presser)
    try:
        assert fill_with_demo_data(None, ops, servicemen=300) is False
    finally:
        qapp.removeEventFilter(presser)
    assert presser.pressed == 1
    with sessions() as s:
        assert registry.count(s, registry.RegistryFilter()) == 0
    assert prompts.informed == []  # cancelling is not an error


def test_an_unusable_database_url_is_refused_with_a_message(qtbot, prompts):
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", "nosuchdb://somewhere/kzpk"])
    assert exit_info.value.code == 1
    [(_title, message)] = prompts.informed
    assert message.startswith("KZPK Desktop не может открыть базу данных\nnosuchdb://somewhere/kzpk")


def test_start_up_leaves_heavy_modules_unloaded(tmp_path, db_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    from kzpk_desktop.db.engine import make_session_factory, write_session
    from kzpk_desktop.services import accounts

    engine = make_engine(f"sqlite:///{db_path}")
    with write_session(make_session_factory(engine)) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin")
    engine.dispose()
    # A fresh interpreter (this one has long imported everything), opening a
    # database that is already current: no Alembic, no openpyxl, no demo generator
    # (the sign-in dialog answered as the user would).
    code = ("import sys; from kzpk_desktop import app; "
            "from kzpk_desktop.gui.security.signin import LoginDialog; "
            "from kzpk_desktop.services.auth import Actor; "
            "LoginDialog.ask = classmethod(lambda cls, *a, **k: Actor('admin', 'admin')); "
            f"app.build(['kzpk-desktop', '--db', {str(db_path)!r}]); "
            "print(sorted(m for m in ('openpyxl', 'alembic', 'kzpk_desktop.services.demo') "
            "if m in sys.modules))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=env, cwd=str(Path(__file__).resolve().parents[2]))
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_about_names_the_version_in_the_clerks_language(qtbot, tmp_path, prompts):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    import kzpk_desktop

    _app, window = _build(qtbot, "--db", str(tmp_path / "kzpk.sqlite"))
    assert window.aboutAction in window.menuBar().actions()[-1].menu().actions()
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    QTimer.singleShot(0, read_and_close)
    window.aboutAction.trigger()
    [(title, text)] = shown
    assert title == "О программе KZPK Desktop"
    assert f"<b>KZPK Desktop</b> {kzpk_desktop.__version__}<br>" in text
    assert str(tmp_path / "kzpk.sqlite") in text


def test_the_first_start_of_a_newer_version_backs_up_upgrades_and_says_so(
        qtbot, db_path, newer_schema, prompts):
    import sqlite3

    import kzpk_desktop

    current, nxt = newer_schema
    with sqlite3.connect(db_path) as raw:  # the older version's records
        raw.execute("INSERT INTO setting (key, value) VALUES ('marker', '\"kept\"')")
    _app, window = _build(qtbot, "--db", str(db_path))
    assert window.isVisible()
    [copy] = (db_path.parent / "backups").glob(f"kzpk-*-schema-{current}.sqlite")
    assert prompts.informed == [(
        "База данных обновлена",
        f"KZPK Desktop {kzpk_desktop.__version__} привела базу данных к формату этой версии. "
        f"Все ваши записи на месте.\n\nКопия базы данных в том виде, в каком она была до "
        f"обновления, сохранена в файле\n{copy}")]
    engine = make_engine(f"sqlite:///{db_path}")
    try:
        assert migrate.current_revision(engine) == nxt
        with engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM setting WHERE key = 'marker'")
                                ).scalar() == '"kept"'
    finally:
        engine.dispose()
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (current,)

    window.close()
    _build(qtbot, "--db", str(db_path))  # the next start: nothing to upgrade, nothing said
    assert len(prompts.informed) == 1


# --- a server that cannot be used: said as what it is, no backup offered ----------------------

def _server_refusal(monkeypatch, prompts, url) -> str:
    shown = _refuse_restoring(monkeypatch)
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", url])
    assert exit_info.value.code == 1
    assert shown == []  # no restore dialog: a backup file is no answer to a server's fault
    [(_title, message)] = prompts.informed
    return message


@pytest.mark.postgres_only
def test_a_server_without_that_database_is_named_not_called_unreadable(qtbot, prompts, db_url,
                                                                       monkeypatch):
    from sqlalchemy.engine import make_url

    url = make_url(db_url).set(database="kzpk_no_such_database")
    message = _server_refusal(monkeypatch, prompts, url.render_as_string(hide_password=False))
    assert f"{url.host}:{url.port or 5432}" in message
    assert "kzpk_no_such_database" in message and "не читается" not in message
    assert ":kzpk@" not in message  # the password masked in the database's name


@pytest.mark.postgres_only
def test_a_server_at_an_older_schema_sends_the_user_to_the_administrator(qtbot, prompts, db_url,
                                                                         newer, monkeypatch):
    engine = make_engine(db_url)
    try:
        head = migrate.current_revision(engine)  # this version's newest
    finally:
        engine.dispose()
    Settings(QSettings()).ui_language = "en"
    message = _server_refusal(monkeypatch, prompts, db_url)
    assert message.endswith(f"The database on the server is at schema {head}; this version of "
                            "KZPK Desktop needs schema 0003_probe_note. Ask the database "
                            "administrator to run 'kzpk migrate' with this version; a "
                            "workstation does not change the server's schema by itself.")
    engine = make_engine(db_url)
    try:
        assert migrate.current_revision(engine) == head
    finally:
        engine.dispose()


def test_an_unreachable_server_is_said_so(qtbot, prompts, monkeypatch):
    Settings(QSettings()).ui_language = "en"
    # Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
    message = _server_refusal(monkeypatch, prompts,
                              "postgresql+psycopg://clerk:secret@127.0.0.1:9/kzpk")
    assert "The database server 127.0.0.1:9 cannot be reached (" in message
    assert "Check that it is running and that this computer may connect to it" in message
    assert "secret" not in message
