"""The import wizard: file, preview with the problems in their cells, all-or-nothing import."""
from __future__ import annotations

from pathlib import Path

import planning_builders as b
import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWizard
from sqlalchemy import func, select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import RosterEntry, Serviceman
from kzpk_desktop.gui.ops.task_dialog import TaskDialog
from kzpk_desktop.gui.importing.model import (
    CHANGED_BRUSH,
    PROBLEM_BRUSH,
    REFUSED_ROW_BRUSH,
    ROW_ROLE,
    PreviewModel,
)
from kzpk_desktop.gui.importing.wizard import (
    FILE_PAGE,
    PREVIEW_PAGE,
    RESULT_PAGE,
    ImportWizard,
)
from kzpk_desktop.gui.prompts import Button

GOOD_IIN = "791028302728"  # 28.10.1979, male (domain.md)
BAD_IIN = "900517312344"  # check digit does not match
HEADERS = ["Фамилия", "Имя", "ИИН", "Личный номер", "Звание", "Цвет глаз"]
IIN_COLUMN = 2  # 0-based, in the sheet
BAD_IIN_REASON = "IIN 900517312344: check digit does not match"
ROLE = Qt.ItemDataRole


def _book(path: Path, rows: list[list], *, headers=HEADERS, title: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Личный состав"
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def mixed_file(tmp_path) -> Path:
    """One good row and one with a bad IIN, under a merged title row."""
    return _book(tmp_path / "список.xlsx", [
        ["Иванов", "Сергей", GOOD_IIN, "A-302728", "Капитан", "карие"],
        ["Петров", "Олег", BAD_IIN, "A-312344", "Майор", "серые"],
    ], title="Список военнослужащих")


@pytest.fixture
def wizard(qtbot, ctx, prompts):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def _count(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(Serviceman))


def _preview(wizard: ImportWizard, path: Path, *, skip: bool = False) -> PreviewModel:
    wizard.filePage.set_path(path)
    wizard.filePage.skipCheck.setChecked(skip)
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE, wizard.filePage.refusalLabel.text()
    return wizard.previewPage.model


class _PressCancel(QObject):
    """Presses Cancel the moment a progress dialog appears."""

    pressed = 0

    def eventFilter(self, watched, event):
        if isinstance(watched, TaskDialog) and event.type() == QEvent.Type.Show \
                and not self.pressed:
            self.pressed += 1
            watched.findChild(QPushButton).click()
        return False


# -- preview ---------------------------------------------------------------------------

def test_preview_marks_the_refused_cell_with_its_reason(wizard, mixed_file, qtmodeltester):
    model = _preview(wizard, mixed_file)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] \
        == ["Row", "Action", "Reasons", *HEADERS]
    # Excel's row numbers: the title, then the header in row 2.
    assert [model.index(r, 0).data() for r in range(2)] == ["3", "4"]
    assert [model.index(r, 1).data() for r in range(2)] == ["Create", "Refused"]

    iin = model.column_of_sheet(IIN_COLUMN)
    bad, good = model.index(1, iin), model.index(0, iin)
    assert bad.data() == BAD_IIN
    assert bad.data(ROLE.BackgroundRole) == PROBLEM_BRUSH
    assert bad.data(ROLE.ToolTipRole) == BAD_IIN_REASON
    assert good.data(ROLE.BackgroundRole) is None
    assert good.data(ROLE.ToolTipRole) is None
    # The rest of the refused row is highlighted, and its action says why.
    assert model.index(1, iin + 1).data(ROLE.BackgroundRole) == REFUSED_ROW_BRUSH
    assert model.index(1, 1).data(ROLE.ToolTipRole) == (
        f"This row will not be imported:\n• ИИН: {BAD_IIN_REASON}.")
    assert model.index(1, 0).data(ROW_ROLE).row == 4
    # Each row's reasons in a column of their own, in view beside the action.
    assert model.index(1, 2).data() == f"ИИН: {BAD_IIN_REASON}."
    assert model.index(0, 2).data() == ""

    page = wizard.previewPage
    # Everything is refused unless "Skip invalid rows" is ticked: nothing to import.
    assert not page.isComplete()
    assert page.countsLabel.text() == "To create: 1 · to update: 0 · unchanged: 0 · refused: 1"
    assert page.extraLabel.text() == "Not imported (unknown headers): Цвет глаз (F)"
    assert page.summaryLabel.text() == "Sheet «Личный состав», header in row 2: 2 row(s)."
    assert page.consequenceLabel.text().startswith("1 of 2 row(s) are refused, so nothing will "
                                                   "be imported")
    assert _count(wizard._ctx.sessions) == 0  # a preview writes nothing


