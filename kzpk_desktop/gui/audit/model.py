"""Table models of the audit trail: events (paged over SQL) and one event's changes.

The trail only grows (every save adds rows), so the events list pages over
``search_events`` newest first and never holds it all; columns are declared
once and shared with a record's history, which is short and held whole.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...services.audit import EventFilter, EventRow, count_events, search_events
from ...services.audit_words import Described, describe_events
from ..ops import Operations
from ..widgets.paged import PagedModel
from ..widgets.table import RIGHT, Column
from .labels import action_label, shown_time
from .words import changes_line, record_text, say

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "AuditColumns"
#: Longest change summary shown in a cell's tooltip; the details panel shows everything.
TOOLTIP_CHARS = 600
def _summary_tip(d: Described) -> str:
    text = changes_line(d)
    return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"


COLUMNS: tuple[Column[Described], ...] = (
    Column("id", QT_TRANSLATE_NOOP("AuditColumns", "No."), lambda d: str(d.event.id),
           sort=lambda d: d.event.id, align=RIGHT, width=60),
    Column("when", QT_TRANSLATE_NOOP("AuditColumns", "When"),
           lambda d: shown_time(d.event.at), sort=lambda d: d.event.at, width=140),
    Column("who", QT_TRANSLATE_NOOP("AuditColumns", "Who"), lambda d: d.event.username,
           width=110),
    Column("action", QT_TRANSLATE_NOOP("AuditColumns", "Action"),
           lambda d: action_label(d.event.action), width=110),
    Column("record", QT_TRANSLATE_NOOP("AuditColumns", "Record"), record_text, width=330,
           tooltip=record_text),
    Column("changes", QT_TRANSLATE_NOOP("AuditColumns", "Changes"), changes_line, width=400,
           tooltip=_summary_tip),
)


class AuditModel(PagedModel):
    """Events matching a filter, newest first, a page at a time."""

    def __init__(self, ops: Operations, lang: str, parent=None) -> None:
        super().__init__(ops, COLUMNS, CONTEXT, parent)
        self._filter = EventFilter()
        self._lang = lang

    @property
    def filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, flt: EventFilter) -> None:
        self._filter = flt
        lang = self._lang
        self.set_query(lambda s: count_events(s, flt),
                       lambda s, offset, limit: describe_events(
                           s, search_events(s, flt, limit=limit, offset=offset), lang))

    def described_at(self, row: int) -> Described | None:
        return self.row(row)

    def event_at(self, row: int) -> EventRow | None:
        found = self.row(row)
        return found.event if found is not None else None


@dataclass(frozen=True)
class ChangeLine:
    field: str  # the label
    before: str
    after: str


def change_lines(d: Described) -> list[ChangeLine]:
    """One line per field: the value before and after a record change, or a detail's value."""
    if d.is_record_change:
        return [ChangeLine(say(c.label), say(c.before), say(c.after)) for c in d.changes]
    return [ChangeLine(say(c.label), say(c.after), "") for c in d.changes]


class ChangesModel(QAbstractTableModel):
    """The details of one event: field, value before, value after for a record change;
    detail and value for anything else (a sign-in, an export)."""

    RECORD_HEADERS = (QT_TRANSLATE_NOOP("AuditColumns", "Field"),
                      QT_TRANSLATE_NOOP("AuditColumns", "Before"),
                      QT_TRANSLATE_NOOP("AuditColumns", "After"))
    DETAIL_HEADERS = (QT_TRANSLATE_NOOP("AuditColumns", "Detail"),
                      QT_TRANSLATE_NOOP("AuditColumns", "Value"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[ChangeLine] = []
        self._headers = self.RECORD_HEADERS

    def set_event(self, event: Described | None) -> None:
        self.beginResetModel()
        self._lines = change_lines(event) if event is not None else []
        record = event is None or event.is_record_change
        self._headers = self.RECORD_HEADERS if record else self.DETAIL_HEADERS
        self.endResetModel()

    def lines(self) -> list[ChangeLine]:
        return list(self._lines)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return QCoreApplication.translate(CONTEXT, self._headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines) \
                or not 0 <= index.column() < len(self._headers):
            return None
        line = self._lines[index.row()]
        value = (line.field, line.before, line.after)[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value if role == Qt.ItemDataRole.DisplayRole or len(value) > 40 else None
        return None
