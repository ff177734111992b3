"""The "Documents" tab of the record: a serviceman's documents, their scans and status.

Each change is one transaction through ``services.documents``; refusals are
shown as the service words them (next to the field in the dialog, or in a
message for removals and scans). The list is read when the tab is visible, so
moving through the servicemen list with the arrow keys stays quick.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import documents
from ...services import settings as business
from ...services.documents import DocumentData, KindChoice
from ..area import Gate
from ..ops import Change, Operations
from ..ops.changes import DOCUMENT, SERVICEMAN
from ..prompts import Button, Prompt
from ..settings import Settings
from ..widgets.list_page import ListKit
from ..widgets.record_tab import RecordTab
from .dialog import DocumentDialog
from .model import COLUMNS, DocumentLine, DocumentsModel, lines_of
from .scans import ScanFiles, run_folder


class DocumentsTab(RecordTab):
    """The person's documents; every change is announced (``Change`` of DOCUMENT and the
    serviceman) so the list's badge, the expiring documents and the notice follow."""

    def __init__(self, ops: Operations, lang: str, *,
                 settings: Settings | None = None, today: dt.date | None = None,
                 gate: Gate | None = None, parent: QWidget | None = None) -> None:
        """``gate`` (``AreaContext.gate``) greys out what the signed-in role may not do."""
        super().__init__(parent)
        self.setObjectName("documentsTab")
        self._ops = ops
        self._lang = lang
        self._settings = settings
        self._today = today
        self._kinds: list[KindChoice] | None = None
        self._scans = run_folder()

        self.summaryLabel = QLabel(self, objectName="documentsSummary", wordWrap=True)
        self.model = DocumentsModel(self)
        self.table = QTableView(self, objectName="documentsTable")
        self.table.setModel(self.model)
        self.kit = ListKit(self.table, COLUMNS, "documents", settings=settings)
        self.kit.restore()
        self.table.doubleClicked.connect(lambda _index: self.edit_document())
        self.table.installEventFilter(self)

        self.addButton = self._button("addDocumentButton", self.tr("&Add…"),
                                      self.tr("Add a document (a renewed one moves the old one "
                                              "to history)"), self.add_document)
        self.editButton = self._button("editDocumentButton", self.tr("&Edit…"),
                                       self.tr("Edit the selected document"), self.edit_document)
        self.removeButton = self._button("removeDocumentButton", self.tr("Re&move…"),
                                         self.tr("Remove the selected document and its scan"),
                                         self.remove_document)
        self.attachButton = self._button("attachScanButton", self.tr("Attach s&can…"),
                                         self.tr("Attach a PDF, PNG or JPEG scan to the selected "
                                                 "document"), self.attach_scan)
        self.openScanButton = self._button("openScanButton", self.tr("&Open scan"),
                                           self.tr("Open the scan in the system's viewer"),
                                           self.open_scan)
        self.removeScanButton = self._button("removeScanButton", self.tr("Remove sca&n…"),
                                             self.tr("Remove the scan, keep the document"),
                                             self.remove_scan)
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for i, button in enumerate((self.addButton, self.editButton, self.removeButton)):
            buttons.addWidget(button, 0, i)
        for i, button in enumerate((self.attachButton, self.openScanButton,
                                    self.removeScanButton)):
            buttons.addWidget(button, 1, i)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if gate is not None:
            # As the services judge it: a clerk records documents and scans, only a
            # supervisor removes a document (a scan is part of the document's record).
            for button, role in ((self.addButton, "clerk"), (self.editButton, "clerk"),
                                 (self.removeButton, "supervisor"), (self.attachButton, "clerk"),
                                 (self.removeScanButton, "clerk")):
                gate(button, role, tip=button.toolTip())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ops.changed.connect(self._changed)
        self._update_buttons()

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- whose documents ----------------------------------------------------------
    def load(self) -> None:
        if self._serviceman_id is None:
            self.model.set_rows([])
            self.summaryLabel.setText(self.tr("Save the new serviceman first; then his or her "
                                              "documents can be added here."))
            return
        today = self._today or dt.date.today()
        person, lang = self._serviceman_id, self._lang
        outcome = self._ops.call(lambda session: (
            business.warning_window_days(session),
            documents.list_documents(session, person, lang=lang)))
        if not outcome.ok:
            self.model.set_rows([])
            self.summaryLabel.setText(self.tr("The documents could not be read; Refresh (F5) "
                                              "tries again."))
            return
        window, rows = outcome.value
        self.model.set_rows(lines_of(rows, today, window))
        # A handful of rows: fit the columns to them (and to the language's words).
        self.table.resizeColumnsToContents()
        current = sum(1 for r in rows if r.is_current)
        self.summaryLabel.setText(
            self.tr("%n current document(s)", "", current) + "; "
            + self.tr("%n in history", "", len(rows) - current) + ". "
            + self.tr("Warning window: %n day(s).", "", window))

    def selected(self) -> DocumentLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row is not None:
            self.table.selectRow(row)

    # -- documents ------------------------------------------------------------------
    def add_document(self) -> None:
        if self._serviceman_id is None or not self.addButton.isEnabled():
            return
        person = self._serviceman_id

        def save(data: DocumentData) -> int:
            return self._ops.wait(lambda session: documents.add_document(
                session, person, data, today=self._today).id, write=True,
                changes=self._change())

        saved = DocumentDialog.ask(self, self._kind_choices(), DocumentData(), save, who=self._who)
        if saved is not None:
            self._after_change(saved)

    def edit_document(self) -> None:
        line = self.selected()
        if line is None or not self.editButton.isEnabled():  # the role may not (see gate)
            return
        outcome = self._ops.call(lambda session: documents.get_document(session, line.id),
                                 parent=self, title=self.tr("Document not found"))
        if not outcome.ok:
            return
        data = outcome.value

        def save(value: DocumentData) -> int:
            return self._ops.wait(lambda session: documents.update_document(
                session, line.id, value, today=self._today).id, write=True,
                changes=self._change(line.id))

        saved = DocumentDialog.ask(self, self._kind_choices(), data, save, who=self._who)
        if saved is not None:
            self._after_change(saved)

    def remove_document(self) -> None:
        line = self.selected()
        if line is None or not self.removeButton.isEnabled():  # the role may not (see gate)
            return
        text = self.tr("Remove %1 %2 of %3?").replace("%1", line.doc.kind_name)\
            .replace("%2", line.doc.number).replace("%3", self._who)
        if line.doc.scan_filename:
            text += "\n" + self.tr("Its scan %1 is removed too.").replace(
                "%1", line.doc.scan_filename)
        if line.doc.is_current:
            text += "\n" + self.tr("The newest remaining document of this kind becomes current.")
        answer = Prompt.ask(self, self.tr("Remove document"), text,
                            {Button.Yes: self.tr("Remove"), Button.No: self.tr("Keep")},
                            Button.No, icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return
        outcome = self._ops.call(
            lambda s: documents.remove_document(s, line.id, version=line.doc.version),
            write=True, changes=self._change(None), parent=self,
            title=self.tr("Document not removed"))
        if outcome.ok:  # into the recycle bin: the window offers to undo it
            self._after_change(None)
            self._ops.deleted.emit(outcome.value, self.tr("Document %1 %2 removed.")
                                   .replace("%1", line.doc.kind_name)
                                   .replace("%2", line.doc.number))

    # -- scans ----------------------------------------------------------------------
    def attach_scan(self) -> None:
        line = self.selected()
        if line is None or not self.attachButton.isEnabled():
            return
        if line.doc.scan_filename:
            answer = Prompt.ask(self, self.tr("Replace scan"),
                                self.tr("%1 already has the scan %2. Replace it?")
                                .replace("%1", line.doc.number)
                                .replace("%2", line.doc.scan_filename),
                                {Button.Yes: self.tr("Replace"), Button.No: self.tr("Keep")},
                                Button.No)
            if answer != Button.Yes:
                return
        folder = self._settings.last_folder if self._settings is not None else str(Path.home())
        path = ScanFiles.choose(self, folder)
        if not path:
            return
        if self._settings is not None:
            self._settings.last_folder = str(Path(path).parent)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._refused(self.tr("Scan not attached"), self.tr("Cannot read %1: %2")
                          .replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        if self._write(self.tr("Scan not attached"),
                       lambda s: documents.attach_scan(s, line.id, Path(path).name, data),
                       line.id):
            self._after_change(line.id)

    def open_scan(self) -> None:
        line = self.selected()
        if line is None or not line.doc.scan_filename:
            return
        outcome = self._ops.call(lambda session: documents.read_scan(session, line.id),
                                 parent=self, title=self.tr("Cannot open the scan"))
        if not outcome.ok:
            return
        scan = outcome.value
        if scan is None:
            self._refused(self.tr("No scan"), self.tr("The scan is no longer stored (removed by "
                                                      "someone else?)."))
            self.reload()
            return
        try:
            path = self._scans.write(scan)
        except OSError as exc:
            self._refused(self.tr("Cannot open the scan"), exc.strerror or str(exc))
            return
        if not ScanFiles.open(path):
            path.unlink(missing_ok=True)  # no decrypted copy is left behind
            self._refused(self.tr("Cannot open the scan"),
                          self.tr("No program on this computer opens %1: install a PDF and "
                                  "image viewer (or ask your administrator to), then open "
                                  "the scan again.").replace("%1", scan.filename))

    def remove_scan(self) -> None:
        line = self.selected()
        if line is None or not line.doc.scan_filename or not self.removeScanButton.isEnabled():
            return
        answer = Prompt.ask(self, self.tr("Remove scan"),
                            self.tr("Remove the scan %1 of %2? The document stays.")
                            .replace("%1", line.doc.scan_filename).replace("%2", line.doc.number),
                            {Button.Yes: self.tr("Remove"), Button.No: self.tr("Keep")},
                            Button.No, icon=QMessageBox.Icon.Warning)
        if answer == Button.Yes and self._write(
                self.tr("Scan not removed"), lambda s: documents.remove_scan(s, line.id),
                line.id):
            self._after_change(line.id)

    # -- helpers ----------------------------------------------------------------------
    def _kind_choices(self) -> list[KindChoice]:
        if self._kinds is None:  # reference data: read once per tab
            lang = self._lang
            outcome = self._ops.call(lambda session: documents.document_kinds(session, lang))
            if not outcome.ok:
                return []
            self._kinds = outcome.value
        return self._kinds

    def _change(self, document_id: int | None = None) -> Change:
        return Change.of(DOCUMENT, document_id).and_(SERVICEMAN, self._serviceman_id)

    def _write(self, title: str, change, document_id: int | None = None) -> bool:
        """Run ``change(session)`` in one transaction; say any refusal; True when done."""
        return self._ops.call(change, write=True, changes=self._change(document_id),
                              parent=self, title=title).ok

    def _changed(self, change: Change) -> None:
        if self._serviceman_id is not None and change.touches(DOCUMENT) \
                and change.may_touch(SERVICEMAN, self._serviceman_id):
            self.set_serviceman(self._serviceman_id, self._who)

    def _after_change(self, document_id: int | None) -> None:
        # The change announced has read the rows again (when the tab is shown).
        if document_id is not None:
            self.select_document(document_id)

    def _refused(self, title: str, text: str) -> None:
        Prompt.inform(self, title, text)

    def _update_buttons(self, *_args) -> None:
        line = self.selected()
        person = self._serviceman_id is not None
        self.addButton.setEnabled(person)
        for button in (self.editButton, self.removeButton, self.attachButton):
            button.setEnabled(line is not None)
        has_scan = line is not None and bool(line.doc.scan_filename)
        self.openScanButton.setEnabled(has_scan)
        self.removeScanButton.setEnabled(has_scan)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete in this table removes a document: it must never reach the window's
        # "delete the serviceman" shortcut.
        if watched is self.table and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Delete:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if event.key() == Qt.Key.Key_Delete:
                    self.remove_document()
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.edit_document()
                    return True
        return super().eventFilter(watched, event)
