"""Start-up, before the main window: open the database, check it, sign in.

In order: an encrypted file asks for its passphrase; a database that is not
at the current schema (new, old, foreign, damaged) is checked at once and
migrated; a current one is checked in the background while the sign-in
dialog is up (the check reads the whole file, the dialog should not wait for
it). A database file that cannot be used gets a clear message and the offer
to restore a backup, never a traceback; a server that cannot be used (not
reachable, a refused password, no such database, no rights, a schema only
its administrator may upgrade) gets the message saying which, and no backup
dialog. Then the first administrator's account is created, or a user signs in.
"""
from __future__ import annotations

from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import SQLAlchemyError

from ... import __version__
from ...db import schema_state
from ...services import encryption
from ...services.auth import Actor, has_accounts
from ...services.errors import ServiceError
from ..i18n import first_line, service_text
from ..ops import Operations, describe
from ..prompts import Prompt
from ..settings import Settings
from .check import IntegrityCheck
from .database import Database, display_name, sqlite_file
from .first_account import FirstAccountDialog
from .passphrase import PassphraseDialog
from .restore_dialog import RestoreDialog
from .signin import LoginDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
EXIT_CANNOT_OPEN = 1


def tell_cannot_open(url: str | URL, reason: str) -> None:
    Prompt.inform(None, translate("App", "Cannot open the database"),
                  translate("App", "KZPK Desktop cannot open the database\n%1\n\n%2")
                  .replace("%1", display_name(url)).replace("%2", reason),
                  icon=QMessageBox.Icon.Critical)


def refuse(url: str | URL, reason: str) -> NoReturn:
    """Tell the user the database cannot be opened, and end the process (status 1)."""
    tell_cannot_open(url, reason)
    raise SystemExit(EXIT_CANNOT_OPEN)


def upgrade_problem(database: Database) -> str | None:
    """Bring the schema up to date; the reason when that is impossible (None: done)."""
    # Alembic is loaded only when the schema is new or old, never on a usual start.
    from ...db import migrate
    from ...services.backup import apply_schema_upgrade

    engine = database.engine
    try:
        upgraded = Operations(None).wait_run(lambda: apply_schema_upgrade(engine))
    except migrate.SchemaError as exc:
        return service_text(exc.template, exc.args_)
    except SQLAlchemyError as exc:  # the server away, no rights, a lock: one sentence
        return describe(exc)
    except OSError as exc:
        return first_line(exc)
    if upgraded is not None and upgraded.from_revision is not None:
        tell_upgraded(upgraded.backup)
    return None


def tell_upgraded(backup: Path | None) -> None:
    """Say that this version brought the clerk's database to its format (once, on the first
    start after an upgrade or after restoring an older backup), and where the copy is."""
    text = translate("Startup", "KZPK Desktop %1 has brought the database to the format of "
                     "this version. Your records are all there.").replace("%1", __version__)
    if backup is not None:
        text += "\n\n" + translate("Startup", "A copy of the database as it was before the "
                                    "upgrade was saved as\n%1").replace("%1", str(backup))
    Prompt.inform(None, translate("Startup", "Database upgraded"), text,
                  icon=QMessageBox.Icon.Information)


def open_database(url: str) -> tuple[Database, IntegrityCheck | None]:
    """The database to work on, and its integrity check if that still runs in the background.

    Ends the process (``SystemExit``) when the user gives up on a database
    that cannot be used. The schema and the file are judged off the GUI thread.
    """
    ops = Operations(None)  # no session factory yet: these checks use the engine
    while True:
        open_url: str | URL = url
        path = sqlite_file(url)
        if path is not None and make_url(url).get_driver_name() == "pysqlite" \
                and encryption.is_encrypted_file(path):
            answer = PassphraseDialog.ask(None, path)
            if answer is None:
                raise SystemExit(EXIT_CANNOT_OPEN)
            if answer.restore:
                key = answer.passphrase
                offer_restore(encryption.encrypted_url(path, key) if key else url, [translate(
                    "Startup", "The file is not a readable database, or it is encrypted with "
                    "another passphrase.")])
                continue  # restored or not: open what is there now
            open_url = encryption.encrypted_url(path, answer.passphrase)
        try:
            database = Database.open(open_url)
            engine = database.engine
            current = ops.wait_run(lambda: schema_state.is_current(engine))
        except SQLAlchemyError as exc:  # the server away, no rights: one sentence
            refuse(url, describe(exc))
        except (ImportError, OSError, ValueError) as exc:  # bad URL, no driver
            refuse(url, first_line(exc))
        if current:
            check = IntegrityCheck(database.engine)
            check.start()
            return database, check
        from ...services import recovery

        problems = ops.wait_run(lambda: recovery.quick_check(engine))
        if problems:
            database.dispose()
            if path is None:  # a server's fault: no backup file is the answer; say what it is
                refuse(url, "\n".join(service_text(p.template, p.args) for p in problems))
            if offer_restore(open_url, problems):
                continue
            raise SystemExit(EXIT_CANNOT_OPEN)
        reason = upgrade_problem(database)
        if reason is not None:
            database.dispose()
            refuse(url, reason)
        return database, None


