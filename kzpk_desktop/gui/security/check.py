"""The start-up integrity check, run in the background while the sign-in dialog is up.

``PRAGMA quick_check`` reads the whole file (over a second for a large
database), so the first window must not wait for it: the check starts as the
database is opened (on the operations layer, like any other background work),
and the sign-in dialog waits for its answer only once the user has typed a
password (by then it is nearly always known).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from ..ops import Operations, Outcome


class IntegrityCheck(QObject):
    """``recovery.integrity_problems`` of a current-schema database, off the GUI thread."""

    #: The database cannot be used: the readable problems.
    failed = Signal(list)

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._ops = Operations(None, self)  # no session: the check reads the file itself
        self._started = False
        self._problems: list[str] | None = None

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        engine = self._engine

        def check() -> list[str]:
            # Started only on a database at the current schema: the file's integrity is
            # what is left to check (and Alembic stays unloaded).
            from ...services import recovery

            return recovery.integrity_problems(engine)

        self._ops.run(check, self._done)

    def _done(self, outcome: Outcome) -> None:
        # quick_check words what it knows; anything else still stops us
        problems = outcome.value if outcome.error is None \
            else [str(outcome.error) or type(outcome.error).__name__]
        self._problems = list(problems or [])
        if self._problems:
            self.failed.emit(self._problems)

    def problems(self) -> list[str]:
        """The answer, waiting for it (the window painting) if the check is still running."""
        if self._problems is None:
            self.start()
            self._ops.settle()
        return list(self._problems or [])
