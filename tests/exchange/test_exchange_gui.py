"""The Exchange area as a clerk uses it: a package exported to the selected office, a package
previewed and then applied (or left), a conflict decided with "keep theirs" from the list,
and an office set up and a card trusted by an administrator."""
from __future__ import annotations

import json
import random

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import AuditEvent, Serviceman
from kzpk_desktop.gui.area import AreaContext
from kzpk_desktop.gui.exchange.dialogs import OfficeDialog, PreviewDialog
from kzpk_desktop.gui.exchange.page import ExchangePage
from kzpk_desktop.gui.prompts import Button, Prompt
from kzpk_desktop.gui.settings import Settings

from . import kinds
from .offices import OfficeDb, pair
from .world import person_values, seed_ministry


@pytest.fixture
def offices(fresh_url, field_url):
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    f1 = OfficeDb(field_url("f1"), "F1", name="Field office one")
    pair(m, f1)
    yield m, f1
    m.close()
    f1.close()


@pytest.fixture
def said(monkeypatch):
    """The notices and questions the page shows (answered Yes), instead of modal boxes."""
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(Prompt, "inform", classmethod(
        lambda cls, parent, title, text, **kw: out.append((title, text))))
    monkeypatch.setattr(Prompt, "ask", classmethod(
        lambda cls, parent, title, text, buttons, default, **kw:
        out.append((title, text)) or Button.Yes))
    return out


def _page(qtbot, office, tmp_path) -> ExchangePage:
    settings = Settings(QSettings(str(tmp_path / f"{office.code}.ini"),
                                  QSettings.Format.IniFormat))
    page = ExchangePage(AreaContext(sessions=office.sessions, settings=settings, lang="en"))
    qtbot.addWidget(page)
    return page


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _add_person(office, serial, **changes) -> str:
    values = person_values(random.Random(serial), serial) | changes
    with write_session(office.sessions) as s:
        person = Serviceman(**values)
        s.add(person)
        s.flush()
        return person.iin


def _surnames(office) -> list[str]:
    with office.sessions() as s:
        return list(s.execute(select(Serviceman.surname).order_by(Serviceman.iin)).scalars())


def _cells(view, row: int) -> list[str]:
    model = view.model()
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_page_shows_this_office_and_its_peer(qtbot, offices, tmp_path):
    m, f1 = offices
    page = _page(qtbot, f1, tmp_path)
    assert page.officeLabel.text().startswith("Office F1 (field office): Field office one\n"
                                              "Fingerprint: ")
    assert _cells(page.peersView, 0)[:3] == ["MOD", "MOD", "ministry"]
    assert _cells(page.peersView, 0)[4:7] == ["none yet", "none yet", "none yet"]
    assert page.conflictsLabel.text() == "No open conflicts."


def test_export_writes_the_package_for_the_selected_office(qtbot, offices, tmp_path,
                                                           monkeypatch, said):
    m, f1 = offices
    _add_person(m, 1, surname="Abenov")
    page = _page(qtbot, m, tmp_path)
    page.peersView.selectRow(0)
    target = tmp_path / "to-f1"
    _choose(monkeypatch, target)
    page.exportButton.click()
    written = tmp_path / "to-f1.kzpk"
    assert written.exists() and not said
    assert _cells(page.peersView, 0)[4].startswith("No. 1, ")
    summary = f1.receive(written.read_bytes())
    assert summary.added["serviceman"] == 1
    assert _surnames(f1) == ["Abenov"]


