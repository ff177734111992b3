"""Print preview of a report: the pages LibreOffice makes of the workbook, in Qt's print
preview; without LibreOffice, one sentence and the offer to save the workbook instead."""
from __future__ import annotations

import re
import shutil

import planning_builders as b
import pytest
from PySide6.QtWidgets import QFileDialog

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.gui.paperwork.page import PaperworkPage
from kzpk_desktop.gui.print_preview import PdfPreview
from kzpk_desktop.gui.prompts import Button
from kzpk_desktop.services.audit import EventFilter, iter_events


@pytest.fixture
def person(sessions):
    """A serviceman with a few documents, so that his card is a real one."""
    with write_session(sessions) as s:
        man = b.person(s, "Беков", rank="captain")
        s.flush()
        return man.iin


@pytest.fixture
def page(qtbot, ctx, prompts, person):
    page = PaperworkPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.select_report("personnel-card")
    page.iinEdit.setText(person)
    return page


def export_events(sessions) -> list[dict]:
    with sessions() as s:
        return [e.changes for e in iter_events(s, EventFilter(action="export"))]


def pdf_pages(path) -> int:
    """Pages of a PDF as LibreOffice writes it (one ``/Type /Page`` object each)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_the_preview_of_a_personnel_card_shows_the_pages_libreoffice_made(
        qtbot, page, prompts, sessions, monkeypatch):
    shown = {}

    def show_pages(parent, pdf, title):
        dialog = PdfPreview(pdf, title, parent)
        qtbot.addWidget(dialog)
        dialog.resize(1280, 720)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.pages > 0)
        shown.update(pdf=pdf, folder=pdf.parent, pages=dialog.pages, expected=pdf_pages(pdf),
                     title=dialog.windowTitle(), files=sorted(p.name for p in pdf.parent.iterdir()
                                                              if p.is_file()))
        dialog.grab().save("/tmp/progress-print-preview.png")
        dialog.close()

    monkeypatch.setattr(PdfPreview, "show_pages", staticmethod(show_pages))
    assert page.print_preview() is True
    assert shown["expected"] >= 1
    assert shown["pages"] == shown["expected"]
    assert shown["title"] == "Print preview: Personnel card"
    assert f"personnel-card-{page.iinEdit.text()}" in shown["pdf"].name
    assert not shown["folder"].exists()  # the workbook, the PDF and LibreOffice's profile
    assert prompts.informed == []
    [event] = export_events(sessions)
    assert event["report"] == "personnel-card" and event["preview"] is True


def test_without_libreoffice_the_clerk_is_told_in_one_sentence_and_may_save_instead(
        qtbot, page, prompts, sessions, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    prompts.answers = [Button.Cancel]
    assert page.print_preview() is False
    [(title, text)] = prompts.asked
    assert title == "Personnel card"
    assert text == ("A print preview needs LibreOffice, which is not installed on this "
                    "computer.\n\nSave the workbook instead?")
    assert export_events(sessions) == []


def test_without_libreoffice_save_writes_the_workbook(qtbot, page, prompts, sessions,
                                                     monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    target = tmp_path / "card.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args, **kwargs: (str(target), "Excel workbook (*.xlsx)")))
    prompts.answers = [Button.Save, Button.Close]
    page.print_preview()
    assert target.is_file()
    assert [e["file"] for e in export_events(sessions)] == ["card.xlsx"]
