"""The "Expiring documents" area: who has documents expired or expiring within N days.

Filterable by document kind, unit (with its sub-units) and rotation; soonest
date first, as ``services.expiry`` orders it. The list pages over SQL, so it
costs the same on 300 servicemen and on 100,000. Double-click (or Enter)
opens the person's record on its Documents tab.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
)

from ...services import documents, expiry, rotations, units
from ...services import settings as business
from ...services.expiry import ExpiringRow
from ...services.text import full_name
from ..area import AreaContext
from ..ops import Change, Operations
from ..ops.changes import ASSIGNMENT, DOCUMENT, ROSTER, ROTATION, SERVICEMAN, SETTINGS, UNIT
from ..widgets.paged import PagedModel
from ..widgets.list_page import ListPage
from ..widgets.table import ROW_ROLE, Column, date_column
from .status import days_text, status_color, status_icon

CONTEXT = "ExpiringColumns"
HEADER_KEY = "expiring"
MAX_DAYS = 3650


COLUMNS: tuple[Column[ExpiringRow], ...] = (
    Column("status", QT_TRANSLATE_NOOP("ExpiringColumns", "When"),
           lambda r: days_text(r.days_left), width=200, color=lambda r: status_color(r.status)),
    date_column("expires_on", QT_TRANSLATE_NOOP("ExpiringColumns", "Expires"),
                lambda r: r.expires_on, width=100, color=lambda r: status_color(r.status)),
    Column("kind", QT_TRANSLATE_NOOP("ExpiringColumns", "Document"), lambda r: r.kind,
           width=205),
    Column("number", QT_TRANSLATE_NOOP("ExpiringColumns", "Number"), lambda r: r.number,
           width=110, kind="id"),
    Column("rank", QT_TRANSLATE_NOOP("ExpiringColumns", "Rank"), lambda r: r.rank or "",
           width=140),
    Column("name", QT_TRANSLATE_NOOP("ExpiringColumns", "Serviceman"), full_name, width=240),
    Column("iin", QT_TRANSLATE_NOOP("ExpiringColumns", "IIN"), lambda r: r.iin, width=105,
           kind="id"),
    Column("unit", QT_TRANSLATE_NOOP("ExpiringColumns", "Unit"), lambda r: r.unit or "",
           width=180),
)


class ExpiringModel(PagedModel):
    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(ops, COLUMNS, CONTEXT, parent, key=lambda r: r.document_id)

    def extra_data(self, row: ExpiringRow, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column.key == "status":
            return status_icon(row.status)
        return None


class ExpiringPage(ListPage):
    WATCHES = (DOCUMENT, SERVICEMAN, ASSIGNMENT, ROSTER, SETTINGS, UNIT, ROTATION)
    LIST_NAME = HEADER_KEY
    EXPORT_NAME = "expiring-documents"

    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("expiringPage")
        #: The day the list is counted from (None: today); tests fix it.
        self.today: dt.date | None = None

        self.daysSpin = QSpinBox(self, objectName="daysSpin", minimum=0, maximum=MAX_DAYS)
        self.daysSpin.setToolTip(self.tr("Documents that have expired are always listed; this "
                                         "adds those that expire within so many days."))
        days_label = QLabel(self.tr("Expired or expiring &within"), self)
        days_label.setBuddy(self.daysSpin)
        self.kindFilter = QComboBox(self, objectName="kindFilter")
        self.unitFilter = QComboBox(self, objectName="unitFilter", editable=True)
        self.unitFilter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rotationFilter = QComboBox(self, objectName="rotationFilter")
        # Long unit paths and rotation names must not widen the area past the window:
        # the combos share the room left and show the whole text in their lists.
        for combo, stretch in ((self.kindFilter, 2), (self.unitFilter, 4),
                               (self.rotationFilter, 3)):
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.view().setMinimumWidth(360)
            combo.setProperty("stretch", stretch)

        self.make_list(ExpiringModel(ctx.ops, self), COLUMNS, "expiringTable",
                       export_tip=self.tr("Save the list as shown to an Excel or CSV file "
                                          "(Ctrl+E)"))
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(days_label)
        filters.addWidget(self.daysSpin)
        filters.addWidget(QLabel(self.tr("days"), self))
        filters.addSpacing(12)
        for combo in (self.kindFilter, self.unitFilter, self.rotationFilter):
            # Sized by the room there is, not by the longest unit or rotation name, so the
            # row fits a small screen; the open list still shows names in full.
            filters.addWidget(combo, combo.property("stretch"))
        hint = QLabel(self.tr("Current documents only (replaced ones are history); discharged "
                              "servicemen are left out. Double-click a row to open the record."),
                      self, objectName="expiringHint", wordWrap=True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        # The count and the export under the filters: one row of both does not fit a
        # 1024-pixel screen.
        under = self.bar([hint])
        under.setStretchFactor(hint, 1)
        layout.addLayout(filters)
        layout.addLayout(under)
        layout.addWidget(self.table, 1)

        self.model.countChanged.connect(self._show_count)
        self._default_days = 0
        self._fill_choices(first=True)
        for widget in (self.daysSpin, self.kindFilter, self.rotationFilter, self.unitFilter):
            self.add_filter(widget)  # "120" typed: one query, after the typing delay
        self.unitFilter.lineEdit().editingFinished.connect(self._settle_unit_text)
        self.apply_filter()

    # -- filters -------------------------------------------------------------------------
    def _fill_choices(self, *, first: bool = False) -> None:
        """(Re)read the kinds, units and rotations offered, keeping what was chosen."""
        lang = self._lang

        def read(session):
            return (business.warning_window_days(session),
                    documents.document_kinds(session, lang),
                    units.unit_tree(session, lang=lang, include_retired=False),
                    rotations.list_rotations(session))

        outcome = self._ops.call(read)
        if not outcome.ok:
            return  # said on the status bar; Refresh reads them again
        window, kinds, nodes, rotation_rows = outcome.value
        # The days follow the warning window until the clerk picks another number.
        if first or self.daysSpin.value() == self._default_days:
            self.daysSpin.blockSignals(True)
            self.daysSpin.setValue(min(window, MAX_DAYS))
            self.daysSpin.blockSignals(False)
        self._default_days = window
        self._refill(self.kindFilter, self.tr("All documents"),
                     [(k.code, k.name) for k in kinds])
        self._refill(self.unitFilter, self.tr("All units"),
                     [(n.id, " / ".join(n.path)) for n in nodes])
        self._refill(self.rotationFilter, self.tr("All rotations"),
                     [(r.id, f"{r.mission}-{r.number} {r.name}".strip()) for r in rotation_rows])
        completer = QCompleter(self.unitFilter.model(), self.unitFilter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unitFilter.setCompleter(completer)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, choices) -> None:
        wanted = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    def _settle_unit_text(self) -> None:
        # Typed text names a unit: choose it; anything else: show the chosen unit again.
        combo = self.unitFilter
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            combo.setCurrentIndex(index)
        combo.setEditText(combo.itemText(combo.currentIndex()))

    def apply_filter(self) -> None:
        super().apply_filter()
        days = self.daysSpin.value()
        kind = self.kindFilter.currentData()
        kind_codes = [kind] if kind else None
        unit_id = self.unitFilter.currentData()
        rotation_id = self.rotationFilter.currentData()
        today = self.today or dt.date.today()
        filters = dict(today=today, kind_codes=kind_codes, unit_id=unit_id,
                       rotation_id=rotation_id)

        def count(session) -> int:
            return expiry.count_expiring(session, days, **filters)

        lang = self._lang

        def fetch(session, offset: int, limit: int) -> list[ExpiringRow]:
            return expiry.expiring_documents(session, within_days=days, offset=offset,
                                             limit=limit, lang=lang, **filters)

        self.model.set_query(count, fetch)

    def _show_count(self, count: int) -> None:
        # %Ln: the number with the language's digit grouping.
        self.countLabel.setText(self.tr("%Ln document(s)", "", count))

    # -- opening a record ---------------------------------------------------------------
    def row_at(self, row: int) -> ExpiringRow | None:
        return self.model.index(row, 0).data(ROW_ROLE)

    def open_row(self, row: int) -> None:
        found = self.row_at(row)
        if found is not None:
            self.openServiceman.emit(found.serviceman_id, "documents")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.table.currentIndex().isValid():
            self.open_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    # -- ListPage -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_choices()
        self.apply_filter()

    def export_title(self) -> str:
        return self.tr("Expiring documents")

    def export_lines(self) -> list[str]:
        days = self.daysSpin.value()
        lines = [self.tr("Expired or expiring within %n day(s)", "", days)]
        return lines + [combo.currentText() for combo in (self.kindFilter, self.unitFilter,
                                                          self.rotationFilter)
                        if combo.currentData()]

    def export_details(self) -> dict:
        return {"within": self.daysSpin.value(), "kind": self.kindFilter.currentData(),
                "unit_id": self.unitFilter.currentData(),
                "rotation_id": self.rotationFilter.currentData()}

    def changed(self, change: Change) -> None:
        # A document renewed anywhere, a person moved or put on a rotation: read again.
        if change.touches(DOCUMENT, SERVICEMAN, ASSIGNMENT, ROSTER, SETTINGS):
            self.model.refresh()
        if change.touches(UNIT, ROTATION, SETTINGS):
            self._fill_choices()