def test_import_shows_the_preview_and_applies_only_when_asked(qtbot, offices, tmp_path,
                                                              monkeypatch, said):
    m, f1 = offices
    f1.receive(m.export(f1))
    _add_person(f1, 2, surname="Serikova")
    package = tmp_path / "from-f1.kzpk"
    package.write_bytes(f1.export(m))
    page = _page(qtbot, m, tmp_path)
    _choose(monkeypatch, package)
    previews: list[PreviewDialog] = []

    def leave(dialog):
        previews.append((dialog.headerLabel.text(), dialog.details.toPlainText()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PreviewDialog, "exec", leave)
    page.importButton.click()
    header, details = previews[0]
    assert header.startswith("Package No. 1 from office F1, made ")
    assert "(0 day(s) ago)" in header
    assert "Added: serviceman 1" in details.splitlines()
    assert _surnames(m) == []  # left: nothing changed
    assert _cells(page.peersView, 0)[5] == "none yet"

    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    page.importButton.click()
    assert _surnames(m) == ["Serikova"]
    assert _cells(page.peersView, 0)[5].startswith("No. 1, ")
    assert not said

    page.importButton.click()  # the same file again
    assert said == [("Import a package",
                     "Package No. 1 from F1 was imported before; nothing changed.")]
    assert _surnames(m) == ["Serikova"]


def test_a_conflict_is_shown_side_by_side_and_decided_from_the_page(qtbot, offices, tmp_path,
                                                                    monkeypatch, said):
    m, f1 = offices
    iin = _add_person(m, 3, surname="Omarov", given_name="Marat")
    f1.receive(m.export(f1))
    for office, surname in ((m, "Omarova"), (f1, "Umarov")):
        with write_session(office.sessions) as s:
            s.execute(select(Serviceman).where(Serviceman.iin == iin)).scalar_one().surname = \
                surname
    package = tmp_path / "from-f1.kzpk"
    package.write_bytes(f1.export(m))
    page = _page(qtbot, m, tmp_path)
    _choose(monkeypatch, package)
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    page.importButton.click()
    title, text = said.pop()
    assert title == "Import a package" and "Conflicts to decide (1):" in text
    assert _surnames(m) == ["Omarova"]  # never silently overwritten
    assert page.conflictsLabel.text().startswith("1 conflict(s) to decide")
    cells = _cells(page.conflictsView, 0)
    assert cells[0] == f"Omarova Marat, {iin} — serviceman"
    assert cells[1:4] == ["both changed", "surname", "Omarova"]
    assert cells[4].startswith("MOD, ") and cells[5] == "Umarov"
    assert cells[6].startswith("F1, ")

    page.conflictsView.selectRow(0)
    page.keepTheirsButton.click()
    assert not said
    assert _surnames(m) == ["Umarov"]
    assert page.conflictsModel.rowCount() == 0
    assert page.conflictsLabel.text() == "No open conflicts."
    with m.sessions() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "exchange_resolve")
                          ).scalar_one()
    details = json.loads(event.changes) if isinstance(event.changes, str) else event.changes
    assert details["kept"] == "incoming" and details["value"] == "Umarov"
    # The decision travels: the field office ends with the same value.
    f1.receive(m.export(f1))
    assert _surnames(f1) == ["Umarov"]


def test_an_administrator_sets_up_the_office_and_trusts_a_card(qtbot, offices, tmp_path,
                                                               monkeypatch, said, field_url):
    from kzpk_desktop.db import migrate
    from kzpk_desktop.db.engine import make_engine, make_session_factory

    m, _ = offices
    engine = make_engine(field_url("new"))
    migrate.upgrade(engine, backup=None)
    fresh = type("Fresh", (), {"code": "F7", "sessions": make_session_factory(engine)})
    page = _page(qtbot, fresh, tmp_path)
    assert page.officeLabel.text().startswith("This database is not an office yet.")
    assert not page.importButton.isEnabled()

    answers = iter([("f 7", "Seven"), ("F7", "Field seven")])

    def fill(dialog):
        code, name = next(answers)
        dialog.codeEdit.setText(code)
        dialog.nameEdit.setText(name)
        return QDialog.DialogCode.Accepted

    errors = []
    original = OfficeDialog.show_error
    monkeypatch.setattr(OfficeDialog, "show_error",
                        lambda dialog, text: errors.append(text) or original(dialog, text))
    monkeypatch.setattr(OfficeDialog, "exec", fill)
    page.setUpButton.click()
    assert errors == ["An office code is 1-16 capital letters, digits, '-' or '_' (for "
                      "example MOD or FIELD-UNIFIL)."]
    assert page.officeLabel.text().startswith("Office F7 (field office): Field seven")
    assert not page.setUpButton.isEnabled()

    card = tmp_path / "mod.json"
    card.write_bytes(m.card())
    _choose(monkeypatch, card)
    page.trustButton.click()
    title, question = said[0]
    assert question.startswith("Trust office MOD (ministry, MOD)?")
    with m.sessions() as s:
        from kzpk_desktop.services.exchange.office import this_office

        assert this_office(s).fingerprint in question
    assert _cells(page.peersView, 0)[0] == "MOD"
    engine.dispose()


