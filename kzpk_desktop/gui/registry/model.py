"""The servicemen list as a Qt table model: a case of the one paged model.

Nothing here holds all rows: the model knows the count and fetches pages of
``PAGE_SIZE`` rows in the background when the view asks for them
(``widgets.paged.PagedModel``), keeping the most recently used pages and their
expiry badges. Sorting and filtering are new SQL queries (``services.registry``),
so they cost the same at 100 rows and at 100,000.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from sqlalchemy.orm import Session

from ...services import expiry, registry
from ...services import settings as business
from ...services.dates import add_months
from ...services.registry import RegistryFilter, RegistryRow
from ..documents.status import badge_tip, status_color, status_icon, status_label
from ..ops import Operations
from ..widgets.paged import Page, PagedModel
from ..widgets.table import ROW_ROLE
from .columns import BADGE_COLUMN, COLUMNS, CONTEXT, DEFAULT_SORT_COLUMN, title

#: The serviceman's id behind an index.
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles as ints (data() runs for every role of every visible cell on each paint).
_ID, _ROW = int(ID_ROLE), int(ROW_ROLE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
#: A passport must outlast a tour by six months (domain.md), so warn that early.
PASSPORT_WARNING_MONTHS = 6


class RegistryModel(PagedModel):
    #: A search or a sort reads its first page before the list shows anything: 100 rows
    #: (three screens) cost a keystroke ~4 ms less than 200 at 100k; as many rows are kept.
    PAGE_SIZE = 100
    CACHED_PAGES = 80

    #: (rows matching the filter, servicemen in the database)
    countsChanged = Signal(int, int)

    def __init__(self, ops: Operations, *, lang: str = "ru", today: dt.date | None = None,
                 parent=None) -> None:
        super().__init__(ops, COLUMNS, CONTEXT, parent)
        self._lang = lang
        self._today = today
        self._filter = RegistryFilter()
        self._sort_column = DEFAULT_SORT_COLUMN
        self._descending = False
        self._total = 0
        self._recount_total = True
        self._reread()

    # -- state the view and the page read -----------------------------------
    @property
    def filter(self) -> RegistryFilter:
        return self._filter

    @property
    def shown(self) -> int:
        return self.count

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
        if flt != self._filter or self.stale:
            self._filter = flt
            self._reread(recount_total=False)

    def refresh(self, then=None) -> None:
        """Count and fetch again (after a save, or someone else's); ``then()`` once shown."""
        self._reread(then=then)

    def row_at(self, row: int) -> RegistryRow | None:
        return self.row(row)

    def badge_at(self, row: int) -> str | None:
        """'expired', 'expiring', 'ok' for the row's serviceman; None without dated documents
        (or while its page is being read)."""
        found = self.row_at(row)
        return self.extra(found) if found else None

    def id_at(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, serviceman_id: int, *, anywhere: bool = True) -> int | None:
        """Row of a serviceman in the current order, or None if the filter hides them.

        ``anywhere=False`` looks only at the fetched rows: no extra query per keystroke.
        Otherwise SQL counts the rows before them (off the GUI thread).
        """
        for number, row in self.fetched_rows():
            if row.id == serviceman_id:
                return number
        if not anywhere or self.count == 0:
            return None
        flt, sort, descending, lang = self._filter, COLUMNS[self._sort_column].sort, \
            self._descending, self._lang
        found = self._ops.wait(lambda session: registry.position(
            session, flt, serviceman_id, sort=sort, descending=descending, lang=lang))
        return found if found is not None and found < self.count else None

    # -- QAbstractTableModel --------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            column = COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return title(column)
            if role == Qt.ItemDataRole.ToolTipRole and column.sort is None:
                return self.tr("This column cannot be sorted; the list stays in its order.")
            return None
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.count:
            return str(section + 1)
        return None

    def cell_data(self, row: RegistryRow, number: int, role: int):
        role = int(role)
        if role == _ID:
            return row.id
        if number == BADGE_COLUMN and role != _ROW:
            return self._badge_data(self.extra(row), role)
        return super().cell_data(row, number, role)

    def extra_data(self, row: RegistryRow, column, role: int):
        key = column.key
        if key == "surname" and role in (_DECORATION, _TOOLTIP, _ACCESSIBLE):
            # The warning mark also beside the name, so it is seen without scrolling right;
            # a screen reader says it after the name.
            badge = self.extra(row)
            if badge not in (expiry.EXPIRED, expiry.EXPIRING):
                return None
            if role == _ACCESSIBLE:
                return f"{column.value(row)}, {status_label(badge)}"
            return self._badge_data(badge, role)
        if key == "passport_expires" and row.passport_expires is not None:
            if role == _FOREGROUND:
                state = self._passport_state(row.passport_expires)
                return QBrush(status_color(state)) if state else None
            if role == _TOOLTIP:
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
            self._reread(recount_total=False)

    def _badge_data(self, badge: str | None, role: int):
        if role == _DISPLAY:
            return status_label(badge)
        if role == _ALIGN:
            return self._aligns[BADGE_COLUMN]
        if role == _DECORATION:
            return status_icon(badge)
        if role == _FOREGROUND:
            color = status_color(badge)
            return QBrush(color) if color is not None else None
        if role == _TOOLTIP:
            return badge_tip(badge) or None
        return None

    # -- fetching ---------------------------------------------------------------
    def _reread(self, *, recount_total: bool = True, then=None) -> None:
        # A keystroke in the search box changes only the filtered count; the
        # total is counted again on refresh (after a save, F5), also when a keystroke
        # replaces a refresh still on its way.
        self._recount_total = recount_total or (self.loading and self._recount_total)
        flt, sort, descending, lang = self._filter, COLUMNS[self._sort_column].sort, \
            self._descending, self._lang
        today = self._today

        def count(session: Session) -> int:
            return registry.count(session, flt)

        def badged(session: Session, rows: list[RegistryRow]) -> Page:
            # One GROUP BY for the page's badges, never one for the whole list.
            window = business.warning_window_days(session)
            return Page(rows, expiry.expiry_badges(session, [r.id for r in rows],
                                                   today or dt.date.today(), window))

        def fetch(session: Session, offset: int, limit: int) -> Page:
            return badged(session, registry.page(session, flt, sort=sort, descending=descending,
                                                 offset=offset, limit=limit, lang=lang))

        def first(session: Session, limit: int) -> tuple[int, Page]:
            found, rows = registry.first_page(session, flt, sort=sort, descending=descending,
                                              limit=limit, lang=lang)
            return found, badged(session, rows) if found else Page([])

        self._first = first
        self._count_query, self._fetch_query = count, fetch
        PagedModel.refresh(self, then)

    def count_job(self, count, fetch):
        # The count and the first page together (registry.first_page: one query for a
        # narrow search of several words); "Export…" uses count and fetch (query()).
        first, size = self._first, self.PAGE_SIZE
        whole = self._filter == RegistryFilter()
        recount = self._recount_total and not whole

        def job(session: Session) -> tuple:
            found, page = first(session, size)
            total = found if whole else (registry.count(session, RegistryFilter())
                                         if recount else None)
            return found, page, total
        return job

    def counted(self, total: int | None) -> None:
        if total is not None:
            self._total = total

    def _show(self, generation: int, answer: tuple) -> None:
        shown = generation == self._generation
        super()._show(generation, answer)
        if shown:
            self.countsChanged.emit(self.count, self._total)

    def _passport_state(self, expires: dt.date) -> str | None:
        today = self._today or dt.date.today()
        if expires < today:
            return expiry.EXPIRED
        if expires < add_months(today, PASSPORT_WARNING_MONTHS):
            return expiry.EXPIRING
        return None
