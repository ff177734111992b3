"""Add or edit one document of a serviceman: kind, number, dates, issuer, notes."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from ...services.documents import DocumentData, KindChoice
from ..forms.ui_document_dialog import Ui_DocumentDialog
from ..widgets.record_dialog import RecordDialog


class DocumentDialog(RecordDialog):
    FIELDS = {
        "kind": "kindCombo", "number": "numberEdit", "issued_on": "issuedOnEdit",
        "expires_on": "expiresOnEdit", "issuer": "issuerEdit", "notes": "notesEdit",
    }

    def __init__(self, kinds: Sequence[KindChoice], parent: QWidget | None = None) -> None:
        super().__init__(Ui_DocumentDialog(), parent)
        self._kinds = {k.code: k for k in kinds}
        self._loaded = DocumentData()
        ui = self.ui
        ui.kindCombo.addItem("", None)
        for kind in kinds:
            ui.kindCombo.addItem(kind.name, kind.code)
        ui.kindCombo.currentIndexChanged.connect(self._show_expiry_hint)
        self.setMinimumWidth(460)

    def load(self, data: DocumentData, *, who: str = "") -> None:
        self._loaded = dataclasses.replace(data)
        ui = self.ui
        title = self.tr("New document") if data.version is None else \
            self.tr("Document %1").replace("%1", data.number)
        self.setWindowTitle(f"{title} — {who}" if who else title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(data.kind)))
        ui.numberEdit.setText(data.number or "")
        ui.issuedOnEdit.set_value(data.issued_on)
        ui.expiresOnEdit.set_value(data.expires_on)
        ui.issuerEdit.setText(data.issuer or "")
        ui.notesEdit.setPlainText(data.notes or "")
        self.clear_problems()
        self._show_expiry_hint()

    def value(self) -> DocumentData:
        ui = self.ui
        return DocumentData(kind=ui.kindCombo.currentData(), number=ui.numberEdit.text(),
                            issued_on=ui.issuedOnEdit.value(),
                            expires_on=ui.expiresOnEdit.value(),
                            issuer=ui.issuerEdit.text(), notes=ui.notesEdit.toPlainText(),
                            version=self._loaded.version)

    def _show_expiry_hint(self, *_args) -> None:
        kind = self._kinds.get(self.ui.kindCombo.currentData())
        self.ui.expiresOnEdit.setToolTip(
            self.tr("This kind of document expires: the date is required.")
            if kind is not None and kind.expires else
            self.tr("Leave empty if the document does not expire."))

    @classmethod
    def ask(cls, parent: QWidget | None, kinds: Sequence[KindChoice], data: DocumentData,
            save: Callable[[DocumentData], int], *, who: str = "") -> int | None:
        """Show the dialog until saved (the document's id) or cancelled (None)."""
        dialog = cls(kinds, parent)
        dialog.load(data, who=who)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
