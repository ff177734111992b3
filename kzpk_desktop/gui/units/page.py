"""The "Units" area: the unit tree, the chosen unit's members and strength, and its editing.

Editing the tree (add, rename, move, retire, reinstate) is an administrator's
work: the service layer refuses anyone else, and every refusal is shown as
the service words it. Assigning people is a clerk's work.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import assignments, units
from ...services.units import LEVELS, UnitData, UnitNode
from ..area import EXPORT, NEW, REFRESH, AreaContext, AreaPage
from ..ops import Change
from ..ops.changes import ASSIGNMENT, SERVICEMAN, SETTINGS, UNIT
from ..prompts import Button, Prompt
from ..settings import Settings
from ..widgets.empty_state import EmptyState
from .assign_dialog import AssignmentValue, AssignServicemenDialog, select_unit, setup_unit_tree
from .members import MembersPanel
from .tree_model import UnitTreeModel
from .unit_dialogs import MoveUnitDialog, UnitDialog

SPLITTER_KEY = "units"
MEMBERS_SPLITTER_KEY = "unitMembers"


class UnitsPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("unitsPage")
        self._ops = ctx.ops
        self._lang = ctx.lang
        self._settings = ctx.settings

        self.tree_model = UnitTreeModel(self)
        self.tree = QTreeView(self, objectName="unitTree")
        self.retiredCheck = QCheckBox(self.tr("Show retired units"), self,
                                      objectName="retiredCheck")
        self.addButton = self._button("addUnitButton", self.tr("&Add…"),
                                      self.tr("Add a unit under the one selected (Ctrl+N)"),
                                      self.add_unit)
        self.renameButton = self._button("renameUnitButton", self.tr("Re&name…"),
                                         self.tr("Rename the unit or change its kind or level"),
                                         self.rename_unit)
        self.moveButton = self._button("moveUnitButton", self.tr("&Move to…"),
                                       self.tr("Put the unit, with its sub-units, under another "
                                               "unit"), self.move_unit)
        self.retireButton = self._button("retireUnitButton", self.tr("&Retire…"),
                                         self.tr("Retire the unit and its sub-units; refused "
                                                 "while anyone is assigned to them"),
                                         self.retire_unit)
        self.reinstateButton = self._button("reinstateUnitButton", self.tr("Re&instate"),
                                            self.tr("Bring a retired unit back into use"),
                                            self.reinstate_unit)
        self.members = MembersPanel(ctx.ops, ctx.lang, self)

        left = QWidget(self)
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate((self.addButton, self.renameButton, self.moveButton)):
            buttons.addWidget(button, 0, i)
        buttons.addWidget(self.retireButton, 1, 0)
        buttons.addWidget(self.reinstateButton, 1, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.retiredCheck)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="unitsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.members)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        setup_unit_tree(self.tree, self.tree_model)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._unit_changed())
        self.retiredCheck.toggled.connect(lambda _on: self.reload_tree())
        self.members.assignButton.clicked.connect(self.assign_servicemen)
        self.members.memberActivated.connect(
            lambda serviceman_id: self.openServiceman.emit(serviceman_id, "assignments"))
        self.setFocusProxy(self.tree)
        ctx.ops.changed.connect(self._changed)
        # The unit tree is reference data: an administrator's; assigning people a clerk's.
        for button in (self.addButton, self.renameButton, self.moveButton, self.retireButton,
                       self.reinstateButton):
            ctx.gate(button, "admin", tip=button.toolTip())
        ctx.gate(self.members.assignButton, "clerk", tip=self.members.assignButton.toolTip())
        self.emptyState = EmptyState.attach(
            self.tree,
            self.tr("No units yet. Add the regiment, battalion or group your servicemen "
                    "belong to; its sub-units go under it."),
            [(self.tr("Add a unit…"), self.add_unit, ctx.may("admin"))])
        self.reload_tree()

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- the tree -------------------------------------------------------------------------
    def reload_tree(self, select: int | None = None) -> None:
        """Read the tree again, keeping (or moving to) the chosen unit."""
        wanted = select if select is not None else self.current_unit_id()
        lang, retired = self._lang, self.retiredCheck.isChecked()
        outcome = self._ops.call(
            lambda session: units.unit_tree(session, lang=lang, include_retired=retired))
        if not outcome.ok:
            return  # said on the status bar; Refresh reads it again
        nodes = outcome.value
        expanded = {n.id for n in self.tree_model.nodes()
                    if self.tree.isExpanded(self.tree_model.index_of(n.id))}
        self.tree_model.set_nodes(nodes)
        if expanded:
            for unit_id in expanded:
                self.tree.setExpanded(self.tree_model.index_of(unit_id), True)
        else:
            self.tree.expandToDepth(1)
        if wanted is not None and self.tree_model.node(wanted) is not None:
            select_unit(self.tree, self.tree_model, wanted)
        elif nodes:
            select_unit(self.tree, self.tree_model, nodes[0].id)
        self._unit_changed()

    def current_unit_id(self) -> int | None:
        return self.tree_model.unit_id(self.tree.currentIndex())

    def current_unit(self) -> UnitNode | None:
        return self.tree_model.node(self.current_unit_id())

    def select(self, unit_id: int) -> None:
        select_unit(self.tree, self.tree_model, unit_id)

    def _unit_changed(self) -> None:
        unit = self.current_unit()
        if unit is not self.members.unit:
            self.members.set_unit(unit)
        chosen, retired = unit is not None, unit is not None and unit.retired_on is not None
        self.renameButton.setEnabled(chosen)
        self.moveButton.setEnabled(chosen)
        self.retireButton.setEnabled(chosen and not retired)
        self.reinstateButton.setEnabled(retired)

    # -- editing the tree ---------------------------------------------------------------
    def add_unit(self) -> None:
        parent = self.current_unit()
        below = LEVELS[min(LEVELS.index(parent.level) + 1, len(LEVELS) - 1)] \
            if parent is not None and parent.level in LEVELS else LEVELS[0]
        data = UnitData(level=below, parent_id=parent.id if parent else None)

        def save(value: UnitData) -> int:
            return self._ops.wait(lambda session: units.add_unit(session, value,
                                                                 lang=self._lang).id,
                                  write=True, changes=Change.of(UNIT))

        saved = UnitDialog.ask(self, self._kinds(), data, save,
                               parent_path=" / ".join(parent.path) if parent else "",
                               kind_code=parent.kind_code if parent else None)
        if saved is not None:
            self.reload_tree(select=saved)
            self.statusMessage.emit(self.tr("Unit added."))

    def rename_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        data = UnitData(name_kk=unit.name_kk, name_ru=unit.name_ru, name_en=unit.name_en,
                        kind=unit.kind_code, level=unit.level, parent_id=unit.parent_id,
                        version=unit.version)

        def save(value: UnitData) -> int:
            return self._ops.wait(lambda session: units.update_unit(
                session, unit.id, value, lang=self._lang).id, write=True,
                changes=Change.of(UNIT, unit.id))

        parent = self.tree_model.node(unit.parent_id)
        saved = UnitDialog.ask(self, self._kinds(), data, save,
                               parent_path=" / ".join(parent.path) if parent else "",
                               kind_code=unit.kind_code)
        if saved is not None:
            self.reload_tree(select=saved)

    def move_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        nodes = self._tree()
        if nodes is None:
            return
        target = MoveUnitDialog.ask(self, nodes, unit)
        if target is None or target.parent_id == unit.parent_id:
            return
        if self._write(self.tr("Not moved"), lambda s: units.move_unit(
                s, unit.id, target.parent_id, version=unit.version, lang=self._lang)):
            self.reload_tree(select=unit.id)
            self.statusMessage.emit(self.tr("Moved: %1.").replace("%1", unit.name))

    def retire_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        today = dt.date.today()
        answer = Prompt.ask(
            self, self.tr("Retire unit"),
            self.tr("Retire %1 and all its sub-units as of today?\n\nThey stay in the history "
                    "of assignments but take no new members.").replace("%1", unit.name),
            {Button.Yes: self.tr("Retire"), Button.No: self.tr("Keep")}, Button.No,
            icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return
        if self._write(self.tr("Not retired"),
                       lambda s: units.retire_unit(s, unit.id, today, lang=self._lang)):
            self.reload_tree(select=unit.id)
            self.statusMessage.emit(self.tr("Retired: %1.").replace("%1", unit.name))

    def reinstate_unit(self) -> None:
        unit = self.current_unit()
        if unit is None or unit.retired_on is None:
            return
        if self._write(self.tr("Not reinstated"),
                       lambda s: units.reinstate_unit(s, unit.id, lang=self._lang)):
            self.reload_tree(select=unit.id)
            self.statusMessage.emit(self.tr("Reinstated: %1.").replace("%1", unit.name))

    # -- members --------------------------------------------------------------------------
    def assign_servicemen(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        nodes = self._tree()
        if nodes is None:
            return

        def save(value: AssignmentValue) -> int:
            return self._ops.wait(lambda session: len(assignments.assign_many(
                session, value.serviceman_ids, unit.id, value.position, value.date_from,
                value.order_number, value.order_date, date_to=value.date_to,
                lang=self._lang)), write=True, changes=Change.of(
                    ASSIGNMENT, also=[UNIT]).and_(SERVICEMAN, *value.serviceman_ids))

        assigned = AssignServicemenDialog.ask(self, self._ops, self._lang, nodes,
                                              AssignmentValue(unit_id=unit.id), save)
        if assigned:
            self.statusMessage.emit(self.tr("%n serviceman(s) assigned to %1.", "", assigned)
                                    .replace("%1", unit.name))

    # -- helpers ----------------------------------------------------------------------------
    def _kinds(self):
        lang = self._lang
        return self._ops.call(lambda session: units.unit_kinds(session, lang)).value or []

    def _tree(self) -> list[UnitNode] | None:
        """The units in use, or None when they could not be read (the clerk was told)."""
        lang = self._lang
        outcome = self._ops.call(
            lambda session: units.unit_tree(session, lang=lang, include_retired=False),
            parent=self, title=self.tr("Units not read"))
        return outcome.value if outcome.ok else None

    def _write(self, title: str, change) -> bool:
        """Run ``change(session)`` in one transaction; say any refusal; True when done."""
        return self._ops.call(change, write=True, changes=Change.of(UNIT, also=[ASSIGNMENT]),
                              parent=self, title=title).ok

    def _changed(self, change: Change) -> None:
        if change.touches(UNIT):
            self.reload_tree()  # and the chosen unit's members with it
        elif change.touches(ASSIGNMENT, SERVICEMAN, SETTINGS):
            self.members.refresh()

    # -- AreaPage ---------------------------------------------------------------------------
    def commands(self) -> set[str]:
        # New only where "Add unit" is offered (an administrator's): never refused at OK.
        return {REFRESH, EXPORT} | ({NEW} if self.addButton.isEnabled() else set())

    def export_list(self) -> None:
        """The chosen unit's members as shown, to .xlsx or .csv (``gui.list_export``)."""
        unit = self.members.unit
        if unit is None:
            self.statusMessage.emit(self.tr("Choose a unit in the tree: its members are "
                                            "exported."))
            return
        below = self.members.subunitsCheck.isChecked()
        self.members.kit.export(
            self, self._ops, self._settings, name="unit-members",
            title=unit.name, lang=self._lang,
            lines=[" / ".join(unit.path)] + ([self.tr("With its sub-units")] if below else []),
            details={"unit_id": unit.id, "subunits": below})

    def new_record(self) -> None:
        self.add_unit()

    def refresh(self) -> None:
        self.reload_tree()  # and the chosen unit's members with it

    def save_state(self, settings: Settings) -> None:
        settings.remember_splitter(SPLITTER_KEY, self.splitter)
        settings.remember_splitter(MEMBERS_SPLITTER_KEY, self.members.splitter)
        self.members.kit.save(settings)

    def restore_state(self, settings: Settings) -> None:
        settings.restore_splitter(SPLITTER_KEY, self.splitter, [380, 720])
        settings.restore_splitter(MEMBERS_SPLITTER_KEY, self.members.splitter)
        self.members.kit.settings = settings  # the chooser remembers there from now on
        self.members.kit.restore(settings)
