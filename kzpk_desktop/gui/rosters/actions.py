"""What the clerk does on a roster: nominate people or a unit, move them along, edit details.

A mixin of RosterView, kept apart so each module stays readable; it uses the
view's operations layer, rotation, selection and signals. Every change is
announced (``Change`` of ROSTER): the view, the missions' counts and the
registry's statuses follow.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services import rosters
from ...services.roster_list import RosterRow
from ...services.rosters import TRANSITIONS, AddResult, EntryData
from ...services.units import unit_tree
from ..ops import Change
from ..ops.changes import ROSTER, SERVICEMAN
from ..prompts import Prompt
from .counts import RosterCounts
from .entry_dialog import EntryDialog
from .pickers import ServicemenPicker, UnitPicker
from .workflow import Outcome, who

#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


class RosterActions:
    # -- nominating ---------------------------------------------------------------------
    def add_servicemen(self) -> None:
        if self.summary is None:
            return
        pick = ServicemenPicker.ask(self, self._ops, self._lang, self._categories,
                                    self.summary.label)
        if pick is None:
            return
        rotation_id = self.rotation_id
        self._nominate(lambda s: rosters.add_to_roster(
            s, rotation_id, pick.serviceman_ids, category=pick.category,
            appointment=pick.appointment, sub_unit=pick.sub_unit, skip_existing=True))

    def add_unit(self) -> None:
        if self.summary is None:
            return
        lang = self._lang
        outcome = self._ops.call(
            lambda session: unit_tree(session, lang=lang, include_retired=False),
            parent=self, title=translate("RosterActions", "Add a unit"))
        if not outcome.ok:
            return
        units = outcome.value
        if not units:
            Prompt.inform(self, translate("RosterActions", "Add a unit"),
                          translate("RosterActions", "There are no units on file yet."))
            return
        pick = UnitPicker.ask(self, units, self._categories, self.summary.label)
        if pick is None:
            return
        rotation_id = self.rotation_id
        self._nominate(lambda s: rosters.add_unit_to_roster(
            s, rotation_id, pick.unit_id, include_subunits=pick.include_subunits,
            category=pick.category, appointment=pick.appointment, skip_existing=True,
            lang=self._lang))

    def _nominate(self, add: Callable[[Session], AddResult]) -> None:
        def nominate(session) -> tuple[AddResult, list[int]]:
            result = add(session)
            return result, [e.id for e in result.entries]

        outcome = self._ops.call(nominate, write=True, changes=Change.of(ROSTER, also=[SERVICEMAN]),
                                 parent=self, title=translate("RosterActions", "Not nominated"))
        if not outcome.ok:
            return
        result, added = outcome.value
        self.reload(select=added)
        counts = RosterCounts()
        message = counts.nominated(len(added), self.summary.label)
        if result.failures:
            message += " " + counts.not_eligible(len(result.failures))
        if result.skipped:
            message += " " + counts.already_listed(len(result.skipped))
        self.statusMessage.emit(message)

    # -- the status workflow ------------------------------------------------------------
    def _movable(self, status: str) -> list[RosterRow]:
        return [r for r in self.selected_rows() if status in TRANSITIONS.get(r.status, ())]

    def approve(self) -> None:
        rows = self._movable("approved")
        if rows:
            self._after(self.workflow.approve(rows), "approved")

    def change_dated(self, status: str) -> None:
        rows = self._movable(status)
        if rows:
            outcome = self.workflow.with_date(rows, status, self.default_date(status))
            if outcome is not None:
                self._after(outcome, status)

    def withdraw(self) -> None:
        rows = self._movable("withdrawn")
        if rows and self.summary is not None:
            outcome = self.workflow.withdraw(rows, self.summary.label)
            if outcome is not None:
                self._after(outcome, "withdrawn")

    def default_date(self, status: str) -> dt.date | None:
        s = self.summary
        if s is None:
            return None
        if status == "deployed":
            return s.actual_start or s.planned_start
        if status == "completed":
            return s.actual_end or s.planned_end
        return dt.date.today()

    def _after(self, outcome: Outcome, status: str) -> None:
        self.reload(select=[r.id for r in outcome.done] or None)
        counts = RosterCounts()
        message = counts.moved(status, len(outcome.done))
        if outcome.refused:
            message += " " + counts.refused(len(outcome.refused))
        self.statusMessage.emit(message)

    # -- details --------------------------------------------------------------------------
    def edit_current(self) -> None:
        row = self.current_row()
        if row is None or self.summary is None:
            return
        data = EntryData(row.category, row.appointment, row.sub_unit, row.arrival_date,
                         row.departure_date, row.un_index, row.version)


        def save(value: EntryData) -> int:
            return self._ops.wait(lambda session: rosters.update_entry(session, row.id, value).id,
                                  write=True, changes=Change.of(ROSTER, row.id))

        label = f"{who(row)}, {self.summary.label}"
        if EntryDialog.ask(self, self._categories, data, label, save) is not None:
            self.reload(select=[row.id])
            self.statusMessage.emit(translate("RosterActions", "Saved: %1.").replace(
                "%1", who(row)))