def test_a_file_that_is_not_for_this_office_is_refused_in_one_sentence(qtbot, offices, tmp_path,
                                                                        monkeypatch, said):
    m, f1 = offices
    package = tmp_path / "for-f1.kzpk"
    package.write_bytes(m.export(f1))
    page = _page(qtbot, m, tmp_path)  # the ministry opens its own package for F1
    _choose(monkeypatch, package)
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: pytest.fail("no preview"))
    page.importButton.click()
    assert said == [("Import a package", "This package is for office F1; this database is "
                                         "office MOD. Nothing was imported.")]


# --- each kind of conflict, in a clerk's words ------------------------------------------------

@pytest.fixture
def three(fresh_url, field_url):
    """The ministry and two field offices (a person deleted at one, edited at the other)."""
    m = OfficeDb(fresh_url(), "MOD", ministry=True)
    seed_ministry(m)
    f1, f2 = OfficeDb(field_url("f1"), "F1"), OfficeDb(field_url("f2"), "F2")
    pair(m, f1, f2)
    yield m, f1, f2
    for o in (m, f1, f2):
        o.close()


#: kind -> the list's Conflict, Mine and Theirs cells, the sentence under the list, and each
#: button with what it will do ({person}: the person's names and IIN).
SAID = {
    "field": ("both changed", "Омарова", "Умаров",
              "The surname of the person ({person}) was changed here and at office F1 at the "
              "same time.",
              "Keep “Омарова”", "The surname stays “Омарова”; every office takes it.",
              "Take “Умаров”", "The surname becomes “Умаров” here and at every office."),
    "status": ("two status moves", "withdrawn", "repatriated",
               "Here the roster entry ({person}) was moved to “withdrawn”, and at office F1 to "
               "“repatriated”, at the same time.",
               "Keep “withdrawn”", "The status stays “withdrawn”. The moves that led to "
               "“repatriated” leave the history, and the dates and reason they set are taken "
               "back, at every office.",
               "Take “repatriated”", "The status becomes “repatriated”, with the dates and "
               "reason of its moves. The moves that led to “withdrawn” leave the history, at "
               "every office."),
    "new_child": ("added for a deleted person", "person deleted", "new document MF-0042",
                  "Office F1 added the new document MF-0042 for {person}, who was deleted here.",
                  "Keep the deletion", "The person stays deleted, and the new document is "
                  "deleted too, at every office.",
                  "Bring the person back with the new document", "The person comes back with "
                  "the details the deletion recorded, and with the new document, at every "
                  "office."),
    "deletion_waits": ("deleted, but in use here", "kept, with new records", "deleted",
                       "Office F2 deleted the person ({person}), but records made here since "
                       "(a document, an assignment…) were not known there. The deletion waits "
                       "for this decision.",
                       "Keep it, with the records made here", "The record stays, with the "
                       "records made here, at every office (office F2 gets it back).",
                       "Delete it, with the records made here", "The record and the records "
                       "made here are deleted at every office."),
    "deleted_here": ("edited and deleted", "deleted", "changed",
                     "Here the person ({person}) was deleted, but office F1 changed it before "
                     "it learnt of the deletion.",
                     "Keep the deletion", "The record stays deleted at every office; the "
                     "changes from office F1 are dropped.",
                     "Bring it back with their changes", "The record comes back, with the "
                     "changes from office F1, at every office."),
    "deleted_there": ("edited and deleted", "changed", "deleted",
                      "Office F1 deleted the person ({person}), which was changed here "
                      "meanwhile; it stays deleted here until this is decided.",
                      "Bring it back with the changes made here", "The record comes back as "
                      "it was here, at every office.",
                      "Keep the deletion", "The record stays deleted at every office; the "
                      "changes made here are dropped."),
}


def _shown(page) -> tuple[str, ...]:
    row = page.conflictsView.selectionModel().selectedRows()[0].row()
    cells = _cells(page.conflictsView, row)
    return (cells[1], cells[3], cells[5], page.whatLabel.text(), page.keepMineButton.text(),
            page.mineEffectLabel.text(), page.keepTheirsButton.text(),
            page.theirsEffectLabel.text())


