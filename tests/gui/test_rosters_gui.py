"""A rotation's roster as a clerk and a supervisor work it: nominate, approve, override,
the ceiling, deploy, withdraw, edit details; the keyboard; every table model checked."""
from __future__ import annotations

import datetime as dt

import planning_builders as b
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import RosterEntry, Serviceman
from kzpk_desktop.gui.planning.missions_page import ROSTER_TAB, MissionsPage
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.rosters.entry_dialog import EntryDialog
from kzpk_desktop.gui.rosters.pickers import PickResult, ServicemenPicker, UnitPicker
from kzpk_desktop.gui.rosters.status_dialogs import OverrideDialog, StatusDialog, StatusInput
from kzpk_desktop.services import accounts
from kzpk_desktop.services.auth import Actor, bind_actor

ROTATION = "UNDOF-1"


@pytest.fixture
def plan(sessions):
    """UNDOF-1 under a decision for 2 people; four candidates, one of them without a medical
    certificate (overridable) and one discharged (not overridable)."""
    with write_session(sessions) as s:
        decision = b.decision(s, "DEC-1", ceiling=2, missions={"UNDOF": 2})
        rotation = b.rotation(s, decision)
        ids = {
            "ready": b.person(s, "Ахметов").id,
            "no_medical": b.person(s, "Борисова", sex="F", skip=("medical_fitness",)).id,
            "third": b.person(s, "Ваганов").id,
            "discharged": b.person(s, "Гусев", status="discharged").id,
        }
        return {"rotation": rotation.id, "mission": rotation.mission_id, **ids}


@pytest.fixture
def page(qtbot, ctx, prompts, plan):
    page = MissionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.select_mission(plan["mission"])
    return page


def names(view) -> list[str]:
    column = view.model.column_of("name")
    return [view.model.index(r, column).data().split()[0] for r in range(view.model.rowCount())]


def cell(view, surname: str, key: str) -> str:
    row = names(view).index(surname)
    return view.model.index(row, view.model.column_of(key)).data()


def pick_rows(view, *surnames: str) -> None:
    view.table.clearSelection()
    for surname in surnames:
        row = names(view).index(surname)
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows)
    view.table.selectionModel().setCurrentIndex(
        view.model.index(names(view).index(surnames[0]), 0),
        view.table.selectionModel().SelectionFlag.NoUpdate)


def entry(sessions, serviceman_id) -> RosterEntry:
    with sessions() as s:
        return s.scalars(select(RosterEntry).where(RosterEntry.serviceman_id == serviceman_id)
                         ).one()


def nominate(monkeypatch, view, *ids, **kw) -> None:
    monkeypatch.setattr(ServicemenPicker, "ask", classmethod(
        lambda cls, *a, **k: PickResult(list(ids), kw.get("category", "troops"),
                                        kw.get("appointment"), kw.get("sub_unit"))))
    view.buttons["add"].click()


