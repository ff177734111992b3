"""A list's column header whose titles are never cut short, and the column chooser.

Kazakh and Russian headers are long ("Паспорттың жарамдылық мерзімі"): Qt's
header elides what does not fit ("Мужчинь…"). ``ListHeader`` never does. Each
section is kept at least as wide as its title needs on two lines (measured in
the current font, with room for the sort arrow), and a title wider than its
section wraps at a word onto a second line: the header grows to two lines then.

``ColumnChooser`` is the menu of a list's columns, each with a check box, and
"Restore defaults"; the header's context menu and the window's "Columns…"
command open it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QWidget

#: A title is wrapped onto at most this many lines.
MAX_LINES = 2
#: Pixels kept free beside the title (rounding of text widths, the style's frame).
SLACK = 4
_WRAP = Qt.TextFlag.TextWordWrap


def two_line_width(fm: QFontMetrics, text: str) -> int:
    """The least width (pixels) at which ``text`` wraps at words onto two lines at most."""
    words = text.split()
    if len(words) <= 1:
        return fm.horizontalAdvance(text)
    return min(max(fm.horizontalAdvance(" ".join(words[:k])),
                   fm.horizontalAdvance(" ".join(words[k:]))) for k in range(1, len(words)))


def wrapped_lines(fm: QFontMetrics, text: str, width: int) -> int:
    """How many lines ``text`` takes wrapped at words into ``width`` pixels."""
    if not text or fm.horizontalAdvance(text) <= width:
        return 1
    height = fm.boundingRect(QRect(0, 0, max(width, 1), 10_000), int(_WRAP), text).height()
    return max(1, round(height / fm.lineSpacing()))


class ListHeader(QHeaderView):
    """The horizontal header of every list (see the module docstring)."""

    #: The clerk asked for the column chooser (right click) at this global position.
    chooserRequested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("listHeader")
        # The wrap is added per section as it is painted (initStyleOptionForIndex): as a
        # default alignment it would make every remembered state fail to restore.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: self.chooserRequested.emit(self.mapToGlobal(pos)))
        self._fitting = False
        self.sectionResized.connect(self._resized)

    def initStyleOptionForIndex(self, option, section: int) -> None:
        super().initStyleOptionForIndex(option, section)
        option.textAlignment = option.textAlignment | _WRAP

    # -- measuring -----------------------------------------------------------------
    def title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def beside_title(self) -> int:
        """Pixels of a section its title may not use: the style's margins and the sort
        arrow (which the style sizes from the header's height: two lines are assumed)."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        room = 2 * margin + SLACK
        if self.isSortIndicatorShown():
            room += self._height_for(MAX_LINES) // 2 + 2 * margin
        return room

    def least_size(self, section: int) -> int:
        """The narrowest the section may be: its title on two lines at most."""
        return two_line_width(self.fontMetrics(), self.title(section)) + self.beside_title()

    def lines_needed(self, section: int) -> int:
        width = self.sectionSize(section) - self.beside_title()
        return min(MAX_LINES, wrapped_lines(self.fontMetrics(), self.title(section), width))

    def _height_for(self, lines: int) -> int:
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        fm = self.fontMetrics()
        return fm.height() + (lines - 1) * fm.lineSpacing() + 2 * margin + 4

    # -- keeping titles whole ------------------------------------------------------
    def fit(self) -> None:
        """Widen sections too narrow for their titles; two lines high when one wraps."""
        if self._fitting or self.model() is None:
            return
        self._fitting = True
        try:
            lines = 1
            for section in range(self.count()):
                if self.isSectionHidden(section):
                    continue
                least = self.least_size(section)
                if self.sectionSize(section) < least and \
                        self.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                    self.resizeSection(section, least)
                lines = max(lines, self.lines_needed(section))
            height = self._height_for(lines)
            if height != self.minimumHeight():
                self.setMinimumHeight(height)
                self.geometriesChanged.emit()  # the table makes room for the new height
        finally:
            self._fitting = False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        self.fit()

    def setModel(self, model) -> None:
        super().setModel(model)
        if model is not None:
            model.headerDataChanged.connect(lambda *_: self.fit())
            self.fit()


class ColumnChooser(QMenu):
    """Check boxes for a list's columns (in the clerk's order) and "Restore defaults".

    ``toggled(section, shown)`` and ``restore()`` are the kit's; the last column shown
    cannot be unchecked (a list without columns shows nothing).
    """

    def __init__(self, header: QHeaderView, toggled: Callable[[int, bool], None],
                 restore: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnChooser")
        self.setTitle(self.tr("Columns"))
        self.setToolTipsVisible(True)
        shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
        self.column_actions: dict[int, QAction] = {}
        model = header.model()
        for visual in range(header.count()):
            section = header.logicalIndex(visual)
            text = model.headerData(section, Qt.Orientation.Horizontal,
                                    Qt.ItemDataRole.DisplayRole)
            action = QAction(str(text or ""), self, checkable=True,
                             objectName=f"column_{section}")
            action.setChecked(not header.isSectionHidden(section))
            action.setEnabled(not (action.isChecked() and len(shown) == 1))
            action.toggled.connect(lambda on, s=section: toggled(s, on))
            self.addAction(action)
            self.column_actions[section] = action
        self.addSeparator()
        self.restoreAction = QAction(self.tr("Restore defaults"), self,
                                     objectName="restoreColumnsAction")
        self.restoreAction.setToolTip(self.tr("Every column shown, in the first order and "
                                              "widths"))
        self.restoreAction.triggered.connect(restore)
        self.addAction(self.restoreAction)
