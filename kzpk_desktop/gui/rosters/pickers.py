"""Choose whom to nominate: servicemen found in the registry, or a whole unit."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services.categories import CategoryChoice
from ...services.registry import RegistryRow
from ...services.units import UnitNode
from ..ops import Operations
from ..registry.view import RegistryList
from ..units.assign_dialog import (
    add_people,
    chosen_people,
    remove_selected_people,
    selected_people,
)
from ..units.tree_model import UnitTreeModel


@dataclass(frozen=True)
class PickResult:
    serviceman_ids: list[int]
    category: str
    appointment: str | None = None
    sub_unit: str | None = None


@dataclass(frozen=True)
class UnitPick:
    unit_id: int
    include_subunits: bool
    category: str
    appointment: str | None = None


def _category_combo(parent: QWidget, categories: Sequence[CategoryChoice]) -> QComboBox:
    combo = QComboBox(parent, objectName="categoryCombo")
    for c in categories:
        combo.addItem(c.name, c.code)
    return combo


class ServicemenPicker(QDialog):
    """Search the registry, gather people into a list, say how they go on the roster."""

    def __init__(self, ops: Operations, lang: str,
                 categories: Sequence[CategoryChoice], rotation: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicemenPicker")
        self.setWindowTitle(self.tr("Nominate servicemen to %1").replace("%1", rotation))
        self.search = RegistryList.searching(ops, lang, self)
        self.model = self.search.model
        self.search.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.search.rowActivated.connect(lambda _id: self.add_selected())

        self.addButton = QPushButton(self.tr("&Add to the list ↓"), self, objectName="addButton")
        self.addButton.setToolTip(self.tr("Add the people selected above (Enter does the same)"))
        self.removeButton = QPushButton(self.tr("&Remove from the list"), self,
                                        objectName="removeButton")
        self.chosenList = QListWidget(self, objectName="chosenList")
        self.chosenList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosenLabel = QLabel(self, objectName="chosenLabel")
        self.categoryCombo = _category_combo(self, categories)
        self.appointmentEdit = QLineEdit(self, objectName="appointmentEdit", maxLength=200)
        self.appointmentEdit.setPlaceholderText(self.tr("the same for everyone chosen; "
                                                        "can be edited per person later"))
        self.subUnitEdit = QLineEdit(self, objectName="subUnitEdit", maxLength=200)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nominate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        chosen = QWidget(self)
        chosen_layout = QVBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.addButton)
        row.addWidget(self.removeButton)
        row.addStretch(1)
        row.addWidget(self.chosenLabel)
        chosen_layout.addLayout(row)
        chosen_layout.addWidget(self.chosenList)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.search)
        splitter.addWidget(chosen)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.categoryCombo)
        form.addRow(self.tr("A&ppointment"), self.appointmentEdit)
        form.addRow(self.tr("&Sub-unit"), self.subUnitEdit)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.addButton.clicked.connect(self.add_selected)
        self.removeButton.clicked.connect(self._remove_selected)
        self.search.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.chosenList.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.resize(1100, 720)
        self.search.focus_search()

    def selected_rows(self) -> list[RegistryRow]:
        return selected_people(self.search)

    def add_selected(self) -> None:
        add_people(self.chosenList, self.selected_rows())
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        return chosen_people(self.chosenList)

    def _remove_selected(self) -> None:
        remove_selected_people(self.chosenList)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        self.addButton.setEnabled(bool(self.search.table.selectionModel().selectedRows()))
        self.removeButton.setEnabled(bool(self.chosenList.selectedItems()))
        count = self.chosenList.count()
        self.chosenLabel.setText(self.tr("%n chosen", "", count))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            count > 0 or bool(self.search.table.selectionModel().selectedRows()))

    def value(self) -> PickResult:
        """The people in the list (or, when it is empty, those selected in the search)."""
        ids = self.chosen_ids() or [r.id for r in self.selected_rows()]
        return PickResult(ids, self.categoryCombo.currentData(),
                          self.appointmentEdit.text().strip() or None,
                          self.subUnitEdit.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, lang: str,
            categories: Sequence[CategoryChoice], rotation: str) -> PickResult | None:
        dialog = cls(ops, lang, categories, rotation, parent)
        if not dialog.exec():
            return None
        result = dialog.value()
        return result if result.serviceman_ids else None


class UnitPicker(QDialog):
    """Pick a unit from the tree: its current members are nominated together."""

    def __init__(self, units: Sequence[UnitNode], categories: Sequence[CategoryChoice],
                 rotation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitPicker")
        self.setWindowTitle(self.tr("Nominate a unit to %1").replace("%1", rotation))
        # The same tree model as the units area shows.
        self.units = UnitTreeModel(self)
        self.units.set_nodes(units)
        self.tree = QTreeView(self, objectName="unitTree")
        self.tree.setModel(self.units)
        self.tree.setUniformRowHeights(True)
        self.tree.header().resizeSection(0, 360)
        self.tree.expandToDepth(1)
        self.subunitsCheck = QCheckBox(self.tr("Include the members of its sub-units"), self,
                                       objectName="subunitsCheck", checked=True)
        self.categoryCombo = _category_combo(self, categories)
        self.appointmentEdit = QLineEdit(self, objectName="appointmentEdit", maxLength=200)
        hint = QLabel(self.tr("Everyone currently assigned to the unit is nominated; each one's "
                              "sub-unit on the roster is the unit they serve in."), self,
                      wordWrap=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nominate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.categoryCombo)
        form.addRow(self.tr("A&ppointment"), self.appointmentEdit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.subunitsCheck)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.tree.selectionModel().selectionChanged.connect(self._update_ok)
        self.tree.activated.connect(lambda _index: self.accept())
        self._update_ok()
        self.resize(620, 600)

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.current_unit_id() is not None)

    def current_unit_id(self) -> int | None:
        """The unit the clerk selected (focus alone, which lands on the brigade, is not enough)."""
        rows = self.tree.selectionModel().selectedRows()
        return self.units.unit_id(rows[0]) if rows else None

    def value(self) -> UnitPick | None:
        unit_id = self.current_unit_id()
        if unit_id is None:
            return None
        return UnitPick(unit_id, self.subunitsCheck.isChecked(),
                        self.categoryCombo.currentData(),
                        self.appointmentEdit.text().strip() or None)

    @classmethod
    def ask(cls, parent: QWidget | None, units: Sequence[UnitNode],
            categories: Sequence[CategoryChoice], rotation: str) -> UnitPick | None:
        dialog = cls(units, categories, rotation, parent)
        return dialog.value() if dialog.exec() else None
