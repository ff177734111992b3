"""Counted texts of the roster screens, with their plural forms.

A QObject only for ``self.tr``: pyside6-lupdate records plural forms for
``tr(text, "", n)`` but not for ``QCoreApplication.translate(context, text,
None, n)``, and it drops such a call altogether when n is an expression such
as ``len(rows)``; without plural forms Qt shows the English text for most n.
"""
from __future__ import annotations

from PySide6.QtCore import QObject


class RosterCounts(QObject):
    def nominated(self, n: int, rotation: str) -> str:
        return self.tr("Nominated %n person(s) to %1.", "", n).replace("%1", rotation)

    def not_eligible(self, n: int) -> str:
        return self.tr("%n of them do not meet every rule yet (see Eligibility).", "", n)

    def already_listed(self, n: int) -> str:
        return self.tr("%n already on the roster left as they were.", "", n)

    def moved(self, status: str, n: int) -> str:
        if status == "approved":
            return self.tr("Approved: %n person(s).", "", n)
        if status == "deployed":
            return self.tr("Deployed: %n person(s).", "", n)
        if status == "completed":
            return self.tr("Tour completed: %n person(s).", "", n)
        if status == "repatriated":
            return self.tr("Repatriated: %n person(s).", "", n)
        return self.tr("Withdrawn: %n person(s).", "", n)

    def places_left(self, n: int, chosen: int) -> str:
        return self.tr("Only %n place(s) left under Parliament's ceiling on this rotation, and "
                       "%1 were chosen. Choose at most that many: nobody was approved.", "", n
                       ).replace("%1", str(chosen))

    def refused(self, n: int) -> str:
        return self.tr("%n refused.", "", n)

    def more(self, n: int) -> str:
        return self.tr("… and %n more", "", n)

    def withdraw_question(self, n: int, rotation: str) -> str:
        return self.tr("Withdraw %n person(s) from %1?", "", n).replace("%1", rotation)

    def changed(self, done: int, total: int, status: str) -> str:
        return self.tr("%1 of %n person(s) changed to «%2».", "", total) \
            .replace("%1", str(done)).replace("%2", status)
