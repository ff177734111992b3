"""The wizard's second and last steps: what the import would do, then what it did."""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ...services.importer import (
    CREATE,
    REFUSED,
    UNCHANGED,
    UPDATE,
    ImportPreview,
    ImportResult,
)
from ..widgets.record_dialog import ERROR_STYLE
from .model import LEAD_COLUMNS, PreviewModel

NOTE_STYLE = "color: #8a5300;"
MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH = 60, 260


def _number(n: int) -> str:
    return QLocale().toString(n)


class PreviewPage(QWizardPage):
    """The parsed rows with every problem in its cell; Import writes them."""

    #: "Save error report…" was pressed.
    reportRequested = Signal()

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing is saved yet. Shaded red cells are refused; the "
                                 "Reasons column says why."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

        self.summaryLabel = QLabel(self, objectName="summaryLabel", wordWrap=True)
        self.countsLabel = QLabel(self, objectName="countsLabel", wordWrap=True)
        self.consequenceLabel = QLabel(self, objectName="consequenceLabel", wordWrap=True)
        self.rotationLabel = QLabel(self, objectName="rotationLabel", wordWrap=True)
        self.extraLabel = QLabel(self, objectName="extraLabel", wordWrap=True)
        self.extraLabel.setToolTip(self.tr("Headers the import does not know; these columns "
                                           "are left as they are and not imported"))
        self.messageLabel = QLabel(self, objectName="messageLabel", wordWrap=True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.hide()
        self.onlyProblemsCheck = QCheckBox(self.tr("&Only rows with problems"), self,
                                           objectName="onlyProblemsCheck")
        self.reportButton = QPushButton(self.tr("Save &error report…"), self,
                                        objectName="reportButton")
        self.reportButton.setToolTip(self.tr(
            "Save the refused rows with the reasons as an Excel workbook: correct it and "
            "import it again"))

        self.model = PreviewModel(self, lang=lang)
        self.table = QTableView(self, objectName="previewTable")
        self.table.setModel(self.model)
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        t.horizontalHeader().setHighlightSections(False)

        tools = QHBoxLayout()
        tools.addWidget(self.onlyProblemsCheck)
        tools.addStretch(1)
        tools.addWidget(self.reportButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.countsLabel)
        layout.addWidget(self.extraLabel)
        layout.addWidget(self.consequenceLabel)
        layout.addWidget(self.rotationLabel)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.messageLabel)

        self.onlyProblemsCheck.toggled.connect(self.model.set_only_problems)
        self.reportButton.clicked.connect(self.reportRequested)

    def show_preview(self, preview: ImportPreview, *, skip_invalid: bool) -> None:
        counts = preview.counts()
        self.model.set_preview(preview)
        self._size_columns()
        self.summaryLabel.setText(
            self.tr("Sheet «%1», header in row %2: %Ln row(s).", "", len(preview.rows))
            .replace("%1", preview.sheet).replace("%2", str(preview.header_row)))
        self.countsLabel.setText(
            self.tr("To create: %1 · to update: %2 · unchanged: %3 · refused: %4")
            .replace("%1", _number(counts[CREATE])).replace("%2", _number(counts[UPDATE]))
            .replace("%3", _number(counts[UNCHANGED])).replace("%4", _number(counts[REFUSED])))
        extra = preview.extra_columns
        self.extraLabel.setText(self.tr("Not imported (unknown headers): %1").replace(
            "%1", ", ".join(f"{' '.join(c.header.split())} ({c.letter})" for c in extra)))
        self.extraLabel.setVisible(bool(extra))
        self._show_consequence(preview, skip_invalid)
        if not preview.problems:
            self.onlyProblemsCheck.setChecked(False)  # else a new file would show no rows
        self.onlyProblemsCheck.setEnabled(bool(preview.problems))
        self.reportButton.setEnabled(counts[REFUSED] > 0)
        # "Import" only when something would be written.
        self._importable = (counts[CREATE] + counts[UPDATE] > 0
                            and (skip_invalid or not counts[REFUSED]))
        self.completeChanged.emit()
        self.show_message(None)

    def isComplete(self) -> bool:
        return getattr(self, "_importable", False)

    def _size_columns(self) -> None:
        # Fit the file's columns to what the first screenful shows (the view only measures
        # the rows in sight), within bounds so one long note does not push the rest away.
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for i in range(self.model.columnCount()):
            if i < len(LEAD_COLUMNS):
                header.resizeSection(i, max(LEAD_COLUMNS[i].width, header.sectionSize(i)))
            else:
                header.resizeSection(i, max(MIN_COLUMN_WIDTH,
                                            min(MAX_COLUMN_WIDTH, header.sectionSize(i) + 8)))

    def _show_consequence(self, preview: ImportPreview, skip_invalid: bool) -> None:
        counts = preview.counts()
        refused, total = counts[REFUSED], len(preview.rows)
        text = ""
        if refused and not skip_invalid:
            text = self.tr(
                "%1 of %Ln row(s) are refused, so nothing will be imported: correct the file, or "
                "go Back and tick «Skip invalid rows» to import the other rows.", "", total) \
                .replace("%1", _number(refused))
        elif refused:
            text = self.tr("%Ln refused row(s) will be left out.", "", refused)
        if not refused and counts[CREATE] + counts[UPDATE] == 0:
            text = self.tr("Every row is already on record with these values: there is nothing "
                           "to import.")
        self.consequenceLabel.setText(text)
        self.consequenceLabel.setStyleSheet(ERROR_STYLE if not skip_invalid else NOTE_STYLE)
        self.consequenceLabel.setVisible(bool(text))
        self.rotationLabel.setText(
            self.tr("Everyone imported will be nominated to rotation %1.")
            .replace("%1", preview.rotation) if preview.rotation else "")
        self.rotationLabel.setVisible(bool(preview.rotation))

    def show_message(self, text: str | None, *, error: bool = True) -> None:
        """A line under the table: why the import was refused, or that it was cancelled."""
        self.messageLabel.setText(text or "")
        self.messageLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.messageLabel.setVisible(bool(text))

    def validatePage(self) -> bool:
        return self.wizard().run_commit()


class ResultPage(QWizardPage):
    """What the import did."""

    reportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("The servicemen are in the registry; the import is recorded in "
                                 "the audit trail."))
        self.resultLabel = QLabel(self, objectName="resultLabel", wordWrap=True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reportButton = QPushButton(self.tr("Save &error report…"), self,
                                        objectName="resultReportButton")
        self.reportButton.setToolTip(self.tr("Save the rows that were left out, with the "
                                             "reasons, as an Excel workbook"))
        tools = QHBoxLayout()
        tools.addWidget(self.reportButton)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.resultLabel)
        layout.addLayout(tools)
        layout.addStretch(1)
        self.reportButton.clicked.connect(self.reportRequested)

    def show_result(self, preview: ImportPreview, result: ImportResult) -> None:
        lines = [self.tr("The file is imported: %1.").replace("%1", preview.path),
                 self.tr("Created: %1 · updated: %2 · unchanged: %3 · left out: %4")
                 .replace("%1", _number(result.created)).replace("%2", _number(result.updated))
                 .replace("%3", _number(result.unchanged)).replace("%4", _number(result.refused))]
        if preview.rotation:
            lines.append(self.tr("Nominated to rotation %1: %Ln serviceman(s).", "",
                                 result.nominated).replace("%1", preview.rotation))
        if result.refused:
            lines.append(self.tr("The rows left out are listed in the error report; correct "
                                 "them and import that workbook."))
        self.resultLabel.setText("\n".join(lines))
        self.reportButton.setVisible(result.refused > 0)
