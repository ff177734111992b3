"""Tools > Users (administrators): the accounts, adding one, roles, disabling, passwords.

Every change is one transaction through ``services.accounts``, which refuses
anyone but an administrator and keeps the last active administrator; its
refusals are shown as worded.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import accounts
from ...services.accounts import UserRow
from ...services.errors import ValidationError
from ..i18n import problem_text
from ..ops import Change, Operations, describe
from ..ops.changes import USER
from ..prompts import Prompt
from ..settings import Settings
from ..widgets.list_page import ListKit
from ..widgets.table import ERROR_COLOR, Column, RowsModel
from .first_account import rule_text
from .labels import role_choices, role_label
from .signin import error_label, field_block, hint_label, password_edit

_CONTEXT = "UsersDialog"
COLUMNS: tuple[Column[UserRow], ...] = (
    Column("username", QT_TRANSLATE_NOOP("UsersDialog", "User name"), lambda r: r.username,
           width=130),
    Column("full_name", QT_TRANSLATE_NOOP("UsersDialog", "Full name"), lambda r: r.full_name,
           width=200),
    Column("role", QT_TRANSLATE_NOOP("UsersDialog", "Role"), lambda r: role_label(r.role),
           width=120),
    Column("state", QT_TRANSLATE_NOOP("UsersDialog", "State"), lambda r: _state(r), width=90,
           color=lambda r: None if r.is_active else ERROR_COLOR),
    Column("failed", QT_TRANSLATE_NOOP("UsersDialog", "Wrong passwords"),
           lambda r: str(r.failed_logins or ""), sort=lambda r: r.failed_logins, width=110,
           kind="int", cell=lambda r: r.failed_logins or None,
           header_tip=QT_TRANSLATE_NOOP("UsersDialog", "Wrong passwords in a row since the last "
                                                       "successful sign-in")),
    Column("created", QT_TRANSLATE_NOOP("UsersDialog", "Created"),
           lambda r: QLocale().toString(r.created_at.date(), QLocale.FormatType.ShortFormat),
           sort=lambda r: r.created_at, width=100, kind="date",
           cell=lambda r: r.created_at.date()),
)


def _state(row: UserRow) -> str:
    if row.is_active:
        return QCoreApplication.translate("UsersDialog", "active")
    return QCoreApplication.translate("UsersDialog", "disabled")


class UserDialog(QDialog):
    """A new account (name, full name, role, password twice), or a new password for one."""

    def __init__(self, save: Callable[[dict], None], *, username: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self._save = save
        self._reset = username is not None
        self.setWindowTitle(self.tr("New password for %1").replace("%1", username)
                            if self._reset else self.tr("New user"))
        self.usernameEdit = QLineEdit(username or "", self, objectName="usernameEdit")
        self.usernameEdit.setReadOnly(self._reset)
        self.fullNameEdit = QLineEdit(self, objectName="fullNameEdit")
        self.roleCombo = QComboBox(self, objectName="roleCombo")
        for code, text in role_choices():
            self.roleCombo.addItem(text, code)
        self.roleCombo.setCurrentIndex(self.roleCombo.findData("clerk"))
        self.passwordEdit = password_edit(self, "passwordEdit")
        self.repeatEdit = password_edit(self, "repeatEdit")
        self.errors = {f: error_label(self, f"{f}Error")
                       for f in ("", "username", "role", "password", "repeat")}
        self.hints = {"password": hint_label(rule_text(accounts.password_problems("")), self)}
        form = QFormLayout()
        if self._reset:
            form.addRow(self.tr("&User name:"), self.usernameEdit)
            self.fullNameEdit.hide()
            self.roleCombo.hide()
        else:
            self.hints["username"] = hint_label(rule_text(accounts.username_problems("")), self)
            form.addRow(self.tr("&User name:"), field_block(self, self.usernameEdit,
                                                            self.hints["username"],
                                                            self.errors["username"]))
            form.addRow(self.tr("&Full name:"), self.fullNameEdit)
            form.addRow(self.tr("&Role:"), field_block(self, self.roleCombo, self.errors["role"]))
        form.addRow(self.tr("&Password:"), field_block(self, self.passwordEdit,
                                                       self.hints["password"],
                                                       self.errors["password"]))
        form.addRow(self.tr("R&epeat the password:"), field_block(self, self.repeatEdit,
                                                                  self.errors["repeat"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors[""])
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        (self.passwordEdit if self._reset else self.usernameEdit).setFocus()

    def value(self) -> dict:
        return {"username": self.usernameEdit.text(), "full_name": self.fullNameEdit.text(),
                "role": self.roleCombo.currentData(), "password": self.passwordEdit.text()}

    def problem_shown(self, field: str = "") -> str:
        label = self.errors.get(field, self.errors[""])
        return "" if label.isHidden() else label.text()

    def accept(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for hint in self.hints.values():
            hint.show()
        if self.repeatEdit.text() != self.passwordEdit.text():
            self._show("repeat", self.tr("The two passwords differ; type the same password "
                                         "twice."))
            return
        try:
            self._save(self.value())
        except ValidationError as exc:
            for problem in exc.problems:
                self._show(problem.field, problem_text(problem))
            return
        except Exception as exc:  # noqa: BLE001 - a refusal or a database fault, said once
            self._show("", describe(exc))
            return
        super().accept()

    def _show(self, field: str, text: str) -> None:
        label = self.errors.get(field, self.errors[""])
        label.setText("\n".join(filter(None, ("" if label.isHidden() else label.text(), text))))
        label.show()
        if field in self.hints:
            self.hints[field].hide()

    @classmethod
    def ask(cls, parent: QWidget | None, save: Callable[[dict], None], *,
            username: str | None = None) -> bool:
        """True once ``save`` accepted the values (a new user, or ``username``'s password)."""
        return bool(cls(save, username=username, parent=parent).exec())


class UsersDialog(QDialog):
    def __init__(self, ops: Operations, settings: Settings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users"))
        self._ops = ops
        self._settings = settings
        self.model = RowsModel(COLUMNS, _CONTEXT, key=lambda r: r.username, parent=self)
        self.table = QTableView(self, objectName="usersTable")
        self.table.setModel(self.model)
        self.kit = ListKit(self.table, COLUMNS, "users", settings=settings, stretch="full_name",
                           sort=(0, Qt.SortOrder.AscendingOrder))
        self.kit.restore()
        self.addButton = QPushButton(self.tr("&Add user…"), self, objectName="addButton")
        self.roleCombo = QComboBox(self, objectName="roleCombo")
        for code, _text in role_choices():
            self.roleCombo.addItem(role_label(code), code)
        self.roleButton = QPushButton(self.tr("Set &role"), self, objectName="roleButton")
        self.activeButton = QPushButton(self.tr("&Disable"), self, objectName="activeButton")
        self.passwordButton = QPushButton(self.tr("Reset &password…"), self,
                                          objectName="passwordButton")
        self.messageLabel = error_label(self, "messageLabel")
        self.exportButton = QPushButton(self.tr("&Export…"), self, objectName="exportButton")
        self.exportButton.setToolTip(self.tr("Save the list as shown (order, columns) to an "
                                             "Excel or CSV file"))
        self.exportButton.setVisible(settings is not None)
        row = QHBoxLayout()
        row.addWidget(self.addButton)
        row.addSpacing(12)
        row.addWidget(self.roleCombo)
        row.addWidget(self.roleButton)
        row.addWidget(self.activeButton)
        row.addWidget(self.passwordButton)
        row.addStretch(1)
        row.addWidget(self.exportButton)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.messageLabel)
        layout.addWidget(close)
        self.addButton.clicked.connect(self.add_user)
        self.exportButton.clicked.connect(self.export_list)
        self.roleButton.clicked.connect(lambda: self.set_role(self.roleCombo.currentData()))
        self.activeButton.clicked.connect(self.toggle_active)
        self.passwordButton.clicked.connect(self.reset_password)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.resize(900, 420)
        self.refresh()

    def done(self, result: int) -> None:
        self.kit.save()  # the columns as the administrator left them
        super().done(result)

    # -- the list -----------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        current = select or (self.selected().username if self.selected() else None)
        outcome = self._ops.call(accounts.list_users)
        if not outcome.ok:
            self._refused(describe(outcome.error))
            return
        self.model.set_rows(outcome.value)
        if self._settings is None or self._settings.header_state("users") is None:
            self.table.resizeColumnsToContents()  # a few rows; names and roles differ by language
        row = self.model.row_of(current) if current else None
        self.table.selectRow(row if row is not None else 0)
        self._update()

    def export_list(self) -> None:
        """The accounts as shown (order, columns) to .xlsx or .csv (``gui.list_export``)."""
        if self._settings is not None:
            self.kit.export(self, self._ops, self._settings, name="users",
                            title=self.tr("Users"))

    def selected(self) -> UserRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row is not None:
            self.table.selectRow(row)

    def _update(self) -> None:
        user = self.selected()
        for widget in (self.roleCombo, self.roleButton, self.activeButton, self.passwordButton):
            widget.setEnabled(user is not None)
        if user is not None:
            self.activeButton.setText(self.tr("&Disable") if user.is_active else self.tr("&Enable"))
            self.roleCombo.setCurrentIndex(self.roleCombo.findData(user.role))

    # -- changes ------------------------------------------------------------------
    def _run(self, change: Callable[[Session], object], done: str) -> bool:
        self.messageLabel.hide()
        outcome = self._ops.call(change, write=True, changes=Change.of(USER),
                                 handle=(Exception,))
        if outcome.error is not None:
            self._refused(describe(outcome.error))
            return False
        self.refresh()
        self.messageLabel.setStyleSheet("")
        self.messageLabel.setText(done)
        self.messageLabel.show()
        return True

    def _refused(self, text: str) -> None:
        from ..widgets.record_dialog import ERROR_STYLE

        self.messageLabel.setStyleSheet(ERROR_STYLE)
        self.messageLabel.setText(text)
        self.messageLabel.show()

    def add_user(self) -> None:
        created: list[str] = []

        def save(value: dict) -> None:
            created.append(self._ops.wait(lambda session: accounts.create_user(
                session, value["username"], value["password"], value["role"],
                value["full_name"]).username, write=True, changes=Change.of(USER)))

        if UserDialog.ask(self, save):
            self.refresh(select=created[0])
            self.messageLabel.setStyleSheet("")
            self.messageLabel.setText(self.tr("User %1 added.").replace("%1", created[0]))
            self.messageLabel.show()

    def set_role(self, role: str) -> None:
        user = self.selected()
        if user is None or role == user.role:
            return
        self._run(lambda s: accounts.set_role(s, user.username, role),
                  self.tr("%1 is now: %2.").replace("%1", user.username)
                  .replace("%2", role_label(role)))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.is_active:
            self._run(lambda s: accounts.disable_user(s, user.username),
                      self.tr("%1 is disabled and can no longer sign in.")
                      .replace("%1", user.username))
        else:
            self._run(lambda s: accounts.enable_user(s, user.username),
                      self.tr("%1 may sign in again.").replace("%1", user.username))

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return

        def save(value: dict) -> None:
            self._ops.wait(lambda session: accounts.reset_password(
                session, user.username, value["password"]), write=True, changes=Change.of(USER))

        if UserDialog.ask(self, save, username=user.username):
            self.refresh()
            Prompt.inform(self, self.tr("Password reset"), self.tr(
                "%1 signs in with the new password from now on. Tell it to them in person.")
                .replace("%1", user.username), icon=QMessageBox.Icon.Information)

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations,
            settings: Settings | None = None) -> None:
        cls(ops, settings, parent).exec()

