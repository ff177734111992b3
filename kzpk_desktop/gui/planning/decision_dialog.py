"""Create or edit a Parliament decision, with its ceiling per mission in a small table."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyledItemDelegate, QWidget

from ...services.decisions import DecisionData
from ..forms.ui_decision_dialog import Ui_DecisionDialog
from ..widgets.record_dialog import RecordDialog
from ..widgets.table import LEFT, RIGHT
from .rotation_dialog import MissionChoice

_Index = QModelIndex | QPersistentModelIndex
MAX_CEILING = 100_000


class CeilingsModel(QAbstractTableModel):
    """One row per mission; the ceiling cell is edited, empty = not covered."""

    MISSION, CEILING = 0, 1

    def __init__(self, missions: Sequence[MissionChoice], parent=None) -> None:
        super().__init__(parent)
        self._missions = list(missions)
        self._values: dict[int, int] = {}

    def load(self, ceilings: dict[int, int]) -> None:
        self.beginResetModel()
        self._values = dict(ceilings)
        self.endResetModel()

    def value(self) -> dict[int, int]:
        return dict(self._values)

    def row_of(self, mission_id: int) -> int | None:
        return next((i for i, m in enumerate(self._missions) if m.id == mission_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._missions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.MISSION:
                return self.tr("Mission")
            if section == self.CEILING:
                return self.tr("Ceiling")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CEILING:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._missions) \
                or index.column() not in (self.MISSION, self.CEILING):
            return None
        mission = self._missions[index.row()]
        if index.column() == self.MISSION:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{mission.acronym} — {mission.name}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(LEFT.value)
            return None
        value = self._values.get(mission.id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Type the number of people the decision allows in %1; leave empty "
                           "if it does not cover the mission.").replace("%1", mission.acronym)
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.CEILING \
                or role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self._missions):
            return False
        text = str(value if value is not None else "").strip()
        mission_id = self._missions[index.row()].id
        if not text:
            self._values.pop(mission_id, None)
        else:
            try:
                self._values[mission_id] = int(text)
            except ValueError:
                return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.EditRole])
        return True


class _NumberDelegate(QStyledItemDelegate):
    """Ceiling cells take digits only (an empty cell removes the mission)."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_CEILING, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class DecisionDialog(RecordDialog):
    FIELDS = {
        "number": "numberEdit", "date": "dateEdit", "title": "titleEdit",
        "ceiling": "ceilingSpin", "period_from": "periodFromEdit", "period_to": "periodToEdit",
        "notes": "notesEdit", "ceilings": "ceilingsTable",
    }

    def __init__(self, missions: Sequence[MissionChoice], parent: QWidget | None = None) -> None:
        super().__init__(Ui_DecisionDialog(), parent)
        self._loaded = DecisionData()
        self.ceilings = CeilingsModel(missions, self)
        table = self.ui.ceilingsTable
        table.setModel(self.ceilings)
        self._clear_when_edited("ceilings")
        table.setItemDelegateForColumn(CeilingsModel.CEILING, _NumberDelegate(table))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(CeilingsModel.MISSION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CeilingsModel.CEILING, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(CeilingsModel.CEILING, 110)
        # Empty until typed (the lowest value, -1, means "not given"): the generated form
        # drops the blank special-value text the .ui file sets, which left "-1" showing.
        self.ui.ceilingSpin.setSpecialValueText(" ")
        self.ui.ceilingSpin.setToolTip(self.tr("Everyone the decision allows, all missions "
                                               "together"))
        self.setMinimumWidth(600)

    def load(self, data: DecisionData) -> None:
        self._loaded = dataclasses.replace(data, ceilings=dict(data.ceilings))
        ui = self.ui
        self.setWindowTitle(self.tr("New Parliament decision") if data.id is None else
                            self.tr("Parliament decision %1").replace("%1", data.number))
        ui.numberEdit.setText(data.number or "")
        ui.dateEdit.set_value(data.date)
        ui.titleEdit.setText(data.title or "")
        ui.titleEdit.setCursorPosition(0)
        ui.titleKkEdit.setText(data.title_kk or "")
        ui.titleEnEdit.setText(data.title_en or "")
        ui.ceilingSpin.setValue(-1 if data.ceiling is None else data.ceiling)
        ui.periodFromEdit.set_value(data.period_from)
        ui.periodToEdit.set_value(data.period_to)
        ui.notesEdit.setPlainText(data.notes or "")
        self.ceilings.load(data.ceilings)
        self.clear_problems()

    def value(self) -> DecisionData:
        ui = self.ui
        ceiling = ui.ceilingSpin.value()
        return DecisionData(
            number=ui.numberEdit.text(), date=ui.dateEdit.value(), title=ui.titleEdit.text(),
            ceiling=None if ceiling < 0 else ceiling, period_from=ui.periodFromEdit.value(),
            period_to=ui.periodToEdit.value(), notes=ui.notesEdit.toPlainText(),
            ceilings=self.ceilings.value(), id=self._loaded.id, version=self._loaded.version,
            title_kk=ui.titleKkEdit.text(), title_en=ui.titleEnEdit.text())

    @classmethod
    def ask(cls, parent: QWidget | None, missions: Sequence[MissionChoice], data: DecisionData,
            save: Callable[[DecisionData], int]) -> int | None:
        """Show the dialog until saved (the decision's id) or cancelled (None)."""
        dialog = cls(missions, parent)
        dialog.load(data)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
