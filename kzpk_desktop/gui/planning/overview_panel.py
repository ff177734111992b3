"""One mission at a glance: strength today by category and sex, and who would block the next
rotation because of their documents."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ...services.dates import fmt
from ...services.overview import BlockedPerson, GenderShare, MissionOverview
from ...services.parity import parity_target
from ..widgets.table import RowsModel, setup_table
from .columns import BLOCKED_COLUMNS, CONTEXT, STRENGTH_COLUMNS, StrengthRow
from .labels import mission_status_label


def strength_rows(overview: MissionOverview, categories: Mapping[str, str],
                  today: dt.date) -> list[StrengthRow]:
    return [StrengthRow(code, categories.get(code, code),
                        GenderShare(code, by_sex.get("F", 0), by_sex.get("M", 0),
                                    parity_target(code, today.year)))
            for code, by_sex in overview.strength.items()]


class OverviewPanel(QWidget):
    #: Enter or double-click on someone blocking the next rotation: (rotation id, entry id).
    blockedActivated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self._overview: MissionOverview | None = None
        self.titleLabel = QLabel(self, objectName="overviewTitle", wordWrap=True)
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.strengthLabel = QLabel(self, objectName="strengthLabel", wordWrap=True)
        self.strength: RowsModel[StrengthRow] = RowsModel(STRENGTH_COLUMNS, CONTEXT, parent=self)
        self.strengthTable = QTableView(self, objectName="strengthTable")
        self.strengthTable.setModel(self.strength)
        setup_table(self.strengthTable, STRENGTH_COLUMNS)
        self.strengthTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blockedLabel = QLabel(self, objectName="blockedLabel", wordWrap=True)
        self.blocked: RowsModel[BlockedPerson] = RowsModel(
            BLOCKED_COLUMNS, CONTEXT, key=lambda r: r.entry_id, parent=self)
        self.blockedTable = QTableView(self, objectName="blockedTable")
        self.blockedTable.setModel(self.blocked)
        setup_table(self.blockedTable, BLOCKED_COLUMNS, stretch="documents")
        self.blockedTable.setSortingEnabled(True)
        self.blockedTable.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.blockedTable.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.strengthLabel)
        layout.addWidget(self.strengthTable)
        layout.addWidget(self.blockedLabel)
        layout.addWidget(self.blockedTable, 1)
        layout.addStretch(0)
        self.show_overview(None, {})

    def show_overview(self, overview: MissionOverview | None, categories: Mapping[str, str],
                      today: dt.date | None = None) -> None:
        self._overview = overview
        today = today or dt.date.today()
        if overview is None:
            self.titleLabel.setText(self.tr("Choose a mission"))
            self.strengthLabel.clear()
            self.blockedLabel.clear()
            self.strength.set_rows([])
            self.blocked.set_rows([])
            return
        self.titleLabel.setText(f"{overview.acronym} — {overview.name} "
                                f"({mission_status_label(overview.status)})")
        if overview.total:
            self.strengthLabel.setText(self.tr("In the mission on %1: %n person(s).", "",
                                               overview.total).replace("%1", fmt(today)))
        else:
            self.strengthLabel.setText(self.tr("Nobody is in the mission on %1.")
                                       .replace("%1", fmt(today)))
        self.strength.set_rows(strength_rows(overview, categories, today))
        self._fit_height(self.strengthTable)
        self.strengthTable.setVisible(bool(overview.total))
        nxt = overview.next_rotation
        if nxt is None:
            self.blockedLabel.setText(self.tr("No rotation is being planned or trained for."))
        elif overview.blocked:
            self.blockedLabel.setText(self.tr(
                "Next rotation %1-%2 (from %3): %n person(s) nominated or approved have "
                "documents that block it.", "", len(overview.blocked))
                .replace("%1", overview.acronym).replace("%2", str(nxt.number))
                .replace("%3", fmt(nxt.planned_start)))
        else:
            self.blockedLabel.setText(self.tr(
                "Next rotation %1-%2 (from %3): nobody's documents block it.")
                .replace("%1", overview.acronym).replace("%2", str(nxt.number))
                .replace("%3", fmt(nxt.planned_start)))
        self.blocked.set_rows(overview.blocked)
        self.blockedTable.setVisible(bool(overview.blocked))

    @staticmethod
    def _fit_height(table: QTableView) -> None:
        """As tall as its rows: a handful of categories never needs a scroll bar."""
        rows = table.model().rowCount()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + rows * table.verticalHeader().defaultSectionSize()
                             + 2 * table.frameWidth())

    def _activated(self, index) -> None:
        row = self.blocked.row(index.row())
        if row is not None and self._overview is not None \
                and self._overview.next_rotation is not None:
            self.blockedActivated.emit(self._overview.next_rotation.id, row.entry_id)

