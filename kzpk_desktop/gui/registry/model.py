"""The servicemen list as a Qt table model, paged over SQL.

Nothing here holds all rows: the model knows the count and fetches pages of
``PAGE_SIZE`` rows when the view asks for them, keeping the most recently used
pages. Sorting and filtering are new SQL queries (``services.registry``), so
they cost the same at 100 rows and at 100,000.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from sqlalchemy.orm import Session, sessionmaker

from ...services import expiry, registry
from ...services import settings as business
from ...services.dates import add_months
from ...services.registry import RegistryFilter, RegistryRow
from ..documents.status import badge_tip, status_color, status_icon, status_label
from .columns import BADGE_COLUMN, COLUMNS, DEFAULT_SORT_COLUMN

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: A passport must outlast a tour by six months (domain.md), so warn that early.
PASSPORT_WARNING_MONTHS = 6


class RegistryModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 40

    #: (rows matching the filter, servicemen in the database)
    countsChanged = Signal(int, int)

    def __init__(self, sessions: sessionmaker[Session], *, lang: str = "ru",
                 today: dt.date | None = None, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._lang = lang
        self._today = today
        self._filter = RegistryFilter()
        self._sort_column = DEFAULT_SORT_COLUMN
        self._descending = False
        self._count = 0
        self._total = 0
        self._pages: OrderedDict[int, list[RegistryRow]] = OrderedDict()
        #: serviceman id -> expiry badge, for the fetched pages only
        self._badges: dict[int, str] = {}
        self._window_days = business.WARNING_WINDOW_DAYS.default
        self._reload()

    # -- state the view and the page read -----------------------------------
    @property
    def filter(self) -> RegistryFilter:
        return self._filter

    @property
    def shown(self) -> int:
        return self._count

    @property
    def total(self) -> int:
        return self._total

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def set_filter(self, flt: RegistryFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._reload(recount_total=False)

    def refresh(self) -> None:
        """Count and fetch again (after a save, or someone else's)."""
        self._reload()

    def row_at(self, row: int) -> RegistryRow | None:
        return self._row(row) if 0 <= row < self._count else None

    def badge_at(self, row: int) -> str | None:
        """'expired', 'expiring', 'ok' for the row's serviceman; None without dated documents."""
        found = self.row_at(row)
        return self._badges.get(found.id) if found else None

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, serviceman_id: int, *, anywhere: bool = True) -> int | None:
        """Row of a serviceman in the current order, or None if the filter hides them.

        ``anywhere=False`` looks only at the fetched rows (and the first page,
        which the view is about to show anyway): no extra query per keystroke.
        """
        if not self._pages and self._count:
            self._row(0)
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == serviceman_id:
                    return number * self.PAGE_SIZE + offset
        if not anywhere:
            return None
        with self._sessions() as session:  # not fetched yet: let SQL count the rows before
            found = registry.position(session, self._filter, serviceman_id,
                                      sort=COLUMNS[self._sort_column].sort,
                                      descending=self._descending, lang=self._lang)
        return found if found is not None and found < self._count else None

    # -- QAbstractTableModel --------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            column = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title()
            if role == Qt.ItemDataRole.ToolTipRole and column.sort is None:
                return self.tr("This column cannot be sorted; the list stays in its order.")
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self._count:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if index.column() == BADGE_COLUMN:
            return row.id if role == ID_ROLE else self._badge_data(self._badges.get(row.id), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == ID_ROLE:
            return row.id
        if column.key == "surname" and role in (Qt.ItemDataRole.DecorationRole,
                                                Qt.ItemDataRole.ToolTipRole):
            # The warning dot also beside the name, so it is seen without scrolling right.
            badge = self._badges.get(row.id)
            if badge in (expiry.EXPIRED, expiry.EXPIRING):
                return self._badge_data(badge, role)
            return None
        if column.key == "passport_expires" and row.passport_expires is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                state = self._passport_state(row.passport_expires)
                return QBrush(status_color(state)) if state else None
            if role == Qt.ItemDataRole.ToolTipRole:
                state = self._passport_state(row.passport_expires)
                if state == expiry.EXPIRED:
                    return self.tr("The passport has expired.")
                if state == expiry.EXPIRING:
                    return self.tr("The passport expires within %n month(s).", "",
                                   PASSPORT_WARNING_MONTHS)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) != (self._sort_column, self._descending):
            self._sort_column, self._descending = column, descending
            self._reload(recount_total=False)

    def _badge_data(self, badge: str | None, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return status_label(badge)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[BADGE_COLUMN].align.value)
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(badge)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = status_color(badge)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return badge_tip(badge) or None
        return None

    # -- fetching ---------------------------------------------------------------
    def _reload(self, *, recount_total: bool = True) -> None:
        # A keystroke in the search box changes only the filtered count; the
        # total is counted again on refresh (after a save, F5).
        self.beginResetModel()
        self._pages.clear()
        self._badges.clear()
        with self._sessions() as session:
            if recount_total:  # a refresh (or a changed setting), not a keystroke
                self._window_days = business.warning_window_days(session)
            self._count = registry.count(session, self._filter)
            if self._filter == RegistryFilter():
                self._total = self._count
            elif recount_total:
                self._total = registry.count(session, RegistryFilter())
        self.endResetModel()
        self.countsChanged.emit(self._count, self._total)

    def _row(self, row: int) -> RegistryRow | None:
        number, offset = divmod(row, self.PAGE_SIZE)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._fetch(number)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, number: int) -> list[RegistryRow]:
        with self._sessions() as session:
            rows = registry.page(session, self._filter, sort=COLUMNS[self._sort_column].sort,
                                 descending=self._descending, offset=number * self.PAGE_SIZE,
                                 limit=self.PAGE_SIZE, lang=self._lang)
            # One GROUP BY for the page's badges, never one for the whole list.
            self._badges.update(expiry.expiry_badges(
                session, [r.id for r in rows], self._today or dt.date.today(),
                self._window_days))
        self._pages[number] = rows
        while len(self._pages) > self.CACHED_PAGES:
            dropped = self._pages.popitem(last=False)[1]
            for r in dropped:
                self._badges.pop(r.id, None)
        return rows

    def _passport_state(self, expires: dt.date) -> str | None:
        today = self._today or dt.date.today()
        if expires < today:
            return expiry.EXPIRED
        if expires < add_months(today, PASSPORT_WARNING_MONTHS):
            return expiry.EXPIRING
        return None
