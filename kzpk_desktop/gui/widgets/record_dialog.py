"""A dialog that saves through a service and shows the service's refusals by the fields.

The dialog knows no database: the page hands it a ``save(value) -> id``
callable that runs one transaction (through the operations layer's writer). A
ValidationError keeps the dialog open with each problem under its field;
anything else refused or failed goes on top, as the one failure formatter says it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QWidget

from ...services.errors import Problem, ValidationError
from ..i18n import problem_text
from ..ops import describe

ERROR_STYLE = "color: #b3261e;"


def error_label_name(field: str) -> str:
    """"planned_start" -> "plannedStartError" (the object name in the .ui file)."""
    head, *rest = field.removesuffix("_id").split("_")
    return head + "".join(p.capitalize() for p in rest) + "Error"


class RecordDialog(QDialog):
    """Base of the record dialogs built from a Designer form.

    Subclasses set ``FIELDS`` (data field -> widget name), implement
    ``load`` / ``value``; the form must hold a ``formError`` label, a
    ``<field>Error`` label per field and a ``buttonBox``.
    """

    FIELDS: dict[str, str] = {}

    def __init__(self, ui, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.setupUi(self)
        self._save: Callable[[object], int] | None = None
        self.saved_id: int | None = None
        for label in self._error_labels():
            label.setStyleSheet(ERROR_STYLE)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for field in self.FIELDS:
            self._clear_when_edited(field)

    def _clear_when_edited(self, field: str) -> None:
        """A field's message goes as soon as the clerk changes that field (as in the record
        form): it said what was wrong with the value that is no longer there."""
        widget = getattr(self.ui, self.FIELDS[field], None)
        label = getattr(self.ui, error_label_name(field), None)
        if widget is None or label is None:
            return

        def clear(*_args) -> None:
            label.clear()
            label.hide()

        if isinstance(widget, QAbstractItemView):
            model = widget.model()
            if model is not None:
                model.dataChanged.connect(clear)
            return
        for name in ("textEdited", "valueChanged", "currentIndexChanged", "editTextChanged",
                     "textChanged", "dateChanged", "toggled"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(clear)
                if name in ("textEdited", "valueChanged"):
                    break  # the user's own edits; textChanged would repeat them

    def set_saver(self, save: Callable[[object], int]) -> None:
        self._save = save

    def widget(self, field: str) -> QWidget:
        return getattr(self.ui, self.FIELDS[field])

    def error_label(self, field: str) -> QLabel:
        name = error_label_name(field) if field in self.FIELDS else "formError"
        return getattr(self.ui, name, None) or self.ui.formError

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _error_labels(self) -> list[QLabel]:
        labels = [self.ui.formError]
        for field in self.FIELDS:
            label = getattr(self.ui, error_label_name(field), None)
            if label is not None:
                labels.append(label)
        return labels

    # -- problems -----------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field (the others on top); focus the first field named."""
        self.clear_problems()
        by_label: dict[QLabel, list[str]] = {}
        for problem in problems:
            by_label.setdefault(self.error_label(problem.field), []).append(problem_text(problem))
        for label, messages in by_label.items():
            label.setText("\n".join(messages))
            label.show()
        self._fit()
        fields = {p.field for p in problems}
        first = next((f for f in self.FIELDS if f in fields), None)
        if first is not None:
            self.widget(first).setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.clear_problems()
        self.ui.formError.setText(text)
        self.ui.formError.show()
        self._fit()

    def _fit(self) -> None:
        # A message that wraps onto more lines needs the dialog to grow with it.
        self.layout().activate()
        height = self.layout().totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def clear_problems(self) -> None:
        for label in self._error_labels():
            label.clear()
            label.hide()

    def problem_shown(self, field: str) -> str:
        """The message under a field ("" for the top one), as the clerk reads it."""
        label = self.error_label(field)
        return "" if label.isHidden() else label.text()

    def local_problems(self) -> list[Problem]:
        """What the dialog can tell before the service is asked."""
        return []

    # -- saving -------------------------------------------------------------------
    def accept(self) -> None:
        local = self.local_problems()
        if local:
            self.show_problems(local)
            return
        if self._save is None:
            super().accept()
            return
        try:
            self.saved_id = self._save(self.value())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except Exception as exc:  # noqa: BLE001 - stale, gone, not allowed, a database fault
            self.show_error(describe(exc))
            return
        super().accept()
