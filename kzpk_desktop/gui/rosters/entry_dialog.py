"""Edit a roster entry's details: category, appointment (and in English), sub-unit, dates,
UN index."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from ...services.categories import CategoryChoice
from ...services.rosters import EntryData
from ..forms.ui_entry_dialog import Ui_EntryDialog
from ..widgets.record_dialog import RecordDialog


class EntryDialog(RecordDialog):
    FIELDS = {
        "category": "categoryCombo", "appointment": "appointmentEdit",
        "appointment_en": "appointmentEnEdit", "sub_unit": "subUnitEdit",
        "arrival_date": "arrivalDateEdit", "departure_date": "departureDateEdit",
        "un_index": "unIndexEdit",
    }

    def __init__(self, categories: Sequence[CategoryChoice], parent: QWidget | None = None
                 ) -> None:
        super().__init__(Ui_EntryDialog(), parent)
        self._loaded = EntryData()
        for c in categories:
            self.ui.categoryCombo.addItem(c.name, c.code)
        font = self.ui.titleLabel.font()
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.setMinimumWidth(460)

    def load(self, data: EntryData, who: str) -> None:
        """Show the entry of ``who`` ("Rank Surname Name, UNDOF-3")."""
        self._loaded = dataclasses.replace(data)
        ui = self.ui
        self.setWindowTitle(self.tr("Roster entry: %1").replace("%1", who))
        ui.titleLabel.setText(who)
        index = ui.categoryCombo.findData(data.category)
        if index < 0:  # a category not offered any more still shows what is stored
            ui.categoryCombo.addItem(data.category, data.category)
            index = ui.categoryCombo.count() - 1
        ui.categoryCombo.setCurrentIndex(index)
        ui.appointmentEdit.setText(data.appointment or "")
        ui.appointmentEnEdit.setText(data.appointment_en or "")
        ui.subUnitEdit.setText(data.sub_unit or "")
        ui.arrivalDateEdit.set_value(data.arrival_date)
        ui.departureDateEdit.set_value(data.departure_date)
        ui.unIndexEdit.setText(data.un_index or "")
        self.clear_problems()

    def value(self) -> EntryData:
        ui = self.ui
        return EntryData(category=ui.categoryCombo.currentData(),
                         appointment=ui.appointmentEdit.text(), sub_unit=ui.subUnitEdit.text(),
                         arrival_date=ui.arrivalDateEdit.value(),
                         departure_date=ui.departureDateEdit.value(),
                         un_index=ui.unIndexEdit.text(), version=self._loaded.version,
                         appointment_en=ui.appointmentEnEdit.text())

    @classmethod
    def ask(cls, parent: QWidget | None, categories: Sequence[CategoryChoice], data: EntryData,
            who: str, save: Callable[[EntryData], int]) -> int | None:
        """Show the dialog until saved (the entry's id) or cancelled (None)."""
        dialog = cls(categories, parent)
        dialog.load(data, who)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
