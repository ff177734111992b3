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
from sqlalchemy.orm import Session, sessionmaker

from ...services.audit import (
    RECORD_ACTIONS,
    EventFilter,
    EventRow,
    count_events,
    describe_changes,
    search_events,
)
from ..ops import Operations
from ..widgets.paged import PagedModel
from ..widgets.table import RIGHT, Column
from .labels import action_label, entity_label, shown_time

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "AuditColumns"
#: Longest change summary shown in a cell's tooltip; the details panel shows everything.
TOOLTIP_CHARS = 600


def _record(event: EventRow) -> str:
    kind = entity_label(event.entity)
    if event.entity_uid is None:
        return kind
    return f"{kind} {str(event.entity_uid)[:8]}" if kind else str(event.entity_uid)[:8]


def _summary_tip(event: EventRow) -> str:
    text = describe_changes(event)
    return text if len(text) <= TOOLTIP_CHARS else text[:TOOLTIP_CHARS] + "…"


COLUMNS: tuple[Column[EventRow], ...] = (
    Column("id", QT_TRANSLATE_NOOP("AuditColumns", "No."), lambda e: str(e.id),
           sort=lambda e: e.id, align=RIGHT, width=60),
    Column("when", QT_TRANSLATE_NOOP("AuditColumns", "When"), lambda e: shown_time(e.at),
           sort=lambda e: e.at, width=140),
    Column("who", QT_TRANSLATE_NOOP("AuditColumns", "Who"), lambda e: e.username, width=110),
    Column("action", QT_TRANSLATE_NOOP("AuditColumns", "Action"),
           lambda e: action_label(e.action), width=120),
    Column("record", QT_TRANSLATE_NOOP("AuditColumns", "Record"), _record, width=210,
           tooltip=lambda e: str(e.entity_uid) if e.entity_uid else None),
    Column("changes", QT_TRANSLATE_NOOP("AuditColumns", "Changes"), describe_changes, width=400,
           tooltip=_summary_tip),
)


class AuditModel(PagedModel):
    """Events matching a filter, newest first, a page at a time."""

    def __init__(self, ops: Operations, parent=None) -> None:
        super().__init__(ops, COLUMNS, CONTEXT, parent)
        self._filter = EventFilter()

    @property
    def filter(self) -> EventFilter:
        return self._filter

    def set_filter(self, flt: EventFilter) -> None:
        self._filter = flt
        self.set_query(lambda s: count_events(s, flt),
                       lambda s, offset, limit: search_events(s, flt, limit=limit, offset=offset))

    def event_at(self, row: int) -> EventRow | None:
        return self.row(row)


@dataclass(frozen=True)
class ChangeLine:
    field: str
    before: str
    after: str


def change_lines(event: EventRow) -> list[ChangeLine]:
    """One line per field: old and new value of a record change, or a detail's value."""
    lines = []
    for name, value in event.changes.items():
        if event.action in RECORD_ACTIONS and isinstance(value, list) and len(value) == 2:
            lines.append(ChangeLine(name, _shown(value[0]), _shown(value[1])))
        else:
            lines.append(ChangeLine(name, _shown(value), ""))
    return lines


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditColumns", "yes") if value else \
            QCoreApplication.translate("AuditColumns", "no")
    return str(value)


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

    def set_event(self, event: EventRow | None) -> None:
        self.beginResetModel()
        self._lines = change_lines(event) if event is not None else []
        record = event is None or event.action in RECORD_ACTIONS
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