def test_open_the_roster_of_a_rotation_with_enter(qtbot, page, plan, qtmodeltester):
    for model in (page.missions, page.rotations, page.overview.strength, page.overview.blocked):
        qtmodeltester.check(model)
    table = page.rotationsTable
    table.setFocus()
    table.setCurrentIndex(page.rotations.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.tabs.currentIndex() == ROSTER_TAB
    assert page.tabs.tabText(ROSTER_TAB) == f"Roster {ROTATION}"
    assert page.roster.titleLabel.text() == f"{ROTATION} — UNDOF rotation 1"
    assert "nobody on the roster yet" in page.roster.summaryLabel.text()


def test_nominate_approve_override_ceiling_and_deploy(qtbot, monkeypatch, page, plan, prompts,
                                                      sessions, qtmodeltester):
    page.open_roster(plan["rotation"])
    view = page.roster

    nominate(monkeypatch, view, plan["ready"], plan["no_medical"], appointment="стрелок",
             sub_unit="1-й взвод")
    assert names(view) == ["Ахметов", "Борисова"]
    assert cell(view, "Ахметов", "status") == "Nominated"
    assert cell(view, "Ахметов", "eligibility") == "✓"
    assert cell(view, "Борисова", "eligibility") == "✗ medical fitness"
    assert cell(view, "Борисова", "appointment") == "стрелок"
    assert view.model.index(1, view.model.column_of("eligibility")).data(
        Qt.ItemDataRole.ToolTipRole) == "No medical fitness certificate on file."
    assert [e.status for e in (entry(sessions, plan["ready"]), entry(sessions, plan["no_medical"]))
            ] == ["nominated", "nominated"]
    qtmodeltester.check(view.model)

    # An eligible person is approved at once: table and database.
    pick_rows(view, "Ахметов")
    view.buttons["approved"].click()
    assert cell(view, "Ахметов", "status") == "Approved"
    assert entry(sessions, plan["ready"]).status == "approved"
    assert prompts.informed == []

    # An ineligible one: the supervisor (the bootstrap administrator of a database without
    # accounts) is asked for a written reason, which is recorded.
    asked = []

    def override(cls, parent, cases):
        asked.append([(c.who, c.failures) for c in cases])
        return "Medical board passed on 20.02.2025; certificate in the post"

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(override))
    pick_rows(view, "Борисова")
    view.buttons["approved"].click()
    assert asked == [[("Капитан Борисова Айгерим", ["No medical fitness certificate on file."])]]
    assert cell(view, "Борисова", "status") == "Approved"
    assert cell(view, "Борисова", "eligibility") == "✗ medical fitness (overridden)"
    stored = entry(sessions, plan["no_medical"])
    assert (stored.status, stored.override_by, stored.override_reason) == (
        "approved", "bootstrap", "Medical board passed on 20.02.2025; certificate in the post")
    assert prompts.informed == []
    assert "UNDOF: 2 of 2 places taken, 0 free" in view.summaryLabel.text()

    # The ceiling (2) is reached: a third approval is refused in plain words.
    nominate(monkeypatch, view, plan["third"])
    pick_rows(view, "Ваганов")
    view.buttons["approved"].click()
    assert prompts.informed == [("Not approved", (
        "Only 0 place(s) left under Parliament's ceiling on this rotation, and 1 were chosen. "
        "Choose at most that many: nobody was approved.\n\n"
        "No place left for UNDOF under decision DEC-1: 2 of 2 places are taken on "
        "01.03.2025. Nobody can exceed Parliament's ceiling.\n\n"
        "No place left under decision DEC-1 overall: 2 of 2 places are taken on "
        "01.03.2025. Nobody can exceed Parliament's ceiling."))]
    assert cell(view, "Ваганов", "status") == "Nominated"
    assert entry(sessions, plan["third"]).status == "nominated"

    # Deploy, with the arrival date asked.
    monkeypatch.setattr(StatusDialog, "ask", classmethod(
        lambda cls, parent, status, people, default: StatusInput(dt.date(2025, 3, 2))))
    pick_rows(view, "Ахметов")
    view.buttons["deployed"].click()
    assert cell(view, "Ахметов", "status") == "Deployed"
    assert cell(view, "Ахметов", "arrival") == "02.03.2025"
    stored = entry(sessions, plan["ready"])
    assert (stored.status, stored.arrival_date) == ("deployed", dt.date(2025, 3, 2))
    with sessions() as s:
        assert s.get(Serviceman, plan["ready"]).status == "deployed"
    qtmodeltester.check(view.model)


def test_rules_nobody_may_override_are_refused_without_asking(monkeypatch, page, plan, prompts,
                                                               sessions):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["discharged"])
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, *a: pytest.fail("nobody may override a discharged status")))
    pick_rows(view, "Гусев")
    view.buttons["approved"].click()
    [(title, text)] = prompts.informed
    assert title == "Not approved"
    assert text == ("0 of 1 person(s) changed to «Approved».\n\n"
                    "Капитан Гусев Ерлан:\n"
                    "  • Discharged from service; cannot be deployed.\n"
                    "  • Nobody may override: service status.")
    assert entry(sessions, plan["discharged"]).status == "nominated"


