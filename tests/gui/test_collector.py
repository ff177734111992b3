"""Python's cyclic collector never frees a Qt object on a worker thread (gui/ops/collector.py).

A freed Qt object's destructor on a reader thread deadlocked the window once (the GUI thread
waiting for a Qt lock the reader held while it waited for the GIL): a whole test run stopped
in test_security_gui with no CPU. Here a Qt object caught in a reference cycle becomes
garbage while a reader thread allocates enough to cross the collector's thresholds many
times; the object must be freed on the GUI thread.
"""
from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt


def test_a_qt_object_in_a_cycle_is_freed_on_the_gui_thread(qtbot, ops):
    assert not gc.isenabled()  # the operations layer switched the automatic collector off
    freed_on = []
    gui = threading.get_ident()

    def make_garbage() -> None:
        thing = QObject()
        thing.me = thing  # a cycle: only the cyclic collector can free it
        thing.destroyed.connect(lambda *_: freed_on.append(threading.get_ident()),
                                Qt.ConnectionType.DirectConnection)

    make_garbage()

    def allocate(_session) -> list:
        # Far beyond generation 0's threshold (700 container objects), many times over;
        # kept (the answer), so the counts stay above the thresholds afterwards too.
        return [[i] for i in range(200_000)]

    answers = []
    ops.read(allocate, answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=30_000)  # the GUI thread's timer collects
    assert freed_on == [gui]
