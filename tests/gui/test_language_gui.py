"""Choosing the interface language: at sign-in, and in the window without a restart."""
from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.gui.i18n import install_translators
from kzpk_desktop.gui.security.database import Database
from kzpk_desktop.gui.security.session import SessionController
from kzpk_desktop.gui.security.signin import LoginDialog
from kzpk_desktop.services import accounts
from kzpk_desktop.services.auth import Actor, bind_actor

PASSWORD = "correct horse battery"
#: Latin words that belong in a Russian or Kazakh window: names, codes, keys, the language list.
ALLOWED = {"KZPK", "Desktop", "English", "Ctrl", "Shift", "Del", "PNG", "CSV", "Excel", "UTF",
           "BOM", "UN", "xlsx", "csv", "png", "sqlite", "tmp", "pytest", "of", "root", "kzpk",
           "admin", "Admin", "Delete", "Esc", "Enter", "Tab", "Home", "End", "Insert"}
ACRONYMS = re.compile(r"^[A-Z]{2,}$")  # mission acronyms, rank codes


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch):
    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                            parallelism=1))


@pytest.fixture
def admin(sessions):
    with write_session(sessions) as s:
        accounts.create_user(s, "admin", PASSWORD, "admin", "Admin")
    bind_actor(sessions, Actor("admin", "admin"))
    return Actor("admin", "admin")


def english_words(text: str) -> list[str]:
    words = re.findall(r"[A-Za-z]{3,}", text)
    return [w for w in words if w not in ALLOWED and not ACRONYMS.match(w)]


def visible_texts(window: QWidget) -> list[str]:
    """Every text a user reads in the window: labels, buttons, menus, headers, tooltips."""
    texts = [window.windowTitle()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, _horizontal()) or "")
                      for c in range(model.columnCount())]
        texts.append(w.toolTip())
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if a.isVisible()]
    # A file path (the database's) is what it is in any language.
    return [t for t in texts if t and not t.startswith(("/", "sqlite:", "postgresql"))]


def _horizontal():
    from PySide6.QtCore import Qt
    return Qt.Orientation.Horizontal


def test_the_sign_in_dialog_switches_language_at_once(qtbot, ops, admin, settings):
    install_translators(QApplication.instance(), settings.ui_language)
    dialog = LoginDialog(ops, settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.signInButton.text() == "Войти"
    index = dialog.languageBox.findData("kk")
    dialog.languageBox.setCurrentIndex(index)
    dialog.languageBox.activated.emit(index)
    assert settings.ui_language == "kk"
    assert dialog.windowTitle() == "Кіру — KZPK Desktop"
    assert dialog.signInButton.text() == "Кіру"
    dialog.languageBox.activated.emit(dialog.languageBox.findData("en"))
    assert dialog.signInButton.text() == "Sign in"


def test_the_window_is_rebuilt_in_the_chosen_language_on_the_same_area(
        qtbot, qapp, db_url, settings, admin, prompts):
    settings.ui_language = "en"
    install_translators(qapp, "en")
    ctl = SessionController(qapp, settings, Database.open(db_url), admin)
    try:
        window = ctl.open_window(signed_in=True)
        window.resize(1280, 720)
        assert window.current_page.objectName() == "overviewPage"
        window.show_area("registry")
        qtbot.waitUntil(lambda: window.page("registry").isVisible())
        window.findChild(type(window.quitAction), "language_ru").trigger()
        new = ctl.window
        assert new is not window and settings.ui_language == "ru"
        assert new.current_page.objectName() == "registryPage"
        qtbot.waitUntil(lambda: new.current_page.isVisible())
        leftovers = {}
        for spec in new._specs:  # every area the administrator sees
            page = new.show_area(spec.key)
            qtbot.waitUntil(page.isVisible)
            for text in visible_texts(new):
                if english_words(text):
                    leftovers[text] = spec.key
        assert not leftovers, leftovers
        assert new.findChild(type(window.quitAction), "language_ru").isChecked()
    finally:
        if ctl.idle is not None:
            ctl.idle.stop()
        ctl.close_window(discard=True)
        ctl.shutdown()
        ctl.setParent(None)


def test_the_settings_dialog_offers_the_language_too(qtbot, qapp, db_url, settings, admin,
                                                     prompts, monkeypatch):
    from kzpk_desktop.gui.settings_dialog import BusinessSettingsDialog

    ctl = SessionController(qapp, settings, Database.open(db_url), admin)
    try:
        window = ctl.open_window()
        dialog = BusinessSettingsDialog(ctl.ops, window, language="ru")
        qtbot.addWidget(dialog)
        assert dialog.languageBox.language() == "ru"
        dialog.languageBox.set_language("kk")
        assert dialog.language() == "kk"
        monkeypatch.setattr(BusinessSettingsDialog, "ask", classmethod(
            lambda cls, parent, ops, language=None, **_kw: ({}, "kk")))
        window.settingsAction.trigger()
        assert settings.ui_language == "kk" and ctl.window is not window
        assert ctl.window.navigation.item(0).text() == "Шолу"
    finally:
        if ctl.idle is not None:
            ctl.idle.stop()
        ctl.close_window(discard=True)
        ctl.shutdown()
        ctl.setParent(None)