def test_a_clerk_cannot_approve(monkeypatch, page, plan, prompts, sessions):
    with write_session(sessions) as s:
        accounts.create_user(s, "admin1", "A-long-enough-passphrase-1", "admin")
    bind_actor(sessions, Actor("admin1", "admin"))
    with write_session(sessions) as s:
        accounts.create_user(s, "clerk1", "A-long-enough-passphrase-2", "clerk")
    bind_actor(sessions, Actor("clerk1", "clerk"))
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"], plan["no_medical"])
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, *a: pytest.fail("a clerk is not asked for an override")))
    pick_rows(view, "Ахметов", "Борисова")
    view.buttons["approved"].click()
    [(title, text)] = prompts.informed
    assert title == "Not approved"
    assert "Капитан Ахметов Ерлан:\n  • Your role (clerk) may not approve roster entries; a " \
           "supervisor or an administrator may." in text
    assert "  • A supervisor may approve despite the document rules (medical fitness) with a " \
           "written reason." in text
    assert [entry(sessions, plan[k]).status for k in ("ready", "no_medical")] == \
        ["nominated", "nominated"]


def test_declining_the_override_leaves_the_nomination(monkeypatch, page, plan, prompts, sessions):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["no_medical"])
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, *a: None))
    pick_rows(view, "Борисова")
    view.buttons["approved"].click()
    [(title, text)] = prompts.informed
    assert text.endswith("  • No medical fitness certificate on file.\n"
                         "  • Not approved: no override reason was given.")
    assert entry(sessions, plan["no_medical"]).status == "nominated"


def test_del_withdraws_after_confirmation_enter_edits_f5_rereads(qtbot, monkeypatch, window,
                                                                 plan, prompts, sessions):
    page = window.show_area("missions")
    page.select_mission(plan["mission"])
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"], plan["third"])
    pick_rows(view, "Ваганов")
    view.table.setFocus()

    prompts.answers = [Button.No]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert prompts.asked[-1][0] == "Withdraw from the roster"
    assert entry(sessions, plan["third"]).status == "nominated"
    prompts.answers = [Button.Yes]
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert cell(view, "Ваганов", "status") == "Withdrawn"
    assert entry(sessions, plan["third"]).status == "withdrawn"

    # Enter opens the details; the dialog saves through the service.
    def edit(cls, parent, categories, data, who, save):
        assert who == f"Капитан Ахметов Ерлан, {ROTATION}"
        data.un_index, data.appointment = "UNDOF-0042", "командир роты"
        return save(data)

    monkeypatch.setattr(EntryDialog, "ask", classmethod(edit))
    pick_rows(view, "Ахметов")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert (cell(view, "Ахметов", "un_index"), cell(view, "Ахметов", "appointment")) == \
        ("UNDOF-0042", "командир роты")
    assert entry(sessions, plan["ready"]).un_index == "UNDOF-0042"

    # Someone else changes the entry; F5 shows it.
    with write_session(sessions) as s:
        s.get(RosterEntry, entry(sessions, plan["ready"]).id).sub_unit = "2-й взвод"
    qtbot.keyClick(view.table, Qt.Key.Key_F5)
    assert cell(view, "Ахметов", "sub_unit") == "2-й взвод"


