"""A rotation's roster: who is on it, whether each may go, the ceiling and the share of women."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...services.categories import CategoryChoice
from ...services.dates import fmt
from ...services.errors import NotFound
from ...services.roster_list import RosterRow
from ...services.rosters import TRANSITIONS
from ..i18n import error_text
from ..ops import Change, Operations
from ..ops.changes import ASSIGNMENT, DECISION, DOCUMENT, MISSION, ROSTER, ROTATION, SERVICEMAN
from ..planning.labels import roster_status_label
from ..prompts import Prompt
from ..settings import Settings
from ..widgets.list_page import ListKit
from ..widgets.table import RowsModel, clear_on_escape, typing_timer
from .actions import RosterActions
from .columns import CONTEXT, eligibility_tooltip, haystack, roster_columns
from .summary import RosterSummary, load_summary, summary_html
from .workflow import RosterWorkflow, who

HEADER_KEY = "roster"
SPLITTER_KEY = "roster"


class RosterView(RosterActions, QWidget):
    statusMessage = Signal(str)
    #: The selection changed (which actions apply).
    selectionChanged = Signal()

    def __init__(self, ops: Operations, lang: str,
                 categories: list[CategoryChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterView")
        self._ops = ops
        self._lang = lang
        self._categories = categories
        self.rotation_id: int | None = None
        self.summary: RosterSummary | None = None
        self.workflow = RosterWorkflow(ops, self)
        # A document renewed, a record or a decision changed anywhere: eligibility follows.
        ops.changed.connect(self._changed)
        names = {c.code: c.name for c in categories}
        self.model: RowsModel[RosterRow] = RowsModel(roster_columns(names), CONTEXT,
                                                     haystack=haystack, parent=self)

        self.titleLabel = QLabel(self, objectName="rosterTitle", wordWrap=True)
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.summaryLabel = QLabel(self, objectName="summaryLabel", wordWrap=True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.summaryLabel.setMargin(6)

        self.buttons: dict[str, QPushButton] = {}
        # Two rows: who is on the roster (add, filter) and what happens to them (the
        # workflow), so the roster fits a 1024-pixel screen in Russian and Kazakh too.
        bar = QHBoxLayout()
        bar.setSpacing(4)
        workflow = QHBoxLayout()
        workflow.setSpacing(4)
        row = bar
        for key, text, tip in (
            ("add", self.tr("Add servicemen…"), self.tr("Nominate people found in the registry "
                                                      "(Ctrl+N)")),
            ("add_unit", self.tr("Add a unit…"), self.tr("Nominate everyone serving in a unit")),
            (None, None, None),
            ("approved", self.tr("Approve"), self.tr("Approve the selected nominations")),
            ("deployed", self.tr("Deploy…"), self.tr("The selected people arrived in the "
                                                   "mission")),
            ("completed", self.tr("Complete…"), self.tr("The selected people finished the tour")),
            ("repatriated", self.tr("Repatriate…"), self.tr("The selected people came back "
                                                          "early (reason and date)")),
            ("withdrawn", self.tr("Withdraw"), self.tr("Take the selected people off the "
                                                     "rotation (Del)")),
            (None, None, None),
            ("edit", self.tr("Details…"), self.tr("Appointment, sub-unit, dates, UN index "
                                                  "(Enter)")),
        ):
            if key is None:
                row = workflow
                continue
            button = QPushButton(text, self, objectName=f"{key}Button")
            button.setToolTip(tip)
            row.addWidget(button)
            self.buttons[key] = button
        workflow.addStretch(1)
        bar.addStretch(1)
        self.filterEdit = QLineEdit(self, objectName="rosterFilter", clearButtonEnabled=True)
        self.filterEdit.setPlaceholderText(self.tr("Filter the roster (Ctrl+F)"))
        self.filterEdit.setMinimumWidth(200)
        clear_on_escape(self.filterEdit)
        self.countLabel = QLabel(self, objectName="rosterCount")
        bar.addWidget(self.filterEdit)
        bar.addWidget(self.countLabel)

        self.table = QTableView(self, objectName="rosterTable")
        self.table.setModel(self.model)
        self._setup_table()
        self.details = QTextBrowser(self, objectName="entryDetails")
        self.details.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="rosterSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.summaryLabel)
        layout.addLayout(bar)
        layout.addLayout(workflow)
        layout.addWidget(self.splitter, 1)

        self.buttons["add"].clicked.connect(self.add_servicemen)
        self.buttons["add_unit"].clicked.connect(self.add_unit)
        self.buttons["approved"].clicked.connect(self.approve)
        for status in ("deployed", "completed", "repatriated"):
            self.buttons[status].clicked.connect(lambda _=False, s=status: self.change_dated(s))
        self.buttons["withdrawn"].clicked.connect(self.withdraw)
        self.buttons["edit"].clicked.connect(self.edit_current)
        # The same typing delay as every list's search box.
        self._typing = typing_timer(self, self._apply_filter)
        self.filterEdit.textChanged.connect(self._typing.start)
        self.filterEdit.returnPressed.connect(self._apply_filter)
        self.set_rotation(None)

    def _setup_table(self) -> None:
        t = self.table
        self.kit = ListKit(t, self.model.columns, HEADER_KEY, multi=True,
                           sort=(self.model.column_of("name"), Qt.SortOrder.AscendingOrder))
        t.selectionModel().selectionChanged.connect(self._on_selection)
        t.selectionModel().currentRowChanged.connect(self._on_current)
        t.doubleClicked.connect(lambda _index: self.edit_current())
        t.installEventFilter(self)

    # -- state ------------------------------------------------------------------------
    def set_rotation(self, rotation_id: int | None) -> None:
        if rotation_id != self.rotation_id:
            self.filterEdit.clear()
            self._apply_filter()  # another roster: not filtered, at once
        self.rotation_id = rotation_id
        self.workflow.rotation_id = rotation_id
        self.reload()

    def reload(self, select: list[int] | None = None) -> None:
        """Read the roster again; keep (or make) the given entries selected."""
        keep = select if select is not None else [r.id for r in self.selected_rows()]
        current = self.model.key_at(self.table.currentIndex().row())
        if self.rotation_id is None:
            self.summary = None
            self.model.set_rows([])
        else:
            rotation_id, lang = self.rotation_id, self._lang
            outcome = self._ops.call(
                lambda session: load_summary(session, rotation_id, lang=lang),
                handle=(NotFound,), parent=self, title=self.tr("Roster not read"))
            if isinstance(outcome.error, NotFound):  # removed on another workstation
                Prompt.inform(self, self.tr("Rotation not found"), error_text(outcome.error))
                self.rotation_id = self.workflow.rotation_id = None
                self.reload(select=[])
                return
            if not outcome.ok:
                return
            self.summary = outcome.value
            self.model.set_rows(self.summary.rows)
        self._show_summary()
        self.select_ids(keep, current=current if select is None else None)
        self._update_buttons()
        self._show_details()

    def _changed(self, change: Change) -> None:
        if self.rotation_id is not None and change.touches(
                ROSTER, SERVICEMAN, DOCUMENT, ASSIGNMENT, ROTATION, DECISION, MISSION):
            self.reload()

    def selected_rows(self) -> list[RosterRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row(n) for n in rows) if r is not None]

    def current_row(self) -> RosterRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int], *, current: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clear()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = None
        for entry_id in ids:
            row = self.model.row_of(entry_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                first = row if first is None else first
        focus = self.model.row_of(current) if current is not None else first
        if focus is not None:
            selection.setCurrentIndex(self.model.index(focus, 0),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(self.model.index(focus, 0))

    def focus_filter(self) -> None:
        self.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filterEdit.selectAll()

    def save_state(self, settings: Settings) -> None:
        self.kit.save(settings)
        settings.remember_splitter(SPLITTER_KEY, self.splitter)

    def restore_state(self, settings: Settings) -> None:
        self.kit.settings = settings  # the chooser remembers there from now on
        self.kit.restore(settings)
        settings.restore_splitter(SPLITTER_KEY, self.splitter, [520, 130])

    # -- showing ----------------------------------------------------------------------
    def _show_summary(self) -> None:
        s = self.summary
        if s is None:
            self.titleLabel.setText(self.tr("No rotation open: choose one on the Missions tab."))
            self.summaryLabel.clear()
            self.summaryLabel.hide()
            self._show_count()
            return
        self.titleLabel.setText(s.title)
        self.summaryLabel.setText(summary_html(s, {c.code: c.name for c in self._categories}))
        self.summaryLabel.show()
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = self.tr("%n person(s)", "", total) if shown == total else \
            self.tr("%1 of %n person(s)", "", total).replace("%1", str(shown))
        self.countLabel.setText(text)

    def _show_details(self) -> None:
        row = self.current_row()
        if row is None:
            hint = self.tr("Select a person to see why they may or may not go.")
            self.details.setHtml(f"<p>{html.escape(hint)}</p>")
            return
        e = html.escape
        iin = self.tr("IIN")  # not inside the f-string: lupdate does not see it there
        parts = [f"<p><b>{e(who(row))}</b> — {e(iin)} {e(row.iin)}, "
                 f"{e(roster_status_label(row.status))}</p>"]
        tip = eligibility_tooltip(row)
        if row.failures:
            parts.append("<ul>" + "".join(f"<li>{e(line)}</li>" for line in tip.splitlines())
                         + "</ul>")
        else:
            parts.append(f"<p>{e(tip)}</p>")
        if row.repatriation_reason:
            text = self.tr("Repatriated on %1: %2").replace("%1", fmt(row.repatriation_date))
            parts.append(f"<p>{e(text.replace('%2', row.repatriation_reason))}</p>")
        if row.override_reason and not row.failures:
            text = self.tr("Approved by %1 over the document rules: %2").replace(
                "%1", row.override_by or "")
            parts.append(f"<p>{e(text.replace('%2', row.override_reason))}</p>")
        self.details.setHtml("".join(parts))

    def _apply_filter(self) -> None:
        self._typing.stop()
        self.model.set_filter_text(self.filterEdit.text())
        self._show_count()
        self._update_buttons()

    def _on_current(self, *_args) -> None:
        self._show_details()
        self._update_buttons()

    def _on_selection(self, *_args) -> None:
        self._update_buttons()
        self.selectionChanged.emit()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        open_ = self.summary is not None and self.summary.status != "completed"
        self.buttons["add"].setEnabled(open_)
        self.buttons["add_unit"].setEnabled(open_)
        for status in ("approved", "deployed", "completed", "repatriated", "withdrawn"):
            self.buttons[status].setEnabled(any(status in TRANSITIONS.get(r.status, ())
                                                for r in rows))
        self.buttons["edit"].setEnabled(self.current_row() is not None)

    def can_withdraw(self) -> bool:
        return self.buttons["withdrawn"].isEnabled()

    # -- keyboard -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_current()
            return True
        return super().eventFilter(watched, event)
