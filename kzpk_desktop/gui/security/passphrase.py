"""Passphrases of encrypted databases: opening one, and choosing a new one.

A wrong passphrase keeps the dialog open with the service's message, so the
user can retry; a file that is no database at all looks the same as an
encrypted one from outside, so the opening dialog also offers to restore a
backup.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services import encryption
from ..i18n import service_text
from ..ops import Operations, describe
from .signin import (
    HINT_STYLE,
    Pending,
    error_label,
    field_block,
    hint_label,
    password_edit,
    title_label,
)


@dataclass(frozen=True)
class PassphraseAnswer:
    """What the user chose: a passphrase that opens the file, or to restore a backup
    (with whatever passphrase they typed, for an encrypted backup)."""

    passphrase: str | None
    restore: bool = False


class PassphraseDialog(QDialog):
    """Ask for the passphrase of an encrypted file and check it before accepting."""

    RESTORE = 2  # the dialog's result when the user asks to restore a backup

    def __init__(self, path: Path, *, offer_restore: bool = True, purpose: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Encrypted database — KZPK Desktop"))
        self._path = Path(path)
        # Deriving the key takes a moment on purpose: off the GUI thread (no session needed).
        self.pending = Pending(Operations(None, self), self)
        intro = QLabel(purpose or self.tr(
            "The database file is encrypted. Enter its passphrase to open it.\n\nIf the file "
            "is not encrypted, it is not a readable database: restore a backup instead."),
            self, wordWrap=True)
        where = QLabel(str(path), self, objectName="pathLabel", wordWrap=True)
        where.setStyleSheet(HINT_STYLE)
        self.passphraseEdit = password_edit(self, "passphraseEdit")
        self.messageLabel = error_label(self, "messageLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphraseEdit)
        self.buttons = QDialogButtonBox(self)
        self.openButton = self.buttons.addButton(self.tr("Open"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.openButton.setDefault(True)
        self.openButton.setObjectName("openButton")
        if offer_restore:
            restore = self.buttons.addButton(self.tr("Restore a backup…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
            restore.setObjectName("restoreButton")
            restore.clicked.connect(lambda: self.done(self.RESTORE))
        self.buttons.addButton(self.tr("Quit") if offer_restore else self.tr("Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Encrypted database"), self))
        layout.addWidget(where)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.pending.busyChanged.connect(self._show_busy)
        self.passphraseEdit.setFocus()

    def _show_busy(self, busy: bool) -> None:
        self.passphraseEdit.setReadOnly(busy)
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) != QDialogButtonBox.ButtonRole.RejectRole:
                button.setEnabled(not busy)
        self.openButton.setText(self.tr("Checking…") if busy else self.tr("Open"))

    def accept(self) -> None:
        if self.pending.busy:
            return
        self.messageLabel.hide()
        path, passphrase = self._path, self.passphraseEdit.text()
        self.pending.run(lambda: encryption.check_passphrase(path, passphrase),
                         lambda _none: QDialog.accept(self), self._refused)

    def _refused(self, error: BaseException) -> None:
        self.messageLabel.setText(describe(error))  # the wrong passphrase, in its words
        self.messageLabel.show()
        self.passphraseEdit.selectAll()
        self.passphraseEdit.setFocus()

    def reject(self) -> None:
        if self.pending.busy:
            self.pending.abandon()  # stop waiting for the check; the dialog stays
            return
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, *, offer_restore: bool = True,
            purpose: str = "") -> PassphraseAnswer | None:
        """The checked passphrase, or a wish to restore; None when the user gave up."""
        dialog = cls(path, offer_restore=offer_restore, purpose=purpose, parent=parent)
        result = dialog.exec()
        if result == cls.RESTORE:
            return PassphraseAnswer(dialog.passphraseEdit.text() or None, restore=True)
        if result:
            return PassphraseAnswer(dialog.passphraseEdit.text())
        return None


class NewPassphraseDialog(QDialog):
    """Choose the passphrase that will encrypt the database: twice, with the rule shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(self.tr("Encrypt the database"))
        rule = service_text(encryption.passphrase_problem("") or "",
                            {"n": encryption.PASSPHRASE_MIN_LENGTH})
        intro = QLabel(self.tr(
            "From now on the database file can only be opened with this passphrase: by this "
            "program, by a backup restored from it, by anyone. Keep it safe; a lost passphrase "
            "cannot be recovered, the data would be lost with it.\n\nThe window closes and "
            "reopens the database; backups made before now stay unencrypted."), self,
            wordWrap=True)
        self.passphraseEdit = password_edit(self, "passphraseEdit")
        self.repeatEdit = password_edit(self, "repeatEdit")
        self.messageLabel = error_label(self, "messageLabel")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), field_block(
            self, self.passphraseEdit, hint_label(rule, self, "passphraseRule")))
        form.addRow(self.tr("&Repeat it:"), self.repeatEdit)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.tr("Encrypt"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.passphraseEdit.setFocus()

    def accept(self) -> None:
        passphrase = self.passphraseEdit.text()
        problem = encryption.passphrase_problem(passphrase)
        if problem:
            message = service_text(problem, {"n": encryption.PASSPHRASE_MIN_LENGTH})
        elif self.repeatEdit.text() != passphrase:
            message = self.tr("The two passphrases differ; type the same passphrase twice.")
        else:
            super().accept()
            return
        self.messageLabel.setText(message)
        self.messageLabel.show()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        return dialog.passphraseEdit.text() if dialog.exec() else None
