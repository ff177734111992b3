"""The business settings shared by every workstation on the database (Tools > Settings).

One field per ``services.settings.SPECS`` entry, so a new setting appears here
without code. Only an administrator may change them: the service layer
refuses anyone else, and the dialog shows that refusal as it is worded.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services import settings as business
from ..services.errors import ValidationError
from ..services.settings import SettingSpec
from .area import Gate
from .i18n import problem_text, service_text
from .language import LanguageBox
from .ops import Change, Operations, describe
from .ops.changes import SETTINGS
from .widgets.record_dialog import ERROR_STYLE


class BusinessSettingsDialog(QDialog):
    def __init__(self, ops: Operations, parent: QWidget | None = None, *,
                 language: str | None = None, gate: Gate | None = None) -> None:
        """``gate`` (``AreaContext.gate``): below an administrator the shared settings are
        shown greyed, saying who may change them (the language stays the user's own)."""
        super().__init__(parent)
        self.setObjectName("businessSettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._ops = ops
        self._loaded: dict[str, Any] = {}
        #: What the last successful OK stored (key -> value).
        self.saved: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}

        note = QLabel(self.tr("These settings apply to every workstation that works on this "
                              "database. Only an administrator may change them."), self,
                      wordWrap=True)
        self.formError = QLabel(self, objectName="formError", wordWrap=True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for key, spec in business.SPECS.items():
            editor = self._editor(spec)
            editor.setObjectName(f"{key}Editor")
            error = QLabel(self, objectName=f"{key}Error", wordWrap=True)
            form.addRow(service_text(spec.label), editor)
            form.addRow("", error)
            self.editors[key], self._errors[key] = editor, error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        #: The interface language of this user on this workstation (not a database
        #: setting); None when the dialog was opened without one.
        self.languageBox: LanguageBox | None = None
        if language is not None:
            own = QGroupBox(self.tr("This workstation"), self, objectName="workstationBox")
            row = QFormLayout(own)
            self.languageBox = LanguageBox(language, own)
            row.addRow(self.tr("&Language of the interface"), self.languageBox)
            layout.addWidget(own)
        layout.addWidget(note)
        layout.addWidget(self.formError)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for label in (self.formError, *self._errors.values()):
            label.setStyleSheet(ERROR_STYLE)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if gate is not None:
            for editor in self.editors.values():
                gate(editor, "admin")
        self.load()
        self.setMinimumWidth(680)  # the markings and the signatory's position are long

    def _editor(self, spec: SettingSpec) -> QWidget:
        if spec.type is bool:
            return QCheckBox(self)
        if spec.type is str:
            return QLineEdit(self)
        box = QSpinBox(self) if spec.type is int else QDoubleSpinBox(self, decimals=1)
        # The service judges the range (and words the refusal); the box only stops typos.
        box.setRange(-10**6, 10**6)
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMaximumWidth(120)
        return box

    # -- values -------------------------------------------------------------------------
    def load(self) -> None:
        outcome = self._ops.call(lambda session: {key: business.get(session, spec)
                                                  for key, spec in business.SPECS.items()})
        if not outcome.ok:
            self._show(self.formError, describe(outcome.error))
            return
        self._loaded = outcome.value
        for key, value in self._loaded.items():
            self.set_value(key, value)
        self.clear_problems()

    def set_value(self, key: str, value: Any) -> None:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
            editor.setCursorPosition(0)  # a long text shows its beginning
        else:
            editor.setValue(value)

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QLineEdit):
            return editor.text()
        return editor.value()

    def changed(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self.editors
                if self.value(key) != self._loaded.get(key)}

    # -- problems -----------------------------------------------------------------------
    def clear_problems(self) -> None:
        for label in (self.formError, *self._errors.values()):
            label.clear()
            label.hide()

    def problem_shown(self, key: str = "") -> str:
        label = self._errors.get(key, self.formError)
        return "" if label.isHidden() else label.text()

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    # -- saving -------------------------------------------------------------------------
    def accept(self) -> None:
        changes = self.changed()
        if not changes:
            super().accept()
            return
        self.clear_problems()
        def write(session) -> None:
            for key, value in changes.items():
                business.put(session, business.SPECS[key], value)

        outcome = self._ops.call(write, write=True, changes=Change.of(SETTINGS),
                                 handle=(Exception,))
        if isinstance(outcome.error, ValidationError):
            for problem in outcome.error.problems:
                self._show(self._errors.get(problem.field, self.formError), problem_text(problem))
            return
        if outcome.error is not None:  # not an administrator, a database fault
            self._show(self.formError, describe(outcome.error))
            return
        self.saved = changes
        super().accept()

    def language(self) -> str | None:
        return self.languageBox.language() if self.languageBox is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations, *, language: str | None = None,
            gate: Gate | None = None) -> tuple[dict[str, Any], str | None]:
        """Show the dialog; the settings it changed (key -> new value), empty if none, and
        the interface language chosen (None when cancelled)."""
        dialog = cls(ops, parent, language=language, gate=gate)
        accepted = dialog.exec()
        return (dialog.saved, dialog.language()) if accepted else ({}, None)
