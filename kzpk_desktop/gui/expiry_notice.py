"""The status-bar notice of documents that expired or expire soon, with a link to them.

The main window counts after it has been painted (the count is one indexed
SQL query, but start-up must not wait even for that) and hands the figure here.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QToolButton, QWidget

from ..services.expiry import EXPIRING
from .documents.status import COLORS


class ExpiryNotice(QWidget):
    #: The clerk clicked "show": open the expiring-documents area.
    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryNotice")
        self._linked = True
        self.label = QLabel(self, objectName="expiryNoticeLabel")
        self.label.linkActivated.connect(lambda _link: self.showRequested.emit())
        self.closeButton = QToolButton(self, objectName="expiryNoticeClose", autoRaise=True)
        self.closeButton.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.closeButton.setToolTip(self.tr("Hide this notice"))
        self.closeButton.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.closeButton)
        self.hide()

    def set_linked(self, linked: bool) -> None:
        """Whether there is an area to show (without it the notice is plain text)."""
        self._linked = linked

    def set_count(self, count: int, window_days: int) -> None:
        """Show how many documents expired or expire within the window; hide at zero."""
        if count <= 0:
            self.hide()
            return
        # Two plurals: "37 documents" and "90 days" each take their own form.
        text = self.tr("%n document(s) expired or expire", "", count) + " " + \
            self.tr("within %n day(s)", "", window_days)
        color = COLORS[EXPIRING].name()
        html = f'<span style="color:{color}">⚠ {text}</span>'
        if self._linked:
            link = self.tr("show")
            html += f' — <a href="show">{link}</a>'
        self.label.setText(html)
        self.label.setToolTip(self.tr("Open the list of expiring documents"))
        self.show()
