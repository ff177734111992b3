"""The unit tree as a Qt item model, built from ``services.units.unit_tree``.

Each index carries its unit's id (``internalId``), so finding the parent or a
unit's row needs no Python objects behind the indexes. Retired units are shown
greyed and in italics with the date they were retired.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ...services.dates import fmt
from ...services.units import UnitNode
from ..documents.status import HISTORY_COLOR

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "UnitTree"
_HEADERS = (QT_TRANSLATE_NOOP("UnitTree", "Unit"), QT_TRANSLATE_NOOP("UnitTree", "Kind"))

LEVEL_LABELS = {
    "regiment": QT_TRANSLATE_NOOP("UnitLevels", "Regiment"),
    "battalion": QT_TRANSLATE_NOOP("UnitLevels", "Battalion"),
    "company": QT_TRANSLATE_NOOP("UnitLevels", "Company"),
    "platoon": QT_TRANSLATE_NOOP("UnitLevels", "Platoon"),
    "group": QT_TRANSLATE_NOOP("UnitLevels", "Group (individual posts)"),
}


def level_label(level: str) -> str:
    return QCoreApplication.translate("UnitLevels", LEVEL_LABELS[level]) \
        if level in LEVEL_LABELS else level


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._nodes: dict[int, UnitNode] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}

    # -- content ---------------------------------------------------------------------
    def set_nodes(self, nodes: Sequence[UnitNode]) -> None:
        """Show these units (depth-first, as ``unit_tree`` gives them)."""
        self.beginResetModel()
        self._nodes = {n.id: n for n in nodes}
        self._children = {None: []}
        self._row = {}
        for n in nodes:
            parent = n.parent_id if n.parent_id in self._nodes else None
            siblings = self._children.setdefault(parent, [])
            self._row[n.id] = len(siblings)
            siblings.append(n.id)
        self.endResetModel()

    def node(self, unit_id: int | None) -> UnitNode | None:
        return self._nodes.get(unit_id) if unit_id is not None else None

    def nodes(self) -> list[UnitNode]:
        return list(self._nodes.values())

    def unit_id(self, index: _Index) -> int | None:
        return index.internalId() if index.isValid() else None

    def index_of(self, unit_id: int | None, column: int = 0) -> QModelIndex:
        if unit_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row[unit_id], column, unit_id)

    def path(self, unit_id: int | None, separator: str = " / ") -> str:
        node = self.node(unit_id)
        return separator.join(node.path) if node is not None else ""

    # -- QAbstractItemModel --------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(_HEADERS):
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(self.unit_id(parent), [])
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index | None = None):  # type: ignore[override]
        if index is None:  # QObject.parent(): the model's owner
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        node = self._nodes.get(index.internalId())
        if node is None or node.parent_id not in self._nodes:
            return QModelIndex()
        return self.index_of(node.parent_id)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.unit_id(parent), []))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(_HEADERS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if index.column() == 0 else node.kind_name
        if role == ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{' / '.join(node.path)}\n{level_label(node.level)}, {node.kind_name}"
            if node.retired_on is not None:
                tip += "\n" + QCoreApplication.translate("UnitTree", "Retired on %1").replace(
                    "%1", fmt(node.retired_on))
            return tip
        if node.retired_on is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(HISTORY_COLOR)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
