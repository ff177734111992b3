"""Locking the session after the configured idle time.

An application-wide event filter notes the time of the last keyboard or mouse
input; a single-shot timer wakes up when the idle limit could have passed and
either locks or sleeps again for what is left. Locking covers every open
window with an opaque curtain and opens an application-modal lock screen over
them: nothing is closed, so a half-filled form is still there after unlocking.
The lock screen takes the same user's password (a full sign-in, audited and
slowed down like any other) or signs out.
"""
from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from ...services.auth import Actor
from ..ops import Operations
from ..prompts import Button, Prompt
from .signin import (
    HINT_STYLE,
    Pending,
    RetryCountdown,
    attempt,
    error_label,
    password_edit,
    title_label,
)

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress})
MINUTE_MS = 60_000


class IdleWatcher(QObject):
    """Emits ``idle`` once no input has arrived for ``timeout_ms``; ``start`` re-arms it."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout = max(1, int(timeout_ms))
        self._since_input = QElapsedTimer()
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._wake)
        self._watching = False

    @property
    def timeout_ms(self) -> int:
        return self._timeout

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout = max(1, int(timeout_ms))
        if self._watching:
            self._wake()

    def start(self) -> None:
        if not self._watching:
            QApplication.instance().installEventFilter(self)
            self._watching = True
        self._since_input.start()
        self._timer.start(self._timeout)

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            QApplication.instance().removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event of the application: keep it to one comparison.
        if event.type() in _INPUT:
            self._since_input.restart()
        return False

    def _wake(self) -> None:
        left = self._timeout - self._since_input.elapsed()
        if left > 0:
            self._timer.start(left)
            return
        self.stop()
        self.idle.emit()


class Curtain(QWidget):
    """An opaque cover over a window's contents while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCurtain")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(48, 48))
        label = QLabel(self.tr("KZPK Desktop is locked"), self)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        label.setFont(font)
        label.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self.setGeometry(self.parentWidget().rect())
        elif event.type() == QEvent.Type.ChildAdded and watched is self.parent():
            self.raise_()  # a widget added later (a status message) must stay under the cover
        return False


class LockScreen(QDialog):
    """The same user's password, or sign out; Escape and closing do nothing."""

    SIGN_OUT = 2

    def __init__(self, ops: Operations, actor: Actor, full_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Locked — KZPK Desktop"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.pending = Pending(ops, self)
        self._actor = actor
        self.actor: Actor | None = None
        self._asking_sign_out = False
        who = f"{full_name} ({actor.username})" if full_name else actor.username
        intro = QLabel(self.tr("KZPK Desktop was locked after a time without use. %1 is signed "
                               "in; enter the password to go on where you left off.")
                       .replace("%1", who), self, objectName="whoLabel", wordWrap=True)
        self.passwordEdit = password_edit(self, "passwordEdit")
        self.messageLabel = error_label(self, "messageLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.passwordEdit)
        self.buttons = QDialogButtonBox(self)
        self.unlockButton = self.buttons.addButton(self.tr("Unlock"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlockButton.setObjectName("unlockButton")
        self.unlockButton.setDefault(True)
        self.signOutButton = self.buttons.addButton(self.tr("Sign out…"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.signOutButton.setObjectName("signOutButton")
        self.buttons.accepted.connect(self.accept)
        self.signOutButton.clicked.connect(self._sign_out)
        self.countdown = RetryCountdown(self.messageLabel, self.unlockButton, self)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Locked"), self))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.pending.busyChanged.connect(self._show_busy)
        self.passwordEdit.setFocus()

    def _show_busy(self, busy: bool) -> None:
        self.passwordEdit.setReadOnly(busy)
        self.unlockButton.setEnabled(not busy)
        self.unlockButton.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def accept(self) -> None:
        if self.pending.busy:
            return
        if not self.passwordEdit.text():
            self.passwordEdit.setFocus()
            return
        attempt(self.pending, self._actor.username, self.passwordEdit.text(),
                self.messageLabel, self.countdown, self._unlocked, self._refused)

    def _unlocked(self, actor: Actor) -> None:
        self.passwordEdit.clear()
        self.actor = actor
        if not self._asking_sign_out and self.result() != self.SIGN_OUT:
            super().accept()  # else the answer to "Sign out?" decides, or decided

    def _refused(self) -> None:
        self.passwordEdit.clear()
        self.passwordEdit.setFocus()

    def reject(self) -> None:
        pass  # Escape must not unlock

    def _sign_out(self) -> None:
        # An unlock under way stops first: rolled back, it leaves no login event. Once its
        # commit has begun it is too late: its login stands, and the sign-out that follows
        # is recorded after it ("signed in", then "signed out": what happened, in order).
        self.pending.abandon()
        self._asking_sign_out = True
        try:
            answer = Prompt.ask(
                self, self.tr("Sign out"),
                self.tr("Sign %1 out? Changes they have not saved are discarded.")
                .replace("%1", self._actor.username),
                {Button.Yes: self.tr("Sign out"), Button.Cancel: self.tr("Cancel")},
                Button.Cancel)
        finally:
            self._asking_sign_out = False
        if answer == Button.Yes:
            self.actor = None
            self.done(self.SIGN_OUT)
        elif self.actor is not None:  # unlocked while the question was open
            super().accept()


class IdleLock(QObject):
    """Watches for idleness, locks, and reports how the lock ended."""

    #: The user typed their password; the (re-read) actor.
    unlocked = Signal(object)
    #: Someone chose to sign the locked user out (their unsaved work is discarded).
    signOutRequested = Signal()

    def __init__(self, ops: Operations, actor: Actor, minutes: int,
                 full_name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._actor = actor
        self._full_name = full_name
        self.watcher = IdleWatcher(minutes * MINUTE_MS, self)
        self.watcher.idle.connect(self.lock)
        self.screen: LockScreen | None = None
        #: The window the lock screen is centred on (the main window).
        self.anchor: QWidget | None = None
        self._curtains: list[Curtain] = []

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()
        self._end()

    def set_minutes(self, minutes: int) -> None:
        self.watcher.set_timeout_ms(minutes * MINUTE_MS)

    def lock(self) -> None:
        if self.screen is not None:
            return
        self.watcher.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()  # an open menu or calendar would float above the curtain
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and window.isWindow() and not isinstance(window, LockScreen):
                self._curtains.append(Curtain(window))
        self.screen = LockScreen(self._ops, self._actor, self._full_name, self.anchor)
        self.screen.finished.connect(self._finished)
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()

    def _finished(self, result: int) -> None:
        screen = self.screen
        self._end()
        if result == LockScreen.SIGN_OUT or screen is None or screen.actor is None:
            self.signOutRequested.emit()
            return
        self._actor = screen.actor
        self.watcher.start()
        self.unlocked.emit(screen.actor)

    def _end(self) -> None:
        for curtain in self._curtains:
            try:
                curtain.hide()
                curtain.deleteLater()
            except RuntimeError:
                pass  # its window was closed meanwhile, and the curtain with it
        self._curtains.clear()
        if self.screen is not None:
            screen, self.screen = self.screen, None
            screen.finished.disconnect(self._finished)
            screen.hide()
            screen.deleteLater()
