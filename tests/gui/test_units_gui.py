"""The Units area and the record's Assignments tab, as a clerk and an administrator use them."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Assignment, Unit
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.units.assign_dialog import AssignmentDialog, AssignServicemenDialog
from kzpk_desktop.gui.units.members import MEMBER_COLUMNS
from kzpk_desktop.gui.units.tree_model import UnitTreeModel
from kzpk_desktop.gui.units.unit_dialogs import MoveTarget, MoveUnitDialog, UnitDialog
from kzpk_desktop.gui.widgets.paged import PagedModel
from kzpk_desktop.services import accounts, assignments, auth, units
from kzpk_desktop.services.units import UnitData


def add_unit(sessions, ru: str, *, parent: int | None = None, level: str = "company",
             kind: str = "infantry", en: str | None = None) -> int:
    with write_session(sessions) as s:
        return units.add_unit(s, UnitData(name_kk=ru, name_ru=ru, name_en=en or ru, kind=kind,
                                          level=level, parent_id=parent)).id


@pytest.fixture
def tree(sessions) -> dict[str, int]:
    brigade = add_unit(sessions, "Бригада", level="regiment", kind="hq")
    battalion = add_unit(sessions, "1-й батальон", parent=brigade, level="battalion")
    return {
        "brigade": brigade, "battalion": battalion,
        "company1": add_unit(sessions, "1-я рота", parent=battalion),
        "company2": add_unit(sessions, "2-я рота", parent=battalion),
        "observers": add_unit(sessions, "Группа наблюдателей", level="group",
                              kind="military_observers"),
    }


def members_of(page) -> list[str]:
    model = page.members.model
    model._ops.settle()  # the members and the strength are read in the background
    return [page.members.member_at(r).surname for r in range(model.rowCount())]


def accept_with(monkeypatch, dialog_class, fill):
    """Replace the dialog's event loop: fill it like a clerk, press OK, report the result."""
    seen = []

    def run(dialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return seen


@pytest.fixture
def page(window, tree):
    found = window.show_area("units")
    found.reload_tree()
    return found


# --- models ------------------------------------------------------------------------------------

def test_unit_tree_model_passes_qtmodeltester(qtmodeltester, sessions, tree):
    with write_session(sessions) as s:
        units.retire_unit(s, tree["company2"])
    with sessions() as s:
        nodes = units.unit_tree(s)
    model = UnitTreeModel()
    model.set_nodes(nodes)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top == ["Бригада", "Группа наблюдателей"]
    battalion = model.index_of(tree["battalion"])
    assert [model.index(r, 0, battalion).data() for r in range(model.rowCount(battalion))] == \
        ["1-я рота", "2-я рота"]
    assert model.parent(battalion) == model.index_of(tree["brigade"])
    retired = model.index_of(tree["company2"])
    assert retired.data(Qt.ItemDataRole.FontRole).italic()
    assert "Retired on" in retired.data(Qt.ItemDataRole.ToolTipRole)


def test_members_model_passes_qtmodeltester(qtmodeltester, sessions, ops, settle, people, tree):
    ids = [people.add(name, "Имя") for name in ("Абаев", "Бекова", "Волков")]
    with write_session(sessions) as s:
        assignments.assign_many(s, ids, tree["company1"], "стрелок", dt.date(2024, 1, 1))
    model = PagedModel(ops, MEMBER_COLUMNS, "MemberColumns")
    model.PAGE_SIZE = 2  # two pages for three people
    model.set_query(
        lambda s: units.count_members(s, tree["battalion"], include_subunits=True),
        lambda s, o, n: units.unit_members(s, tree["battalion"], include_subunits=True,
                                           offset=o, limit=n))
    settle()
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    for r in range(3):
        model.row(r)  # the second page is asked for, and read in the background
    settle()
    assert [model.index(r, model.column_of("name")).data() for r in range(3)] == \
        ["Абаев Имя", "Бекова Имя", "Волков Имя"]


# --- the test: assign two servicemen, see them in the member list ----------------------

def test_assign_two_servicemen_to_a_unit_and_see_them_listed(qtbot, page, people, sessions,
                                                              tree, monkeypatch, type_text):
    first = people.add("Абаев", "Ерлан", rank="sergeant")
    second = people.add("Бекова", "Айгуль", sex="F", rank="captain")
    people.add("Волков", "Денис")  # found by the search but not chosen
    page.select(tree["company1"])
    assert members_of(page) == []

    def choose_two(dialog: AssignServicemenDialog) -> None:
        dialog.model.refresh()
        dialog.model._ops.settle()
        table = dialog.search.table
        for sid in (first, second):
            table.selectionModel().select(
                dialog.model.index(dialog.model.row_of(sid), 0),
                table.selectionModel().SelectionFlag.Select
                | table.selectionModel().SelectionFlag.Rows)
        assert dialog.ui.addButton.isEnabled()
        dialog.ui.addButton.click()  # the dialog's own loop is replaced: it is not on screen
        assert dialog.ui.chosenList.count() == 2
        assert dialog.ui.chosenLabel.text() == "2 chosen"
        type_text(dialog.ui.positionEdit, "стрелок")
        dialog.ui.dateFromEdit.set_value(dt.date(2025, 3, 1))
        type_text(dialog.ui.orderNumberEdit, "112 л/с")
        dialog.ui.orderDateEdit.set_value(dt.date(2025, 2, 27))

    seen = accept_with(monkeypatch, AssignServicemenDialog, choose_two)
    qtbot.mouseClick(page.members.assignButton, Qt.MouseButton.LeftButton)
    assert seen[0].result() == 1

    assert members_of(page) == ["Бекова", "Абаев"]  # seniors first: captain, then sergeant
    assert page.members.countLabel.text() == "2 member(s)"
    assert page.members.strengthLabel.text() == "Strength: 2 (officers 1, NCOs 1)"
    with sessions() as s:
        stored = s.execute(select(Assignment.serviceman_id, Assignment.unit_id,
                                  Assignment.position, Assignment.order_number,
                                  Assignment.date_from).order_by(Assignment.serviceman_id)).all()
    assert stored == [(first, tree["company1"], "стрелок", "112 л/с", dt.date(2025, 3, 1)),
                      (second, tree["company1"], "стрелок", "112 л/с", dt.date(2025, 3, 1))]
    # With sub-units the battalion lists them too; without, it has no members of its own.
    page.select(tree["battalion"])
    assert members_of(page) == ["Бекова", "Абаев"]
    page.members.subunitsCheck.setChecked(False)
    assert members_of(page) == []


def test_an_overlap_is_refused_in_the_picker_by_the_dates(qtbot, page, people, sessions, tree,
                                                          monkeypatch):
    sid = people.add("Абаев", "Ерлан")
    with write_session(sessions) as s:
        assignments.assign(s, sid, tree["company2"], None, dt.date(2025, 1, 1))
    page.select(tree["company1"])

    def choose(dialog: AssignServicemenDialog) -> None:
        dialog.model.refresh()
        dialog.model._ops.settle()
        dialog.search.table.selectRow(dialog.model.row_of(sid))
        dialog.add_selected()
        dialog.ui.dateFromEdit.set_value(dt.date(2024, 6, 1))

    seen = accept_with(monkeypatch, AssignServicemenDialog, choose)
    qtbot.mouseClick(page.members.assignButton, Qt.MouseButton.LeftButton)
    [dialog] = seen
    assert dialog.result() == 0
    assert dialog.problem_shown("date_from") == (
        "Абаев Ерлан is assigned to 2-я рота since 01.01.2025; a new assignment must start "
        "after that date.")
    assert members_of(page) == []


# --- editing the tree --------------------------------------------------------------------------

def test_retire_is_refused_while_members_exist(qtbot, page, people, sessions, tree, prompts):
    sid = people.add("Абаев", "Ерлан")
    with write_session(sessions) as s:
        assignments.assign(s, sid, tree["company1"], None, dt.date(2025, 1, 1))
    page.select(tree["battalion"])
    prompts.answers = [Button.Yes]
    qtbot.mouseClick(page.retireButton, Qt.MouseButton.LeftButton)
    assert prompts.informed == [(
        "Not retired",
        "1-й батальон cannot be retired: 1 serviceman(s) are still assigned to it or its "
        "sub-units (1-я рота). Assign them elsewhere first.")]
    with sessions() as s:
        assert s.get(Unit, tree["battalion"]).retired_on is None


def test_retire_and_reinstate_an_empty_unit(qtbot, page, sessions, tree, prompts):
    page.select(tree["company2"])
    prompts.answers = [Button.Yes]
    qtbot.mouseClick(page.retireButton, Qt.MouseButton.LeftButton)
    with sessions() as s:
        assert s.get(Unit, tree["company2"]).retired_on == dt.date.today()
    assert page.tree_model.node(tree["company2"]) is None  # retired units hidden by default
    page.retiredCheck.setChecked(True)
    page.select(tree["company2"])
    assert page.reinstateButton.isEnabled() and not page.retireButton.isEnabled()
    assert not page.members.assignButton.isEnabled()
    qtbot.mouseClick(page.reinstateButton, Qt.MouseButton.LeftButton)
    with sessions() as s:
        assert s.get(Unit, tree["company2"]).retired_on is None
    assert page.current_unit_id() == tree["company2"]


def test_add_rename_and_move_units(qtbot, page, sessions, tree, monkeypatch, type_text):
    page.select(tree["battalion"])

    def new_company(dialog: UnitDialog) -> None:
        assert dialog.ui.parentValue.text() == "Бригада / 1-й батальон"
        assert dialog.ui.levelCombo.currentData() == "company"  # the level below
        assert dialog.ui.kindCombo.currentData() == "infantry"  # the parent's kind
        type_text(dialog.ui.nameKkEdit, "3-ші рота")
        type_text(dialog.ui.nameRuEdit, "3-я рота")
        type_text(dialog.ui.nameEnEdit, "3rd Company")

    accept_with(monkeypatch, UnitDialog, new_company)
    qtbot.keyClick(page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with sessions() as s:
        added = s.execute(select(Unit).where(Unit.name_ru == "3-я рота")).scalar_one()
        assert (added.parent_id, added.level, added.name_en) == (tree["battalion"], "company",
                                                                  "3rd Company")
    assert page.current_unit_id() == added.id

    def clash(dialog: UnitDialog) -> None:
        dialog.ui.nameRuEdit.setText("1-я рота")

    seen = accept_with(monkeypatch, UnitDialog, clash)
    qtbot.mouseClick(page.renameButton, Qt.MouseButton.LeftButton)
    assert seen[0].result() == 0
    assert seen[0].problem_shown("name_ru") == \
        "There is already a unit named 1-я рота at this place in the tree."

    monkeypatch.setattr(MoveUnitDialog, "ask", classmethod(
        lambda cls, parent, nodes, unit: MoveTarget(tree["observers"])))
    qtbot.mouseClick(page.moveButton, Qt.MouseButton.LeftButton)
    with sessions() as s:
        assert s.get(Unit, added.id).parent_id == tree["observers"]
    assert page.tree_model.path(added.id) == "Группа наблюдателей / 3-я рота"


def test_the_move_picker_offers_no_unit_below_the_one_moved(qtbot, sessions, tree):
    with sessions() as s:
        nodes = units.unit_tree(s)
    battalion = next(n for n in nodes if n.id == tree["battalion"])
    dialog = MoveUnitDialog(nodes, battalion)
    qtbot.addWidget(dialog)
    offered = {n.id for n in dialog.model.nodes()}
    assert offered == {tree["brigade"], tree["observers"]}
    assert dialog.value() == MoveTarget(tree["brigade"])  # where it is now
    dialog.topCheck.setChecked(True)
    assert dialog.value() == MoveTarget(None)


def test_a_clerk_may_not_edit_the_tree(qtbot, page, sessions, prompts, monkeypatch):
    with write_session(sessions) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin")
        accounts.create_user(s, "clerk", "correct horse battery", "clerk")
    auth.bind_actor(sessions, auth.Actor("clerk", "clerk"))
    page.select(page.tree_model.nodes()[-1].id)
    prompts.answers = [Button.Yes]
    qtbot.mouseClick(page.retireButton, Qt.MouseButton.LeftButton)
    [(title, text)] = prompts.informed
    assert (title, text) == ("Not retired", "Your role (clerk) may not change reference tables "
                             "(ranks, missions, units, Parliament decisions); only an "
                             "administrator may.")


# --- the record's Assignments tab ---------------------------------------------------------------

def test_assign_from_the_record_and_see_the_history(qtbot, window, people, sessions, tree,
                                                     monkeypatch, type_text, settle):
    sid = people.add("Абаев", "Ерлан")
    with write_session(sessions) as s:
        assignments.assign(s, sid, tree["company1"], "стрелок", dt.date(2020, 5, 1), "17 л/с")
    registry = window.page("registry")
    registry.refresh()
    assert window.open_serviceman(sid, "assignments")
    settle()
    tab = registry.assignments
    assert tab.model.rowCount() == 1
    assert tab.summaryLabel.text().startswith("Serves in Бригада / 1-й батальон / 1-я рота "
                                              "since 01.05.2020.")

    def move(dialog: AssignmentDialog) -> None:
        assert dialog.unit_id() == tree["company1"]  # the current unit is preselected
        from kzpk_desktop.gui.units.assign_dialog import select_unit
        select_unit(dialog.ui.unitTree, dialog.units, tree["company2"])
        type_text(dialog.ui.positionEdit, "командир отделения")
        dialog.ui.dateFromEdit.set_value(dt.date(2024, 9, 1))
        type_text(dialog.ui.orderNumberEdit, "301 л/с")

    accept_with(monkeypatch, AssignmentDialog, move)
    qtbot.mouseClick(tab.assignButton, Qt.MouseButton.LeftButton)
    settle()  # the assignment is announced: the tab and the list read themselves again
    rows = [tab.model.row(r) for r in range(tab.model.rowCount())]
    assert [(r.unit_path, r.date_from, r.date_to, r.order_number) for r in rows] == [
        ("Бригада / 1-й батальон / 2-я рота", dt.date(2024, 9, 1), None, "301 л/с"),
        ("Бригада / 1-й батальон / 1-я рота", dt.date(2020, 5, 1), dt.date(2024, 8, 31),
         "17 л/с")]
    assert tab.model.index(0, tab.model.column_of("date_to")).data() == "now"
    # The list's unit column follows.
    row = registry.model.row_of(sid)
    assert registry.model.row_at(row).unit == "2-я рота"


def test_a_member_opens_on_the_assignments_tab(qtbot, window, page, people, sessions, tree,
                                               settle):
    sid = people.add("Абаев", "Ерлан")
    with write_session(sessions) as s:
        assignments.assign(s, sid, tree["company1"], None, dt.date(2025, 1, 1))
    page.select(tree["company1"])
    settle()
    table = page.members.table
    rect = table.visualRect(page.members.model.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    registry = window.page("registry")
    assert window.current_page is registry and registry.form.record_id == sid
    assert registry.recordTabs.currentWidget() is registry.assignments
