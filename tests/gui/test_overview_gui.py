"""The Overview area: its numbers are the services', bars open the people behind them,
and it exports a picture and a workbook."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kzpk_desktop.gui.i18n import install_translators
from kzpk_desktop.gui.overview.page import PANELS, OverviewPage
from kzpk_desktop.services import briefing, demo
from kzpk_desktop.services.reports.strength import contributions

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def demo_ctx(ctx, sessions):
    demo.generate(sessions, servicemen=300, seed=5, today=TODAY)
    return ctx


def open_page(qtbot, ctx) -> OverviewPage:
    install_translators(QApplication.instance(), "ru")
    page = OverviewPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=20_000)
    return page


def cells(panel) -> list[list[str]]:
    t = panel.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_every_chart_shows_the_services_figures(qtbot, demo_ctx, sessions):
    page = open_page(qtbot, demo_ctx)
    with sessions() as s:
        strength = briefing.strength_by_mission(s, TODAY)
        figures = contributions(s, TODAY)
        readiness = briefing.readiness(s)
        months = briefing.expiring_by_month(s, TODAY)
    rows = {r[0]: r for r in cells(page.panels["strength"])}
    for bar in strength:
        assert rows[bar.acronym][-2] == str(bar.total)
        assert rows[bar.acronym][-1] == ("" if bar.ceiling is None else str(bar.ceiling))
    shares = cells(page.panels["shares"])
    overall = [r for r in shares if r[0] == "Все миссии"]
    assert sum(int(r[3]) for r in overall) == figures.total.total
    assert sum(int(r[2]) for r in overall) == figures.total.female
    ready = cells(page.panels["readiness"])
    assert [(r[2], r[3]) for r in ready] == [(str(x.nominees), str(x.eligible)) for x in readiness]
    expiring = cells(page.panels["expiring"])
    assert [r[-1] for r in expiring] == [str(sum(m.by_kind.values())) for m in months]
    assert cells(page.panels["ceilings"]), "the demo decisions have a line each"
    # The charts say it in Russian too.
    assert page.panels["strength"].content.chart.title().startswith("Развёрнуто")


def test_a_bar_opens_the_people_behind_it(qtbot, demo_ctx, sessions):
    page = open_page(qtbot, demo_ctx)
    panel = page.panels["strength"]
    content = panel.content
    counts = [[int(v) for v in (s.at(i) for i in range(s.count()))] for s in content.bar_sets]
    set_index, bar = max(((si, bi) for si, c in enumerate(counts) for bi in range(len(c))),
                         key=lambda p: counts[p[0]][p[1]])
    opened = []
    page.openServiceman.connect(lambda sid, tab: opened.append(sid))
    content.bar_sets[set_index].clicked.emit(bar)
    qtbot.waitUntil(lambda: getattr(page, "peopleDialog", None) is not None, timeout=10_000)
    dialog = page.peopleDialog
    assert dialog.model.rowCount() == counts[set_index][bar] > 0
    dialog.table.activated.emit(dialog.model.index(0, 0))
    assert opened == [dialog.model.row(0).serviceman_id]


def test_a_blocked_bar_lists_who_fails_that_rule(qtbot, demo_ctx, sessions):
    page = open_page(qtbot, demo_ctx)
    content = page.panels["readiness"].content
    with sessions() as s:
        items = list(reversed(briefing.readiness(s)))  # the chart puts the next one on top
    rules = [r for r in page.data.rule_names if any(x.blocked.get(r) for x in items)]
    item_index, item = next((i, x) for i, x in enumerate(items) if x.blocked)
    rule = next(iter(item.blocked))
    content.bar_sets[1 + rules.index(rule)].clicked.emit(item_index)
    qtbot.waitUntil(lambda: getattr(page, "peopleDialog", None) is not None, timeout=10_000)
    assert page.peopleDialog.model.rowCount() == item.blocked[rule]


def test_pictures_and_numbers_are_exported(qtbot, demo_ctx, tmp_path, monkeypatch, prompts):
    from kzpk_desktop.gui import list_export

    page = open_page(qtbot, demo_ctx)
    picture = page.write_picture("strength", tmp_path / "strength.png")
    image = QImage(str(picture))
    assert not image.isNull() and (image.width(), image.height()) == (1600, 900)
    target = tmp_path / "numbers.xlsx"
    monkeypatch.setattr(list_export, "choose_target", lambda *a, **k: target)
    from kzpk_desktop.gui.prompts import Button
    prompts.answers = [Button.Close]  # "Saved as ...": open it? no
    assert page.save_numbers("expiring") == target
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row and row[0] == "Месяц")
    table = cells(page.panels["expiring"])
    assert [str(v) for v in values[header + 1][:2]] == table[0][:2]


def test_an_empty_database_says_what_each_chart_would_show(qtbot, ctx):
    page = open_page(qtbot, ctx)
    for key in PANELS:
        panel = page.panels[key]
        assert panel.emptyLabel.isVisible(), key
        assert not panel.pictureButton.isEnabled()
