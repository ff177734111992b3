"""Find one serviceman in the registry (for the personnel card)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...services import registry
from ...services.registry import RegistryRow
from ...services.text import full_name
from ..ops import Operations
from ..registry.view import RegistryList


def find_by_iin(ops: Operations, iin: str, lang: str) -> RegistryRow | None:
    """The serviceman with exactly this IIN, as the registry lists him or her."""
    if not iin.strip():
        return None
    return ops.wait(lambda session: registry.by_iin(session, iin, lang=lang))


def describe(row: RegistryRow) -> str:
    """Rank and full name ("Капитан Иванов Иван Иванович"): who the IIN belongs to."""
    return full_name(row, rank=row.rank)


class ServicemanChooser(QDialog):
    """The registry's search and list; Enter, a double-click or OK takes the current row."""

    def __init__(self, ops: Operations, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("servicemanChooser")
        self.setWindowTitle(self.tr("Find a serviceman"))
        self.search = RegistryList.searching(ops, lang, self)
        self.model = self.search.model
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.buttons)
        self.search.rowActivated.connect(lambda _id: self.accept())
        self.search.currentIdChanged.connect(self._update_ok)
        self._update_ok(None)
        self.resize(900, 560)
        self.search.focus_search()

    def _update_ok(self, current: int | None) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(current is not None)

    def value(self) -> RegistryRow | None:
        index = self.search.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @classmethod
    def ask(cls, parent: QWidget | None, ops: Operations,
            lang: str) -> RegistryRow | None:
        dialog = cls(ops, lang, parent)
        return dialog.value() if dialog.exec() else None
