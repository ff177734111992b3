"""The missions area: the list, one mission's overview, and creating / editing rotations."""
from __future__ import annotations

import datetime as dt

import planning_builders as b
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Rotation
from kzpk_desktop.gui.planning.missions_page import ROSTER_TAB, MissionsPage
from kzpk_desktop.gui.planning.rotation_dialog import RotationDialog
from kzpk_desktop.services import rosters
from kzpk_desktop.services.dates import fmt

TODAY = dt.date.today()


@pytest.fixture
def mission(sessions):
    """UNDOF: rotation 1 out there now (a man and a woman deployed), rotation 2 being planned
    with one nominee who has no medical certificate."""
    with write_session(sessions) as s:
        decision = b.decision(s, "DEC-7", ceiling=10, missions={"UNDOF": 10, "UNTSO": 5})
        first = b.rotation(s, decision, start=TODAY - dt.timedelta(days=60),
                           end=TODAY + dt.timedelta(days=120))
        first.status = "deployed"
        second = b.rotation(s, decision, number=2, start=TODAY + dt.timedelta(days=121),
                            end=TODAY + dt.timedelta(days=300))
        men, women = b.person(s, "Ахметов"), b.person(s, "Борисова", sex="F")
        blocked = b.person(s, "Ваганов", skip=("medical_fitness",))
        added = rosters.add_to_roster(s, first.id, [men.id, women.id])
        for e in added.entries:
            for status in ("approved", "deployed"):
                rosters.set_status(s, e.id, status)
        rosters.add_to_roster(s, second.id, [blocked.id])
        return {"mission": first.mission_id, "first": first.id, "second": second.id,
                "decision": decision.id, "second_start": second.planned_start,
                "second_end": second.planned_end}


@pytest.fixture
def page(qtbot, ctx, prompts, mission):
    page = MissionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def column(model, key: str) -> list[str]:
    c = model.column_of(key)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_the_missions_list_and_one_missions_overview(page, mission, qtmodeltester):
    assert "UNDOF" in column(page.missions, "acronym")
    page.select_mission(mission["mission"])
    row = column(page.missions, "acronym").index("UNDOF")
    assert page.missions.index(row, page.missions.column_of("present")).data() == "2"

    overview = page.overview
    assert overview.titleLabel.text() == \
        "UNDOF — Силы ООН по наблюдению за разъединением (Active)"
    assert overview.strengthLabel.text() == f"In the mission on {fmt(TODAY)}: 2 person(s)."
    year = min(max(TODAY.year, 2021), 2028)
    assert [[overview.strength.index(0, c).data() for c in range(6)]] == [
        ["Контингент (войска)", "1", "1", "2", "50%", f"{8 + year - 2021}%"]]
    assert overview.blockedLabel.text() == (
        f"Next rotation UNDOF-2 (from {fmt(mission['second_start'])}): 1 person(s) nominated "
        "or approved have documents that block it.")
    assert column(overview.blocked, "name") == ["Ваганов Ерлан"]
    assert column(overview.blocked, "documents") == ["medical fitness"]

    # Rotations of the mission, newest first, with their counts.
    assert column(page.rotations, "number") == ["2", "1"]
    assert column(page.rotations, "status") == ["Planning", "Deployed"]
    assert column(page.rotations, "nominated") == ["1", ""]
    assert column(page.rotations, "deployed") == ["", "2"]
    for model in (page.missions, page.rotations, overview.strength, overview.blocked):
        qtmodeltester.check(model)


