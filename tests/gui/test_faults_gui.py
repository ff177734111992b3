"""Database faults in the middle of a clerk's work: one plain message, nothing half-done,
and the next operation just works once the database is back.

The PostgreSQL server is a private cluster the test stops and starts for real
(``pg_cluster``); the SQLite file is locked by another connection holding a
write transaction, as another workstation's long save would.
"""
from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

import pytest
from gui_thread import GuiThreadWork
from pg_cluster import PrivateCluster
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kzpk_desktop.db import faults, migrate
from kzpk_desktop.db.engine import Timeouts, make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.ops import Operations
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.registry.columns import COLUMNS
from kzpk_desktop.services import servicemen
from kzpk_desktop.services.audit import EventFilter, iter_events
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.servicemen import ServicemanData

SURNAME = next(i for i, c in enumerate(COLUMNS) if c.key == "surname")
#: Short waits, so that a test meets the timeouts quickly.
QUICK = Timeouts(busy_ms=300, lock_ms=500, statement_ms=5000)
NOT_WRITTEN = "The file was not written."


# -- the databases ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cluster():
    found = PrivateCluster.create()
    server = make_engine(found.admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.exec_driver_sql("CREATE DATABASE kzpk_template")
    engine = make_engine(make_url(found.admin_url).set(database="kzpk_template"))
    migrate.upgrade(engine, backup=None)
    engine.dispose()
    server.dispose()
    yield found
    found.remove()


_numbers = itertools.count(1)


@pytest.fixture
def pg_url(cluster):
    """A fresh migrated database on the private server (started, whatever the last test did)."""
    try:
        cluster.start()
    except Exception:  # noqa: BLE001 - already running
        pass
    name = f"kzpk_{next(_numbers)}"
    server = make_engine(cluster.admin_url).execution_options(isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE kzpk_template")
    server.dispose()
    return make_url(cluster.admin_url).set(database=name).render_as_string(hide_password=False)


def _add_people(sessions) -> None:
    for n, (surname, given) in enumerate((("Иванов", "Сергей"), ("Петров", "Олег"),
                                          ("Сидоров", "Иван")), start=1):
        iin = next(i for i in (make_iin(dt.date(1990, 5, 17), "M", serial)
                               for serial in itertools.count(n * 10)) if i is not None)
        data = ServicemanData(iin=iin, service_number=f"SN-{n:05d}", surname=surname,
                              given_name=given, sex="M", status="active")
        with write_session(sessions) as s:
            servicemen.create_serviceman(s, data)


def _window(qtbot, url, settings):
    from kzpk_desktop.gui.main_window import MainWindow

    engine = make_engine(url, timeouts=QUICK)
    sessions = make_session_factory(engine)
    ops = Operations(sessions)
    ctx = AreaContext(sessions=sessions, settings=settings, lang="ru", ops=ops)
    _add_people(sessions)
    window = MainWindow(ctx, database="test")
    qtbot.addWidget(window, before_close_func=lambda w: w.page("registry").form.load(None))
    window.show()
    page = window.show_area("registry")
    ops.settle()
    return window, page, ops, engine


@pytest.fixture
def on_server(qtbot, pg_url, settings, prompts):
    """(window, registry page, ops) on the private PostgreSQL server."""
    window, page, ops, engine = _window(qtbot, pg_url, settings)
    yield window, page, ops
    ops.settle()
    ops.shutdown()
    engine.dispose()


@pytest.fixture
def on_file(qtbot, db_path, settings, prompts):
    """(window, registry page, ops, the file's path) on an SQLite file."""
    window, page, ops, engine = _window(qtbot, f"sqlite:///{db_path}", settings)
    yield window, page, ops, db_path
    ops.settle()
    ops.shutdown()
    engine.dispose()


@pytest.fixture
def held_lock(on_file):
    """Another connection holding the file's write lock (BEGIN EXCLUSIVE) until released."""
    conn = sqlite3.connect(on_file[3], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def listed(page) -> list[str]:
    page._ops.settle()
    return [page.model.index(r, SURNAME).data() for r in range(page.model.rowCount())]


def status(window) -> str:
    return window.statusBar().currentMessage()


def unreachable() -> str:
    return faults.UNREACHABLE_MSG


def file_busy() -> str:
    return faults.FILE_BUSY_MSG


def open_and_edit(qtbot, page, type_text, surname: str, phone: str) -> None:
    row = listed(page).index(surname)
    page.list.table.setFocus()
    page.list.table.selectRow(row)
    qtbot.waitUntil(lambda: page.form.record_id == page.model.id_at(row))
    type_text(page.form.ui.phoneEdit, phone)
    assert page.form.is_dirty()


def phone_of(sessions, surname: str) -> str | None:
    with sessions() as s:
        return s.scalar(select(Serviceman.phone).where(Serviceman.surname == surname))


def export_events(sessions) -> list[dict]:
    with sessions() as s:
        return [e.changes for e in iter_events(s, EventFilter(action="export"))]


class SaveTo:
    """Stands in for the file dialog: the path chosen."""

    def __init__(self, monkeypatch, path) -> None:
        from PySide6.QtWidgets import QFileDialog

        self.path = path
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **kw: (str(self.path), "")))


# -- the server goes away ------------------------------------------------------------------------

def test_a_search_while_the_server_is_down_says_so_and_the_next_one_works(
        qtbot, cluster, on_server):
    window, page, ops = on_server
    assert listed(page) == ["Иванов", "Петров", "Сидоров"]

    cluster.stop()
    page.list.searchEdit.setText("ив")
    page.list.apply_filter()
    ops.settle()
    assert status(window) == unreachable()
    assert listed(page) == ["Иванов", "Петров", "Сидоров"]  # the last answer stays, whole
    assert ops.offline

    cluster.start()
    with qtbot.waitSignal(ops.connectionRestored):
        page.list.apply_filter()  # the same search again: nothing to restart, no dialog
        ops.settle()
    assert listed(page) == ["Иванов", "Сидоров"]
    assert status(window) == "The connection to the database is back."
    assert not ops.offline


def test_a_save_while_the_server_is_down_keeps_the_edits_and_works_once_it_is_back(
        qtbot, cluster, on_server, prompts, type_text):
    window, page, ops = on_server
    open_and_edit(qtbot, page, type_text, "Петров", "+7 701 111 22 33")

    cluster.stop()
    assert not page.save()
    assert prompts.informed == [("Not saved", unreachable())]
    assert page.form.is_dirty()  # nothing lost on screen

    cluster.start()
    assert page.save()
    assert phone_of(ops.sessions, "Петров") == "+7 701 111 22 33"
    assert not page.form.is_dirty()


def test_an_export_cut_by_the_server_leaves_no_file_and_the_next_one_is_audited(
        qtbot, cluster, on_server, prompts, monkeypatch, tmp_path):
    from kzpk_desktop.services import registry

    window, page, ops = on_server
    out = tmp_path / "out"
    out.mkdir()
    target = out / "list.xlsx"
    SaveTo(monkeypatch, target)
    real_stream = registry.stream

    def stream_then_lose_the_server(*args, **kwargs):
        # The rows are read; the server goes before the export is recorded.
        yield from real_stream(*args, **kwargs)
        cluster.stop()

    monkeypatch.setattr(registry, "stream", stream_then_lose_the_server)
    page.export_list()
    [(title, text)] = prompts.informed
    assert text == f"{NOT_WRITTEN}\n\n{unreachable()}"
    assert list(out.iterdir()) == []  # no workbook without its audit event

    cluster.start()
    monkeypatch.setattr(registry, "stream", real_stream)
    prompts.answers = [Button.Close]
    page.export_list()
    assert target.exists()
    [event] = export_events(ops.sessions)
    assert event["report"] == "servicemen-list" and event["rows"] == 3


# -- another workstation holds the file ------------------------------------------------------------

@pytest.mark.sqlite_only
def test_a_search_while_another_workstation_writes_still_answers(on_file, held_lock):
    window, page, ops, _path = on_file
    page.list.searchEdit.setText("пет")
    page.list.apply_filter()
    assert listed(page) == ["Петров"]  # readers never wait for a writer (WAL)
    assert status(window) == ""


@pytest.mark.sqlite_only
def test_a_save_behind_another_workstations_lock_is_refused_plainly_then_works(
        qtbot, on_file, held_lock, prompts, type_text):
    window, page, ops, _path = on_file
    open_and_edit(qtbot, page, type_text, "Иванов", "+7 702 000 00 01")

    assert not page.save()  # waits the busy timeout, no longer
    assert prompts.informed == [("Not saved", file_busy())]
    assert page.form.is_dirty()
    assert phone_of(ops.sessions, "Иванов") is None

    held_lock.execute("ROLLBACK")
    assert page.save()
    assert phone_of(ops.sessions, "Иванов") == "+7 702 000 00 01"


@pytest.mark.sqlite_only
def test_an_export_whose_audit_event_cannot_be_written_leaves_no_file(
        qtbot, on_file, held_lock, prompts, monkeypatch, tmp_path):
    window, page, ops, _path = on_file
    out = tmp_path / "out"
    out.mkdir()
    SaveTo(monkeypatch, out / "list.xlsx")

    page.export_list()  # the rows are read; the audit event waits for the lock, in vain
    [(_title, text)] = prompts.informed
    assert text == f"{NOT_WRITTEN}\n\n{file_busy()}"
    assert list(out.iterdir()) == []

    held_lock.execute("ROLLBACK")
    prompts.answers = [Button.Close]
    page.export_list()
    assert (out / "list.xlsx").exists()
    assert [e["report"] for e in export_events(ops.sessions)] == ["servicemen-list"]


# -- the GUI thread never waits for the database --------------------------------------------------

def test_scrolling_and_searching_open_no_session_on_the_gui_thread(
        qtbot, sessions, ops, settings, people, type_text):
    from PySide6.QtWidgets import QApplication

    from kzpk_desktop.gui.registry.page import RegistryPage

    letters = "абвгдежзиклмнопрстуфхцчшщэюя"
    names = [f"Абаев{a}{b}" for a in letters for b in letters][:120]
    for name in names:
        people.add(name, "Тест")
    ctx = AreaContext(sessions=sessions, settings=settings, lang="ru", ops=ops)
    page = RegistryPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.model.PAGE_SIZE = 20  # many pages for the scrolling to ask for
    page.model.refresh()
    ops.settle()
    with GuiThreadWork() as work:
        bar = page.list.table.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 12)):
            bar.setValue(value)  # the view asks data() for rows of pages not read yet
            QApplication.processEvents()
        bar.setValue(bar.maximum())
        ops.settle()
        type_text(page.list.searchEdit, "абаевб")
        qtbot.waitUntil(lambda: page.model.count == len(letters))
        page.list.searchEdit.clear()
        page.list.apply_filter()
        ops.settle()
        bar.setValue(bar.maximum() // 2)
        ops.settle()
    assert work.on_gui == [], work.report()
    assert work.on_workers > 6  # the pages and the searches were read, off the GUI thread
    assert page.model.count == 120
