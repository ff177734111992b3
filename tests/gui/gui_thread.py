"""What the GUI thread waited for: database connections taken and passwords hashed on it.

``with GuiThreadWork() as work: ...`` counts, for every engine of the process
(the app's own, built at start-up, included), each connection checked out of
a pool, and each argon2 hash or check made through ``services.accounts``,
by the thread that did it. The GUI thread is Qt's main thread: anything
counted there is a click that waited for the database (or for half a second
of hashing). ``work.on_gui`` lists where each happened, for the assertion's
message.
"""
from __future__ import annotations

import threading
import traceback

from sqlalchemy import event
from sqlalchemy.pool import Pool

from kzpk_desktop.services import accounts

#: Frames of the stack kept for each access on the GUI thread (the app's, not pytest's).
_FRAMES = 12


class _CountingHasher:
    """``accounts._HASHER`` as it was, noting the thread of each hash and check."""

    def __init__(self, hasher, work: GuiThreadWork) -> None:
        self._hasher, self._work = hasher, work

    def hash(self, *args, **kwargs):
        self._work._note("argon2 hash")
        return self._hasher.hash(*args, **kwargs)

    def verify(self, *args, **kwargs):
        self._work._note("argon2 verify")
        return self._hasher.verify(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._hasher, name)


class GuiThreadWork:
    def __init__(self) -> None:
        #: What the GUI thread did, each with where it was called from.
        self.on_gui: list[str] = []
        #: How many connections and hashes the worker threads took meanwhile.
        self.on_workers = 0
        self._lock = threading.Lock()
        self._hasher = None

    def _note(self, what: str) -> None:
        if threading.current_thread() is threading.main_thread():
            stack = [frame for frame in traceback.extract_stack()[:-2]
                     if "kzpk_desktop" in frame.filename]
            where = " <- ".join(f"{f.filename.rsplit('kzpk_desktop', 1)[-1]}:{f.lineno} {f.name}"
                                for f in reversed(stack[-_FRAMES:]))
            with self._lock:
                self.on_gui.append(f"{what} at {where or '(the test itself)'}")
        else:
            with self._lock:
                self.on_workers += 1

    def _checkout(self, *_args) -> None:
        self._note("database connection")

    def __enter__(self) -> GuiThreadWork:
        event.listen(Pool, "checkout", self._checkout)
        self._hasher = accounts._HASHER
        accounts._HASHER = _CountingHasher(self._hasher, self)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(Pool, "checkout", self._checkout)
        accounts._HASHER = self._hasher

    def report(self) -> str:
        return "\n".join(self.on_gui)
