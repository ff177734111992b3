"""Edit > Undo delete: the last delete of this session, put back (services/recycle.py).

Every delete that goes into the recycle bin is announced by ``Operations.deleted``;
the window then says what went on the status bar with an "Undo" button, and
Edit > Undo delete (Ctrl+Z) brings it back. Ctrl+Z in a text field stays the
field's own undo: a line edit takes the shortcut before the window sees it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

from ...services import recycle
from ...services.errors import NotFound
from ..ops import Change, Operations, describe
from ..ops.changes import ASSIGNMENT, DOCUMENT, ROSTER, SERVICEMAN, UNIT

#: What a restore may bring back: the person, his documents, assignments and roster entries.
RESTORED = Change(frozenset({SERVICEMAN, DOCUMENT, ASSIGNMENT, ROSTER, UNIT}))
#: The record tab a restored record is shown on.
TABS = {"serviceman": "record", "document": "documents", "assignment": "assignments"}
STATUS_TIMEOUT_MS = 6000


def restore_item(ops: Operations, item_id: int, lang: str, parent: QWidget, title: str):
    """Put bin item ``item_id`` back, on the writer thread; the ``Outcome`` (its value a
    ``services.recycle.Restored``). A refusal is said in a box titled ``title``; an item
    no longer in the bin comes back in the outcome (NotFound) for the caller to say."""
    return ops.call(lambda session: recycle.restore(session, item_id, lang=lang), write=True,
                    changes=RESTORED, handle=(NotFound,), parent=parent, title=title)


class UndoDelete(QObject):
    """The window's memory of its last delete, with the action and the status bar notice."""

    #: The record is back (a ``services.recycle.Restored``): the window shows it.
    restored = Signal(object)

    def __init__(self, ops: Operations, lang: str, window: QMainWindow) -> None:
        super().__init__(window)
        self._ops, self._lang, self._window = ops, lang, window
        self._item: int | None = None
        self.action = QAction(self.tr("&Undo delete"), window, objectName="undoDeleteAction")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.setStatusTip(self.tr("Bring back what was deleted last, with everything "
                                         "that went with it"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.addAction(self.action)  # the shortcut works with the menu bar hidden too

        self.notice = QWidget(window, objectName="undoNotice")
        self.noticeLabel = QLabel(self.notice, objectName="undoNoticeLabel")
        self.undoButton = QToolButton(self.notice, objectName="undoButton")
        self.undoButton.setText(self.tr("Undo"))
        self.undoButton.setToolTip(self.tr("Bring it back (Ctrl+Z)"))
        self.undoButton.setAutoRaise(True)
        self.undoButton.clicked.connect(self.undo)
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.noticeLabel)
        row.addWidget(self.undoButton)
        self.notice.hide()
        window.statusBar().insertPermanentWidget(0, self.notice)
        ops.deleted.connect(self.remember)

    @property
    def item(self) -> int | None:
        return self._item

    def remember(self, item_id: int, text: str) -> None:
        self._item = item_id
        self.noticeLabel.setText(text)
        self.action.setEnabled(True)
        self.action.setToolTip(self.tr("Undo: %1").replace("%1", text))
        self.notice.show()

    def forget(self) -> None:
        self._item = None
        self.action.setEnabled(False)
        self.notice.hide()

    def undo(self) -> None:
        if self._item is None:
            return
        outcome = restore_item(self._ops, self._item, self._lang, self._window,
                               self.tr("Not restored"))
        if isinstance(outcome.error, NotFound):  # restored from the bin meanwhile
            self.forget()
            self._window.statusBar().showMessage(describe(outcome.error), STATUS_TIMEOUT_MS)
            return
        if not outcome.ok:
            return  # said in a box; still in the bin, to be undone once the cause is gone
        self.forget()
        done = outcome.value
        self._window.statusBar().showMessage(
            self.tr("Restored: %1.").replace("%1", done.what), STATUS_TIMEOUT_MS)
        self.restored.emit(done)
