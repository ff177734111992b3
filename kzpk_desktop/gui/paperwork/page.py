"""The Paperwork area: pick a report, set its parameters, write it to a file.

The form shows only what the chosen report needs. Export asks for the file
(in the last folder used), refuses a locked or read-only target at once, then
writes the report in the background with a progress dialog that can cancel
(``gui.exporting``), records it in the audit trail and offers to open it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import settings as business
from ...services.missions import list_missions
from ...services.rotations import list_rotations
from ..area import PRINT, REFRESH, AreaContext, AreaPage
from ..exporting import choose_target, run_export
from ..prompts import Prompt
from ..settings import Settings
from ..widgets.dates import DATE_FORMAT
from .chooser import ServicemanChooser, describe, find_by_iin
from .reports import (
    AS_OF,
    LANGUAGE,
    PERIOD,
    REPORTS,
    SCOPE,
    SERVICEMAN,
    WINDOW,
    Params,
    ReportSpec,
    export_job,
    suggested_name,
)

SPLITTER_KEY = "paperwork"
MAX_WINDOW_DAYS = 3650
PANEL_MAX_WIDTH = 720
#: Characters a rotation or mission choice shows before its name is cut (full text in the list).
CHOICE_CHARS = 36


class PaperworkPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("paperworkPage")
        self._ctx = ctx
        self._ops = ctx.ops
        self._window_default = 0
        self._rotation_names: dict[int, str] = {}

        self.reportList = QListWidget(self, objectName="reportList")
        self.reportList.setSpacing(2)
        for spec in REPORTS:
            item = QListWidgetItem(spec.translated_title(), self.reportList)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.translated_description())

        self.titleLabel = QLabel(self, objectName="reportTitle")
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.descriptionLabel = QLabel(self, objectName="reportDescription", wordWrap=True)
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self._make_fields()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("Scope:"), self.scopeBox)
        self.form.addRow(self.tr("&As of:"), self.asOfEdit)
        self.form.addRow(self.tr("&Period:"), self.periodBox)
        self.form.addRow(self.tr("&Serviceman (IIN):"), self.servicemanBox)
        self.form.addRow(self.tr("Expiring &within:"), self.withinSpin)
        self.form.addRow(self.tr("&Language of the report:"), self.languageCombo)
        self.form.addRow(self.tr("&Handling marking:"), self.markingEdit)
        self._rows = {SCOPE: self.scopeBox, AS_OF: self.asOfEdit, PERIOD: self.periodBox,
                      SERVICEMAN: self.servicemanBox, WINDOW: self.withinSpin,
                      LANGUAGE: self.languageCombo}

        self.exportButton = QPushButton(self.tr("&Export…"), self, objectName="exportButton")
        self.exportButton.setDefault(True)
        self.exportButton.setToolTip(self.tr("Choose the file, then write the report; "
                                             "it can be cancelled while it is written"))
        self.previewButton = QPushButton(self.tr("&Print preview…"), self,
                                         objectName="previewButton")
        self.previewButton.setToolTip(self.tr("The pages of the report as they will print; "
                                              "print them from there"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.previewButton)
        buttons.addWidget(self.exportButton)

        line = QFrame(self, frameShape=QFrame.Shape.HLine, frameShadow=QFrame.Shadow.Sunken)
        panel = QWidget(self, objectName="reportPanel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(12, 6, 12, 6)
        panel_layout.addWidget(self.titleLabel)
        panel_layout.addWidget(self.descriptionLabel)
        panel_layout.addWidget(line)
        panel_layout.addLayout(self.form)
        panel_layout.addLayout(buttons)
        panel_layout.addStretch(1)
        # A form stretched across a wide screen is hard to read: keep it to a page's width.
        panel.setMaximumWidth(PANEL_MAX_WIDTH)
        holder = QWidget(self)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(panel, 1)
        holder_layout.addStretch(0)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="paperworkSplitter")
        self.splitter.addWidget(self.reportList)
        self.splitter.addWidget(holder)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.reportList.currentRowChanged.connect(self._show_report)
        self.scopeGroup.idToggled.connect(lambda _id, _on: self._update_scope())
        self.iinEdit.textChanged.connect(self._show_person)
        self.findButton.clicked.connect(self.find_serviceman)
        self.languageCombo.activated.connect(self._remember_language)
        self.languageCombo.currentIndexChanged.connect(self._fill_marking)
        self.exportButton.clicked.connect(self.export)
        self.previewButton.clicked.connect(self.print_preview)
        self.setFocusProxy(self.reportList)

        self._load_choices()
        self._show_person("")
        self.reportList.setCurrentRow(0)

    def _make_fields(self) -> None:
        self.rotationRadio = QRadioButton(self.tr("&Rotation"), self, objectName="rotationRadio")
        self.rotationCombo = QComboBox(self, objectName="rotationCombo")
        self.rotationRadio.setToolTip(self.tr("Everyone cleared for the rotation: approved, "
                                              "deployed or back"))
        self.missionRadio = QRadioButton(self.tr("&Mission"), self, objectName="missionRadio")
        self.missionRadio.setToolTip(self.tr("Everyone deployed in the mission on the date"))
        self.missionCombo = QComboBox(self, objectName="missionCombo")
        for combo in (self.rotationCombo, self.missionCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(CHOICE_CHARS)
        self.scopeGroup = QButtonGroup(self)
        self.scopeGroup.addButton(self.rotationRadio, 0)
        self.scopeGroup.addButton(self.missionRadio, 1)
        self.rotationRadio.setChecked(True)
        self.scopeBox = QWidget(self, objectName="scopeBox")
        grid = QGridLayout(self.scopeBox)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.rotationRadio, 0, 0)
        grid.addWidget(self.rotationCombo, 0, 1)
        grid.addWidget(self.missionRadio, 1, 0)
        grid.addWidget(self.missionCombo, 1, 1)
        grid.setColumnStretch(2, 1)

        self.asOfEdit = QDateEdit(QDate.currentDate(), self, objectName="asOfEdit")
        self.asOfEdit.setCalendarPopup(True)
        self.asOfEdit.setDisplayFormat(DATE_FORMAT)

        today = QDate.currentDate()
        self.fromEdit = QDateEdit(QDate(today.year() - 10, 1, 1), self, objectName="fromEdit")
        self.toEdit = QDateEdit(today, self, objectName="toEdit")
        self.periodBox = QWidget(self, objectName="periodBox")
        period = QHBoxLayout(self.periodBox)
        period.setContentsMargins(0, 0, 0, 0)
        for edit, label in ((self.fromEdit, self.tr("from")), (self.toEdit, self.tr("to"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            period.addWidget(QLabel(label, self.periodBox))
            period.addWidget(edit)
        period.addStretch(1)
        self.toEdit.setToolTip(self.tr("The strength is given as of this day"))

        self.iinEdit = QLineEdit(self, objectName="iinEdit", maxLength=12, clearButtonEnabled=True)
        self.iinEdit.setPlaceholderText(self.tr("12 digits"))
        self.iinEdit.setMaximumWidth(self.iinEdit.fontMetrics().horizontalAdvance("0" * 12) + 48)
        self.findButton = QPushButton(self.tr("&Find…"), self, objectName="findServicemanButton")
        self.findButton.setToolTip(self.tr("Search the registry by name, IIN or service number"))
        self.personLabel = QLabel(self, objectName="personLabel", wordWrap=True)
        self.servicemanBox = QWidget(self, objectName="servicemanBox")
        box = QGridLayout(self.servicemanBox)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.iinEdit, 0, 0)
        box.addWidget(self.findButton, 0, 1)
        box.addWidget(self.personLabel, 1, 0, 1, 3)
        box.setColumnStretch(2, 1)

        self.withinSpin = QSpinBox(self, objectName="withinSpin")
        self.withinSpin.setRange(0, MAX_WINDOW_DAYS)
        self.withinSpin.setSuffix(self.tr(" days"))
        self.withinSpin.setToolTip(self.tr("Documents expiring within this many days from today "
                                           "(those already expired are always listed)"))

        self.languageCombo = QComboBox(self, objectName="languageCombo")
        for code, name in (("ru", self.tr("Russian")), ("kk", self.tr("Kazakh")),
                           ("en", self.tr("English"))):
            self.languageCombo.addItem(name, code)
        self.languageCombo.setToolTip(self.tr("The language of the report's labels, whatever "
                                              "the language of this window"))

        self.markingEdit = QLineEdit(self, objectName="markingEdit", maxLength=120)
        self.markingEdit.setPlaceholderText(self.tr("none"))
        self.markingEdit.setToolTip(self.tr("Printed at the top right of every page, in the "
                                            "report's language (Settings holds the default of "
                                            "each language); leave it empty for no marking"))

    # -- AreaPage --------------------------------------------------------------------
    def commands(self) -> set[str]:
        return {REFRESH, PRINT}

    def refresh(self) -> None:
        self._load_choices()
        self._show_person(self.iinEdit.text())

    def save_state(self, settings: Settings) -> None:
        settings.remember_splitter(SPLITTER_KEY, self.splitter)

    def restore_state(self, settings: Settings) -> None:
        settings.restore_splitter(SPLITTER_KEY, self.splitter, [220, 1000])

    def event(self, e: QEvent) -> bool:
        # Rotations and missions added in another area since: list them when shown again.
        if e.type() == QEvent.Type.Show:
            self._load_choices()
        return super().event(e)

    # -- the form --------------------------------------------------------------------
    def current_spec(self) -> ReportSpec:
        return REPORTS[max(self.reportList.currentRow(), 0)]

    def select_report(self, key: str) -> None:
        self.reportList.setCurrentRow(next(i for i, s in enumerate(REPORTS) if s.key == key))

    def _show_report(self, row: int) -> None:
        if not 0 <= row < len(REPORTS):
            return
        spec = REPORTS[row]
        self.titleLabel.setText(spec.translated_title())
        self.descriptionLabel.setText(spec.translated_description())
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, key in spec.params)
        lang = (self._ctx.settings.export_language(spec.key)
                or spec.default_language(self._ctx.lang))
        self.languageCombo.setCurrentIndex(max(self.languageCombo.findData(lang), 0))
        self._update_scope()

    def _update_scope(self) -> None:
        by_rotation = self.rotationRadio.isChecked()
        self.rotationCombo.setEnabled(by_rotation)
        self.missionCombo.setEnabled(not by_rotation)
        # A rotation's roll lists everyone cleared for it, whatever the date.
        self.asOfEdit.setEnabled(self.current_spec().key != "nominal-roll" or not by_rotation)

    def _fill_marking(self, _index: int = 0) -> None:
        """The marking the settings give the chosen report language."""
        lang = self.languageCombo.currentData()
        if lang is None:
            return
        outcome = self._ops.call(lambda session: business.report_marking(session, lang))
        if outcome.ok:  # else said on the status bar; the field keeps what it had
            self.markingEdit.setText(outcome.value)

    def _remember_language(self, _index: int) -> None:
        self._ctx.settings.set_export_language(self.current_spec().key,
                                               self.languageCombo.currentData())

    def _load_choices(self) -> None:
        """Rotations and missions for the roll, keeping the current choices; the window."""
        rotation, mission = self.rotationCombo.currentData(), self.missionCombo.currentData()
        lang = self._ctx.lang

        def read(session):
            return (list_rotations(session),
                    [(m.acronym, m.name(lang)) for m in list_missions(session)],
                    business.warning_window_days(session))

        outcome = self._ops.call(read)
        if not outcome.ok:
            return  # said on the status bar; Refresh reads them again
        rotations, missions, window = outcome.value
        self._rotation_names = {r.id: f"{r.mission}-{r.number}" for r in rotations}
        self.rotationCombo.clear()
        for r in rotations:
            self.rotationCombo.addItem(f"{r.mission}-{r.number}: {r.name}", r.id)
        self.missionCombo.clear()
        for acronym, name in missions:
            self.missionCombo.addItem(f"{acronym} — {name}", acronym)
        for combo, value in ((self.rotationCombo, rotation), (self.missionCombo, mission)):
            found = combo.findData(value) if value is not None else -1
            if found >= 0:
                combo.setCurrentIndex(found)
        if not rotations and not self.missionRadio.isChecked():
            self.missionRadio.setChecked(True)
        self.rotationRadio.setEnabled(bool(rotations))
        # The business warning window, unless the clerk has chosen another.
        if self.withinSpin.value() == self._window_default:
            self.withinSpin.setValue(window)
        self._window_default = window

    def _show_person(self, text: str) -> None:
        iin = text.strip()
        if not iin:
            self.personLabel.setText(self.tr("Type the IIN or find the serviceman."))
            return
        if len(iin) < 12:
            self.personLabel.setText("")
            return
        found = find_by_iin(self._ops, iin, self._ctx.lang)
        self.personLabel.setText(describe(found) if found is not None
                                 else self.tr("No serviceman has this IIN."))

    def find_serviceman(self) -> None:
        found = ServicemanChooser.ask(self, self._ops, self._ctx.lang)
        if found is not None:
            self.iinEdit.setText(found.iin)

    def params(self) -> Params:
        rotation = self.rotationCombo.currentData()
        by_rotation = self.rotationRadio.isChecked() and rotation is not None
        return Params(
            lang=self.languageCombo.currentData(), marking=self.markingEdit.text().strip(),
            as_of=self.asOfEdit.date().toPython(),
            rotation_id=rotation if by_rotation else None,
            rotation=self._rotation_names.get(rotation) if by_rotation else None,
            mission=None if by_rotation else self.missionCombo.currentData(),
            iin=self.iinEdit.text().strip() or None, within_days=self.withinSpin.value(),
            start=self.fromEdit.date().toPython(), end=self.toEdit.date().toPython())

    def _missing(self, spec: ReportSpec, p: Params) -> str | None:
        """What the clerk still has to give before the file is asked for."""
        if spec.key == "nominal-roll" and p.rotation_id is None and p.mission is None:
            return self.tr("Choose the rotation or the mission of the roll.")
        if spec.key == "participation" and p.end < p.start:
            return self.tr("The period ends before it starts: choose a later \"to\" date.")
        if spec.key == "personnel-card":
            if p.iin is None:
                return self.tr("Type the IIN of the serviceman, or find him or her with "
                               "Find….")
            if find_by_iin(self._ops, p.iin, self._ctx.lang) is None:
                return self.tr("No serviceman has the IIN %1.").replace("%1", p.iin)
        return None

    # -- export ----------------------------------------------------------------------
    def print_preview(self) -> bool:
        """Show the pages of the chosen report as they will print; True when shown."""
        from ..print_preview import print_preview

        spec, p = self.current_spec(), self.params()
        missing = self._missing(spec, p)
        if missing is not None:
            Prompt.inform(self, spec.translated_title(), missing)
            return False
        self._ctx.settings.set_export_language(spec.key, p.lang)
        return print_preview(self, self._ops, self._ctx.settings, export_job(spec, p),
                             suggested_name(spec, p, dt.date.today()))

    def export(self) -> Path | None:
        """Ask for the file and write the chosen report there; the path, or None."""
        spec, p = self.current_spec(), self.params()
        title = spec.translated_title()
        missing = self._missing(spec, p)
        if missing is not None:
            Prompt.inform(self, title, missing)
            return None
        settings = self._ctx.settings
        settings.set_export_language(spec.key, p.lang)
        path = choose_target(self, settings, self.tr("Save %1").replace("%1", title),
                             suggested_name(spec, p, dt.date.today()))
        if path is None:
            return None
        written = run_export(self, self._ops, path, export_job(spec, p))
        if written is not None:
            self.statusMessage.emit(self.tr("%1 saved: %2").replace("%1", title)
                                    .replace("%2", str(written)))
        return written
