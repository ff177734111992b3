"""The Paperwork area and "Export…" on lists, as a clerk uses them: the file written and
reopened, a cancel that leaves nothing, a refused target, the audit trail, the list exported
exactly as shown (search, sort, columns), CSV with a byte-order mark."""
from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import planning_builders as b
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QTableView
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import PersonnelCategory, RosterEntry
from kzpk_desktop.gui.area import EXPORT
from kzpk_desktop.gui.ops.task_dialog import TaskDialog
from kzpk_desktop.gui.paperwork.chooser import ServicemanChooser
from kzpk_desktop.gui.paperwork.page import PaperworkPage
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.registry.page import RegistryPage
from kzpk_desktop.gui.widgets.table import Column as ViewColumn
from kzpk_desktop.gui.widgets.table import RowsModel
from kzpk_desktop.services import registry
from kzpk_desktop.services.audit import EventFilter, iter_events

TODAY = dt.date.today()


class SaveDialog:
    """Stands in for the save dialog: answers with a path, records what it was offered."""

    def __init__(self, monkeypatch) -> None:
        self.answer: tuple[str, str] = ("", "")
        self.offered: list[tuple[str, str]] = []  # (suggested path, filters)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._ask))

    def _ask(self, parent, caption, suggested, filters, *args, **kwargs):
        self.offered.append((suggested, filters))
        return self.answer

    def choose(self, path, file_type: str = "xlsx") -> None:
        self.answer = (str(path), next(f for f in self.filters() if file_type in f))

    @staticmethod
    def filters() -> list[str]:
        return ["Excel workbook (*.xlsx)", "CSV, UTF-8 with BOM (*.csv)"]


