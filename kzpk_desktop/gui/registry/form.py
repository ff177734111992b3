"""The serviceman record form: the Designer form plus its behaviour.

The widget knows nothing of the database: the page loads a ServicemanData
into it, reads ``value()`` back, and hands it the service's problems to show
next to the fields.
"""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...db.models import BLOOD_GROUPS
from ...services import text
from ...services.errors import Problem
from ...services.identity import IIN_LENGTH, InvalidIin, parse_iin
from ...services.ranks import RankChoice
from ...services.servicemen import ServicemanData
from ..forms.ui_serviceman_form import Ui_ServicemanForm
from ..i18n import problem_text, service_text
from ..labels import sex_choices, status_choices
from ..prompts import Button, Prompt
from ..widgets.dates import OptionalDateEdit
from ..widgets.record_dialog import ERROR_STYLE, error_label_name

#: ServicemanData attribute -> the widget that edits it (object names in the .ui file).
FIELD_WIDGETS = {
    "iin": "iinEdit", "service_number": "serviceNumberEdit", "surname": "surnameEdit",
    "given_name": "givenNameEdit", "patronymic": "patronymicEdit",
    "surname_latin": "surnameLatinEdit", "given_names_latin": "givenNamesLatinEdit",
    "birth_date": "birthDateEdit", "sex": "sexCombo", "rank_id": "rankCombo",
    "status": "statusCombo", "speciality": "specialityEdit", "english_level": "englishLevelEdit",
    "driving_licence": "drivingLicenceEdit", "blood_group": "bloodGroupCombo",
    "passport_number": "passportNumberEdit", "passport_issued": "passportIssuedEdit",
    "passport_expires": "passportExpiresEdit", "phone": "phoneEdit", "kin_name": "kinNameEdit",
    "kin_relation": "kinRelationEdit", "kin_phone": "kinPhoneEdit", "notes": "notesEdit",
}
#: The Latin field each Cyrillic name suggests a spelling for.
LATIN_OF = {"surname": "surname_latin", "given_name": "given_names_latin"}


