"""A tab beside a serviceman's record that reads its rows only while it is seen.

Moving through the servicemen list with the arrow keys changes the record many
times a second; a hidden tab only notes that it is out of date and reads its
rows when it is shown.
"""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


class RecordTab(QWidget):
    """Subclasses implement ``load`` (the rows of ``serviceman_id``, or none for None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._serviceman_id: int | None = None
        self._who = ""  # the person's name, for the dialogs' titles and questions
        self._stale = False

    @property
    def serviceman_id(self) -> int | None:
        return self._serviceman_id

    def set_serviceman(self, serviceman_id: int | None, who: str = "") -> None:
        """Show this person's rows (None: a record not saved yet)."""
        self._serviceman_id, self._who = serviceman_id, who
        self._stale = True
        self.serviceman_changed()
        if self.isVisible() or serviceman_id is None:
            self.reload()

    def serviceman_changed(self) -> None:
        """Called on every new person, shown or not (buttons that need a saved record)."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.load()

    def load(self) -> None:
        raise NotImplementedError
