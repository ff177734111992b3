"""The servicemen list: search as you type, filters, a sortable table and the count."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, Qt, \
    QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.ranks import RankChoice, rank_choices
from ...services.registry import RegistryFilter, RegistryRow
from ...services.text import full_name
from ..labels import sex_choices, status_choices
from ..documents.status import ExpiryLegend
from ..ops import Operations
from ..settings import Settings
from ..widgets.list_page import ListKit
from ..widgets.table import clear_on_escape, typing_timer
from .columns import COLUMNS
from .model import RegistryModel

HEADER_KEY = "registry"
COMBO_MIN_CHARS = 12  # what a filter shows at the least: "Все звания", "Рядовой"


def person_line(row: RegistryRow) -> str:
    """"Капитан Иванов Иван Иванович (900101300123)": a person gathered from the list."""
    return f"{full_name(row, rank=row.rank)} ({row.iin})"


class RegistryList(QWidget):
    #: The current serviceman's id (None when no row is current).
    currentIdChanged = Signal(object)
    #: Enter or double-click on a row: the clerk wants to edit it.
    rowActivated = Signal(int)
    #: The "Export…" button (shown with ``exportable=True``) was pressed.
    exportRequested = Signal()
    #: The "Import…" button (shown with ``importable=True``) was pressed.
    importRequested = Signal()

    def __init__(self, model: RegistryModel, ranks: list[RankChoice], parent=None, *,
                 exportable: bool = False, importable: bool = False) -> None:
        super().__init__(parent)
        self.model = model
        self._leave_guard: Callable[[int | None], bool] | None = None
        self._restoring = False

        self.searchEdit = QLineEdit(self, objectName="searchEdit", clearButtonEnabled=True)
        self.searchEdit.setPlaceholderText(self.tr("Find by name, IIN or service number (Ctrl+F)"))
        self.searchEdit.setToolTip(self.tr(
            "Type the beginning of any name (Cyrillic or Latin), of the IIN or of the service "
            "number; every word must match. Ctrl+F comes back here, Down goes to the list."))
        self.rankFilter = self._combo("rankFilter", self.tr("All ranks"),
                                      [(r.id, r.name) for r in ranks])
        self.statusFilter = self._combo("statusFilter", self.tr("All statuses"), status_choices())
        self.sexFilter = self._combo("sexFilter", self.tr("Men and women"), sex_choices())
        self.countLabel = QLabel(self, objectName="countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self, objectName="registryTable")
        self.table.setModel(model)
        self._setup_table()

        # The buttons go beside the search box and the count beside the filters, so that
        # the list leaves the record form beside it room for its tables.
        search = QHBoxLayout()
        search.setContentsMargins(0, 0, 0, 0)
        search.addWidget(self.searchEdit, 1)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for combo in (self.rankFilter, self.statusFilter, self.sexFilter):
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.countLabel)
        self.importButton: QPushButton | None = None
        if importable:
            self.importButton = QPushButton(self.tr("Import…"), self, objectName="importButton")
            self.importButton.setToolTip(self.tr("Add or update servicemen from an Excel list, "
                                                 "after a preview (Ctrl+I)"))
            self.importButton.clicked.connect(self.importRequested)
            search.addWidget(self.importButton)
        self.exportButton: QPushButton | None = None
        if exportable:
            self.exportButton = QPushButton(self.tr("Export…"), self, objectName="exportButton")
            self.exportButton.setToolTip(self.tr("Save the list as shown (search, filters, "
                                                 "order) to an Excel or CSV file (Ctrl+E)"))
            self.exportButton.clicked.connect(self.exportRequested)
            search.addWidget(self.exportButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        # What the marks beside the names and in the Documents column mean.
        self.legend = ExpiryLegend(self)
        layout.addWidget(self.legend)

        self._search_timer = typing_timer(self, self.apply_filter)
        self.searchEdit.textChanged.connect(self._search_timer.start)
        self.searchEdit.returnPressed.connect(self.apply_filter)
        self.searchEdit.installEventFilter(self)
        clear_on_escape(self.searchEdit)
        for combo in (self.rankFilter, self.statusFilter, self.sexFilter):
            combo.currentIndexChanged.connect(self.apply_filter)
        model.countsChanged.connect(self._show_counts)
        self._show_counts(model.shown, model.total)

    @classmethod
    def searching(cls, ops: Operations, lang: str, parent: QWidget | None = None,
                  **options) -> RegistryList:
        """A list over its own registry model, with the rank filter's choices read."""
        ranks = ops.call(lambda session: rank_choices(session, lang)).value or []
        return cls(RegistryModel(ops, lang=lang, parent=parent), ranks, parent, **options)

    def _combo(self, name: str, everything: str, choices) -> QComboBox:
        combo = QComboBox(self, objectName=name)
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as the longest choice when there is room; narrower (the choice cut short)
        # rather than squeezing the record form beside the list.
        combo.setMinimumWidth(min(combo.sizeHint().width(),
                                  combo.fontMetrics().averageCharWidth() * COMBO_MIN_CHARS))
        return combo

    def _setup_table(self) -> None:
        t = self.table
        # Tab leaves the table for the form.
        self.kit = ListKit(t, COLUMNS, HEADER_KEY,
                           sort=(self.model.sort_column, self.model.sort_order))
        header = t.horizontalHeader()
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)
        t.selectionModel().currentRowChanged.connect(self._on_current_row)
        t.doubleClicked.connect(lambda index: self._activate(index.row()))
        t.installEventFilter(self)

    # -- public ---------------------------------------------------------------
    def set_leave_guard(self, guard: Callable[[int | None], bool]) -> None:
        """``guard(new_id)`` is asked before another row becomes current; False keeps this one."""
        self._leave_guard = guard

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def select_id(self, serviceman_id: int | None, *, anywhere: bool = True) -> bool:
        """Make the serviceman's row current and scroll to it; False if it is not listed.

        ``anywhere=False`` only looks among the rows already fetched (see RegistryModel.row_of).
        """
        row = None if serviceman_id is None else self.model.row_of(serviceman_id,
                                                                   anywhere=anywhere)
        self._restoring = True
        try:
            if row is None:
                self.table.selectionModel().clear()
                return False
            index = self.model.index(row, max(self.table.currentIndex().column(), 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
            return True
        finally:
            self._restoring = False

    def current_filter(self) -> RegistryFilter:
        return RegistryFilter(text=self.searchEdit.text().strip(),
                              rank_id=self.rankFilter.currentData(),
                              status=self.statusFilter.currentData(),
                              sex=self.sexFilter.currentData())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def save_state(self, settings: Settings) -> None:
        self.kit.save(settings)

    def restore_state(self, settings: Settings) -> None:
        """The remembered columns; the chooser remembers in the same settings from now on."""
        self.kit.settings = settings
        self.kit.restore(settings)

    # -- reactions -----------------------------------------------------------
    def _show_counts(self, shown: int, total: int) -> None:
        # %Ln: the number with the language's digit grouping ("100 000" in Russian).
        if shown == total:
            text = self.tr("%Ln serviceman(s)", "", total)
        else:
            text = self.tr("%1 of %Ln serviceman(s)", "", total).replace(
                "%1", QLocale().toString(shown))
        self.countLabel.setText(text)

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if COLUMNS[column].sort is None:
            self.table.horizontalHeader().setSortIndicator(self.model.sort_column,
                                                           self.model.sort_order)

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._restoring or not current.isValid():
            return
        new_id = self.model.id_at(current.row())
        if self._leave_guard is not None and not self._leave_guard(new_id):
            old_id = self.model.id_at(previous.row()) if previous.isValid() else None
            QTimer.singleShot(0, lambda: self.select_id(old_id))
            return
        self.currentIdChanged.emit(new_id)

    def _activate(self, row: int) -> None:
        serviceman_id = self.model.id_at(row)
        if serviceman_id is not None:
            self.rowActivated.emit(serviceman_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.searchEdit and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.apply_filter()
                self._enter_table()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.table.currentIndex().isValid():
                    self._activate(self.table.currentIndex().row())
                    return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))
