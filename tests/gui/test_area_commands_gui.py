"""Ctrl+N and Ctrl+F mean the same in every area: a new record of that area and its
search; offered only where the role may; F1 lists what they do in each area."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from kzpk_desktop.gui.area import FIND, NEW
from kzpk_desktop.gui.main_window import MainWindow
from kzpk_desktop.services.auth import Actor


def test_new_and_find_say_what_they_do_in_the_area(window):
    new, find = window.commandActions[NEW], window.commandActions[FIND]
    window.show_area("registry")
    assert new.toolTip() == "A new serviceman's record (Ctrl+N)"
    assert find.toolTip() == "Search by name, IIN or service number (Ctrl+F)"
    window.show_area("decisions")
    assert new.isEnabled() and new.statusTip() == "A new Parliament decision"
    assert find.isEnabled()  # the decisions have a search box of their own


def test_ctrl_f_puts_the_cursor_in_the_search_of_the_area(qtbot, window):
    page = window.show_area("registry")
    page.list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.list.searchEdit.hasFocus()


def test_a_clerk_gets_no_ctrl_n_in_an_administrators_area(qtbot, ctx, prompts):
    clerk = MainWindow(replace(ctx, actor=Actor("clerk", "clerk")), database="test.sqlite")
    qtbot.addWidget(clerk)
    new = clerk.commandActions[NEW]
    for area in ("decisions", "units"):
        clerk.show_area(area)
        assert not new.isEnabled(), area
    clerk.show_area("registry")
    assert new.isEnabled()


def test_f1_lists_what_ctrl_n_and_ctrl_f_do_in_each_area(qtbot, window, monkeypatch):
    from kzpk_desktop.gui.shortcuts_dialog import ShortcutsDialog

    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [dialog] = shown
    qtbot.addWidget(dialog)
    rows = {area: (new, find) for area, new, find in dialog.area_rows()}
    assert rows["Servicemen registry"] == ("A new serviceman's record",
                                           "Search by name, IIN or service number")
    assert rows["Parliament decisions"] == ("A new Parliament decision", "—")
    assert rows["Overview"] == ("—", "—")
    assert [dialog.areaTable.horizontalHeaderItem(c).text() for c in (1, 2)] == [
        "Ctrl+N", "Ctrl+F"]
