"""The Audit area: search the trail by dates, user, action and record; read one event's
old and new values; export what is found.

Supervisors and administrators only (``kzpk audit`` asks the same): the trail
tells who did what, which a clerk has no need to read. Dates are the user's
calendar days; the trail stores UTC.
"""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import accounts
from ...services.audit import EventFilter
from ...services.audit_words import Described
from ..area import EXPORT, FIND, REFRESH, AreaContext, AreaPage
from ..settings import Settings
from ..widgets.dates import OptionalDateEdit
from ..widgets.list_page import ListKit
from ..widgets.table import clear_on_escape, typing_timer
from .labels import (
    ACTIONS,
    ALL_ACTIONS,
    ENTITIES,
    action_label,
    day_start_utc,
    entity_label,
    shown_time,
)
from .model import COLUMNS, AuditModel, ChangesModel
from .words import record_text

TABLE_KEY, SPLITTER_KEY = "audit", "audit"
MINIMUM_ROLE = "supervisor"


class EventDetails(QWidget):
    """The selected event: who, when, what, and each field's value before and after."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDetails")
        self.headerLabel = QLabel(self, objectName="eventHeader", wordWrap=True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ChangesModel(self)
        self.table = QTableView(self, objectName="changesTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.headerLabel)
        layout.addWidget(self.table, 1)
        self.show_event(None)

    def show_event(self, described: Described | None) -> None:
        self.model.set_event(described)
        if described is None:
            self.headerLabel.setText(self.tr("Choose an event to see what it changed."))
            return
        event = described.event
        what = action_label(event.action)
        record = record_text(described)
        if record:
            what += " — " + record
        self.headerLabel.setText(self.tr("No. %1, %2, by %3: %4").replace("%1", str(event.id))
                                 .replace("%2", shown_time(event.at))
                                 .replace("%3", event.username).replace("%4", what))


class AuditPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ctx = ctx
        self.allowed = ctx.may(MINIMUM_ROLE)
        self.model = AuditModel(ctx.ops, ctx.lang, self)

        self.sinceEdit = OptionalDateEdit(self)
        self.sinceEdit.setObjectName("sinceEdit")
        self.untilEdit = OptionalDateEdit(self)
        self.untilEdit.setObjectName("untilEdit")
        self.userCombo = QComboBox(self, objectName="userCombo", editable=True)
        self.userCombo.lineEdit().setPlaceholderText(self.tr("anyone"))
        self.actionCombo = QComboBox(self, objectName="actionCombo")
        self.actionCombo.addItem(self.tr("any action"), None)
        for action in ALL_ACTIONS:
            if action in ACTIONS:
                self.actionCombo.addItem(action_label(action), action)
        self.entityCombo = QComboBox(self, objectName="entityCombo")
        self.entityCombo.addItem(self.tr("any record"), None)
        for entity in ENTITIES:
            self.entityCombo.addItem(entity_label(entity), entity)
        self.recordEdit = QLineEdit(self, objectName="recordEdit", clearButtonEnabled=True)
        clear_on_escape(self.recordEdit)
        self.recordEdit.setPlaceholderText(self.tr("record uid, or any text in the changes"))
        self.clearButton = QPushButton(self.tr("Clear"), self, objectName="clearButton")
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("From:"), self), 0, 0)
        filters.addWidget(self.sinceEdit, 0, 1)
        filters.addWidget(QLabel(self.tr("to:"), self), 0, 2)
        filters.addWidget(self.untilEdit, 0, 3)
        filters.addWidget(QLabel(self.tr("User:"), self), 0, 4)
        filters.addWidget(self.userCombo, 0, 5)
        filters.addWidget(QLabel(self.tr("Action:"), self), 0, 6)
        filters.addWidget(self.actionCombo, 0, 7)
        filters.addWidget(QLabel(self.tr("Record:"), self), 1, 0)
        filters.addWidget(self.entityCombo, 1, 1, 1, 3)
        filters.addWidget(self.recordEdit, 1, 4, 1, 4)
        filters.addWidget(self.clearButton, 1, 8)
        filters.setColumnStretch(5, 1)
        filters.setColumnStretch(7, 1)

        self.table = QTableView(self, objectName="auditTable")
        self.table.setModel(self.model)
        self.kit = ListKit(self.table, COLUMNS, TABLE_KEY, settings=ctx.settings, stretch="changes")
        self.details = EventDetails(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="auditSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.countLabel = QLabel(self, objectName="countLabel")
        self.exportButton = QPushButton(self.tr("&Export…"), self, objectName="exportButton")
        self.exportButton.setToolTip(self.tr("Save the events found to an Excel workbook"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.countLabel, 1)
        bottom.addWidget(self.exportButton)
        self.noticeLabel = QLabel(self.tr(
            "The audit trail is for supervisors and administrators."), self,
            objectName="noticeLabel", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.noticeLabel)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        self._typing = typing_timer(self, self.apply_filter)
        for edit in (self.sinceEdit, self.untilEdit):
            edit.valueChanged.connect(lambda _v: self.apply_filter())
        for combo in (self.actionCombo, self.entityCombo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.userCombo.currentTextChanged.connect(lambda _t: self._typing.start())
        self.recordEdit.textChanged.connect(lambda _t: self._typing.start())
        self.recordEdit.returnPressed.connect(self.apply_filter)
        self.clearButton.clicked.connect(self.clear_filters)
        self.exportButton.clicked.connect(self.export_list)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details.show_event(
                self.model.described_at(current.row())))
        self.model.countChanged.connect(self._show_count)
        self.model.modelReset.connect(lambda: self.details.show_event(None))

        self.noticeLabel.setVisible(not self.allowed)
        for widget in (self.splitter, self.exportButton, self.clearButton, self.recordEdit,
                       self.userCombo, self.actionCombo, self.entityCombo, self.sinceEdit,
                       self.untilEdit):
            widget.setEnabled(self.allowed)
        self.setFocusProxy(self.recordEdit)
        if self.allowed:
            self._load_users()
            self.apply_filter()

    # -- AreaPage -------------------------------------------------------------------
    def commands(self) -> set[str]:
        return {FIND, REFRESH, EXPORT} if self.allowed else set()

    def find(self) -> None:
        self.recordEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.recordEdit.selectAll()

    def refresh(self) -> None:
        if self.allowed:
            self._load_users()
            self.model.refresh()

    def export_list(self) -> None:
        if self.allowed:
            from .export import export_events

            export_events(self, self._ctx, self.model.filter)

    def save_state(self, settings: Settings) -> None:
        self.kit.save(settings)
        settings.remember_splitter(SPLITTER_KEY, self.splitter)

    def restore_state(self, settings: Settings) -> None:
        self.kit.restore(settings)
        settings.restore_splitter(SPLITTER_KEY, self.splitter)

    # -- filtering ----------------------------------------------------------------
    def current_filter(self) -> EventFilter:
        since, until = self.sinceEdit.value(), self.untilEdit.value()
        text = self.recordEdit.text().strip()
        try:
            record_uid, text = uuid.UUID(text), ""
        except ValueError:
            record_uid = None
        user = self.userCombo.currentText().strip()
        return EventFilter(
            since=day_start_utc(since) if since else None,
            until=day_start_utc(until + dt.timedelta(days=1)) if until else None,
            username=accounts.normalize_username(user) if user else None,
            action=self.actionCombo.currentData(), entity=self.entityCombo.currentData(),
            entity_uid=record_uid, text=text or None)

    def apply_filter(self) -> None:
        self._typing.stop()
        if self.allowed:
            self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.sinceEdit, self.untilEdit, self.userCombo, self.actionCombo,
                       self.entityCombo, self.recordEdit):
            widget.blockSignals(True)
        self.sinceEdit.set_value(None)
        self.untilEdit.set_value(None)
        self.userCombo.setEditText("")
        self.actionCombo.setCurrentIndex(0)
        self.entityCombo.setCurrentIndex(0)
        self.recordEdit.clear()
        for widget in (self.sinceEdit, self.untilEdit, self.userCombo, self.actionCombo,
                       self.entityCombo, self.recordEdit):
            widget.blockSignals(False)
        self.apply_filter()

    def _load_users(self) -> None:
        outcome = self._ctx.ops.call(
            lambda session: [u.username for u in accounts.list_users(session)])
        if not outcome.ok:
            return
        names = outcome.value
        typed = self.userCombo.currentText()
        self.userCombo.blockSignals(True)
        self.userCombo.clear()
        self.userCombo.addItem("")
        self.userCombo.addItems(names)
        self.userCombo.setEditText(typed)
        self.userCombo.blockSignals(False)

    def _show_count(self, count: int) -> None:
        self.countLabel.setText(self.tr("%n event(s)", "", count))
        self.exportButton.setEnabled(self.allowed and count > 0)
