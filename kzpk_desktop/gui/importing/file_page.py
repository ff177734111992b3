"""The wizard's first step: the file, its sheet, the options, and the import template.

A file the import refuses outright (not a workbook, password-protected, too
big, a sheet without the required columns) is explained here, on this page,
before any row is read; the clerk picks another file or fixes this one.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ...services import importer
from ...services.categories import CategoryChoice
from ...services.dates import fmt
from ...services.errors import ServiceError
from ...services.rotations import RotationRow
from ..i18n import error_text
from ..planning.labels import rotation_status_label
from ..settings import Settings
from ..widgets.record_dialog import ERROR_STYLE


class FilePage(QWizardPage):
    """Choose the workbook and how to import it."""

    #: "Download template…" was pressed: the headers' language (kk, ru or en).
    templateRequested = Signal(str)

    def __init__(self, settings: Settings, rotations: Sequence[RotationRow],
                 categories: Sequence[CategoryChoice], lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filePage")
        self._settings = settings
        self._path: Path | None = None
        self._sheets: list[str] = []
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel list of servicemen (.xlsx or .xlsm): a header row "
                                 "with the column names, then one serviceman per row."))

        self.fileEdit = QLineEdit(self, objectName="fileEdit")
        self.fileEdit.setPlaceholderText(self.tr("Path of the workbook"))
        self.browseButton = QPushButton(self.tr("Browse…"), self, objectName="browseButton")
        self.sheetCombo = QComboBox(self, objectName="sheetCombo")
        self.sheetCombo.setToolTip(self.tr("The sheet to read; by default the first sheet "
                                           "that has data"))
        self.sheetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refusalLabel = QLabel(self, objectName="refusalLabel", wordWrap=True)
        self.refusalLabel.setStyleSheet(ERROR_STYLE)
        self.refusalLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusalLabel.hide()

        self.updateCheck = QCheckBox(self.tr("&Update servicemen already on record"), self,
                                     objectName="updateCheck")
        self.updateCheck.setToolTip(self.tr(
            "A row whose IIN, service number or passport number is already recorded updates "
            "that serviceman. Unticked, such a row is refused and reported."))
        self.skipCheck = QCheckBox(self.tr("&Skip invalid rows: import the valid ones and "
                                           "report the rest"), self, objectName="skipCheck")
        self.skipCheck.setToolTip(self.tr(
            "Unticked, the import is all or nothing: a single refused row and nothing is "
            "imported."))
        self.rotationCombo = QComboBox(self, objectName="rotationCombo")
        self.rotationCombo.addItem(self.tr("Do not nominate"), None)
        for r in rotations:
            if r.status == "completed":
                continue  # its roster is closed; the importer would refuse it
            name = f" «{r.name}»" if r.name else ""
            self.rotationCombo.addItem(
                f"{r.mission}-{r.number}{name} ({rotation_status_label(r.status)}, "
                f"{fmt(r.planned_start)}–{fmt(r.planned_end)})", r.id)
        self.rotationCombo.setToolTip(self.tr("Also nominate everyone imported to this "
                                              "rotation's roster"))
        self.categoryCombo = QComboBox(self, objectName="categoryCombo")
        for c in categories:
            self.categoryCombo.addItem(c.name, c.code)
        self.categoryCombo.setToolTip(self.tr("The UN personnel category of the nominations"))

        self.templateLanguageCombo = QComboBox(self, objectName="templateLanguageCombo")
        for code, name in (("ru", self.tr("Russian")), ("kk", self.tr("Kazakh")),
                           ("en", self.tr("English"))):
            self.templateLanguageCombo.addItem(name, code)
        self.templateLanguageCombo.setCurrentIndex(
            max(0, self.templateLanguageCombo.findData(lang)))
        self.templateLanguageCombo.setToolTip(self.tr("The language of the template's headers"))
        self.templateButton = QPushButton(self.tr("Download &template…"), self,
                                          objectName="templateButton")
        self.templateButton.setToolTip(self.tr("Save an empty workbook with every column the "
                                               "import reads, to fill in and import"))
        self._layout()

        self.browseButton.clicked.connect(self._browse)
        self.fileEdit.editingFinished.connect(self._path_typed)
        self.rotationCombo.currentIndexChanged.connect(self._rotation_changed)
        self.templateButton.clicked.connect(
            lambda: self.templateRequested.emit(self.templateLanguageCombo.currentData()))
        self._rotation_changed()

    def _layout(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.fileEdit, 1)
        file_row.addWidget(self.browseButton)
        form = QFormLayout()
        form.addRow(self.tr("&File:"), file_row)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.fileEdit)
        form.addRow(self.tr("S&heet:"), self.sheetCombo)
        form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.sheetCombo)

        options = QGroupBox(self.tr("Options"), self, objectName="optionsBox")
        rotation_form = QFormLayout()
        rotation_form.addRow(self.tr("&Nominate to rotation:"), self.rotationCombo)
        rotation_form.addRow(self.tr("&Category:"), self.categoryCombo)
        for row in range(2):
            label = rotation_form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setBuddy(self.rotationCombo if row == 0 else self.categoryCombo)
        box = QVBoxLayout(options)
        box.addWidget(self.updateCheck)
        box.addWidget(self.skipCheck)
        box.addLayout(rotation_form)

        line = QFrame(self, frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
        template_row = QHBoxLayout()
        template_row.addWidget(QLabel(self.tr("No list yet? Start from the import template, "
                                              "headers in:"), self))
        template_row.addWidget(self.templateLanguageCombo)
        template_row.addWidget(self.templateButton)
        template_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refusalLabel)
        layout.addWidget(options)
        layout.addStretch(1)
        layout.addWidget(line)
        layout.addLayout(template_row)

    # -- what the clerk chose ---------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    def sheet(self) -> str | None:
        """The chosen sheet; None lets the importer take the first sheet with data."""
        return self.sheetCombo.currentData()

    def rotation_id(self) -> int | None:
        return self.rotationCombo.currentData()

    def category(self) -> str:
        return self.categoryCombo.currentData() or "troops"

    def set_path(self, path: str | Path | None) -> None:
        """Take the file and list its sheets; a file the import refuses is explained here."""
        self._path = Path(path) if path else None
        self.fileEdit.setText(str(self._path) if self._path else "")
        self._sheets = []
        self.sheetCombo.clear()
        self.show_refusal(None)
        if self._path is not None:
            try:
                self._sheets = importer.list_sheets(self._path)
            except ServiceError as exc:
                self.show_refusal(error_text(exc))
            except OSError as exc:  # unreadable: permissions, a vanished network drive
                self.show_refusal(self.tr("%1 cannot be read: %2").replace(
                    "%1", self._path.name).replace("%2", exc.strerror or str(exc)))
        if self._sheets:
            self.sheetCombo.addItem(self.tr("The first sheet with data"), None)
            for name in self._sheets:
                self.sheetCombo.addItem(name, name)
        self.sheetCombo.setEnabled(bool(self._sheets))
        self.completeChanged.emit()

    def select_sheet(self, name: str) -> None:
        """Show the sheet the preview read (the automatic choice made definite)."""
        index = self.sheetCombo.findData(name)
        if index >= 0:
            self.sheetCombo.setCurrentIndex(index)

    def show_refusal(self, text: str | None) -> None:
        self.refusalLabel.setText(text or "")
        self.refusalLabel.setVisible(bool(text))

    # -- QWizardPage ---------------------------------------------------------------------
    def isComplete(self) -> bool:
        return self._path is not None and bool(self._sheets)

    def validatePage(self) -> bool:
        return self.wizard().run_preview()

    # -- reactions ----------------------------------------------------------------------
    def _browse(self) -> None:
        start = str(self._path.parent) if self._path else self._settings.last_folder
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import servicemen from"), start,
            ";;".join((self.tr("Excel workbooks (*.xlsx *.xlsm)"), self.tr("All files (*)"))))
        if chosen:
            self._settings.last_folder = str(Path(chosen).parent)
            self.set_path(chosen)

    def _path_typed(self) -> None:
        text = self.fileEdit.text().strip()
        if text != (str(self._path) if self._path else ""):
            self.set_path(text or None)

    def _rotation_changed(self) -> None:
        self.categoryCombo.setEnabled(self.rotationCombo.currentData() is not None)
