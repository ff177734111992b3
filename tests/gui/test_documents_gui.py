"""Documents on the record, the expiry badge, the expiring view and the start-up notice."""
from __future__ import annotations

import datetime as dt
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Document, DocumentScan, Setting
from kzpk_desktop.gui.documents.dialog import DocumentDialog
from kzpk_desktop.gui.documents.expiring_page import ExpiringModel
from kzpk_desktop.gui.documents.model import DocumentsModel, lines_of
from kzpk_desktop.gui.documents import scans
from kzpk_desktop.gui.documents.scans import ScanFiles
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.gui.registry.columns import BADGE_COLUMN
from kzpk_desktop.gui.registry.model import RegistryModel
from kzpk_desktop.gui.settings_dialog import BusinessSettingsDialog
from kzpk_desktop.services import accounts, auth, documents, expiry
from kzpk_desktop.services.documents import DocumentData, ScanFile

TODAY = dt.date.today()
SURNAMES = ["Абаев", "Бекова", "Волков", "Гусев"]
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def add_doc(sessions, serviceman_id: int, kind: str, number: str, *, expires: dt.date | None,
            issued: dt.date | None = None) -> int:
    with write_session(sessions) as s:
        return documents.add_document(s, serviceman_id, DocumentData(
            kind=kind, number=number, issued_on=issued or dt.date(2015, 1, 10),
            expires_on=expires)).id


def stored_docs(sessions, serviceman_id: int) -> list[tuple[str, str, bool]]:
    with sessions() as s:
        rows = s.execute(select(Document).where(Document.serviceman_id == serviceman_id)
                         .order_by(Document.id)).scalars()
        return [(d.kind.code, d.number, d.is_current) for d in rows]


def open_record(qtbot, window, serviceman_id: int, tab: str):
    page = window.page("registry")
    page.refresh()
    assert window.open_serviceman(serviceman_id, tab)
    qtbot.waitUntil(lambda: page.form.record_id == serviceman_id)
    return page


def fill_dialog(monkeypatch, fill):
    """Replace the dialog's event loop: fill its fields like a clerk, then press OK."""
    seen = []

    def run(dialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DocumentDialog, "exec", run)
    return seen


# --- models ------------------------------------------------------------------------------------

def test_documents_model_passes_qtmodeltester(qtmodeltester, sessions, people):
    sid = people.add("Иванов", "Сергей")
    add_doc(sessions, sid, "national_passport", "N1000001", expires=dt.date(2020, 1, 1))
    add_doc(sessions, sid, "national_passport", "N1000002", expires=TODAY + dt.timedelta(400))
    add_doc(sessions, sid, "medical_fitness", "MED-7", expires=TODAY + dt.timedelta(20))
    with sessions() as s:
        rows = documents.list_documents(s, sid)
    model = DocumentsModel()
    model.set_rows(lines_of(rows, TODAY, 90))
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    status = model.column_of("status")
    assert [model.index(r, status).data() for r in range(3)] == ["Valid", "Expiring", "History"]


def test_expiring_model_passes_qtmodeltester(qtmodeltester, sessions, ops, settle, people):
    for n in range(3):
        sid = people.add(SURNAMES[n], "Имя")
        add_doc(sessions, sid, "national_passport", f"N200000{n}",
                expires=TODAY + dt.timedelta(days=n - 1))
    model = ExpiringModel(ops)
    model.set_query(lambda s: expiry.count_expiring(s, 90),
                    lambda s, o, n: expiry.expiring_documents(s, within_days=90, offset=o,
                                                              limit=n))
    settle()
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, 0).data() == "expired 1 day(s) ago"


# --- the Documents tab -------------------------------------------------------------------------

def test_add_a_document_through_the_dialog(qtbot, window, people, sessions, monkeypatch,
                                           type_text):
    sid = people.add("Иванов", "Сергей")
    page = open_record(qtbot, window, sid, "documents")
    tab = page.documents
    assert page.recordTabs.currentWidget() is tab
    assert tab.model.rowCount() == 0

    def fill(dialog):
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("medical_fitness"))
        type_text(ui.numberEdit, "MED-2024/77")
        type_text(ui.issuedOnEdit, "01.02.2024")
        ui.expiresOnEdit.set_value(TODAY + dt.timedelta(days=30))
        type_text(ui.issuerEdit, "ВВК")

    fill_dialog(monkeypatch, fill)
    qtbot.mouseClick(tab.addButton, Qt.MouseButton.LeftButton)

    assert stored_docs(sessions, sid) == [("medical_fitness", "MED-2024/77", True)]
    line = tab.model.row(0)
    assert (line.doc.number, line.doc.issuer, line.status) == ("MED-2024/77", "ВВК", "expiring")
    assert tab.model.index(0, tab.model.column_of("status")).data() == "Expiring"
    assert tab.selected().id == line.id  # the new document is selected


