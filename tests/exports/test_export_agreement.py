"""The numbers agree across reports on the demo database (one definition of "deployed")."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from openpyxl import load_workbook

from export_helpers import header_row
from kzpk_desktop.exports.reports import (
    export_contributions,
    export_nominal_roll,
    export_parliament_report,
)
from kzpk_desktop.services.demo import generate

TODAY = dt.date(2026, 1, 15)


@pytest.fixture
def demo(sessions):
    generate(sessions, servicemen=600, seed=1, today=TODAY)
    return sessions


def _table(ws):
    h = header_row(ws)
    return list(ws.iter_rows(min_row=h + 1, values_only=True))


@pytest.mark.parametrize("as_of", [TODAY, dt.date(2025, 7, 1), dt.date(2024, 10, 1)])
def test_parliament_rolls_and_contributions_agree(demo, out, as_of):
    with demo() as s:
        parliament = load_workbook(export_parliament_report(
            s, out / "p.xlsx", as_of=as_of, lang="en", user="u"))
        contributions = load_workbook(export_contributions(s, out / "c.xlsx", as_of=as_of,
                                                           user="u")).active
        summary = _table(parliament["Ceilings"])
        # Mission lines carry "ACRONYM — name"; decision and overall totals do not.
        deployed = Counter()
        for row in summary:
            if row[1] and " — " in row[1]:
                deployed[row[1].split(" — ")[0]] += row[4]
        overall = [r for r in summary if r[0] == "Total, all decisions"][0]
        assert sum(deployed.values()) == overall[4] > 0

        rolls = {}
        for mission in deployed:
            roll = load_workbook(export_nominal_roll(s, out / f"{mission}.xlsx", mission=mission,
                                                     as_of=as_of, user="u")).active
            rolls[mission] = sum(isinstance(r[0], int) for r in _table(roll))
    assert rolls == dict(deployed)

    contrib = Counter()
    for row in _table(contributions):
        # Per mission: its types, then its officers' joint line and its subtotal.
        if row[0] not in ("All missions", None) and row[1] and not row[1].startswith(
                ("Total", "Military observers and staff officers")):
            contrib[row[0]] += row[4]
    assert {m: n for m, n in contrib.items()} == {m: n for m, n in deployed.items() if n}
    subtotals = {r[0]: r[4] for r in _table(contributions) if r[1] == f"Total, {r[0]}"}
    assert subtotals == {m: n for m, n in deployed.items() if n}
    grand = [r for r in _table(contributions) if r[0] == "All missions" and r[1] == "Total"][0]
    assert grand[4] == overall[4]

    people = Counter(r[1] for r in _table(parliament["Deployed personnel"])
                     if r[2] is not None and not str(r[1]).startswith("Total"))
    assert dict(people) == {m: n for m, n in deployed.items() if n}
    for sheet in ("By category", "By sex", "By speciality"):
        totals = [r for r in _table(parliament[sheet]) if r[0] == "Total, all decisions"][0]
        assert totals[2:5] == (overall[3], overall[4], overall[5]), sheet
