"""The Exchange area's dialogs: a package's preview before it is applied, and setting this
database up as an office."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...db.base import utcnow
from ...services.exchange.merge import Summary
from ..audit.labels import entity_label
from ..i18n import message_text
from ..widgets.record_dialog import ERROR_STYLE
from .columns import when

translate = QCoreApplication.translate


def summary_lines(summary: Summary, *, applied: bool) -> list[str]:
    """What a package adds, changes, deletes, and what needs a clerk, in the clerk's language."""
    lines = []
    for counter, label in ((summary.added, translate("ExchangeSummary", "Added")),
                           (summary.changed, translate("ExchangeSummary", "Changed")),
                           (summary.deleted, translate("ExchangeSummary", "Deleted"))):
        if counter:
            lines.append(label + ": " + ", ".join(f"{entity_label(e)} {n}" for e, n
                                                  in sorted(counter.items())))
    if summary.scans:
        lines.append(translate("ExchangeSummary", "Scans: %1").replace("%1", str(summary.scans)))
    if summary.events:
        lines.append(translate("ExchangeSummary", "Audit events of the office: %1")
                     .replace("%1", str(summary.events)))
    for title, items in ((translate("ExchangeSummary", "Merged as the same person"),
                          summary.merged),
                         (translate("ExchangeSummary", "Conflicts to decide"), summary.conflicts),
                         (translate("ExchangeSummary", "Refused"), summary.refused),
                         (translate("ExchangeSummary", "Held for the ministry"), summary.held),
                         (translate("ExchangeSummary", "Ceiling overrun"), summary.overruns),
                         (translate("ExchangeSummary", "Audit trail"), summary.audit_problems)):
        if items:
            lines.append(f"{title} ({len(items)}):")
            lines += [f"  • {message_text(m)}" for m in items[:200]]
    if not lines:
        lines.append(translate("ExchangeSummary", "Nothing changed.") if applied
                     else translate("ExchangeSummary", "Nothing new."))
    return lines


class PreviewDialog(QDialog):
    """A package checked and tried on a copy of the transaction: apply it, or leave it."""

    def age_text(self, created: str) -> str:
        """How old a package is: when it was made and how many days ago."""
        try:
            made = dt.datetime.fromisoformat(created)
        except (TypeError, ValueError):
            return self.tr("unknown")
        days = max(0, (utcnow() - made).days)
        return self.tr("%1 (%n day(s) ago)", "", days).replace("%1", when(made))

    def __init__(self, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePreview")
        self.setWindowTitle(self.tr("Import a package"))
        self.resize(640, 480)
        self.headerLabel = QLabel(self, objectName="previewHeader", wordWrap=True)
        self.headerLabel.setText(
            self.tr("Package No. %1 from office %2, made %3. Signature and contents checked; "
                    "this is what importing it will do:")
            .replace("%1", str(summary.seq)).replace("%2", summary.office)
            .replace("%3", self.age_text(summary.created)))
        self.details = QPlainTextEdit(self, objectName="previewDetails", readOnly=True)
        self.details.setPlainText("\n".join(summary_lines(summary, applied=False)))
        buttons = QDialogButtonBox(self)
        self.applyButton = buttons.addButton(self.tr("Apply"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.applyButton.setObjectName("applyButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headerLabel)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


class OfficeDialog(QDialog):
    """Code, name and role of this database as an office (set once, or enrolled again)."""

    def __init__(self, parent: QWidget | None = None, *, enrolling: bool = False,
                 ministry: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("officeDialog")
        self.setWindowTitle(self.tr("Enrol this office again") if enrolling
                            else self.tr("Set up this office"))
        self.codeEdit = QLineEdit(self, objectName="codeEdit", maxLength=16)
        self.codeEdit.setPlaceholderText(self.tr("for example MOD or FIELD-UNIFIL"))
        self.nameEdit = QLineEdit(self, objectName="nameEdit", maxLength=200)
        self.ministryCheck = QCheckBox(self.tr("This is the ministry's database"), self,
                                       objectName="ministryCheck")
        self.ministryCheck.setChecked(ministry)
        self.ministryCheck.setEnabled(not enrolling)
        self.errorLabel = QLabel(self, objectName="errorLabel", wordWrap=True)
        self.errorLabel.setStyleSheet(ERROR_STYLE)
        self.errorLabel.hide()
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.codeEdit)
        form.addRow(self.tr("Name:"), self.nameEdit)
        form.addRow("", self.ministryCheck)
        note = QLabel(self.tr("An office keeps its code and keys for good; other offices trust "
                              "it by its card."), self, wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errorLabel)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, bool]:
        return self.codeEdit.text(), self.nameEdit.text(), self.ministryCheck.isChecked()

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()
