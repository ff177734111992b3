"""The window in front of long work: what it is doing, how far, and a Cancel that is heard.

It says the step in words ("Writing rows") and, once there is something to
count, "N of M rows" over a bar (a busy bar while the total is unknown, and
while the file is saved). Cancel (or Esc, or closing the window) does not hide
it at once, as QProgressDialog does: it says "Cancelling…" and stays until the
work has stopped, so the clerk never acts on a half-finished export behind it.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...progress import SAVING
from ..i18n import service_text

# The dialog's width; long file names wrap rather than widen it.
WIDTH_PX = 440


class TaskDialog(QDialog):
    """``report(done, total, step)`` from the GUI thread; ``canceled`` once, when asked."""

    canceled = Signal()

    def __init__(self, title: str, label: str, parent: QWidget | None = None, *,
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal if parent is not None
                               else Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(WIDTH_PX)
        self.textLabel = QLabel(label, self, objectName="textLabel", wordWrap=True)
        self.stepLabel = QLabel(self, objectName="stepLabel", wordWrap=True)
        self.countLabel = QLabel(self, objectName="countLabel")
        self.bar = QProgressBar(self, objectName="progressBar")
        self.bar.setRange(0, 0)  # busy until there is something to count
        self.bar.setTextVisible(False)
        buttons = QDialogButtonBox(self)
        self.cancelButton: QPushButton | None = None
        if cancellable:
            self.cancelButton = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancelButton.setObjectName("cancelButton")
            self.cancelButton.setText(self.tr("Cancel"))
            self.cancelButton.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        for widget in (self.textLabel, self.stepLabel, self.countLabel, self.bar, buttons):
            layout.addWidget(widget)
        self.stepLabel.hide()
        self.countLabel.hide()
        self._step: str | None = None
        self._cancelling = False
        self._finished = False

    @property
    def cancelling(self) -> bool:
        return self._cancelling

    def report(self, done: int, total: int, step: str | None = None) -> None:
        if self._cancelling:
            return  # "Cancelling…" stays until the work has stopped
        if step is not None and step != self._step:
            self._step = step
            self.stepLabel.setText(service_text(step))
            self.stepLabel.show()
        locale = QLocale()
        if total > 0:
            # %Ln (the total) chooses the plural form: "из 5 000 строк", "из 21 строки".
            self.countLabel.setText(
                self.tr("%1 of %Ln rows", "", total)
                .replace("%1", locale.toString(min(done, total))))
        elif done > 0:
            self.countLabel.setText(self.tr("Rows written: %1").replace("%1",
                                                                    locale.toString(done)))
        self.countLabel.setVisible(total > 0 or done > 0)
        if total > 0 and self._step != SAVING:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def cancel(self) -> None:
        """Ask the work to stop; the window stays, saying so, until it has."""
        if self._cancelling or self._finished:
            return
        self._cancelling = True
        self.stepLabel.setText(self.tr("Cancelling…"))
        self.stepLabel.show()
        if self.cancelButton is not None:
            self.cancelButton.setEnabled(False)
        self.canceled.emit()

    def finish(self) -> None:
        """The work has ended: close for good."""
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    # Esc and the window's close button cancel, like the button; neither closes by itself.
    def reject(self) -> None:
        if self._finished:
            super().reject()
        elif self.cancelButton is not None:
            self.cancel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

