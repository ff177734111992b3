"""Buttons a role may not use are greyed out, saying which role may, and stay so."""
from __future__ import annotations

from dataclasses import replace

from kzpk_desktop.gui.planning.decisions_page import DecisionsPage
from kzpk_desktop.gui.planning.missions_page import MissionsPage
from kzpk_desktop.gui.units.page import UnitsPage
from kzpk_desktop.services.auth import Actor


def as_role(ctx, role):
    return replace(ctx, actor=Actor(role, role))


def shown(qtbot, page):
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_clerk_sees_the_decisions_and_units_buttons_greyed_with_the_role_needed(qtbot, ctx):
    clerk = as_role(ctx, "clerk")
    decisions = shown(qtbot, DecisionsPage(clerk))
    for button in (decisions.newButton, decisions.editButton, decisions.supersedeButton):
        assert not button.isEnabled()
        assert "Needs the role “administrator” or higher." in button.toolTip()
    units = shown(qtbot, UnitsPage(clerk))
    assert not units.addButton.isEnabled()
    assert units.members.assignButton.toolTip() == "" or \
        "Needs the role" not in units.members.assignButton.toolTip()


def test_a_gated_button_stays_grey_when_the_page_would_enable_it(qtbot, ctx):
    viewer = as_role(ctx, "viewer")
    page = shown(qtbot, MissionsPage(viewer))
    qtbot.waitUntil(lambda: page.missions.rowCount() > 0)
    page.missionsTable.selectRow(0)
    # Choosing a mission enables "New rotation" for whoever may create one.
    assert not page.newRotationButton.isEnabled()
    assert "Needs the role “clerk” or higher." in page.newRotationButton.toolTip()
    assert not page.roster.buttons["approved"].isEnabled()
    assert "“supervisor”" in page.roster.buttons["approved"].toolTip()


def test_an_administrator_is_offered_everything(qtbot, ctx):
    admin = as_role(ctx, "admin")
    page = shown(qtbot, DecisionsPage(admin))
    assert page.newButton.isEnabled()
    assert "Needs the role" not in page.newButton.toolTip()