@pytest.fixture
def save_dialog(monkeypatch) -> SaveDialog:
    return SaveDialog(monkeypatch)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the exported files (the database lives beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """URLs the app asked the desktop to open (instead of starting a spreadsheet program)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


@pytest.fixture
def rotation(sessions):
    """UNDOF-3 with two people cleared for it (a captain and a private) and one nominated."""
    with write_session(sessions) as s:
        decision = b.decision(s, "DEC-1", ceiling=10, missions={"UNDOF": 10})
        rot = b.rotation(s, decision, number=3)
        troops = s.scalar(select(PersonnelCategory.id).where(PersonnelCategory.code == "troops"))
        people = {}
        for key, surname, latin, rank, status in (
                ("bekov", "Беков", "BEKOV", "captain", "approved"),
                ("ivanov", "Иванов", "IVANOV", "private", "approved"),
                ("kim", "Ким", "KIM", "private", "nominated")):
            man = b.person(s, surname, rank=rank)
            man.surname_latin = latin
            s.add(RosterEntry(rotation_id=rot.id, serviceman_id=man.id, category_id=troops,
                              status=status, appointment="Rifleman"))
            people[key] = man
        s.flush()
        return {"id": rot.id, **{k: (m.id, m.iin) for k, m in people.items()}}


@pytest.fixture
def page(qtbot, ctx, prompts, rotation):
    page = PaperworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


class PressCancel(QObject):
    """Presses Cancel the moment the progress dialog appears."""

    pressed = 0

    def eventFilter(self, watched, event):
        if isinstance(watched, TaskDialog) and event.type() == QEvent.Type.Show \
                and not self.pressed:
            self.pressed += 1
            watched.findChild(QPushButton).click()
        return False


def header_row(ws) -> int:
    return int(ws.print_title_rows.split(":")[0].lstrip("$"))


def table_rows(ws) -> list[list]:
    """The rows under the header, as written."""
    first = header_row(ws) + 1
    return [list(r) for r in ws.iter_rows(min_row=first, values_only=True)]


def export_events(sessions) -> list[dict]:
    with sessions() as s:
        return [e.changes for e in iter_events(s, EventFilter(action="export"))]


# -- the Paperwork area ---------------------------------------------------------------------

def test_a_nominal_roll_is_written_reopened_and_audited(page, save_dialog, prompts, sessions,
                                                         settings, rotation, out):
    assert page.titleLabel.text() == "UN nominal roll"
    assert page.languageCombo.currentData() == "en"  # the UN roll is in English by default
    assert page.markingEdit.text() == "For official use only"  # the English roll's marking
    assert page.rotationCombo.currentData() == rotation["id"]
    target = out / "roll.xlsx"
    save_dialog.choose(target)
    prompts.answers = [Button.Close]

    page.exportButton.click()

    [(suggested, filters)] = save_dialog.offered
    assert suggested.endswith(f"nominal-roll-UNDOF-3-{TODAY:%Y-%m-%d}.xlsx")
    assert filters == "Excel workbook (*.xlsx)"
    [(title, text)] = prompts.asked
    assert title == "UN nominal roll"
    assert text == f"Saved as roll.xlsx\nin the folder {out}"
    assert prompts.informed == []
    ws = openpyxl.load_workbook(target)["Nominal roll"]
    assert ws["A1"].value is None and ws.cell(1, ws.max_column).value == "For official use only"
    rows = [r for r in table_rows(ws) if isinstance(r[0], int)]
    # Senior first; the nominated person is not cleared, so not on the roll.
    assert [(r[0], r[1], r[2]) for r in rows] == [(1, "Captain", "BEKOV"),
                                                  (2, "Private", "IVANOV")]
    assert settings.last_folder == str(out)
    assert export_events(sessions) == [{"report": "nominal-roll", "file": "roll.xlsx",
                                        "rotation": rotation["id"], "mission": None,
                                        "lang": "en"}]


def test_the_suggested_file_is_named_after_the_roll_in_the_last_folder(page, save_dialog,
                                                                        settings, out):
    settings.last_folder = str(out)
    assert page.export() is None  # the clerk closes the save dialog: nothing happens
    [(suggested, _filters)] = save_dialog.offered
    assert suggested == str(out / f"nominal-roll-UNDOF-3-{TODAY:%Y-%m-%d}.xlsx")
    assert not any(p.suffix == ".xlsx" for p in out.iterdir())


def test_a_mission_roll_takes_the_date_and_a_name_typed_without_extension(
        page, save_dialog, prompts, sessions, settings, out):
    settings.last_folder = str(out)
    page.missionRadio.setChecked(True)
    page.missionCombo.setCurrentIndex(page.missionCombo.findData("UNDOF"))
    assert page.asOfEdit.isEnabled() and not page.rotationCombo.isEnabled()
    page.asOfEdit.setDate(dt.date(2025, 6, 1))
    save_dialog.choose(out / "undof")  # no extension typed
    prompts.answers = [Button.Close]

    page.exportButton.click()

    assert save_dialog.offered[0][0] == str(out / "nominal-roll-UNDOF-2025-06-01.xlsx")
    assert (out / "undof.xlsx").is_file()
    [event] = export_events(sessions)
    assert event["mission"] == "UNDOF" and event["as_of"] == "2025-06-01"


def test_cancel_leaves_no_file_and_no_audit_event(page, save_dialog, prompts, sessions, qapp,
                                                  out):
    target = out / "roll.xlsx"
    save_dialog.choose(target)
    presser = PressCancel()
    qapp.installEventFilter(presser)
    try:
        assert page.export() is None
    finally:
        qapp.removeEventFilter(presser)
    assert presser.pressed == 1
    assert list(out.iterdir()) == []  # not the file, not a temporary one
    assert prompts.informed == [] and prompts.asked == []  # cancelling is not an error
    assert export_events(sessions) == []


def test_a_cancelled_export_keeps_the_old_file(page, save_dialog, qapp, out):
    target = out / "roll.xlsx"
    target.write_bytes(b"the roll sent last week")
    save_dialog.choose(target)
    presser = PressCancel()
    qapp.installEventFilter(presser)
    try:
        page.export()
    finally:
        qapp.removeEventFilter(presser)
    assert target.read_bytes() == b"the roll sent last week"


def test_a_folder_as_target_is_refused_in_plain_words_before_any_work(
        page, save_dialog, prompts, sessions, qapp, out):
    folder = out / "roll.xlsx"
    folder.mkdir()
    save_dialog.choose(folder)
    shown = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if isinstance(watched, TaskDialog) and event.type() == QEvent.Type.Show:
                shown.append(watched)
            return False

    watch = Watch()
    qapp.installEventFilter(watch)
    try:
        assert page.export() is None
    finally:
        qapp.removeEventFilter(watch)
    assert shown == []  # refused before the background work started
    refusal = (f"The file was not written.\n\nCannot write {folder}: a folder has that name. "
               "Choose another file name.")
    assert prompts.informed == [("UN nominal roll", refusal)]
    assert export_events(sessions) == []


def test_a_personnel_card_for_a_serviceman_found_in_the_registry(
        page, save_dialog, prompts, sessions, monkeypatch, rotation, out):
    page.select_report("personnel-card")
    assert page.iinEdit.isVisible() and not page.rotationCombo.isVisible()
    assert page.languageCombo.currentData() == "ru"
    with sessions() as s:
        found = registry.by_iin(s, rotation["ivanov"][1])
    monkeypatch.setattr(ServicemanChooser, "ask", classmethod(lambda cls, *a: found))
    page.findButton.click()
    assert page.iinEdit.text() == rotation["ivanov"][1]
    assert page.personLabel.text() == "Рядовой Иванов Ерлан"
    save_dialog.choose(out / "card.xlsx")
    prompts.answers = [Button.Close]

    page.exportButton.click()

    assert save_dialog.offered[0][0].endswith(
        f"personnel-card-{rotation['ivanov'][1]}-{TODAY:%Y-%m-%d}.xlsx")
    ws = openpyxl.load_workbook(out / "card.xlsx").active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    assert "Иванов" in values and rotation["ivanov"][1] in values
    assert export_events(sessions)[0]["iin"] == rotation["ivanov"][1]


def test_an_unknown_iin_is_refused_before_the_file_is_asked_for(page, save_dialog, prompts):
    page.select_report("personnel-card")
    page.iinEdit.setText("791028302728")
    assert page.personLabel.text() == "No serviceman has this IIN."
    page.exportButton.click()
    assert save_dialog.offered == []
    assert prompts.informed == [("Personnel card", "No serviceman has the IIN 791028302728.")]


def test_expiring_documents_default_to_the_warning_window_and_the_marking_of_the_language(
        page, save_dialog, prompts, settings, ctx, qtbot, opened, out):
    page.select_report("expiring")
    assert page.withinSpin.value() == 90  # services.settings.warning_window_days
    assert page.markingEdit.text() == "Для служебного пользования"
    page.languageCombo.setCurrentIndex(page.languageCombo.findData("kk"))
    page.languageCombo.activated.emit(page.languageCombo.currentIndex())
    assert page.markingEdit.text() == "Қызмет бабында пайдалану үшін"  # the Kazakh default
    page.markingEdit.setText("")  # no marking on this one
    save_dialog.choose(out / "expiring.xlsx")
    prompts.answers = [Button.Apply]  # "Open folder"

    page.exportButton.click()

    assert opened == [str(out)]
    ws = openpyxl.load_workbook(out / "expiring.xlsx").active
    assert ws.cell(1, ws.max_column).value is None
    assert ws["A3"].value == "Мерзімі өткен немесе 90 күн ішінде өтетін құжаттар"
    again = PaperworkPage(ctx)
    qtbot.addWidget(again)
    again.select_report("expiring")
    assert again.languageCombo.currentData() == "kk"
    assert again.markingEdit.text() == "Қызмет бабында пайдалану үшін"  # the edit was one-off


def test_open_file_opens_the_written_file(page, save_dialog, prompts, opened, out):
    page.select_report("contributions")
    assert page.languageCombo.currentData() == "en"
    save_dialog.choose(out / "contrib.xlsx")
    prompts.answers = [Button.Open]
    page.exportButton.click()
    assert opened == [str(out / "contrib.xlsx")]


def test_participation_over_the_chosen_period_counts_persons_and_tours(
        page, save_dialog, prompts, sessions, rotation, out):
    from kzpk_desktop.services.rosters import set_status

    for key, day in (("bekov", dt.date(2025, 3, 2)), ("ivanov", dt.date(2025, 3, 3))):
        with write_session(sessions) as s:
            entry = s.scalar(select(RosterEntry).where(
                RosterEntry.serviceman_id == rotation[key][0]))
            entry.status = "nominated"  # made without history by the fixture: go through it
            set_status(s, entry.id, "approved", on=dt.date(2025, 2, 1))
            set_status(s, entry.id, "deployed", on=day)
    page.select_report("participation")
    assert not page.periodBox.isHidden() and page.asOfEdit.isHidden()
    page.fromEdit.setDate(dt.date(2025, 1, 1))
    page.toEdit.setDate(dt.date(2024, 12, 31))
    page.exportButton.click()
    assert prompts.informed == [("Participation history", "The period ends before it starts: "
                                 "choose a later \"to\" date.")]
    page.toEdit.setDate(TODAY)
    save_dialog.choose(out / "participation.xlsx")
    prompts.answers = [Button.Close]
    page.exportButton.click()
    [(suggested, _filters)] = save_dialog.offered
    assert suggested.endswith(f"participation-2025-01-01-{TODAY:%Y-%m-%d}.xlsx")
    ws = openpyxl.load_workbook(out / "participation.xlsx").active
    assert table_rows(ws)[:2] == [
        ["UNDOF — Силы ООН по наблюдению за разъединением", "Контингент (войска)", 2, 2, 2],
        ["UNDOF — Силы ООН по наблюдению за разъединением", "Все категории", 2, 2, 2]]
    assert export_events(sessions)[-1] == {
        "report": "participation", "file": "participation.xlsx", "from": "2025-01-01",
        "to": TODAY.isoformat(), "lang": "ru"}


# -- "Export…" on the servicemen list ----------------------------------------------------------

@pytest.fixture
def registry_page(qtbot, ctx, prompts, people):
    for n, (surname, given) in enumerate((("Иванов", "Пётр"), ("Ивлева", "Анна"),
                                          ("Петров", "Иван"), ("Сидоров", "Олег"),
                                          ("Ивашко", "Марат"), ("Ивин", "Тест"))):
        passport = {} if surname == "Петров" else {  # one without: an empty cell
            "passport_number": f"N{n:07d}", "passport_expires": dt.date(2030, 1, 1 + n)}
        people.add(surname, given, sex="F" if surname.endswith("а") else "M", **passport)
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    return page


def settled(model) -> None:
    """Wait until a paged model's rows are all in (they are read in the background)."""
    ops = getattr(model, "_ops", None)
    while ops is not None:
        ops.settle()
        if not any(model.is_placeholder(r) for r in range(model.rowCount())):
            return
        for r in range(model.rowCount()):
            model.row(r)


def shown_rows(page) -> list[list[str]]:
    """The list as the clerk sees it: visible columns in visual order, displayed texts."""
    settled(page.model)
    table = page.list.table
    header = table.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [[page.model.index(r, c).data() or "" for c in columns]
            for r in range(page.model.rowCount())]
    return [headers, *rows]


def as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%d.%m.%Y}"
    return str(value)


