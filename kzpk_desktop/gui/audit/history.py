"""A record's own history (from its form): every change to it, oldest first, with the
values before and after."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.audit import record_history_by_id
from ..ops import Operations
from ..widgets.table import RowsModel, setup_table
from .model import COLUMNS, CONTEXT
from .page import EventDetails

#: The record is the dialog's subject: its column would repeat it on every line.
HISTORY_COLUMNS = tuple(c for c in COLUMNS if c.key != "record")


class RecordHistoryDialog(QDialog):
    def __init__(self, events: list, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHistoryDialog")
        self.setWindowTitle(self.tr("History: %1").replace("%1", title))
        self.model = RowsModel(HISTORY_COLUMNS, CONTEXT, parent=self)
        self.model.set_rows(events)
        self.table = QTableView(self, objectName="historyTable")
        self.table.setModel(self.model)
        setup_table(self.table, HISTORY_COLUMNS, stretch="changes")
        self.details = EventDetails(self)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.details.show_event(self.model.row(current.row())))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setChildrenCollapsible(False)
        count = len(events)  # a plain name: lupdate misreads a call as the count
        self.countLabel = QLabel(self.tr("%n change(s) recorded", "", count) if events
                                 else self.tr("Nothing is recorded about this record yet."),
                                 self, objectName="countLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.countLabel)
        layout.addWidget(buttons)
        self.resize(900, 560)
        if events:
            self.table.selectRow(len(events) - 1)  # the latest change first in view

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, entity: str,
            record_id: int, title: str) -> None:
        """Read the record's history (off the GUI thread), then show it."""
        outcome = ops.call(lambda session: record_history_by_id(session, entity, record_id),
                           parent=parent, title=QCoreApplication.translate(
                               "RecordHistoryDialog", "History not read"))
        if outcome.ok:
            cls(outcome.value, title, parent).exec()
