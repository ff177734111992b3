"""Fill an empty database with demo data, off the GUI thread, with a progress dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from .ops import Change, Operations, describe
from .prompts import Prompt


class DemoData(QObject):
    """A QObject only for ``self.tr``: pyside6-lupdate records plural forms for
    ``tr(text, "", n)`` but not for ``QCoreApplication.translate``."""

    def creating(self, servicemen: int) -> str:
        return self.tr("Creating demo data for %n serviceman(s)…", "", servicemen)


def fill_with_demo_data(parent: QWidget | None, ops: Operations, *,
                        servicemen: int = 1000, seed: int = 1) -> bool:
    """Generate demo data, showing progress; False if cancelled or refused."""
    translate = QCoreApplication.translate
    sessions = ops.sessions

    def job(progress) -> None:
        from ..services import demo  # the generator is only needed here

        demo.generate(sessions, servicemen=servicemen, seed=seed, progress=progress)

    outcome = ops.task(parent, translate("DemoData", "Demo data"),
                       DemoData().creating(servicemen), job, changes=Change.everything())
    if outcome.error is not None and not outcome.cancelled:
        reason = describe(outcome.error)
        Prompt.inform(parent, translate("DemoData", "Demo data"),
                      translate("DemoData", "The demo data could not be created: %1")
                      .replace("%1", reason))
    return outcome.ok
