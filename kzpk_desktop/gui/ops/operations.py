"""One way to run work from the GUI, in the spirit of Anki's background operations.

- ``read(job, done)``: ``job(session)`` runs on a small pool of reader threads
  with a session of its own; ``done(result)`` runs on the GUI thread.
- ``write(job, done, changes=...)``: ``job(session)`` runs on the one serial
  writer thread inside one writing transaction (committed on success, rolled
  back on any error), then ``changed`` tells every open page what changed.
- ``wait(job, ...)`` / ``call(job, ...)``: the same, for code that needs the
  answer before it goes on (a Save that must succeed before the list moves):
  the GUI thread keeps painting in a local event loop while the worker runs,
  user input waits until the answer is in.
- ``run(job, done)`` / ``wait_run(job)``: work that needs no session of ours
  (it opens the file or the engine itself), answered or waited for alike.
- ``task(parent, title, label, job)``: long work (export, import, backup, demo
  data) behind a progress dialog whose Cancel reaches the job through the same
  ``Progress`` it reports with.

Failures come back on the GUI thread like results: to the caller's
``failed(error)``, or through the one failure formatter (``failures.describe``)
to ``faulted`` (the status bar) or a message box. The database going away and
coming back needs nothing of the pages: the first operation that succeeds
after a connection fault emits ``connectionRestored``.

Nothing here touches a widget from a worker thread; a job must not either. Nor may
Python's cyclic collector free one there: it runs on the GUI thread (``collector``).
A result whose ``owner`` widget is gone meanwhile is dropped.
"""
from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from ...db.engine import write_session
from ...db.faults import UNREACHABLE, fault_kind
from ...progress import Cancelled
from ...services.errors import ServiceError
from .changes import Change
from .collector import collect_on_gui_thread
from .failures import describe
from .task_dialog import TaskDialog

READ, WRITE, TASK = "read", "write", "task"
#: Reader threads: a page fetch, a count and a form's record may be read at once.
READERS = 3
#: A wait shorter than this shows no busy cursor (most saves take a few milliseconds).
BUSY_CURSOR_DELAY_MS = 250


