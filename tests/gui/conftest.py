"""GUI fixtures: isolated settings, an area context, servicemen made through the service."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Rank
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.settings import Settings
from kzpk_desktop.services import servicemen
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.servicemen import ServicemanData


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path, qapp):
    """Keep every QSettings() of the test (also the app's own) in a temporary folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "qsettings"))
    locale = QLocale()
    yield
    # build() installs translators and a default locale; later tests expect neither.
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    """Opened scans go to the test's own cache folder, removed after the test."""
    from kzpk_desktop import paths
    from kzpk_desktop.gui.documents import scans

    monkeypatch.setattr(paths, "user_cache_dir", lambda: tmp_path / "cache")
    yield
    scans.remove_run_folder()


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ops(qapp, sessions):
    """The operations layer of the test's database; waits for its work at the end."""
    from kzpk_desktop.gui.ops import Operations

    found = Operations(sessions)
    yield found
    found.shutdown()


@pytest.fixture
def ctx(sessions, settings, ops) -> AreaContext:
    return AreaContext(sessions=sessions, settings=settings, lang="ru", ops=ops)


@pytest.fixture
def settle(ops):
    """settle(): wait (with the event loop running) until the background work is answered."""
    def wait() -> None:
        assert ops.settle(), "background work still running after 30 s"
    return wait


class People:
    """Creates servicemen through the service, each with a fresh valid IIN."""

    def __init__(self, sessions) -> None:
        self.sessions = sessions
        self._serial = itertools.count(1)

    def iin(self, birth: dt.date, sex: str) -> str:
        while True:
            found = make_iin(birth, sex, next(self._serial))
            if found is not None:
                return found

    def rank_id(self, code: str) -> int:
        with self.sessions() as s:
            return s.scalar(select(Rank.id).where(Rank.code == code))

    def add(self, surname: str, given_name: str, *, patronymic: str | None = None,
            sex: str = "M", birth: dt.date = dt.date(1990, 5, 17), rank: str | None = None,
            status: str = "active", **extra) -> int:
        data = ServicemanData(
            iin=self.iin(birth, sex), service_number=f"SN-{next(self._serial):05d}",
            surname=surname, given_name=given_name, patronymic=patronymic, sex=sex,
            rank_id=self.rank_id(rank) if rank else None, status=status, **extra)
        with write_session(self.sessions) as s:
            return servicemen.create_serviceman(s, data).id


@pytest.fixture
def people(sessions) -> People:
    return People(sessions)


class Prompts:
    """Stands in for the modal questions: answers from a script, records what was asked."""

    def __init__(self) -> None:
        self.answers: list = []
        self.asked: list[tuple[str, str]] = []
        self.informed: list[tuple[str, str]] = []

    def ask(self, parent, title, text, buttons, default, **_kw):
        self.asked.append((title, text))
        assert self.answers, f"unexpected question: {title}: {text}"
        answer = self.answers.pop(0)
        assert answer in buttons
        return answer

    def inform(self, parent, title, text, **_kw) -> None:
        self.informed.append((title, text))


@pytest.fixture
def prompts(monkeypatch) -> Prompts:
    from kzpk_desktop.gui.prompts import Prompt

    fake = Prompts()
    monkeypatch.setattr(Prompt, "ask", fake.ask)
    monkeypatch.setattr(Prompt, "inform", fake.inform)
    return fake


@pytest.fixture
def window(qtbot, ctx, prompts):
    """The main window on the test database, shown and active (shortcuts need that)."""
    from kzpk_desktop.gui.main_window import MainWindow

    def discard_edits(w) -> None:
        # Close without the unsaved-changes question (a test may leave edits behind).
        w.page("registry").form.load(None)

    win = MainWindow(ctx, database="test.sqlite")
    qtbot.addWidget(win, before_close_func=discard_edits)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


@pytest.fixture
def type_text(qtbot):
    return lambda widget, text: _type_text(qtbot, widget, text)


def _type_text(qtbot, widget, text: str) -> None:
    """Type like a clerk: focus the field, then one key event per character.

    QTest.keyClicks only knows ASCII keys (Cyrillic aborts the process), so
    other characters go as key events that carry the text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
