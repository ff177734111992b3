"""A real spreadsheet program reads every report: LibreOffice converts them to CSV.

One LibreOffice run converts all files (every sheet, cells as displayed), with a
private profile; the test is skipped only where LibreOffice is not installed.
"""
from __future__ import annotations

import datetime as dt

import csv
import shutil

import pytest

from export_helpers import D, NOW, soffice_convert
from kzpk_desktop.exports.reports import (
    export_contributions,
    export_expiring,
    export_nominal_roll,
    export_parliament_report,
    export_participation,
    export_personnel_card,
    export_table,
)
from kzpk_desktop.exports.workbook import Column

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None,
                       reason="LibreOffice (soffice) is not installed; install "
                              "libreoffice-calc-nogui to run the real-client check"),
]

# comma, double quote, UTF-8, from line 1, default columns, language, quoted not as
# text, detect numbers, save cells as shown, no formulas, keep spaces, every sheet.
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def _read(path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [[c for c in row] for row in csv.reader(f)]


def test_libreoffice_reads_every_report(sessions, paperwork, out, tmp_path_factory):
    with sessions() as s:
        files = [
            export_nominal_roll(s, out / "roll.xlsx", rotation_id=paperwork.rotations["UNDOF-2"],
                                user="clerk1", now=NOW),
            export_parliament_report(s, out / "parliament.xlsx", as_of=D, user="clerk1", now=NOW),
            export_contributions(s, out / "contributions.xlsx", as_of=D, user="clerk1", now=NOW),
            export_personnel_card(s, out / "card.xlsx", iin=paperwork.people["alieva"].iin,
                                  user="clerk1", today=D, now=NOW),
            export_expiring(s, out / "expiring.xlsx", within_days=30, today=D, user="clerk1",
                            now=NOW),
            export_participation(s, out / "participation.xlsx", start=dt.date(2025, 1, 1),
                                 end=D, user="clerk1", now=NOW),
            export_table(out / "list.xlsx", [Column("Name", 20), Column("IIN", 14, "id")],
                         [("=SUM(1,2)", "061211600012"), ("@cmd", "-1")], title="Список",
                         user="clerk1", now=NOW),
        ]
    converted = tmp_path_factory.mktemp("csv")
    soffice_convert(files, CSV_ALL_SHEETS, converted, tmp_path_factory.mktemp("lo-profile"))
    sheets = {p.stem: _read(p) for p in converted.glob("*.csv")}
    assert len(sheets) == 13  # every sheet of every file
    participation = sheets["participation-Участие"]
    assert ["Период: с 01.01.2025 по 01.06.2025"] in [r[:1] for r in participation]
    assert ["UNDOF — Силы ООН по наблюдению за разъединением", "Контингент (войска)", "4", "4",
            "2"] in [r[:5] for r in participation]

    roll = sheets["roll-Nominal roll"]
    assert roll[0][-1] == "For official use only"
    assert roll[1][0] == "Ministry of Defence of the Republic of Kazakhstan"
    assert roll[10][:5] == ["No.", "Rank", "Surname", "Given names", "National rank"]
    assert roll[11][:9] == ["1", "Sergeant", "ALIYEVA", "DANA", "Serzhant", "F", "03.02.2001",
                            "KAZ", "SN-2"]
    assert roll[12][10:13] == ["=1+1", "1st company", "+7 701"]  # text, not evaluated
    documents = sheets["roll-Nominal roll, documents"]
    assert documents[11][:5] == ["1", "Sergeant", "ALIYEVA", "DANA", "S0654321"]
    assert documents[11][16] == "0042"

    summary = sheets["parliament-Предельная численность"]
    assert summary[9] == ["№ 45-VIII от 19.01.2024",
                          "UNDOF — Силы ООН по наблюдению за разъединением", "400", "1", "2", "3",
                          "397"]
    assert summary[12] == ["Всего по всем решениям", "", "430", "2", "3", "5", "425"]
    assert sheets["parliament-Личный состав в миссиях"][8][3:5] == ["Сержант", "Алиева Дана"]

    contributions = sheets["contributions-Contributions"]
    assert contributions[9] == ["UNDOF", "Troops", "1", "1", "2", "50.0%", "12.0%", "Yes"]
    assert [r for r in contributions if r[:2] == ["All missions", "Total"]][0][2:6] == [
        "2", "1", "3", "33.3%"]

    card = sheets["card-Карточка"]
    assert card[8][:6] == ["Фамилия", "Алиева", "", "", "ИИН", paperwork.people["alieva"].iin]
    assert card[8][5].startswith("0")

    expiring = sheets["expiring-Истекающие документы"]
    assert expiring[7][:6] == ["1", "27.05.2025", "-5", "Истёк", "Национальный паспорт",
                               "N0123456"]

    table = sheets["list-Список"]
    assert table[5] == ["Name", "IIN"]
    assert table[6] == ["=SUM(1,2)", "061211600012"] and table[7] == ["@cmd", "-1"]
