"""Create or edit a rotation: mission, number, name, decision, dates, status."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...db.models import ROTATION_STATUSES
from ...services.dates import fmt
from ...services.decisions import DecisionRow
from ...services.rotations import RotationData
from ..forms.ui_rotation_dialog import Ui_RotationDialog
from ..widgets.record_dialog import RecordDialog
from .labels import rotation_status_label


@dataclass(frozen=True)
class MissionChoice:
    id: int
    acronym: str
    name: str


class RotationDialog(RecordDialog):
    FIELDS = {
        "mission_id": "missionCombo", "number": "numberSpin", "name": "nameEdit",
        "decision_id": "decisionCombo", "planned_start": "plannedStartEdit",
        "planned_end": "plannedEndEdit", "actual_start": "actualStartEdit",
        "actual_end": "actualEndEdit", "status": "statusCombo",
    }

    def __init__(self, missions: Sequence[MissionChoice], decisions: Sequence[DecisionRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(Ui_RotationDialog(), parent)
        self._missions = {m.id: m for m in missions}
        self._decisions = list(decisions)
        self._loaded = RotationData()
        ui = self.ui
        ui.decisionHint.setWordWrap(True)
        ui.decisionHint.setStyleSheet("color: palette(mid);")
        for m in missions:
            ui.missionCombo.addItem(f"{m.acronym} — {m.name}", m.id)
        for code in ROTATION_STATUSES:
            ui.statusCombo.addItem(rotation_status_label(code), code)
        ui.missionCombo.currentIndexChanged.connect(self._fill_decisions)
        self.setMinimumWidth(520)

    def load(self, data: RotationData) -> None:
        self._loaded = dataclasses.replace(data)
        ui = self.ui
        self.setWindowTitle(self.tr("New rotation") if data.id is None else
                            self.tr("Rotation %1").replace("%1", self._label(data)))
        ui.missionCombo.setCurrentIndex(ui.missionCombo.findData(data.mission_id))
        self._fill_decisions()
        ui.numberSpin.setValue(data.number or 1)
        ui.nameEdit.setText(data.name or "")
        ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData(data.decision_id))
        ui.plannedStartEdit.set_value(data.planned_start)
        ui.plannedEndEdit.set_value(data.planned_end)
        ui.actualStartEdit.set_value(data.actual_start)
        ui.actualEndEdit.set_value(data.actual_end)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(data.status)))
        self.clear_problems()

    def value(self) -> RotationData:
        ui = self.ui
        return RotationData(
            mission_id=ui.missionCombo.currentData(), number=ui.numberSpin.value(),
            name=ui.nameEdit.text(), decision_id=ui.decisionCombo.currentData(),
            planned_start=ui.plannedStartEdit.value(), planned_end=ui.plannedEndEdit.value(),
            actual_start=ui.actualStartEdit.value(), actual_end=ui.actualEndEdit.value(),
            status=ui.statusCombo.currentData(), id=self._loaded.id,
            version=self._loaded.version)

    def _label(self, data: RotationData) -> str:
        mission = self._missions.get(data.mission_id)
        return f"{mission.acronym}-{data.number}" if mission else str(data.number or "")

    def _fill_decisions(self) -> None:
        """Decisions that cover the mission and still govern (and the one loaded)."""
        combo = self.ui.decisionCombo
        wanted = combo.currentData() or self._loaded.decision_id
        mission = self._missions.get(self.ui.missionCombo.currentData())
        combo.blockSignals(True)
        combo.clear()
        for d in self._decisions:
            usable = mission is not None and mission.acronym in d.missions \
                and d.superseded_by is None
            if usable or d.id == self._loaded.decision_id:
                text = self.tr("%1 of %2 — up to %3 people").replace("%1", d.number)\
                    .replace("%2", fmt(d.date)).replace("%3", str(d.ceiling))
                if d.superseded_by:
                    text += self.tr(" (superseded by %1)").replace("%1", d.superseded_by)
                combo.addItem(text, d.id)
                combo.setItemData(combo.count() - 1, d.title, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(wanted)
        combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))
        combo.blockSignals(False)

    @classmethod
    def ask(cls, parent: QWidget | None, missions: Sequence[MissionChoice],
            decisions: Sequence[DecisionRow], data: RotationData,
            save: Callable[[RotationData], int]) -> int | None:
        """Show the dialog until saved (the saved rotation's id) or cancelled (None)."""
        dialog = cls(missions, decisions, parent)
        dialog.load(data)
        dialog.set_saver(save)
        return dialog.saved_id if dialog.exec() else None
