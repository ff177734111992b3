"""Create or edit a mission (reference data an administrator keeps): acronym, names in the
three languages, host country, ISO3 code, dates, status and notes."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...db.models import MISSION_STATUSES
from ...services.errors import Problem
from ...services.missions import MissionData
from ..forms.ui_mission_dialog import Ui_MissionDialog
from ..widgets.record_dialog import RecordDialog
from .labels import mission_status_label

#: The notes column's width; the service does not check it and SQLite would not refuse.
NOTES_LIMIT = 1000


class MissionDialog(RecordDialog):
    FIELDS = {
        "acronym": "acronymEdit", "name_en": "nameEnEdit", "name_ru": "nameRuEdit",
        "name_kk": "nameKkEdit", "host_country": "hostCountryEdit",
        "host_country_ru": "hostCountryRuEdit", "host_country_kk": "hostCountryKkEdit",
        "iso3": "iso3Edit",
        "start_date": "startDateEdit", "end_date": "endDateEdit", "status": "statusCombo",
        "notes": "notesEdit",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Ui_MissionDialog(), parent)
        self._loaded = MissionData()
        ui = self.ui
        ui.namesHint.setWordWrap(True)
        ui.namesHint.setStyleSheet("color: palette(mid);")
        for code in MISSION_STATUSES:
            ui.statusCombo.addItem(mission_status_label(code), code)
        self.setMinimumWidth(520)

    def load(self, data: MissionData) -> None:
        self._loaded = dataclasses.replace(data)
        ui = self.ui
        self.setWindowTitle(self.tr("New mission") if data.id is None else
                            self.tr("Mission %1").replace("%1", data.acronym))
        ui.acronymEdit.setText(data.acronym or "")
        ui.nameEnEdit.setText(data.name_en or "")
        # A name stored as the English fallback is shown empty, so that it keeps following
        # the English name when that is corrected.
        ui.nameRuEdit.setText("" if data.name_ru == data.name_en else data.name_ru or "")
        ui.nameKkEdit.setText("" if data.name_kk == data.name_en else data.name_kk or "")
        ui.hostCountryEdit.setText(data.host_country or "")
        ui.hostCountryRuEdit.setText(data.host_country_ru or "")
        ui.hostCountryKkEdit.setText(data.host_country_kk or "")
        ui.iso3Edit.setText(data.iso3 or "")
        ui.startDateEdit.set_value(data.start_date)
        ui.endDateEdit.set_value(data.end_date)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(data.status)))
        ui.notesEdit.setPlainText(data.notes or "")
        self.clear_problems()
        ui.acronymEdit.setFocus()

    def value(self) -> MissionData:
        ui = self.ui
        return MissionData(
            acronym=ui.acronymEdit.text(), name_en=ui.nameEnEdit.text(),
            name_ru=ui.nameRuEdit.text() or None, name_kk=ui.nameKkEdit.text() or None,
            host_country=ui.hostCountryEdit.text(),
            host_country_ru=ui.hostCountryRuEdit.text() or None,
            host_country_kk=ui.hostCountryKkEdit.text() or None, iso3=ui.iso3Edit.text() or None,
            start_date=ui.startDateEdit.value(), end_date=ui.endDateEdit.value(),
            status=ui.statusCombo.currentData(), notes=ui.notesEdit.toPlainText() or None,
            id=self._loaded.id, version=self._loaded.version)

    def local_problems(self) -> list[Problem]:
        if len(self.ui.notesEdit.toPlainText()) > NOTES_LIMIT:
            # Already in the clerk's language: problem_text() would look it up again and
            # find nothing, so it stays as written.
            return [Problem("notes", self.tr("Notes may hold at most %1 characters.")
                            .replace("%1", str(NOTES_LIMIT)), {})]
        return []

    @classmethod
    def ask(cls, parent: QWidget | None, data: MissionData,
            save: Callable[[MissionData], int]) -> int | None:
        """Show the dialog until saved (the saved mission's id) or cancelled (None)."""
        dialog = cls(parent)
        dialog.load(data)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
