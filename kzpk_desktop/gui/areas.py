"""The areas of the main window, in navigation order.

Adding an area is one line here: its key, its title (marked for translation)
and the ``module:Class`` of its AreaPage, which is constructed with an
AreaContext the first time the clerk opens it (so start-up stays fast).
Areas that are not built yet are simply not listed.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from .area import AreaContext, AreaPage


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str  # English source, translated in the "areas" context
    page: str  # "package.module:Class" of an AreaPage subclass
    #: The least role that sees the area (None: everyone).
    minimum_role: str | None = None
    #: What New (Ctrl+N) and Find (Ctrl+F) do in this area, for the menus' tips and the
    #: shortcuts list (English sources in the "areas" context; None: not offered here).
    new: str | None = None
    find: str | None = None

    def translated_title(self) -> str:
        return QCoreApplication.translate("areas", self.title)

    def translated_command(self, key: str) -> str | None:
        text = {"new": self.new, "find": self.find}.get(key)
        return QCoreApplication.translate("areas", text) if text else None

    def create(self, ctx: AreaContext) -> AreaPage:
        module, _, name = self.page.partition(":")
        return getattr(importlib.import_module(module), name)(ctx)


AREAS: tuple[AreaSpec, ...] = (
    AreaSpec("overview", QT_TRANSLATE_NOOP("areas", "Overview"),
             "kzpk_desktop.gui.overview.page:OverviewPage"),
    AreaSpec("registry", QT_TRANSLATE_NOOP("areas", "Servicemen registry"),
             "kzpk_desktop.gui.registry.page:RegistryPage",
             new=QT_TRANSLATE_NOOP("areas", "A new serviceman's record"),
             find=QT_TRANSLATE_NOOP("areas", "Search by name, IIN or service number")),
    AreaSpec("expiring", QT_TRANSLATE_NOOP("areas", "Expiring documents"),
             "kzpk_desktop.gui.documents.expiring_page:ExpiringPage"),
    AreaSpec("units", QT_TRANSLATE_NOOP("areas", "Units"),
             "kzpk_desktop.gui.units.page:UnitsPage",
             new=QT_TRANSLATE_NOOP("areas", "A new unit, under the chosen one if any")),
    AreaSpec("missions", QT_TRANSLATE_NOOP("areas", "Missions and rotations"),
             "kzpk_desktop.gui.planning.missions_page:MissionsPage",
             new=QT_TRANSLATE_NOOP("areas", "A new rotation of the chosen mission; on the "
                                   "Roster tab, add servicemen to the roster"),
             find=QT_TRANSLATE_NOOP("areas", "On the Roster tab: filter the roster")),
    AreaSpec("decisions", QT_TRANSLATE_NOOP("areas", "Parliament decisions"),
             "kzpk_desktop.gui.planning.decisions_page:DecisionsPage",
             new=QT_TRANSLATE_NOOP("areas", "A new Parliament decision")),
    AreaSpec("paperwork", QT_TRANSLATE_NOOP("areas", "Paperwork"),
             "kzpk_desktop.gui.paperwork.page:PaperworkPage"),
    AreaSpec("exchange", QT_TRANSLATE_NOOP("areas", "Exchange"),
             "kzpk_desktop.gui.exchange.page:ExchangePage"),
    AreaSpec("audit", QT_TRANSLATE_NOOP("areas", "Audit"),
             "kzpk_desktop.gui.audit.page:AuditPage", minimum_role="supervisor",
             find=QT_TRANSLATE_NOOP("areas", "Search the events by record")),
)
