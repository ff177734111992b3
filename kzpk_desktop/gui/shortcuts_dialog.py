"""Help > Keyboard shortcuts (F1): the window's commands that have a key, what Esc does,
and what New (Ctrl+N) and Find (Ctrl+F) do in each area.

The list is read from the main window's actions when the dialog opens, so it
shows the keys the window really has (in the UI language, as the menus do);
the areas' meanings come from their specs (``gui.areas``).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QLabel,
    QWidget,
)

if TYPE_CHECKING:
    from .areas import AreaSpec


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, command) of each visible action with a shortcut, in the window's order."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if not keys or not action.isVisible():
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((keys, name.rstrip("…").rstrip(".").strip()))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], areas: Sequence[AreaSpec] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        rows.append((QKeySequence("Esc").toString(QKeySequence.SequenceFormat.NativeText),
                     self.tr("Clear the search field; undo the changes of a form")))
        self.table = QTableWidget(len(rows), 2, self, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Command")])
        for r, (keys, name) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(name))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        new, find = (QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                     for k in (QKeySequence.StandardKey.New, QKeySequence.StandardKey.Find))
        self.areaLabel = QLabel(self.tr("In each area (a dash: not offered there):"), self,
                                objectName="areaShortcutsLabel")
        self.areaTable = QTableWidget(len(areas), 3, self, objectName="areaShortcutsTable")
        self.areaTable.setHorizontalHeaderLabels([self.tr("Area"), new, find])
        for r, spec in enumerate(areas):
            cells = (spec.translated_title(), spec.translated_command("new") or "—",
                     spec.translated_command("find") or "—")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.areaTable.setItem(r, c, item)
        self.areaTable.verticalHeader().hide()
        self.areaTable.setWordWrap(True)
        self.areaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.areaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        area_header = self.areaTable.horizontalHeader()
        area_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            area_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.areaLabel.setVisible(bool(areas))
        self.areaTable.setVisible(bool(areas))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.areaLabel)
        layout.addWidget(self.areaTable, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Wrapped rows take the height of their text once the columns have their widths.
        QTimer.singleShot(0, self.areaTable.resizeRowsToContents)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]

    def area_rows(self) -> list[tuple[str, str, str]]:
        """(area, what New does, what Find does) of each area the window lists."""
        return [tuple(self.areaTable.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.areaTable.rowCount())]
