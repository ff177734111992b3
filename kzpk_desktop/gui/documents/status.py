"""How an expiry status looks everywhere: its words, colour and badge (a coloured dot).

The statuses themselves come from ``services.expiry`` (expired, expiring, ok);
the documents tab, the servicemen list and the expiring view show them alike.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

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
    """A filled dot in the status colour (drawn once per status)."""
    if status not in COLORS:
        return None
    if status not in _icons:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(COLORS[status])
        painter.drawEllipse(QRectF(3, 3, 10, 10))
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]


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
