"""The import preview as a table: the row number, what the import will do, the file's cells.

The two leading columns are declared once (``LEAD_COLUMNS``); the others are
the file's own columns in sheet order, so the clerk sees the sheet as typed,
with each refused cell shaded and its reason in the tooltip.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...sheets.readers import cell_text
from ...services.import_columns import BY_FIELD
from ...services.importer import (
    CREATE,
    REFUSED,
    UNCHANGED,
    UPDATE,
    ImportColumn,
    ImportPreview,
    PreviewRow,
    RowProblem,
)
from ..i18n import service_text
from ..widgets.table import ERROR_COLOR, LEFT, OK_COLOR, RIGHT, ROW_ROLE, Column

CONTEXT = "ImportPreview"
_Index = QModelIndex | QPersistentModelIndex

#: A cell the import refuses: strong enough to find in a long sheet.
PROBLEM_BRUSH = QBrush(QColor("#f4b6b0"))
#: The other cells of a refused row.
REFUSED_ROW_BRUSH = QBrush(QColor("#fdecea"))
#: A value an update will write over the one on record.
CHANGED_BRUSH = QBrush(QColor("#fff1c4"))
_ACTION_COLORS = {CREATE: OK_COLOR, UPDATE: QColor("#8a5300"),
                  UNCHANGED: QColor("#6b6b6b"), REFUSED: ERROR_COLOR}
_EXTRA_COLOR = QColor("#8a8a8a")

ACTION_LABELS = {
    CREATE: QT_TRANSLATE_NOOP("ImportPreview", "Create"),
    UPDATE: QT_TRANSLATE_NOOP("ImportPreview", "Update"),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportPreview", "Unchanged"),
    REFUSED: QT_TRANSLATE_NOOP("ImportPreview", "Refused"),
}
_ACTION_TIPS = {
    CREATE: QT_TRANSLATE_NOOP("ImportPreview", "A new serviceman will be added."),
    UPDATE: QT_TRANSLATE_NOOP("ImportPreview", "The serviceman on record will be updated; the "
                                               "shaded cells replace the values on record."),
    UNCHANGED: QT_TRANSLATE_NOOP("ImportPreview", "The serviceman is already on record with "
                                                  "these values; nothing changes."),
    REFUSED: QT_TRANSLATE_NOOP("ImportPreview", "This row will not be imported:"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: str) -> str:
    return _tr(ACTION_LABELS[action]) if action in ACTION_LABELS else action


def problem_text(problem: RowProblem) -> str:
    """The reason in the clerk's language, without the location (the cell shows that)."""
    return service_text(problem.template, problem.args)


def reason_text(problem: RowProblem) -> str:
    """One reason as a sentence, led by its column unless the sentence names it already."""
    text = problem_text(problem).strip()
    if text and text[-1] not in ".!?":
        text += "."
    if problem.column and not text.startswith(problem.column):
        text = f"{problem.column}: {text}"
    return text


def _action_tip(row: PreviewRow) -> str:
    tip = _tr(_ACTION_TIPS[row.action])
    if row.refused:
        tip = "\n".join([tip, *(f"• {reason_text(p)}" for p in row.problems)])
    return tip


#: The leading columns; the sheet's own columns follow them.
LEAD_COLUMNS: tuple[Column[PreviewRow], ...] = (
    Column("row", QT_TRANSLATE_NOOP("ImportPreview", "Row"), lambda r: str(r.row),
           align=RIGHT, width=56,
           header_tip=QT_TRANSLATE_NOOP("ImportPreview", "The row's number as Excel shows it")),
    Column("action", QT_TRANSLATE_NOOP("ImportPreview", "Action"),
           lambda r: action_label(r.action), align=LEFT, width=96,
           header_tip=QT_TRANSLATE_NOOP("ImportPreview", "What the import will do with the row"),
           tooltip=_action_tip, color=lambda r: _ACTION_COLORS.get(r.action)),
    # The reasons in a column of their own, beside the action: not only in a tooltip, and
    # never scrolled out of view with the sheet's columns.
    Column("reasons", QT_TRANSLATE_NOOP("ImportPreview", "Reasons"),
           lambda r: " ".join(reason_text(p) for p in r.problems),
           align=LEFT, width=320,
           header_tip=QT_TRANSLATE_NOOP("ImportPreview", "Why a row is refused or what to check"),
           color=lambda r: ERROR_COLOR if r.refused else None),
)


