"""``kzpk export ...``: the contract of design.md, exit codes and one-line refusals."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kzpk_desktop.cli import main
from kzpk_desktop.db.models import AuditEvent


def run(db_url, *args):
    return main(["--db", str(db_url), "export", *args])


def test_every_report_from_the_shell(db_url, sessions, paperwork, out, capsys):
    rotation = paperwork.rotations["UNDOF-2"]
    iin = paperwork.people["alieva"].iin
    commands = {
        "roll.xlsx": ["nominal-roll", "--rotation", str(rotation)],
        "roll-mission.xlsx": ["nominal-roll", "--mission", "UNTSO", "--lang", "ru"],
        "parliament.xlsx": ["parliament-report", "--as-of", "2025-06-01", "--lang", "en"],
        "contributions.xlsx": ["contributions", "--as-of", "2025-06-01"],
        "card.xlsx": ["personnel-card", "--iin", iin],
        "expiring.xlsx": ["expiring", "--within", "3650"],
    }
    for name, args in commands.items():
        assert run(db_url, *args, "-o", str(out / name)) == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert f"nominal-roll written: {out / 'roll.xlsx'}" in printed.out.splitlines()
    assert sorted(p.name for p in out.iterdir()) == sorted(commands)
    roll = load_workbook(out / "roll.xlsx").active
    assert roll["C12"].value == "ALIYEVA"
    # Nobody's name is known on a database without accounts: the date alone.
    assert roll["A9"].value.startswith("Generated on ")
    assert load_workbook(out / "roll-mission.xlsx").active["A9"].value == "№ п/п"
    parliament = load_workbook(out / "parliament.xlsx").worksheets[0]
    assert parliament["A5"].value == "As of 01.06.2025"
    assert load_workbook(out / "card.xlsx").active["F9"].value == iin
    with sessions() as s:
        events = s.execute(select(AuditEvent.action, AuditEvent.username, AuditEvent.changes)
                           .where(AuditEvent.action == "export").order_by(AuditEvent.id)).all()
    assert [json.loads(e.changes)["report"] for e in events] == [
        "nominal-roll", "nominal-roll", "parliament-report", "contributions", "personnel-card",
        "expiring"]
    assert json.loads(events[2].changes) == {"report": "parliament-report",
                                             "file": "parliament.xlsx", "as_of": "2025-06-01",
                                             "lang": "en"}


@pytest.mark.parametrize("args, message", [
    (["parliament-report", "--as-of", "2025-13-01"],
     "error: --as-of: '2025-13-01' is not a date; write it as YYYY-MM-DD"),
    (["contributions", "--as-of", "1.6.2025"],
     "error: --as-of: '1.6.2025' is not a date; write it as YYYY-MM-DD"),
    (["nominal-roll", "--rotation", "999"], "error: There is no rotation with id 999."),
    (["nominal-roll", "--mission", "NOPE"], "error: No mission with acronym NOPE."),
    (["personnel-card", "--iin", "000000000000"],
     "error: There is no serviceman with IIN 000000000000."),
    (["expiring", "--within", "-1"], "error: The number of days cannot be negative."),
])
def test_refusals_exit_1_with_one_line(db_url, paperwork, out, capsys, args, message):
    assert run(db_url, *args, "-o", str(out / "x.xlsx")) == 1
    assert capsys.readouterr().err == message + "\n"
    assert list(out.iterdir()) == []


def test_unwritable_target_exits_1(db_url, paperwork, out, capsys):
    (out / "taken.xlsx").mkdir()
    assert run(db_url, "contributions", "-o", str(out / "taken.xlsx")) == 1
    assert capsys.readouterr().err == (f"error: Cannot write {out / 'taken.xlsx'}: a folder has "
                                       "that name. Choose another file name.\n")


@pytest.mark.parametrize("args", [
    ["expiring", "--within", "30"],
    ["nominal-roll", "--rotation", "1"],
    ["nominal-roll", "-o", "x.xlsx"],
    ["nominal-roll", "--rotation", "1", "--mission", "UNDOF", "-o", "x.xlsx"],
    ["parliament-report", "--lang", "de", "-o", "x.xlsx"],
])
def test_usage_errors_exit_2(db_url, args, capsys):
    with pytest.raises(SystemExit) as exit_:
        run(db_url, *args)
    assert exit_.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