def test_the_dialog_keeps_the_services_refusal_by_the_field(qtbot, window, people, sessions,
                                                             monkeypatch, type_text):
    sid = people.add("Иванов", "Сергей")
    page = open_record(qtbot, window, sid, "documents")

    def fill(dialog):
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("national_passport"))
        type_text(ui.numberEdit, "N7654321")
        type_text(ui.issuedOnEdit, "01.03.2021")
        type_text(ui.expiresOnEdit, "01.03.2020")

    seen = fill_dialog(monkeypatch, fill)
    qtbot.mouseClick(page.documents.addButton, Qt.MouseButton.LeftButton)
    [dialog] = seen
    assert dialog.result() == 0  # still open: nothing was saved
    assert dialog.problem_shown("expires_on") == \
        "The document must expire after the date it was issued."
    assert stored_docs(sessions, sid) == []


def test_a_renewed_passport_moves_the_old_one_to_history(qtbot, window, people, sessions,
                                                          monkeypatch, type_text):
    sid = people.add("Иванов", "Сергей")
    add_doc(sessions, sid, "national_passport", "N1111111", expires=dt.date(2024, 1, 1))
    page = open_record(qtbot, window, sid, "documents")
    assert page.form.ui.passportNumberEdit.text() == "N1111111"

    def fill(dialog):
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("national_passport"))
        type_text(ui.numberEdit, "n2222222")
        ui.issuedOnEdit.set_value(dt.date(2024, 1, 2))
        ui.expiresOnEdit.set_value(dt.date(2034, 1, 2))

    fill_dialog(monkeypatch, fill)
    qtbot.mouseClick(page.documents.addButton, Qt.MouseButton.LeftButton)
    assert stored_docs(sessions, sid) == [("national_passport", "N1111111", False),
                                          ("national_passport", "N2222222", True)]
    model = page.documents.model
    assert [model.row(r).doc.number for r in range(2)] == ["N2222222", "N1111111"]
    assert model.index(1, model.column_of("status")).data() == "History"
    # The record's passport fields follow the current passport.
    assert page.form.ui.passportNumberEdit.text() == "N2222222"


def test_remove_with_the_delete_key_removes_the_document_not_the_serviceman(
        qtbot, window, people, sessions, prompts):
    sid = people.add("Иванов", "Сергей")
    add_doc(sessions, sid, "driving_licence", "DL-1", expires=TODAY + dt.timedelta(900))
    page = open_record(qtbot, window, sid, "documents")
    table = page.documents.table
    table.setFocus()
    table.selectRow(0)
    prompts.answers = [Button.Yes]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    [(title, text)] = prompts.asked
    assert title == "Remove document"
    assert "DL-1 of Иванов Сергей" in text
    assert stored_docs(sessions, sid) == []
    assert page.form.record_id == sid  # the serviceman is still there


