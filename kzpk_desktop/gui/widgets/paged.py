"""A read-only table model that pages over an SQL query, fetching in the background.

For lists that can be long on a big database (the registry of 100,000
servicemen, a regiment's members, the expiring documents): the model asks for
the count (with the first page, one round trip), then for pages of
``PAGE_SIZE`` rows as the view scrolls to them, keeping the most recently used
pages. Every query runs on the operations layer's reader threads: ``data()``
never waits for the database. A row whose page is still on its way shows a
placeholder ("Loading…") and is filled in when the page arrives, so a slow
server slows the list, never the scrolling.

The order is the query's own; columns are declared once (``widgets.table.Column``:
header, value, alignment, tooltip, colour, sort key, export kind). A query is
a pair of functions run on a worker thread with a session of their own; they
must read nothing of the widgets (capture the filter when building them).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session

from ..ops import Operations, Ticket
from .table import Column, ColumnsModel

_Index = QModelIndex | QPersistentModelIndex
#: count(session) -> rows matching; fetch(session, offset, limit) -> those rows in order
#: (or a ``Page`` carrying extras read with them, such as the registry's badges)
CountQuery = Callable[[Session], int]
FetchQuery = Callable[[Session, int, int], "Sequence[Any] | Page"]
PLACEHOLDER_COLOR = QColor("#8a8a8a")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
#: Cells whose answers are kept (a few screens' worth); then the cache starts again.
_CELLS_KEPT = 20_000
_UNSEEN = object()


@dataclass(frozen=True)
class Page:
    """Rows of one page, with what was read for them (row key -> extra)."""

    rows: Sequence[Any]
    extras: dict[Hashable, Any] = field(default_factory=dict)


def as_page(fetched: Sequence[Any] | Page) -> Page:
    return fetched if isinstance(fetched, Page) else Page(list(fetched))


class PagedModel(ColumnsModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 20

    #: The number of rows matching the query (after each new query or refresh).
    countChanged = Signal(int)
    #: A query was answered and shown (its count and first page); tests wait for it.
    loaded = Signal()
    #: The query could not be run: the sentence the failure formatter gave.
    failed = Signal(str)

    def __init__(self, ops: Operations, columns: Sequence[Column], context: str, parent=None,
                 *, key: Callable[[Any], Hashable] = lambda r: r.id) -> None:
        super().__init__(columns, context, parent)
        self._ops = ops
        self._key = key
        self._count_query: CountQuery | None = None
        self._fetch_query: FetchQuery | None = None
        self._count = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._extras: dict[Hashable, Any] = {}
        #: Pages asked for and not yet answered, by page number.
        self._asked: dict[int, Ticket] = {}
        self._reload: Ticket | None = None
        self._generation = 0
        self._then: list[Callable[[], None]] = []
        #: What the view was told for each cell shown: (row, column) -> {role: value}.
        self._cells: dict[tuple[int, int], dict[int, Any]] = {}
        #: The last query could not be run (the rows shown are an older answer's).
        self.stale = False

    # -- the query ---------------------------------------------------------------
    def set_query(self, count: CountQuery | None, fetch: FetchQuery | None) -> None:
        """Show the rows of a new query (None: an empty list)."""
        self._count_query, self._fetch_query = count, fetch
        self.refresh()

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Count and read the first page again, in the background; ``then()`` once shown.

        The rows on screen stay until the answer is in (no flicker while typing);
        an answer to an older query is dropped.
        """
        self._generation += 1
        generation = self._generation
        if then is not None:
            self._then.append(then)
        for ticket in (self._reload, *self._asked.values()):
            if ticket is not None:
                ticket.cancel()
        self._asked.clear()
        count, fetch = self._count_query, self._fetch_query
        if count is None or fetch is None:
            self._reload = None
            self._show(generation, (0, Page([]), None))
            return
        job = self.count_job(count, fetch)
        self._reload = self._ops.read(job, lambda answer: self._show(generation, answer),
                                      failed=lambda error: self._failed(generation, error),
                                      owner=self)

    def when_loaded(self, callback: Callable[[], None]) -> None:
        """``callback()`` once the query on its way is shown (now, if none is)."""
        if self._reload is None:
            callback()
        else:
            self._then.append(callback)

    def count_job(self, count: CountQuery, fetch: FetchQuery) -> Callable[[Session], tuple]:
        """The job run for a new query: (count, first page, anything a subclass adds)."""
        size = self.PAGE_SIZE

        def job(session: Session) -> tuple:
            found = count(session)
            return found, as_page(fetch(session, 0, size)) if found else Page([]), None
        return job

    def counted(self, extra: Any) -> None:
        """A subclass's extra answer from ``count_job`` (the registry's total)."""

    @property
    def count(self) -> int:
        return self._count

    @property
    def loading(self) -> bool:
        """A new query or refresh is on its way."""
        return self._reload is not None

    def query(self) -> tuple[CountQuery | None, FetchQuery | None]:
        """The (count, fetch) shown; "Export…" runs them again, in pages, off the GUI thread."""
        return self._count_query, self._fetch_query

    def row(self, number: int) -> Any | None:
        """The row, or None while its page is being read (asking for it if need be)."""
        if not 0 <= number < self._count or self._fetch_query is None:
            return None
        page, offset = divmod(number, self.PAGE_SIZE)
        found = self._pages.get(page)
        if found is None:
            self._ask(page)
            return None
        self._pages.move_to_end(page)
        return found.rows[offset] if offset < len(found.rows) else None

    def extra(self, row: Any) -> Any:
        """What the page's query read for ``row`` beside it (None if nothing)."""
        return self._extras.get(self._key(row))

    def fetched_rows(self):
        """(row number, row) of the pages in memory: finding a row without a query."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page.rows):
                yield number * self.PAGE_SIZE + offset, row

    def is_placeholder(self, number: int) -> bool:
        return 0 <= number < self._count and number // self.PAGE_SIZE not in self._pages

    # -- answers -------------------------------------------------------------------
    def _show(self, generation: int, answer: tuple) -> None:
        if generation != self._generation:
            return
        count, first, extra = answer
        self._reload = None
        self.stale = False
        self.beginResetModel()
        self._pages.clear()
        self._extras.clear()
        self._cells.clear()
        self._count = count
        self.counted(extra)
        if count:
            self._keep(0, first)
        self.endResetModel()
        self.countChanged.emit(self._count)
        self.loaded.emit()
        then, self._then = self._then, []
        for callback in then:
            callback()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._reload = None
        self._then = []
        self.stale = True  # the same query asked again runs again (the server may be back)
        text = self._ops.report(error)
        self.failed.emit(text)

    def _ask(self, page: int) -> None:
        if page in self._asked:
            return
        fetch, generation, size = self._fetch_query, self._generation, self.PAGE_SIZE
        self._asked[page] = self._ops.read(
            lambda session: as_page(fetch(session, page * size, size)),
            lambda found: self._arrived(generation, page, found),
            failed=lambda error: self._page_failed(generation, page, error), owner=self)

    def _arrived(self, generation: int, page: int, found: Page) -> None:
        if generation != self._generation:
            return
        self._asked.pop(page, None)
        self._keep(page, found)  # its rows were placeholders: nothing of them was cached
        first = page * self.PAGE_SIZE
        last = min(first + self.PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _page_failed(self, generation: int, page: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        # Forgotten, so that scrolling back to it asks again (the server may be back).
        self._asked.pop(page, None)
        self.failed.emit(self._ops.report(error))

    def _keep(self, number: int, page: Page) -> None:
        self._pages[number] = page
        self._extras.update(page.extras)
        while len(self._pages) > self.CACHED_PAGES:
            dropped = self._pages.popitem(last=False)[1]
            for r in dropped.rows:
                self._extras.pop(self._key(r), None)
            self._cells.clear()  # rare (a long scroll); cheaper than sorting out whose they were

    # -- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        cell = self._cell(index.row(), index.column())
        if cell is None:
            return self._placeholder(index.column(), int(role))
        role = int(role)
        value = cell.get(role, _UNSEEN)
        if value is _UNSEEN:
            value = cell[role] = self._value(index.row(), index.column(), role)
        return value

    def multiData(self, index: _Index, span) -> None:
        """All the roles a view's delegate asks of a cell it paints, in one call (Qt asks
        seven; each answered from the cell's cache once it was painted)."""
        if not index.isValid():
            return
        number, column = index.row(), index.column()
        cell = self._cell(number, column)
        for wanted in span:
            role = wanted.role()
            if cell is None:
                value = self._placeholder(column, role)
            else:
                value = cell.get(role, _UNSEEN)
                if value is _UNSEEN:
                    value = cell[role] = self._value(number, column, role)
            if value is not None:
                wanted.setData(value)

    def _cell(self, number: int, column: int) -> dict[int, Any] | None:
        """The cache of a cell whose row is in memory; None for a placeholder (asking for its
        page) or no row at all."""
        cell = self._cells.get((number, column))
        if cell is not None:
            return cell
        if not 0 <= number < self._count:
            return None
        page = number // self.PAGE_SIZE
        if page not in self._pages:
            self._ask(page)
            return None
        if len(self._cells) >= _CELLS_KEPT:
            self._cells.clear()
        cell = self._cells[number, column] = {}
        return cell

    def _value(self, number: int, column: int, role: int):
        page, offset = divmod(number, self.PAGE_SIZE)
        found = self._pages[page]
        self._pages.move_to_end(page)
        if offset >= len(found.rows):
            return None
        return self.cell_data(found.rows[offset], column, role)

    def _placeholder(self, column: int, role: int):
        """A row whose page is still on its way: "Loading…", greyed."""
        if role == _DISPLAY and column == 0:
            return QCoreApplication.translate("PagedModel", "Loading…")
        if role == _FOREGROUND:
            return QBrush(PLACEHOLDER_COLOR)
        return None
