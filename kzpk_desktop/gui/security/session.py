"""One signed-in session: the database, the user, the main window and the idle lock.

The controller builds the main window for the signed-in user (what the role
may not do is hidden or greyed out), adds the session's commands to its menus
(sign out, backups, restore, encryption, users), shows who is signed in, and
locks the screen after the idle time set in the database. Signing out,
restoring a backup or encrypting the file close the window (after the usual
question about unsaved changes) and open a new one.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from sqlalchemy import select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from ...db import schema_state
from ...db.models import User
from ...services import accounts
from ...services import settings as business
from ...services.auth import Actor, bind_actor
from ..area import AreaContext
from ..areas import AREAS, AreaSpec
from ..i18n import first_line
from ..language import apply_language
from ..main_window import MainWindow
from ..ops import Operations
from ..settings import Settings
from . import file_actions
from .database import Database
from .idle_lock import IdleLock
from .labels import role_label
from .signin import LoginDialog
from .startup import sign_in as startup_sign_in
from .startup import tell_cannot_open, upgrade_problem

STATUS_TIMEOUT_MS = 10_000
#: The area a window opens on after a sign-in.
FIRST_AREA = "overview"


class SessionController(QObject):
    #: A new main window replaced the old one (after signing out, restoring, encrypting).
    windowChanged = Signal(object)

    def __init__(self, app: QApplication, settings: Settings, database: Database, actor: Actor,
                 *, areas: Sequence[AreaSpec] = AREAS) -> None:
        super().__init__(app)
        self.setObjectName("sessionController")
        self.app = app
        self.settings = settings
        self.database = database
        self.actor = actor
        self._areas = tuple(areas)
        self.window: MainWindow | None = None
        self.idle: IdleLock | None = None
        #: The one way the window's pages run work on this database.
        self.ops = Operations(database.sessions, self)
        bind_actor(database.sessions, actor)
        app.aboutToQuit.connect(self.shutdown)

    # -- the window -----------------------------------------------------------------
    def open_window(self, *, signed_in: bool = False) -> MainWindow:
        """A main window for the signed-in user, shown, with the idle lock watching.

        ``signed_in``: a user has just signed in, so the window opens on the first area
        (the Overview) rather than where the last window was left.
        """
        if signed_in:
            self.settings.current_area = FIRST_AREA
        ctx = AreaContext(sessions=self.database.sessions, settings=self.settings,
                          lang=self.settings.ui_language, actor=self.actor, ops=self.ops)
        window = MainWindow(ctx, database=self.database.display, areas=self._areas)
        self._add_commands(window)
        window.languageRequested.connect(self.switch_language)
        self.window = window
        window.show()
        self.app.setQuitOnLastWindowClosed(True)
        self._start_idle_lock()
        self.windowChanged.emit(window)
        return window

    def _add_commands(self, window: MainWindow) -> None:
        admin = self.actor.may("admin")

        def action(name: str, text: str, tip: str, slot, *, visible: bool = True,
                   admin_only: bool = False) -> QAction:
            act = QAction(text, window, objectName=name)
            if admin_only and not admin:
                # Shown, so people know it exists; the services refuse it anyway.
                tip = self.tr("Needs an administrator's sign-in (you are signed in as %1)") \
                    .replace("%1", role_label(self.actor.role))
                act.setEnabled(False)
            act.setStatusTip(tip)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            act.setVisible(visible)
            return act

        file_db = self.database.file is not None
        self.backupAction = action(
            "backupAction", self.tr("&Back up now…"),
            self.tr("Write a verified copy of the database to a file"),
            lambda: file_actions.back_up_now(self), visible=file_db, admin_only=True)
        self.restoreAction = action(
            "restoreAction", self.tr("&Restore from backup…"),
            self.tr("Put a backup in place of the database; the current file is kept aside"),
            lambda: file_actions.restore_from_backup(self), visible=file_db, admin_only=True)
        self.encryptAction = action(
            "encryptAction", self.tr("&Encrypt database…"),
            self.tr("Protect the database file with a passphrase"),
            lambda: file_actions.encrypt(self),
            visible=file_db and not self.database.encrypted, admin_only=True)
        self.decryptAction = action(
            "decryptAction", self.tr("&Decrypt database…"),
            self.tr("Store the database file without encryption"),
            lambda: file_actions.decrypt(self),
            visible=file_db and self.database.encrypted, admin_only=True)
        self.lockAction = action("lockAction", self.tr("&Lock"),
                                 self.tr("Lock the screen now; your password unlocks it"),
                                 self.lock)
        self.lockAction.setShortcut("Ctrl+L")
        window.addAction(self.lockAction)
        self.signOutAction = action("signOutAction", self.tr("Sign &out / switch user…"),
                                    self.tr("Close the window and let someone sign in"),
                                    self.sign_out)
        before = window.quitAction
        for act in (self.backupAction, self.restoreAction, self.encryptAction,
                    self.decryptAction):
            window.fileMenu.insertAction(before, act)
        window.fileMenu.insertSeparator(before)
        window.fileMenu.insertAction(before, self.lockAction)
        window.fileMenu.insertAction(before, self.signOutAction)
        window.fileMenu.insertSeparator(before)

        self.usersAction = action("usersAction", self.tr("&Users…"),
                                  self.tr("User accounts and their roles"),
                                  lambda: file_actions.manage_users(self), visible=admin)
        tools = window.toolsMenu.actions()
        if tools:
            window.toolsMenu.insertAction(tools[0], self.usersAction)
        else:
            window.toolsMenu.addAction(self.usersAction)
        settings_action = getattr(window, "settingsAction", None)
        if settings_action is not None:
            settings_action.setVisible(admin)  # the service refuses anyone else anyway
        window.toolsMenu.menuAction().setVisible(
            any(a.isVisible() for a in window.toolsMenu.actions() if not a.isSeparator()))

        self.userLabel = QLabel(window, objectName="userLabel")
        self.userLabel.setText(self._who())
        self.userLabel.setToolTip(self.tr("Signed in"))
        window.statusBar().addPermanentWidget(self.userLabel)

    def _who(self) -> str:
        name = self._full_name()
        shown = f"{name} ({self.actor.username})" if name else self.actor.username
        return self.tr("Signed in: %1 — %2").replace("%1", shown) \
            .replace("%2", role_label(self.actor.role))

    def _full_name(self) -> str:
        username = self.actor.username
        return self.ops.call(lambda session: session.execute(
            select(User.full_name).where(User.username == username)).scalar()).value or ""

    def status(self, text: str, timeout: int = STATUS_TIMEOUT_MS) -> None:
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(text, timeout)

    def close_window(self, *, discard: bool = False) -> bool:
        """Close the main window for good (asking about unsaved changes unless ``discard``)."""
        window = self.window
        if window is None:
            return True
        # Closing the last window would end the application; this is a change of window.
        self.app.setQuitOnLastWindowClosed(False)
        if discard:
            window.save_state()
            window.hide()
        elif not window.close():
            self.app.setQuitOnLastWindowClosed(True)
            return False
        if self.idle is not None:
            self.idle.stop()
        self.window = None
        # Qt deletes it once control is back in the event loop that runs now: after the
        # slot that asked for this (it may be one of the window's own actions) has returned.
        window.deleteLater()
        return True

    # -- idle lock ------------------------------------------------------------------
    def _start_idle_lock(self) -> None:
        if self.idle is None:
            outcome = self.ops.call(business.idle_lock_minutes)
            minutes = outcome.value if outcome.ok else business.IDLE_LOCK_MINUTES.default
            self.idle = IdleLock(self.ops, self.actor, minutes,
                                 self._full_name(), self)
            self.idle.unlocked.connect(self._unlocked)
            self.idle.signOutRequested.connect(self._sign_out_from_lock)
            self._idle_minutes = minutes
        else:
            # The time known so far at once, then the one in the database (it may have been
            # changed meanwhile) when it is read.
            self.idle.set_minutes(self._idle_minutes)
            self.ops.read(business.idle_lock_minutes, self._idle_minutes_read, owner=self.idle)
        self.idle.anchor = self.window
        self.idle.start()

    def _idle_minutes_read(self, minutes: int) -> None:
        self._idle_minutes = minutes
        if self.idle is not None:
            self.idle.set_minutes(minutes)

    def lock(self) -> None:
        if self.idle is not None:
            self.idle.lock()

    def _unlocked(self, actor: Actor) -> None:
        self.actor = actor
        bind_actor(self.database.sessions, actor)
        self._start_idle_lock()  # the idle time may have been changed meanwhile

    # -- signing out ----------------------------------------------------------------
    def _sign_out_from_lock(self) -> None:
        # Dialogs left open under the lock run event loops of their own inside the
        # window's; end them first and sign out once they have returned.
        if self.window is not None:
            self.window.hide()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QTimer.singleShot(0, lambda: self.sign_out(discard=True))

    def sign_out(self, *, discard: bool = False) -> bool:
        """Close the window, then let someone sign in (Quit in that dialog ends the app)."""
        if not self.close_window(discard=discard):
            return False
        if self.idle is not None:
            self.idle.deleteLater()
            self.idle = None
        # Written after whatever the serial writer holds: an unlock committing when
        # "Sign out" was chosen reads "signed in", then "signed out".
        self.ops.call(accounts.record_sign_out, write=True)
        bind_actor(self.database.sessions, None)
        actor = LoginDialog.ask(None, self.ops, username=self.actor.username,
                                database=self.database.display, settings=self.settings)
        if actor is None:
            self._quit()
            return True
        self.settings.last_username = actor.username
        self.actor = actor
        bind_actor(self.database.sessions, actor)
        self.open_window(signed_in=True)
        return True

    # -- the language -----------------------------------------------------------------
    def switch_language(self, lang: str) -> bool:
        """Show everything in ``lang`` at once: the window is built again in that language
        (after the usual question about unsaved changes), on the same area and geometry."""
        if lang == self.settings.ui_language:
            return True
        if not self.close_window():
            return False
        apply_language(self.settings, lang)
        self.open_window()
        return True

    # -- swapping the database file ---------------------------------------------------
    def reopen(self, work: Callable[[], object], new_url: str | URL | None = None) -> object:
        """Close the window and the database, run ``work`` on the closed file, open again.

        ``work`` returns False when it failed (and said why); the database is then
        reopened as it was, otherwise on ``new_url`` when given. The user stays
        signed in if their account is active in the database now in place (a
        restored backup may not know them: then they sign in again). Returns what
        ``work`` returned, or None when the user kept the window open.
        """
        if not self.close_window():
            return None
        self._close_ops(Operations(None, self))  # the file is swapped: no session meanwhile
        self.database.dispose()
        result = work()
        url = new_url if new_url is not None and result is not False else self.database.url
        try:
            self.database = Database.open(url)
            engine = self.database.engine
            problem = None if self.ops.wait_run(lambda: schema_state.is_current(engine)) \
                else upgrade_problem(self.database)
        except (SQLAlchemyError, ImportError, OSError, ValueError) as exc:
            problem = first_line(exc)
        if problem is not None:
            self.database.dispose()
            tell_cannot_open(url, problem)
            self._quit()
            return result
        self._close_ops(Operations(self.database.sessions, self))
        actor = self._still_signed_in() or startup_sign_in(self.database, self.settings,
                                                           ops=self.ops)
        if actor is None:
            self._quit()
            return result
        self.actor = actor
        bind_actor(self.database.sessions, actor)
        if self.idle is not None:
            self.idle.deleteLater()
            self.idle = None
        self.open_window()
        return result

    def _quit(self) -> None:
        self.app.setQuitOnLastWindowClosed(True)
        self.app.quit()

    def _still_signed_in(self) -> Actor | None:
        username = self.actor.username
        try:
            row = self.ops.wait(lambda session: session.execute(
                select(User.role, User.is_active).where(User.username == username)).first())
        except SQLAlchemyError:
            return None  # signing in again says what is wrong with the database
        return Actor(self.actor.username, row.role) if row is not None and row.is_active else None

    # -- background work ------------------------------------------------------------
    def _close_ops(self, successor: Operations) -> None:
        """Let the work on the database end (its answers delivered), then use ``successor``."""
        self.ops.settle()
        self.ops.shutdown()
        self.ops.deleteLater()
        self.ops = successor

    def wait_for_background(self) -> None:
        """Deliver the answers of the work still running (before the engine goes)."""
        self.ops.settle()

    def start_auto_backup(self) -> None:
        """The first start of the day makes a backup, after the window is on screen."""
        QTimer.singleShot(0, lambda: file_actions.auto_backup(self))

    def shutdown(self) -> None:
        """The application ends: stop watching, let background work finish, close the files."""
        if self.idle is not None:
            self.idle.stop()
        self.ops.settle()
        self.ops.shutdown()
        self.database.dispose()