def test_attach_open_and_refuse_scans(qtbot, window, people, sessions, prompts, monkeypatch,
                                      tmp_path):
    sid = people.add("Иванов", "Сергей")
    doc_id = add_doc(sessions, sid, "national_passport", "N3333333",
                     expires=TODAY + dt.timedelta(900))
    page = open_record(qtbot, window, sid, "documents")
    tab = page.documents
    tab.table.selectRow(0)

    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a scan")
    monkeypatch.setattr(ScanFiles, "choose", classmethod(lambda cls, parent, folder:
                                                         str(text_file)))
    qtbot.mouseClick(tab.attachButton, Qt.MouseButton.LeftButton)
    assert prompts.informed == [("Scan not attached", "notes.txt is not a PDF, PNG or JPEG "
                                                      "file; only these can be attached.")]

    scan = tmp_path / "passport.png"
    scan.write_bytes(PNG)
    monkeypatch.setattr(ScanFiles, "choose", classmethod(lambda cls, parent, folder: str(scan)))
    qtbot.mouseClick(tab.attachButton, Qt.MouseButton.LeftButton)
    with sessions() as s:
        stored = s.get(DocumentScan, doc_id)
        assert (stored.filename, stored.media_type, stored.data) == ("passport.png",
                                                                     "image/png", PNG)
    assert tab.selected().doc.scan_filename == "passport.png"
    assert tab.openScanButton.isEnabled()

    opened = []
    monkeypatch.setattr(ScanFiles, "open", classmethod(lambda cls, path: opened.append(path)
                                                       or True))
    qtbot.mouseClick(tab.openScanButton, Qt.MouseButton.LeftButton)
    [path] = opened
    assert path.name == "passport.png" and path.read_bytes() == PNG
    run = scans.run_folder().folder
    assert run.parent == tmp_path / "cache" / "opened-scans" and path.is_relative_to(run)
    assert stat.S_IMODE(run.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert prompts.informed == [("Scan not attached", "notes.txt is not a PDF, PNG or JPEG "
                                                      "file; only these can be attached.")]

    # No viewer: the clerk is told what to do, and the decrypted copy does not stay.
    monkeypatch.setattr(ScanFiles, "open", classmethod(lambda cls, path: opened.append(path)
                                                       and False))
    qtbot.mouseClick(tab.openScanButton, Qt.MouseButton.LeftButton)
    assert prompts.informed[-1] == (
        "Cannot open the scan", "No program on this computer opens passport.png: install a PDF "
        "and image viewer (or ask your administrator to), then open the scan again.")
    assert not opened[-1].exists() and opened[-1].is_relative_to(run)

    scans.remove_run_folder()  # what the application does when it quits (aboutToQuit)
    assert not path.exists() and not run.exists()
    assert list((tmp_path / "cache" / "opened-scans").iterdir()) == []


def test_scans_left_by_a_crashed_run_are_removed_at_the_next_start(tmp_path):
    root = tmp_path / "opened-scans"
    crash = ("import os, sys; from pathlib import Path; from PySide6.QtCore import "
             "QCoreApplication; from kzpk_desktop.gui.documents.scans import ScanFolder; "
             "from kzpk_desktop.services.documents import ScanFile; app = QCoreApplication([]); "
             "p = ScanFolder(Path(sys.argv[1])).write(ScanFile('a.png', 'image/png', b'x')); "
             "print(p); os._exit(3)")
    done = subprocess.run([sys.executable, "-c", crash, str(root)], capture_output=True,
                          text=True)
    assert done.returncode == 3, done.stderr
    left = Path(done.stdout.strip())
    assert left.read_bytes() == b"x"
    mine = scans.ScanFolder(root)
    kept = mine.write(ScanFile("b.png", "image/png", b"y"))
    scans.remove_leftovers(root)
    assert not left.exists() and kept.exists()  # a running application's folder stays
    mine.cleanup()
    assert list(root.iterdir()) == []


# --- the badge ---------------------------------------------------------------------------------

def test_the_badge_shows_expired_for_an_expired_passport(sessions, ops, settle, people,
                                                       qtmodeltester):
    late = people.add("Просроченный", "Паспорт")
    add_doc(sessions, late, "national_passport", "N4444444", expires=TODAY - dt.timedelta(1))
    add_doc(sessions, late, "medical_fitness", "MED-1", expires=TODAY + dt.timedelta(500))
    soon = people.add("Скоро", "Истекает")
    add_doc(sessions, soon, "national_passport", "N5555555", expires=TODAY + dt.timedelta(90))
    fine = people.add("Всё", "Впорядке")
    add_doc(sessions, fine, "national_passport", "N6666666", expires=TODAY + dt.timedelta(91))
    people.add("Без", "Документов")
    model = RegistryModel(ops)
    settle()
    qtmodeltester.check(model, force_py=True)
    badges = {model.row_at(r).surname: (model.badge_at(r),
                                        model.index(r, BADGE_COLUMN).data())
              for r in range(model.rowCount())}
    assert badges == {"Просроченный": ("expired", "Expired"), "Скоро": ("expiring", "Expiring"),
                      "Всё": ("ok", "Valid"), "Без": (None, "")}
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == late)
    assert model.index(row, BADGE_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == \
        "At least one current document has expired."


def test_the_badge_follows_the_warning_window_setting(qtbot, window, people, sessions,
                                                      monkeypatch, settle):
    sid = people.add("Скоро", "Истекает")
    add_doc(sessions, sid, "national_passport", "N5555555", expires=TODAY + dt.timedelta(100))
    page = window.page("registry")
    page.refresh()
    settle()
    assert page.model.badge_at(0) == "ok"

    def set_window(dialog) -> int:
        dialog.editors["warning_window_days"].setValue(120)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(BusinessSettingsDialog, "exec", set_window)
    window.settingsAction.trigger()
    with sessions() as s:
        assert s.get(Setting, "warning_window_days").value == "120"
    settle()  # the change is announced: the list reads itself again
    assert page.model.badge_at(0) == "expiring"
    qtbot.waitUntil(lambda: window.expiryNotice.isVisible())
    assert "within 120 day(s)" in window.expiryNotice.label.text()


def test_only_an_administrator_may_change_the_settings(qtbot, sessions, ops):
    with write_session(sessions) as s:
        accounts.create_user(s, "admin", "correct horse battery", "admin")
        accounts.create_user(s, "clerk", "correct horse battery", "clerk")
    auth.bind_actor(sessions, auth.Actor("clerk", "clerk"))
    dialog = BusinessSettingsDialog(ops)
    qtbot.addWidget(dialog)
    dialog.editors["warning_window_days"].setValue(30)
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.problem_shown() == \
        "Your role (clerk) may not change the settings; only an administrator may."
    dialog.editors["warning_window_days"].setValue(0)
    auth.bind_actor(sessions, auth.Actor("admin", "admin"))
    dialog.accept()
    assert dialog.problem_shown("warning_window_days") == "Enter a value from 1 to 3650."
    with sessions() as s:
        assert s.get(Setting, "warning_window_days") is None


# --- the expiring view and the start-up notice ----------------------------------------------------

def test_the_expiring_view_lists_and_opens_the_record(qtbot, window, people, sessions, settle):
    late = people.add("Просроченный", "Паспорт")
    add_doc(sessions, late, "national_passport", "N4444444", expires=TODAY - dt.timedelta(3))
    soon = people.add("Скоро", "Истекает")
    add_doc(sessions, soon, "medical_fitness", "MED-5", expires=TODAY + dt.timedelta(10))
    far = people.add("Нескоро", "Истекает")
    add_doc(sessions, far, "national_passport", "N7777777", expires=TODAY + dt.timedelta(200))

    page = window.show_area("expiring")
    settle()
    assert page.daysSpin.value() == 90  # the warning window
    names = [page.row_at(r).surname for r in range(page.model.rowCount())]
    assert names == ["Просроченный", "Скоро"]  # soonest date first
    assert page.countLabel.text() == "2 document(s)"
    assert page.model.index(0, 0).data() == "expired 3 day(s) ago"

    page.kindFilter.setCurrentIndex(page.kindFilter.findData("medical_fitness"))
    settle()
    assert [page.row_at(r).surname for r in range(page.model.rowCount())] == ["Скоро"]
    page.kindFilter.setCurrentIndex(0)
    page.daysSpin.setValue(365)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)

    table = page.table
    rect = table.visualRect(page.model.index(0, page.model.column_of("name")))
    # A double-click is a click and then the second press (as Qt delivers it).
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    registry = window.page("registry")
    assert window.current_page is registry
    assert registry.form.record_id == late
    assert registry.recordTabs.currentWidget() is registry.documents
    assert registry.documents.model.row(0).doc.number == "N4444444"
    settle()
    assert registry.list.current_id() == late