def test_someone_blocking_the_next_rotation_opens_its_roster(qtbot, page, mission):
    page.select_mission(mission["mission"])
    table = page.overview.blockedTable
    table.setFocus()
    table.setCurrentIndex(page.overview.blocked.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == ROSTER_TAB
    assert page.roster.rotation_id == mission["second"]
    assert [r.surname for r in page.roster.selected_rows()] == ["Ваганов"]


def test_create_a_rotation_with_the_services_messages_by_the_fields(qtbot, monkeypatch, page,
                                                                    mission, sessions):
    page.select_mission(mission["mission"])
    seen = {}

    def ask(cls, parent, missions, decisions, data, save):
        dialog = cls(missions, decisions, parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        dialog.set_saver(save)
        dialog.show()
        ui = dialog.ui
        # What a new rotation starts from: the next number, the decision of the last
        # rotation, the day after it ends.
        seen["proposed"] = (ui.missionCombo.currentText(), ui.numberSpin.value(),
                            ui.decisionCombo.currentData(), ui.plannedStartEdit.value())
        ui.plannedEndEdit.set_value(mission["second_end"] - dt.timedelta(days=400))
        ui.numberSpin.setValue(2)
        dialog.ok_button().click()
        seen["problems"] = {f: dialog.problem_shown(f)
                            for f in ("number", "name", "planned_end") if dialog.problem_shown(f)}
        seen["open"] = dialog.isVisible()
        ui.numberSpin.setValue(3)
        ui.nameEdit.setText("KAZCOY-3")
        ui.plannedEndEdit.set_value(mission["second_end"] + dt.timedelta(days=180))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("training"))
        dialog.ok_button().click()
        seen["closed"] = not dialog.isVisible()
        return dialog.saved_id

    monkeypatch.setattr(RotationDialog, "ask", classmethod(ask))
    page.newRotationButton.click()
    start = mission["second_end"] + dt.timedelta(days=1)
    assert seen["proposed"] == ("UNDOF — Силы ООН по наблюдению за разъединением", 3,
                                mission["decision"], start)
    end = mission["second_end"] - dt.timedelta(days=400)
    assert seen["problems"] == {
        "number": "UNDOF already has a rotation number 2.",
        "name": "Rotation name is required.",
        "planned_end": f"The planned end ({fmt(end)}) is before the planned start "
                       f"({fmt(start)}).",
    }
    assert seen["open"] and seen["closed"]
    with sessions() as s:
        created = s.scalars(select(Rotation).where(Rotation.number == 3)).one()
        assert (created.name, created.status, created.planned_start, created.decision_id) == \
            ("KAZCOY-3", "training", start, mission["decision"])
    assert column(page.rotations, "number") == ["3", "2", "1"]
    assert page.current_rotation_id() == created.id


def test_a_decision_that_does_not_cover_the_mission_is_not_offered(qtbot, monkeypatch, page,
                                                                   mission, sessions):
    with write_session(sessions) as s:
        b.decision(s, "DEC-UNTSO", ceiling=5, missions={"UNTSO": 5})
    page.select_mission(mission["mission"])
    offered = {}

    def ask(cls, parent, missions, decisions, data, save):
        dialog = cls(missions, decisions, parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        combo = dialog.ui.decisionCombo
        offered["decisions"] = [combo.itemText(i) for i in range(combo.count())]
        return None

    monkeypatch.setattr(RotationDialog, "ask", classmethod(ask))
    page.editRotationButton.click()
    assert offered["decisions"] == ["DEC-7 of 19.01.2024 — up to 10 people"]


def test_new_record_on_the_roster_tab_nominates(monkeypatch, page, mission):
    from kzpk_desktop.gui.area import DELETE, EXPORT, FIND, NEW, REFRESH
    from kzpk_desktop.gui.rosters.pickers import ServicemenPicker

    page.select_mission(mission["mission"])
    assert page.commands() == {NEW, REFRESH, EXPORT}  # the missions as listed
    page.open_roster(mission["second"])
    assert page.commands() == {NEW, REFRESH, FIND, EXPORT}  # the open roster can be exported
    page.roster.table.selectRow(0)
    assert page.commands() == {NEW, REFRESH, FIND, DELETE, EXPORT}
    called = []
    monkeypatch.setattr(ServicemenPicker, "ask", classmethod(
        lambda cls, *a: called.append(a[-1])))
    page.new_record()
    assert called == ["UNDOF-2"]


# -- missions: reference data an administrator keeps ------------------------------------------

def _mission_count(sessions) -> int:
    from sqlalchemy import func

    from kzpk_desktop.db.models import Mission

    with sessions() as s:
        return s.scalar(select(func.count(Mission.id)))


def double_click(qtbot, table, index) -> None:
    # A view acts on a double-click only where the press landed, as with a real mouse.
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_an_admin_creates_a_mission_with_the_services_messages_by_the_fields(
        qtbot, monkeypatch, page, sessions):
    from kzpk_desktop.db.models import Mission
    from kzpk_desktop.gui.planning.mission_dialog import MissionDialog

    before = _mission_count(sessions)
    seen = {}

    def ask(cls, parent, data, save):
        dialog = cls(parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        dialog.set_saver(save)
        dialog.show()
        ui = dialog.ui
        seen["title"] = dialog.windowTitle()
        seen["statuses"] = [ui.statusCombo.itemText(i) for i in range(ui.statusCombo.count())]
        ui.acronymEdit.setText("undof")  # the service upper-cases it, then finds the twin
        ui.nameEnEdit.setText("UN Multidimensional Mission in Atlantis")
        ui.hostCountryEdit.setText("Atlantis")
        ui.iso3Edit.setText("AT1")
        ui.startDateEdit.set_value(dt.date(2026, 3, 1))
        ui.endDateEdit.set_value(dt.date(2026, 2, 1))
        dialog.ok_button().click()
        seen["problems"] = {f: dialog.problem_shown(f) for f in MissionDialog.FIELDS
                            if dialog.problem_shown(f)}
        seen["open"] = dialog.isVisible()
        seen["count"] = _mission_count(sessions)
        ui.acronymEdit.setText("MINUATL")
        ui.nameRuEdit.setText("Миссия ООН в Атлантиде")
        ui.iso3Edit.setText("atl")
        ui.endDateEdit.set_value(None)
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("closing"))
        ui.notesEdit.setPlainText("Set up by resolution 9999.")
        dialog.ok_button().click()
        seen["closed"] = not dialog.isVisible()
        return dialog.saved_id

    monkeypatch.setattr(MissionDialog, "ask", classmethod(ask))
    assert page.newMissionButton.isVisible() and page.editMissionButton.isVisible()
    page.newMissionButton.click()

    assert seen["title"] == "New mission"
    assert seen["statuses"] == ["Active", "Closing", "Closed"]
    assert seen["problems"] == {
        "acronym": "Mission UNDOF already exists.",
        "iso3": "ISO3 code must be three Latin letters.",
        "end_date": "The mission cannot end before it starts.",
    }
    assert seen["open"] and seen["count"] == before  # nothing saved while refused
    assert seen["closed"]
    with sessions() as s:
        created = s.scalars(select(Mission).where(Mission.acronym == "MINUATL")).one()
        assert (created.name_en, created.name_ru, created.name_kk, created.host_country,
                created.iso3, created.start_date, created.end_date, created.status,
                created.notes) == (
            "UN Multidimensional Mission in Atlantis", "Миссия ООН в Атлантиде",
            "UN Multidimensional Mission in Atlantis", "Atlantis", "ATL", dt.date(2026, 3, 1),
            None, "closing", "Set up by resolution 9999.")
    assert _mission_count(sessions) == before + 1
    # The list shows it (in the clerk's language) and has it selected.
    assert page.current_mission_id() == created.id
    row = page.missions.row_of(created.id)
    assert [page.missions.index(row, page.missions.column_of(k)).data()
            for k in ("acronym", "name", "host", "status")] == \
        ["MINUATL", "Миссия ООН в Атлантиде", "Atlantis", "Closing"]


def test_an_admin_edits_a_mission_by_double_click_and_a_stale_save_is_refused(
        qtbot, monkeypatch, page, mission, sessions):
    from kzpk_desktop.db.models import Mission
    from kzpk_desktop.gui.planning.mission_dialog import MissionDialog
    from kzpk_desktop.services.missions import get_mission, mission_data, update_mission

    page.select_mission(mission["mission"])
    seen = {}

    def ask(cls, parent, data, save):
        dialog = cls(parent)
        qtbot.addWidget(dialog)
        dialog.load(data)
        dialog.set_saver(save)
        dialog.show()
        ui = dialog.ui
        seen["title"] = dialog.windowTitle()
        seen["loaded"] = (ui.acronymEdit.text(), ui.iso3Edit.text(),
                          ui.statusCombo.currentData())
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData("closed"))
        if "stale" not in seen:
            # Another administrator saves the same mission while this dialog is open.
            with write_session(sessions) as s:
                other = mission_data(get_mission(s, data.id))
                other.notes = "Changed elsewhere."
                update_mission(s, data.id, other)
            dialog.ok_button().click()
            seen["stale"] = dialog.problem_shown("form")
            seen["stale_open"] = dialog.isVisible()
            return None
        dialog.ok_button().click()
        return dialog.saved_id

    monkeypatch.setattr(MissionDialog, "ask", classmethod(ask))
    table = page.missionsTable
    index = page.missions.index(page.missions.row_of(mission["mission"]), 0)
    double_click(qtbot, table, index)
    assert seen["title"] == "Mission UNDOF"
    assert seen["loaded"] == ("UNDOF", "SYR", "active")
    assert seen["stale"] == ("UNDOF was changed by someone else after you opened it. "
                             "Reload it to see their changes.")
    assert seen["stale_open"]
    with sessions() as s:
        assert s.get(Mission, mission["mission"]).status == "active"

    page.editMissionButton.click()  # opened again: it reads the other admin's version
    with sessions() as s:
        saved = s.get(Mission, mission["mission"])
        assert (saved.status, saved.notes) == ("closed", "Changed elsewhere.")
    assert page.current_mission_id() == mission["mission"]
    row = page.missions.row_of(mission["mission"])
    assert page.missions.index(row, page.missions.column_of("status")).data() == "Closed"


def test_a_clerk_gets_no_mission_actions(qtbot, monkeypatch, sessions, settings, mission):
    from kzpk_desktop.gui.area import AreaContext
    from kzpk_desktop.gui.planning.mission_dialog import MissionDialog
    from kzpk_desktop.services.auth import Actor

    asked = []
    monkeypatch.setattr(MissionDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    clerk = AreaContext(sessions=sessions, settings=settings, lang="ru",
                        actor=Actor("clerk", "clerk"))
    page = MissionsPage(clerk)
    qtbot.addWidget(page)
    page.show()
    page.select_mission(mission["mission"])
    # Offered greyed out, saying who may (not hidden, not refused only at OK).
    for button in (page.newMissionButton, page.editMissionButton):
        assert not button.isEnabled()
        assert "«администратор»" in button.toolTip() or "“administrator”" in button.toolTip()
    table = page.missionsTable
    index = page.missions.index(page.missions.row_of(mission["mission"]), 0)
    double_click(qtbot, table, index)
    page.new_mission()
    page.edit_mission()
    assert asked == []
    assert page.newRotationButton.isVisible()  # rotations stay the clerk's work


@pytest.mark.parametrize("lang, host", [("ru", "Голанские высоты"), ("kk", "Голан биіктері")])
def test_the_missions_list_names_the_host_in_the_ui_language(qtbot, ctx, prompts, lang, host):
    from dataclasses import replace
    page = MissionsPage(replace(ctx, lang=lang))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.missions.rowCount() > 0)
    hosts = dict(zip(column(page.missions, "acronym"), column(page.missions, "host")))
    assert hosts["UNDOF"] == host


def test_the_mission_dialog_keeps_the_host_in_each_language(qtbot):
    from kzpk_desktop.gui.planning.mission_dialog import MissionDialog
    from kzpk_desktop.services.missions import MissionData
    dialog = MissionDialog()
    qtbot.addWidget(dialog)
    dialog.load(MissionData(acronym="UNIFIL", name_en="UN Interim Force in Lebanon",
                            host_country="Lebanon", host_country_ru="Ливан", id=5, version=2))
    assert dialog.ui.hostCountryRuEdit.text() == "Ливан"
    assert dialog.ui.hostCountryKkEdit.text() == ""
    dialog.ui.hostCountryKkEdit.setText("Ливан")
    value = dialog.value()
    assert (value.host_country, value.host_country_ru, value.host_country_kk) == (
        "Lebanon", "Ливан", "Ливан")
