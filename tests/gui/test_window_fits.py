"""The main window fits the screen it opens on, down to 1024 x 640."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kzpk_desktop.gui.main_window import MainWindow


@pytest.fixture
def win(qtbot, ctx, prompts):
    window = MainWindow(ctx, database="test.sqlite")
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_remembered_large_window_is_brought_inside_a_1280_by_720_screen(win):
    win.resize(1600, 1000)
    win.move(200, 150)
    room = QRect(0, 0, 1280, 720)
    win.fit_within(room)
    assert room.contains(win.frameGeometry())


@pytest.mark.parametrize("size", [(1280, 720), (1024, 640)])
def test_every_area_works_in_a_small_window(qtbot, win, size):
    win.resize(*size)
    for spec in win._specs:
        page = win.show_area(spec.key)
        qtbot.waitUntil(page.isVisible)
        # The window never grows past the screen for an area that wants more room: the
        # area scrolls inside it instead.
        assert (win.width(), win.height()) == size, spec.key
        assert win.minimumSizeHint().width() <= 1024
        assert win.minimumSizeHint().height() <= 640
    # The registry's record form keeps its Save button on screen.
    registry = win.show_area("registry")
    save = registry.form.ui.saveButton
    qtbot.waitUntil(save.isVisible)
    corner = save.mapTo(win, save.rect().bottomRight())
    assert win.rect().contains(corner)
