"""Assign to a unit: one serviceman (pick the unit) or several at once (pick the people).

One Designer form serves both: the record's "Assign to unit…" shows the unit
tree, the unit area's "Assign servicemen…" shows a registry search and the
list of people chosen. Either way one order (number and date) covers them
all, and the service's refusals (an overlap, a retired unit) appear by the
fields they concern.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QWidget,
)

from ...services.registry import RegistryRow
from ...services.units import UnitNode
from ..forms.ui_assignment_dialog import Ui_AssignmentDialog
from ..ops import Operations
from ..registry.view import RegistryList, person_line
from ..widgets.record_dialog import RecordDialog
from .tree_model import UnitTreeModel


@dataclass
class AssignmentValue:
    serviceman_ids: list[int] = field(default_factory=list)
    unit_id: int | None = None
    position: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    order_number: str | None = None
    order_date: dt.date | None = None


def setup_unit_tree(view: QTreeView, model: UnitTreeModel) -> None:
    """How every unit tree looks: names take the room, the kind beside, two levels open."""
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    view.expandToDepth(1)


def select_unit(view: QTreeView, model: UnitTreeModel, unit_id: int | None) -> None:
    index = model.index_of(unit_id)
    if index.isValid():
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)


# A registry search above a list of the people chosen: this dialog and the roster's
# nomination picker gather people the same way.
def selected_people(search: RegistryList) -> list[RegistryRow]:
    """The rows selected in a registry search, in the order shown."""
    numbers = sorted(i.row() for i in search.table.selectionModel().selectedRows())
    return [r for r in (search.model.row_at(n) for n in numbers) if r is not None]


def chosen_people(chosen: QListWidget) -> list[int]:
    return [chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(chosen.count())]


def add_people(chosen: QListWidget, rows: Iterable[RegistryRow]) -> None:
    """Add people to the list of those chosen, each once."""
    present = set(chosen_people(chosen))
    for row in rows:
        if row.id not in present:
            QListWidgetItem(person_line(row), chosen).setData(Qt.ItemDataRole.UserRole, row.id)
            present.add(row.id)


def remove_selected_people(chosen: QListWidget) -> None:
    for item in chosen.selectedItems():
        chosen.takeItem(chosen.row(item))


class AssignmentDialog(RecordDialog):
    """Assign one serviceman: choose the unit in the tree."""

    FIELDS = {
        "serviceman_id": "chosenList", "unit_id": "unitTree", "position": "positionEdit",
        "date_from": "dateFromEdit", "date_to": "dateToEdit",
        "order_number": "orderNumberEdit", "order_date": "orderDateEdit",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_AssignmentDialog(), parent)
        self._serviceman_ids: list[int] = []
        self.units = UnitTreeModel(self)
        setup_unit_tree(self.ui.unitTree, self.units)
        self.ui.peopleBox.hide()
        self.ok_button().setText(self.tr("Assign"))
        self.ui.dateToEdit.setToolTip(self.tr("Only for past service: leave empty for a "
                                              "current assignment"))

    def load(self, units: Sequence[UnitNode], value: AssignmentValue, *, who: str = "") -> None:
        self.setWindowTitle(self.tr("Assign %1 to a unit").replace("%1", who) if who
                            else self.tr("Assign to a unit"))
        self.units.set_nodes(units)
        self.ui.unitTree.expandToDepth(1)
        select_unit(self.ui.unitTree, self.units, value.unit_id)
        self._serviceman_ids = list(value.serviceman_ids)
        self._load_fields(value)
        self.resize(600, 640)

    def _load_fields(self, value: AssignmentValue) -> None:
        ui = self.ui
        ui.positionEdit.setText(value.position or "")
        ui.dateFromEdit.set_value(value.date_from or dt.date.today())
        ui.dateToEdit.set_value(value.date_to)
        ui.orderNumberEdit.setText(value.order_number or "")
        ui.orderDateEdit.set_value(value.order_date)
        self.clear_problems()

    def error_label(self, field: str):
        # A problem about a part this use of the form hides goes on top, where it is seen.
        box = {"serviceman_id": self.ui.peopleBox, "unit_id": self.ui.unitBox}.get(field)
        if box is not None and box.isHidden():
            return self.ui.formError
        return super().error_label(field)

    def unit_id(self) -> int | None:
        return self.units.unit_id(self.ui.unitTree.currentIndex())

    def serviceman_ids(self) -> list[int]:
        return list(self._serviceman_ids)

    def value(self) -> AssignmentValue:
        ui = self.ui
        return AssignmentValue(
            serviceman_ids=self.serviceman_ids(), unit_id=self.unit_id(),
            position=ui.positionEdit.text().strip() or None,
            date_from=ui.dateFromEdit.value(), date_to=ui.dateToEdit.value(),
            order_number=ui.orderNumberEdit.text().strip() or None,
            order_date=ui.orderDateEdit.value())

    @classmethod
    def ask(cls, parent: QWidget | None, units: Sequence[UnitNode], value: AssignmentValue,
            save: Callable[[AssignmentValue], int], *, who: str = "") -> int | None:
        """Show the dialog until saved (what ``save`` returned) or cancelled (None)."""
        dialog = cls(parent)
        dialog.load(units, value, who=who)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None


class AssignServicemenDialog(AssignmentDialog):
    """Assign several servicemen to one unit with one order: search, gather, assign."""

    def __init__(self, ops: Operations, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignServicemenDialog")
        ui = self.ui
        ui.unitBox.hide()
        ui.peopleBox.show()
        self.search = RegistryList.searching(ops, lang, ui.searchHolder)
        self.model = self.search.model
        ui.searchLayout.addWidget(self.search)
        self.search.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.search.rowActivated.connect(lambda _id: self.add_selected())
        ui.addButton.clicked.connect(self.add_selected)
        ui.removeButton.clicked.connect(self._remove_chosen)
        self.search.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.chosenList.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self, units: Sequence[UnitNode], value: AssignmentValue, *, who: str = "") -> None:
        unit = next((u for u in units if u.id == value.unit_id), None)
        path = " / ".join(unit.path) if unit is not None else ""
        self.setWindowTitle(self.tr("Assign servicemen to %1").replace("%1", path))
        self.units.set_nodes(units)
        select_unit(self.ui.unitTree, self.units, value.unit_id)
        self._load_fields(value)
        self.resize(1000, 760)
        self.search.focus_search()

    def selected_rows(self) -> list[RegistryRow]:
        return selected_people(self.search)

    def add_selected(self) -> None:
        add_people(self.ui.chosenList, self.selected_rows())
        self._update_buttons()

    def chosen_ids(self) -> list[int]:
        return chosen_people(self.ui.chosenList)

    def serviceman_ids(self) -> list[int]:
        """The people in the list (or, while it is empty, those selected in the search)."""
        return self.chosen_ids() or [r.id for r in self.selected_rows()]

    def _remove_chosen(self) -> None:
        remove_selected_people(self.ui.chosenList)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        selected = bool(self.search.table.selectionModel().selectedRows())
        ui.addButton.setEnabled(selected)
        ui.removeButton.setEnabled(bool(ui.chosenList.selectedItems()))
        ui.chosenLabel.setText(self.tr("%n chosen", "", ui.chosenList.count()))
        self.ok_button().setEnabled(ui.chosenList.count() > 0 or selected)

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, lang: str,
            units: Sequence[UnitNode], value: AssignmentValue,
            save: Callable[[AssignmentValue], int]) -> int | None:
        """Show the dialog until the people are assigned (``save``'s result) or cancelled."""
        dialog = cls(ops, lang, parent)
        dialog.load(units, value)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
