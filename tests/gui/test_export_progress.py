"""The export progress window, as a clerk sees it: the step in words, "N of M rows" over a
bar, and a Cancel that is heard mid-export ("Cancelling…", then closed, no file left in
the folder, no audit event)."""
from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from kzpk_desktop.exports.workbook import Column
from kzpk_desktop.gui.list_export import export_list
from kzpk_desktop.gui.ops.task_dialog import TaskDialog
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.services.audit import EventFilter, iter_events

ROWS = 5000
#: The worker waits here (past the 2000 rows read first to size the columns) until the
#: test has looked at the window.
GATE_AT = 2600


@pytest.fixture
def out(tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(folder / "list.xlsx"), "Excel workbook (*.xlsx)")))
    return folder


class Gated:
    """A list of ``ROWS`` rows read from the database that stops at ``GATE_AT`` until let go,
    so the test sees the window mid-export whatever the machine's speed."""

    def __init__(self) -> None:
        self.gate = threading.Event()

    def rows(self, _session):
        for i in range(1, ROWS + 1):
            if i == GATE_AT:
                self.gate.wait(30)
            yield (i, f"Серикбаев Арман {i}", f"{i:012d}")


COLUMNS = [Column("№", 6, "int"), Column("ФИО", 30), Column("ИИН", 14, "id")]


def export(parent, ops, settings, source: Gated):
    return export_list(parent, ops, settings, name="servicemen", title="Военнослужащие",
                       columns=COLUMNS, rows=source.rows, count=lambda _s: ROWS)


def dialog() -> TaskDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, TaskDialog) and w.isVisible()]
    return found[0] if found else None


def export_events(sessions) -> list[dict]:
    with sessions() as s:
        return [e.changes for e in iter_events(s, EventFilter(action="export"))]


def watch(qtbot, when, then) -> QTimer:
    """Every few milliseconds while the export runs: ``then(dialog)`` once ``when(dialog)``."""
    timer = QTimer(interval=5)
    fired = []

    def look():
        d = dialog()
        if d is not None and not fired and when(d):
            fired.append(True)
            then(d)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_the_window_shows_the_step_and_the_rows_written(qtbot, ops, settings, prompts, sessions,
                                                         out):
    source = Gated()
    seen = {}

    def look(d: TaskDialog):
        seen.update(title=d.windowTitle(), step=d.stepLabel.text(), count=d.countLabel.text(),
                    bar=(d.bar.value(), d.bar.maximum()))
        d.resize(d.sizeHint())
        d.grab().save("/tmp/progress-export-dialog.png")
        source.gate.set()

    timer = watch(qtbot, lambda d: d.countLabel.isVisible() and d.bar.value() >= 2500, look)
    prompts.answers = [Button.Close]
    try:
        written = export(None, ops, settings, source)
    finally:
        timer.stop()
        source.gate.set()
    assert seen == {"title": "Export Военнослужащие", "step": "Writing rows",
                    "count": "2500 of 5000 rows", "bar": (2500, 5000)}
    assert written == out / "list.xlsx"
    ws = openpyxl.load_workbook(written).active
    assert ws.max_row > ROWS  # every row, under the title block
    assert dialog() is None
    assert [e["rows"] for e in export_events(sessions)] == [ROWS]


def test_cancel_mid_export_says_cancelling_closes_and_leaves_nothing(qtbot, ops, settings,
                                                                     prompts, sessions, out):
    source = Gated()
    seen = []

    def press_cancel(d: TaskDialog):
        seen.append(d.stepLabel.text())
        d.cancelButton.click()
        seen.append((d.stepLabel.text(), d.isVisible(), d.cancelButton.isEnabled()))
        source.gate.set()  # the worker goes on, to its next check

    timer = watch(qtbot, lambda d: d.bar.value() >= 2500, press_cancel)
    try:
        assert export(None, ops, settings, source) is None
    finally:
        timer.stop()
        source.gate.set()
    assert seen == ["Writing rows", ("Cancelling…", True, False)]
    qtbot.waitUntil(lambda: dialog() is None)
    assert list(out.iterdir()) == []  # neither the file nor a temporary one
    assert export_events(sessions) == []
    assert prompts.informed == [] and prompts.asked == []  # cancelling is not an error


def test_escape_cancels_as_the_button_does(qtbot, ops, settings, prompts, sessions, out):
    from PySide6.QtCore import Qt

    source = Gated()

    def press_escape(d: TaskDialog):
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        source.gate.set()

    timer = watch(qtbot, lambda d: d.bar.value() >= 2500, press_escape)
    try:
        assert export(None, ops, settings, source) is None
    finally:
        timer.stop()
        source.gate.set()
    assert list(out.iterdir()) == []
    assert export_events(sessions) == []