def test_the_start_up_notice_counts_and_opens_the_view(qtbot, ctx, people, sessions, prompts):
    from kzpk_desktop.gui.main_window import MainWindow

    for n, days in enumerate((-5, 0, 90, 91)):
        sid = people.add(SURNAMES[n], "Имя")
        add_doc(sessions, sid, "national_passport", f"N800000{n}",
                expires=TODAY + dt.timedelta(days))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not window.expiryNotice.isVisible()  # not counted before the first paint
    window.show()
    qtbot.waitUntil(lambda: window.expiryNotice.isVisible())
    label = window.expiryNotice.label
    assert "3 document(s) expired or expire within 90 day(s)" in label.text()
    label.linkActivated.emit("show")
    assert window.current_page.objectName() == "expiringPage"
    qtbot.mouseClick(window.expiryNotice.closeButton, Qt.MouseButton.LeftButton)
    assert not window.expiryNotice.isVisible()


def test_no_notice_without_expiring_documents(window, settle):
    window.check_expiring()
    settle()
    assert not window.expiryNotice.isVisible()


def test_a_fields_message_goes_once_the_field_is_corrected(qtbot, window, people, sessions,
                                                            monkeypatch, type_text):
    sid = people.add("Иванов", "Сергей")
    page = open_record(qtbot, window, sid, "documents")
    seen_after: dict[str, str] = {}

    def fill(dialog):
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("national_passport"))
        type_text(ui.numberEdit, "N7654321")
        type_text(ui.issuedOnEdit, "01.03.2021")
        type_text(ui.expiresOnEdit, "01.03.2020")
        dialog.ok_button().click()
        seen_after["refused"] = dialog.problem_shown("expires_on")
        ui.expiresOnEdit.clear_value()
        type_text(ui.expiresOnEdit, "01.03.2031")
        seen_after["date"] = ui.expiresOnEdit.value()
        seen_after["corrected"] = dialog.problem_shown("expires_on")
        seen_after["number untouched"] = dialog.problem_shown("number")

    seen = fill_dialog(monkeypatch, fill)
    qtbot.mouseClick(page.documents.addButton, Qt.MouseButton.LeftButton)
    assert seen_after["refused"] == "The document must expire after the date it was issued."
    assert seen_after["date"] == dt.date(2031, 3, 1)
    assert seen_after["corrected"] == ""
