"""How an expiry status looks everywhere: its words, colour and badge.

The statuses themselves come from ``services.expiry`` (expired, expiring, ok);
the documents tab, the servicemen list and the expiring view show them alike.
A badge is not told by its colour alone: expired is a round mark with a cross,
expiring a triangle with an exclamation mark, valid a round mark with a tick
(a clerk who cannot tell red from green, or a grey printout, still reads it);
``ExpiryLegend`` says what each means where the badges are shown.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPointF, \
    QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...services.expiry import EXPIRED, EXPIRING, OK
from ..widgets.table import ERROR_COLOR, OK_COLOR, WARNING_COLOR

_CONTEXT = "ExpiryStatus"

COLORS = {EXPIRED: ERROR_COLOR, EXPIRING: WARNING_COLOR, OK: OK_COLOR}
HISTORY_COLOR = QColor("#8a8a8a")

_LABELS = {
    EXPIRED: QT_TRANSLATE_NOOP("ExpiryStatus", "Expired"),
    EXPIRING: QT_TRANSLATE_NOOP("ExpiryStatus", "Expiring"),
    OK: QT_TRANSLATE_NOOP("ExpiryStatus", "Valid"),
}
#: What a serviceman's badge means (the worst of his current documents).
_BADGE_TIPS = {
    EXPIRED: QT_TRANSLATE_NOOP("ExpiryStatus", "At least one current document has expired."),
    EXPIRING: QT_TRANSLATE_NOOP("ExpiryStatus", "A current document expires within the warning "
                                                "window."),
    OK: QT_TRANSLATE_NOOP("ExpiryStatus", "All current documents are valid beyond the warning "
                                          "window."),
}
_icons: dict[str, QIcon] = {}


def status_label(status: str | None) -> str:
    return QCoreApplication.translate(_CONTEXT, _LABELS[status]) if status in _LABELS else ""


def badge_tip(status: str | None) -> str:
    return QCoreApplication.translate(_CONTEXT, _BADGE_TIPS[status]) if status in _BADGE_TIPS \
        else ""


def status_color(status: str | None) -> QColor | None:
    return COLORS.get(status)


def status_icon(status: str | None) -> QIcon | None:
    """The status's badge: a shape and a mark in its colour (drawn once per status)."""
    if status not in COLORS:
        return None
    if status not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COLORS[status])
        mark = QPen(QColor("white"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        if status == EXPIRING:
            painter.drawPolygon(QPolygonF([QPointF(8, 1.5), QPointF(15, 14.5),
                                           QPointF(1, 14.5)]))
            painter.setPen(QPen(QColor("#202020"), 1.8, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawLine(QPointF(8, 6), QPointF(8, 9.5))
            painter.drawPoint(QPointF(8, 12.2))
        else:
            painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
            painter.setPen(mark)
            if status == EXPIRED:
                painter.drawLine(QPointF(5.2, 5.2), QPointF(10.8, 10.8))
                painter.drawLine(QPointF(10.8, 5.2), QPointF(5.2, 10.8))
            else:
                painter.drawPolyline(QPolygonF([QPointF(4.6, 8.2), QPointF(7, 10.6),
                                                QPointF(11.4, 5.6)]))
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]


class ExpiryLegend(QWidget):
    """What the badges mean: each one with its word and, as a tip, its full meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("expiryLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self, objectName="legendTitle")
        layout.addWidget(self.title)
        self.entries: dict[str, tuple[QLabel, QLabel]] = {}
        for status in (EXPIRED, EXPIRING, OK):
            icon = QLabel(self, objectName=f"legendIcon_{status}")
            icon.setPixmap(status_icon(status).pixmap(16, 16))
            text = QLabel(self, objectName=f"legendText_{status}")
            text.setBuddy(icon)
            layout.addSpacing(8)
            layout.addWidget(icon)
            layout.addWidget(text)
            self.entries[status] = (icon, text)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("ExpiryStatus", "Documents:"))
        for status, (icon, text) in self.entries.items():
            tip = badge_tip(status)
            text.setText(status_label(status))
            for label in (icon, text):
                label.setToolTip(tip)
            icon.setAccessibleName(status_label(status))
            icon.setAccessibleDescription(tip)
        self.setToolTip(QCoreApplication.translate(
            "ExpiryStatus", "The mark beside a name and in the Documents column: the worst of "
                            "the person's current documents"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class ExpiryStatus(QObject):
    """The translation context of these words, as a class.

    A QObject only for ``self.tr``: pyside6-lupdate records plural forms for
    ``tr(text, "", n)`` but not for ``QCoreApplication.translate(context, text, "", n)``.
    """

    def days(self, days_left: int) -> str:
        if days_left < 0:
            ago = -days_left
            return self.tr("expired %n day(s) ago", "", ago)
        if days_left == 0:
            return self.tr("expires today")
        return self.tr("in %n day(s)", "", days_left)


def days_text(days_left: int) -> str:
    """"expired 3 days ago", "expires today", "in 40 days" (plural forms by language)."""
    return ExpiryStatus().days(days_left)
