"""A record's own history (from its form): every change to it, oldest first, with the
values before and after, in words. A serviceman's history also holds the changes to their
documents, assignments and roster entries, each line saying which one it is about."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
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
from ...services.audit_history import person_history
from ...services.audit_words import Described, describe_events
from ..ops import Operations
from ..widgets.table import Column, RowsModel, setup_table
from .model import COLUMNS, CONTEXT
from .page import EventDetails
from .words import record_text

#: The dialog's subject is the record (or the person): a line names only what else it is
#: about ("Passport No. N1234567"), and nothing for the record itself.
HISTORY_COLUMNS = tuple(
    Column("record", c.header, lambda d: record_text(d, with_person=False), width=260)
    if c.key == "record" else c for c in COLUMNS)
_LANGS = ("kk", "ru", "en")


def _ui_lang() -> str:
    """The UI language (the app sets the default locale to it): names of ranks and units."""
    code = QLocale().name()[:2]
    return code if code in _LANGS else "ru"


def read_history(session, entity: str, record_id: int, lang: str) -> list[Described]:
    """A serviceman's whole history, or any other record's own."""
    if entity == "serviceman":
        return person_history(session, record_id, lang)
    return describe_events(session, record_history_by_id(session, entity, record_id), lang)


class RecordHistoryDialog(QDialog):
    def __init__(self, events: list[Described], title: str,
                 parent: QWidget | None = None) -> None:
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
            record_id: int, title: str, lang: str | None = None) -> None:
        """Read the record's history (off the GUI thread), then show it."""
        lang = lang or _ui_lang()
        outcome = ops.call(lambda session: read_history(session, entity, record_id, lang),
                           parent=parent, title=QCoreApplication.translate(
                               "RecordHistoryDialog", "History not read"))
        if outcome.ok:
            cls(outcome.value, title, parent).exec()
