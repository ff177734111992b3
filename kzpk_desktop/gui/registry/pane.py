"""The registry's record pane beside the list: right of it or under it, narrowed to
nothing and brought back, all remembered for the next start.

The list and the record pane share one splitter. The clerk drags its handle to
give the list more room, down to hiding the pane altogether (the handle stays
at the edge and drags it back; View > Record pane shows it too); View > Record
pane > At the bottom turns the splitter so the list gets the whole width. Each
position keeps its own sizes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from ..settings import RECORD_PANE_BOTTOM, RECORD_PANE_RIGHT, Settings

#: The list's share of the splitter at first (per cent), beside and above the pane.
LIST_SHARE = {RECORD_PANE_RIGHT: 55, RECORD_PANE_BOTTOM: 60}
_ORIENTATION = {RECORD_PANE_RIGHT: Qt.Orientation.Horizontal,
                RECORD_PANE_BOTTOM: Qt.Orientation.Vertical}


class RecordPaneSplit(QObject):
    """Where the record pane stands and how much room it has (see the module docstring)."""

    def __init__(self, splitter: QSplitter, listing: QWidget, pane: QWidget, *,
                 key: str) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self._list = listing
        self._pane = pane
        self._key = key
        self.position = RECORD_PANE_RIGHT
        self._default_pending = False
        self._shown_sizes: list[int] | None = None  # the sizes before the pane was hidden
        splitter.addWidget(listing)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)  # dragged to the edge: hidden, the handle stays

    def _state_key(self, position: str) -> str:
        # Beside the list: the key the splitter was always remembered under.
        return self._key if position == RECORD_PANE_RIGHT else f"{self._key}-{position}"

    # -- hidden or shown -----------------------------------------------------------
    def is_collapsed(self) -> bool:
        sizes = self.splitter.sizes()
        return len(sizes) == 2 and sizes[1] == 0 and sum(sizes) > 0

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.is_collapsed():
            return
        room = sum(self.splitter.sizes())
        if collapsed:
            self._shown_sizes = self.splitter.sizes()
            self.splitter.setSizes([room, 0])
        elif self._shown_sizes and self._shown_sizes[1] > 0 and sum(self._shown_sizes) == room:
            self.splitter.setSizes(self._shown_sizes)
        else:
            self.default_split()

    def ensure_shown(self) -> None:
        """A record was asked for: the pane comes back if it was hidden."""
        self.set_collapsed(False)

    # -- right or bottom -----------------------------------------------------------
    def set_position(self, position: str, settings: Settings | None = None) -> None:
        """Move the pane beside or under the list (with the sizes that position had)."""
        if position not in _ORIENTATION:
            raise ValueError(f"unknown record pane position {position!r}")
        if position == self.position:
            return
        if settings is not None:
            settings.remember_splitter(self._state_key(self.position), self.splitter)
            settings.record_pane = position
        self.position = position
        self.splitter.setOrientation(_ORIENTATION[position])
        self._shown_sizes = None
        if settings is None or not self._restore_sizes(settings):
            self.default_split()

    # -- remembered ----------------------------------------------------------------
    def save(self, settings: Settings) -> None:
        settings.remember_splitter(self._state_key(self.position), self.splitter)
        settings.record_pane = self.position

    def restore(self, settings: Settings) -> None:
        self.position = settings.record_pane
        self.splitter.setOrientation(_ORIENTATION[self.position])
        if not self._restore_sizes(settings):
            share = LIST_SHARE[self.position]
            self.splitter.setSizes([share, 100 - share])
            self._default_pending = True  # made exact once the page has its size

    def _restore_sizes(self, settings: Settings) -> bool:
        state = settings.splitter_state(self._state_key(self.position))
        if state is None or not self.splitter.restoreState(state):
            return False
        # A state saved by an older version may carry the other orientation.
        self.splitter.setOrientation(_ORIENTATION[self.position])
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        return True

    def shown(self) -> None:
        """The page is on screen (its size known): the first-run split, if pending."""
        if self._default_pending:
            self._default_pending = False
            self.default_split()

    def default_split(self) -> None:
        """The list its share, but never less than its filters need in full (beside the
        pane); the pane the rest (its Documents and Assignments tables want nearly as much
        room as the list)."""
        room = sum(self.splitter.sizes())
        if room <= 0:
            self._default_pending = True
            return
        share = LIST_SHARE[self.position]
        if self.position == RECORD_PANE_RIGHT:
            wanted = max(room * share // 100, self._list.sizeHint().width())
            least_pane = self._pane.minimumSizeHint().width()
        else:
            wanted = room * share // 100
            least_pane = min(self._pane.minimumSizeHint().height(), room // 3)
        first = max(0, min(wanted, room - least_pane))
        self.splitter.setSizes([first, room - first])


def record_pane_menu(view: QMenu, settings: Settings, registry) -> QMenu:
    """View > Record pane: on the right, at the bottom, hidden. ``registry()`` is the
    registry page (built on first use); the position is remembered even before."""
    menu = view.addMenu(QCoreApplication.translate("RecordPane", "&Record pane"))
    menu.setObjectName("recordPaneMenu")
    group = QActionGroup(menu)
    choices = {}
    for position, text in ((RECORD_PANE_RIGHT,
                            QCoreApplication.translate("RecordPane", "On the &right")),
                           (RECORD_PANE_BOTTOM,
                            QCoreApplication.translate("RecordPane", "At the &bottom"))):
        action = QAction(text, menu, checkable=True, objectName=f"recordPane_{position}")
        action.triggered.connect(lambda _=False, p=position: registry().set_record_pane(p))
        group.addAction(action)
        menu.addAction(action)
        choices[position] = action
    menu.addSeparator()
    hidden = QAction(QCoreApplication.translate("RecordPane", "&Hidden"), menu, checkable=True,
                     objectName="recordPaneHidden")
    hidden.setToolTip(QCoreApplication.translate(
        "RecordPane", "The list takes the whole area; opening a record shows the pane again"))
    hidden.triggered.connect(lambda on: registry().set_record_pane_hidden(on))
    menu.addAction(hidden)

    def update() -> None:
        page = registry()
        choices[page.pane.position].setChecked(True)
        hidden.setChecked(page.pane.is_collapsed())

    menu.aboutToShow.connect(update)
    choices[settings.record_pane].setChecked(True)
    return menu