def offer_restore(url: str | URL, problems: list[str], parent: QWidget | None = None) -> bool:
    """Show why the database cannot be used and offer its backups; True once one is restored."""
    from ...services import recovery

    try:
        backups, restorable = recovery.list_backups(url), True
    except ServiceError:  # a server database: its own tools restore it
        backups, restorable = [], False
    while True:
        chosen = RestoreDialog.ask(parent, display_name(url), backups, problems=problems,
                                   restorable=restorable)
        if chosen is None:
            return False
        aside = restore_file(parent, url, chosen)
        if aside is not False:
            return True


def restore_file(parent: QWidget | None, url: str | URL, backup: Path) -> Path | None | bool:
    """Restore ``backup`` over the (closed) database; where the old file went, or False when
    the backup was refused (the user was told why)."""
    from ...services import recovery

    title = translate("Startup", "Restore from a backup")
    label = translate("Startup", "Checking and restoring %1…").replace("%1", backup.name)
    outcome = Operations(None).task(parent, title, label,
                                    lambda _progress: recovery.restore(url, backup),
                                    cancellable=False)
    if outcome.error is not None:
        Prompt.inform(parent, title, translate("Startup", "The backup was not restored.")
                      + "\n\n" + describe(outcome.error))
        return False
    aside = outcome.value
    text = translate("Startup", "The database was restored from\n%1.").replace("%1", str(backup))
    if aside is not None:
        text += "\n\n" + translate("Startup", "The previous database file was kept as\n%1") \
            .replace("%1", str(aside))
    Prompt.inform(parent, title, text, icon=QMessageBox.Icon.Information)
    return aside


def _connection_trouble(database: Database, exc: SQLAlchemyError) -> str:
    """Why the database stopped answering: a server's fault in its own words."""
    if sqlite_file(database.url) is not None:
        return first_line(exc)
    from ...db.migrate import server_error

    error = server_error(database.engine, exc)
    return service_text(error.template, error.args_)


def sign_in(database: Database, settings: Settings, check: IntegrityCheck | None = None,
            *, ops: Operations | None = None) -> Actor | None:
    """The first administrator's account (a new database) or a user's sign-in.

    None when the user quit, or when the background check found the database
    damaged (the dialogs close at once then; the caller asks the check). The
    database is read and written through ``ops`` (one of its own when None).
    """
    own = ops is None
    if ops is None:
        ops = Operations(database.sessions)
    try:
        return _sign_in(database, settings, check, ops)
    finally:
        if own:
            ops.shutdown()  # an abandoned sign-in still running ends first
            ops.deleteLater()


def _sign_in(database: Database, settings: Settings, check: IntegrityCheck | None,
             ops: Operations) -> Actor | None:
    while True:
        try:
            accounts_exist = ops.wait(has_accounts)
        except SQLAlchemyError as exc:
            if check is not None and check.problems():
                return None
            database.dispose()
            refuse(database.url, _connection_trouble(database, exc))
        if accounts_exist:
            actor = LoginDialog.ask(None, ops, username=settings.last_username,
                                    database=database.display, check=check, settings=settings)
        else:
            actor = FirstAccountDialog.ask(None, ops, database=database.display,
                                           check=check, settings=settings)
            if actor is None and not (check is not None and check.problems()):
                try:
                    appeared = ops.wait(has_accounts)
                except SQLAlchemyError:
                    appeared = False  # the user quit; the server's state does not matter
                if appeared:
                    continue  # somebody else made the first account meanwhile: sign in
        if actor is not None:
            settings.last_username = actor.username
        return actor
