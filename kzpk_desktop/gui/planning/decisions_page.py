"""The "Parliament decisions" area: the decisions with their ceilings; new, edit, supersede."""
from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services import decisions
from ...services.dates import fmt
from ...services.decisions import DecisionData, DecisionRow
from ...services.errors import NotFound
from ...services.missions import list_missions
from ...services.rotations import RotationRow, list_rotations
from ..area import EXPORT, FIND, NEW, REFRESH, AreaContext
from ..i18n import error_text
from ..ops import Change
from ..ops.changes import DECISION, MISSION, ROTATION
from ..prompts import Prompt
from ..settings import Settings
from ..widgets.empty_state import EmptyState
from ..widgets.list_page import ListPage
from ..widgets.table import RowsModel
from .columns import CONTEXT, DECISION_COLUMNS
from .decision_dialog import DecisionDialog
from .labels import period
from .rotation_dialog import MissionChoice

HEADER_KEY = "decisions"


def _haystack(row: DecisionRow) -> str:
    """What the search looks in: number, title, date, the missions' acronyms."""
    return " ".join((row.number, row.title, fmt(row.date), *row.missions))


class SupersedeDialog(QDialog):
    """Which later decision replaces this one."""

    def __init__(self, old: DecisionRow, candidates: Sequence[DecisionRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supersedeDialog")
        self.setWindowTitle(self.tr("Supersede decision %1").replace("%1", old.number))
        intro = QLabel(self.tr(
            "Choose the later decision that replaces %1 of %2. Both stay on file; from then "
            "on the newer decision's ceilings govern everyone on rotations resting on either.")
            .replace("%1", old.number).replace("%2", fmt(old.date)), self, wordWrap=True)
        self.combo = QComboBox(self, objectName="newerCombo")
        for d in candidates:
            self.combo.addItem(f"{d.number} — {fmt(d.date)} — {d.title}", d.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Supersede"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @classmethod
    def ask(cls, parent: QWidget | None, old: DecisionRow, candidates: Sequence[DecisionRow]
            ) -> int | None:
        """The id of the decision that replaces ``old``, or None."""
        dialog = cls(old, candidates, parent)
        return dialog.combo.currentData() if dialog.exec() else None


class DecisionsPage(ListPage):
    WATCHES = (DECISION, ROTATION, MISSION)
    LIST_NAME = HEADER_KEY

    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("decisionsPage")
        self._rotations: list[RotationRow] = []
        model: RowsModel[DecisionRow] = RowsModel(DECISION_COLUMNS, CONTEXT, haystack=_haystack,
                                                  parent=self)
        self.make_list(model, DECISION_COLUMNS, "decisionsTable", stretch="title",
                       sort=(model.column_of("date"), Qt.SortOrder.DescendingOrder),
                       search=self.tr("Find by number, title or mission (Ctrl+F)"),
                       export_tip=self.tr("Save the list as shown (search, order, columns) "
                                          "to an Excel or CSV file (Ctrl+E)"))
        self.newButton = QPushButton(self.tr("New decision…"), self, objectName="newButton")
        self.editButton = QPushButton(self.tr("Edit…"), self, objectName="editButton")
        self.editButton.setToolTip(self.tr("Correct the decision as recorded (Enter)"))
        self.supersedeButton = QPushButton(self.tr("Supersede…"), self,
                                           objectName="supersedeButton")
        self.supersedeButton.setToolTip(self.tr(
            "A later decision replaces this one (a change in numbers needs a new decision)"))
        self.details = QTextBrowser(self, objectName="decisionDetails")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="decisionsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        bar = self.bar([self.newButton, self.editButton, self.supersedeButton])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.newButton.clicked.connect(self.new_record)
        self.editButton.clicked.connect(self.edit_current)
        self.supersedeButton.clicked.connect(self.supersede_current)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        # Parliament's decisions are reference data: an administrator's.
        for button in (self.newButton, self.editButton, self.supersedeButton):
            ctx.gate(button, "admin", tip=button.toolTip())
        self.emptyState = EmptyState.attach(
            self.table,
            self.tr("No Parliament decision is recorded. Enter the decision that allows the "
                    "deployment: its number, date, period and ceilings."),
            [(self.tr("Enter a decision…"), self.new_record, ctx.may("admin"))],
            filtered=lambda: bool(self.search_text()),
            filtered_text=self.tr("No decision matches the search."))
        self.refresh()

    # -- ListPage ----------------------------------------------------------------------
    def commands(self) -> set[str]:
        # New only where "New decision" is offered (an administrator's): never refused at OK.
        return {FIND, REFRESH, EXPORT} | ({NEW} if self.newButton.isEnabled() else set())

    def export_title(self) -> str:
        return self.tr("Parliament decisions")

    def apply_filter(self) -> None:
        super().apply_filter()
        current = self.current_id()
        self.model.set_filter_text(self.search_text())
        self._select(current)
        self._show_count()

    def refresh(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        outcome = self._ops.call(lambda session: (decisions.list_decisions(session),
                                                  list_rotations(session)))
        if not outcome.ok:
            return  # said on the status bar; Refresh reads them again
        rows, self._rotations = outcome.value
        self.model.set_rows(rows)
        self._select(current)
        self._show_count()

    def _select(self, current: int | None) -> None:
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_current()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("%n decision(s)", "", total)
        self.countLabel.setText(text if shown == total else
                                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", text))

    def new_record(self) -> None:
        self._edit(DecisionData())

    def save_state(self, settings: Settings) -> None:
        super().save_state(settings)
        settings.remember_splitter(HEADER_KEY, self.splitter)

    def restore_state(self, settings: Settings) -> None:
        super().restore_state(settings)
        settings.restore_splitter(HEADER_KEY, self.splitter, [420, 200])

    # -- records -----------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def current_row(self) -> DecisionRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def edit_current(self) -> None:
        decision_id = self.current_id()
        if decision_id is None:
            return
        outcome = self._ops.call(lambda session: decisions.decision_data(
            decisions.get_decision(session, decision_id)), handle=(NotFound,), parent=self,
            title=self.tr("Decision not read"))
        if isinstance(outcome.error, NotFound):
            Prompt.inform(self, self.tr("Decision not found"), error_text(outcome.error))
            self.refresh()
            return
        if outcome.ok:
            self._edit(outcome.value)

    def _edit(self, data: DecisionData) -> None:
        outcome = self._ops.call(list_missions, parent=self,
                                 title=self.tr("Missions not read"))
        if not outcome.ok:
            return
        missions = [MissionChoice(m.id, m.acronym, m.name(self._lang)) for m in outcome.value
                    if m.status != "closed" or m.id in data.ceilings]

        def write(session, value: DecisionData) -> int:
            if value.id is None:
                return decisions.create_decision(session, value).id
            return decisions.update_decision(session, value.id, value).id

        def save(value: DecisionData) -> int:
            return self._ops.wait(lambda session: write(session, value), write=True,
                                  changes=Change.of(DECISION, value.id))

        saved = DecisionDialog.ask(self, missions, data, save)
        if saved is not None:
            self.refresh(select=saved)
            self.statusMessage.emit(self.tr("Decision saved."))

    def supersede_current(self) -> None:
        old = self.current_row()
        if old is None:
            return
        candidates = [d for d in self.model.rows()
                      if d.id != old.id and d.superseded_by is None and d.date >= old.date]
        if not candidates:
            Prompt.inform(self, self.tr("Supersede decision %1").replace("%1", old.number),
                          self.tr("Record the later decision first (New decision), then "
                                  "supersede this one with it."))
            return
        new_id = SupersedeDialog.ask(self, old, sorted(candidates, key=lambda d: d.date,
                                                       reverse=True))
        if new_id is None:
            return
        if not self._ops.call(lambda session: decisions.supersede(session, old.id, new_id),
                              write=True, changes=Change.of(DECISION, old.id, new_id),
                              parent=self, title=self.tr("Not superseded")).ok:
            return
        self.refresh(select=old.id)
        self.statusMessage.emit(self.tr("Decision %1 superseded.").replace("%1", old.number))

    def _show_current(self) -> None:
        row = self.current_row()
        self.editButton.setEnabled(row is not None)
        self.supersedeButton.setEnabled(row is not None and row.superseded_by is None)
        self.details.setHtml(self._details_html(row) if row is not None else "")

    def _details_html(self, d: DecisionRow) -> str:
        e = html.escape
        head = self.tr("Decision %1 of %2").replace("%1", d.number).replace("%2", fmt(d.date))
        lines = [f"<b>{e(head)}</b> — {e(d.title)}"]
        facts = [self.tr("Overall ceiling: %1").replace("%1", str(d.ceiling))]
        if d.period_from or d.period_to:
            facts.append(self.tr("period: %1").replace("%1", period(d.period_from, d.period_to)))
        if d.superseded_by:
            facts.append(self.tr("superseded by decision %1").replace("%1", d.superseded_by))
        lines.append(e("; ".join(facts)))
        ceilings = ", ".join(f"{a} {c}" for a, c in d.missions.items())
        lines.append(e(self.tr("Ceilings per mission: %1").replace("%1", ceilings)))
        resting = [f"{r.mission}-{r.number}" for r in self._rotations if r.decision_id == d.id]
        lines.append(e(self.tr("Rotations resting on it: %1").replace("%1", ", ".join(resting))
                       if resting else self.tr("No rotation rests on it yet.")))
        return "<br>".join(lines)
