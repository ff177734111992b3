"""The Overview's charts, built from the services' figures.

Each ``*_chart`` function returns a ``ChartContent``: the QChart, the same
numbers as a plain table (headers and rows, for screen readers, copy-paste and
the xlsx export) and, for bars that name people, what a click on a bar means
(``clicked(set_index, bar_index)`` -> a ``Drill`` the page opens as a list).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen

from ...services.briefing import Briefing, CeilingTrack
from ...services.dates import fmt
from ..i18n import service_text

CONTEXT = "Overview"
#: Colour-blind-safe palette (Okabe-Ito), one colour per series in order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")
TARGET_COLOR = QColor("#b3261e")


#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Drill:
    """The list behind a bar: what it is (shown as the list's title) and its key."""

    kind: str  # "deployed", "blocked", "expiring"
    title: str
    key: dict[str, Any]


@dataclass
class ChartContent:
    chart: QChart
    headers: list[str]
    rows: list[list[Any]]
    #: (set index, bar index) -> the list behind that bar, or None where bars name nobody.
    clicked: Callable[[int, int], Drill | None] | None = None
    bar_sets: list[QBarSet] = field(default_factory=list)
    #: A sentence saying what the chart shows when there is nothing to draw.
    empty: str = ""


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # On the right: the series names are long (in Russian and Kazakh above all) and a
    # legend under the chart cuts them to fit one line.
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.setMargins(chart.margins() * 0)
    return chart


def _bar_set(label: str, values: Sequence[float], index: int) -> QBarSet:
    bar_set = QBarSet(label)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
    return bar_set


def _value_axis(maximum: float, *, percent: bool = False) -> QValueAxis:
    axis = QValueAxis()
    top = max(1.0, maximum)
    if percent:
        axis.setRange(0, min(100.0, max(10.0, top * 1.15)))
        axis.setLabelFormat("%d%%")
    else:
        axis.setRange(0, top * 1.15)
        axis.setLabelFormat("%d")
        axis.applyNiceNumbers()
    return axis


def _marks(chart: QChart, y_axis: QValueAxis, values: Sequence[float | None], label: str,
           *, count: int, dashed: bool = True) -> None:
    """A short horizontal line over each bar group at its value (a ceiling, a target)."""
    x_axis = QValueAxis()
    x_axis.setRange(-0.5, count - 0.5)
    x_axis.setVisible(False)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignTop)
    pen = QPen(TARGET_COLOR, 2.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    first = True
    for i, value in enumerate(values):
        if value is None:
            continue
        line = QLineSeries()
        line.setName(label)
        line.append([QPointF(i - 0.42, value), QPointF(i + 0.42, value)])
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
        if not first:  # one legend entry for all the marks
            chart.legend().markers(line)[0].setVisible(False)
        first = False


# --- 1. strength by mission and category ------------------------------------------------

def strength_chart(data: Briefing) -> ChartContent:
    chart = _new_chart(translate("Overview", "Deployed on %1, by mission and personnel category")
                       .replace("%1", fmt(data.on)))
    missions = data.strength
    used = [c for c in data.categories if any(m.by_category.get(c.code) for m in missions)]
    series = QStackedBarSeries()
    sets = []
    for i, cat in enumerate(used):
        bar_set = _bar_set(cat.name, [m.by_category.get(cat.code, 0) for m in missions], i)
        series.append(bar_set)
        sets.append(bar_set)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([m.acronym for m in missions])
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    top = max([m.total for m in missions] + [m.ceiling or 0 for m in missions] + [1])
    y_axis = _value_axis(top)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    if missions:
        _marks(chart, y_axis, [m.ceiling for m in missions], translate("Overview", "Ceiling of the decision"),
               count=len(missions))
    headers = [translate("Overview", "Mission")] + [c.name for c in used] + [translate("Overview", "Total"), translate("Overview", "Ceiling")]
    rows = [[m.acronym] + [m.by_category.get(c.code, 0) for c in used]
            + [m.total, m.ceiling if m.ceiling is not None else ""] for m in missions]

    def clicked(set_index: int, bar: int) -> Drill | None:
        mission, cat = missions[bar], used[set_index]
        return Drill("deployed", f"{mission.acronym} — {cat.name}",
                     {"mission": mission.acronym, "category_code": cat.code})

    return ChartContent(chart, headers, rows, clicked, sets,
                        translate("Overview", "Nobody is deployed on this day."))


# --- 2. ceiling use per decision over time --------------------------------------------------

def _stamp(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def ceiling_chart(tracks: Sequence[CeilingTrack], on: dt.date) -> ChartContent:
    chart = _new_chart(translate("Overview", "Places taken under each Parliament decision (approved + deployed)"))
    x_axis = QDateTimeAxis()
    x_axis.setFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    top = max([max(t.ceiling, max((n for _, n in t.points), default=0)) for t in tracks] + [1])
    y_axis = _value_axis(top)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    first = last = None
    rows: list[list[Any]] = []
    for i, track in enumerate(tracks):
        color = QColor(PALETTE[i % len(PALETTE)])
        used = QLineSeries()
        used.setName(translate("Overview", "No. %1").replace("%1", track.number))
        used.setPen(QPen(color, 2))
        for day, n in track.points:
            used.append(_stamp(day), n)
        ceiling = QLineSeries()
        ceiling.setName(translate("Overview", "Ceiling %1").replace("%1", track.number))
        ceiling.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
        if track.points:
            ceiling.append(_stamp(track.points[0][0]), track.ceiling)
            ceiling.append(_stamp(track.points[-1][0]), track.ceiling)
            first = min(first or track.points[0][0], track.points[0][0])
            last = max(last or track.points[-1][0], track.points[-1][0])
        for series in (used, ceiling):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        peak = max(track.points, key=lambda p: p[1], default=None)
        rows.append([track.number, track.ceiling, track.points[-1][1] if track.points else 0,
                     peak[1] if peak else 0, fmt(peak[0]) if peak else "",
                     fmt(track.exceeded_on) if track.exceeded_on else ""])
    if first is not None:
        x_axis.setRange(QDateTime(first, QTime(0, 0)), QDateTime(last, QTime(23, 59)))
    headers = [translate("Overview", "Decision"), translate("Overview", "Ceiling"), translate("Overview", "Taken on %1").replace("%1", fmt(on)),
               translate("Overview", "Most taken"), translate("Overview", "On"), translate("Overview", "First exceeded on")]
    return ChartContent(chart, headers, rows, None, [],
                        translate("Overview", "No Parliament decision is in force in this period."))


# --- 3. women's share against the parity target -------------------------------------------

def share_chart(data: Briefing) -> ChartContent:
    chart = _new_chart(translate("Overview", "Share of women against the UN parity target of %1")
                       .replace("%1", str(data.on.year)))
    names = {c.code: c.name for c in data.categories}
    groups: list[str | None] = [None] + sorted({b.mission for b in data.shares if b.mission})
    codes = [c.code for c in data.categories
             if any(b.category_code == c.code for b in data.shares)]
    cell = {(b.mission, b.category_code): b for b in data.shares}
    series = QBarSeries()
    sets = []
    for i, code in enumerate(codes):
        values = []
        for g in groups:
            bar = cell.get((g, code))
            values.append(100 * bar.share if bar is not None and bar.share is not None else 0)
        bar_set = _bar_set(names.get(code, code), values, i)
        series.append(bar_set)
        sets.append(bar_set)
    chart.addSeries(series)
    all_missions = translate("Overview", "All missions")
    x_axis = QBarCategoryAxis()
    x_axis.append([g or all_missions for g in groups])
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    shares = [100 * (b.share or 0) for b in data.shares]
    targets = {code: next((100 * b.target for b in data.shares
                           if b.category_code == code and b.target is not None), None)
               for code in codes}
    y_axis = _value_axis(max(shares + [t or 0 for t in targets.values()] + [1]), percent=True)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    for i, code in enumerate(codes):
        target = targets[code]
        if target is None:
            continue
        line = QLineSeries()
        line.setName(translate("Overview", "Target: %1 %2%").replace("%1", names.get(code, code))
                     .replace("%2", f"{target:g}"))
        line.setPen(QPen(QColor(PALETTE[i % len(PALETTE)]), 1.5, Qt.PenStyle.DashLine))
        x = QValueAxis()
        x.setRange(0, 1)
        x.setVisible(False)
        chart.addAxis(x, Qt.AlignmentFlag.AlignTop)
        line.append([QPointF(0, target), QPointF(1, target)])
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y_axis)
    headers = [translate("Overview", "Mission"), translate("Overview", "Category"), translate("Overview", "Women"), translate("Overview", "Total"), translate("Overview", "Share of women"),
               translate("Overview", "Target"), translate("Overview", "Target met")]
    rows = []
    for g in groups:
        for code in codes:
            bar = cell.get((g, code))
            if bar is None:
                continue
            met = "" if bar.share is None or bar.target is None else (
                translate("Overview", "yes") if bar.share >= bar.target else translate("Overview", "no"))
            rows.append([g or all_missions, names.get(code, code), bar.women, bar.total,
                         f"{100 * bar.share:.1f}%" if bar.share is not None else "",
                         f"{100 * bar.target:g}%" if bar.target is not None else "", met])

    def clicked(set_index: int, bar: int) -> Drill | None:
        mission = groups[bar]
        if mission is None:
            return None  # "all missions" names too many people to be useful
        code = codes[set_index]
        return Drill("deployed", f"{mission} — {names.get(code, code)}",
                     {"mission": mission, "category_code": code})

    return ChartContent(chart, headers, rows, clicked, sets,
                        translate("Overview", "Nobody is deployed on this day."))


# --- 4. readiness of the next rotations -------------------------------------------------

def readiness_chart(data: Briefing) -> ChartContent:
    chart = _new_chart(translate("Overview", "Readiness of the rotations in planning and training"))
    # Latest first: a horizontal bar axis draws its first category at the bottom, so the
    # next rotation ends up on top.
    items = list(reversed(data.readiness))
    rules = [r for r in data.rule_names if any(x.blocked.get(r) for x in items)]
    series = QHorizontalBarSeries()
    sets = [_bar_set(translate("Overview", "Eligible"), [x.eligible for x in items], 2)]
    for i, rule in enumerate(rules):
        sets.append(_bar_set(translate("Overview", "Blocked: %1").replace("%1", service_text(data.rule_names[rule])),
                             [x.blocked.get(rule, 0) for x in items], 5 + i if i < 3 else i))
    for s in sets:
        series.append(s)
    chart.addSeries(series)
    y_axis = QBarCategoryAxis()
    y_axis.append([f"{x.mission} {x.number} ({fmt(x.planned_start)})" for x in items])
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    x_axis = _value_axis(max([x.nominees for x in items] + [1]))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    headers = ([translate("Overview", "Rotation"), translate("Overview", "Starts"), translate("Overview", "Nominees"), translate("Overview", "Eligible")]
               + [service_text(data.rule_names[r]) for r in rules]
               + [translate("Overview", "Blocking documents expire")])
    rows = []
    for x in data.readiness:
        expiries = "; ".join(
            f"{service_text(data.rule_names[r])}: {fmt(low)}"
            + (f" – {fmt(high)}" if high != low else "")
            for r, (low, high) in x.expiries.items())
        rows.append([f"{x.mission} {x.number}", fmt(x.planned_start), x.nominees, x.eligible]
                    + [x.blocked.get(r, 0) for r in rules] + [expiries])

    def clicked(set_index: int, bar: int) -> Drill | None:
        item = items[bar]
        rule = None if set_index == 0 else rules[set_index - 1]
        if rule is None:
            return None  # the eligible need no chasing
        return Drill("blocked", f"{item.mission} {item.number} — "
                     f"{service_text(data.rule_names[rule])}",
                     {"rotation_id": item.rotation_id, "rule": rule})

    return ChartContent(chart, headers, rows, clicked, sets,
                        translate("Overview", "No rotation is in planning or training."))


# --- 5. documents expiring per month ------------------------------------------------------

def expiring_chart(data: Briefing) -> ChartContent:
    chart = _new_chart(translate("Overview", "Documents expiring per month, next 12 months"))
    months = data.expiring
    kinds = [code for code in data.kinds if any(m.by_kind.get(code) for m in months)]
    series = QStackedBarSeries()
    sets = []
    for i, code in enumerate(kinds):
        bar_set = _bar_set(data.kinds[code], [m.by_kind.get(code, 0) for m in months], i)
        series.append(bar_set)
        sets.append(bar_set)
    chart.addSeries(series)
    locale = QLocale()
    labels = [locale.toString(m.month, "MMM yyyy") for m in months]
    x_axis = QBarCategoryAxis()
    x_axis.append([f"{m.month:%m.%y}" for m in months])  # short enough for narrow bars
    x_axis.setLabelsAngle(-90)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x_axis)
    y_axis = _value_axis(max([sum(m.by_kind.values()) for m in months] + [1]))
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y_axis)
    headers = [translate("Overview", "Month")] + [data.kinds[c] for c in kinds] + [translate("Overview", "Total")]
    rows = [[label] + [m.by_kind.get(c, 0) for c in kinds] + [sum(m.by_kind.values())]
            for label, m in zip(labels, months)] if kinds else []

    def clicked(set_index: int, bar: int) -> Drill | None:
        code = kinds[set_index]
        return Drill("expiring", f"{labels[bar]} — {data.kinds[code]}",
                     {"month": months[bar].month, "kind_code": code})

    return ChartContent(chart, headers, rows, clicked, sets,
                        translate("Overview", "No document expires in the next 12 months."))


def render_hints() -> QPainter.RenderHint:
    return QPainter.RenderHint.Antialiasing
