"""Python's cyclic garbage collector, run on the GUI thread only.

The automatic collector runs in whichever thread happens to allocate when a threshold is
crossed. When it frees a Qt object caught in a reference cycle (an old chart, a closed
dialog with a lambda that refers to it), that object's C++ destructor runs on a reader
thread: PySide6's destructor releases the GIL, takes a Qt lock, then waits for the GIL
again, while the GUI thread holds the GIL and waits for the same Qt lock inside a layout
or a connect. The window then freezes for good (seen in a GUI test run: the GUI thread in
``QObject::connectImpl``, a reader thread in ``gc_collect_main`` -> ``QObject::~QObject``).

So while the operations layer has worker threads, the automatic collector is off and the
GUI thread collects on a timer, by the same thresholds the automatic one uses; reference
counting still frees everything that is not in a cycle at once. ``collect_now`` is the same
collection on demand (the tests call it between tests, where no event loop runs).
"""
from __future__ import annotations

import gc
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

#: How often the GUI thread looks at the collector's counts.
INTERVAL_MS = 250
#: The oldest generation at most this often: the automatic collector also holds back full
#: collections while a large heap grows (a 100,000-people import on a worker thread),
#: by a rule Python does not expose.
FULL_EVERY_S = 5.0

_collector: _Collector | None = None
_last_full = 0.0


def collect_now() -> None:
    """Collect the generations whose thresholds are crossed, as the automatic collector
    would; on the calling thread (the GUI thread)."""
    global _last_full
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] >= thresholds[generation]:
            if generation == 2:
                now = time.monotonic()
                if now - _last_full < FULL_EVERY_S:
                    generation = 1
                else:
                    _last_full = now
            gc.collect(generation)
            return


class _Collector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("gcCollector")
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_now)
        self._timer.start()
        app.aboutToQuit.connect(_restore)


def _restore() -> None:
    """The application is quitting: its threads are stopping; back to the automatic
    collector for what runs after the event loop."""
    gc.enable()


def collect_on_gui_thread() -> None:
    """Switch the automatic collector off and collect on the GUI thread instead (once per
    application; called on the GUI thread by the operations layer before it starts
    threads)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        return
    if _collector is None or not shiboken6.isValid(_collector):
        _collector = _Collector(app)
    gc.disable()