class PreviewModel(QAbstractTableModel):
    """Read-only rows of an ImportPreview, optionally only those with problems."""

    def __init__(self, parent=None, *, lang: str = "ru") -> None:
        super().__init__(parent)
        self._lang = lang
        self._preview: ImportPreview | None = None
        self._columns: list[ImportColumn] = []
        self._rows: list[PreviewRow] = []
        self._only_problems = False
        # (Excel row, sheet column index) -> problems of that cell; rebuilt per preview.
        self._problems: dict[tuple[int, int], list[RowProblem]] = {}
        self._changed: dict[int, set[int]] = {}

    # -- content ---------------------------------------------------------------
    @property
    def preview(self) -> ImportPreview | None:
        return self._preview

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._columns = list(preview.columns) if preview is not None else []
        self._problems = {}
        self._changed = {}
        if preview is not None:
            index_of = {c.field: c.index for c in self._columns if c.field}
            for r in preview.rows:
                for p in r.problems:
                    if p.column_index is not None:
                        self._problems.setdefault((r.row, p.column_index), []).append(p)
                if r.action == UPDATE:
                    self._changed[r.row] = {index_of[f] for f in r.changes if f in index_of}
        self._rows = self._shown()
        self.endResetModel()

    def set_only_problems(self, only: bool) -> None:
        if only != self._only_problems:
            self.beginResetModel()
            self._only_problems = only
            self._rows = self._shown()
            self.endResetModel()

    def row(self, number: int) -> PreviewRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def column_of_sheet(self, sheet_index: int) -> int:
        """The model column showing the sheet's column ``sheet_index`` (0-based)."""
        return len(LEAD_COLUMNS) + next(i for i, c in enumerate(self._columns)
                                        if c.index == sheet_index)

    def _shown(self) -> list[PreviewRow]:
        if self._preview is None:
            return []
        if self._only_problems:
            return [r for r in self._preview.rows if r.problems]
        return list(self._preview.rows)

    # -- QAbstractTableModel -----------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() or self._preview is None:
            return 0
        return len(LEAD_COLUMNS) + len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < len(LEAD_COLUMNS):
            lead = LEAD_COLUMNS[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(lead.header)
            if role == Qt.ItemDataRole.ToolTipRole and lead.header_tip:
                return _tr(lead.header_tip)
            return None
        column = self._columns[section - len(LEAD_COLUMNS)]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(column.header.split())  # a header typed on two lines fits one
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.field is None:
                return _tr("Column %1: not imported (the import does not know this header)") \
                    .replace("%1", column.letter)
            return _tr("Column %1, read as: %2").replace("%1", column.letter).replace(
                "%2", BY_FIELD[column.field].header(self._lang))
        if role == Qt.ItemDataRole.ForegroundRole and column.field is None:
            return QBrush(_EXTRA_COLOR)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if row is None or not 0 <= index.column() < self.columnCount():
            return None
        if role == ROW_ROLE:
            return row
        if index.column() < len(LEAD_COLUMNS):
            return self._lead_data(LEAD_COLUMNS[index.column()], row, role)
        return self._cell_data(self._columns[index.column() - len(LEAD_COLUMNS)], row, role)

    def _lead_data(self, lead: Column[PreviewRow], row: PreviewRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return lead.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(lead.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and lead.tooltip is not None:
            return lead.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and lead.color is not None:
            color = lead.color(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and row.refused:
            return REFUSED_ROW_BRUSH
        return None

    def _cell_data(self, column: ImportColumn, row: PreviewRow, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.cells[column.index] if column.index < len(row.cells) else None
            return cell_text(value)
        problems = self._problems.get((row.row, column.index))
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return PROBLEM_BRUSH
            if row.refused:
                return REFUSED_ROW_BRUSH
            if column.index in self._changed.get(row.row, ()):
                return CHANGED_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return "\n".join(problem_text(p) for p in problems)
            if column.index in self._changed.get(row.row, ()):
                return _tr("Replaces the value on record.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column.field is None:
            return QBrush(_EXTRA_COLOR)
        return None