class Progress:
    """How far a job is, and whether the clerk cancelled it: one object, both ways.

    Called as ``progress(done, total, step)`` (``kzpk_desktop.progress``: rows,
    ``total`` 0 while unknown, the step's words when one begins), as the
    services' and exports' progress callbacks are; it answers False once
    Cancel was pressed, and the job stops by raising its cancel exception.
    """

    def __init__(self, report: Callable[[int, int, str | None], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()
        # Cancel (GUI thread) and a write's commit (writer thread) decide under one lock:
        # either the cancel comes first and the transaction rolls back, or the commit
        # does and the cancel is refused; never a cancel shown over work committed.
        self._decide = threading.Lock()
        self._committing = False

    def __call__(self, done: int, total: int, step: str | None = None) -> bool:
        if self._report is not None:
            self._report(done, total, step)
        return not self._cancelled.is_set()

    def cancel(self) -> bool:
        """Ask the job to stop; False when it is too late: a write's commit has begun
        (its answer is on its way)."""
        with self._decide:
            if self._committing:
                return False
            self._cancelled.set()
            return True

    def commit(self) -> bool:
        """A write's point of no return, right before its commit: True, and from now on
        ``cancel`` is refused; False when Cancel came first (the write rolls back)."""
        with self._decide:
            if self._cancelled.is_set():
                return False
            self._committing = True
            return True

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


@dataclass(frozen=True)
class Outcome:
    """How an operation ended: its value, or the error it met (and whether it was said)."""

    value: Any = None
    error: BaseException | None = None
    #: The clerk pressed Cancel and the job stopped.
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None and not self.cancelled


class Ticket:
    """One submitted operation; ``cancel()`` drops a read nobody wants any more."""

    _numbers = itertools.count(1)

    def __init__(self, kind: str, job: Callable, done, failed, owner: QObject | None,
                 changes: Change | None, progress: Progress | None) -> None:
        self.number = next(self._numbers)
        self.kind, self.job, self.done, self.failed = kind, job, done, failed
        self.owner, self.changes, self.progress = owner, changes, progress
        self.result: Any = None
        self.error: BaseException | None = None
        self.delivered = False
        self.dropped = False
        #: on_progress(done, total, step) on the GUI thread (a task's dialog).
        self.on_progress: Callable[[int, int, str | None], None] | None = None

    def cancel(self) -> None:
        """Do not deliver the result (a newer search replaced this one); a task also stops."""
        self.dropped = True
        if self.progress is not None:
            self.progress.cancel()


class _Bridge(QObject):
    """Lives on the GUI thread: the workers' reports reach it queued."""

    finished = Signal(object)  # Ticket
    progressed = Signal(object, int, int, object)  # Ticket, done, total, step (str or None)


class _Run(QRunnable):
    def __init__(self, ops: Operations, ticket: Ticket) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the ticket keeps us until the result is delivered
        self._ops, self._ticket = ops, ticket

    def run(self) -> None:
        ticket = self._ticket
        try:
            if ticket.dropped and ticket.kind == READ:
                pass  # superseded before it started: do not even ask the database
            elif ticket.kind == WRITE:
                with write_session(self._ops.sessions) as session:
                    ticket.result = ticket.job(session)
                    if ticket.progress is not None and not ticket.progress.commit():
                        raise Cancelled()  # cancelled before the commit: rolled back
            elif ticket.kind == READ:
                with self._ops.sessions() as session:
                    ticket.result = ticket.job(session)
            else:
                ticket.result = ticket.job(ticket.progress)
        except BaseException as exc:  # noqa: BLE001 - delivered on the GUI thread, never lost
            ticket.error = exc
        self._ops._bridge.finished.emit(ticket)


class Operations(QObject):
    """Reads on a thread pool, writes on one serial writer, answers on the GUI thread."""

    #: A write went through: what it changed (every open page listens).
    changed = Signal(object)
    #: Background work failed and nobody took the error: the sentence for the status bar.
    faulted = Signal(str)
    #: The first success after the database could not be reached.
    connectionRestored = Signal()
    #: A delete put a record into the recycle bin: the bin item's id, and the sentence that
    #: says what went ("Serviceman … deleted."); the window offers to undo it.
    deleted = Signal(int, str)

    def __init__(self, sessions: sessionmaker[Session] | None, parent: QObject | None = None,
                 *, readers: int = READERS) -> None:
        """``sessions`` None: only ``task`` and ``run`` (before a database is open, or while
        its file is being swapped)."""
        super().__init__(parent)
        self.setObjectName("operations")
        self.sessions = sessions
        collect_on_gui_thread()  # before any worker thread: no Qt object freed on one
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(readers)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer: writes happen in the order asked
        self._tasks = QThreadPool(self)
        self._bridge = _Bridge(self)
        self._bridge.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[int, tuple[Ticket, _Run]] = {}
        self._offline = False
        self._closed = False

    # -- submitting --------------------------------------------------------------------
    def read(self, job: Callable[[Session], Any], done: Callable[[Any], None] | None = None, *,
             failed: Callable[[BaseException], None] | None = None,
             owner: QObject | None = None) -> Ticket:
        """``job(session)`` on a reader thread; ``done(result)`` on the GUI thread."""
        return self._submit(Ticket(READ, job, done, failed, owner, None, None), self._readers)

    def write(self, job: Callable[[Session], Any], done: Callable[[Any], None] | None = None, *,
              changes: Change | None = None,
              failed: Callable[[BaseException], None] | None = None,
              owner: QObject | None = None, progress: Progress | None = None) -> Ticket:
        """``job(session)`` in one transaction on the writer thread, then ``changed``.

        With ``progress``, its ``cancel()`` before the commit rolls the transaction back
        (``failed`` gets ``Cancelled``); once the commit has begun it is refused.
        """
        return self._submit(Ticket(WRITE, job, done, failed, owner, changes, progress),
                            self._writer)

    def wait(self, job: Callable[[Session], Any], *, write: bool = False,
             changes: Change | None = None) -> Any:
        """Run ``job(session)`` off the GUI thread and return its result (or raise its error).

        The window keeps painting meanwhile; clicks and keys wait for the answer.
        """
        outcome = self._await(self.write(job, changes=changes) if write else self.read(job))
        if outcome.error is not None:
            raise outcome.error
        return outcome.value

    def call(self, job: Callable[[Session], Any], *, write: bool = False,
             changes: Change | None = None, handle: tuple[type[BaseException], ...] = (),
             parent: QWidget | None = None, title: str | None = None) -> Outcome:
        """``wait`` that reports failures itself.

        Errors of the ``handle`` types come back in the outcome for the caller
        to show its own way (a validation problem under its field); any other
        is said through the failure formatter: in a message box titled
        ``title`` when given, else on the status bar (``faulted``).
        """
        outcome = self._await(self.write(job, changes=changes) if write else self.read(job))
        if outcome.error is not None and not isinstance(outcome.error, handle):
            self.report(outcome.error, parent=parent, title=title)
        return outcome

    def task(self, parent: QWidget | None, title: str, label: str,
             job: Callable[[Progress], Any], *, cancellable: bool = True,
             changes: Change | None = None) -> Outcome:
        """Long work behind a modal progress dialog (``TaskDialog``) that can cancel.

        ``job(progress)`` opens its own session(s) and touches no widget; the dialog
        shows the step and the rows it reports. Returns when it has finished (a
        Cancel leaves the dialog saying "Cancelling…" until then); an error raised
        after Cancel was pressed counts as cancelled (the job stopped as asked), not
        as a failure to explain. ``changes`` is announced when the job succeeds.
        """
        dialog = TaskDialog(title, label, parent, cancellable=cancellable)
        progress = Progress(lambda done, total, step: self._bridge.progressed.emit(
            ticket, done, total, step))
        ticket = Ticket(TASK, job, None, None, None, changes, progress)
        ticket.on_progress = dialog.report
        dialog.canceled.connect(progress.cancel)
        dialog.show()  # first, so that a Cancel pressed at once reaches the first report
        try:
            outcome = self._await(self._submit(ticket, self._tasks), user_input=True)
        finally:
            ticket.on_progress = None
            cancelled = progress.cancelled
            dialog.canceled.disconnect(progress.cancel)
            dialog.finish()
            dialog.deleteLater()
        if outcome.error is not None:
            return Outcome(error=outcome.error, cancelled=cancelled)
        return Outcome(outcome.value)  # Cancel pressed after the last check: it is done

    def run(self, job: Callable[[], Any], done: Callable[[Outcome], None], *,
            owner: QObject | None = None) -> Ticket:
        """Work that needs neither a session of ours nor a dialog (the daily backup):
        ``done(outcome)`` on the GUI thread, whatever happened (unless ``owner`` is gone)."""
        ticket = Ticket(TASK, lambda _progress: job(), None, None, owner, None, None)
        ticket.done = lambda result: done(Outcome(result))
        ticket.failed = lambda error: done(Outcome(error=error))
        return self._submit(ticket, self._tasks)

    def wait_run(self, job: Callable[[], Any]) -> Any:
        """``run`` for code that needs the answer before it goes on, as ``wait`` is for
        ``read``: start-up's schema and file checks, before there is a session factory to
        read with. Returns ``job()``'s result or raises its error."""
        ticket = Ticket(TASK, lambda _progress: job(), None, None, None, None, None)
        outcome = self._await(self._submit(ticket, self._tasks))
        if outcome.error is not None:
            raise outcome.error
        return outcome.value

    def notify(self, changes: Change) -> None:
        """Announce a change made outside ``write`` (an import's own transaction)."""
        self.changed.emit(changes)

    def report(self, error: BaseException, *, parent: QWidget | None = None,
               title: str | None = None) -> str:
        """Say ``error`` through the failure formatter; the sentence said."""
        from ..prompts import Prompt

        text = describe(error)
        if title is not None:
            Prompt.inform(parent, title, text)
        self.faulted.emit(text if title is None else f"{title}: {text}")
        return text

    # -- state -------------------------------------------------------------------------
    def idle(self) -> bool:
        """Nothing submitted is waiting for its answer."""
        return not self._pending

    def settle(self, timeout_ms: int = 30_000) -> bool:
        """Wait (painting) until every submitted operation has been answered."""
        timer = QTimer(singleShot=True, interval=timeout_ms)
        timer.start()
        while self._pending and timer.isActive():
            self._readers.waitForDone(10)
            self._writer.waitForDone(10)
            self._tasks.waitForDone(10)
            QCoreApplication.processEvents()
        return not self._pending

    def shutdown(self) -> None:
        """The database closes: let running work end, answer nothing more."""
        self._closed = True
        for pool in (self._readers, self._writer, self._tasks):
            pool.clear()  # what has not started will not
            pool.waitForDone()
        self._pending.clear()

    # -- the machinery -----------------------------------------------------------------
    def _submit(self, ticket: Ticket, pool: QThreadPool) -> Ticket:
        if self._closed:
            ticket.dropped = True
            return ticket
        run = _Run(self, ticket)
        self._pending[ticket.number] = (ticket, run)
        pool.start(run)
        return ticket

    def _await(self, ticket: Ticket, *, user_input: bool = False) -> Outcome:
        loop = QEventLoop()
        previous_done, previous_failed = ticket.done, ticket.failed
        box: list[Outcome] = []

        def done(result: Any) -> None:
            box.append(Outcome(result))
            loop.quit()

        def failed(error: BaseException) -> None:
            box.append(Outcome(error=error))
            loop.quit()

        ticket.done, ticket.failed = done, failed
        cursor = QTimer(singleShot=True, interval=BUSY_CURSOR_DELAY_MS)
        cursor.timeout.connect(
            lambda: QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor))
        cursor.start()
        try:
            if not ticket.delivered and not ticket.dropped:
                flags = QEventLoop.ProcessEventsFlag.AllEvents if user_input \
                    else QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                loop.exec(flags)
        finally:
            if not cursor.isActive():
                QGuiApplication.restoreOverrideCursor()
            cursor.stop()
            ticket.done, ticket.failed = previous_done, previous_failed
        return box[0] if box else Outcome(error=ticket.error)

    def _finish(self, ticket: Ticket) -> None:
        entry = self._pending.pop(ticket.number, None)
        if entry is None or ticket.delivered:
            return
        ticket.delivered = True
        if ticket.kind == READ and ticket.dropped:
            return
        owner = ticket.owner
        if owner is not None and not shiboken6.isValid(owner):
            return
        if ticket.error is None:
            self._reachable()
            if ticket.changes is not None:
                self.changed.emit(ticket.changes)
            if ticket.done is not None:
                ticket.done(ticket.result)
            return
        kind = fault_kind(ticket.error)
        if kind == UNREACHABLE:
            self._offline = True
        elif kind is not None or isinstance(ticket.error, ServiceError):
            self._reachable()  # the database answered, if only with a refusal or a timeout
        if ticket.failed is not None:
            ticket.failed(ticket.error)
        else:
            self.report(ticket.error)

    def _progressed(self, ticket: Ticket, done: int, total: int, step: str | None) -> None:
        if ticket.on_progress is not None and not ticket.delivered:
            ticket.on_progress(done, total, step)

    def _reachable(self) -> None:
        if self._offline:
            self._offline = False
            self.connectionRestored.emit()

    @property
    def offline(self) -> bool:
        """The last operation could not reach the database (and none has since)."""
        return self._offline

