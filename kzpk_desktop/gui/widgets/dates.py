"""A date field that can also be empty ("not known"), with a calendar pop-up.

QDateEdit always holds a date. Here the minimum date stands for "empty" and is
shown as blank; Delete or Backspace on the fully selected text, or the clear
button, empties the field, and typing into an empty field starts a new date.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QStyle, QWidget

DATE_FORMAT = "dd.MM.yyyy"
_EMPTY = QDate(1800, 1, 1)


class OptionalDateEdit(QDateEdit):
    #: The date, or None when the field is empty; emitted on every change.
    valueChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(_EMPTY)
        # A single space: Qt shows the special text only when it is not empty.
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        self._clear = QAction(icon, self.tr("Clear the date"), self)
        self._clear.triggered.connect(self.clear_value)
        self.lineEdit().addAction(self._clear, QLineEdit.ActionPosition.TrailingPosition)
        self.setToolTip(self.tr("Type the date as dd.mm.yyyy or pick it from the calendar; "
                                "Delete empties the field."))
        self.dateChanged.connect(self._on_date_changed)
        self.calendarWidget().installEventFilter(self)
        self._on_date_changed(self.date())

    # -- value -------------------------------------------------------------
    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY else date.toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(_EMPTY if value is None else QDate(value))
        self._show_clear_button()  # also when the caller blocked our signals

    def is_empty(self) -> bool:
        return self.date() == _EMPTY

    def clear_value(self) -> None:
        self.setDate(_EMPTY)

    def _on_date_changed(self, _date: QDate) -> None:
        self._show_clear_button()
        self.valueChanged.emit(self.value())

    def _show_clear_button(self) -> None:
        self._clear.setVisible(not self.is_empty() and not self.isReadOnly())

    # -- keyboard ----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        line = self.lineEdit()
        all_selected = line.hasSelectedText() and line.selectedText() == line.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (all_selected or self.is_empty()):
            self.clear_value()
            return
        if self.is_empty() and event.text().isdigit():
            # Start from today so the typed digits replace a real date's sections.
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        elif event.text() in (".", "/", "-", ","):
            # A full day or month already moved the cursor past the dot; the
            # clerk's own dot must not skip the next section as well.
            pos = line.cursorPosition()
            if pos > 0 and not line.text()[pos - 1].isdigit():
                return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pop-up would open on the "empty" marker year; show this month instead
        # without selecting anything (selecting would fill the field).
        if (watched is self.calendarWidget() and event.type() == QEvent.Type.Show
                and self.is_empty()):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
