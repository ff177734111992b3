"""Fill an empty database with demo data, off the GUI thread, with a progress dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from ..services.errors import ServiceError
from .i18n import error_text
from .prompts import Prompt
from .tasks import run_with_progress


class DemoData(QObject):
    """A QObject only for ``self.tr``: pyside6-lupdate records plural forms for
    ``tr(text, "", n)`` but not for ``QCoreApplication.translate``."""

    def creating(self, servicemen: int) -> str:
        return self.tr("Creating demo data for %n serviceman(s)…", "", servicemen)


def fill_with_demo_data(parent: QWidget | None, sessions: sessionmaker[Session], *,
                        servicemen: int = 1000, seed: int = 1) -> bool:
    """Generate demo data, showing progress; False if cancelled or refused."""
    translate = QCoreApplication.translate

    def job(progress) -> None:
        from ..services import demo  # the generator is only needed here

        demo.generate(sessions, servicemen=servicemen, seed=seed, progress=progress)

    outcome = run_with_progress(
        parent, translate("DemoData", "Demo data"),
        DemoData().creating(servicemen), job)
    if outcome.error is not None and not outcome.cancelled:
        error = outcome.error
        reason = (error_text(error) if isinstance(error, ServiceError)
                  else str(error) or type(error).__name__)
        Prompt.inform(parent, translate("DemoData", "Demo data"),
                      translate("DemoData", "The demo data could not be created: %1")
                      .replace("%1", reason))
    return outcome.ok
