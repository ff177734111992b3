"""What the main window expects of an area (a page of its navigation pane)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session, sessionmaker

from ..services.auth import Actor
from .ops import Operations
from .settings import Settings

# Commands the main window's menu and toolbar send to the current area.
NEW, SAVE, FIND, DELETE, REFRESH = "new", "save", "find", "delete", "refresh"
EXPORT = "export"  # File > Export list…: the list as shown, to .xlsx or .csv
PRINT = "print"  # File > Print preview…: the pages of the report, as they will print

#: ``AreaContext.gate`` as a widget inside an area receives it: (widget, minimum role, tip=).
Gate = Callable[..., bool]


@dataclass(frozen=True)
class AreaContext:
    """Everything an area may use; each takes only what it needs from it."""

    sessions: sessionmaker[Session]
    settings: Settings
    lang: str  # language of reference names (ranks, units) and of the UI
    #: Who is signed in. None: the GUI hides nothing (the services still refuse).
    actor: Actor | None = None
    #: The one way pages run database work (off the GUI thread) and hear of changes;
    #: made on ``sessions`` when not given.
    ops: Operations = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.ops is None:
            object.__setattr__(self, "ops", Operations(self.sessions))

    def may(self, minimum: str) -> bool:
        """Whether the signed-in user's role reaches ``minimum`` (for hiding what it cannot do)."""
        return self.actor is None or self.actor.may(minimum)

    def gate(self, widget: QWidget, minimum: str, *, tip: str = "") -> bool:
        """Grey ``widget`` out for a role below ``minimum``, with a tooltip naming the role
        that may use it (the services refuse anyway; nobody should find out only at OK).
        Returns whether the role may."""
        if self.may(minimum):
            return True
        needed = self.role_needed(minimum)
        widget.setToolTip(f"{tip}\n{needed}" if tip else needed)
        _RoleGate(widget)
        return False

    @staticmethod
    def role_needed(minimum: str) -> str:
        """"Needs the role “supervisor” or higher.", in the UI language (a greyed-out
        button's or menu command's tooltip)."""
        from .security.labels import role_label

        return QCoreApplication.translate("AreaContext", "Needs the role “%1” or higher.") \
            .replace("%1", role_label(minimum))

    def forbidden_commands(self) -> set[str]:
        """Record commands the role never may use: a viewer changes nothing, a clerk deletes
        nothing. Areas refine this (reference tables are an administrator's)."""
        if not self.may("clerk"):
            return {NEW, SAVE, DELETE}
        if not self.may("supervisor"):
            return {DELETE}
        return set()


class _RoleGate(QObject):
    """Keeps a widget disabled whatever the page's own logic enables (a row chosen, a
    record opened): the role, not the moment, decides."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.setEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.EnabledChange \
                and self._widget.isEnabled():
            self._widget.setEnabled(False)
        return False


class AreaPage(QWidget):
    """Base of every area. Override the commands the area supports and list them in
    ``commands()``; the window greys out the others."""

    #: Which commands make sense has changed (a record opened, a field edited).
    commandsChanged = Signal()
    #: A short message for the status bar.
    statusMessage = Signal(str)
    #: Show a serviceman's record (id, tab: "record", "documents" or "assignments");
    #: the main window opens it in the registry area.
    openServiceman = Signal(int, str)

    def commands(self) -> set[str]:
        return set()

    def new_record(self) -> None:
        pass

    def save(self) -> bool:
        return True

    def find(self) -> None:
        pass

    def delete_record(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def print_preview(self) -> None:
        pass

    def export_list(self) -> None:
        pass

    def list_kit(self):
        """The list "Columns…" is for: the one with the focus, else the first shown."""
        from PySide6.QtWidgets import QApplication

        from .widgets.list_page import ListKit

        kits = [k for k in self.findChildren(ListKit) if k.table.isVisible()]
        focus = QApplication.focusWidget()
        for kit in kits:
            if focus is not None and (focus is kit.table or kit.table.isAncestorOf(focus)):
                return kit
        return kits[0] if kits else None

    def can_leave(self) -> bool:
        """Asked before the window closes: settle unsaved changes, False to stay."""
        return True

    def save_state(self, settings: Settings) -> None:
        pass

    def restore_state(self, settings: Settings) -> None:
        pass
