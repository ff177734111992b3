"""The list behind a bar of the Overview: who is counted there, each record one click away."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import briefing
from ...services.dates import fmt
from ..i18n import problem_text
from ..widgets.table import Column, RowsModel, setup_table
from .charts import Drill

CONTEXT = "OverviewPeople"


@dataclass(frozen=True)
class ListedPerson:
    serviceman_id: int
    name: str
    iin: str
    rank: str
    detail: str


def _name(row: briefing.PersonRow) -> str:
    return f"{row.surname} {row.given_name}"


def people_behind(drill: Drill, on: dt.date, lang: str) -> Callable[[Session], list]:
    """The job (run off the GUI thread) that reads the people behind ``drill``.

    Returns rows whose ``detail`` is still a template where it must be
    translated: the GUI fills it in on its own thread (``listed``).
    """
    def job(session: Session) -> list[tuple[briefing.PersonRow, object]]:
        if drill.kind == "deployed":
            return [(p, p.detail) for p in briefing.deployed_people(
                session, on, lang=lang, **drill.key)]
        if drill.kind == "blocked":
            return [(p, fails) for p, fails in briefing.blocked_people(
                session, drill.key["rotation_id"], drill.key["rule"], lang=lang)]
        if drill.kind == "expiring":
            return [(briefing.PersonRow(r.serviceman_id, r.surname, r.given_name, r.iin, r.rank,
                                        ""), r) for r in briefing.expiring_people(
                session, drill.key["month"], on, drill.key["kind_code"], lang=lang)]
        raise ValueError(drill.kind)
    return job


def listed(drill: Drill, rows: list) -> list[ListedPerson]:
    """The rows read by ``people_behind`` as the list shows them (on the GUI thread)."""
    result = []
    for person, extra in rows:
        if drill.kind == "blocked":
            detail = " ".join(problem_text(f.problem()) for f in extra)
        elif drill.kind == "expiring":
            detail = QCoreApplication.translate(CONTEXT, "%1, expires %2") \
                .replace("%1", extra.number).replace("%2", fmt(extra.expires_on))
        else:
            detail = str(extra or "")
        result.append(ListedPerson(person.serviceman_id, _name(person), person.iin,
                                   person.rank or "", detail))
    return result


COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("OverviewPeople", "Name"), lambda p: p.name, width=220),
    Column("iin", QT_TRANSLATE_NOOP("OverviewPeople", "IIN"), lambda p: p.iin, width=110),
    Column("rank", QT_TRANSLATE_NOOP("OverviewPeople", "Rank"), lambda p: p.rank, width=150),
    Column("detail", QT_TRANSLATE_NOOP("OverviewPeople", "Details"), lambda p: p.detail,
           width=360),
)


class PeopleDialog(QDialog):
    """Who is behind a bar; Enter or a double-click opens the person's record."""

    openServiceman = Signal(int)

    def __init__(self, drill: Drill, people: list[ListedPerson],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(drill.title)
        self.resize(860, 480)
        self.countLabel = QLabel(self, objectName="countLabel")
        self.countLabel.setText(self.tr("%n person(s). Double-click a row to open the record.",
                                        "", len(people)))
        self.model: RowsModel[ListedPerson] = RowsModel(COLUMNS, CONTEXT, key=lambda p: (p.serviceman_id, p.detail), parent=self)
        self.model.set_rows(people)
        self.table = QTableView(self, objectName="peopleTable")
        self.table.setModel(self.model)
        setup_table(self.table, COLUMNS, stretch="detail")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.activated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.countLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _open(self, index) -> None:
        person = self.model.row(index.row())
        self.openServiceman.emit(person.serviceman_id)
        self.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.table.currentIndex().isValid():
            self._open(self.table.currentIndex())
            return
        super().keyPressEvent(event)
