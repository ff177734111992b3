"""The history the ministry quotes, entered after the fact through the command line only
("since 2014, 45 officers served in UN missions as observers and staff officers; since 2018,
520 servicemen served in UNIFIL as part of a unit; today 6 serve in MINURSO and 9 in
UNIFIL"), and found again in the participation report."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook, load_workbook

from cli_runner import run_cli
from kzpk_desktop.services.identity import make_iin

TODAY = dt.date.today()
_GIVEN = ("Арман", "Ерлан", "Данияр", "Асхат", "Нурлан", "Серик", "Айдос", "Бауыржан")


@pytest.fixture
def kzpk(db_url, capsys):
    def run(*argv):
        code, out, err = run_cli(capsys, "--db", db_url, *argv)
        assert code == 0, err
        return out
    return run


def _people(tmp_path, kzpk, name, count, rank, birth):
    """``count`` servicemen imported from a clerk's workbook; their IINs."""
    iins = []
    serial = 0
    while len(iins) < count:
        serial += 1
        if (iin := make_iin(birth, "M", serial)) is not None:
            iins.append(iin)
    wb = Workbook()
    ws = wb.active
    ws.append(["Фамилия", "Имя", "ИИН", "Звание", "Личный номер", "№ паспорта",
               "Паспорт действителен до"])
    for k, iin in enumerate(iins):
        ws.append([name, _GIVEN[k % len(_GIVEN)], iin, rank, f"{name[0]}-{iin}",
                   f"N{iin[-8:]}", "01.02.2040"])
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    kzpk("import", "roster", path)
    return iins


def _tour(kzpk, rotation, iins, category, named, cleared, arrived, left=None):
    """Nominated, approved (over the missing certificates), deployed, and back if ``left``."""
    many = [a for iin in iins for a in ("--iin", iin)]
    kzpk("roster", "add", "--rotation", rotation, *many, "--category", category, "--on", named)
    kzpk("roster", "set-status", "--rotation", rotation, *many, "--status", "approved",
         "--reason", "certificates on paper in the archive", "--on", cleared)
    kzpk("roster", "set-status", "--rotation", rotation, *many, "--status", "deployed",
         "--on", arrived)
    if left:
        kzpk("roster", "set-status", "--rotation", rotation, *many, "--status", "completed",
             "--on", left)


def _rotation(kzpk, mission, number, decision, start, end, status):
    return json.loads(kzpk("rotation", "add", "--mission", mission, "--number", number,
                           "--decision", decision, "--start", start, "--end", end,
                           "--status", status, "--json"))["id"]


def test_the_quoted_history_rebuilt_from_the_shell_is_in_the_participation_report(
        kzpk, tmp_path):
    officers = _people(tmp_path, kzpk, "Сейтов", 45, "Майор", dt.date(1985, 3, 3))
    soldiers = _people(tmp_path, kzpk, "Жумабаев", 520, "Рядовой", dt.date(1996, 6, 6))
    added = json.loads(kzpk(
        "decision", "add", "--number", "5-V", "--date", "2014-05-20", "--title",
        "О направлении офицеров в миссии ООН", "--ceiling", "40", "--mission", "MINURSO=20",
        "--mission", "UNIFIL=20", "--from", "2014-06-01", "--json"))
    assert (added["number"], added["ceiling"], added["missions"]) == (
        "5-V", 40, {"MINURSO": 20, "UNIFIL": 20})

    # Observers in MINURSO and staff officers in UNIFIL since 2014, in yearly tours; one
    # observer goes twice (a person, two tours). Today 6 serve in MINURSO and 9 in UNIFIL.
    minurso, unifil = officers[:24], officers[24:]
    tours = [("MINURSO", "expert", minurso[0:6], "5-V", 2014),
             ("UNIFIL", "staff-officer", unifil[0:6], "5-V", 2015),
             ("MINURSO", "expert", minurso[6:12], "5-V", 2016),
             ("UNIFIL", "staff-officer", unifil[6:12], "5-V", 2017),
             ("MINURSO", "expert", minurso[12:18] + [minurso[0]], "182-VI", 2020),
             ("MINURSO", "expert", minurso[18:24], "182-VI", 2025),
             ("UNIFIL", "staff-officer", unifil[12:21], "182-VI", 2025)]
    numbers = {"MINURSO": 0, "UNIFIL": 10}
    for mission, category, iins, decision, year in tours:
        if decision == "182-VI" and "182-VI" not in numbers:
            numbers["182-VI"] = 1  # the new decision, after the tours of the old one
            kzpk("decision", "add", "--number", "182-VI", "--date", "2018-06-21", "--title",
                 "Об участии роты в UNIFIL", "--ceiling", "160", "--mission", "UNIFIL=150",
                 "--mission", "MINURSO=10", "--supersedes", "5-V")
            _companies(kzpk, soldiers)
        numbers[mission] += 1
        current = year == 2025
        start, end = dt.date(year, 7, 1), dt.date(year + 1, 6, 30)
        # A completed rotation's roster is closed (and the shell cannot close one yet): the
        # rotations are entered as deployed; the figures come from the roster history.
        rot = _rotation(kzpk, mission, numbers[mission], decision, start.isoformat(),
                        end.isoformat(), "deployed")
        _tour(kzpk, rot, iins, category, f"{year}-05-01", f"{year}-06-15", f"{year}-07-02",
              None if current else f"{year + 1}-06-30")

    officers_since = _participation(kzpk, tmp_path, "2014-01-01")
    assert officers_since["All missions", "Staff officers and experts on mission together"] == (
        45, 46, 15)
    units_since = _participation(kzpk, tmp_path, "2018-01-01")
    assert units_since["UNIFIL", "Troops"] == (520, 520, 0)
    assert units_since["MINURSO", "All categories"][2] == 6
    assert units_since["UNIFIL", "All categories"][2] == 9
    assert officers_since["MINURSO", "Expert on mission"] == (24, 25, 6)


def _companies(kzpk, soldiers):
    """Four UNIFIL company rotations of 130 since 2018, back home since."""
    for k in range(4):
        year = 2018 + k
        rot = _rotation(kzpk, "UNIFIL", k + 1, "182-VI", f"{year}-07-01", f"{year + 1}-06-30",
                        "deployed")
        _tour(kzpk, rot, soldiers[k * 130:(k + 1) * 130], "troops", f"{year}-05-01",
              f"{year}-06-25", f"{year}-07-01", f"{year + 1}-06-30")


def _participation(kzpk, tmp_path, start: str) -> dict:
    path = tmp_path / f"participation-{start}.xlsx"
    kzpk("export", "participation", "--from", start, "--lang", "en", "-o", path)
    ws = load_workbook(path).active
    first = int(ws.print_title_rows.split(":")[0].lstrip("$")) + 1
    assert ws.cell(first - 1, 5).value == f"Serving on {TODAY:%d.%m.%Y}"
    return {(r[0].split(" — ")[0], r[1]): tuple(r[2:5])
            for r in ws.iter_rows(min_row=first, values_only=True) if r[0]}