class ServicemanForm(QWidget):
    dirtyChanged = Signal(bool)
    saveRequested = Signal()
    deleteRequested = Signal()
    #: Esc on a form with nothing to revert: give the keyboard back to the list.
    leaveRequested = Signal()

    def __init__(self, ranks: list[RankChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServicemanForm()
        self.ui.setupUi(self)
        self._loaded = ServicemanData()
        self._baseline: tuple = ()
        self._dirty = False
        self._auto_latin: dict[str, str] = {}  # Latin field -> what we suggested
        self._may_edit, self._may_delete = True, True  # what the signed-in role may do
        self._auto_from_iin: dict[str, object] = {}  # birth_date / sex we filled in
        self._fill_choices(ranks)
        self._setup_behaviour()
        self.load(None)

    # -- set-up -----------------------------------------------------------------
    def widget(self, field: str) -> QWidget:
        return getattr(self.ui, FIELD_WIDGETS[field])

    def error_label(self, field: str) -> QLabel:
        return getattr(self.ui, error_label_name(field) if field else "formError")

    def _fill_choices(self, ranks: list[RankChoice]) -> None:
        ui = self.ui
        ui.sexCombo.addItem("", None)
        for code, label in sex_choices():
            ui.sexCombo.addItem(label, code)
        for code, label in status_choices():
            ui.statusCombo.addItem(label, code)
        ui.bloodGroupCombo.addItem("", None)
        for group in BLOOD_GROUPS:
            ui.bloodGroupCombo.addItem(group, group)
        for rank in ranks:
            ui.rankCombo.addItem(rank.name, rank.id)
        # Typing any part of a rank's name offers the matching ranks.
        completer = QCompleter(ui.rankCombo.model(), ui.rankCombo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.rankCombo.setCompleter(completer)
        ui.rankCombo.lineEdit().setPlaceholderText(self.tr("type to search"))

    def _setup_behaviour(self) -> None:
        ui = self.ui
        for field in [*FIELD_WIDGETS, ""]:
            label = self.error_label(field)
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        # One label width for every group, so all fields start on the same line.
        labels = [w for name, w in vars(ui).items()
                  if name.endswith("Label") and name != "titleLabel" and isinstance(w, QLabel)]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        title_font = ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        ui.iinEdit.textEdited.connect(self._on_iin_edited)
        ui.iinEdit.editingFinished.connect(self._on_iin_finished)
        ui.surnameEdit.textEdited.connect(lambda t: self._suggest_latin("surname", t))
        ui.givenNameEdit.textEdited.connect(lambda t: self._suggest_latin("given_name", t))
        for field in FIELD_WIDGETS:
            widget = self.widget(field)
            if isinstance(widget, OptionalDateEdit):
                widget.valueChanged.connect(self._update_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._update_dirty)
                if widget.isEditable():
                    widget.editTextChanged.connect(self._update_dirty)
            else:  # line edits and the notes
                widget.textChanged.connect(self._update_dirty)
        ui.saveButton.clicked.connect(self.saveRequested)
        ui.revertButton.clicked.connect(self.revert)
        ui.deleteButton.clicked.connect(self.deleteRequested)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_escape)

    def event(self, event: QEvent) -> bool:
        # Inside the form, Delete edits text; it must never reach the window's
        # "delete the record" shortcut (a non-editable combo would let it through).
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Delete:
            event.accept()
            return True
        return super().event(event)

    # -- data in and out ------------------------------------------------------
    @property
    def record_id(self) -> int | None:
        return self._loaded.id

    def is_new(self) -> bool:
        return self._loaded.id is None

    def is_dirty(self) -> bool:
        return self._dirty

    def load(self, data: ServicemanData | None) -> None:
        """Show a record (None: an empty form for a new serviceman); clears errors."""
        data = dataclasses.replace(data) if data is not None else ServicemanData()
        self._loaded = data
        self._auto_latin.clear()
        self._auto_from_iin.clear()
        ui = self.ui
        for field, name in FIELD_WIDGETS.items():
            widget = getattr(ui, name)
            value = getattr(data, field)
            widget.blockSignals(True)
            if isinstance(widget, OptionalDateEdit):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else -1
                if index < 0 and not widget.isEditable():
                    index = widget.findData(None)
                widget.setCurrentIndex(index)
                if widget.isEditable():
                    widget.setEditText(widget.itemText(index) if index >= 0 else "")
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
                widget.setCursorPosition(0)
            else:
                widget.setPlainText(value or "")
            widget.blockSignals(False)
        self.clear_problems()
        self._baseline = self._state()
        self._set_dirty(False)
        self._show_title()
        ui.deleteButton.setEnabled(self._may_delete and not self.is_new())
        ui.scrollArea.verticalScrollBar().setValue(0)

    def set_access(self, *, may_edit: bool, may_delete: bool) -> None:
        """Fit the form to the signed-in role: a viewer reads, only a supervisor deletes.

        The services refuse anyway; this keeps the clerk from typing what cannot be saved.
        """
        self._may_edit, self._may_delete = may_edit, may_delete
        for field in FIELD_WIDGETS:
            widget = self.widget(field)
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not may_edit)  # still selectable and copyable
            else:
                widget.setEnabled(may_edit)
        self.ui.saveButton.setVisible(may_edit)
        self.ui.revertButton.setVisible(may_edit)
        self.ui.deleteButton.setVisible(may_delete)
        self.ui.deleteButton.setEnabled(may_delete and not self.is_new())

    def load_as_new(self, data: ServicemanData) -> None:
        """Keep what is on screen as an unsaved new record (its original was deleted)."""
        self.load(None)
        self.load_values(dataclasses.replace(data, id=None, version=None))

    def load_values(self, data: ServicemanData) -> None:
        """Put values into the fields as if typed: the record they belong to stays."""
        loaded, baseline = self._loaded, self._baseline
        self.load(dataclasses.replace(data, id=loaded.id, version=loaded.version))
        self._loaded, self._baseline = loaded, baseline
        self._update_dirty()
        self._show_title()
        self.ui.deleteButton.setEnabled(self._may_delete and not self.is_new())

    def value(self) -> ServicemanData:
        """What the form says now, with the id and version of the record it was loaded from."""
        ui = self.ui
        values: dict = {}
        for field, name in FIELD_WIDGETS.items():
            widget = getattr(ui, name)
            if isinstance(widget, OptionalDateEdit):
                values[field] = widget.value()
            elif widget is ui.rankCombo:
                values[field] = self._rank_id()
            elif isinstance(widget, QComboBox):
                values[field] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[field] = widget.text()
            else:
                values[field] = widget.toPlainText()
        return ServicemanData(**values, id=self._loaded.id, version=self._loaded.version)

    def local_problems(self) -> list[Problem]:
        """What the form itself can tell before the service is asked."""
        if self.ui.rankCombo.currentText().strip() and self._rank_id() is None:
            return [Problem("rank_id", QCoreApplication.translate(
                "ServicemanForm", "Choose a rank from the list, or leave the field empty."))]
        return []

    def _rank_id(self) -> int | None:
        combo = self.ui.rankCombo
        wanted = combo.currentText().strip()
        if not wanted:
            return None
        index = combo.findText(wanted, Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def _state(self) -> tuple:
        # Raw widget contents: also sees a rank name typed but not yet matched.
        value = self.value()
        return (dataclasses.astuple(value), self.ui.rankCombo.currentText().strip())

    # -- problems ------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        """Put each problem under its field (record-wide ones at the top); focus the first."""
        self.clear_problems()
        by_label: dict[QLabel, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in FIELD_WIDGETS else ""
            message = problem_text(problem)
            if field == "" and problem.field:
                message = f"{problem.field}: {message}"
            by_label.setdefault(self.error_label(field), []).append(message)
        for label, messages in by_label.items():
            label.setText("\n".join(messages))
            label.show()
        fields = {p.field for p in problems}
        first = next((f for f in FIELD_WIDGETS if f in fields), None)  # in the form's order
        if first is not None:
            widget = self.widget(first)
            self.ui.scrollArea.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        for field in [*FIELD_WIDGETS, ""]:
            label = self.error_label(field)
            label.clear()
            label.hide()

    def problem_shown(self, field: str) -> str:
        """The message under a field ('' if none), as the clerk reads it."""
        label = self.error_label(field)
        return "" if label.isHidden() else label.text()

    def _set_field_problem(self, field: str, message: str) -> None:
        label = self.error_label(field)
        label.setText(message)
        label.setVisible(bool(message))

    # -- behaviour ------------------------------------------------------------------
    def revert(self) -> None:
        self.load(self._loaded)

    def _on_escape(self) -> None:
        if not self._dirty:
            self.leaveRequested.emit()
            return
        answer = Prompt.ask(self, self.tr("Revert changes"),
                            self.tr("Undo the changes made to this record since it was opened?"),
                            {Button.Discard: self.tr("Undo changes"),
                             Button.Cancel: self.tr("Keep editing")},
                            Button.Cancel)
        if answer == Button.Discard:
            self.revert()

    def _on_iin_edited(self, value: str) -> None:
        digits = value.strip()
        if len(digits) < IIN_LENGTH:
            self._set_field_problem("iin", "")  # still typing
            return
        self._check_iin(digits)

    def _on_iin_finished(self) -> None:
        digits = self.ui.iinEdit.text().strip()
        if digits:
            self._check_iin(digits)

    def _check_iin(self, digits: str) -> None:
        try:
            info = parse_iin(digits)
        except InvalidIin as exc:
            self._set_field_problem("iin", service_text(exc.template, exc.args_))
            return
        self._set_field_problem("iin", "")
        # Fill what is empty or was filled from an earlier IIN; never what the clerk chose.
        birth = self.ui.birthDateEdit
        if birth.value() is None or birth.value() == self._auto_from_iin.get("birth_date"):
            birth.set_value(info.birth_date)
            self._auto_from_iin["birth_date"] = info.birth_date
        sex = self.ui.sexCombo
        if sex.currentData() is None or sex.currentData() == self._auto_from_iin.get("sex"):
            sex.setCurrentIndex(sex.findData(info.sex))
            self._auto_from_iin["sex"] = info.sex

    def _suggest_latin(self, field: str, cyrillic: str) -> None:
        latin_field = LATIN_OF[field]
        edit: QLineEdit = self.widget(latin_field)
        current = edit.text()
        # Our own earlier suggestion may be replaced; anything the clerk typed may not.
        ours = current == self._auto_latin.get(latin_field)
        suggestion = text.suggest_latin(cyrillic, "" if ours else current)
        if suggestion is None and ours:
            suggestion = ""
        if suggestion is not None:
            edit.setText(suggestion)
            self._auto_latin[latin_field] = suggestion

    def _update_dirty(self, *_args) -> None:
        self._set_dirty(self._state() != self._baseline)

    def _set_dirty(self, dirty: bool) -> None:
        self.ui.saveButton.setEnabled(dirty)
        self.ui.revertButton.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self._show_title()
            self.dirtyChanged.emit(dirty)

    def _show_title(self) -> None:
        d = self._loaded
        if d.id is None:
            title = self.tr("New serviceman")
        else:
            title = text.full_name(d)
        if self._dirty:
            title = self.tr("%1 (not saved)").replace("%1", title)
        self.ui.titleLabel.setText(title)