@pytest.mark.parametrize("kind", list(SAID))
def test_each_kind_of_conflict_says_what_happened_and_what_each_decision_does(
        qtbot, three, tmp_path, kind):
    made = getattr(kinds, kind)(*three)
    page = _page(qtbot, three[0], tmp_path)
    assert page.conflictsModel.rowCount() == 1
    assert page.whatLabel.text() == ("Choose a conflict to see what happened and what each "
                                     "decision will do.")
    assert (page.keepMineButton.text(), page.keepTheirsButton.text()) == ("Keep mine",
                                                                          "Keep theirs")
    assert not page.keepMineButton.isEnabled()
    page.conflictsView.selectRow(0)
    expected = SAID[kind]
    assert _shown(page) == expected[:3] + (expected[3].format(person=made.person),) \
        + expected[4:]
    # Every text fits in a 1280 x 720 window: the buttons are as wide as their words, the
    # sentences wrap onto as many lines as they need.
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    for button in (page.keepMineButton, page.keepTheirsButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    for label in (page.whatLabel, page.mineEffectLabel, page.theirsEffectLabel):
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def _people_documents(office) -> tuple[list, list]:
    from kzpk_desktop.db.models import Document

    with office.sessions() as s:
        return (sorted(s.execute(select(Serviceman.surname)).scalars()),
                sorted(s.execute(select(Document.number)).scalars()))


@pytest.mark.parametrize("button, expected", [
    ("keepTheirsButton", (["Бекова"], ["MF-0042"])), ("keepMineButton", ([], []))])
def test_a_document_for_a_deleted_person_is_decided_from_the_page(
        qtbot, three, tmp_path, monkeypatch, said, button, expected):
    from .offices import settle

    m, f1, f2 = three
    kinds.new_child(m, f1, f2)
    page = _page(qtbot, m, tmp_path)
    notices = []
    page.statusMessage.connect(notices.append)
    page.conflictsView.selectRow(0)
    words = getattr(page, button).text()
    getattr(page, button).click()
    assert not said
    assert notices == [f"Conflict decided: {words}."]
    assert page.conflictsLabel.text() == "No open conflicts."
    assert page.whatLabel.text() == ""
    assert _people_documents(m) == expected
    settle(m, f1, f2, down=True)
    assert _people_documents(f1) == _people_documents(f2) == expected


def test_a_deletion_that_waits_is_decided_from_the_page(qtbot, three, tmp_path, said):
    from .offices import settle

    m, f1, f2 = three
    kinds.deletion_waits(m, f1, f2)
    assert _people_documents(m) == (["Калиев"], ["MF-0077"])
    page = _page(qtbot, m, tmp_path)
    page.conflictsView.selectRow(0)
    assert page.keepTheirsButton.text() == "Delete it, with the records made here"
    page.keepTheirsButton.click()
    assert not said and page.conflictsModel.rowCount() == 0
    settle(m, f1, f2, down=True)
    assert _people_documents(m) == _people_documents(f1) == _people_documents(f2) == ([], [])


def test_a_status_conflict_kept_from_the_page_takes_back_the_other_moves_dates(
        qtbot, three, tmp_path, said):
    from sqlalchemy import select as sql_select

    from kzpk_desktop.db.models import RosterEntry

    from .offices import settle

    m, f1, f2 = three
    kinds.status(m, f1, f2)
    page = _page(qtbot, m, tmp_path)
    page.conflictsView.selectRow(0)
    page.keepMineButton.click()  # Keep “withdrawn”
    assert not said and page.conflictsModel.rowCount() == 0
    settle(m, f1, f2, down=True)
    for office in (m, f1, f2):
        with office.sessions() as s:
            e = s.execute(sql_select(RosterEntry)).scalar_one()
            assert (e.status, e.arrival_date, e.departure_date, e.repatriation_date,
                    e.repatriation_reason, e.serviceman.status) == \
                ("withdrawn", None, None, None, None, "active"), office.code


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_words_of_a_conflict_are_in_the_clerks_language(qtbot, three, tmp_path, lang):
    from PySide6.QtWidgets import QApplication

    from kzpk_desktop.gui.i18n import install_translators

    from PySide6.QtCore import QLocale, QTranslator

    from kzpk_desktop.gui.i18n import TRANSLATOR_NAME

    made = kinds.new_child(*three)
    app, before = QApplication.instance(), QLocale()
    install_translators(app, lang)
    try:
        page = _page(qtbot, three[0], tmp_path)
        page.conflictsView.selectRow(0)
        shown = _shown(page)
    finally:  # the next tests in the language and number format they began with
        for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
            app.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(before)
    english = SAID["new_child"]
    for text, source in zip(shown, english, strict=True):
        assert text and text != source.format(person=made.person), text
    assert made.person in shown[3] and "MF-0042" in shown[3]
