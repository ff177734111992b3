"""Composition root of the desktop application.

Builds, in order: the QApplication, the user's settings and translators, the
database engine (migrated to the current schema), optional demo data, and the
main window. Nothing here is kept at module level; heavy modules (openpyxl,
the demo generator) are imported only where they are used, so the window
appears quickly.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

# SQLAlchemy and the services first: once PySide6 is loaded its import hook
# runs on every later import, which makes these noticeably slower to load.
from sqlalchemy.exc import SQLAlchemyError

from . import paths
from .db import schema_state
from .db.engine import make_engine, make_session_factory
# noqa: F401 below: the first area and the start-up notice need them.
from .services import expiry, ranks, registry, servicemen  # noqa: F401
from .services import settings as _business_settings  # noqa: F401

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from .gui.area import AreaContext
from .gui.i18n import install_translators
from .gui.main_window import MainWindow
from .gui.prompts import Prompt
from .gui.settings import Settings

DEMO_SERVICEMEN = 1000
EXIT_CANNOT_OPEN = 1


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
    """Make the application and show its main window.

    When the database cannot be used, the clerk is told why and the process
    exits with status 1 (``SystemExit``), never with a traceback.
    """
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(paths.APP_ORG)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(paths.APP_NAME)
    settings = Settings()
    install_translators(app, settings.ui_language)

    url = paths.resolve_db_url(args.db)
    try:
        engine = make_engine(url)
    except (SQLAlchemyError, ImportError, OSError, ValueError) as exc:  # bad URL, no driver
        _refuse(url, _first_line(exc), None)
    if not schema_state.is_current(engine):
        _migrate(engine, url)
    app.aboutToQuit.connect(engine.dispose)
    sessions = make_session_factory(engine)

    if args.demo and _is_empty(sessions):
        from .gui.demo import fill_with_demo_data

        fill_with_demo_data(None, sessions, servicemen=DEMO_SERVICEMEN, seed=1)

    ctx = AreaContext(sessions=sessions, settings=settings, lang=settings.ui_language)
    window = MainWindow(ctx, database=engine.url.render_as_string(hide_password=True)
                        .removeprefix("sqlite:///"))
    window.show()
    return app, window


def run() -> None:
    """Entry point of ``kzpk-desktop`` and ``python main.py``."""
    app, _window = build()
    sys.exit(app.exec())


def _migrate(engine, url: str) -> None:
    # Alembic is loaded only when the schema is new or old, never on a usual start.
    from .db import migrate

    try:
        migrate.upgrade(engine)
    except migrate.SchemaError as exc:
        _refuse(url, str(exc), engine)
    except (SQLAlchemyError, OSError) as exc:
        _refuse(url, _first_line(exc), engine)


def _is_empty(sessions) -> bool:
    with sessions() as session:
        return registry.count(session, registry.RegistryFilter()) == 0


def _refuse(url: str, reason: str, engine) -> None:
    if engine is not None:
        engine.dispose()
    shown = url.removeprefix("sqlite:///")
    translate = QCoreApplication.translate
    Prompt.inform(None, translate("App", "Cannot open the database"),
                  translate("App", "KZPK Desktop cannot open the database\n%1\n\n%2")
                  .replace("%1", shown).replace("%2", reason),
                  icon=QMessageBox.Icon.Critical)
    raise SystemExit(EXIT_CANNOT_OPEN)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