def test_only_rows_with_problems(wizard, mixed_file, qtmodeltester):
    model = _preview(wizard, mixed_file)
    wizard.previewPage.onlyProblemsCheck.setChecked(True)
    assert model.rowCount() == 1
    assert model.index(0, model.column_of_sheet(0)).data() == "Петров"
    qtmodeltester.check(model)
    wizard.previewPage.onlyProblemsCheck.setChecked(False)
    assert model.rowCount() == 2


# -- import ---------------------------------------------------------------------------

def test_a_refused_row_stops_the_whole_import_unless_skipped(qtbot, wizard, mixed_file,
                                                               sessions):
    _preview(wizard, mixed_file)
    # "Import" is not offered while a refused row would stop it; the page says why.
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.previewPage.consequenceLabel.text().startswith(
        "1 of 2 row(s) are refused, so nothing will be imported")
    assert _count(sessions) == 0
    assert wizard.imported is None

    wizard.back()
    assert wizard.currentId() == FILE_PAGE
    wizard.filePage.skipCheck.setChecked(True)
    wizard.next()
    assert wizard.previewPage.consequenceLabel.text() == "1 refused row(s) will be left out."
    wizard.next()
    assert wizard.currentId() == RESULT_PAGE
    assert wizard.imported.created == 1 and wizard.imported.refused == 1
    assert "Created: 1 · updated: 0 · unchanged: 0 · left out: 1" in \
        wizard.resultPage.resultLabel.text()
    with sessions() as s:
        assert s.scalars(select(Serviceman.iin)).all() == [GOOD_IIN]


def test_cancel_during_the_import_leaves_the_database_unchanged(qapp, wizard, mixed_file,
                                                                sessions):
    _preview(wizard, mixed_file, skip=True)
    presser = _PressCancel()
    qapp.installEventFilter(presser)
    try:
        wizard.next()
    finally:
        qapp.removeEventFilter(presser)
    assert presser.pressed == 1
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.previewPage.messageLabel.text() == "Import cancelled; nothing was saved."
    assert _count(sessions) == 0
    # Nothing is lost: the clerk may import after all.
    wizard.next()
    assert wizard.currentId() == RESULT_PAGE
    assert _count(sessions) == 1


def test_cancel_during_the_preview_stays_on_the_first_page(qapp, wizard, mixed_file):
    wizard.filePage.set_path(mixed_file)
    presser = _PressCancel()
    qapp.installEventFilter(presser)
    try:
        wizard.next()
    finally:
        qapp.removeEventFilter(presser)
    assert presser.pressed == 1
    assert wizard.currentId() == FILE_PAGE
    assert wizard.preview is None
    assert not wizard.filePage.refusalLabel.isVisible()


def test_import_nominates_to_the_chosen_rotation(qtbot, ctx, prompts, mixed_file, sessions):
    with write_session(sessions) as s:
        rotation_id = b.rotation(s, b.decision(s)).id
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.filePage
    page.rotationCombo.setCurrentIndex(page.rotationCombo.findData(rotation_id))
    assert page.categoryCombo.isEnabled()
    page.categoryCombo.setCurrentIndex(page.categoryCombo.findData("staff-officer"))
    _preview(wizard, mixed_file, skip=True)
    assert wizard.previewPage.rotationLabel.text() == (
        "Everyone imported will be nominated to rotation UNDOF-1.")
    wizard.next()
    assert wizard.imported.nominated == 1
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(RosterEntry)
                        .where(RosterEntry.rotation_id == rotation_id)) == 1


def test_an_update_shades_the_values_it_replaces(qtbot, ctx, prompts, tmp_path, sessions,
                                                qtmodeltester):
    first = _book(tmp_path / "first.xlsx",
                  [["Иванов", "Сергей", GOOD_IIN, "A-302728", "Капитан", "карие"]])
    again = _book(tmp_path / "again.xlsx",
                  [["Иванов", "Сергей", GOOD_IIN, "A-302728", "Майор", "карие"]])
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _preview(wizard, first)
    wizard.next()
    assert wizard.imported.created == 1

    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    model = _preview(wizard, first)
    assert model.index(0, 1).data() == "Unchanged"  # the same file twice changes nothing
    assert not wizard.previewPage.isComplete()  # so "Import" is not offered
    assert "nothing to import" in wizard.previewPage.consequenceLabel.text()
    wizard.back()
    wizard.filePage.updateCheck.setChecked(True)
    model = _preview(wizard, again)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Update"
    rank = model.index(0, model.column_of_sheet(HEADERS.index("Звание")))
    assert rank.data(ROLE.BackgroundRole) == CHANGED_BRUSH
    assert rank.data(ROLE.ToolTipRole) == "Replaces the value on record."
    surname = model.index(0, model.column_of_sheet(0))
    assert surname.data(ROLE.BackgroundRole) is None
    wizard.next()
    assert wizard.imported.updated == 1
    assert _count(sessions) == 1


