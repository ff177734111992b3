"""The Parliament decisions area: the list, a decision with its ceilings per mission, supersede."""
from __future__ import annotations

import datetime as dt

import planning_builders as b
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Decision
from kzpk_desktop.gui.planning.decision_dialog import CeilingsModel, DecisionDialog
from kzpk_desktop.gui.planning.decisions_page import DecisionsPage, SupersedeDialog


@pytest.fixture
def page(qtbot, ctx, prompts):
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def column(model, key: str) -> list[str]:
    c = model.column_of(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def set_ceiling(dialog: DecisionDialog, acronym: str, value: str) -> None:
    model = dialog.ceilings
    row = next(r for r in range(model.rowCount())
               if model.index(r, CeilingsModel.MISSION).data().startswith(acronym + " "))
    assert model.setData(model.index(row, CeilingsModel.CEILING), value)


def stored(sessions, number: str) -> Decision | None:
    with sessions() as s:
        found = s.scalars(select(Decision).where(Decision.number == number)).one_or_none()
        if found is not None:
            _ = [c.mission.acronym for c in found.ceilings]  # read while the session is open
        return found


def test_create_a_decision_with_ceilings_per_mission(qtbot, monkeypatch, page, sessions,
                                                    qtmodeltester):
    seen = {}

    def ask(cls, parent, missions, data, save):
        dialog = cls(missions, parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        dialog.set_saver(save)
        dialog.show()
        qtmodeltester.check(dialog.ceilings)
        ui = dialog.ui
        seen["closed missions offered"] = [
            dialog.ceilings.index(r, 0).data().split()[0]
            for r in range(dialog.ceilings.rowCount())
            if dialog.ceilings.index(r, 0).data().split()[0] in ("MINUSMA", "UNOCI")]
        ui.numberEdit.setText("52-VIII")
        ui.dateEdit.set_value(dt.date(2024, 1, 19))
        ui.ceilingSpin.setValue(430)
        set_ceiling(dialog, "UNDOF", "500")
        set_ceiling(dialog, "UNTSO", "30")
        dialog.ok_button().click()
        seen["problems"] = {f: dialog.problem_shown(f) for f in ("title", "ceilings")}
        seen["open"] = dialog.isVisible()
        ui.titleEdit.setText("О направлении до 430 военнослужащих в миссии ООН")
        set_ceiling(dialog, "UNDOF", "400")
        set_ceiling(dialog, "UNTSO", "")  # an empty cell: the decision does not cover it
        set_ceiling(dialog, "UNMISS", "30")
        dialog.ok_button().click()
        seen["closed"] = not dialog.isVisible()
        return dialog.saved_id

    monkeypatch.setattr(DecisionDialog, "ask", classmethod(ask))
    page.newButton.click()
    assert seen["closed missions offered"] == []
    assert seen["problems"] == {
        "title": "Title is required.",
        "ceilings": "The ceiling for UNDOF (500) exceeds the overall ceiling (430).",
    }
    assert seen["open"] and seen["closed"]
    decision = stored(sessions, "52-VIII")
    assert (decision.date, decision.ceiling) == (dt.date(2024, 1, 19), 430)
    assert sorted((c.mission.acronym, c.ceiling) for c in decision.ceilings) == \
        [("UNDOF", 400), ("UNMISS", 30)]
    assert column(page.model, "number") == ["52-VIII"]
    assert column(page.model, "missions") == ["UNDOF 400, UNMISS 30"]
    assert column(page.model, "ceiling") == ["430"]
    assert page.current_id() == decision.id
    qtmodeltester.check(page.model)


def test_the_list_shows_period_and_supersession_newest_first(page, sessions):
    with write_session(sessions) as s:
        old = b.decision(s, "182-VI", ceiling=150, missions={"UNIFIL": 140, "MINURSO": 10},
                         date=dt.date(2018, 6, 21))
        old.period_from, old.period_to = dt.date(2018, 7, 1), dt.date(2023, 12, 31)
        new = b.decision(s, "45-VIII", ceiling=430, missions={"UNDOF": 400},
                         date=dt.date(2024, 1, 19))
        new.period_from = dt.date(2024, 1, 19)
    page.refresh()
    assert column(page.model, "number") == ["45-VIII", "182-VI"]
    assert column(page.model, "period") == ["from 19.01.2024", "01.07.2018 – 31.12.2023"]
    assert column(page.model, "missions") == ["UNDOF 400", "MINURSO 10, UNIFIL 140"]


def test_supersede_with_a_later_decision(monkeypatch, page, prompts, sessions):
    with write_session(sessions) as s:
        old = b.decision(s, "DEC-OLD", ceiling=150, date=dt.date(2018, 6, 21)).id
        new = b.decision(s, "DEC-NEW", ceiling=430, date=dt.date(2024, 1, 19)).id
    page.refresh(select=old)
    offered = {}

    def ask(cls, parent, old_row, candidates):
        offered["candidates"] = [c.number for c in candidates]
        return new

    monkeypatch.setattr(SupersedeDialog, "ask", classmethod(ask))
    page.supersedeButton.click()
    assert offered["candidates"] == ["DEC-NEW"]
    assert stored(sessions, "DEC-OLD").superseded_by_id == new
    row = column(page.model, "number").index("DEC-OLD")
    assert column(page.model, "superseded_by")[row] == "DEC-NEW"
    assert not page.supersedeButton.isEnabled()  # already superseded
    assert prompts.informed == []


def test_supersede_refusal_is_shown_in_plain_words(monkeypatch, page, prompts, sessions):
    with write_session(sessions) as s:
        first = b.decision(s, "DEC-A", ceiling=10, date=dt.date(2024, 1, 19)).id
        b.decision(s, "DEC-B", ceiling=10, date=dt.date(2024, 1, 19))
        third = b.decision(s, "DEC-C", ceiling=10, date=dt.date(2024, 1, 19)).id
    with write_session(sessions) as s:
        s.get(Decision, third).superseded_by_id = first
    page.refresh(select=first)
    # A later decision that is itself superseded cannot take over.
    monkeypatch.setattr(SupersedeDialog, "ask", classmethod(lambda cls, *a: third))
    page.supersedeButton.click()
    assert prompts.informed == [("Not superseded", (
        "Decision DEC-C was itself superseded by decision DEC-A; use the latest decision."))]
    assert stored(sessions, "DEC-A").superseded_by_id is None


def test_enter_opens_the_decision_for_editing(qtbot, monkeypatch, page, sessions):
    with write_session(sessions) as s:
        decision_id = b.decision(s, "DEC-1", ceiling=10, missions={"UNDOF": 10}).id
    page.refresh()

    def ask(cls, parent, missions, data, save):
        assert (data.number, data.ceiling, list(data.ceilings.values())) == ("DEC-1", 10, [10])
        data.ceiling = 20
        return save(data)

    monkeypatch.setattr(DecisionDialog, "ask", classmethod(ask))
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    with sessions() as s:
        assert s.get(Decision, decision_id).ceiling == 20
    assert column(page.model, "ceiling") == ["20"]


def test_ceilings_table_takes_digits_only_and_empties(qtbot):
    from kzpk_desktop.gui.planning.rotation_dialog import MissionChoice

    model = CeilingsModel([MissionChoice(1, "UNDOF", "Golan"), MissionChoice(2, "UNTSO", "ME")])
    model.load({1: 10})
    cell = model.index(0, CeilingsModel.CEILING)
    assert not model.setData(cell, "ten")
    assert model.value() == {1: 10}
    assert model.setData(model.index(1, CeilingsModel.CEILING), "5")
    assert model.setData(cell, " ")
    assert model.value() == {2: 5}
    assert not model.flags(model.index(0, CeilingsModel.MISSION)) & Qt.ItemFlag.ItemIsEditable


def test_a_new_decisions_ceiling_is_empty_and_its_messages_clear_when_corrected(
        qtbot, monkeypatch, page, type_text):
    seen = {}

    def ask(cls, parent, missions, data, save):
        dialog = cls(missions, parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        dialog.set_saver(save)
        dialog.show()
        ui = dialog.ui
        seen["ceiling shown"] = ui.ceilingSpin.text().strip()
        ui.numberEdit.setText("52-VIII")
        ui.dateEdit.set_value(dt.date(2024, 1, 19))
        dialog.ok_button().click()
        seen["title refused"] = dialog.problem_shown("title")
        seen["ceiling refused"] = dialog.problem_shown("ceiling")
        type_text(ui.titleEdit, "О направлении")
        ui.ceilingSpin.setValue(430)
        seen["title after"] = dialog.problem_shown("title")
        seen["ceiling after"] = dialog.problem_shown("ceiling")
        dialog.reject()
        return None

    monkeypatch.setattr(DecisionDialog, "ask", classmethod(ask))
    page.newButton.click()
    assert seen["ceiling shown"] == ""
    assert seen["title refused"] and seen["ceiling refused"]
    assert seen["title after"] == "" and seen["ceiling after"] == ""
