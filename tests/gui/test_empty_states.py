"""An empty area says what to do first, with the button that does it."""
from __future__ import annotations

from kzpk_desktop.gui.planning.decisions_page import DecisionsPage
from kzpk_desktop.gui.registry.page import RegistryPage
from kzpk_desktop.gui.units.page import UnitsPage


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_an_empty_registry_offers_import_and_a_first_record(qtbot, ctx, people, monkeypatch):
    page = shown(qtbot, RegistryPage(ctx))
    empty = page.emptyState
    qtbot.waitUntil(empty.isVisible)
    assert "No servicemen yet" in empty.label.text()
    assert [b.text() for b in empty.buttons] == ["Import a spreadsheet…", "Add a serviceman"]
    imported = []
    monkeypatch.setattr(page, "import_servicemen", lambda: imported.append(True))
    # The button calls the page's own command (bound when the page was built).
    empty.buttons[1].click()
    assert page.form.is_new()
    people.add("Иванов", "Сергей")
    page.refresh()
    qtbot.waitUntil(lambda: not empty.isVisible())
    page.list.searchEdit.setText("Нетакого")
    page.list.apply_filter()
    qtbot.waitUntil(empty.isVisible)
    assert empty.label.text() == "Nobody matches the search or the filters."
    assert not any(b.isVisible() for b in empty.buttons)


def test_empty_decisions_and_units_lead_to_their_first_record(qtbot, ctx):
    decisions = shown(qtbot, DecisionsPage(ctx))
    qtbot.waitUntil(decisions.emptyState.isVisible)
    assert decisions.emptyState.buttons[0].isEnabled()
    assert "Parliament decision" in decisions.emptyState.label.text()
    units = shown(qtbot, UnitsPage(ctx))
    qtbot.waitUntil(units.emptyState.isVisible)
    assert units.emptyState.buttons[0].text() == "Add a unit…"


def test_a_viewer_is_told_but_not_offered_what_it_may_not_do(qtbot, ctx):
    from dataclasses import replace

    from kzpk_desktop.services.auth import Actor

    viewer = replace(ctx, actor=Actor("v", "viewer"))
    page = shown(qtbot, RegistryPage(viewer))
    qtbot.waitUntil(page.emptyState.isVisible)
    assert not any(b.isEnabled() for b in page.emptyState.buttons)


def test_a_mission_without_rotations_offers_to_create_one(qtbot, ctx):
    from kzpk_desktop.gui.planning.missions_page import MissionsPage

    page = shown(qtbot, MissionsPage(ctx))
    qtbot.waitUntil(lambda: page.missions.rowCount() > 0)
    page.missionsTable.selectRow(0)  # the reference missions, none with a rotation yet
    empty = page.rotationsEmpty
    qtbot.waitUntil(empty.isVisible)
    assert "No rotation of this mission yet" in empty.label.text()
    assert empty.buttons[0].text() == "Create a rotation…" and empty.buttons[0].isEnabled()
