"""The registry table model: paged SQL behind a QAbstractTableModel."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from kzpk_desktop.gui.registry.columns import COLUMNS
from kzpk_desktop.gui.registry.model import ID_ROLE, RegistryModel
from kzpk_desktop.services.registry import RegistryFilter

SURNAME = next(i for i, c in enumerate(COLUMNS) if c.key == "surname")
GIVEN = next(i for i, c in enumerate(COLUMNS) if c.key == "given_name")
IIN = next(i for i, c in enumerate(COLUMNS) if c.key == "iin")
PASSPORT = next(i for i, c in enumerate(COLUMNS) if c.key == "passport_expires")


def surnames(model: RegistryModel) -> list[str]:
    return [model.index(r, SURNAME).data() for r in range(model.rowCount())]


@pytest.fixture
def crowd(people):
    people.add("Иванов", "Сергей", patronymic="Петрович", rank="captain")
    people.add("Петрова", "Айгерим", sex="F", rank="lieutenant", status="deployed",
               birth=dt.date(1995, 2, 3))
    people.add("Ибраев", "Нурлан", rank="captain", status="in_training")
    people.add("Әбдіров", "Ерлан", rank="sergeant")
    people.add("Васильева", "Анна", sex="F", status="returned")
    return people


def test_model_passes_qtmodeltester(qtmodeltester, sessions, crowd):
    model = RegistryModel(sessions)
    qtmodeltester.check(model, force_py=True)  # the Python tester also checks data() types
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester
    assert model.rowCount() == 5 and model.columnCount() == len(COLUMNS)


def test_headers_and_cells(sessions, crowd):
    model = RegistryModel(sessions, lang="ru")
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


def test_default_order_is_alphabetical_by_surname(sessions, crowd):
    model = RegistryModel(sessions)
    # Kazakh letters take their dictionary place (Ә right after А), not after Я.
    assert surnames(model) == ["Әбдіров", "Васильева", "Ибраев", "Иванов", "Петрова"]


def test_sort_by_surname_descending_and_back(sessions, crowd):
    model = RegistryModel(sessions)
    model.sort(SURNAME, Qt.SortOrder.DescendingOrder)
    assert surnames(model) == ["Петрова", "Иванов", "Ибраев", "Васильева", "Әбдіров"]
    model.sort(SURNAME, Qt.SortOrder.AscendingOrder)
    assert surnames(model)[0] == "Әбдіров"


def test_sort_by_iin_column(sessions, crowd):
    model = RegistryModel(sessions)
    model.sort(IIN, Qt.SortOrder.AscendingOrder)
    iins = [model.index(r, IIN).data() for r in range(model.rowCount())]
    assert iins == sorted(iins)


def test_column_without_sort_key_keeps_the_order(sessions, crowd):
    model = RegistryModel(sessions)
    before = surnames(model)
    model.sort(GIVEN, Qt.SortOrder.DescendingOrder)
    assert surnames(model) == before
    assert (model.sort_column, model.sort_order) == (SURNAME, Qt.SortOrder.AscendingOrder)


def test_search_finds_cyrillic_by_lowercase_prefix(sessions, crowd):
    model = RegistryModel(sessions)
    model.set_filter(RegistryFilter(text="ив"))
    assert surnames(model) == ["Иванов"]
    model.set_filter(RegistryFilter(text="и"))
    assert surnames(model) == ["Ибраев", "Иванов"]
    assert (model.shown, model.total) == (2, 5)


def test_search_by_iin_and_service_number_prefix(sessions, crowd):
    model = RegistryModel(sessions)
    iin = model.index(surnames(model).index("Петрова"), IIN).data()
    model.set_filter(RegistryFilter(text=iin[:8]))
    assert surnames(model) == ["Петрова"]


def test_filters_by_rank_status_and_sex(sessions, crowd):
    model = RegistryModel(sessions)
    captain = crowd.rank_id("captain")
    model.set_filter(RegistryFilter(rank_id=captain))
    assert surnames(model) == ["Ибраев", "Иванов"]
    model.set_filter(RegistryFilter(rank_id=captain, status="in_training"))
    assert surnames(model) == ["Ибраев"]
    model.set_filter(RegistryFilter(sex="F"))
    assert surnames(model) == ["Васильева", "Петрова"]
    model.set_filter(RegistryFilter(sex="F", text="ив"))
    assert surnames(model) == [] and model.rowCount() == 0


def test_counts_signal_after_filter(qtbot, sessions, crowd):
    model = RegistryModel(sessions)
    with qtbot.waitSignal(model.countsChanged) as blocker:
        model.set_filter(RegistryFilter(status="deployed"))
    assert blocker.args == [1, 5]


def test_rows_are_fetched_page_by_page(sessions, people):
    for i in range(7):
        people.add("Абай" + "ы" * i, "Тест")
    model = RegistryModel(sessions)
    model.PAGE_SIZE = 3  # instance override: pages of three
    model.refresh()
    assert model.rowCount() == 7 and model._pages == {}
    assert model.index(4, SURNAME).data() == "Абай" + "ы" * 4
    assert list(model._pages) == [1]  # only the page holding row 4 was read
    assert [model.index(r, SURNAME).data() for r in range(7)] == \
        ["Абай" + "ы" * i for i in range(7)]


def test_refresh_sees_new_rows(sessions, crowd):
    model = RegistryModel(sessions)
    crowd.add("Жанар", "Айгүл", sex="F")
    assert model.rowCount() == 5
    model.refresh()
    assert model.rowCount() == 6 and "Жанар" in surnames(model)


def test_passport_expiry_is_marked(sessions, people):
    today = dt.date(2025, 6, 1)
    people.add("Алиев", "Арман", passport_number="N1000001",
               passport_issued=dt.date(2015, 1, 1), passport_expires=dt.date(2025, 1, 1))
    people.add("Борисов", "Борис", passport_number="N1000002",
               passport_issued=dt.date(2016, 1, 1), passport_expires=dt.date(2025, 9, 1))
    people.add("Ветров", "Виктор", passport_number="N1000003",
               passport_issued=dt.date(2020, 1, 1), passport_expires=dt.date(2030, 1, 1))
    model = RegistryModel(sessions, today=today)
    cells = [model.index(r, PASSPORT) for r in range(3)]
    assert [c.data() for c in cells] == ["01.01.2025", "01.09.2025", "01.01.2030"]
    assert cells[0].data(Qt.ItemDataRole.ToolTipRole) == "The passport has expired."
    assert cells[1].data(Qt.ItemDataRole.ToolTipRole) == "The passport expires within 6 month(s)."
    assert cells[2].data(Qt.ItemDataRole.ToolTipRole) is None
    assert cells[2].data(Qt.ItemDataRole.ForegroundRole) is None
    assert cells[0].data(Qt.ItemDataRole.ForegroundRole) != cells[1].data(
        Qt.ItemDataRole.ForegroundRole)


def test_row_of_finds_rows_not_fetched_yet(sessions, people):
    for i in range(7):
        people.add("Абай" + "ы" * i, "Тест")
    model = RegistryModel(sessions)
    model.PAGE_SIZE = 2
    model.refresh()
    wanted = model.index(5, SURNAME)
    last_id = wanted.data(ID_ROLE)
    model.refresh()  # forget the pages
    assert model.row_of(last_id) == 5
    model.sort(SURNAME, Qt.SortOrder.DescendingOrder)
    assert model.row_of(last_id) == 1
    model.set_filter(RegistryFilter(text="абаййй"))
    assert model.row_of(last_id) is None
