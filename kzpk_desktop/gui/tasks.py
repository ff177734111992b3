"""Long work off the GUI thread, behind a progress dialog that can cancel.

``run_with_progress(parent, title, label, job)`` runs ``job(progress)`` in a
worker thread and waits for it in a local event loop, so the window keeps
painting while the caller reads like straight-line code. The job must open
its own database session and touch no widget; it reports through
``progress(done, total)`` (``total`` 0 while unknown) and stops when that
returns False (the clerk pressed Cancel). Demo data, exports and backups share
this one helper.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: job(progress) -> result; progress(done, total) -> False once cancelled.
Job = Callable[[Callable[[int, int], bool]], Any]


@dataclass(frozen=True)
class TaskOutcome:
    """How a background job ended: its result, or the error it raised, or cancelled."""

    result: Any = None
    error: BaseException | None = None
    #: The clerk pressed Cancel and the job stopped (``error`` holds how it stopped).
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


class _Worker(QThread):
    """Runs the job in its own thread; it touches no widget."""

    progressed = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._cancelled = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancelled = True  # read by the job's progress callback

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        try:
            self.result = self._job(self._progress)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread, never lost
            self.error = exc


class _Display(QObject):
    """Lives on the GUI thread, so the worker's reports reach the dialog queued."""

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def show_progress(self, done: int, total: int) -> None:
        if done <= 0 or total <= 0:
            return  # keep the busy bar until there is something to count
        self._dialog.setMaximum(total)
        self._dialog.setValue(min(done, total))


def run_with_progress(parent: QWidget | None, title: str, label: str, job: Job, *,
                      cancellable: bool = True) -> TaskOutcome:
    """Run ``job`` in the background with a modal, cancellable progress dialog.

    ``cancellable=False`` leaves out the Cancel button, for work that must not
    stop half-way (swapping database files).

    Returns when the job has finished. A job stops on Cancel by raising (the
    exports' ``ExportCancelled``, say): an error raised after Cancel was
    pressed is reported as ``cancelled``, not as a failure to explain.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                             else Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    display = _Display(dialog)
    worker = _Worker(job)
    worker.progressed.connect(display.show_progress)
    dialog.canceled.connect(worker.cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()  # first, so that a Cancel pressed at once reaches the very first report
    worker.start()
    loop.exec()
    worker.wait()
    # Read before closing: QProgressDialog emits canceled when it is closed, which would
    # report every failure as a cancel.
    cancelled = worker.cancelled
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        return TaskOutcome(error=worker.error, cancelled=cancelled)
    # Cancel pressed after the job's last check: the work is done, so say so.
    return TaskOutcome(worker.result)
