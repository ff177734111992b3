"""Table models whose columns are declared once, and the look every list table shares.

``Column`` says what a column shows (header, value, alignment, tooltip,
colour, sort key); ``ColumnsModel`` answers Qt's header and cell questions
from those declarations, whatever holds the rows: ``RowsModel`` keeps a short
list in memory and sorts and filters it in Python (missions, a roster of a few
hundred, a serviceman's documents), ``widgets.paged.PagedModel`` pages over
SQL for lists that can be long.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from ...services.text import sort_key as text_sort_key

R = TypeVar("R")
_Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
#: The row object behind an index (tests and the pages read it).
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# The roles as plain ints: data() runs for every role of every visible cell on each paint,
# and comparing an int with a Qt enum costs far more than comparing two ints.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ROW = int(ROW_ROLE)

#: Every list waits this long after the last keystroke in its search or filter box before it
#: asks the database: long enough to skip the query between two keystrokes.
TYPING_DELAY_MS = 150

ERROR_COLOR = QColor("#b3261e")
WARNING_COLOR = QColor("#9a5b00")
OK_COLOR = QColor("#1b6e20")


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    header: str  # English source text, translated in the model's context
    value: Callable[[R], str]
    #: Sort key of a row (in memory), or the key the SQL query sorts by (a paged
    #: list: ``services.registry.page(sort=...)``); None: in memory, the displayed
    #: text in alphabetical order; on a paged list, not sortable.
    sort: Callable[[R], Any] | str | None = None
    align: Qt.AlignmentFlag = LEFT
    width: int = 100  # first-run width in pixels
    tooltip: Callable[[R], str | None] | None = None
    color: Callable[[R], QColor | None] | None = None
    header_tip: str | None = None  # English source text, same context as the header
    #: How "Export…" writes the column (``exports.workbook.Column`` kinds: "text",
    #: "id" (digits kept as text), "date", "int"): declared, never guessed from the text.
    kind: str = "text"
    #: The value written to the file (a date for a "date" column); None: the text shown.
    cell: Callable[[R], Any] | None = None

    def export_value(self, row: R) -> Any:
        """The cell "Export…" writes for ``row`` (None for an empty one)."""
        value = self.cell(row) if self.cell is not None else self.value(row)
        return None if value == "" else value


def date_column(key: str, header: str, get: Callable[[R], Any], **extra) -> Column[R]:
    """A column of dates: shown as dd.mm.yyyy, sorted and exported as dates."""
    from ...services.dates import fmt

    extra.setdefault("align", CENTER)
    return Column(key, header, lambda r: fmt(get(r)), sort=extra.pop("sort", get),
                  kind="date", cell=get, **extra)


class ColumnsModel(QAbstractTableModel, Generic[R]):
    """Read-only rows shown through declared columns.

    Subclasses hold the rows: they answer ``rowCount`` and ``row(number)``,
    and ``extra_data`` for roles the column declarations do not cover (an
    icon, a font).
    """

    def __init__(self, columns: Sequence[Column[R]], context: str, parent=None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._context = context  # the translation context of the headers
        self._aligns = tuple(int(c.align.value) for c in self.columns)

    def row(self, number: int) -> R | None:
        raise NotImplementedError

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def extra_data(self, row: R, column: Column[R], role: int):
        """Roles the column spec does not cover; subclasses answer them."""
        return None

    # -- QAbstractTableModel -----------------------------------------------------
    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return QCoreApplication.translate(self._context, column.header_tip)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        return None if row is None else self.cell_data(row, index.column(), role)

    def cell_data(self, row: R, number: int, role: int):
        """What ``data()`` answers for column ``number`` of ``row``."""
        if not 0 <= number < len(self.columns):
            return None
        role = int(role)
        column = self.columns[number]
        if role == _DISPLAY:
            return column.value(row)
        if role == _ALIGN:
            return self._aligns[number]
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == _FOREGROUND and column.color is not None:
            color = column.color(row)
            return QBrush(color) if color is not None else None
        if role == _ROW:
            return row
        return self.extra_data(row, column, role)


class RowsModel(ColumnsModel[R]):
    """A short list held in memory, sorted by any column, with an optional text filter."""

    def __init__(self, columns: Sequence[Column[R]], context: str, *,
                 key: Callable[[R], Hashable] = lambda r: r.id,
                 haystack: Callable[[R], str] | None = None, parent=None) -> None:
        super().__init__(columns, context, parent)
        self._key = key
        self._haystack = haystack
        self._all: list[R] = []
        self._rows: list[R] = []
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content ---------------------------------------------------------------
    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._filtered()
        if self._sort is not None:
            self._rows.sort(key=self._sort_key(self._sort[0]),
                            reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose haystack holds every word typed (case-insensitive)."""
        words = text.casefold().split()
        if words != self._words:
            self._words = words
            self.set_rows(self._all)

    @property
    def total(self) -> int:
        return len(self._all)

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, number: int) -> R | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def key_at(self, number: int) -> Hashable | None:
        found = self.row(number)
        return None if found is None else self._key(found)

    def row_of(self, key: Hashable) -> int | None:
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), None)

    def _filtered(self) -> list[R]:
        if not self._words or self._haystack is None:
            return list(self._all)
        found = []
        for r in self._all:
            hay = self._haystack(r).casefold()
            if all(w in hay for w in self._words):
                found.append(r)
        return found

    # -- QAbstractTableModel -----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [self._key(self._rows[i.row()]) for i in before]
        self._rows.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        where = {self._key(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[k], i.column()) for k, i in zip(keys, before, strict=True)])
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[R], Any]:
        spec = self.columns[column]
        if spec.sort is not None:
            raw = spec.sort

            def key(r: R) -> Any:
                value = raw(r)
                return (value is None, value if value is not None else 0)
            return key
        return lambda r: text_sort_key(spec.value(r))


def typing_timer(parent: QObject, slot) -> QTimer:
    """The pause every list's search and filter boxes wait before ``slot`` runs."""
    timer = QTimer(parent, singleShot=True, interval=TYPING_DELAY_MS)
    timer.timeout.connect(slot)
    return timer


class _ClearOnEscape(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Escape and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier) \
                and watched.text():
            event.accept()  # a ShortcutOverride accepted comes back as this key press
            if event.type() == QEvent.Type.KeyPress:
                watched.clear()
            return True
        return super().eventFilter(watched, event)


def clear_on_escape(edit: QLineEdit) -> None:
    """Esc in a list's search box empties it (an empty box leaves Esc to the window)."""
    edit.installEventFilter(_ClearOnEscape(edit))


def setup_table(table: QTableView, columns: tuple[Column, ...], *, multi: bool = False,
                stretch: str | None = None) -> None:
    """The look every list table shares: whole rows, no editing, first-run widths,
    titles never cut short (``list_header.ListHeader``).

    ``stretch`` names the column that takes the room left (a long text such as
    a name); otherwise the last column does.
    """
    from .list_header import ListHeader

    if not isinstance(table.horizontalHeader(), ListHeader):
        old = table.horizontalHeader()
        new = ListHeader(table)
        new.setSectionsMovable(old.sectionsMovable())
        new.setSortIndicatorShown(old.isSortIndicatorShown())
        table.setHorizontalHeader(new)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch is None)
    for i, column in enumerate(columns):
        header.resizeSection(i, column.width)
        if column.key == stretch:
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    header.fit()
