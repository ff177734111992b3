"""The first start on a database without accounts: create the administrator's account.

There is no default password anywhere: until this account exists, the
database is run by the bootstrap administrator (``auth.BOOTSTRAP``), which is
what creates it. The rules for names and passwords are the service's own,
shown under the fields before anything is typed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import accounts
from ...services.auth import Actor, has_accounts
from ...services.errors import Problem, ValidationError
from ..i18n import error_text, problem_text
from ..language import LanguageBox, apply_language
from ..ops import Operations, describe
from ..settings import Settings
from .check import IntegrityCheck
from .signin import (
    HINT_STYLE,
    Pending,
    error_label,
    field_block,
    hint_label,
    password_edit,
    title_label,
)

#: The service's field names -> this dialog's error labels.
_FIELDS = ("username", "full_name", "password", "repeat")


def rule_text(problems: list[Problem]) -> str:
    return "\n".join(problem_text(p) for p in problems)


class FirstAccountDialog(QDialog):
    """User name, full name, password twice; ``actor`` is the new administrator, signed in."""

    #: done() code when the user chose another language: ``ask`` opens the dialog again.
    LANGUAGE_CHANGED = 2

    def __init__(self, ops: Operations, *, database: str = "",
                 check: IntegrityCheck | None = None, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAccountDialog")
        self.setWindowTitle(self.tr("First start — KZPK Desktop"))
        self.pending = Pending(ops, self)
        self._check = check
        self.actor: Actor | None = None
        #: Someone else created the first account meanwhile: sign in instead.
        self.accounts_exist = False

        intro = QLabel(self.tr(
            "This database has no user accounts yet. Create the administrator's account: you "
            "will sign in with it, and add the other users under Tools > Users."), self,
            wordWrap=True)
        where = QLabel(database, self, objectName="databaseLabel", wordWrap=True)
        where.setStyleSheet(HINT_STYLE)
        where.setVisible(bool(database))
        self.usernameEdit = QLineEdit(self, objectName="usernameEdit")
        self.fullNameEdit = QLineEdit(self, objectName="fullNameEdit")
        self.passwordEdit = password_edit(self, "passwordEdit")
        self.repeatEdit = password_edit(self, "repeatEdit")
        self.errors = {field: error_label(self, f"{field}Error") for field in ("", *_FIELDS)}
        # The rules, as the service states them, before the user runs into them.
        self.hints = {
            "username": hint_label(rule_text(accounts.username_problems("")), self,
                                   "usernameRule"),
            "password": hint_label(rule_text(accounts.password_problems("")) + "\n" + self.tr(
                "It must not be the user name. Nobody can read it back, not even an "
                "administrator."), self, "passwordRule"),
        }
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), field_block(self, self.usernameEdit,
                                                        self.hints["username"],
                                                        self.errors["username"]))
        form.addRow(self.tr("&Full name:"), field_block(self, self.fullNameEdit,
                                                        self.errors["full_name"]))
        form.addRow(self.tr("&Password:"), field_block(self, self.passwordEdit,
                                                       self.hints["password"],
                                                       self.errors["password"]))
        form.addRow(self.tr("&Repeat the password:"), field_block(self, self.repeatEdit,
                                                                  self.errors["repeat"]))
        self.buttons = QDialogButtonBox(self)
        self.createButton = self.buttons.addButton(self.tr("Create and sign in"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.createButton.setObjectName("createButton")
        self.createButton.setDefault(True)
        self.quitButton = self.buttons.addButton(self.tr("Quit"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        self.quitButton.setObjectName("quitButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Welcome to KZPK Desktop"), self), 1)
        self._settings = settings
        self.languageBox: LanguageBox | None = None
        if settings is not None:
            self.languageBox = LanguageBox(settings.ui_language, self)
            self.languageBox.languageChosen.connect(self._choose_language)
            top.addWidget(self.languageBox, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(where)
        layout.addWidget(intro)
        layout.addWidget(self.errors[""])
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.pending.busyChanged.connect(self._show_busy)
        self.usernameEdit.setFocus()
        if check is not None:
            check.failed.connect(self._damaged)

    def _show_busy(self, busy: bool) -> None:
        for edit in (self.usernameEdit, self.fullNameEdit, self.passwordEdit, self.repeatEdit):
            edit.setReadOnly(busy)
        if self.languageBox is not None:
            self.languageBox.setEnabled(not busy)
        self.createButton.setEnabled(not busy)
        self.createButton.setText(self.tr("Creating the account…") if busy
                                  else self.tr("Create and sign in"))
        # While the account is being made, the button stops waiting; else it ends the program.
        self.quitButton.setText(self.tr("Cancel") if busy else self.tr("Quit"))

    def _choose_language(self, lang: str) -> None:
        # Every text here (the services' rules included) is built with the dialog:
        # the simplest faithful retranslation is the same dialog built again.
        if self._settings is not None and apply_language(self._settings, lang):
            self.done(self.LANGUAGE_CHANGED)

    # -- problems -----------------------------------------------------------------
    def problem_shown(self, field: str = "") -> str:
        label = self.errors.get(field, self.errors[""])
        return "" if label.isHidden() else label.text()

    def _show(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.errors[""])
        label.setText("\n".join(filter(None, ("" if label.isHidden() else label.text(), text))))
        label.show()
        if field in self.hints:
            self.hints[field].hide()  # the error says it more precisely

    def _clear(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for hint in self.hints.values():
            hint.show()

    # -- creating -----------------------------------------------------------------
    def accept(self) -> None:
        if self.pending.busy:
            return
        self._clear()
        password = self.passwordEdit.text()
        if self.repeatEdit.text() != password:
            self._show("repeat", self.tr("The two passwords differ; type the same password "
                                         "twice."))
            self.repeatEdit.setFocus()
            return
        if self._check is not None and self._check.problems():
            self.reject()
            return
        username, full_name = self.usernameEdit.text(), self.fullNameEdit.text()

        def create(session: Session) -> Actor | accounts.LoginRefused | None:
            if has_accounts(session):
                return None  # somebody else made the first account meanwhile
            user = accounts.create_user(session, username, password, "admin", full_name)
            # Signing in as usual also puts the first login in the audit trail.
            return accounts.authenticate(session, user.username, password)

        # Both password hashes (about a second) and the writes run on the serial writer.
        self.pending.write(create, self._created, self._refused)

    def _created(self, result: Actor | accounts.LoginRefused | None) -> None:
        if result is None:
            self.accounts_exist = True
            super().reject()
        elif isinstance(result, accounts.LoginRefused):
            self._show("", error_text(result))
        else:
            self.actor = result
            super().accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for problem in error.problems:
                self._show(problem.field if problem.field in _FIELDS else "",
                           problem_text(problem))
            first = next((p.field for p in error.problems if p.field in _FIELDS), None)
            {"username": self.usernameEdit, "password": self.passwordEdit}.get(
                first, self.usernameEdit).setFocus()
            return
        self._show("", describe(error))  # a database fault, said once

    def reject(self) -> None:
        if self.pending.busy:
            self.pending.abandon()  # Cancel: back to the fields, the program stays
            return
        super().reject()

    def _damaged(self) -> None:
        self.pending.abandon()
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, *, database: str = "",
            check: IntegrityCheck | None = None, settings: Settings | None = None
            ) -> Actor | None:
        """The new administrator, signed in; None when the user quit (or must sign in instead:
        an account appeared meanwhile, see ``has_accounts``)."""
        typed: tuple[str, str] = ("", "")
        while True:
            dialog = cls(ops, database=database, check=check, settings=settings,
                         parent=parent)
            dialog.usernameEdit.setText(typed[0])
            dialog.fullNameEdit.setText(typed[1])
            result = dialog.exec()
            if result != cls.LANGUAGE_CHANGED:
                return dialog.actor if result else None
            typed = (dialog.usernameEdit.text(), dialog.fullNameEdit.text())
            dialog.deleteLater()
