"""Signing in: the login dialog, and what it shares with the lock screen.

Checking a password costs about half a second (argon2) and needs the
database, so it happens only when the user presses "Sign in", on the
operations layer's serial writer (which also records the attempt): the dialog
says "Signing in…" meanwhile and stays usable, Cancel (or Escape) stops
waiting for the answer and rolls the attempt back (no login event, no session),
unless its commit has already begun. After repeated wrong passwords the service refuses
for a while and the dialog counts the seconds down before it lets the user
try again; a database that cannot be reached is said in the failure
formatter's words, and the user may simply try again.
"""
from __future__ import annotations

import math

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.accounts import SLOWED_MSG, LoginRefused, authenticate
from ...services.auth import Actor
from ..i18n import service_text
from ..language import LanguageBox, apply_language
from ..ops import Operations, Outcome, Progress, describe
from ..settings import Settings
from ..widgets.record_dialog import ERROR_STYLE
from .check import IntegrityCheck

HINT_STYLE = "color: palette(mid);"


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent, objectName="titleLabel")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent, objectName=name, wordWrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent, objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def field_block(parent: QWidget, editor: QWidget, *notes: QLabel) -> QWidget:
    """An editor with its rule and error lines right under it: hidden lines leave no gap
    (a form layout would keep a row's spacing for each of them)."""
    block = QWidget(parent)
    layout = QVBoxLayout(block)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(editor)
    for note in notes:
        layout.addWidget(note)
    block.setFocusProxy(editor)  # the row label's mnemonic reaches the editor
    return block


def hint_label(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent, objectName=name, wordWrap=True)
    label.setStyleSheet(HINT_STYLE)
    return label


