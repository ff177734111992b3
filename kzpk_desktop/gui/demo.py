"""Fill an empty database with demo data, off the GUI thread, with a progress dialog."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session, sessionmaker

from ..services.errors import ServiceError
from .i18n import error_text
from .prompts import Prompt


class _DemoWorker(QThread):
    """Runs the generator in its own thread; it touches no widget."""

    progressed = Signal(int, int)

    def __init__(self, sessions: sessionmaker[Session], servicemen: int, seed: int) -> None:
        super().__init__()
        self._sessions = sessions
        self._servicemen = servicemen
        self._seed = seed
        self._cancelled = False
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancelled = True  # read by the generator's progress callback

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        from ..services import demo  # the generator is only needed here

        try:
            demo.generate(self._sessions, servicemen=self._servicemen, seed=self._seed,
                          progress=self._progress)
        except BaseException as exc:  # reported on the GUI thread, never lost
            self.error = exc


def fill_with_demo_data(parent: QWidget | None, sessions: sessionmaker[Session], *,
                        servicemen: int = 1000, seed: int = 1) -> bool:
    """Generate demo data, showing progress; False if cancelled or refused."""
    translate = QCoreApplication.translate
    dialog = QProgressDialog(
        translate("DemoData", "Creating demo data for %n serviceman(s)…", None, servicemen),
        translate("DemoData", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(translate("DemoData", "Demo data"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _DemoWorker(sessions, servicemen, seed)

    def show_progress(done: int, total: int) -> None:
        if done <= 0:
            return  # keep the busy bar until the first chunk is written
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    worker.progressed.connect(show_progress)
    dialog.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()  # first, so that a Cancel pressed at once reaches the very first report
    worker.start()
    loop.exec()
    worker.wait()
    dialog.close()
    if worker.error is not None and not worker.cancelled:
        reason = (error_text(worker.error) if isinstance(worker.error, ServiceError)
                  else str(worker.error) or type(worker.error).__name__)
        Prompt.inform(parent, translate("DemoData", "Demo data"),
                      translate("DemoData", "The demo data could not be created: %1")
                      .replace("%1", reason))
        return False
    return not worker.cancelled
