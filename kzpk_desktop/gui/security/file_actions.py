"""File menu commands of the session: back up, restore, encrypt, decrypt; Tools > Users;
and the daily automatic backup.

Copies are made off the GUI thread. Restoring and encrypting replace the
database file, so the session closes its window and engine first
(``SessionController.reopen``) and opens them again afterwards.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services import encryption
from ..ops import Operations, Outcome, describe
from ..prompts import Button, Prompt
from .database import plain_url
from .passphrase import NewPassphraseDialog, PassphraseDialog
from .restore_dialog import RestoreDialog
from .startup import restore_file

if TYPE_CHECKING:
    from .session import SessionController

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
SUFFIX = ".sqlite"


class FileActions(QObject):
    """A QObject only for ``self.tr``: pyside6-lupdate records plural forms for
    ``tr(text, "", n)`` but not for ``translate(context, text, None, n)``."""

    def plain_backups(self, n: int, folder: Path) -> str:
        return self.tr("%n backup(s) made before now in %1 are not encrypted: move them "
                       "somewhere safe or delete them.", "", n).replace("%1", str(folder))


class BackupFileDialog:
    """Where to write a backup (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            parent, translate("FileActions", "Back up the database"), str(suggested),
            translate("FileActions", "KZPK backups (*.sqlite)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


# -- who may ---------------------------------------------------------------------------------

def _admin_or_refuse(ctl: SessionController, title: str) -> bool:
    """These file-level acts are an administrator's: asked of the database (the stored role),
    not of the menu, which a changed role may have outdated."""
    from ...services.auth import require_file_admin
    from ...services.errors import PermissionDenied

    outcome = ctl.ops.call(require_file_admin, handle=(PermissionDenied,), parent=ctl.window,
                           title=title)
    if isinstance(outcome.error, PermissionDenied):
        Prompt.inform(ctl.window, title, describe(outcome.error))
    return outcome.error is None


def _record(ctl: SessionController, action: str, details: dict) -> None:
    """The act goes into the (possibly reopened) database's trail, off the GUI thread."""
    from ...services.audit import record

    def done(outcome: Outcome) -> None:
        if outcome.error is not None:
            ctl.status(translate("FileActions", "This could not be written to the audit trail: "
                                 "%1").replace("%1", describe(outcome.error)), 0)

    sessions = ctl.database.sessions
    ctl.ops.run(lambda: record(sessions, action, details=details), done)


# -- backups ---------------------------------------------------------------------------------

def back_up_now(ctl: SessionController) -> Path | None:
    """Ask where, copy the database there in the background, say where it went."""
    from ...services import backup

    window, engine = ctl.window, ctl.database.engine
    if not _admin_or_refuse(ctl, translate("FileActions", "Back up the database")):
        return None
    target = BackupFileDialog.ask(window, backup.default_backup_path(engine))
    if target is None:
        return None
    title = translate("FileActions", "Back up the database")
    label = translate("FileActions", "Copying the database to %1…").replace("%1", target.name)
    outcome = ctl.ops.task(window, title, label,
                           lambda _progress: backup.backup(engine, target), cancellable=False)
    if outcome.error is not None:
        Prompt.inform(window, title, translate("FileActions", "The backup was not made.")
                      + "\n\n" + describe(outcome.error))
        return None
    written: Path = outcome.value
    _record(ctl, "backup", {"file": str(written)})
    Prompt.inform(window, title, translate(
        "FileActions", "The backup is written and its integrity is verified:\n%1")
        .replace("%1", str(written)), icon=QMessageBox.Icon.Information)
    ctl.status(translate("FileActions", "Backup written: %1").replace("%1", str(written)))
    return written


def auto_backup(ctl: SessionController) -> None:
    """The first start of the day writes a backup (in the background); the status bar says
    how it went, and a failure never stops the work."""
    from ...services import backup

    engine = ctl.database.engine

    def done(outcome: Outcome) -> None:
        if outcome.error is not None:
            ctl.status(translate("FileActions", "The daily automatic backup failed: %1")
                       .replace("%1", describe(outcome.error)), 0)
        elif outcome.value is not None:
            ctl.status(translate("FileActions", "Daily backup written: %1")
                       .replace("%1", str(outcome.value)))

    ctl.ops.run(lambda: backup.auto_backup(engine), done, owner=ctl.window)


def restore_from_backup(ctl: SessionController) -> Path | None | bool:
    """Choose a backup, confirm, and put it in place; False when nothing was restored."""
    from ...services import recovery

    window, url = ctl.window, ctl.database.url
    if not _admin_or_refuse(ctl, translate("FileActions", "Restore from a backup")):
        return False
    chosen = RestoreDialog.ask(window, ctl.database.display, recovery.list_backups(url))
    if chosen is None:
        return False
    answer = Prompt.ask(
        window, translate("FileActions", "Restore from a backup"),
        translate("FileActions", "Replace the database with the backup\n%1?\n\nThe current "
                  "database file is not deleted: it is kept aside under a new name, shown when "
                  "the restore is done. Changes made after the backup was taken are not in it. "
                  "The window closes and opens again on the restored database.")
        .replace("%1", str(chosen)),
        {Button.Yes: translate("FileActions", "Restore"),
         Button.Cancel: translate("FileActions", "Cancel")},
        Button.Cancel, icon=QMessageBox.Icon.Warning)
    if answer != Button.Yes:
        return False
    outcome = ctl.reopen(lambda: restore_file(None, url, chosen))
    if outcome is None or outcome is False:
        return False
    # The restored database's trail says who put it back, from which file.
    _record(ctl, "restore", {"backup": chosen.name,
                             "kept_aside": outcome.name if outcome else None})
    return outcome


# -- encryption --------------------------------------------------------------------------------

def encrypt(ctl: SessionController) -> bool:
    path = ctl.database.file
    if path is None or ctl.database.encrypted:
        return False
    if not _admin_or_refuse(ctl, translate("FileActions", "Encrypt the database")):
        return False
    passphrase = NewPassphraseDialog.ask(ctl.window)
    if not passphrase:
        return False
    title = translate("FileActions", "Encrypt the database")
    label = translate("FileActions", "Encrypting %1…")
    done = ctl.reopen(lambda: _convert(title, label, path,
                                       lambda: encryption.encrypt_database(path, passphrase)),
                      encryption.encrypted_url(path, passphrase))
    if done is True:
        _record(ctl, "encrypt", {"file": path.name})
        text = translate("FileActions", "The database file is encrypted. It opens only with the "
                         "passphrase.")
        plain = len(_plain_backups(path))
        if plain:
            text += "\n\n" + FileActions().plain_backups(plain, path.parent / "backups")
        Prompt.inform(ctl.window, title, text, icon=QMessageBox.Icon.Information)
    return done is True


def decrypt(ctl: SessionController) -> bool:
    path = ctl.database.file
    if path is None or not ctl.database.encrypted:
        return False
    if not _admin_or_refuse(ctl, translate("FileActions", "Decrypt the database")):
        return False
    answer = PassphraseDialog.ask(ctl.window, path, offer_restore=False, purpose=translate(
        "FileActions", "The database file will be stored without encryption: anyone who can "
        "read the file can read the records. Enter the passphrase to confirm."))
    if answer is None or not answer.passphrase:
        return False
    title = translate("FileActions", "Decrypt the database")
    label = translate("FileActions", "Decrypting %1…")
    done = ctl.reopen(lambda: _convert(title, label, path, lambda: encryption.decrypt_database(
        path, answer.passphrase)), plain_url(path))
    if done is True:
        _record(ctl, "decrypt", {"file": path.name})
        Prompt.inform(ctl.window, title, translate(
            "FileActions", "The database file is no longer encrypted."),
            icon=QMessageBox.Icon.Information)
    return done is True


def _convert(title: str, label: str, path: Path, work) -> bool:
    outcome = Operations(None).task(None, title, label.replace("%1", path.name),
                                    lambda _progress: work(), cancellable=False)
    if outcome.error is not None:
        Prompt.inform(None, title, translate("FileActions", "Nothing was changed.") + "\n\n"
                      + describe(outcome.error))
        return False
    return True


def _plain_backups(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    if not folder.is_dir():
        return []
    return [p for p in folder.glob(f"{path.stem}-*{SUFFIX}")
            if not encryption.is_encrypted_file(p)]


# -- accounts ------------------------------------------------------------------------------------

def manage_users(ctl: SessionController) -> None:
    from .users import UsersDialog

    UsersDialog.ask(ctl.window, ctl.ops, ctl.settings)
