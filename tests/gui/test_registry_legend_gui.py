"""The registry's document marks: told apart by shape and mark, not colour alone, explained
by a legend under the list, and read out after the name."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kzpk_desktop.gui.documents.status import ExpiryLegend, badge_tip, status_icon
from kzpk_desktop.gui.i18n import install_translators
from kzpk_desktop.gui.registry.columns import COLUMNS
from kzpk_desktop.gui.registry.view import RegistryList
from kzpk_desktop.services.expiry import EXPIRED, EXPIRING, OK

SURNAME = next(i for i, c in enumerate(COLUMNS) if c.key == "surname")


def shape(status: str) -> list[int]:
    """Where the badge is drawn and where not, whatever its colours."""
    image = status_icon(status).pixmap(16, 16).toImage()
    return [image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() > 200
            for y in range(16) for x in range(16)] + [
        image.pixelColor(x, y).alpha() > 128 for y in range(16) for x in range(16)]


def test_the_three_marks_differ_in_shape_not_only_in_colour(qapp):
    expired, expiring, ok = shape(EXPIRED), shape(EXPIRING), shape(OK)
    assert expired != expiring and expiring != ok and expired != ok


def test_the_legend_under_the_registry_says_what_each_mark_means_in_russian(qtbot, ops):
    install_translators(QApplication.instance(), "ru")
    view = RegistryList.searching(ops, "ru")
    qtbot.addWidget(view)
    view.show()
    legend = view.findChild(ExpiryLegend)
    assert legend is not None and legend.isVisible()
    words = [legend.title.text()] + [text.text() for _icon, text in legend.entries.values()]
    assert words == ["Документы:", "Просрочен", "Истекает", "Действует"]
    icon, text = legend.entries[EXPIRING]
    assert not icon.pixmap().isNull()
    assert text.toolTip() == icon.toolTip() == badge_tip(EXPIRING) != ""
    assert icon.accessibleName() == "Истекает"


def test_the_mark_beside_a_name_is_read_out_with_it(qtbot, ops, settle, people):
    from kzpk_desktop.gui.registry.model import RegistryModel
    people.add("Алиев", "Арман", passport_number="N1000001",
               passport_issued=dt.date(2015, 1, 1), passport_expires=dt.date(2025, 1, 1))
    people.add("Ветров", "Виктор", passport_number="N1000003",
               passport_issued=dt.date(2020, 1, 1), passport_expires=dt.date(2030, 1, 1))
    model = RegistryModel(ops, today=dt.date(2025, 6, 1))
    settle()
    qtbot.waitUntil(lambda: model.index(0, SURNAME).data(Qt.ItemDataRole.DecorationRole)
                    is not None)
    cells = {model.index(r, SURNAME).data(): model.index(r, SURNAME) for r in range(2)}
    assert cells["Алиев"].data(Qt.ItemDataRole.AccessibleTextRole) == "Алиев, Expired"
    assert cells["Ветров"].data(Qt.ItemDataRole.AccessibleTextRole) is None
    assert cells["Ветров"].data(Qt.ItemDataRole.DecorationRole) is None
