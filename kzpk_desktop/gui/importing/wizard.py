"""Import servicemen from a clerk's spreadsheet: choose, preview, import.

The preview and the import run in the background (``Operations.task``)
with a progress bar and Cancel, each with a session of its own. The import is
one writing transaction: a refused row (unless "skip invalid rows" is ticked),
a cancel or any error leaves the database as it was, because the worker's
transaction is simply not committed.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from ...db.engine import write_session
from ...exports import import_files
from ...services import importer
from ...services.categories import category_choices
from ...services.errors import ServiceError, StaleRecord
from ...services.importer import ImportCancelled, ImportPreview, ImportResult
from ...services.rotations import list_rotations
from ..area import AreaContext
from ..ops import Change, describe
from ..ops.changes import ASSIGNMENT, DOCUMENT, ROSTER, SERVICEMAN, UNIT
from ..exporting import choose_target, file_name, offer_to_open
from ..i18n import SERVICES_CONTEXT, error_text
from ..prompts import Prompt
from .file_page import FilePage
from .preview_page import PreviewPage, ResultPage

FILE_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(3)


def _service_translate(template: str) -> str:
    return QCoreApplication.translate(SERVICES_CONTEXT, template)


class ImportWizard(QWizard):
    def __init__(self, ctx: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self._ctx = ctx
        #: The last preview shown, and what the import did (None until it is done).
        self.preview: ImportPreview | None = None
        self.imported: ImportResult | None = None
        self._skip_invalid_previewed = False
        self.setWindowTitle(self.tr("Import servicemen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)  # Enter never imports
        rotations, categories = ctx.ops.call(lambda session: (
            list_rotations(session), category_choices(session, ctx.lang))).value or ([], [])
        self.filePage = FilePage(ctx.settings, rotations, categories, ctx.lang, self)
        self.previewPage = PreviewPage(ctx.lang, self)
        self.resultPage = ResultPage(self)
        self.setPage(FILE_PAGE, self.filePage)
        self.setPage(PREVIEW_PAGE, self.previewPage)
        self.setPage(RESULT_PAGE, self.resultPage)
        self.filePage.templateRequested.connect(self.save_template)
        self.previewPage.reportRequested.connect(self.save_error_report)
        self.resultPage.reportRequested.connect(self.save_error_report)
        self.resize(1040, 680)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AreaContext) -> ImportResult | None:
        """Run the wizard; what was imported, or None when nothing was."""
        wizard = cls(ctx, parent)
        try:
            wizard.exec()
            # Closed on the last page with Escape is still an import that happened.
            return wizard.imported
        finally:
            wizard.deleteLater()

    # -- the two background steps ---------------------------------------------------
    def run_preview(self) -> bool:
        """Read and check the file (nothing is written); True when it can be shown."""
        page = self.filePage
        path = page.path
        if path is None:
            return False
        options = dict(sheet=page.sheet(), update_existing=page.updateCheck.isChecked(),
                       rotation_id=page.rotation_id(), lang=self._ctx.lang)
        sessions = self._ctx.sessions

        def job(progress) -> ImportPreview:
            with sessions() as session:
                return importer.preview(session, path, progress=progress, **options)

        page.show_refusal(None)
        outcome = self._ctx.ops.task(self, self.tr("Import servicemen"),
                                     self.tr("Reading %1…").replace("%1", path.name), job)
        if outcome.cancelled:
            return False
        if outcome.error is not None:
            page.show_refusal(self._failure(outcome.error, writing=False))
            return False
        self.preview = outcome.value
        self._ctx.settings.last_folder = str(path.parent)
        page.select_sheet(self.preview.sheet)
        self._skip_invalid_previewed = page.skipCheck.isChecked()
        self.previewPage.show_preview(self.preview, skip_invalid=self._skip_invalid_previewed)
        return True

    def run_commit(self) -> bool:
        """Write the previewed rows in one transaction; True when they are saved."""
        preview = self.preview
        if preview is None:
            return False
        skip_invalid = self._skip_invalid_previewed
        category = self.filePage.category()
        lang = self._ctx.lang
        sessions = self._ctx.sessions

        def job(progress) -> ImportResult:
            # Leaving the block by any exception (a refusal, Cancel) rolls everything back.
            with write_session(sessions) as session:
                return importer.commit(session, preview, skip_invalid=skip_invalid,
                                       category=category, progress=progress, lang=lang)

        page = self.previewPage
        page.show_message(None)
        outcome = self._ctx.ops.task(
            self, self.tr("Import servicemen"),
            self.tr("Importing %Ln row(s)…", "", len(preview.rows)), job,
            changes=Change.of(SERVICEMAN, also=[DOCUMENT, ASSIGNMENT, ROSTER, UNIT]))
        if outcome.error is not None:
            if outcome.cancelled or isinstance(outcome.error, ImportCancelled):
                page.show_message(self.tr("Import cancelled; nothing was saved."), error=False)
            else:
                page.show_message(self._failure(outcome.error, writing=True))
            return False
        self.imported = outcome.value
        self.resultPage.show_result(preview, self.imported)
        return True

    def _failure(self, error: BaseException, *, writing: bool) -> str:
        """Why the preview or the import did not go through, in the clerk's words."""
        if isinstance(error, StaleRecord):
            return error_text(error) + "\n" + self.tr(
                "Nothing was saved. Go Back and press Next to check the file again.")
        if isinstance(error, OSError) and not writing:
            return self.tr("The file cannot be read: %1.").replace(
                "%1", error.strerror or str(error))
        return describe(error)  # a refusal, a database fault, anything else: one sentence

    # -- files for the clerk -------------------------------------------------------
    def save_error_report(self) -> Path | None:
        """Save the refused rows with their reasons as .xlsx; the path, or None."""
        preview = self.preview
        if preview is None:
            return None
        title = self.tr("Save error report")
        path = choose_target(self, self._ctx.settings, title,
                             file_name(Path(preview.path).stem, "errors", dt.date.today()))
        if path is None:
            return None
        user = self._ctx.actor.username if self._ctx.actor is not None else ""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Only the refused rows: quick enough for the GUI thread even for a long list.
            import_files.write_error_report(preview, path, user=user, lang=self._ctx.lang,
                                        translate=_service_translate)
        except (ServiceError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            self._not_written(title, exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        offer_to_open(self, title, path)
        return path

    def save_template(self, lang: str) -> Path | None:
        """Save the empty import workbook with headers in ``lang``; the path, or None."""
        title = self.tr("Save import template")
        path = choose_target(self, self._ctx.settings, title,
                             file_name("import-template", lang))
        if path is None:
            return None
        try:
            import_files.write_template(path, lang)
        except (ServiceError, OSError) as exc:
            self._not_written(title, exc)
            return None
        offer_to_open(self, title, path)
        return path

    def _not_written(self, title: str, exc: Exception) -> None:
        reason = (error_text(exc) if isinstance(exc, ServiceError)
                  else exc.strerror or str(exc))
        Prompt.inform(self, title, self.tr("The file was not written.") + "\n\n" + reason)