def test_the_list_is_exported_exactly_as_shown(registry_page, save_dialog, prompts, sessions,
                                               out):
    page = registry_page
    page.list.searchEdit.setText("ив")
    page.list.apply_filter()
    page.list.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # surname, Я to А
    header = page.list.table.horizontalHeader()
    header.hideSection(3)  # patronymic
    header.moveSection(header.visualIndex(5), 0)  # the IIN first
    expected = shown_rows(page)
    assert len(expected) == 1 + 5  # everyone with a word starting "ив", not Сидоров
    save_dialog.choose(out / "list.xlsx")
    prompts.answers = [Button.Close]

    page.list.exportButton.click()

    [(suggested, filters)] = save_dialog.offered
    assert suggested.endswith(f"servicemen-list-{TODAY:%Y-%m-%d}.xlsx")
    assert filters == ";;".join(SaveDialog.filters())
    ws = openpyxl.load_workbook(out / "list.xlsx").active
    first = header_row(ws)
    written = [[as_text(v) for v in row[:len(expected[0])]]
               for row in ws.iter_rows(min_row=first, values_only=True)]
    assert written == expected
    assert ws.cell(first + 1, 1).data_type == "s"  # the IIN as text
    lines = [ws.cell(r, 1).value for r in range(4, first - 2)]
    assert lines == ["Search: ив", "Sorted by Surname, descending"]
    [event] = export_events(sessions)
    assert event == {"report": "servicemen-list", "file": "list.xlsx", "search": "ив",
                     "rank_id": None, "status": None, "sex": None, "sort": "surname",
                     "descending": True, "rows": 5}


