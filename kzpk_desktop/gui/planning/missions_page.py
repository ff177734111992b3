"""The "Missions and rotations" area: missions, one mission's overview and rotations, and a
rotation's roster on its own tab (the roster needs the whole width)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import missions as mission_service
from ...services import rotations
from ...services.categories import CategoryChoice, category_choices
from ...services.decisions import list_decisions
from ...services.errors import NotFound
from ...services.missions import MissionData, list_missions
from ...services.overview import MissionOverview, mission_overview
from ...services.rotations import RotationData, RotationRow
from ..area import DELETE, EXPORT, FIND, NEW, REFRESH, AreaContext, AreaPage
from ..i18n import error_text
from ..ops import Change
from ..ops.changes import DECISION, MISSION, ROSTER, ROTATION, SERVICEMAN
from ..prompts import Prompt
from ..rosters.view import RosterView
from ..settings import Settings
from ..widgets.empty_state import EmptyState
from ..widgets.list_page import ListKit
from ..widgets.table import RowsModel
from .columns import CONTEXT, MISSION_COLUMNS, ROTATION_COLUMNS, MissionRow
from .mission_dialog import MissionDialog
from .overview_panel import OverviewPanel
from .rotation_dialog import MissionChoice, RotationDialog

MISSIONS_TAB, ROSTER_TAB = 0, 1


class MissionsPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("missionsPage")
        self._ops = ctx.ops
        self._lang = ctx.lang
        self._settings = ctx.settings
        self._overviews: dict[int, MissionOverview] = {}
        self._missions: list[MissionChoice] = []
        self._stale = False
        self._categories: list[CategoryChoice] = ctx.ops.call(
            lambda session: category_choices(session, ctx.lang)).value or []
        self._category_names = {c.code: c.name for c in self._categories}

        self.missions: RowsModel[MissionRow] = RowsModel(MISSION_COLUMNS, CONTEXT, parent=self)
        self.missionsTable = QTableView(self, objectName="missionsTable")
        self.missionsTable.setModel(self.missions)
        self.missionsKit = ListKit(self.missionsTable, MISSION_COLUMNS, "missions",
                                   settings=ctx.settings, stretch="name",
                                   sort=(0, Qt.SortOrder.AscendingOrder))
        self.overview = OverviewPanel(self)
        # Missions are reference data: only an administrator adds or changes them.
        self._may_edit_missions = ctx.may("admin")
        self.newMissionButton = QPushButton(self.tr("New mission…"), self,
                                            objectName="newMissionButton")
        self.editMissionButton = QPushButton(self.tr("Edit mission…"), self,
                                             objectName="editMissionButton")
        self.editMissionButton.setToolTip(self.tr("Or double-click on a mission"))
        for button in (self.newMissionButton, self.editMissionButton):
            ctx.gate(button, "admin", tip=button.toolTip())

        self.rotations: RowsModel[RotationRow] = RowsModel(ROTATION_COLUMNS, CONTEXT, parent=self)
        self.rotationsTable = QTableView(self, objectName="rotationsTable")
        self.rotationsTable.setModel(self.rotations)
        self.rotationsKit = ListKit(self.rotationsTable, ROTATION_COLUMNS, "rotations",
                                    settings=ctx.settings, stretch="name",
                                    sort=(0, Qt.SortOrder.DescendingOrder))
        self.rotationsLabel = QLabel(self, objectName="rotationsLabel")
        font = self.rotationsLabel.font()
        font.setBold(True)
        self.rotationsLabel.setFont(font)
        self.newRotationButton = QPushButton(self.tr("New rotation…"), self,
                                             objectName="newRotationButton")
        self.editRotationButton = QPushButton(self.tr("Edit rotation…"), self,
                                              objectName="editRotationButton")
        self.openRosterButton = QPushButton(self.tr("Open the roster"), self,
                                            objectName="openRosterButton")
        self.openRosterButton.setToolTip(self.tr("Enter or double-click on a rotation"))

        self.roster = RosterView(ctx.ops, ctx.lang, self._categories, self)
        for key, button in self.roster.buttons.items():
            ctx.gate(button, "supervisor" if key == "approved" else "clerk", tip=button.toolTip())
        self._layout()
        ctx.gate(self.newRotationButton, "clerk")
        ctx.gate(self.editRotationButton, "clerk")
        # No rotation yet for the chosen mission: say how one begins (the roster, the
        # ceilings and the paperwork all hang on it).
        self.rotationsEmpty = EmptyState.attach(
            self.rotationsTable,
            self.tr("No rotation of this mission yet. Create one: its number, the Parliament "
                    "decision it is sent under and its planned dates; then nominate people."),
            [(self.tr("Create a rotation…"), self.new_rotation, ctx.may("clerk"))],
            name="rotationsEmpty")
        self._connect()
        self.refresh()

    def _layout(self) -> None:
        self.topSplitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="missionsTop")
        missions = QWidget(self)
        missionButtons = QHBoxLayout()
        missionButtons.addStretch(1)
        missionButtons.addWidget(self.newMissionButton)
        missionButtons.addWidget(self.editMissionButton)
        missionBox = QVBoxLayout(missions)
        missionBox.setContentsMargins(0, 0, 0, 0)
        if self._may_edit_missions:
            missionBox.addLayout(missionButtons)
        missionBox.addWidget(self.missionsTable, 1)
        self.topSplitter.addWidget(missions)
        self.topSplitter.addWidget(self.overview)
        self.topSplitter.setChildrenCollapsible(False)
        rotations = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rotationsLabel)
        buttons.addStretch(1)
        for button in (self.newRotationButton, self.editRotationButton, self.openRosterButton):
            buttons.addWidget(button)
        box = QVBoxLayout(rotations)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(buttons)
        box.addWidget(self.rotationsTable, 1)
        self.mainSplitter = QSplitter(Qt.Orientation.Vertical, self, objectName="missionsMain")
        self.mainSplitter.addWidget(self.topSplitter)
        self.mainSplitter.addWidget(rotations)
        self.mainSplitter.setChildrenCollapsible(False)

        self.tabs = QTabWidget(self, objectName="missionsTabs")
        self.tabs.addTab(self.mainSplitter, self.tr("Missions and rotations"))
        self.tabs.addTab(self.roster, self.tr("Roster"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def _connect(self) -> None:
        self.missionsTable.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_mission())
        self.rotationsTable.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.rotationsTable.activated.connect(lambda _index: self.open_roster())
        self.newMissionButton.clicked.connect(self.new_mission)
        self.editMissionButton.clicked.connect(self.edit_mission)
        # Enter on a mission already moves to its rotations; double-click is free.
        self.missionsTable.doubleClicked.connect(lambda _index: self.edit_mission())
        self.newRotationButton.clicked.connect(self.new_rotation)
        self.editRotationButton.clicked.connect(self.edit_rotation)
        self.openRosterButton.clicked.connect(lambda: self.open_roster())
        self.overview.blockedActivated.connect(
            lambda rotation_id, entry_id: self.open_roster(rotation_id, select=[entry_id]))
        self.roster.statusMessage.connect(self.statusMessage)
        self.roster.selectionChanged.connect(self.commandsChanged)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.missionsTable.installEventFilter(self)
        self.setFocusProxy(self.missionsTable)
        self._ops.changed.connect(self._changed)

    # -- AreaPage ---------------------------------------------------------------------
    def commands(self) -> set[str]:
        if self.tabs.currentIndex() == ROSTER_TAB:
            found = {REFRESH, FIND}
            if self.roster.rotation_id is not None:
                found.add(EXPORT)
            if self.roster.buttons["add"].isEnabled():
                found.add(NEW)
            if self.roster.can_withdraw():
                found.add(DELETE)
            return found
        return {NEW, REFRESH, EXPORT} if self.newRotationButton.isEnabled() else {REFRESH, EXPORT}

    def export_list(self) -> None:
        """The open roster, else the missions or (focused) the rotations, as shown (filter,
        sort, columns) to .xlsx or .csv."""
        if self.tabs.currentIndex() == ROSTER_TAB:
            if self.roster.rotation_id is not None:
                self.roster.kit.export(self, self._ops, self._settings, name="roster",
                                       title=self.roster.titleLabel.text(), lang=self._lang,
                                       details={"rotation": self.roster.rotation_id})
            return
        kit = self.list_kit()
        if kit is self.rotationsKit:
            self.rotationsKit.export(self, self._ops, self._settings, name="rotations",
                                     title=self.rotationsLabel.text(), lang=self._lang,
                                     details={"mission": self.current_mission_id()})
        else:
            self.missionsKit.export(self, self._ops, self._settings, name="missions",
                                    title=self.tr("Missions"), lang=self._lang)

    def new_record(self) -> None:
        if self.tabs.currentIndex() == ROSTER_TAB:
            self.roster.add_servicemen()
        else:
            self.new_rotation()

    def delete_record(self) -> None:
        if self.tabs.currentIndex() == ROSTER_TAB:
            self.roster.withdraw()

    def find(self) -> None:
        if self.tabs.currentIndex() == ROSTER_TAB:
            self.roster.focus_filter()

    def refresh(self) -> None:
        mission_id = self.current_mission_id()
        rotation_id = self.current_rotation_id()
        lang = self._lang
        outcome = self._ops.call(lambda session: (list_missions(session),
                                                  mission_overview(session, lang=lang)))
        if not outcome.ok:
            return  # said on the status bar; Refresh reads them again
        missions, overviews = outcome.value
        self._overviews = {o.mission_id: o for o in overviews}
        self._missions = [MissionChoice(m.id, m.acronym, m.name(self._lang)) for m in missions]
        rows = []
        for m in missions:
            o = self._overviews.get(m.id)
            rows.append(MissionRow(m.id, m.acronym, m.name(self._lang), m.host(self._lang), m.status,
                                   o.total if o else 0, len(o.rotations) if o else 0))
        self.missions.set_rows(rows)
        self._stale = False
        self._select(self.missionsTable, self.missions, mission_id)
        self._show_mission(keep_rotation=rotation_id)
        if self.roster.rotation_id is not None:
            self.roster.reload()
        self.commandsChanged.emit()

    def save_state(self, settings: Settings) -> None:
        settings.remember_splitter("missions.top", self.topSplitter)
        settings.remember_splitter("missions.main", self.mainSplitter)
        for kit in (self.missionsKit, self.rotationsKit):
            kit.save(settings)
        self.roster.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        settings.restore_splitter("missions.top", self.topSplitter, [540, 640])
        settings.restore_splitter("missions.main", self.mainSplitter, [380, 300])
        for kit in (self.missionsKit, self.rotationsKit):
            kit.restore(settings)
        self.roster.restore_state(settings)

    # -- selection ---------------------------------------------------------------------
    def current_mission_id(self) -> int | None:
        index = self.missionsTable.currentIndex()
        return self.missions.key_at(index.row()) if index.isValid() else None

    def current_rotation_id(self) -> int | None:
        index = self.rotationsTable.currentIndex()
        return self.rotations.key_at(index.row()) if index.isValid() else None

    def select_mission(self, mission_id: int) -> None:
        self._select(self.missionsTable, self.missions, mission_id)
        self._show_mission()

    @staticmethod
    def _select(table: QTableView, model: RowsModel, key, fallback_first: bool = True) -> None:
        row = model.row_of(key) if key is not None else None
        if row is None and fallback_first and model.rowCount() > 0:
            row = 0
        if row is None:
            table.clearSelection()
            return
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))

    def _show_mission(self, keep_rotation: int | None = None) -> None:
        mission_id = self.current_mission_id()
        overview = self._overviews.get(mission_id) if mission_id is not None else None
        self.overview.show_overview(overview, self._category_names)
        acronym = next((m.acronym for m in self._missions if m.id == mission_id), "")
        self.rotationsLabel.setText(self.tr("Rotations of %1").replace("%1", acronym)
                                    if acronym else self.tr("Rotations"))
        self.rotations.set_rows(overview.rotations if overview else [])
        self._select(self.rotationsTable, self.rotations, keep_rotation)
        self._update_buttons()
        self.commandsChanged.emit()

    def _update_buttons(self) -> None:
        self.editMissionButton.setEnabled(self._may_edit_missions
                                          and self.current_mission_id() is not None)
        self.newRotationButton.setEnabled(self.current_mission_id() is not None)
        has_rotation = self.current_rotation_id() is not None
        self.editRotationButton.setEnabled(has_rotation)
        self.openRosterButton.setEnabled(has_rotation)

    # -- missions ------------------------------------------------------------------------
    def new_mission(self) -> None:
        if self._may_edit_missions:
            self._edit_mission(MissionData())

    def edit_mission(self) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None or not self._may_edit_missions:
            return
        outcome = self._ops.call(lambda session: mission_service.mission_data(
            mission_service.get_mission(session, mission_id)), handle=(NotFound,),
            parent=self, title=self.tr("Mission not read"))
        if isinstance(outcome.error, NotFound):
            Prompt.inform(self, self.tr("Mission not found"), error_text(outcome.error))
            self.refresh()
            return
        if outcome.ok:
            self._edit_mission(outcome.value)

    def _edit_mission(self, data: MissionData) -> None:
        def write(session, value: MissionData) -> int:
            if value.id is None:
                return mission_service.create_mission(session, value).id
            return mission_service.update_mission(session, value.id, value).id

        def save(value: MissionData) -> int:
            return self._ops.wait(lambda session: write(session, value), write=True,
                                  changes=Change.of(MISSION, value.id))

        saved = MissionDialog.ask(self, data, save)
        if saved is None:
            return
        self.refresh()
        self.select_mission(saved)
        self.statusMessage.emit(self.tr("Mission saved."))

    # -- rotations -----------------------------------------------------------------------
    def open_roster(self, rotation_id: int | None = None, *, select: list[int] | None = None
                    ) -> None:
        rotation_id = rotation_id if rotation_id is not None else self.current_rotation_id()
        if rotation_id is None:
            return
        self.roster.set_rotation(rotation_id)
        if select:
            self.roster.select_ids(select)
        label = self.roster.summary.label if self.roster.summary else ""
        self.tabs.setTabText(ROSTER_TAB, self.tr("Roster %1").replace("%1", label))
        self.tabs.setCurrentIndex(ROSTER_TAB)
        self.roster.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_rotation(self) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        last = max(self.rotations.rows(), key=lambda r: r.number, default=None)
        # The next rotation usually relieves the last one the day after it ends.
        data = RotationData(mission_id=mission_id, number=last.number + 1 if last else 1,
                            decision_id=last.decision_id if last else None,
                            planned_start=last.planned_end + dt.timedelta(days=1)
                            if last else None)
        self._edit(data)

    def edit_rotation(self) -> None:
        rotation_id = self.current_rotation_id()
        if rotation_id is None:
            return
        outcome = self._ops.call(lambda session: rotations.rotation_data(
            rotations.get_rotation(session, rotation_id)), handle=(NotFound,), parent=self,
            title=self.tr("Rotation not read"))
        if isinstance(outcome.error, NotFound):
            Prompt.inform(self, self.tr("Rotation not found"), error_text(outcome.error))
            self.refresh()
            return
        if outcome.ok:
            self._edit(outcome.value)

    def _edit(self, data: RotationData) -> None:
        outcome = self._ops.call(list_decisions, parent=self,
                                 title=self.tr("Decisions not read"))
        if not outcome.ok:
            return
        decisions = outcome.value

        def write(session, value: RotationData) -> int:
            if value.id is None:
                return rotations.create_rotation(session, value).id
            return rotations.update_rotation(session, value.id, value).id

        def save(value: RotationData) -> int:
            return self._ops.wait(lambda session: write(session, value), write=True,
                                  changes=Change.of(ROTATION, value.id))

        saved = RotationDialog.ask(self, self._missions, decisions, data, save)
        if saved is None:
            return
        self.refresh()
        self._select(self.rotationsTable, self.rotations, saved)
        self._update_buttons()
        self.statusMessage.emit(self.tr("Rotation saved."))

    # -- reactions -------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        # Counts and strength: read again now if they are seen, else when they are looked at.
        if change.touches(MISSION, ROTATION, ROSTER, DECISION, SERVICEMAN):
            if self.tabs.currentIndex() == MISSIONS_TAB and self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def _tab_changed(self, index: int) -> None:
        if index == MISSIONS_TAB and self._stale:
            self.refresh()
        self.commandsChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.missionsTable and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.rotationsTable.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.rotationsTable.currentIndex().isValid() and self.rotations.rowCount():
                self.rotationsTable.selectRow(0)
            return True
        return super().eventFilter(watched, event)