def test_entry_dialog_shows_the_services_refusal_by_the_field(qtbot, monkeypatch, page, plan,
                                                              sessions):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"])
    entry_id = entry(sessions, plan["ready"]).id
    shown = {}

    def edit(cls, parent, categories, data, who, save):
        dialog = cls(categories, parent)
        qtbot.addWidget(dialog)
        dialog.load(data, who)
        dialog.set_saver(save)
        dialog.show()
        dialog.ui.arrivalDateEdit.set_value(dt.date(2025, 3, 2))
        dialog.ui.departureDateEdit.set_value(dt.date(2025, 3, 1))
        dialog.ok_button().click()
        shown["first"] = dialog.problem_shown("departure_date")
        shown["open"] = dialog.isVisible()
        dialog.ui.departureDateEdit.set_value(dt.date(2025, 9, 1))
        dialog.ok_button().click()
        shown["closed"] = not dialog.isVisible()
        return dialog.saved_id

    monkeypatch.setattr(EntryDialog, "ask", classmethod(edit))
    pick_rows(view, "Ахметов")
    view.buttons["edit"].click()
    assert shown == {"first": "Departure (01.03.2025) is before arrival (02.03.2025).",
                     "open": True, "closed": True}
    with sessions() as s:
        stored = s.get(RosterEntry, entry_id)
        assert (stored.arrival_date, stored.departure_date) == \
            (dt.date(2025, 3, 2), dt.date(2025, 9, 1))
    assert cell(view, "Ахметов", "departure") == "01.09.2025"


def test_repatriation_asks_reason_and_date(qtbot, monkeypatch, page, plan, sessions):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"])
    with write_session(sessions) as s:
        s.get(RosterEntry, entry(sessions, plan["ready"]).id).status = "deployed"
    view.reload()
    seen = {}

    def ask(cls, parent, status, people, default):
        dialog = cls(status, people, default, parent)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen["ok_without_reason"] = ok.isEnabled()
        dialog.reasonEdit.setPlainText("по состоянию здоровья")
        seen["ok_with_reason"] = ok.isEnabled()
        dialog.dateEdit.set_value(dt.date(2025, 5, 10))
        return dialog.value()

    monkeypatch.setattr(StatusDialog, "ask", classmethod(ask))
    pick_rows(view, "Ахметов")
    view.buttons["repatriated"].click()
    assert seen == {"ok_without_reason": False, "ok_with_reason": True}
    stored = entry(sessions, plan["ready"])
    assert (stored.status, stored.repatriation_reason, stored.repatriation_date) == \
        ("repatriated", "по состоянию здоровья", dt.date(2025, 5, 10))
    assert cell(view, "Ахметов", "eligibility") == ""  # closed entries are not checked
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert "Repatriated on 10.05.2025: по состоянию здоровья" in view.details.toPlainText()


