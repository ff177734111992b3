"""A read-only table model that pages over an SQL query: a count and one page at a time.

For lists that can be long on a big database (a regiment's members, the
expiring documents of 100,000 people): the model asks for the count, then for
pages of ``PAGE_SIZE`` rows as the view scrolls to them, keeping the most
recently used pages. The order is the query's own; columns are declared once
(``widgets.table.Column``: header, value, alignment, tooltip, colour).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from sqlalchemy.orm import Session, sessionmaker

from .table import Column, ColumnsModel

_Index = QModelIndex | QPersistentModelIndex
#: count(session) -> rows matching; fetch(session, offset, limit) -> those rows in order
CountQuery = Callable[[Session], int]
FetchQuery = Callable[[Session, int, int], Sequence[Any]]


class PagedModel(ColumnsModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 20

    #: The number of rows matching the query (after each new query or refresh).
    countChanged = Signal(int)

    def __init__(self, sessions: sessionmaker[Session], columns: Sequence[Column], context: str,
                 parent=None) -> None:
        super().__init__(columns, context, parent)
        self._sessions = sessions
        self._count_query: CountQuery | None = None
        self._fetch_query: FetchQuery | None = None
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()

    # -- the query ---------------------------------------------------------------
    def set_query(self, count: CountQuery | None, fetch: FetchQuery | None) -> None:
        """Show the rows of a new query (None: an empty list)."""
        self._count_query, self._fetch_query = count, fetch
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self._count_query is None:
            self._count = 0
        else:
            with self._sessions() as session:
                self._count = self._count_query(session)
        self.endResetModel()
        self.countChanged.emit(self._count)

    @property
    def count(self) -> int:
        return self._count

    def query(self) -> tuple[CountQuery | None, FetchQuery | None]:
        """The (count, fetch) shown; "Export…" runs them again, in pages, off the GUI thread."""
        return self._count_query, self._fetch_query

    def row(self, number: int) -> Any | None:
        if not 0 <= number < self._count or self._fetch_query is None:
            return None
        page, offset = divmod(number, self.PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> list:
        with self._sessions() as session:
            rows = list(self._fetch_query(session, page * self.PAGE_SIZE, self.PAGE_SIZE))
        self._pages[page] = rows
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    # -- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count