# -- refusals before any work -------------------------------------------------------------

def test_a_file_that_is_not_a_spreadsheet_is_refused_on_the_first_page(wizard, tmp_path):
    notes = tmp_path / "notes.xlsx"
    notes.write_text("Иванов;Сергей;791028302728\n", encoding="utf-8")
    wizard.filePage.set_path(notes)
    label = wizard.filePage.refusalLabel
    assert label.isVisible()
    assert label.text() == "notes.xlsx is not an Excel workbook (.xlsx or .xlsm)."
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not wizard.filePage.sheetCombo.isEnabled()


def test_a_sheet_without_a_required_column_is_refused_on_the_first_page(wizard, tmp_path):
    path = _book(tmp_path / "short.xlsx", [["Иванов", "Сергей"]], headers=["Фамилия", "Имя"])
    wizard.filePage.set_path(path)
    wizard.next()
    assert wizard.currentId() == FILE_PAGE
    text = wizard.filePage.refusalLabel.text()
    assert text.startswith("Sheet 'Личный состав' of short.xlsx has no column for: ИИН / ЖСН / "
                           "IIN")
    assert wizard.filePage.refusalLabel.isVisible()


# -- files: the one imported, the error report, the template -------------------------------

def test_browse_starts_in_the_last_folder_and_remembers_the_new_one(wizard, ctx, mixed_file,
                                                                     tmp_path, monkeypatch):
    start = tmp_path / "start"
    start.mkdir()
    ctx.settings.last_folder = str(start)
    asked = []

    def fake_open(parent, title, folder, filters):
        asked.append(folder)
        return str(mixed_file), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    wizard.filePage.browseButton.click()
    assert asked == [str(start)]
    assert wizard.filePage.path == mixed_file
    assert ctx.settings.last_folder == str(mixed_file.parent)
    assert [wizard.filePage.sheetCombo.itemText(i)
            for i in range(wizard.filePage.sheetCombo.count())] == [
        "The first sheet with data", "Личный состав"]


def _save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, filters: (str(path), filters))


def test_error_report_repeats_the_refused_row_with_its_reason(wizard, mixed_file, tmp_path,
                                                              monkeypatch, prompts):
    _preview(wizard, mixed_file)
    target = tmp_path / "errors.xlsx"
    _save_to(monkeypatch, target)
    prompts.answers = [Button.Close]
    wizard.previewPage.reportButton.click()
    [(title, text)] = prompts.asked  # the offer to open the file (exporting.offer_to_open)
    assert title == "Save error report" and target.name in text
    values = [c for r in load_workbook(target).active.iter_rows(values_only=True) for c in r]
    assert BAD_IIN in values and GOOD_IIN not in values
    assert f"ИИН: {BAD_IIN_REASON}" in values


def test_template_is_saved_with_headers_in_the_chosen_language(wizard, tmp_path, monkeypatch,
                                                               prompts):
    target = tmp_path / "template.xlsx"
    _save_to(monkeypatch, target)
    prompts.answers = [Button.Close]
    page = wizard.filePage
    page.templateLanguageCombo.setCurrentIndex(page.templateLanguageCombo.findData("en"))
    page.templateButton.click()
    headers = next(load_workbook(target).active.iter_rows(values_only=True))
    assert headers[:3] == ("Surname", "Given name", "Patronymic")


# -- from the main window -------------------------------------------------------------------

def test_file_menu_import_adds_the_valid_rows_to_the_registry(window, mixed_file, monkeypatch,
                                                              settle):
    def drive(wizard: ImportWizard) -> int:
        wizard.show()  # as exec() would
        _preview(wizard, mixed_file, skip=True)
        wizard.next()
        assert wizard.currentId() == RESULT_PAGE
        wizard.accept()
        return wizard.result()  # QDialog's: Accepted

    monkeypatch.setattr(ImportWizard, "exec", drive)
    assert window.importAction.isVisible()
    assert window.importAction.shortcut().toString() == "Ctrl+I"
    assert window.importAction in window.fileMenu.actions()
    registry = window.page("registry")
    settle()
    assert registry.model.total == 0
    window.importAction.trigger()
    assert window.current_page is registry
    settle()  # the import is announced: the list reads itself again
    assert registry.model.total == 1
    assert registry.model.index(0, 1).data() == "Иванов"


def test_viewer_is_not_offered_the_import(qtbot, sessions, settings, prompts):
    from kzpk_desktop.gui.area import AreaContext
    from kzpk_desktop.gui.main_window import MainWindow
    from kzpk_desktop.services.auth import Actor

    ctx = AreaContext(sessions=sessions, settings=settings, lang="ru",
                      actor=Actor("reader", "viewer"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.importAction.isVisible()
    assert window.page("registry").list.importButton is None