def test_add_a_whole_unit(qtbot, monkeypatch, page, plan, sessions):
    with write_session(sessions) as s:
        company = b.unit(s, "1-я рота")
        platoon = b.unit(s, "1-й взвод", parent=company)
        b.assign(s, s.get(Serviceman, plan["ready"]), company)
        b.assign(s, s.get(Serviceman, plan["third"]), platoon)
        unit_id = company.id
    page.open_roster(plan["rotation"])
    view = page.roster
    offered = {}

    def pick(cls, parent, units, categories, rotation):
        offered["units"] = [u.name for u in units]
        dialog = cls(units, categories, rotation, parent)
        qtbot.addWidget(dialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        offered["ok before a choice"] = ok.isEnabled()
        dialog.tree.setCurrentIndex(dialog.units.index_of(unit_id))
        dialog.appointmentEdit.setText("стрелок")
        return dialog.value()

    monkeypatch.setattr(UnitPicker, "ask", classmethod(pick))
    view.buttons["add_unit"].click()
    assert offered == {"units": ["1-я рота", "1-й взвод"], "ok before a choice": False}
    assert {cell(view, n, "appointment") for n in ("Ахметов", "Ваганов")} == {"стрелок"}
    assert names(view) == ["Ахметов", "Ваганов"]
    assert [cell(view, n, "sub_unit") for n in ("Ахметов", "Ваганов")] == \
        ["1-я рота", "1-й взвод"]


def test_share_of_women_against_this_years_target(monkeypatch, page, plan):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"], plan["no_medical"], plan["third"])
    year = min(max(dt.date.today().year, 2021), 2028)
    target = 8 + (year - 2021)  # troops: 8% in 2021 to 15% in 2028, one point a year
    assert f"Контингент (войска): 1 of 3 women (33.3%) — target {target}%" in \
        view.summaryLabel.text()


def test_roster_filter_and_details_panel(qtbot, monkeypatch, page, plan):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"], plan["no_medical"])
    view.filterEdit.setText("борис")
    qtbot.waitUntil(lambda: names(view) == ["Борисова"])  # after the typing delay
    assert view.countLabel.text() == "1 of 2 person(s)"
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.details.toPlainText().splitlines()[-1] == "No medical fitness certificate on file."
    view.filterEdit.clear()
    qtbot.waitUntil(lambda: names(view) == ["Ахметов", "Борисова"])


def test_the_servicemen_picker_searches_the_registry_and_gathers_a_list(qtbot, ctx, people,
                                                                        type_text):
    from kzpk_desktop.services.categories import category_choices

    # Made through the servicemen service, so the registry's search index knows them.
    ids = {name: people.add(name, given) for name, given in (
        ("Ахметов", "Ерлан"), ("Борисова", "Айгерим"), ("Ваганов", "Олег"),
        ("Гусев", "Павел"))}
    with ctx.sessions() as s:
        categories = category_choices(s, ctx.lang)
    dialog = ServicemenPicker(ctx.ops, ctx.lang, categories, ROTATION)
    qtbot.addWidget(dialog)
    dialog.show()
    ctx.ops.settle()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.model.shown == 4 and not ok.isEnabled()
    type_text(dialog.search.searchEdit, "ахм")
    dialog.search.apply_filter()
    ctx.ops.settle()
    assert dialog.model.shown == 1
    dialog.search.table.selectRow(0)
    qtbot.keyClick(dialog.search.table, Qt.Key.Key_Return)  # Enter adds to the list
    dialog.search.searchEdit.clear()
    dialog.search.apply_filter()
    ctx.ops.settle()
    surnames = [dialog.model.row_at(r).surname for r in range(dialog.model.shown)]
    dialog.search.table.selectRow(surnames.index("Борисова"))
    dialog.addButton.click()
    dialog.addButton.click()  # nobody is listed twice
    assert dialog.chosenList.count() == 2 and ok.isEnabled()
    assert dialog.chosenLabel.text() == "2 chosen"
    dialog.categoryCombo.setCurrentIndex(dialog.categoryCombo.findData("staff-officer"))
    dialog.subUnitEdit.setText("Force HQ")
    assert dialog.value() == PickResult([ids["Ахметов"], ids["Борисова"]], "staff-officer",
                                        None, "Force HQ")


def test_approving_more_than_the_ceiling_leaves_is_refused_once_before_any_override(
        qtbot, monkeypatch, page, plan, prompts, sessions):
    page.open_roster(plan["rotation"])
    view = page.roster
    nominate(monkeypatch, view, plan["ready"], plan["no_medical"], plan["third"])
    asked = []
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(
        lambda cls, parent, cases: asked.append(cases) or "reason"))
    pick_rows(view, "Ахметов", "Борисова", "Ваганов")
    view.buttons["approved"].click()
    assert asked == []  # no reason asked for: it could not make room
    [(title, text)] = prompts.informed
    assert title == "Not approved"
    assert text.startswith("Only 2 place(s) left under Parliament's ceiling on this rotation, "
                           "and 3 were chosen. Choose at most that many: nobody was approved.")
    assert text.count("Nobody can exceed Parliament's ceiling.") == 2  # mission, overall: once
    assert {entry(sessions, plan[k]).status for k in ("ready", "no_medical", "third")} == \
        {"nominated"}