class Pending(QObject):
    """A dialog's one piece of work at a time, off the GUI thread, and whether it is busy.

    The dialog shows ``busyChanged`` (a button saying what happens, the fields
    read-only) and stays responsive; ``abandon`` (its Cancel) stops waiting:
    the answer of work abandoned is not delivered, and a write abandoned before
    its commit is rolled back (a sign-in cancelled leaves no login event). Answers
    come on the GUI thread, through ``done(result)`` or ``failed(error)``.
    """

    busyChanged = Signal(bool)

    def __init__(self, ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._number = 0
        self._busy = False
        self._writing: Progress | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def write(self, job: Callable[[Session], Any], done: Callable[[Any], None],
              failed: Callable[[BaseException], None]) -> None:
        """``job(session)`` on the serial writer, in one transaction that ``abandon``
        rolls back until it commits."""
        number = self._begin()
        self._writing = Progress()
        self._ops.write(job, lambda result: self._answer(number, done, result),
                        failed=lambda error: self._answer(number, failed, error), owner=self,
                        progress=self._writing)

    def run(self, job: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        """``job()`` (which opens what it needs itself) on a worker thread."""
        number = self._begin()

        def answer(outcome: Outcome) -> None:
            if outcome.error is None:
                self._answer(number, done, outcome.value)
            else:
                self._answer(number, failed, outcome.error)

        self._ops.run(job, answer, owner=self)

    def abandon(self) -> bool:
        """Stop waiting; False when it is too late: the write is committing, so its answer
        (about to come) is delivered as if nobody had pressed Cancel."""
        if not self._busy:
            return True
        if self._writing is not None and not self._writing.cancel():
            return False
        self._number += 1
        self._writing = None
        self._set_busy(False)
        return True

    def _begin(self) -> int:
        self._number += 1
        self._writing = None
        self._set_busy(True)
        return self._number

    def _answer(self, number: int, handler: Callable[[Any], None], value: Any) -> None:
        if number != self._number or not self._busy:
            return  # abandoned meanwhile
        self._writing = None
        self._set_busy(False)
        handler(value)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


class RetryCountdown(QObject):
    """After too many wrong passwords: "try again in N seconds", counted down on a label,
    with the sign-in button disabled until the wait is over."""

    #: Past the service's own deadline, so that the next try is never refused as too early.
    MARGIN_MS = 150

    def __init__(self, label: QLabel, button: QPushButton, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._label, self._button = label, button
        self._clock = QElapsedTimer()
        self._until_ms = 0
        self._timer = QTimer(self, interval=200)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._show)

    def start(self, seconds: int) -> None:
        self._clock.start()
        self._until_ms = max(0, int(seconds)) * 1000 + self.MARGIN_MS
        self._timer.start()
        self._show()

    def stop(self) -> None:
        self._timer.stop()
        self._button.setEnabled(True)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _show(self) -> None:
        left_ms = self._until_ms - self._clock.elapsed()
        if left_ms <= 0:
            self._timer.stop()
            self._button.setEnabled(True)
            self._label.setText(self.tr("You may try again now."))
            return
        self._button.setEnabled(False)
        seconds = max(1, math.ceil((left_ms - self.MARGIN_MS) / 1000))
        self._label.setText(service_text(SLOWED_MSG, {"seconds": seconds}))
        self._label.show()


def attempt(pending: Pending, username: str, password: str, message: QLabel,
            countdown: RetryCountdown, signed_in: Callable[[Actor], None],
            refused: Callable[[], None]) -> None:
    """Sign in off the GUI thread (the attempt is recorded, right or wrong, unless
    cancelled before it commits); then
    ``signed_in(actor)``, or the reason on ``message`` (counting down after too many wrong
    passwords) and ``refused()``."""
    message.hide()

    def answered(result: Actor | LoginRefused) -> None:
        if isinstance(result, LoginRefused):
            show_refusal(result, message, countdown)
            refused()
        else:
            signed_in(result)

    def failed(error: BaseException) -> None:
        show_refusal(error, message, countdown)
        refused()

    # The refusal is the job's answer, not its error: the failure count is committed.
    pending.write(lambda session: authenticate(session, username, password), answered, failed)


def show_refusal(error: BaseException, message: QLabel, countdown: RetryCountdown) -> None:
    """Why a sign-in did not happen: the service's refusal, or a fault in plain words."""
    message.setText(describe(error))
    message.show()
    if isinstance(error, LoginRefused) and error.retry_after:
        countdown.start(error.retry_after)


class LoginDialog(QDialog):
    """User name and password; the signed-in :class:`Actor` in ``actor`` once accepted.

    With ``settings`` the dialog also offers the interface language, so the very
    first screen already speaks the clerk's language.
    """

    def __init__(self, ops: Operations, *, username: str = "", database: str = "",
                 check: IntegrityCheck | None = None, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._check = check
        self._settings = settings
        self.actor: Actor | None = None
        self.pending = Pending(ops, self)

        self.databaseLabel = QLabel(database, self, objectName="databaseLabel", wordWrap=True)
        self.databaseLabel.setStyleSheet(HINT_STYLE)
        self.databaseLabel.setVisible(bool(database))
        self.usernameEdit = QLineEdit(username, self, objectName="usernameEdit")
        self.passwordEdit = password_edit(self, "passwordEdit")
        self.messageLabel = error_label(self, "messageLabel")
        self.usernameLabel = QLabel(self, objectName="usernameLabel")
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel = QLabel(self, objectName="passwordLabel")
        self.passwordLabel.setBuddy(self.passwordEdit)
        form = QFormLayout()
        form.addRow(self.usernameLabel, self.usernameEdit)
        form.addRow(self.passwordLabel, self.passwordEdit)
        self.buttons = QDialogButtonBox(self)
        self.signInButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.signInButton.setObjectName("signInButton")
        self.signInButton.setDefault(True)
        self.quitButton = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.quitButton.setObjectName("quitButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.countdown = RetryCountdown(self.messageLabel, self.signInButton, self)
        self.titleLabel = title_label("", self)
        top = QHBoxLayout()
        top.addWidget(self.titleLabel, 1)
        self.languageBox: LanguageBox | None = None
        if settings is not None:
            self.languageBox = LanguageBox(settings.ui_language, self)
            self.languageBox.languageChosen.connect(self._choose_language)
            top.addWidget(self.languageBox, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.databaseLabel)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self.pending.busyChanged.connect(self._show_busy)
        self.retranslate()
        (self.passwordEdit if username else self.usernameEdit).setFocus()
        if check is not None:
            # A damaged file ends the dialog at once: the caller offers to restore.
            check.failed.connect(self._damaged)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — KZPK Desktop"))
        self.titleLabel.setText(self.tr("KZPK Desktop"))
        self.usernameLabel.setText(self.tr("&User name:"))
        self.passwordLabel.setText(self.tr("&Password:"))
        self._button_texts()
        if self.languageBox is not None:
            self.languageBox.retranslate()
        if self.messageLabel.isVisible() and not self.countdown.running:
            self.messageLabel.hide()  # it was in the other language

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.usernameEdit, self.passwordEdit):
            widget.setReadOnly(busy)
        if self.languageBox is not None:
            self.languageBox.setEnabled(not busy)
        self.signInButton.setEnabled(not busy)
        self._button_texts()

    def _button_texts(self) -> None:
        busy = self.pending.busy
        self.signInButton.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        # While signing in, the button stops waiting; otherwise it ends the program.
        self.quitButton.setText(self.tr("Cancel") if busy else self.tr("Quit"))

    def _choose_language(self, lang: str) -> None:
        if self._settings is not None and apply_language(self._settings, lang):
            self.retranslate()  # at once; Qt's LanguageChange event comes later

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.pending.busy:
            return  # Enter pressed again while the password is being checked
        username = self.usernameEdit.text().strip()
        if not username or not self.passwordEdit.text():
            self.messageLabel.setText(self.tr("Enter your user name and password."))
            self.messageLabel.show()
            (self.passwordEdit if username else self.usernameEdit).setFocus()
            return
        if self._check is not None and self._check.problems():
            self.reject()
            return
        attempt(self.pending, username, self.passwordEdit.text(), self.messageLabel,
                self.countdown, self._signed_in, self._refused)

    def reject(self) -> None:
        if self.pending.busy:
            # Cancel: back to the fields, the program stays; nothing of the attempt is
            # recorded. Too late once the sign-in commits: its answer comes at once.
            if self.pending.abandon():
                self.passwordEdit.setFocus()
            return
        super().reject()

    def _damaged(self) -> None:
        self.pending.abandon()
        super().reject()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        super().accept()

    def _refused(self) -> None:
        self.passwordEdit.clear()
        self.passwordEdit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, *, username: str = "",
            database: str = "", check: IntegrityCheck | None = None,
            settings: Settings | None = None) -> Actor | None:
        """Sign a user in; None when they chose to quit (or the database proved damaged)."""
        dialog = cls(ops, username=username, database=database, check=check,
                     settings=settings, parent=parent)
        return dialog.actor if dialog.exec() else None
