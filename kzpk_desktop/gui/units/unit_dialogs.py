"""Edit the unit tree: a unit's names, kind and level; where in the tree it sits."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services.units import LEVELS, UnitData, UnitKindChoice, UnitNode
from ..forms.ui_unit_dialog import Ui_UnitDialog
from ..widgets.record_dialog import RecordDialog
from .assign_dialog import select_unit, setup_unit_tree
from .tree_model import UnitTreeModel, level_label


class UnitDialog(RecordDialog):
    FIELDS = {
        "parent_id": "parentValue", "name_kk": "nameKkEdit", "name_ru": "nameRuEdit",
        "name_en": "nameEnEdit", "kind": "kindCombo", "level": "levelCombo",
    }

    def __init__(self, kinds: Sequence[UnitKindChoice], parent: QWidget | None = None) -> None:
        super().__init__(Ui_UnitDialog(), parent)
        self._loaded = UnitData()
        ui = self.ui
        ui.kindCombo.addItem("", None)
        for kind in kinds:
            ui.kindCombo.addItem(kind.name, kind.code)
        for level in LEVELS:
            ui.levelCombo.addItem(level_label(level), level)
        self.setMinimumWidth(480)

    def load(self, data: UnitData, *, parent_path: str = "", kind_code: str | None = None
             ) -> None:
        self._loaded = dataclasses.replace(data)
        ui = self.ui
        self.setWindowTitle(self.tr("New unit") if data.version is None else
                            self.tr("Edit unit %1").replace("%1", data.name_ru or data.name_en))
        ui.parentValue.setText(parent_path or self.tr("(top of the tree)"))
        ui.nameKkEdit.setText(data.name_kk)
        ui.nameRuEdit.setText(data.name_ru)
        ui.nameEnEdit.setText(data.name_en)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind_code)))
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findData(data.level)))
        self.clear_problems()

    def value(self) -> UnitData:
        ui = self.ui
        return UnitData(name_kk=ui.nameKkEdit.text(), name_ru=ui.nameRuEdit.text(),
                        name_en=ui.nameEnEdit.text(), kind=ui.kindCombo.currentData(),
                        level=ui.levelCombo.currentData(), parent_id=self._loaded.parent_id,
                        version=self._loaded.version)

    @classmethod
    def ask(cls, parent: QWidget | None, kinds: Sequence[UnitKindChoice], data: UnitData,
            save: Callable[[UnitData], int], *, parent_path: str = "",
            kind_code: str | None = None) -> int | None:
        """Show the dialog until saved (the unit's id) or cancelled (None)."""
        dialog = cls(kinds, parent)
        dialog.load(data, parent_path=parent_path, kind_code=kind_code)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None


@dataclass(frozen=True)
class MoveTarget:
    parent_id: int | None  # None: the top of the tree


class MoveUnitDialog(QDialog):
    """Choose the new parent of a unit (never the unit itself or one of its sub-units)."""

    def __init__(self, nodes: Sequence[UnitNode], unit: UnitNode,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveUnitDialog")
        self.setWindowTitle(self.tr("Move %1").replace("%1", " / ".join(unit.path)))
        below = {unit.id}
        for node in nodes:  # depth-first order: a parent always comes before its children
            if node.parent_id in below:
                below.add(node.id)
        self.model = UnitTreeModel(self)
        self.model.set_nodes([n for n in nodes if n.id not in below])
        self.tree = QTreeView(self, objectName="targetTree")
        setup_unit_tree(self.tree, self.model)
        select_unit(self.tree, self.model, unit.parent_id)
        self.topCheck = QCheckBox(self.tr("Move to the top of the tree (no parent unit)"), self,
                                  objectName="topCheck")
        self.topCheck.toggled.connect(self.tree.setDisabled)
        self.topCheck.toggled.connect(self._update_ok)
        hint = QLabel(self.tr("The unit moves with all its sub-units; assignments stay as "
                              "they are."), self, wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Move under:"), self))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.topCheck)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.tree.selectionModel().currentChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(560, 600)

    def value(self) -> MoveTarget | None:
        if self.topCheck.isChecked():
            return MoveTarget(None)
        unit_id = self.model.unit_id(self.tree.currentIndex())
        return MoveTarget(unit_id) if unit_id is not None else None

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.value() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, nodes: Sequence[UnitNode], unit: UnitNode
            ) -> MoveTarget | None:
        dialog = cls(nodes, unit, parent)
        return dialog.value() if dialog.exec() else None
