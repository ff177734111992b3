"""The start-up integrity check, run in the background while the sign-in dialog is up.

``PRAGMA quick_check`` reads the whole file (over a second for a large
database), so the first window must not wait for it: the check starts as the
database is opened, and the sign-in dialog waits for its answer only once the
user has typed a password (by then it is nearly always known).
"""
from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from sqlalchemy import Engine


class IntegrityCheck(QThread):
    """``recovery.integrity_problems`` of a current-schema database, in a worker thread."""

    #: The database cannot be used: the readable problems.
    failed = Signal(list)

    def __init__(self, engine: Engine, parent=None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._problems: list[str] | None = None

    def run(self) -> None:
        # Started only on a database at the current schema: the file's integrity is
        # what is left to check (and Alembic stays unloaded).
        from ...services import recovery

        try:
            problems = recovery.integrity_problems(self._engine)
        except Exception as exc:  # quick_check words what it knows; anything else still stops us
            problems = [str(exc) or type(exc).__name__]
        self._problems = problems
        if problems:
            self.failed.emit(problems)

    def problems(self) -> list[str]:
        """The answer, waiting for it if the check is still running."""
        if self._problems is None:
            if not self.isRunning() and not self.isFinished():
                self.start()
            self.wait()
        return list(self._problems or [])
