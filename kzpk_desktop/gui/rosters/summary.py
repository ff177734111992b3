"""What the roster view reads at once: the rotation, its entries, the ceiling, women's share."""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services.ceilings import CeilingUsage, ceiling_usage
from ...services.dates import fmt
from ...services.overview import GenderShare, gender_share
from ...services.roster_list import RosterRow, roster_rows
from ...services.rotations import get_rotation, rotation_label
from ..planning.labels import parity_line, period, rotation_status_label
from ..widgets.table import ERROR_COLOR, OK_COLOR, WARNING_COLOR

#: QCoreApplication.translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class RosterSummary:
    rotation_id: int
    label: str  # UNDOF-3
    name: str
    status: str
    planned_start: dt.date
    planned_end: dt.date
    actual_start: dt.date | None
    actual_end: dt.date | None
    decision: str  # number of the decision the rotation rests on
    rows: list[RosterRow]
    usage: CeilingUsage
    shares: list[GenderShare]

    @property
    def title(self) -> str:
        return f"{self.label} — {self.name}"


def load_summary(session: Session, rotation_id: int, *, lang: str,
                 today: dt.date | None = None) -> RosterSummary:
    rotation = get_rotation(session, rotation_id)
    return RosterSummary(
        rotation.id, rotation_label(rotation), rotation.name, rotation.status,
        rotation.planned_start, rotation.planned_end, rotation.actual_start, rotation.actual_end,
        rotation.decision.number, roster_rows(session, rotation_id, lang=lang),
        ceiling_usage(session, rotation_id),
        # The planned contingent against the target of the current year (issue 4).
        gender_share(session, rotation_id=rotation_id, on=today or dt.date.today()))



def _colored(text: str, color) -> str:
    return f'<span style="color:{color.name()}">{html.escape(text)}</span>'


def ceiling_text(u: CeilingUsage) -> list[tuple[str, bool]]:
    """The ceiling lines as plain text, each with whether the ceiling is reached."""
    lines = []
    if u.mission_ceiling is None:
        text = translate("RosterSummary", "Decision %1 sets no ceiling for %2: nobody can be "
                                          "approved for it.")
        lines.append((text.replace("%1", u.decision_number).replace("%2", u.mission), True))
    else:
        text = translate("RosterSummary", "%1: %2 of %3 places taken, %4 free (busiest day %5)")
        lines.append((text.replace("%1", u.mission).replace("%2", str(u.mission_used))
                      .replace("%3", str(u.mission_ceiling)).replace("%4", str(u.mission_free))
                      .replace("%5", fmt(u.mission_peak_day)),
                      u.mission_used >= u.mission_ceiling))
    text = translate("RosterSummary", "all missions under decision %1: %2 of %3 places taken, "
                                      "%4 free")
    lines.append((text.replace("%1", u.decision_number).replace("%2", str(u.overall_used))
                  .replace("%3", str(u.overall_ceiling)).replace("%4", str(u.overall_free)),
                  u.overall_used >= u.overall_ceiling))
    return lines


def summary_html(s: RosterSummary, categories: Mapping[str, str]) -> str:
    e = html.escape
    facts = [translate("RosterSummary", "Planned %1").replace(
        "%1", period(s.planned_start, s.planned_end))]
    if s.actual_start or s.actual_end:
        facts.append(translate("RosterSummary", "actual %1").replace(
            "%1", period(s.actual_start, s.actual_end)))
    facts.append(translate("RosterSummary", "status: %1").replace(
        "%1", rotation_status_label(s.status)))
    facts.append(translate("RosterSummary", "decision %1").replace("%1", s.decision))
    if s.usage.decision_number != s.decision:
        facts.append(translate("RosterSummary", "now governed by decision %1, which superseded "
                                                "it").replace("%1", s.usage.decision_number))
    lines = [e(" · ".join(facts))]
    ceiling = [_colored(text, ERROR_COLOR) if full else e(text)
               for text, full in ceiling_text(s.usage)]
    head = e(translate("RosterSummary", "Ceiling:"))
    lines.append(f"<b>{head}</b> " + " · ".join(ceiling))
    head = e(translate("RosterSummary", "Women:"))
    if s.shares:
        parts = []
        for share in s.shares:
            text = parity_line(share, categories.get(share.category, share.category))
            met = share.meets_target
            parts.append(e(text) if met is None else
                         _colored(text, OK_COLOR if met else WARNING_COLOR))
        lines.append(f"<b>{head}</b> " + " · ".join(parts))
    else:
        lines.append(f"<b>{head}</b> " + e(translate("RosterSummary", "nobody on the roster yet")))
    return "<br>".join(lines)
