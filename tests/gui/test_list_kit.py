"""Every list's kit: the column chooser (remembered), export of what is shown, titles never
cut short in Russian or Kazakh, and the registry's record pane moved or hidden."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import coordinate_from_string
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionHeader, QTableView

from kzpk_desktop.gui import list_export
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.i18n import install_translators
from kzpk_desktop.gui.main_window import MainWindow
from kzpk_desktop.gui.planning.decisions_page import DecisionsPage
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.security.users import UsersDialog
from kzpk_desktop.gui.widgets.list_header import ListHeader
from kzpk_desktop.gui.widgets.list_page import ListKit


def open_window(qtbot, ctx, size=(1280, 720)) -> MainWindow:
    window = MainWindow(AreaContext(ctx.sessions, ctx.settings, ctx.lang, ops=ctx.ops))
    qtbot.addWidget(window, before_close_func=lambda w: w.page("registry").form.load(None))
    window.resize(*size)
    window.show()
    return window


def sheet_header(path) -> list:
    """The header row of an exported list (the row above the frozen panes)."""
    sheet = load_workbook(path).active
    _col, row = coordinate_from_string(sheet.freeze_panes)
    return [c.value for c in sheet[row - 1] if c.value is not None]


def sheet_rows(path) -> list[list]:
    sheet = load_workbook(path).active
    _col, row = coordinate_from_string(sheet.freeze_panes)
    return [[c.value for c in r] for r in sheet.iter_rows(min_row=row)]


def shown_titles(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    return [header.model().headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
            for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]


@pytest.fixture
def exported(monkeypatch, tmp_path, prompts):
    """Where "Export…" writes (no file dialog); the "Saved as…" question is closed."""
    target = tmp_path / "list.xlsx"
    monkeypatch.setattr(list_export, "choose_target", lambda *a, **k: target)
    prompts.answers = [Button.Close] * 3
    return target


def test_a_column_hidden_in_the_chooser_stays_hidden_in_a_new_window(qtbot, ctx, prompts):
    first = open_window(qtbot, ctx)
    registry = first.show_area("registry")
    kit = registry.list.kit
    assert first.columnsAction.isEnabled()
    menu = kit.chooser()
    iin = registry.model.column_of("iin")
    assert menu.column_actions[iin].isChecked()
    menu.column_actions[iin].setChecked(False)  # what a click on the check box does
    assert registry.list.table.isColumnHidden(iin)
    assert "IIN" not in shown_titles(registry.list.table)
    first.close()

    second = open_window(qtbot, ctx)
    table = second.show_area("registry").list.table
    assert table.isColumnHidden(iin)
    assert not ListKit.of(table).chooser().column_actions[iin].isChecked()
    # "Restore defaults" brings it back, and that is remembered too.
    ListKit.of(table).chooser().restoreAction.trigger()
    assert not table.isColumnHidden(iin)
    second.close()
    third = open_window(qtbot, ctx)
    assert not third.show_area("registry").list.table.isColumnHidden(iin)


def test_the_last_column_shown_cannot_be_unchecked(qtbot, ctx, prompts):
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    kit = page.kit
    for key in [c.key for c in kit.columns][1:]:
        kit.set_column_shown(key, False)
    assert kit.visible_keys() == [kit.columns[0].key]
    menu = kit.chooser()
    assert not menu.column_actions[0].isEnabled()
    kit.set_column_shown(kit.columns[0].key, False)
    assert kit.visible_keys() == [kit.columns[0].key]


def test_the_registry_exports_exactly_the_columns_shown_in_their_order(
        qtbot, ctx, people, settle, exported):
    install_translators(QApplication.instance(), "ru")
    people.add("Иванов", "Иван", patronymic="Петрович")
    window = open_window(qtbot, ctx)
    registry = window.show_area("registry")
    qtbot.waitUntil(lambda: registry.model.rowCount() == 1)
    table = registry.list.table
    for key in ("rank", "patronymic", "latin", "unit", "documents"):
        registry.list.kit.set_column_shown(key, False)
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(registry.model.column_of("iin")), 0)
    registry.export_list()
    assert sheet_header(exported) == shown_titles(table) == \
        ["ИИН", "Фамилия", "Имя", "Личный номер", "Статус", "Паспорт до"]
    row = sheet_rows(exported)[0]
    assert row[1:3] == ["Иванов", "Иван"] and isinstance(row[0], str) and len(row[0]) == 12


def test_decisions_export_what_is_shown(qtbot, ctx, sessions, exported):
    import planning_builders as b

    from kzpk_desktop.db.engine import write_session

    with write_session(sessions) as s:
        b.decision(s, number="12-VII", ceiling=40)
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.kit.set_column_shown("title", False)
    page.export_list()
    titles = shown_titles(page.table)
    assert sheet_header(exported) == titles and len(titles) == len(page.kit.columns) - 1
    assert sheet_rows(exported)[0][titles.index(page.model.headerData(
        page.model.column_of("number"), Qt.Orientation.Horizontal))] == "12-VII"


def test_users_export_what_is_shown(qtbot, ctx, sessions, exported, monkeypatch):
    from argon2 import PasswordHasher

    from kzpk_desktop.db.engine import write_session
    from kzpk_desktop.services import accounts
    from kzpk_desktop.services.auth import Actor, bind_actor

    monkeypatch.setattr(accounts, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                            parallelism=1))
    with write_session(sessions) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin", "Админ Админов")
    bind_actor(sessions, Actor("admin", "admin"))
    dialog = UsersDialog(ctx.ops, ctx.settings)
    qtbot.addWidget(dialog)
    dialog.kit.set_column_shown("created", False)
    dialog.kit.set_column_shown("failed", False)
    dialog.export_list()
    assert sheet_header(exported) == shown_titles(dialog.table) == \
        ["User name", "Full name", "Role", "State"]
    assert sheet_rows(exported)[0][:2] == ["admin", "Админ Админов"]
    dialog.reject()
    again = UsersDialog(ctx.ops, ctx.settings)
    qtbot.addWidget(again)
    assert again.kit.visible_keys() == ["username", "full_name", "role", "state"]


def title_fits(header: ListHeader, section: int) -> bool:
    """The whole title fits the section's label area, on one line or wrapped (measured
    as the style lays the section out)."""
    option = QStyleOptionHeader()
    header.initStyleOptionForIndex(option, section)
    option.rect = QRect(0, 0, header.sectionSize(section), header.height())
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    label = header.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header)
    fm = header.fontMetrics()
    text = header.title(section)
    if fm.horizontalAdvance(text) <= label.width():
        return True
    needed = fm.boundingRect(QRect(0, 0, label.width(), 10_000),
                             int(Qt.TextFlag.TextWordWrap), text)
    words_fit = all(fm.horizontalAdvance(w) <= label.width() for w in text.split())
    return words_fit and needed.height() <= label.height() + fm.leading() + 1


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_header_is_cut_short_in_russian_or_kazakh(qtbot, ctx, prompts, lang):
    install_translators(QApplication.instance(), lang)
    window = open_window(qtbot, AreaContext(ctx.sessions, ctx.settings, lang, ops=ctx.ops))
    seen = 0
    for spec in window._specs:
        page = window.show_area(spec.key)
        qtbot.waitUntil(page.isVisible)
        for table in page.findChildren(QTableView):
            header = table.horizontalHeader()
            if not isinstance(header, ListHeader) or not table.isVisible():
                continue
            for section in range(header.count()):
                if header.isSectionHidden(section) or not header.title(section):
                    continue
                seen += 1
                assert title_fits(header, section), (spec.key, header.title(section),
                                                     header.sectionSize(section))
    assert seen > 40


def test_the_record_pane_moved_to_the_bottom_stays_there(qtbot, ctx, prompts, people):
    person = people.add("Иванов", "Иван")
    first = open_window(qtbot, ctx)
    registry = first.show_area("registry")
    assert registry.splitter.orientation() == Qt.Orientation.Horizontal
    first.findChild(type(first.columnsAction), "recordPane_bottom").trigger()
    assert registry.splitter.orientation() == Qt.Orientation.Vertical
    assert registry.splitter.sizes()[1] > 0
    first.close()

    second = open_window(qtbot, ctx, size=(1024, 640))
    registry = second.show_area("registry")
    assert registry.splitter.orientation() == Qt.Orientation.Vertical
    assert second.findChild(type(second.columnsAction), "recordPane_bottom").isChecked()
    # Hidden, the list takes the area; opening a record brings the pane back.
    second.findChild(type(second.columnsAction), "recordPaneHidden").trigger()
    assert registry.pane.is_collapsed() and registry.recordTabs.width() == 0 \
        or registry.splitter.sizes()[1] == 0
    assert registry.open_record(person)
    registry.list.rowActivated.emit(person)
    assert not registry.pane.is_collapsed()
    second.findChild(type(second.columnsAction), "recordPane_right").trigger()
    assert registry.splitter.orientation() == Qt.Orientation.Horizontal
    assert ctx.settings.record_pane == "right"
