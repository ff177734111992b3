"""Tools > Recycle bin…: what was deleted (what, who, when); Restore, or delete for good
(administrators)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import recycle
from ...services.errors import NotFound
from ...services.recycle import BinItem
from ..audit.labels import entity_label, shown_time
from ..ops import Operations, Ticket, describe
from ..prompts import Button, Prompt
from ..widgets.table import Column, RowsModel, setup_table
from .undo import restore_item

CONTEXT = "RecycleColumns"
COLUMNS: tuple[Column[BinItem], ...] = (
    Column("what", QT_TRANSLATE_NOOP("RecycleColumns", "What"), lambda r: r.what, width=320),
    Column("kind", QT_TRANSLATE_NOOP("RecycleColumns", "Kind"),
           lambda r: entity_label(r.entity), width=120),
    Column("deleted_by", QT_TRANSLATE_NOOP("RecycleColumns", "Deleted by"),
           lambda r: r.deleted_by, width=120),
    Column("deleted_at", QT_TRANSLATE_NOOP("RecycleColumns", "Deleted"),
           lambda r: shown_time(r.deleted_at), sort=lambda r: r.deleted_at, width=140),
)


class RecycleModel(RowsModel[BinItem]):
    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, CONTEXT, parent=parent)


class RecycleBinDialog(QDialog):
    """The bin's items, newest first, read in the background; Restore puts one back."""

    #: An item is back (a ``services.recycle.Restored``).
    restored = Signal(object)

    def __init__(self, ops: Operations, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recycleBinDialog")
        self.setWindowTitle(self.tr("Recycle bin"))
        self._ops, self._lang = ops, lang
        self._reading: Ticket | None = None
        self.summaryLabel = QLabel(self, objectName="recycleSummary", wordWrap=True)
        #: What the last Restore did.
        self.resultLabel = QLabel(self, objectName="recycleResult", wordWrap=True)
        self.model = RecycleModel(self)
        self.table = QTableView(self, objectName="recycleTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, stretch="what")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("deleted_at"), Qt.SortOrder.DescendingOrder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restoreButton = QPushButton(self.tr("&Restore"), self, objectName="restoreButton")
        self.restoreButton.setToolTip(self.tr("Put the chosen item back as it was, with "
                                              "everything that was deleted with it"))
        self.buttons.addButton(self.restoreButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.purgeButton = QPushButton(self.tr("Delete for &good…"), self,
                                       objectName="purgeButton")
        self.purgeButton.setToolTip(self.tr("Remove the chosen item from the recycle bin, with "
                                            "the personal data it keeps; it cannot be restored "
                                            "then"))
        self.buttons.addButton(self.purgeButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.purgeButton.clicked.connect(self.purge_selected)
        self.buttons.rejected.connect(self.reject)
        self.restoreButton.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(self.restore_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.resultLabel)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self._update()
        self.load()

    def load(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
        self.summaryLabel.setText(self.tr("Reading…"))
        self._reading = self._ops.read(recycle.list_items, self._show, failed=self._failed,
                                       owner=self)

    def _show(self, items: list[BinItem]) -> None:
        self._reading = None
        self.model.set_rows(items)
        self.summaryLabel.setText(
            self.tr("%n deleted item(s). Restore puts an item back as it was, with what was "
                    "deleted with it.", "", len(items)) if items else
            self.tr("The recycle bin is empty: nothing deleted is waiting to be restored."))
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._reading = None
        self.summaryLabel.setText(describe(error))

    def selected(self) -> BinItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update(self, *_args) -> None:
        self.restoreButton.setEnabled(self.selected() is not None)
        self.purgeButton.setEnabled(self.selected() is not None)

    def restore_selected(self, *_args) -> None:
        item = self.selected()
        if item is None:
            return
        outcome = restore_item(self._ops, item.id, self._lang, self, self.tr("Not restored"))
        if isinstance(outcome.error, NotFound):  # restored by someone else meanwhile
            self.resultLabel.setText(describe(outcome.error))
        elif outcome.ok:
            self.resultLabel.setText(self.tr("Restored: %1.").replace("%1", outcome.value.what))
            self.restored.emit(outcome.value)
        else:
            return  # refused, said in a box; the item stays
        self.load()

    def purge_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = Prompt.ask(self, self.tr("Delete for good"),
                            self.tr("Delete %1 for good? It can no longer be restored "
                                    "then.")
                            .replace("%1", item.what),
                            {Button.Yes: self.tr("Delete for good"), Button.No: self.tr("Keep")},
                            Button.No, icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return
        outcome = self._ops.call(lambda session: recycle.purge(session, item.id), write=True,
                                 handle=(NotFound,), parent=self, title=self.tr("Not deleted"))
        if outcome.ok:
            self.resultLabel.setText(self.tr("Deleted for good: %1.").replace("%1", outcome.value))
        elif isinstance(outcome.error, NotFound):
            self.resultLabel.setText(describe(outcome.error))
        else:
            return
        self.load()
