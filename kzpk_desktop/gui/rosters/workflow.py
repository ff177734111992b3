"""Moving roster entries along the status workflow, one transaction per person.

Each person's change is its own transaction on the operations layer's writer so that the ceiling is
re-counted under the write lock for every approval, and one refusal does not
undo the others. What was refused is told once, every reason listed; an
approval refused only on document rules is offered to a supervisor, who may
give a written reason to approve anyway.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services import auth, rosters
from ...services.ceilings import ceiling_problems, ceiling_usage
from ...services.roster_list import RosterRow
from ...services.text import full_name
from ..i18n import problem_text
from ..ops import Change, Operations, describe
from ..ops.changes import ROSTER, SERVICEMAN
from ..planning.labels import failure_text, roster_status_label
from ..prompts import Button, Prompt
from .counts import RosterCounts
from .status_dialogs import OverrideCase, OverrideDialog, StatusDialog

#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


@dataclass
class Outcome:
    done: list[RosterRow] = field(default_factory=list)
    refused: list[tuple[RosterRow, str]] = field(default_factory=list)
    #: approvals refused only on document rules, with room under the ceiling
    overridable: list[tuple[RosterRow, list]] = field(default_factory=list)


def who(row: RosterRow) -> str:
    return full_name(row, rank=row.rank)


class RosterWorkflow:
    def __init__(self, ops: Operations, parent: QWidget) -> None:
        self._ops = ops
        self._parent = parent
        #: The rotation whose roster is on screen (set by the view).
        self.rotation_id: int | None = None

    # -- one change per person -------------------------------------------------
    def run(self, rows: list[RosterRow], status: str, *, override_reason: str | None = None,
            repatriation_reason: str | None = None, on: dt.date | None = None) -> Outcome:
        outcome = Outcome()
        for row in rows:
            def change(session, row=row) -> None:
                rosters.set_status(session, row.id, status, override_reason=override_reason,
                                   repatriation_reason=repatriation_reason, on=on,
                                   version=row.version)

            # Every refusal is the person's own line in the report, in the formatter's words.
            done = self._ops.call(change, write=True, handle=(Exception,))
            error = done.error
            if isinstance(error, rosters.ApprovalRefused) \
                    and self._may_override(error, status, override_reason):
                outcome.overridable.append((row, error.failures))
            elif error is not None:
                outcome.refused.append((row, describe(error)))
            else:
                outcome.done.append(row)
        if outcome.done:
            self._ops.notify(Change.of(ROSTER, *(r.id for r in outcome.done))
                             .and_(SERVICEMAN, *(r.serviceman_id for r in outcome.done)))
        return outcome

    def _may_override(self, exc: rosters.ApprovalRefused, status: str,
                      override_reason: str | None) -> bool:
        """Only document rules failed, a supervisor is signed in, and there is room."""
        if status != "approved" or override_reason is not None or not exc.failures:
            return False
        if not all(f.overridable for f in exc.failures):
            return False
        rotation_id = self.rotation_id

        def may(session) -> bool:
            actor = auth.current_actor(session)
            if actor is None or actor.role not in rosters.OVERRIDE_ROLES:
                return False
            # A full ceiling is refused whatever the reason: do not ask for one in vain.
            return not ceiling_problems(session, rotation_id, adding=1)

        return bool(self._ops.call(may).value)

    # -- what the clerk asked for ---------------------------------------------------
    def approve(self, rows: list[RosterRow]) -> Outcome:
        refusal = self._ceiling_refusal(rows)
        if refusal is not None:
            # Once, for the whole choice, before anyone is asked for an override reason: a
            # reason cannot make room under Parliament's ceiling.
            Prompt.inform(self._parent, refusal_title("approved"), refusal)
            return Outcome(refused=[(r, refusal) for r in rows])
        outcome = self.run(rows, "approved")
        if outcome.overridable:
            cases = [OverrideCase(who(r), [failure_text(f) for f in failures])
                     for r, failures in outcome.overridable]
            reason = OverrideDialog.ask(self._parent, cases)
            pending = [r for r, _f in outcome.overridable]
            if reason:
                again = self.run(pending, "approved", override_reason=reason)
                outcome.done += again.done
                outcome.refused += again.refused
            else:
                declined = translate("RosterWorkflow",
                                     "Not approved: no override reason was given.")
                outcome.refused += [
                    (r, "\n".join([failure_text(f) for f in failures] + [declined]))
                    for r, failures in outcome.overridable]
            outcome.overridable = []
        self.report(outcome, "approved")
        return outcome

    def _ceiling_refusal(self, rows: list[RosterRow]) -> str | None:
        """Why approving the nominated among ``rows`` would break a ceiling, in one message
        with the places left; None when they fit."""
        adding = sum(1 for r in rows if r.status == "nominated")
        rotation_id = self.rotation_id
        if not adding or rotation_id is None:
            return None

        def check(session):
            problems = ceiling_problems(session, rotation_id, adding=adding)
            return (problems, ceiling_usage(session, rotation_id)) if problems else None

        found = self._ops.call(check).value
        if not found:
            return None
        problems, usage = found
        free = usage.overall_free if usage.mission_ceiling is None \
            else min(usage.mission_free, usage.overall_free)
        head = RosterCounts().places_left(free, adding)
        return "\n\n".join([head] + [problem_text(p) for p in problems])

    def with_date(self, rows: list[RosterRow], status: str, default: dt.date | None
                  ) -> Outcome | None:
        """Deploy, complete or repatriate, after asking the date (and the reason)."""
        answer = StatusDialog.ask(self._parent, status, [who(r) for r in rows], default)
        if answer is None:
            return None
        outcome = self.run(rows, status, on=answer.on,
                           repatriation_reason=answer.reason if status == "repatriated" else None)
        self.report(outcome, status)
        return outcome

    def withdraw(self, rows: list[RosterRow], rotation: str) -> Outcome | None:
        counts = RosterCounts()
        names = "\n".join(who(r) for r in rows[:10])
        if len(rows) > 10:
            names += "\n" + counts.more(len(rows) - 10)
        text = counts.withdraw_question(len(rows), rotation)
        note = translate("RosterWorkflow", "They stay on the roster as withdrawn and free their "
                                           "places under the ceiling.")
        answer = Prompt.ask(
            self._parent, translate("RosterWorkflow", "Withdraw from the roster"),
            text + "\n\n" + names + "\n\n" + note,
            {Button.Yes: translate("RosterWorkflow", "Withdraw"),
             Button.No: translate("RosterWorkflow", "Keep")}, Button.No,
            icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return None
        outcome = self.run(rows, "withdrawn")
        self.report(outcome, "withdrawn")
        return outcome

    # -- telling the clerk ------------------------------------------------------------
    def report(self, outcome: Outcome, status: str) -> None:
        if not outcome.refused:
            return
        total = len(outcome.done) + len(outcome.refused)
        head = RosterCounts().changed(len(outcome.done), total, roster_status_label(status))
        parts = [head]
        for row, reasons in outcome.refused:
            lines = "\n".join(f"  • {line}" for line in reasons.splitlines() if line.strip())
            parts.append(f"{who(row)}:\n{lines}")
        Prompt.inform(self._parent, refusal_title(status), "\n\n".join(parts))


def refusal_title(status: str) -> str:
    titles = {"approved": translate("RosterWorkflow", "Not approved"),
              "deployed": translate("RosterWorkflow", "Not deployed"),
              "completed": translate("RosterWorkflow", "Not completed"),
              "repatriated": translate("RosterWorkflow", "Not repatriated"),
              "withdrawn": translate("RosterWorkflow", "Not withdrawn")}
    return titles.get(status, translate("RosterWorkflow", "Not changed"))