def test_csv_has_a_byte_order_mark_and_cyrillic_intact(registry_page, save_dialog, prompts,
                                                       out):
    page = registry_page
    page.list.statusFilter.setCurrentIndex(page.list.statusFilter.findData("active"))
    expected = shown_rows(page)
    save_dialog.choose(out / "list", file_type="csv")  # the type chosen, no extension
    prompts.answers = [Button.Close]

    page.export_list()

    raw = (out / "list.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8")
    assert "Ивлева" in text and "Сидоров" in text
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == expected[0]
    assert rows[1:] == expected[1:]


def test_ctrl_e_exports_the_current_list_from_the_file_menu(window, save_dialog, prompts,
                                                            people, qtbot, out):
    people.add("Жанибеков", "Тимур")
    registry = window.show_area("registry")
    action = window.commandActions[EXPORT]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+E"
    save_dialog.choose(out / "all.xlsx")
    prompts.answers = [Button.Close]
    registry.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert (out / "all.xlsx").is_file()
    window.show_area("paperwork")
    assert not action.isEnabled()  # the Paperwork area has no list to export


# -- the reusable mechanism on a list held in memory ----------------------------------------

def test_export_view_writes_each_column_as_its_spec_declares(
        qtbot, ops, settings, save_dialog, prompts, out):
    from dataclasses import dataclass

    from kzpk_desktop.gui.list_export import export_view
    from kzpk_desktop.gui.widgets.table import date_column

    @dataclass(frozen=True)
    class Row:
        id: int
        name: str
        iin: str
        since: dt.date | None
        people: int

    columns = (ViewColumn("name", "Name", lambda r: r.name),
               ViewColumn("iin", "IIN", lambda r: r.iin, kind="id"),
               date_column("since", "Since", lambda r: r.since),
               ViewColumn("people", "People", lambda r: str(r.people), kind="int",
                          cell=lambda r: r.people))
    model = RowsModel(columns, "Test")
    model.set_rows([Row(1, "Бекова", "061211600012", dt.date(2025, 2, 1), 12),
                    Row(2, "Алиев", "791028302728", None, 7)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    save_dialog.choose(out / "view.xlsx")
    prompts.answers = [Button.Close]

    export_view(None, ops, settings, table, name="test", title="Test list")

    ws = openpyxl.load_workbook(out / "view.xlsx").active
    first = header_row(ws)
    rows = [list(r[:4]) for r in ws.iter_rows(min_row=first, values_only=True)]
    assert rows == [["Name", "IIN", "Since", "People"],
                    ["Алиев", "791028302728", None, 7],
                    ["Бекова", "061211600012", dt.datetime(2025, 2, 1), 12]]
    assert ws.cell(first + 2, 2).data_type == "s"  # leading zero kept


# -- "Export…" wired into the other lists -------------------------------------------------------

def table_texts(table) -> list[list[str]]:
    """Any list as the clerk sees it: visible columns in visual order, displayed texts."""
    from kzpk_desktop.gui.list_export import visible_sections

    model, sections = table.model(), visible_sections(table)
    settled(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in sections]
    return [headers, *([model.index(r, c).data() or "" for c in sections]
                       for r in range(model.rowCount()))]


def written_texts(path, width: int) -> list[list[str]]:
    ws = openpyxl.load_workbook(path).active
    return [[as_text(v) for v in row[:width]]
            for row in ws.iter_rows(min_row=header_row(ws), values_only=True)]


def test_the_expiring_list_is_exported_page_by_page_as_shown(qtbot, ctx, sessions, prompts,
                                                              save_dialog, monkeypatch, out):
    from kzpk_desktop.gui import list_export
    from kzpk_desktop.gui.documents.expiring_page import ExpiringPage

    with write_session(sessions) as s:
        for i, surname in enumerate(("Алиев", "Бекова", "Ганиев", "Доронин", "Есенова")):
            man = b.person(s, surname, docs=False)
            b.document(s, man, "medical_fitness", expires=dt.date(2026, 1, 10 + i),
                       number=f"MED-0{i}")
    page = ExpiringPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.today = dt.date(2026, 1, 1)
    page.apply_filter()
    page.table.horizontalHeader().hideSection(3)  # the document's number
    expected = table_texts(page.table)
    assert len(expected) == 1 + 5
    monkeypatch.setattr(list_export, "EXPORT_BATCH", 2)  # three queries for five rows
    save_dialog.choose(out / "expiring.xlsx")
    prompts.answers = [Button.Close]

    page.exportButton.click()

    assert written_texts(out / "expiring.xlsx", len(expected[0])) == expected
    assert save_dialog.offered[0][0].endswith(f"expiring-documents-list-{TODAY:%Y-%m-%d}.xlsx")
    [event] = export_events(sessions)
    assert event["report"] == "expiring-documents-list" and event["rows"] == 5


def test_the_open_roster_is_exported_as_shown(qtbot, ctx, sessions, prompts, save_dialog,
                                              rotation, out):
    from kzpk_desktop.gui.planning.missions_page import MissionsPage

    page = MissionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.open_roster(rotation["id"])
    assert EXPORT in page.commands()
    expected = table_texts(page.roster.table)
    assert len(expected) == 1 + 3
    save_dialog.choose(out / "roster.xlsx")
    prompts.answers = [Button.Close]

    page.export_list()

    assert written_texts(out / "roster.xlsx", len(expected[0])) == expected
    assert export_events(sessions)[0] == {"report": "roster-list", "file": "roster.xlsx",
                                          "rotation": rotation["id"], "rows": 3}


def test_an_all_digit_service_number_is_written_as_text_with_its_zeros(
        qtbot, ctx, sessions, prompts, save_dialog, settle, out):
    """The column spec says how a cell is written; the digits shown are not guessed at."""
    from kzpk_desktop.gui.units.page import UnitsPage

    with write_session(sessions) as s:
        regiment = b.unit(s, "Полк 1")
        for surname, number in (("Алиев", "00012345"), ("Бекова", "90000001")):
            man = b.person(s, surname, docs=False)
            man.service_number = number
            b.assign(s, man, regiment, since=dt.date(2024, 3, 1))
    page = UnitsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    settle()
    page.select(regiment.id)
    settle()
    expected = table_texts(page.members.table)
    assert len(expected) == 1 + 2
    save_dialog.choose(out / "members.xlsx")
    prompts.answers = [Button.Close]

    page.export_list()

    assert written_texts(out / "members.xlsx", len(expected[0])) == expected
    ws = openpyxl.load_workbook(out / "members.xlsx").active
    first = header_row(ws)
    headers = [c.value for c in ws[first]]
    number = headers.index("Service number") + 1
    since = headers.index("Since") + 1
    cells = [ws.cell(first + r, number) for r in (1, 2)]
    assert [(c.value, c.data_type) for c in cells] == [("00012345", "s"), ("90000001", "s")]
    assert ws.cell(first + 1, since).value == dt.datetime(2024, 3, 1)  # a date, not text


def test_the_decisions_are_exported_as_shown(qtbot, ctx, sessions, prompts, save_dialog, out):
    from kzpk_desktop.gui.planning.decisions_page import DecisionsPage

    with write_session(sessions) as s:
        b.decision(s, "12-VII", ceiling=250)
        b.decision(s, "0007", ceiling=40)
    page = DecisionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert EXPORT in page.commands()
    expected = table_texts(page.table)
    assert len(expected) == 1 + 2
    save_dialog.choose(out / "decisions.xlsx")
    prompts.answers = [Button.Close]

    page.exportButton.click()

    assert written_texts(out / "decisions.xlsx", len(expected[0])) == expected
    ws = openpyxl.load_workbook(out / "decisions.xlsx").active
    first = header_row(ws)
    headers = [c.value for c in ws[first]]
    numbers = {ws.cell(r, 1).value: ws.cell(r, headers.index("Ceiling") + 1).value
               for r in (first + 1, first + 2)}
    assert numbers == {"12-VII": 250, "0007": 40}  # ceilings as numbers, "0007" as text
    assert export_events(sessions)[0]["report"] == "decisions-list"


def test_the_users_are_exported_as_shown(qtbot, ops, settings, sessions, prompts, save_dialog,
                                         out):
    from kzpk_desktop.gui.security.users import UsersDialog
    from kzpk_desktop.services import accounts, auth

    with write_session(sessions) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin", "Админ Админов")
        accounts.create_user(s, "clerk", "correct horse battery", "clerk")
    auth.bind_actor(sessions, auth.Actor("admin", "admin"))
    dialog = UsersDialog(ops, settings)
    qtbot.addWidget(dialog)
    expected = table_texts(dialog.table)
    assert [row[0] for row in expected] == ["User name", "admin", "clerk"]
    save_dialog.choose(out / "users.xlsx")
    prompts.answers = [Button.Close]

    dialog.exportButton.click()

    written = written_texts(out / "users.xlsx", 4)
    assert written == [row[:4] for row in expected]
    assert export_events(sessions)[0]["report"] == "users-list"


def test_in_a_kazakh_session_the_ministrys_reports_default_to_kazakh_and_its_marking(
        qtbot, ctx, prompts, rotation):
    from dataclasses import replace
    page = PaperworkPage(replace(ctx, lang="kk"))
    qtbot.addWidget(page)
    page.show()
    for report in ("parliament-report", "participation", "personnel-card", "expiring"):
        page.select_report(report)
        assert page.languageCombo.currentData() == "kk", report
        qtbot.waitUntil(lambda: page.markingEdit.text() == "Қызмет бабында пайдалану үшін")
    page.select_report("nominal-roll")  # the UN's papers stay in English
    assert page.languageCombo.currentData() == "en"
    assert page.markingEdit.text() == "For official use only"
