"""A unit's current members (paged over SQL) and its strength by rank category and speciality."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db.models import RANK_CATEGORIES
from ...services import units
from ...services.dates import fmt
from ...services.text import full_name
from ...services.units import MemberRow, Strength, UnitNode
from ..labels import status_label
from ..ops import Operations, Ticket
from ..widgets.paged import PagedModel
from ..widgets.list_page import ListKit
from ..widgets.table import RIGHT, ROW_ROLE, Column, RowsModel, date_column, setup_table
from .tree_model import level_label

#: The members list in the settings (its remembered columns).
MEMBERS_KEY = "unitMembers"
CONTEXT = "MemberColumns"

CATEGORY_LABELS = {
    "officer": QT_TRANSLATE_NOOP("MemberColumns", "officers"),
    "nco": QT_TRANSLATE_NOOP("MemberColumns", "NCOs"),
    "enlisted": QT_TRANSLATE_NOOP("MemberColumns", "enlisted"),
    "": QT_TRANSLATE_NOOP("MemberColumns", "no rank recorded"),
}


MEMBER_COLUMNS: tuple[Column[MemberRow], ...] = (
    Column("rank", QT_TRANSLATE_NOOP("MemberColumns", "Rank"), lambda r: r.rank or "",
           width=140),
    Column("name", QT_TRANSLATE_NOOP("MemberColumns", "Serviceman"), full_name, width=230),
    Column("iin", QT_TRANSLATE_NOOP("MemberColumns", "IIN"), lambda r: r.iin, width=105,
           kind="id"),
    Column("service_number", QT_TRANSLATE_NOOP("MemberColumns", "Service number"),
           lambda r: r.service_number, width=105, kind="id"),
    Column("speciality", QT_TRANSLATE_NOOP("MemberColumns", "Speciality"),
           lambda r: r.speciality or "", width=130),
    Column("unit", QT_TRANSLATE_NOOP("MemberColumns", "Sub-unit"), lambda r: r.unit,
           width=150),
    Column("position", QT_TRANSLATE_NOOP("MemberColumns", "Position"),
           lambda r: r.position or "", width=140),
    date_column("date_from", QT_TRANSLATE_NOOP("MemberColumns", "Since"),
                lambda r: r.date_from, width=82),
    Column("order_number", QT_TRANSLATE_NOOP("MemberColumns", "Order"),
           lambda r: r.order_number or "", width=80, kind="id"),
    Column("status", QT_TRANSLATE_NOOP("MemberColumns", "Status"),
           lambda r: status_label(r.status), width=90),
)

def _speciality(r: tuple) -> str:
    return r[0] or QCoreApplication.translate("MemberColumns", "(not recorded)")


SPECIALITY_COLUMNS: tuple[Column[tuple], ...] = (
    Column("speciality", QT_TRANSLATE_NOOP("MemberColumns", "Speciality"), _speciality,
           width=200),
    Column("count", QT_TRANSLATE_NOOP("MemberColumns", "People"), lambda r: str(r[1]),
           align=RIGHT, sort=lambda r: r[1], width=70),
)


class MembersPanel(QWidget):
    #: Double-click or Enter on a member: open his or her record.
    memberActivated = Signal(int)

    def __init__(self, ops: Operations, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersPanel")
        self._ops = ops
        self._strength: Ticket | None = None
        self._lang = lang
        self._unit: UnitNode | None = None

        self.titleLabel = QLabel(self, objectName="unitTitle", wordWrap=True)
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.detailLabel = QLabel(self, objectName="unitDetail", wordWrap=True)
        self.subunitsCheck = QCheckBox(self.tr("Include sub-units"), self,
                                       objectName="subunitsCheck", checked=True)
        self.countLabel = QLabel(self, objectName="memberCount")
        self.assignButton = QPushButton(self.tr("&Assign servicemen…"), self,
                                        objectName="assignServicemenButton")
        self.assignButton.setToolTip(self.tr("Assign several servicemen to this unit with one "
                                             "order"))
        self.model = PagedModel(ops, MEMBER_COLUMNS, CONTEXT, self,
                                key=lambda r: (r.serviceman_id, r.unit_id))
        self.model.countChanged.connect(
            lambda count: self.countLabel.setText(self.tr("%Ln member(s)", "", count))
            if self._unit is not None else self.countLabel.clear())
        self.table = QTableView(self, objectName="membersTable")
        self.table.setModel(self.model)
        self.kit = ListKit(self.table, MEMBER_COLUMNS, MEMBERS_KEY)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.strengthLabel = QLabel(self, objectName="strengthLabel", wordWrap=True)
        self.specialities = RowsModel(SPECIALITY_COLUMNS, CONTEXT, key=lambda r: r[0], parent=self)
        self.specialityTable = QTableView(self, objectName="specialityTable")
        self.specialityTable.setModel(self.specialities)
        setup_table(self.specialityTable, SPECIALITY_COLUMNS, stretch="speciality")

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(self.subunitsCheck)
        controls.addWidget(self.countLabel)
        controls.addStretch(1)
        controls.addWidget(self.assignButton)
        strength = QGroupBox(self.tr("Strength"), self, objectName="strengthBox")
        strength_layout = QVBoxLayout(strength)
        strength_layout.addWidget(self.strengthLabel)
        strength_layout.addWidget(self.specialityTable, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="membersSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(strength)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.detailLabel)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self.subunitsCheck.toggled.connect(lambda _on: self.refresh())
        self.set_unit(None)

    @property
    def unit(self) -> UnitNode | None:
        return self._unit

    def set_unit(self, unit: UnitNode | None) -> None:
        self._unit = unit
        self.refresh()

    def refresh(self) -> None:
        unit = self._unit
        if self._strength is not None:
            self._strength.cancel()
            self._strength = None
        self.assignButton.setEnabled(unit is not None and unit.retired_on is None)
        if unit is None:
            self.titleLabel.setText(self.tr("Choose a unit in the tree"))
            self.detailLabel.clear()
            self.model.set_query(None, None)
            self.specialities.set_rows([])
            self.strengthLabel.clear()
            self.countLabel.clear()
            return
        self.titleLabel.setText(unit.name)
        detail = f"{' / '.join(unit.path)} — {level_label(unit.level)}, {unit.kind_name}"
        if unit.retired_on is not None:
            detail += "; " + self.tr("retired on %1").replace("%1", fmt(unit.retired_on))
        self.detailLabel.setText(detail)
        unit_id, below = unit.id, self.subunitsCheck.isChecked()

        def count(session) -> int:
            return units.count_members(session, unit_id, include_subunits=below)

        lang = self._lang

        def fetch(session, offset: int, limit: int) -> list[MemberRow]:
            return units.unit_members(session, unit_id, include_subunits=below, offset=offset,
                                      limit=limit, lang=lang)

        self.model.set_query(count, fetch)
        self.table.setColumnHidden(self.model.column_of("unit"), not below)
        self._strength = self._ops.read(
            lambda session: units.unit_strength(session, unit_id, below), self._show_strength,
            owner=self)

    def _show_strength(self, strength: Strength) -> None:
        self._strength = None
        self.strengthLabel.setText(self.strength_text(strength))
        self.specialities.set_rows(strength.by_speciality)

    def strength_text(self, strength: Strength) -> str:
        """"Strength: 26 (officers 2, NCOs 12, enlisted 12)"."""
        total = self.tr("Strength: %n", "", strength.total)
        parts = []
        for category in (*RANK_CATEGORIES, ""):
            if strength.by_category.get(category):
                label = QCoreApplication.translate(CONTEXT, CATEGORY_LABELS[category])
                parts.append(f"{label} {strength.by_category[category]}")
        return total + " (" + ", ".join(parts) + ")" if parts else total

    def member_at(self, row: int) -> MemberRow | None:
        return self.model.index(row, 0).data(ROW_ROLE)

    def _activate(self, row: int) -> None:
        member = self.member_at(row)
        if member is not None:
            self.memberActivated.emit(member.serviceman_id)
