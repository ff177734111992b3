"""Print preview of a report: the pages LibreOffice would print of the workbook.

The workbook is built (by the report's own ``ExportJob``, audited as an export
marked ``preview``) into a private temporary folder, LibreOffice turns it into a
PDF there, off the GUI thread, behind the progress window with Cancel, and the
PDF's pages are shown in Qt's print preview, from which the clerk can print.
The folder and everything in it are removed when the preview closes, whatever
happened. Without LibreOffice the clerk is told so in one sentence and offered
to save the workbook instead.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QWidget

from .exporting import ExportJob, choose_target, run_export
from .i18n import error_text
from .ops import Operations, describe
from .prompts import Button, Prompt
from .settings import Settings

#: Pages are drawn from images of at most this resolution (a printer's 1200 dpi would
#: need half a gigabyte per page).
MAX_DPI = 200
#: The preview window's size on a screen large enough.
PREVIEW_SIZE = QSize(1000, 700)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPreview", text)


# lupdate reads only literal calls: the words of this module, for it.
_WORDS = (
    QT_TRANSLATE_NOOP("PrintPreview", "Print preview: %1"),
    QT_TRANSLATE_NOOP("PrintPreview", "Save the workbook instead?"),
    QT_TRANSLATE_NOOP("PrintPreview", "Save the workbook…"),
    QT_TRANSLATE_NOOP("PrintPreview", "Cancel"),
    QT_TRANSLATE_NOOP("PrintPreview", "Preparing the print preview…"),
    QT_TRANSLATE_NOOP("PrintPreview", "The print preview could not be made."),
)


class PdfPreview(QPrintPreviewDialog):
    """Qt's print preview of a PDF's pages (zoom, page setup, Print…)."""

    def __init__(self, pdf: Path, title: str, parent: QWidget | None = None) -> None:
        self.document = QPdfDocument()
        self.document.load(str(pdf))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        if self.document.pageCount():
            first = self.document.pagePointSize(0)
            landscape = first.width() > first.height()
            size = QSizeF(min(first.width(), first.height()), max(first.width(), first.height()))
            printer.setPageLayout(QPageLayout(
                QPageSize(size, QPageSize.Unit.Point),
                QPageLayout.Orientation.Landscape if landscape
                else QPageLayout.Orientation.Portrait, printer.pageLayout().margins()))
        printer.setFullPage(True)  # the PDF's pages carry their own margins
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own it: kept as long as the dialog
        self.setObjectName("printPreview")
        self.setWindowTitle(_tr("Print preview: %1").replace("%1", title))
        self.paintRequested.connect(self._paint)
        screen = self.screen().availableSize() if self.screen() else PREVIEW_SIZE
        self.resize(min(PREVIEW_SIZE.width(), screen.width()),
                    min(PREVIEW_SIZE.height(), screen.height()))

    @property
    def pages(self) -> int:
        """The pages the preview shows."""
        return self.findChild(QPrintPreviewWidget).pageCount()

    def _paint(self, printer: QPrinter) -> None:
        painter = QPainter(printer)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72)))
                target = painter.viewport()
                size = points.scaled(QSizeF(target.size()), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRectF(QPointF(target.topLeft()), size), image)
        finally:
            painter.end()

    @classmethod
    def show_pages(cls, parent: QWidget | None, pdf: Path, title: str) -> None:
        """Show the preview until the clerk closes it (tests replace this)."""
        dialog = cls(pdf, title, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)


def print_preview(parent: QWidget | None, ops: Operations, settings: Settings, job: ExportJob,
                  suggested: str) -> bool:
    """Show the pages of ``job``'s workbook; True when the preview was shown.

    Without LibreOffice: says so and offers to save the workbook (``suggested`` is its
    file name) instead.
    """
    from ..exports.pdf import NoLibreOffice, libreoffice

    if libreoffice() is None:
        text = error_text(NoLibreOffice())
        answer = Prompt.ask(parent, job.title,
                            f"{text}\n\n{_tr('Save the workbook instead?')}",
                            {Button.Save: _tr("Save the workbook…"),
                             Button.Cancel: _tr("Cancel")}, Button.Save,
                            icon=QMessageBox.Icon.Information)
        if answer == Button.Save:
            path = choose_target(parent, settings, job.title, suggested)
            if path is not None:
                run_export(parent, ops, path, job)
        return False
    folder = Path(tempfile.mkdtemp(prefix="kzpk-preview-"))  # private to this user (0700)
    try:
        pdf = _make_pdf(parent, ops, job, folder / suggested)
        if pdf is None:
            return False
        PdfPreview.show_pages(parent, pdf, job.title)
        return True
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _make_pdf(parent: QWidget | None, ops: Operations, job: ExportJob,
              workbook: Path) -> Path | None:
    """Build the workbook and its PDF in the background; None when cancelled or failed
    (the clerk was told why)."""
    sessions = ops.sessions

    def work(progress) -> Path:
        from ..exports.audited import export_and_audit
        from ..exports.pdf import workbook_pdf
        from ..services.reports.signing import author_name

        export_and_audit(
            sessions, job.report,
            lambda session, actor: job.build(session, workbook, author_name(session, actor),
                                             progress), {**job.details, "preview": True})
        return workbook_pdf(workbook, workbook.parent, progress)

    outcome = ops.task(parent, job.title, _tr("Preparing the print preview…"), work)
    if outcome.cancelled:
        return None
    if outcome.error is not None:
        Prompt.inform(parent, job.title, "%s\n\n%s" % (
            _tr("The print preview could not be made."), describe(outcome.error)))
        return None
    return outcome.value
