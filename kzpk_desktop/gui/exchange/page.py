"""The Exchange area: this office, the offices it trusts with the last package sent, received
and acknowledged, a package out to a peer and one in (preview first, then applied in one
transaction), and the open conflicts side by side with "keep mine" / "keep theirs".

Setting the office up, saving its card and trusting another office's card are an
administrator's (the services refuse anyone else; the buttons are hidden from them).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...messages import Message
from ...services.errors import ServiceError
from ...services.exchange import conflict_words
from ...services.exchange import conflicts as conflict_service
from ...services.exchange import office as office_service
from ...services.exchange import transfer
from ..area import REFRESH, AreaContext, AreaPage
from ..i18n import message_text
from ..ops import describe
from ..ops.changes import Change
from ..prompts import Button, Prompt
from ..settings import Settings
from ..widgets.record_dialog import ERROR_STYLE
from ..widgets.list_page import ListKit
from ..widgets.table import RowsModel
from .columns import CONFLICT_COLUMNS, CONTEXT, PEER_COLUMNS, ConflictRow, PeerRow, role_label
from .dialogs import OfficeDialog, PreviewDialog, summary_lines

PEERS_KEY, CONFLICTS_KEY, SPLITTER_KEY = "exchange_peers", "exchange_conflicts", "exchange"
PACKAGE_SUFFIX = ".kzpk"
CARD_SUFFIX = ".json"


@dataclass(frozen=True)
class Snapshot:
    """What the area shows, read in one go."""

    code: str | None = None
    name: str = ""
    role: str = ""
    fingerprint: str = ""
    needs_enrolment: bool = False
    peers: list[PeerRow] = field(default_factory=list)
    conflicts: list[ConflictRow] = field(default_factory=list)
    held: int = 0
    overruns: list[Message] = field(default_factory=list)


def read_snapshot(session) -> Snapshot:
    me = office_service.this_office(session)
    if me is None:
        return Snapshot()
    row = office_service.self_row(session.connection())
    status = conflict_service.status(session)
    prints = {p.code: office_service.fingerprint(p.code, p.sign_public, p.box_public)
              for p in office_service.peers(session)}
    peers = [PeerRow(p["code"], p["name"], p["role"], prints.get(p["code"], ""), p["sent"],
                     p["sent_at"], p["received"], p["received_at"], p["acknowledged"],
                     p["acknowledged_at"], p["unacknowledged_changes"]) for p in status["peers"]]
    items = conflict_service.open_conflicts(session)
    subjects = conflict_service.subjects(session, items)
    overruns = transfer.ceiling_overruns(session) if me.role == "ministry" else []
    rows = [ConflictRow(c, subjects[c.id], conflict_words.reading(c, subjects[c.id]))
            for c in items]
    return Snapshot(me.code, me.name, me.role, me.fingerprint, bool(row.needs_enrolment), peers,
                    rows, status["held"], overruns)


def sentence(message) -> str:
    """A service's words in the clerk's language, from a capital letter (a translation may
    begin with the record's name: "военнослужащий (…): …")."""
    text = message_text(message)
    return text[:1].upper() + text[1:]


class ExchangePage(AreaPage):
    def __init__(self, ctx: AreaContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangePage")
        self._ctx = ctx
        self._ops = ctx.ops
        self.snapshot = Snapshot()
        admin = ctx.may("admin")
        clerk = ctx.may("clerk")

        self.officeLabel = QLabel(self, objectName="officeLabel", wordWrap=True)
        self.officeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setUpButton = QPushButton(self.tr("Set up this office…"), self,
                                       objectName="setUpButton")
        self.cardButton = QPushButton(self.tr("Save this office's card…"), self,
                                      objectName="cardButton")
        self.trustButton = QPushButton(self.tr("Trust an office's card…"), self,
                                       objectName="trustButton")
        for button in (self.setUpButton, self.cardButton, self.trustButton):
            button.setVisible(admin)
        office_box = QGroupBox(self.tr("This office"), self)
        office_layout = QHBoxLayout(office_box)
        office_layout.addWidget(self.officeLabel, 1)
        office_layout.addWidget(self.setUpButton)
        office_layout.addWidget(self.cardButton)
        office_layout.addWidget(self.trustButton)

        self.peersModel = RowsModel(PEER_COLUMNS, CONTEXT, key=lambda r: r.id, parent=self)
        self.peersView = QTableView(self, objectName="peersView")
        self.peersView.setModel(self.peersModel)
        self.peersKit = ListKit(self.peersView, PEER_COLUMNS, PEERS_KEY, settings=ctx.settings)
        view = self.peersView  # three offices in sight whatever the conflicts take
        view.setMinimumHeight(3 * view.verticalHeader().defaultSectionSize()
                              + view.horizontalHeader().sizeHint().height()
                              + view.horizontalScrollBar().sizeHint().height()
                              + 2 * view.frameWidth())
        self.exportButton = QPushButton(self.tr("Export a package to the office…"), self,
                                        objectName="exportButton")
        self.importButton = QPushButton(self.tr("Import a package…"), self,
                                        objectName="importButton")
        for button in (self.exportButton, self.importButton):
            button.setVisible(clerk)
        self.overrunsLabel = QLabel(self, objectName="overrunsLabel", wordWrap=True)
        self.overrunsLabel.setStyleSheet(ERROR_STYLE)
        self.overrunsLabel.hide()
        peers_box = QGroupBox(self.tr("Offices this office exchanges with"), self)
        peers_layout = QVBoxLayout(peers_box)
        peers_layout.addWidget(self.peersView, 1)
        row = QHBoxLayout()
        row.addWidget(self.exportButton)
        row.addWidget(self.importButton)
        row.addStretch(1)
        peers_layout.addLayout(row)
        peers_layout.addWidget(self.overrunsLabel)

        self.conflictsModel = RowsModel(CONFLICT_COLUMNS, CONTEXT, key=lambda r: r.id,
                                        parent=self)
        self.conflictsView = QTableView(self, objectName="conflictsView")
        self.conflictsView.setModel(self.conflictsModel)
        self.conflictsKit = ListKit(self.conflictsView, CONFLICT_COLUMNS, CONFLICTS_KEY,
                                    settings=ctx.settings, stretch="record")
        # A few rows, each read closely: a cell too long for its column wraps onto a second
        # line rather than being cut (a Russian or Kazakh kind, a long status word).
        self.conflictsView.setWordWrap(True)
        self.conflictsView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.conflictsLabel = QLabel(self, objectName="conflictsLabel", wordWrap=True)
        # The chosen conflict in words: what happened, and what each decision will do.
        self.whatLabel = QLabel(self, objectName="whatLabel", wordWrap=True)
        self.whatLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keepMineButton = QPushButton(self.tr("Keep mine"), self, objectName="keepMineButton")
        self.keepTheirsButton = QPushButton(self.tr("Keep theirs"), self,
                                            objectName="keepTheirsButton")
        self.mineEffectLabel = QLabel(self, objectName="mineEffectLabel", wordWrap=True)
        self.theirsEffectLabel = QLabel(self, objectName="theirsEffectLabel", wordWrap=True)
        for button in (self.keepMineButton, self.keepTheirsButton):
            button.setVisible(clerk)
        conflicts_box = QGroupBox(self.tr("Open conflicts"), self)
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.addWidget(self.conflictsLabel)
        conflicts_layout.addWidget(self.conflictsView, 1)
        conflicts_layout.addWidget(self.whatLabel)
        choices = QGridLayout()
        choices.addWidget(self.keepMineButton, 0, 0)
        choices.addWidget(self.mineEffectLabel, 0, 1)
        choices.addWidget(self.keepTheirsButton, 1, 0)
        choices.addWidget(self.theirsEffectLabel, 1, 1)
        choices.setColumnStretch(1, 1)
        conflicts_layout.addLayout(choices)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="exchangeSplitter")
        self.splitter.addWidget(peers_box)
        self.splitter.addWidget(conflicts_box)
        # The conflicts, read and decided one by one, take most of the height; a few peers
        # need only a few lines.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(office_box)
        layout.addWidget(self.splitter, 1)

        self.setUpButton.clicked.connect(self.set_up_office)
        self.cardButton.clicked.connect(self.save_card)
        self.trustButton.clicked.connect(self.trust_card)
        self.exportButton.clicked.connect(self.export_package)
        self.importButton.clicked.connect(self.import_package)
        self.keepMineButton.clicked.connect(lambda: self.resolve("local"))
        self.keepTheirsButton.clicked.connect(lambda: self.resolve("incoming"))
        self.peersView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conflictsView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- the area's commands ---------------------------------------------------------------
    def commands(self) -> set[str]:
        return {REFRESH}

    def refresh(self) -> None:
        outcome = self._ops.call(read_snapshot)
        if outcome.ok:  # else said on the status bar; Refresh reads again
            self.show_snapshot(outcome.value)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # packages waiting may have grown with edits made elsewhere

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        if snap.code is None:
            self.officeLabel.setText(self.tr("This database is not an office yet. An "
                                             "administrator sets it up once; then it can "
                                             "exchange packages."))
        else:
            lines = [self.tr("Office %1 (%2): %3").replace("%1", snap.code)
                     .replace("%2", role_label(snap.role)).replace("%3", snap.name),
                     self.tr("Fingerprint: %1").replace("%1", snap.fingerprint)]
            if snap.needs_enrolment:
                lines.append(self.tr("This database is a copy or a restored backup: it sends "
                                     "nothing until an administrator enrols it again under "
                                     "a new code."))
            self.officeLabel.setText("\n".join(lines))
        self.setUpButton.setText(self.tr("Enrol again…") if snap.needs_enrolment
                                 else self.tr("Set up this office…"))
        self.setUpButton.setEnabled(snap.code is None or snap.needs_enrolment)
        self.cardButton.setEnabled(snap.code is not None and not snap.needs_enrolment)
        self.trustButton.setEnabled(snap.code is not None)
        selected_peer = self._selected(self.peersView, self.peersModel)
        self.peersModel.set_rows(snap.peers)
        self._select(self.peersView, self.peersModel,
                     selected_peer.id if selected_peer is not None else
                     (snap.peers[0].id if len(snap.peers) == 1 else None))
        self.conflictsModel.set_rows(snap.conflicts)
        if snap.code is None:
            self.conflictsLabel.setText("")
        elif snap.conflicts or snap.held:
            text = self.tr("%n conflict(s) to decide: each keeps one side, and the decision "
                           "travels to the other offices.", "", len(snap.conflicts))
            if snap.held:
                text += " " + self.tr("%n record(s) held for the ministry's decision.", "",
                                      snap.held)
            self.conflictsLabel.setText(text)
        else:
            self.conflictsLabel.setText(self.tr("No open conflicts."))
        self.overrunsLabel.setText("\n".join(message_text(m) for m in snap.overruns))
        self.overrunsLabel.setVisible(bool(snap.overruns))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        office = self.snapshot.code is not None
        self.exportButton.setEnabled(office and self._selected(self.peersView, self.peersModel)
                                     is not None)
        self.importButton.setEnabled(office)
        chosen = self._selected(self.conflictsView, self.conflictsModel)
        self.keepMineButton.setEnabled(chosen is not None)
        self.keepTheirsButton.setEnabled(chosen is not None)
        self._show_choices(chosen)

    def _show_choices(self, row: ConflictRow | None) -> None:
        """The selected conflict in words; the buttons say what they keep."""
        if row is None:
            self.keepMineButton.setText(self.tr("Keep mine"))
            self.keepTheirsButton.setText(self.tr("Keep theirs"))
            self.whatLabel.setText(self.tr("Choose a conflict to see what happened and what "
                                           "each decision will do.")
                                   if self.snapshot.conflicts else "")
            self.mineEffectLabel.clear()
            self.theirsEffectLabel.clear()
            return
        r = row.reading
        self.whatLabel.setText(sentence(r.what))
        self.keepMineButton.setText(sentence(r.keep_local))
        self.keepTheirsButton.setText(sentence(r.keep_incoming))
        self.mineEffectLabel.setText(sentence(r.local_effect))
        self.theirsEffectLabel.setText(sentence(r.incoming_effect))

    def _write(self, title: str, job, **kw):
        """``job(session)`` in one transaction off the GUI thread; a failure said in a box."""
        return self._ops.call(job, write=True, parent=self, title=title, **kw)

    # -- office -----------------------------------------------------------------------------
    def set_up_office(self) -> None:
        snap = self.snapshot
        dialog = OfficeDialog(self, enrolling=snap.needs_enrolment,
                              ministry=snap.role == "ministry")
        while dialog.exec() == QDialog.DialogCode.Accepted:
            code, name, ministry = dialog.values()
            outcome = self._write(dialog.windowTitle(), lambda s: office_service.init_office(
                s, code=code, name=name, ministry=ministry), handle=(ServiceError,))
            if isinstance(outcome.error, ServiceError):
                dialog.show_error(describe(outcome.error))
                continue
            if not outcome.ok:
                return
            made = outcome.value
            self.statusMessage.emit(self.tr("Office %1 set up; fingerprint %2.")
                                    .replace("%1", made.code).replace("%2", made.fingerprint))
            self.refresh()
            return

    def save_card(self) -> None:
        title = self.tr("Save this office's card")
        suggested = Path(self._ctx.settings.last_folder) / \
            f"office-{self.snapshot.code}{CARD_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested),
                                                self.tr("Office cards (*.json)"))
        if not chosen:
            return
        path = Path(chosen)
        outcome = self._ops.call(office_service.card, parent=self, title=title)
        if not outcome.ok:
            return
        try:
            temp = path.with_name(f".{path.name}.partial")
            temp.write_bytes(outcome.value)
            temp.replace(path)
        except OSError as exc:
            self._ops.report(exc, parent=self, title=title)
            return
        self._ctx.settings.last_folder = str(path.parent)
        self.statusMessage.emit(self.tr("Card saved: %1. Read the fingerprint %2 to the other "
                                        "office when it trusts the card.")
                                .replace("%1", str(path)).replace("%2",
                                                                  self.snapshot.fingerprint))

    def trust_card(self) -> None:
        title = self.tr("Trust an office's card")
        chosen, _ = QFileDialog.getOpenFileName(self, title, self._ctx.settings.last_folder,
                                                self.tr("Office cards (*.json);;All files (*)"))
        if not chosen:
            return
        try:
            with open(chosen, "rb") as f:
                data = f.read(office_service.MAX_CARD_BYTES + 1)
            card = office_service.read_card(data)
        except (OSError, ServiceError) as exc:
            self._ops.report(exc, parent=self, title=title)
            return
        question = self.tr("Trust office %1 (%2, %3)?\n\nIts fingerprint is %4. Read it to "
                           "that office over the phone: trust the card only if it is the "
                           "same there.").replace("%1", card.code) \
            .replace("%2", role_label(card.role)).replace("%3", card.name) \
            .replace("%4", card.fingerprint)
        yes, cancel = Button.Yes, Button.Cancel
        if Prompt.ask(self, title, question, {yes: self.tr("Trust"), cancel: ""},
                      cancel) != yes:
            return
        if not self._write(title, lambda s: office_service.trust(s, data)).ok:
            return
        self._ctx.settings.last_folder = str(Path(chosen).parent)
        self.statusMessage.emit(self.tr("Office %1 trusted.").replace("%1", card.code))
        self.refresh()

    # -- packages ---------------------------------------------------------------------------
    def export_package(self) -> None:
        peer = self._selected(self.peersView, self.peersModel)
        if peer is None:
            return
        title = self.tr("Export a package to %1").replace("%1", peer.id)
        suggested = Path(self._ctx.settings.last_folder) / \
            f"{self.snapshot.code}-to-{peer.id}-{peer.sent + 1}{PACKAGE_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested),
                                                self.tr("KZPK packages (*.kzpk)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != PACKAGE_SUFFIX:
            path = path.with_name(path.name + PACKAGE_SUFFIX)
        sessions = self._ctx.sessions
        outcome = self._ops.task(
            self, title, self.tr("Gathering everything %1 has not acknowledged…")
            .replace("%1", peer.id),
            lambda progress: transfer.export_to_file(sessions, peer.id, path,
                                                     progress=progress), cancellable=False)
        if not outcome.ok:
            self._ops.report(outcome.error, parent=self, title=title)
            return
        result = outcome.value
        self._ctx.settings.last_folder = str(path.parent)
        text = self.tr("Package No. %1 for %2 written: %3 (%4 records, %5 KiB).") \
            .replace("%1", str(result.seq)).replace("%2", peer.id) \
            .replace("%3", str(result.path)).replace("%4", str(result.records)) \
            .replace("%5", str(result.size // 1024))
        if result.deferred_scans:
            text += " " + self.tr("%n scan(s) did not fit and follow in the next package.", "",
                                  result.deferred_scans)
        self.statusMessage.emit(text)
        self.refresh()

    def import_package(self) -> None:
        title = self.tr("Import a package")
        chosen, _ = QFileDialog.getOpenFileName(
            self, title, self._ctx.settings.last_folder,
            self.tr("KZPK packages (*.kzpk);;All files (*)"))
        if not chosen:
            return
        self._ctx.settings.last_folder = str(Path(chosen).parent)
        sessions = self._ctx.sessions
        outcome = self._ops.task(
            self, title, self.tr("Checking the package and trying it out…"),
            lambda progress: transfer.import_file(sessions, chosen, dry_run=True,
                                                  progress=progress))
        if outcome.cancelled:
            return
        if not outcome.ok:
            self._ops.report(outcome.error, parent=self, title=title)
            return
        preview = outcome.value
        if preview.status != "imported":
            self._said_nothing_new(title, preview)
            return
        if PreviewDialog(preview, self).exec() != QDialog.DialogCode.Accepted:
            return
        outcome = self._ops.task(
            self, title, self.tr("Importing the package…"),
            lambda progress: transfer.import_file(sessions, chosen, progress=progress),
            changes=Change.everything())
        if outcome.cancelled:
            self.statusMessage.emit(self.tr("The import was cancelled; nothing was changed."))
            return
        if not outcome.ok:
            self._ops.report(outcome.error, parent=self, title=title)
            return
        summary = outcome.value
        if summary.status != "imported":
            self._said_nothing_new(title, summary)
            return
        self.refresh()
        text = self.tr("Package No. %1 from %2 imported.").replace("%1", str(summary.seq)) \
            .replace("%2", summary.office)
        self.statusMessage.emit(text)
        if summary.conflicts or summary.refused or summary.held or summary.overruns \
                or summary.audit_problems:
            Prompt.inform(self, title, text + "\n\n" + "\n".join(
                summary_lines(summary, applied=True)))

    def _said_nothing_new(self, title: str, summary) -> None:
        if summary.status == "already":
            text = self.tr("Package No. %1 from %2 was imported before; nothing changed.")
        else:
            text = self.tr("Package No. %1 from %2 is older than one already imported, which "
                           "carried everything in it; nothing changed.")
        Prompt.inform(self, title, text.replace("%1", str(summary.seq))
                      .replace("%2", summary.office))

    # -- conflicts --------------------------------------------------------------------------
    def resolve(self, keep: str) -> None:
        row = self._selected(self.conflictsView, self.conflictsModel)
        if row is None:
            return
        if not self._write(self.tr("Decide a conflict"),
                           lambda s: conflict_service.resolve(s, row.id, keep),
                           changes=Change.everything()).ok:
            self.refresh()
            return
        decision = row.reading.keep_local if keep == "local" else row.reading.keep_incoming
        self.statusMessage.emit(self.tr("Conflict decided: %1.")
                                .replace("%1", sentence(decision)))
        self.refresh()

    # -- selection and state ----------------------------------------------------------------
    @staticmethod
    def _selected(view: QTableView, model: RowsModel):
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    @staticmethod
    def _select(view: QTableView, model: RowsModel, key) -> None:
        number = model.row_of(key) if key is not None else None
        if number is None:
            view.clearSelection()
        else:
            view.selectRow(number)

    def save_state(self, settings: Settings) -> None:
        self.peersKit.save(settings)
        self.conflictsKit.save(settings)
        settings.remember_splitter(SPLITTER_KEY, self.splitter)

    def restore_state(self, settings: Settings) -> None:
        self.peersKit.restore(settings)
        self.conflictsKit.restore(settings)
        settings.restore_splitter(SPLITTER_KEY, self.splitter)
