"""The registry area as a clerk uses it: keyboard, list, record form, database."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.registry.columns import COLUMNS
from kzpk_desktop.services import servicemen

CTRL = Qt.KeyboardModifier.ControlModifier
SURNAME = next(i for i, c in enumerate(COLUMNS) if c.key == "surname")


def listed(page) -> list[str]:
    """The surnames the list shows once the background reads asked for are in."""
    model = page.model
    while True:
        page._ops.settle()
        if not any(model.is_placeholder(r) for r in range(model.rowCount())):
            return [model.index(r, SURNAME).data() for r in range(model.rowCount())]
        for r in range(model.rowCount()):
            model.row(r)  # ask for the pages not read yet


def stored(sessions, **where) -> list[Serviceman]:
    with sessions() as s:
        return list(s.scalars(select(Serviceman).filter_by(**where)))


def open_row(qtbot, page, surname: str) -> None:
    row = listed(page).index(surname)
    page.list.table.setFocus()
    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.form.record_id == page.model.id_at(row))


@pytest.fixture
def page(window):
    return window.show_area("registry")


def test_add_a_serviceman_through_the_form(qtbot, type_text, window, page, sessions):
    qtbot.keyClick(page.list.table, Qt.Key.Key_N, CTRL)
    ui = page.form.ui
    assert ui.iinEdit.hasFocus() and page.form.is_new()
    type_text(ui.iinEdit, "791028302728")
    # A valid IIN fills date of birth and sex.
    assert ui.birthDateEdit.value() == dt.date(1979, 10, 28)
    assert ui.sexCombo.currentData() == "M"
    type_text(ui.serviceNumberEdit, "A-100200")
    type_text(ui.surnameEdit, "Иванов")
    type_text(ui.givenNameEdit, "Сергей")
    type_text(ui.patronymicEdit, "Петрович")
    # The Latin spelling is suggested from the Cyrillic as the clerk types.
    assert (ui.surnameLatinEdit.text(), ui.givenNamesLatinEdit.text()) == ("IVANOV", "SERGEI")
    type_text(ui.rankCombo.lineEdit(), "Капит")
    popup = ui.rankCombo.completer().popup()
    assert popup.isVisible()  # the ranks that contain what was typed
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.rankCombo.currentText() == "Капитан"
    type_text(ui.passportNumberEdit, "N12345678")
    type_text(ui.passportIssuedEdit, "01.03.2021")
    type_text(ui.passportExpiresEdit, "01.03.2031")
    assert "(not saved)" in ui.titleLabel.text()

    qtbot.keyClick(ui.passportExpiresEdit, Qt.Key.Key_S, CTRL)

    [row] = stored(sessions)
    assert (row.surname, row.given_name, row.patronymic, row.iin, row.service_number) == \
        ("Иванов", "Сергей", "Петрович", "791028302728", "A-100200")
    assert (row.surname_latin, row.given_names_latin, row.birth_date, row.sex) == \
        ("IVANOV", "SERGEI", dt.date(1979, 10, 28), "M")
    assert row.rank.name_ru == "Капитан"
    with sessions() as s:
        data = servicemen.get_serviceman(s, row.id)
    assert (data.passport_number, data.passport_issued, data.passport_expires) == \
        ("N12345678", dt.date(2021, 3, 1), dt.date(2031, 3, 1))
    assert listed(page) == ["Иванов"]
    assert page.list.current_id() == row.id
    assert page.form.record_id == row.id and not page.form.is_dirty()
    assert ui.titleLabel.text() == "Иванов Сергей Петрович"
    assert window.statusBar().currentMessage() == "Saved: Иванов Сергей Петрович."
    assert page.list.countLabel.text() == "1 serviceman(s)"


def test_edit_a_serviceman(qtbot, type_text, page, people, sessions):
    people.add("Иванов", "Сергей")
    sid = people.add("Петров", "Олег", phone="+7 701 000 00 00")
    page.refresh()
    open_row(qtbot, page, "Петров")
    ui = page.form.ui
    assert ui.phoneEdit.text() == "+7 701 000 00 00"
    ui.surnameEdit.selectAll()
    type_text(ui.surnameEdit, "Петренко")
    # The clerk's own Latin spelling (empty here) gets the suggestion; it was never typed.
    assert ui.surnameLatinEdit.text() == "PETRENKO"
    type_text(ui.notesEdit, "Права категории C")
    qtbot.keyClick(ui.notesEdit, Qt.Key.Key_Return)
    type_text(ui.notesEdit, "Рапорт от 12.03")
    qtbot.keyClick(ui.notesEdit, Qt.Key.Key_S, CTRL)

    [row] = stored(sessions, id=sid)
    assert (row.surname, row.surname_latin, row.notes, row.version) == \
        ("Петренко", "PETRENKO", "Права категории C\nРапорт от 12.03", 2)
    assert listed(page) == ["Иванов", "Петренко"]
    assert page.list.current_id() == sid


def test_a_new_record_far_down_the_list_is_shown_after_saving(qtbot, type_text, page, people):
    for surname in ("Абаев", "Байжанов", "Валиев", "Галиев", "Даулетов", "Ержанов", "Жумабаев"):
        people.add(surname, "Тест")
    page.model.PAGE_SIZE = 2  # the rows around the end are not fetched
    page.refresh()
    page.new_record()
    ui = page.form.ui
    type_text(ui.iinEdit, "791028302728")
    type_text(ui.serviceNumberEdit, "Я-1")
    type_text(ui.surnameEdit, "Яковлев")
    type_text(ui.givenNameEdit, "Иван")
    assert page.save()
    # The list reads its rows again in the background and then selects the new one.
    qtbot.waitUntil(lambda: page.list.current_id() == page.form.record_id)
    assert page.list.table.currentIndex().row() == 7


def test_latin_name_typed_by_the_clerk_is_never_overwritten(qtbot, type_text, page):
    ui = page.form.ui
    type_text(ui.surnameLatinEdit, "IVANOFF")
    type_text(ui.surnameEdit, "Иванов")
    assert ui.surnameLatinEdit.text() == "IVANOFF"


def test_invalid_iin_is_shown_inline_and_nothing_is_saved(qtbot, type_text, page, sessions):
    ui = page.form.ui
    type_text(ui.iinEdit, "791028302729")
    assert page.form.problem_shown("iin") == "IIN 791028302729: check digit does not match"
    assert ui.birthDateEdit.value() is None
    type_text(ui.surnameEdit, "Иванов")
    qtbot.keyClick(ui.surnameEdit, Qt.Key.Key_S, CTRL)

    assert stored(sessions) == []
    assert page.form.problem_shown("iin") == "IIN 791028302729: check digit does not match"
    assert page.form.problem_shown("service_number") == "Service number is required."
    assert page.form.problem_shown("given_name") == "Given name is required."
    assert page.form.problem_shown("surname") == ""
    assert ui.iinEdit.hasFocus()  # the first field with a problem
    assert page.form.is_dirty()


def test_problems_clear_when_the_record_saves(qtbot, type_text, page, sessions):
    ui = page.form.ui
    type_text(ui.surnameEdit, "Иванов")
    qtbot.keyClick(ui.surnameEdit, Qt.Key.Key_S, CTRL)
    assert page.form.problem_shown("iin") == "IIN is required."
    type_text(ui.iinEdit, "791028302728")
    type_text(ui.serviceNumberEdit, "A-1")
    type_text(ui.givenNameEdit, "Сергей")
    qtbot.keyClick(ui.givenNameEdit, Qt.Key.Key_S, CTRL)
    assert len(stored(sessions)) == 1
    assert [page.form.problem_shown(f) for f in ("iin", "given_name", "")] == ["", "", ""]


def test_unknown_rank_text_is_refused_in_the_form(qtbot, type_text, page, sessions):
    ui = page.form.ui
    type_text(ui.iinEdit, "791028302728")
    type_text(ui.serviceNumberEdit, "A-1")
    type_text(ui.surnameEdit, "Иванов")
    type_text(ui.givenNameEdit, "Сергей")
    type_text(ui.rankCombo.lineEdit(), "Адмирал флота")
    qtbot.keyClick(ui.givenNameEdit, Qt.Key.Key_S, CTRL)
    assert stored(sessions) == []
    assert page.form.problem_shown("rank_id") == \
        "Choose a rank from the list, or leave the field empty."


def test_stale_save_tells_the_clerk_and_reloads(qtbot, type_text, page, people, sessions, prompts):
    sid = people.add("Иванов", "Сергей")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    # Someone else saves the same record meanwhile.
    with write_session(sessions) as s:
        theirs = servicemen.get_serviceman(s, sid)
        theirs.phone = "+7 777 111 22 33"
        servicemen.update_serviceman(s, sid, theirs)
    type_text(page.form.ui.kinNameEdit, "Иванова Мария")
    prompts.answers = [Button.Yes]  # Reload

    qtbot.keyClick(page.form.ui.kinNameEdit, Qt.Key.Key_S, CTRL)

    [(title, text)] = prompts.asked
    assert title == "Changed by someone else"
    assert text.startswith("Иванов Сергей was changed by someone else after you opened it.")
    [row] = stored(sessions, id=sid)
    assert (row.phone, row.kin_name, row.version) == ("+7 777 111 22 33", None, 2)
    assert page.form.ui.phoneEdit.text() == "+7 777 111 22 33"
    assert page.form.ui.kinNameEdit.text() == "" and not page.form.is_dirty()


def test_stale_save_can_keep_the_clerks_edits(qtbot, type_text, page, people, sessions, prompts):
    sid = people.add("Иванов", "Сергей")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    with write_session(sessions) as s:
        theirs = servicemen.get_serviceman(s, sid)
        theirs.phone = "+7 777 111 22 33"
        servicemen.update_serviceman(s, sid, theirs)
    type_text(page.form.ui.kinNameEdit, "Иванова Мария")
    prompts.answers = [Button.No]  # Keep my changes
    qtbot.keyClick(page.form.ui.kinNameEdit, Qt.Key.Key_S, CTRL)
    assert page.form.ui.kinNameEdit.text() == "Иванова Мария" and page.form.is_dirty()
    assert stored(sessions, id=sid)[0].kin_name is None


def test_delete_asks_first(qtbot, window, page, people, sessions, prompts):
    people.add("Иванов", "Сергей")
    people.add("Петров", "Олег")
    page.refresh()
    open_row(qtbot, page, "Петров")

    prompts.answers = [Button.No]
    qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert len(stored(sessions)) == 2
    assert prompts.asked[-1][1].startswith("Delete Петров Олег (IIN ")

    prompts.answers = [Button.Yes]
    # The status line is caught as it is said: on a loaded machine its few seconds on the
    # status bar may be over before the list has read itself again.
    with qtbot.waitSignal(page._ops.deleted, timeout=10_000) as said:
        qtbot.keyClick(page.list.table, Qt.Key.Key_Delete)
    assert said.args[1] == "Serviceman Петров Олег deleted."
    assert [p.surname for p in stored(sessions)] == ["Иванов"]
    qtbot.waitUntil(lambda: listed(page) == ["Иванов"])
    assert page.form.is_new()


def test_delete_key_inside_the_form_only_edits(qtbot, page, people, sessions, prompts):
    people.add("Иванов", "Сергей")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    page.form.ui.statusCombo.setFocus()
    qtbot.keyClick(page.form.ui.statusCombo, Qt.Key.Key_Delete)
    assert prompts.asked == [] and len(stored(sessions)) == 1


@pytest.mark.parametrize("answer, shown", [(Button.Cancel, "Иванов"), (Button.Discard, "Петров")])
def test_leaving_a_changed_record_asks(qtbot, type_text, page, people, sessions, prompts,
                                       answer, shown):
    people.add("Иванов", "Сергей")
    people.add("Петров", "Олег")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    type_text(page.form.ui.phoneEdit, "+7 701 123 45 67")
    prompts.answers = [answer]
    page.list.table.selectRow(listed(page).index("Петров"))
    qtbot.waitUntil(lambda: page.model.index(page.list.table.currentIndex().row(),
                                             SURNAME).data() == shown)
    assert prompts.asked[-1][1] == "Иванов Сергей has changes that are not saved."
    assert page.form.value().surname == shown
    assert page.form.is_dirty() == (answer == Button.Cancel)
    assert stored(sessions, surname="Иванов")[0].phone is None


def test_leaving_a_changed_record_can_save_it(qtbot, type_text, page, people, sessions, prompts):
    people.add("Иванов", "Сергей")
    people.add("Петров", "Олег")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    type_text(page.form.ui.phoneEdit, "+7 701 123 45 67")
    prompts.answers = [Button.Save]
    page.list.table.selectRow(listed(page).index("Петров"))
    qtbot.waitUntil(lambda: page.form.value().surname == "Петров")
    assert stored(sessions, surname="Иванов")[0].phone == "+7 701 123 45 67"


def test_escape_reverts_after_asking(qtbot, type_text, page, people, prompts):
    people.add("Иванов", "Сергей")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    type_text(page.form.ui.surnameEdit, "ский")
    prompts.answers = [Button.Discard]
    qtbot.keyClick(page.form.ui.surnameEdit, Qt.Key.Key_Escape)
    assert page.form.ui.surnameEdit.text() == "Иванов" and not page.form.is_dirty()
    # Esc on an unchanged form hands the keyboard back to the list.
    qtbot.keyClick(page.form.ui.surnameEdit, Qt.Key.Key_Escape)
    assert page.list.table.hasFocus()


def test_search_as_you_type_with_count(qtbot, type_text, page, people):
    people.add("Иванов", "Сергей")
    people.add("Ибраев", "Нурлан")
    people.add("Петров", "Олег")
    page.refresh()
    qtbot.keyClick(page.list.table, Qt.Key.Key_F, CTRL)
    assert page.list.searchEdit.hasFocus()
    type_text(page.list.searchEdit, "ив")
    qtbot.waitUntil(lambda: listed(page) == ["Иванов"])
    assert page.list.countLabel.text() == "1 of 3 serviceman(s)"
    page.list.searchEdit.clear()
    qtbot.waitUntil(lambda: len(listed(page)) == 3)
    # Esc empties the search field (and the list shows everyone again).
    type_text(page.list.searchEdit, "пет")
    qtbot.waitUntil(lambda: listed(page) == ["Петров"])
    qtbot.keyClick(page.list.searchEdit, Qt.Key.Key_Escape)
    assert page.list.searchEdit.text() == ""
    qtbot.waitUntil(lambda: len(listed(page)) == 3)
    # Down from the search field goes to the list's first row.
    qtbot.keyClick(page.list.searchEdit, Qt.Key.Key_Down)
    assert page.list.table.hasFocus() and page.list.current_id() is not None


def test_filters_in_the_bar(qtbot, page, people):
    people.add("Иванов", "Сергей", rank="captain")
    people.add("Петрова", "Анна", sex="F", status="deployed")
    page.refresh()
    bar = page.list
    bar.sexFilter.setCurrentIndex(bar.sexFilter.findData("F"))
    assert listed(page) == ["Петрова"]
    bar.sexFilter.setCurrentIndex(0)
    bar.rankFilter.setCurrentIndex(bar.rankFilter.findText("Капитан"))
    assert listed(page) == ["Иванов"]
    bar.rankFilter.setCurrentIndex(0)
    bar.statusFilter.setCurrentIndex(bar.statusFilter.findData("deployed"))
    assert listed(page) == ["Петрова"]


def test_click_on_a_header_sorts(qtbot, page, people):
    people.add("Иванов", "Сергей")
    people.add("Абаев", "Олег")
    page.refresh()
    header = page.list.table.horizontalHeader()
    assert listed(page) == ["Абаев", "Иванов"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(SURNAME) + 10, 5))
    assert listed(page) == ["Иванов", "Абаев"]


def test_saving_a_record_someone_deleted_keeps_the_entries(qtbot, type_text, page, people,
                                                           sessions, prompts):
    sid = people.add("Иванов", "Сергей", phone="+7 701 000 00 00")
    page.refresh()
    open_row(qtbot, page, "Иванов")
    with write_session(sessions) as s:
        servicemen.delete_serviceman(s, sid)
    type_text(page.form.ui.kinNameEdit, "Иванова Мария")
    qtbot.keyClick(page.form.ui.kinNameEdit, Qt.Key.Key_S, CTRL)

    [(title, text)] = prompts.informed
    assert title == "Record not found"
    assert text.startswith("The serviceman no longer exists (deleted by someone else?).")
    form = page.form
    assert form.is_new() and form.is_dirty()
    assert (form.ui.surnameEdit.text(), form.ui.phoneEdit.text(), form.ui.kinNameEdit.text()) == \
        ("Иванов", "+7 701 000 00 00", "Иванова Мария")
    qtbot.keyClick(form.ui.kinNameEdit, Qt.Key.Key_S, CTRL)  # adds it again
    [row] = stored(sessions)
    assert (row.surname, row.kin_name, row.version) == ("Иванов", "Иванова Мария", 1)
