"""The registry table model: paged SQL behind a QAbstractTableModel, read in the background.

Every query runs on the operations layer's reader threads; ``settle()`` lets
the answers in before the test looks.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kzpk_desktop.db.engine import write_session

from kzpk_desktop.gui.registry.columns import COLUMNS
from kzpk_desktop.gui.registry.model import ID_ROLE, RegistryModel
from kzpk_desktop.services import servicemen
from kzpk_desktop.services.registry import RegistryFilter

SURNAME = next(i for i, c in enumerate(COLUMNS) if c.key == "surname")
GIVEN = next(i for i, c in enumerate(COLUMNS) if c.key == "given_name")
IIN = next(i for i, c in enumerate(COLUMNS) if c.key == "iin")
PASSPORT = next(i for i, c in enumerate(COLUMNS) if c.key == "passport_expires")


def surnames(model: RegistryModel) -> list[str]:
    return column(model, SURNAME)


def column(model: RegistryModel, number: int) -> list[str]:
    """The column as the view shows it once every page asked for has arrived."""
    while True:
        values = [model.index(r, number).data() for r in range(model.rowCount())]
        if not any(model.is_placeholder(r) for r in range(model.rowCount())):
            return values
        model._ops.settle()


@pytest.fixture
def make(ops, settle):
    """make(**options): a registry model whose first count and page are in."""
    def build(**options) -> RegistryModel:
        model = RegistryModel(ops, **options)
        settle()
        return model
    return build


@pytest.fixture
def crowd(people):
    people.add("Иванов", "Сергей", patronymic="Петрович", rank="captain")
    people.add("Петрова", "Айгерим", sex="F", rank="lieutenant", status="deployed",
               birth=dt.date(1995, 2, 3))
    people.add("Ибраев", "Нурлан", rank="captain", status="in_training")
    people.add("Әбдіров", "Ерлан", rank="sergeant")
    people.add("Васильева", "Анна", sex="F", status="returned")
    return people


def test_model_passes_qtmodeltester(qtmodeltester, make, settle, crowd):
    model = make()
    qtmodeltester.check(model, force_py=True)  # the Python tester also checks data() types
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester
    assert model.rowCount() == 5 and model.columnCount() == len(COLUMNS)


def test_headers_and_cells(make, settle, crowd):
    model = make(lang="ru")
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))] == [
        "Rank", "Surname", "Given name", "Patronymic", "Name in Latin", "IIN",
        "Service number", "Unit", "Status", "Passport expires", "Documents"]
    row = surnames(model).index("Иванов")
    values = {c.key: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
    assert values["rank"] == "Капитан"
    assert values["patronymic"] == "Петрович"
    assert values["status"] == "Active"
    assert values["passport_expires"] == ""
    assert values["documents"] == ""  # no dated document: no expiry badge
    assert model.index(row, IIN).data(Qt.ItemDataRole.TextAlignmentRole) & \
        Qt.AlignmentFlag.AlignRight.value
    assert isinstance(model.index(row, 0).data(ID_ROLE), int)


def test_default_order_is_alphabetical_by_surname(make, settle, crowd):
    model = make()
    # Kazakh letters take their dictionary place (Ә right after А), not after Я.
    assert surnames(model) == ["Әбдіров", "Васильева", "Ибраев", "Иванов", "Петрова"]


def test_sort_by_surname_descending_and_back(make, settle, crowd):
    model = make()
    model.sort(SURNAME, Qt.SortOrder.DescendingOrder)
    settle()
    assert surnames(model) == ["Петрова", "Иванов", "Ибраев", "Васильева", "Әбдіров"]
    model.sort(SURNAME, Qt.SortOrder.AscendingOrder)
    settle()
    assert surnames(model)[0] == "Әбдіров"


def test_sort_by_iin_column(make, settle, crowd):
    model = make()
    model.sort(IIN, Qt.SortOrder.AscendingOrder)
    settle()
    iins = [model.index(r, IIN).data() for r in range(model.rowCount())]
    assert iins == sorted(iins)


def test_column_without_sort_key_keeps_the_order(make, settle, crowd):
    model = make()
    before = surnames(model)
    model.sort(GIVEN, Qt.SortOrder.DescendingOrder)
    settle()
    assert surnames(model) == before
    assert (model.sort_column, model.sort_order) == (SURNAME, Qt.SortOrder.AscendingOrder)


def test_search_finds_cyrillic_by_lowercase_prefix(make, settle, crowd):
    model = make()
    model.set_filter(RegistryFilter(text="ив"))
    settle()
    assert surnames(model) == ["Иванов"]
    model.set_filter(RegistryFilter(text="и"))
    settle()
    assert surnames(model) == ["Ибраев", "Иванов"]
    assert (model.shown, model.total) == (2, 5)


def test_search_by_iin_and_service_number_prefix(make, settle, crowd):
    model = make()
    iin = model.index(surnames(model).index("Петрова"), IIN).data()
    model.set_filter(RegistryFilter(text=iin[:8]))
    settle()
    assert surnames(model) == ["Петрова"]


def test_filters_by_rank_status_and_sex(make, settle, crowd):
    model = make()
    captain = crowd.rank_id("captain")
    model.set_filter(RegistryFilter(rank_id=captain))
    settle()
    assert surnames(model) == ["Ибраев", "Иванов"]
    model.set_filter(RegistryFilter(rank_id=captain, status="in_training"))
    settle()
    assert surnames(model) == ["Ибраев"]
    model.set_filter(RegistryFilter(sex="F"))
    settle()
    assert surnames(model) == ["Васильева", "Петрова"]
    model.set_filter(RegistryFilter(sex="F", text="ив"))
    settle()
    assert surnames(model) == [] and model.rowCount() == 0


def test_counts_signal_after_filter(qtbot, make, settle, crowd):
    model = make()
    with qtbot.waitSignal(model.countsChanged) as blocker:
        model.set_filter(RegistryFilter(status="deployed"))
    assert blocker.args == [1, 5]


def test_rows_are_fetched_page_by_page(qtbot, qtmodeltester, make, settle, people):
    for i in range(7):
        people.add("Абай" + "ы" * i, "Тест")
    model = make()
    model.PAGE_SIZE = 3  # instance override: pages of three
    model.refresh()
    settle()
    assert model.rowCount() == 7 and list(model._pages) == [0]  # the first page comes along
    # A row of a page not read yet is a placeholder until its page arrives in the background.
    assert model.index(4, SURNAME).data() is None
    assert model.index(4, 0).data() == "Loading…"
    with qtbot.waitSignal(model.dataChanged) as arrived:
        pass
    assert (arrived.args[0].row(), arrived.args[1].row()) == (3, 5)
    assert model.index(4, SURNAME).data() == "Абай" + "ы" * 4
    assert list(model._pages) == [0, 1]  # only the page holding row 4 was read
    assert surnames(model) == ["Абай" + "ы" * i for i in range(7)]
    model.refresh()
    settle()
    qtmodeltester.check(model, force_py=True)  # placeholders are rows like any other
    settle()


def test_refresh_sees_new_rows(make, settle, crowd):
    model = make()
    crowd.add("Жанар", "Айгүл", sex="F")
    assert model.rowCount() == 5
    model.refresh()
    assert model.rowCount() == 5  # the rows shown stay until the new answer is in
    settle()
    assert model.rowCount() == 6 and "Жанар" in surnames(model)


def test_passport_expiry_is_marked(make, people):
    today = dt.date(2025, 6, 1)
    people.add("Алиев", "Арман", passport_number="N1000001",
               passport_issued=dt.date(2015, 1, 1), passport_expires=dt.date(2025, 1, 1))
    people.add("Борисов", "Борис", passport_number="N1000002",
               passport_issued=dt.date(2016, 1, 1), passport_expires=dt.date(2025, 9, 1))
    people.add("Ветров", "Виктор", passport_number="N1000003",
               passport_issued=dt.date(2020, 1, 1), passport_expires=dt.date(2030, 1, 1))
    model = make(today=today)
    cells = [model.index(r, PASSPORT) for r in range(3)]
    assert [c.data() for c in cells] == ["01.01.2025", "01.09.2025", "01.01.2030"]
    assert cells[0].data(Qt.ItemDataRole.ToolTipRole) == "The passport has expired."
    assert cells[1].data(Qt.ItemDataRole.ToolTipRole) == "The passport expires within 6 month(s)."
    assert cells[2].data(Qt.ItemDataRole.ToolTipRole) is None
    assert cells[2].data(Qt.ItemDataRole.ForegroundRole) is None
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole) != cells[1].data(
        Qt.ItemDataRole.ForegroundRole)


def test_row_of_finds_rows_not_fetched_yet(make, settle, people):
    for i in range(7):
        people.add("Абай" + "ы" * i, "Тест")
    model = make()
    model.PAGE_SIZE = 2
    model.refresh()
    settle()
    column(model, SURNAME)
    last_id = model.index(5, SURNAME).data(ID_ROLE)
    model.refresh()  # forget the pages
    settle()
    assert model.row_of(last_id) == 5
    model.sort(SURNAME, Qt.SortOrder.DescendingOrder)
    settle()
    assert model.row_of(last_id) == 1
    model.set_filter(RegistryFilter(text="абаййй"))
    settle()
    assert model.row_of(last_id) is None


def test_a_search_typed_before_a_refresh_is_answered_still_counts_the_total(make, settle,
                                                                           crowd):
    model = make()
    crowd.add("Жанар", "Айгүл", sex="F")
    model.refresh()  # the total is to be counted again...
    model.set_filter(RegistryFilter(text="ив"))  # ...and a keystroke comes first
    settle()
    assert (model.shown, model.total) == (1, 6)


def painted(model: RegistryModel, row: int, number: int) -> str:
    """The text a table's delegate paints in a cell (Qt asks all its roles in one call)."""
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(row, number))
    return option.text


def test_painted_cells_follow_new_answers_and_arriving_pages(make, settle, crowd, people):
    # What was painted is kept for the next paint; it must never outlive the rows.
    model = make()
    before = surnames(model)
    assert [painted(model, r, SURNAME) for r in range(5)] == before
    model.sort(SURNAME, Qt.SortOrder.DescendingOrder)
    settle()
    assert [painted(model, r, SURNAME) for r in range(5)] == before[::-1]
    first = model.index(0, SURNAME).data(ID_ROLE)
    with people.sessions() as s:  # renamed elsewhere
        data = servicemen.get_serviceman(s, first)
    with write_session(people.sessions) as s:
        servicemen.update_serviceman(s, first, dataclasses.replace(data, surname="Ясауи"))
    assert painted(model, 0, SURNAME) != "Ясауи"  # the rows shown stay until the answer
    model.refresh()
    settle()
    assert painted(model, 0, SURNAME) == "Ясауи"
    model.PAGE_SIZE = 2
    model.refresh()
    settle()
    assert painted(model, 4, 0) == "Loading…"  # its page is asked for meanwhile
    settle()
    assert painted(model, 4, SURNAME) == surnames(model)[4] != ""
