"""Choosing a backup to restore: at start-up (the database cannot be used) or from the menu.

The backups beside the database are listed newest first; any other file can
be picked too. Restoring keeps the current file aside, so the dialog says so.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...services.recovery import BackupFile
from ..i18n import message_text
from .signin import HINT_STYLE, error_label, title_label

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def backup_caption(backup: BackupFile) -> str:
    locale = QLocale()
    when = locale.toString(backup.made_at, QLocale.FormatType.ShortFormat)
    size = locale.formattedDataSize(backup.size)
    text = f"{when} — {size}"
    if backup.before_upgrade:
        text += " " + QCoreApplication.translate("RestoreDialog",
                                                 "(made before a program upgrade)")
    return text


class RestoreDialog(QDialog):
    """Why (problems, if any), which backup, and that the current file is kept aside."""

    def __init__(self, database: str, backups: Sequence[BackupFile], *,
                 problems: Sequence[str] = (), restorable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        damaged = bool(problems)
        self.setWindowTitle(self.tr("The database cannot be opened") if damaged
                            else self.tr("Restore from a backup"))
        layout = QVBoxLayout(self)
        if damaged:
            icon = QLabel(self)
            icon.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(32, 32))
            layout.addWidget(icon)
            layout.addWidget(title_label(self.tr("KZPK Desktop cannot use this database"), self))
        where = QLabel(database, self, objectName="databaseLabel", wordWrap=True)
        where.setStyleSheet(HINT_STYLE)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        self.problemsLabel = error_label(self, "problemsLabel")
        # Problems from recovery.quick_check are Messages: said in the clerk's language.
        self.problemsLabel.setText("\n".join(message_text(p) for p in problems))
        self.problemsLabel.setVisible(damaged)
        layout.addWidget(self.problemsLabel)
        self.list = QListWidget(self, objectName="backupList")
        self.otherButton = QPushButton(self.tr("Choose another file…"), self,
                                       objectName="otherFileButton")
        self.otherButton.clicked.connect(self._choose_file)
        if restorable:
            layout.addWidget(QLabel(self.tr(
                "Choose a backup to put in its place. The current file is not deleted: it is "
                "kept aside, beside the database, and its name is shown after restoring.")
                if damaged else self.tr(
                "The backup replaces the database for every user of this file. The current "
                "file is not deleted: it is kept aside, beside the database, and its name is "
                "shown after restoring."), self, wordWrap=True))
            layout.addWidget(self.list, 1)
            layout.addWidget(self.otherButton, 0, Qt.AlignmentFlag.AlignLeft)
            self.emptyLabel = QLabel(self.tr("No backups were found beside the database."),
                                     self, objectName="emptyLabel")
            self.emptyLabel.setStyleSheet(HINT_STYLE)
            layout.addWidget(self.emptyLabel)
        else:
            layout.addWidget(QLabel(self.tr(
                "This database is on a server: restore it with the server's own tools, or ask "
                "its administrator."), self, wordWrap=True))
            self.list.hide()
            self.otherButton.hide()
        for backup in backups:
            item = QListWidgetItem(backup_caption(backup), self.list)
            item.setData(PATH_ROLE, str(backup.path))
            item.setToolTip(str(backup.path))
        self.buttons = QDialogButtonBox(self)
        self.restoreButton = self.buttons.addButton(self.tr("Restore"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.restoreButton.setObjectName("restoreButton")
        self.restoreButton.setVisible(restorable)
        self.buttons.addButton(self.tr("Quit") if damaged else self.tr("Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._update)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()
        self.resize(560, 420 if restorable else 240)

    def _update(self, *_args) -> None:
        self.restoreButton.setEnabled(self.chosen() is not None)
        if hasattr(self, "emptyLabel"):
            self.emptyLabel.setVisible(self.list.count() == 0)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    def add_file(self, path: Path) -> None:
        """Put a file picked by hand at the top of the list and choose it."""
        item = QListWidgetItem(str(path))
        item.setData(PATH_ROLE, str(path))
        self.list.insertItem(0, item)
        self.list.setCurrentItem(item)

    def _choose_file(self) -> None:
        start = self.list.item(0).data(PATH_ROLE) if self.list.count() else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(Path(start).parent) if start else "",
            self.tr("KZPK backups (*.sqlite);;All files (*)"))
        if chosen:
            self.add_file(Path(chosen))

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, database: str, backups: Sequence[BackupFile], *,
            problems: Sequence[str] = (), restorable: bool = True) -> Path | None:
        """The backup to restore; None to quit (at start-up) or cancel."""
        dialog = cls(database, backups, problems=problems, restorable=restorable, parent=parent)
        return dialog.chosen() if dialog.exec() else None
