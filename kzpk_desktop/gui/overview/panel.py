"""One chart of the Overview with its numbers beside it, and its two exports."""
from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .charts import ChartContent, Drill

CONTEXT = "Overview"
CHART_MIN_HEIGHT = 260
CHART_MIN_WIDTH = 380
#: The size of a saved picture (a 16:9 slide).
PICTURE_SIZE = QSize(1600, 900)


#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


class NumbersTable(QTableWidget):
    """The chart's numbers as plain cells: read by screen readers, copied with Ctrl+C."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_numbers(self, headers: list[str], rows: list[list]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                if isinstance(value, (int, float)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> str:
        """The selected cells (all, if none) as tab-separated lines, with the headers."""
        rows = sorted({i.row() for i in self.selectedIndexes()}) or range(self.rowCount())
        cols = sorted({i.column() for i in self.selectedIndexes()}) or range(self.columnCount())
        lines = ["\t".join(self.horizontalHeaderItem(c).text() for c in cols)]
        for r in rows:
            lines.append("\t".join(self.item(r, c).text() if self.item(r, c) else ""
                                   for c in cols))
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text


class ChartPanel(QWidget):
    """Title, the chart (bars clickable where they name people), the numbers, exports."""

    drillRequested = Signal(object)  # Drill
    savePictureRequested = Signal()
    saveNumbersRequested = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Panel")
        self.content: ChartContent | None = None
        self.view = QChartView(self)
        self.view.setObjectName(f"{key}Chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT)
        self.table = NumbersTable(self)
        self.table.setObjectName(f"{key}Table")
        self.emptyLabel = QLabel(self, objectName=f"{key}Empty", wordWrap=True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.hide()
        self.pictureButton = QToolButton(self, objectName=f"{key}PictureButton")
        self.pictureButton.clicked.connect(self.savePictureRequested)
        self.numbersButton = QToolButton(self, objectName=f"{key}NumbersButton")
        self.numbersButton.clicked.connect(self.saveNumbersRequested)
        self.hintLabel = QLabel(self, objectName=f"{key}Hint")
        self.hintLabel.setEnabled(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{key}Splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self._sized = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.hintLabel, 1)
        buttons.addWidget(self.pictureButton)
        buttons.addWidget(self.numbersButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.emptyLabel)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.pictureButton.setText(translate("Overview", "Save picture…"))
        self.pictureButton.setToolTip(translate("Overview", "Save the chart as a PNG picture, for a briefing"))
        self.numbersButton.setText(translate("Overview", "Save numbers…"))
        self.numbersButton.setToolTip(translate("Overview", "Save the numbers behind the chart as a spreadsheet"))

    def show_content(self, content: ChartContent) -> None:
        old = self.view.chart()
        self.content = content
        self.view.setChart(content.chart)
        if old is not None:
            old.deleteLater()
        self.table.set_numbers(content.headers, content.rows)
        self.table.setAccessibleName(content.chart.title())
        empty = not content.rows
        self.emptyLabel.setText(f"<b>{content.chart.title()}</b><br>{content.empty}")
        self.emptyLabel.setVisible(empty)
        self.splitter.setVisible(not empty)
        self.pictureButton.setEnabled(not empty)
        self.numbersButton.setEnabled(not empty)
        clickable = content.clicked is not None and not empty
        self.hintLabel.setText(translate("Overview", "Click a bar to see who is behind it.") if clickable else "")
        for set_index, bar_set in enumerate(content.bar_sets):
            bar_set.clicked.connect(lambda bar, s=set_index: self._clicked(s, bar))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the chart takes two thirds at first; the clerk may move it
            self._sized = True
            width = max(self.splitter.width(), 2 * CHART_MIN_WIDTH)
            self.splitter.setSizes([width * 2 // 3, width // 3])

    def _clicked(self, set_index: int, bar: int) -> None:
        if self.content is None or self.content.clicked is None:
            return
        drill: Drill | None = self.content.clicked(set_index, bar)
        if drill is not None:
            self.drillRequested.emit(drill)

    def picture(self, size: QSize = PICTURE_SIZE) -> QImage:
        """The chart drawn at ``size`` on white, whatever its size on screen (a briefing's
        slide wants the same picture from a laptop as from a large screen)."""
        chart = self.view.chart()
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        shown = chart.size()
        chart.resize(QSizeF(size))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        chart.scene().render(painter, QRectF(image.rect()), chart.sceneBoundingRect())
        painter.end()
        chart.resize(shown)
        return image
