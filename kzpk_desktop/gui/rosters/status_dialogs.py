"""Small questions of the status workflow: a date (and a reason), or an override reason."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..widgets.dates import OptionalDateEdit
from .counts import RosterCounts


@dataclass(frozen=True)
class StatusInput:
    on: dt.date | None
    reason: str | None = None


def _people_text(people: Sequence[str], limit: int = 8) -> str:
    shown = list(people[:limit])
    if len(people) > limit:
        shown.append(RosterCounts().more(len(people) - limit))
    return "\n".join(shown)


class StatusDialog(QDialog):
    """Deploy (arrival date), complete (departure date) or repatriate (date and reason)."""

    def __init__(self, status: str, people: Sequence[str], default: dt.date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusDialog")
        self._status = status
        titles = {"deployed": self.tr("Deploy"), "completed": self.tr("Complete the tour"),
                  "repatriated": self.tr("Repatriate early")}
        self.setWindowTitle(titles.get(status, status))
        intro = QLabel(self, objectName="peopleLabel", wordWrap=True)
        intro.setText(self.tr("%n person(s):", "", len(people)) + "\n" + _people_text(people))
        self.dateEdit = OptionalDateEdit(self)
        self.dateEdit.setObjectName("dateEdit")
        self.dateEdit.set_value(default)
        self.reasonEdit = QPlainTextEdit(self, objectName="reasonEdit", tabChangesFocus=True)
        self.reasonEdit.setPlaceholderText(self.tr("Why the tour ended early (required)"))
        self.reasonEdit.setMaximumHeight(90)
        form = QFormLayout()
        date_label = {"deployed": self.tr("&Arrival in the mission"),
                      "completed": self.tr("&Departure from the mission"),
                      "repatriated": self.tr("&Date of repatriation")}.get(status, self.tr("&Date"))
        form.addRow(date_label, self.dateEdit)
        if status == "repatriated":
            form.addRow(self.tr("&Reason"), self.reasonEdit)
        else:
            self.reasonEdit.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.dateEdit.valueChanged.connect(self._update_ok)
        self.reasonEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(420)

    def _update_ok(self) -> None:
        ready = True
        if self._status == "repatriated":
            ready = self.dateEdit.value() is not None and bool(
                self.reasonEdit.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def value(self) -> StatusInput:
        reason = self.reasonEdit.toPlainText().strip() if self._status == "repatriated" else None
        return StatusInput(self.dateEdit.value(), reason or None)

    @classmethod
    def ask(cls, parent: QWidget | None, status: str, people: Sequence[str],
            default: dt.date | None) -> StatusInput | None:
        dialog = cls(status, people, default, parent)
        return dialog.value() if dialog.exec() else None


@dataclass(frozen=True)
class OverrideCase:
    who: str
    failures: list[str]  # each failed rule in full words


class OverrideDialog(QDialog):
    """A supervisor approves despite failed document rules; the written reason is required."""

    def __init__(self, cases: Sequence[OverrideCase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Approve despite failed document rules"))
        intro = QLabel(self.tr(
            "These people do not meet every document rule for the rotation. As a supervisor "
            "you may approve them anyway; your reason is recorded with your name."),
            self, wordWrap=True)
        details = QTextBrowser(self, objectName="failuresView")
        parts = []
        for case in cases:
            items = "".join(f"<li>{html.escape(t)}</li>" for t in case.failures)
            parts.append(f"<p><b>{html.escape(case.who)}</b></p><ul>{items}</ul>")
        details.setHtml("".join(parts))
        details.setMinimumHeight(140)
        label = QLabel(self.tr("&Reason for the override (required):"), self)
        self.reasonEdit = QPlainTextEdit(self, objectName="reasonEdit", tabChangesFocus=True)
        self.reasonEdit.setMaximumHeight(90)
        label.setBuddy(self.reasonEdit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(details, 1)
        layout.addWidget(label)
        layout.addWidget(self.reasonEdit)
        layout.addWidget(self.buttons)
        self.reasonEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reasonEdit.setFocus()
        self.resize(560, 420)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reasonEdit.toPlainText().strip()))

    def value(self) -> str:
        return self.reasonEdit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, cases: Sequence[OverrideCase]) -> str | None:
        """The supervisor's reason, or None when they decline."""
        dialog = cls(cases, parent)
        return dialog.value() if dialog.exec() and dialog.value() else None
