"""Overview: the morning's questions answered at a glance, in charts with their numbers.

How many are deployed where and how much of Parliament's ceiling is used, the
ceiling's use over time, the women's share against the UN target, who blocks
the next rotations, and which documents expire in the coming months. The
figures are the services' (``services.briefing``), read off the GUI thread
whenever the page is shown after a change; the charts are built here.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.briefing import PARTS, Briefing, briefing
from ...services.dates import fmt
from ..area import REFRESH, AreaContext, AreaPage
from ..list_export import export_list
from ..ops import describe
from ..ops.changes import DECISION, DOCUMENT, ROSTER, ROTATION, SERVICEMAN
from . import charts
from .panel import ChartPanel
from .people import PeopleDialog, listed, people_behind

#: The panels, top to bottom; each is read on its own and shown as soon as it is in.
PANELS = PARTS
#: Kinds of change after which the figures are read again.
WATCHED = (SERVICEMAN, DOCUMENT, ROSTER, ROTATION, DECISION)


#: The field of ``Briefing`` each part fills.
PART_FIELDS = {"strength": "strength", "ceilings": "tracks", "shares": "shares",
               "readiness": "readiness", "expiring": "expiring"}


def build_content(key: str, data: Briefing) -> charts.ChartContent:
    if key == "strength":
        return charts.strength_chart(data)
    if key == "ceilings":
        return charts.ceiling_chart(data.tracks, data.on)
    if key == "shares":
        return charts.share_chart(data)
    if key == "readiness":
        return charts.readiness_chart(data)
    return charts.expiring_chart(data)


class OverviewPage(AreaPage):
    def __init__(self, ctx: AreaContext, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._ctx = ctx
        self._today = today
        self.data: Briefing | None = None
        self._stale = True
        self._reading: dict = {}
        self._parts: dict[str, Briefing] = {}

        self.titleLabel = QLabel(self, objectName="overviewTitle")
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.stateLabel = QLabel(self, objectName="overviewState", wordWrap=True)
        header = QHBoxLayout()
        header.addWidget(self.titleLabel)
        header.addWidget(self.stateLabel, 1)

        self.panels: dict[str, ChartPanel] = {}
        body = QWidget(self, objectName="overviewBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        for key in PANELS:
            panel = ChartPanel(key, body)
            panel.drillRequested.connect(self._drill)
            panel.savePictureRequested.connect(lambda k=key: self.save_picture(k))
            panel.saveNumbersRequested.connect(lambda k=key: self.save_numbers(k))
            column.addWidget(panel)
            self.panels[key] = panel
        self.scroll = QScrollArea(self, objectName="overviewScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.scroll, 1)
        ctx.ops.changed.connect(self._changed)
        self.retranslate()

    # -- texts --------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title()
        for panel in self.panels.values():
            panel.retranslate()

    def _title(self) -> None:
        self.titleLabel.setText(self.tr("Overview as of %1").replace("%1", fmt(self.today)))

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- reading ------------------------------------------------------------------
    def commands(self) -> set[str]:
        return {REFRESH}

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _changed(self, change) -> None:
        if change.touches(*WATCHED):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def refresh(self) -> None:
        for ticket in self._reading.values():
            ticket.cancel()
        self._stale = False
        self._title()
        self.stateLabel.setText(self.tr("Reading the figures…"))
        self._parts: dict[str, Briefing] = {}
        on, lang = self.today, self._ctx.lang
        self._reading = {
            key: self._ctx.ops.read(
                lambda session, key=key: briefing(session, on, lang=lang, parts=(key,)),
                lambda data, key=key: self._show(key, data),
                failed=lambda error, key=key: self._failed(key, error), owner=self)
            for key in PANELS}

    def _show(self, key: str, data: Briefing) -> None:
        self._reading.pop(key, None)
        self._parts[key] = data
        self.panels[key].show_content(build_content(key, data))
        if not self._reading:
            self._finished()

    def _finished(self) -> None:
        if len(self._parts) == len(PANELS):
            self.stateLabel.clear()
            first = self._parts[PANELS[0]]
            self.data = replace(first, **{field: getattr(self._parts[key], field)
                                          for key, field in PART_FIELDS.items()})

    def _failed(self, key: str, error: BaseException) -> None:
        self._reading.pop(key, None)
        self._stale = True
        self.stateLabel.setText(self.tr("The figures could not be read: %1")
                                .replace("%1", describe(error)))
        if not self._reading:
            self._finished()

    # -- the people behind a bar ------------------------------------------------------
    def _drill(self, drill: charts.Drill) -> None:
        on, lang = self.today, self._ctx.lang
        self._ctx.ops.read(people_behind(drill, on, lang),
                           lambda rows: self._show_people(drill, rows),
                           failed=self._drill_failed, owner=self)

    def _drill_failed(self, error: BaseException) -> None:
        self.statusMessage.emit(describe(error))

    def _show_people(self, drill: charts.Drill, rows: list) -> None:
        dialog = PeopleDialog(drill, listed(drill, rows), self)
        dialog.openServiceman.connect(lambda sid: self.openServiceman.emit(sid, "record"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.peopleDialog = dialog  # tests find it here

    # -- exports ----------------------------------------------------------------------
    def save_picture(self, key: str) -> Path | None:
        """The chart as a PNG, for a briefing (written whole or not at all)."""
        panel = self.panels[key]
        suggested = Path(self._ctx.settings.last_folder) / f"overview-{key}-{self.today}.png"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart as a picture"), str(suggested),
            self.tr("PNG picture (*.png)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        return self.write_picture(key, path)

    def write_picture(self, key: str, path: Path) -> Path | None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.panels[key].picture().save(buffer, "PNG")  # in memory: the disk write is one go
        buffer.close()
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            temp.write_bytes(bytes(data))
            os.replace(temp, path)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Save the chart as a picture"), describe(exc))
            return None
        self._ctx.settings.last_folder = str(path.parent)
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", str(path)))
        return path

    def save_numbers(self, key: str) -> Path | None:
        """The numbers behind the chart, as a workbook (or CSV) with the usual title block."""
        from ...exports.workbook import Column

        content = self.panels[key].content
        if content is None:
            return None
        kinds = ["int" if all(isinstance(r[i], int) for r in content.rows) else "text"
                 for i in range(len(content.headers))]
        columns = [Column(h, max(10, min(40, len(h) + 2)), kind)
                   for h, kind in zip(content.headers, kinds)]
        rows = [list(r) for r in content.rows]
        return export_list(self, self._ctx.ops, self._ctx.settings,
                           name=f"overview-{key}", title=content.chart.title(), columns=columns,
                           rows=lambda session: iter(rows), lang=self._ctx.lang,
                           lines=[self.tr("As of %1").replace("%1", fmt(self.today))])
