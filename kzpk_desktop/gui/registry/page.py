"""The registry area: the servicemen list beside the record form.

Each save or delete is one transaction through the servicemen service on the
operations layer's writer; the page turns the service's refusals into words
next to the fields or into a question the clerk can answer, and any other
failure is said by the one failure formatter. The list reads itself again when
any page changes a serviceman, a document, an assignment or a roster.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSplitter, QTabWidget, QToolButton, QVBoxLayout

from ...services import servicemen
from ...services.errors import NotFound, StaleRecord, ValidationError
from ...services.ranks import rank_choices
from ...services.registry import RegistryFilter
from ...services.servicemen import ServicemanData
from ...services.text import full_name
from ..area import DELETE, EXPORT, FIND, NEW, REFRESH, SAVE, AreaContext, AreaPage
from ..documents.tab import DocumentsTab
from ..i18n import error_text
from ..ops import Change
from ..ops.changes import ASSIGNMENT, DOCUMENT, ROSTER, SERVICEMAN, SETTINGS, UNIT
from ..prompts import Button, Prompt
from ..settings import Settings
from ..units.assignments_tab import AssignmentsTab
from ..widgets.empty_state import EmptyState
from .form import ServicemanForm
from .model import RegistryModel
from .pane import RecordPaneSplit
from .view import RegistryList

SPLITTER_KEY = "registry"
#: The record's tabs, by the names ``open_record`` takes.
RECORD_TAB, DOCUMENTS_TAB, ASSIGNMENTS_TAB = "record", "documents", "assignments"


class RegistryPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("registryPage")
        self._sessions = ctx.sessions
        self._ctx = ctx
        self._ops = ctx.ops
        ranks = self._ops.call(lambda session: rank_choices(session, ctx.lang)).value or []
        self.model = RegistryModel(ctx.ops, lang=ctx.lang, parent=self)
        self.list = RegistryList(self.model, ranks, self, exportable=True,
                                 importable=ctx.may("clerk"))
        self.form = ServicemanForm(ranks, self)
        self.form.set_access(may_edit=ctx.may("clerk"), may_delete=ctx.may("supervisor"))
        self.documents = DocumentsTab(ctx.ops, ctx.lang, settings=ctx.settings, gate=ctx.gate,
                                      parent=self)
        self.assignments = AssignmentsTab(ctx.ops, ctx.lang, self, gate=ctx.gate,
                                          settings=ctx.settings)
        self.recordTabs = QTabWidget(self, objectName="recordTabs")
        self.recordTabs.addTab(self.form, self.tr("Record"))
        self.recordTabs.addTab(self.documents, self.tr("Documents"))
        self.recordTabs.addTab(self.assignments, self.tr("Assignments"))
        self.historyButton = QToolButton(self, objectName="historyButton", autoRaise=True)
        self.historyButton.setText(self.tr("History…"))
        self.historyButton.setToolTip(self.tr("Every change made to this record: who, when, "
                                              "old and new values"))
        self.historyButton.clicked.connect(self.show_history)
        self.recordTabs.setCornerWidget(self.historyButton)
        self._tabs = {RECORD_TAB: self.form, DOCUMENTS_TAB: self.documents,
                      ASSIGNMENTS_TAB: self.assignments}
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="registrySplitter")
        self.pane = RecordPaneSplit(self.splitter, self.list, self.recordTabs, key=SPLITTER_KEY)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

        self.list.set_leave_guard(self._may_open)
        self.list.currentIdChanged.connect(self._open)
        self.list.rowActivated.connect(lambda _id: self._focus_form())
        self.list.exportRequested.connect(self.export_list)
        self.list.importRequested.connect(self.import_servicemen)
        self.model.modelReset.connect(self._reselect)
        self.form.saveRequested.connect(self.save)
        self.form.deleteRequested.connect(self.delete_record)
        self.form.leaveRequested.connect(lambda: self.list.table.setFocus())
        self.form.dirtyChanged.connect(lambda _dirty: self.commandsChanged.emit())
        self._ops.changed.connect(self._changed)
        self._show_extras(None)
        self.setFocusProxy(self.list.searchEdit)
        may = ctx.may("clerk")
        self.emptyState = EmptyState.attach(
            self.list.table,
            self.tr("No servicemen yet. Import the spreadsheet you keep them in, or add the "
                    "first one."),
            [(self.tr("Import a spreadsheet…"), self.import_servicemen, may),
             (self.tr("Add a serviceman"), self.new_record, may)],
            filtered=lambda: self.list.current_filter() != RegistryFilter(),
            filtered_text=self.tr("Nobody matches the search or the filters."))

    # -- AreaPage ---------------------------------------------------------------
    def commands(self) -> set[str]:
        found = {NEW, FIND, REFRESH, EXPORT}
        if self.form.is_dirty():
            found.add(SAVE)
        if not self.form.is_new():
            found.add(DELETE)
        return found - self._ctx.forbidden_commands()

    def new_record(self) -> None:
        if not self._settle_unsaved():
            return
        self.form.load(None)
        self._show_extras(None)
        self.list.select_id(None)
        self.commandsChanged.emit()
        self._focus_form()

    def find(self) -> None:
        self.list.focus_search()

    def refresh(self) -> None:
        record_id = self.form.record_id
        if record_id is not None and not self.form.is_dirty():
            self._open(record_id)
        self.model.refresh()

    def export_list(self) -> None:
        """The list as shown (search, filters, sort, columns) to .xlsx or .csv."""
        from .export import export_registry

        self.list.apply_filter()  # a search typed a moment ago counts
        if export_registry(self, self.list, self._ops, self._ctx.settings,
                           self._ctx.lang) is not None:
            self.statusMessage.emit(self.tr("The list is exported."))

    def import_servicemen(self) -> bool:
        """The import wizard, then the list read again; True when anything was imported."""
        # Imported here: the wizard brings openpyxl and friends, needed only when importing.
        from ..importing.wizard import ImportWizard

        result = ImportWizard.ask(self, self._ctx)
        if result is None:
            return False  # what was imported is announced by the wizard's task
        self.statusMessage.emit(
            self.tr("Imported: %1 created, %2 updated, %3 unchanged.")
            .replace("%1", str(result.created)).replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)))
        return True

    def can_leave(self) -> bool:
        return self._settle_unsaved()

    def save_state(self, settings: Settings) -> None:
        self.pane.save(settings)
        self.list.save_state(settings)

    def restore_state(self, settings: Settings) -> None:
        self.pane.restore(settings)
        self.list.restore_state(settings)

    def set_record_pane(self, position: str) -> None:
        """The record pane beside the list or under it (View > Record pane), remembered."""
        self.pane.set_position(position, self._ctx.settings)

    def set_record_pane_hidden(self, hidden: bool) -> None:
        self.pane.set_collapsed(hidden)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pane.shown()

    # -- saving -------------------------------------------------------------------
    def save(self) -> bool:
        """Save the form in one transaction; True when it was saved."""
        if not self.form.is_dirty() and not self.form.is_new():
            return True
        local = self.form.local_problems()
        if local:
            self.form.show_problems(local)
            return False
        data = self.form.value()

        def write(session) -> int:
            if data.id is None:
                return servicemen.create_serviceman(session, data).id
            return servicemen.update_serviceman(session, data.id, data).id

        outcome = self._ops.call(write, write=True, changes=Change.of(SERVICEMAN, data.id),
                                 handle=(ValidationError, StaleRecord, NotFound),
                                 parent=self, title=self.tr("Not saved"))
        if isinstance(outcome.error, ValidationError):
            self.form.show_problems(outcome.error.problems)
            self.statusMessage.emit(self.tr("Not saved: please correct the marked fields."))
            return False
        if isinstance(outcome.error, StaleRecord):
            self._offer_reload(outcome.error)
            return False
        if isinstance(outcome.error, NotFound):
            self._keep_as_new(data, outcome.error)
            return False
        if not outcome.ok:
            return False
        saved_id = outcome.value
        self._open(saved_id)
        self.model.when_loaded(lambda: self.list.select_id(saved_id))
        self.statusMessage.emit(self.tr("Saved: %1.").replace("%1", self._who(self.form.value())))
        return True

    def delete_record(self) -> None:
        record_id = self.form.record_id
        if record_id is None:
            return
        data = self.form.value()
        answer = Prompt.ask(
            self, self.tr("Delete serviceman"),
            self.tr("Delete %1 (IIN %2) with all documents, assignments and roster "
                    "entries?\n\nEdit > Undo delete (Ctrl+Z) brings everything back.")
            .replace("%1", self._who(data))
            .replace("%2", data.iin),
            {Button.Yes: self.tr("Delete"), Button.No: self.tr("Keep")}, Button.No,
            icon=QMessageBox.Icon.Warning)
        if answer != Button.Yes:
            return
        outcome = self._ops.call(
            lambda session: servicemen.delete_serviceman(session, record_id,
                                                         version=data.version),
            write=True, changes=Change.of(SERVICEMAN, record_id, also=[DOCUMENT, ASSIGNMENT]),
            handle=(StaleRecord, NotFound), parent=self, title=self.tr("Not deleted"))
        if isinstance(outcome.error, StaleRecord):
            self._offer_reload(outcome.error)
            return
        if outcome.error is not None and not isinstance(outcome.error, NotFound):
            return  # said by the failure formatter; NotFound: already gone, as intended
        if isinstance(outcome.error, NotFound):
            self.model.refresh()
        self.form.load(None)
        self._show_extras(None)
        self.commandsChanged.emit()
        if outcome.ok:  # into the recycle bin: the window offers to undo it
            self._ops.deleted.emit(outcome.value, self.tr("Serviceman %1 deleted.")
                                   .replace("%1", self._who(data)))

    def show_history(self) -> None:
        """The open record's own audit history, in a dialog."""
        from ..audit.history import RecordHistoryDialog

        if self.form.record_id is not None:
            RecordHistoryDialog.ask(self, self._ops, "serviceman", self.form.record_id,
                                    self._who(self.form.value()))

    # -- opening records -----------------------------------------------------------
    def open_record(self, serviceman_id: int, tab: str = RECORD_TAB) -> bool:
        """Show a serviceman's record on the given tab (after settling unsaved changes).

        Other areas call this (through the main window) to open a person they list.
        The list row is highlighted when the current search shows it. False when
        the clerk chose to stay on the record being edited.
        """
        if serviceman_id != self.form.record_id and not self._settle_unsaved():
            return False
        self._open(serviceman_id)
        if self.form.record_id != serviceman_id:
            return False  # gone meanwhile; _open told the clerk
        def select() -> None:
            if not self.list.select_id(serviceman_id):
                # Added since the list was read, perhaps.
                self.model.refresh(then=lambda: self.list.select_id(serviceman_id))

        self.model.when_loaded(select)  # the list may still be on its way
        self.pane.ensure_shown()
        self.recordTabs.setCurrentWidget(self._tabs.get(tab, self.form))
        return True

    def _may_open(self, new_id: int | None) -> bool:
        return new_id == self.form.record_id or self._settle_unsaved()

    def _settle_unsaved(self) -> bool:
        """Save / Discard / Cancel for unsaved changes; True when it is fine to move on."""
        if not self.form.is_dirty():
            return True
        answer = Prompt.ask(
            self, self.tr("Unsaved changes"),
            self.tr("%1 has changes that are not saved.").replace(
                "%1", self._who(self.form.value()) or self.tr("The new serviceman")),
            {Button.Save: self.tr("Save"), Button.Discard: self.tr("Discard"),
             Button.Cancel: self.tr("Cancel")},
            Button.Save)
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.form.revert()
            return True
        return False

    def _open(self, serviceman_id: int | None, *, extras: bool = True) -> None:
        if serviceman_id is None:
            return
        outcome = self._ops.call(lambda session: servicemen.get_serviceman(session, serviceman_id),
                                 handle=(NotFound,), parent=self,
                                 title=self.tr("Record not read"))
        if isinstance(outcome.error, NotFound):
            Prompt.inform(self, self.tr("Record not found"), error_text(outcome.error))
            self.model.refresh()
            return
        if not outcome.ok:
            return
        data = outcome.value
        self.form.load(data)
        if extras:
            self._show_extras(serviceman_id, self._who(data))
        self.commandsChanged.emit()

    def _show_extras(self, serviceman_id: int | None, who: str = "") -> None:
        """Point the Documents and Assignments tabs at the record (None: a new one)."""
        self.documents.set_serviceman(serviceman_id, who)
        self.assignments.set_serviceman(serviceman_id, who)
        self.historyButton.setEnabled(serviceman_id is not None)
        if serviceman_id is None:
            self.recordTabs.setCurrentWidget(self.form)
        for tab in (self.documents, self.assignments):
            self.recordTabs.setTabEnabled(self.recordTabs.indexOf(tab),
                                          serviceman_id is not None)

    def _changed(self, change: Change) -> None:
        # A serviceman saved anywhere, a document or an assignment (passport fields, the
        # unit, the badge), a roster (the status): the list reads again, and the form
        # follows unless the clerk is editing it.
        if not change.touches(SERVICEMAN, DOCUMENT, ASSIGNMENT, UNIT, ROSTER, SETTINGS):
            return
        self.model.refresh()
        record_id = self.form.record_id
        if record_id is None or self.form.is_dirty():
            return
        if change.may_touch(SERVICEMAN, record_id) or change.touches(DOCUMENT, ASSIGNMENT):
            self._open(record_id, extras=False)

    def _reselect(self) -> None:
        # A new search or sort resets the list; keep the open record highlighted when it
        # is among the first rows (finding it further down would cost a query per keystroke).
        if self.form.record_id is not None:
            self.list.select_id(self.form.record_id, anywhere=False)

    def _offer_reload(self, exc: StaleRecord) -> None:
        answer = Prompt.ask(
            self, self.tr("Changed by someone else"),
            error_text(exc) + "\n\n" + self.tr(
                "Reload shows their version and drops your unsaved changes. "
                "Keep my changes leaves your edits on screen so you can note them first."),
            {Button.Yes: self.tr("Reload"), Button.No: self.tr("Keep my changes")},
            Button.Yes, icon=QMessageBox.Icon.Warning)
        if answer == Button.Yes:
            self._open(self.form.record_id)
            self.model.refresh()

    def _keep_as_new(self, data: ServicemanData, exc: NotFound) -> None:
        Prompt.inform(self, self.tr("Record not found"), error_text(exc) + "\n\n" + self.tr(
            "Your entries stay in the form as a new record; save to add it again."))
        self.form.load_as_new(data)
        self._show_extras(None)
        self.model.refresh()
        self.commandsChanged.emit()

    def _focus_form(self) -> None:
        self.pane.ensure_shown()
        self.recordTabs.setCurrentWidget(self.form)
        self.form.ui.iinEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.ui.iinEdit.selectAll()

    @staticmethod
    def _who(data: ServicemanData) -> str:
        return full_name(data)
