"""Composition root of the desktop application.

Builds, in order: the QApplication, the user's settings and translators, the
database (its passphrase if encrypted, its integrity checked, a backup offered
when it cannot be used, migrated to the current schema), the signed-in user
(or the first administrator's account), optional demo data, and the main
window of the user's session; the daily backup follows in the background.
Nothing here is kept at module level; heavy modules (Alembic, openpyxl, the
demo generator) are imported only where they are used, so the first window
appears quickly.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# SQLAlchemy and the services first: once PySide6 is loaded its import hook
# runs on every later import, which makes these noticeably slower to load.
from . import paths
from .db import engine, schema_state  # noqa: F401  (start-up needs them)
from .services import accounts, auth, encryption  # noqa: F401  (signing in needs them)
# noqa: F401 below: the first area and the start-up notice need them.
from .services import expiry, ranks, registry, servicemen  # noqa: F401
from .services import settings as _business_settings  # noqa: F401

from PySide6.QtWidgets import QApplication  # noqa: E402

from .gui.documents.scans import remove_leftovers as remove_leftover_scans
from .gui.i18n import install_translators
from .gui.main_window import MainWindow
from .gui.security import startup
from .gui.security.session import SessionController
from .gui.settings import Settings

DEMO_SERVICEMEN = 1000
EXIT_CANNOT_OPEN = startup.EXIT_CANNOT_OPEN


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kzpk-desktop", description="KZPK Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database URL or SQLite file (default: $KZPK_DB, then the file in "
                             "your data folder)")
    parser.add_argument("--demo", action="store_true",
                        help=f"if the database has no servicemen, fill it with demo data "
                             f"({DEMO_SERVICEMEN} servicemen)")
    # Qt's own options (-style, -platform ...) are left for QApplication.
    args, _qt_args = parser.parse_known_args(list(argv[1:]))
    return args


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, MainWindow]:
    """Make the application, open the database, sign a user in and show the main window.

    When the database cannot be used and the user does not restore a backup,
    the process exits with status 1 (``SystemExit``), never with a traceback;
    quitting at the sign-in dialog exits with status 0.
    """
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(paths.APP_ORG)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    remove_leftover_scans()  # opened scans a crashed run left behind
    settings = Settings()
    install_translators(app, settings.ui_language)
    # A process builds one session; a test that builds again ends the previous one.
    for previous in app.findChildren(SessionController):
        previous.shutdown()
        previous.setParent(None)

    url = paths.resolve_db_url(args.db)
    while True:
        database, check = startup.open_database(url)
        actor = startup.sign_in(database, settings, check)
        problems = check.problems() if check is not None else []
        if not problems:
            break
        database.dispose()  # damaged: found while the user was signing in
        if not startup.offer_restore(database.url, problems):
            raise SystemExit(startup.EXIT_CANNOT_OPEN)
    if actor is None:
        database.dispose()
        raise SystemExit(0)

    controller = SessionController(app, settings, database, actor)
    if args.demo and _is_empty(controller.ops):
        from .gui.demo import fill_with_demo_data

        fill_with_demo_data(None, controller.ops, servicemen=DEMO_SERVICEMEN, seed=1)
    window = controller.open_window(signed_in=True)
    controller.start_auto_backup()  # runs once the window is on screen, in the background
    return app, window


def run() -> None:
    """Entry point of ``kzpk-desktop`` and ``python main.py``."""
    from .sheets.isolated import serve_if_asked

    serve_if_asked()  # the desktop bundle starts its own executable to read a spreadsheet
    app, _window = build()
    sys.exit(app.exec())


def _is_empty(ops) -> bool:
    return ops.wait(lambda session: registry.count(session, registry.RegistryFilter()) == 0)
