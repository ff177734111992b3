"""The "Assignments" tab of the record: where the serviceman served, newest first.

History is never edited here: "Assign to unit…" records a new assignment and
the service closes the open one on the day before.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import assignments, units
from ...services.assignments import AssignmentRow
from ...services.dates import fmt
from ..area import Gate
from ..ops import Change, Operations, Ticket
from ..ops.changes import ASSIGNMENT, SERVICEMAN, UNIT
from ..prompts import Button, Prompt
from ..settings import Settings
from ..widgets.list_page import ListKit
from ..widgets.record_tab import RecordTab
from ..widgets.table import CENTER, Column, RowsModel
from .assign_dialog import AssignmentDialog, AssignmentValue

CONTEXT = "AssignmentColumns"
#: The unit column's widest first width: a full path would push the rest out of sight.
UNIT_WIDTH = 260


def _to(row: AssignmentRow) -> str:
    if row.date_to is not None:
        return fmt(row.date_to)
    return QCoreApplication.translate("AssignmentColumns", "now")


COLUMNS: tuple[Column[AssignmentRow], ...] = (
    Column("date_from", QT_TRANSLATE_NOOP("AssignmentColumns", "From"),
           lambda r: fmt(r.date_from), align=CENTER, width=90),
    Column("date_to", QT_TRANSLATE_NOOP("AssignmentColumns", "To"), _to, align=CENTER, width=90),
    Column("unit", QT_TRANSLATE_NOOP("AssignmentColumns", "Unit"), lambda r: r.unit_path,
           width=UNIT_WIDTH, tooltip=lambda r: r.unit_path),
    Column("position", QT_TRANSLATE_NOOP("AssignmentColumns", "Position"),
           lambda r: r.position or "", width=130),
    Column("order_number", QT_TRANSLATE_NOOP("AssignmentColumns", "Order"),
           lambda r: r.order_number or "", width=90),
    Column("order_date", QT_TRANSLATE_NOOP("AssignmentColumns", "Order date"),
           lambda r: fmt(r.order_date), align=CENTER, width=90),
)


class AssignmentsModel(RowsModel[AssignmentRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent=parent)

    def extra_data(self, row: AssignmentRow, column: Column, role: int):
        if role == Qt.ItemDataRole.FontRole and row.is_current:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AssignmentsTab(RecordTab):
    """The person's assignment history, read in the background; a new assignment is
    announced as a change (the registry's unit column, the unit's members follow)."""

    def __init__(self, ops: Operations, lang: str, parent: QWidget | None = None, *,
                 gate: Gate | None = None, settings: Settings | None = None) -> None:
        """``gate`` (``AreaContext.gate``) greys out what the signed-in role may not do."""
        super().__init__(parent)
        self.setObjectName("assignmentsTab")
        self._ops = ops
        self._lang = lang
        self._reading: Ticket | None = None

        self.summaryLabel = QLabel(self, objectName="assignmentsSummary", wordWrap=True)
        self.model = AssignmentsModel(self)
        self.table = QTableView(self, objectName="assignmentsTable")
        self.table.setModel(self.model)
        self.kit = ListKit(self.table, COLUMNS, "assignments", settings=settings)
        self.kit.restore()
        # Long paths lose their start ("Brigade / Battalion / …"), never the unit itself.
        self.table.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.assignButton = QPushButton(self.tr("&Assign to unit…"), self,
                                        objectName="assignButton")
        self.assignButton.setToolTip(self.tr("Record a new assignment; the current one ends the "
                                             "day before it starts"))
        self.assignButton.clicked.connect(self.assign)
        self.deleteButton = QPushButton(self.tr("&Delete…"), self,
                                        objectName="deleteAssignmentButton")
        self.deleteButton.setToolTip(self.tr("Delete an assignment entered by mistake (Edit > "
                                             "Undo delete brings it back)"))
        self.deleteButton.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.assignButton)
        buttons.addWidget(self.deleteButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.assignButton.setEnabled(False)
        self.deleteButton.setEnabled(False)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        if gate is not None:
            gate(self.assignButton, "clerk", tip=self.assignButton.toolTip())
            gate(self.deleteButton, "supervisor", tip=self.deleteButton.toolTip())
        ops.changed.connect(self._changed)

    def serviceman_changed(self) -> None:
        self.assignButton.setEnabled(self._serviceman_id is not None)
        self._update_buttons()

    def selected(self) -> AssignmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        self.deleteButton.setEnabled(self._serviceman_id is not None
                                     and self.selected() is not None)

    def delete_selected(self) -> None:
        row, person, lang = self.selected(), self._serviceman_id, self._lang
        if row is None or person is None:
            return
        what = self.tr("the assignment to %1 from %2").replace("%1", row.unit)\
            .replace("%2", fmt(row.date_from))
        answer = Prompt.ask(self, self.tr("Delete assignment"),
                            self.tr("Delete %1 of %2?\n\nHistory is normally ended, not "
                                    "deleted: delete only an assignment entered by mistake.")
                            .replace("%1", what).replace("%2", self._who),
                            {Button.Yes: self.tr("Delete"), Button.No: self.tr("Keep")},
                            Button.No, icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return
        outcome = self._ops.call(
            lambda session: assignments.remove_assignment(session, row.id, version=row.version,
                                                          lang=lang),
            write=True, changes=Change.of(ASSIGNMENT, also=[UNIT]).and_(SERVICEMAN, person),
            parent=self, title=self.tr("Assignment not deleted"))
        if outcome.ok:  # into the recycle bin: the window offers to undo it
            self._ops.deleted.emit(outcome.value, self.tr("Assignment to %1 deleted.")
                                   .replace("%1", row.unit))

    def load(self) -> None:
        if self._reading is not None:
            self._reading.cancel()  # the clerk has moved on to another person
            self._reading = None
        if self._serviceman_id is None:
            self.model.set_rows([])
            self.summaryLabel.setText(self.tr("Save the new serviceman first; then he or she "
                                              "can be assigned to a unit here."))
            return
        person, lang = self._serviceman_id, self._lang
        self._reading = self._ops.read(
            lambda session: assignments.assignment_history(session, person, lang=lang),
            self._show, owner=self)

    def _changed(self, change: Change) -> None:
        if self._serviceman_id is not None and (
                change.may_touch(SERVICEMAN, self._serviceman_id) or change.touches(UNIT)) \
                and change.touches(ASSIGNMENT, UNIT):
            self.set_serviceman(self._serviceman_id, self._who)

    def _show(self, rows: list) -> None:
        self._reading = None
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()  # a handful of rows: fit the columns to them
        unit = self.model.column_of("unit")
        self.table.setColumnWidth(unit, min(self.table.columnWidth(unit), UNIT_WIDTH))
        current = next((r for r in rows if r.is_current), None)
        if current is None:
            text = self.tr("Not assigned to a unit now.")
        else:
            text = self.tr("Serves in %1 since %2.").replace("%1", current.unit_path)\
                .replace("%2", fmt(current.date_from))
        self.summaryLabel.setText(text + " " + self.tr("%n assignment(s) on record.", "",
                                                        len(rows)))

    def assign(self) -> None:
        person = self._serviceman_id
        if person is None:
            return
        lang = self._lang

        def read(session):
            current = assignments.current_assignment(session, person)
            return (units.unit_tree(session, lang=lang, include_retired=False),
                    current.unit_id if current is not None else None)

        outcome = self._ops.call(read, parent=self, title=self.tr("Units not read"))
        if not outcome.ok:
            return
        nodes, current_unit = outcome.value

        def save(value: AssignmentValue) -> int:
            return self._ops.wait(lambda session: assignments.assign(
                session, person, value.unit_id, value.position, value.date_from,
                value.order_number, value.order_date, date_to=value.date_to, lang=lang).id,
                write=True, changes=Change.of(ASSIGNMENT, also=[UNIT]).and_(SERVICEMAN, person))

        # The change announced reads this tab, the list and the unit's members again.
        AssignmentDialog.ask(self, nodes, AssignmentValue([person], current_unit), save,
                             who=self._who)
