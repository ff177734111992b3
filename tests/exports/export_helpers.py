"""A small, fully known set of paperwork data (built with the ORM) and workbook helpers.

Day D = 01.06.2025. Decision 45-VIII (19.01.2024, ceiling 430: UNDOF 400, UNTSO 10).
Rotations: UNDOF-1 (15.09.2024-14.03.2025, completed), UNDOF-2 (15.03.2025-14.09.2025,
deployed), UNDOF-3 (15.09.2025-14.03.2026, training), UNTSO-1 (01.01.2025-31.12.2025).
On D: deployed = Captain Bekov (UNTSO, staff officer), Sergeant Alieva (UNDOF, troops,
woman, IIN with a leading zero), Private Ivanov (UNDOF, troops); approved = Nurova
(UNDOF-3) and Major Serikov (UNTSO, expert). Not counted on D: Petrov (repatriated
01.05.2025), Omarov (UNDOF-1, completed), Kim (nominated), Lee (withdrawn).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kzpk_desktop.db.models import (
    Assignment,
    Decision,
    DecisionCeiling,
    Document,
    DocumentKind,
    Mission,
    PersonnelCategory,
    Rank,
    RosterEntry,
    RosterStatusChange,
    Rotation,
    Serviceman,
    Unit,
    UnitKind,
)
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.text import sort_key

D = dt.date(2025, 6, 1)
NOW = dt.datetime(2025, 6, 1, 9, 30)


@dataclass
class Paperwork:
    rotations: dict[str, int]
    people: dict[str, Serviceman]


def _iin(birth: dt.date, sex: str) -> str:
    serial = 1
    while (iin := make_iin(birth, sex, serial)) is None:
        serial += 1
    return iin


def _ids(s, model, column) -> dict[str, int]:
    return dict(s.execute(select(column, model.id)).all())


def build_paperwork(s) -> Paperwork:
    missions = _ids(s, Mission, Mission.acronym)
    ranks = _ids(s, Rank, Rank.code)
    kinds = _ids(s, DocumentKind, DocumentKind.code)
    cats = _ids(s, PersonnelCategory, PersonnelCategory.code)
    infantry = s.execute(select(UnitKind.id).where(UnitKind.code == "infantry")).scalar_one()
    unit = Unit(name_kk="1-рота", name_ru="1-я рота", name_en="1st company", kind_id=infantry)
    s.add(unit)
    dec = Decision(number="45-VIII", date=dt.date(2024, 1, 19), title="UN missions 2024-2026",
                   period_from=dt.date(2024, 1, 19), period_to=dt.date(2026, 12, 31),
                   ceiling=430)
    dec.ceilings = [DecisionCeiling(mission_id=missions["UNDOF"], ceiling=400),
                    DecisionCeiling(mission_id=missions["UNTSO"], ceiling=10)]
    s.add(dec)
    s.flush()

    def rotation(mission, number, start, end, status, actual_end=None) -> Rotation:
        r = Rotation(mission_id=missions[mission], number=number, name=f"{mission} rotation "
                     f"{number}", decision_id=dec.id, planned_start=start, planned_end=end,
                     actual_start=None, actual_end=actual_end, status=status)
        s.add(r)
        s.flush()
        return r

    rot = {
        "UNDOF-1": rotation("UNDOF", 1, dt.date(2024, 9, 15), dt.date(2025, 3, 14), "completed",
                            dt.date(2025, 3, 14)),
        "UNDOF-2": rotation("UNDOF", 2, dt.date(2025, 3, 15), dt.date(2025, 9, 14), "deployed"),
        "UNDOF-3": rotation("UNDOF", 3, dt.date(2025, 9, 15), dt.date(2026, 3, 14), "training"),
        "UNTSO-1": rotation("UNTSO", 1, dt.date(2025, 1, 1), dt.date(2025, 12, 31), "deployed"),
    }

    def person(key, surname, given, sex, birth, rank, latin, **extra) -> Serviceman:
        p = Serviceman(iin=_iin(birth, sex), service_number=f"SN-{key}", surname=surname,
                       given_name=given, sex=sex, birth_date=birth, rank_id=ranks[rank],
                       surname_latin=latin[0], given_names_latin=latin[1],
                       sort_key=sort_key(f"{surname} {given}"), **extra)
        s.add(p)
        s.flush()
        s.add(Assignment(serviceman_id=p.id, unit_id=unit.id, date_from=dt.date(2020, 1, 1),
                         position="Командир отделения"))
        return p

    def doc(p, kind, number, issued, expires, current=True):
        s.add(Document(serviceman_id=p.id, kind_id=kinds[kind], number=number, issued_on=issued,
                       expires_on=expires, is_current=current))

    def entry(p, rotation_key, category, status, history, **extra):
        """The entry and its status history: ``history`` is [(status, day of effect)]."""
        e = RosterEntry(rotation_id=rot[rotation_key].id, serviceman_id=p.id,
                        category_id=cats[category], status=status, **extra)
        s.add(e)
        s.flush()
        assert history[-1][0] == status
        for k, (to, day) in enumerate(history):
            s.add(RosterStatusChange(roster_entry_id=e.id, to_status=to, effective_on=day,
                                     from_status=history[k - 1][0] if k else None,
                                     recorded_by="clerk", inferred=False))
            s.flush()

    def went(named, cleared, arrived, *after):
        return [("nominated", named), ("approved", cleared), ("deployed", arrived), *after]

    people = {
        "bekov": person("1", "Беков", "Арман", "M", dt.date(1988, 4, 2), "captain",
                        ("BEKOV", "ARMAN"), speciality="штабной офицер", blood_group="A+"),
        "alieva": person("2", "Алиева", "Дана", "F", dt.date(2001, 2, 3), "sergeant",
                         ("ALIYEVA", "DANA"), speciality="санитар", blood_group="O-",
                         kin_name="Алиев Марат", kin_relation="отец", kin_phone="+7 701 111 22 33"),
        "ivanov": person("3", "Иванов", "Пётр", "M", dt.date(1999, 7, 8), "private",
                         ("IVANOV", "PETR"), speciality="стрелок"),
        "nurova": person("4", "Нурова", "Айгерим", "F", dt.date(1995, 1, 1), "private",
                         ("NUROVA", "AIGERIM"), speciality="стрелок"),
        "serikov": person("5", "Сериков", "Ерлан", "M", dt.date(1980, 3, 3), "major",
                          ("SERIKOV", "ERLAN"), speciality="военный наблюдатель"),
        "petrov": person("6", "Петров", "Иван", "M", dt.date(1990, 5, 5), "private",
                         ("PETROV", "IVAN")),
        "omarov": person("7", "Омаров", "Аслан", "M", dt.date(1992, 6, 6), "private",
                         ("OMAROV", "ASLAN")),
        "kim": person("8", "Ким", "Олег", "M", dt.date(1993, 7, 7), "private", ("KIM", "OLEG")),
        "lee": person("9", "Ли", "Виктор", "M", dt.date(1994, 8, 8), "private", ("LI", "VIKTOR")),
    }
    p = people
    doc(p["alieva"], "national_passport", "N0123456", dt.date(2019, 1, 1), dt.date(2025, 5, 27))
    doc(p["alieva"], "service_passport", "S0654321", dt.date(2024, 2, 1), dt.date(2029, 1, 31))
    doc(p["alieva"], "medical_fitness", "MED-1", dt.date(2025, 1, 10), dt.date(2026, 1, 10))
    doc(p["alieva"], "predeployment_training", "PDT-2025-001", dt.date(2025, 2, 1),
        dt.date(2027, 2, 1))
    doc(p["alieva"], "human_rights_screening", "HRS-2025-001", dt.date(2025, 2, 2),
        dt.date(2026, 2, 2))
    doc(p["ivanov"], "national_passport", "N7654321", dt.date(2020, 1, 1), dt.date(2030, 1, 1))
    doc(p["bekov"], "medical_fitness", "MED-2", dt.date(2024, 6, 11), dt.date(2025, 6, 11))
    doc(p["bekov"], "national_passport", "N1111111", dt.date(2015, 1, 1), dt.date(2020, 1, 1),
        current=False)

    undof2 = went(dt.date(2025, 1, 10), dt.date(2025, 2, 10), dt.date(2025, 3, 16))
    entry(p["bekov"], "UNTSO-1", "staff-officer", "deployed",
          went(dt.date(2024, 11, 1), dt.date(2024, 12, 1), dt.date(2025, 1, 3)),
          arrival_date=dt.date(2025, 1, 3), appointment="Staff officer G3", un_index="UN-1001")
    entry(p["alieva"], "UNDOF-2", "troops", "deployed", undof2,
          arrival_date=dt.date(2025, 3, 16), appointment="Medic", sub_unit="1st platoon",
          un_index="0042")
    entry(p["ivanov"], "UNDOF-2", "troops", "deployed", undof2,
          arrival_date=dt.date(2025, 3, 16), appointment="=1+1", sub_unit="+7 701")
    entry(p["petrov"], "UNDOF-2", "troops", "repatriated",
          undof2 + [("repatriated", dt.date(2025, 5, 1))], arrival_date=dt.date(2025, 3, 16),
          repatriation_date=dt.date(2025, 5, 1), departure_date=dt.date(2025, 5, 1),
          repatriation_reason="Medical")
    entry(p["omarov"], "UNDOF-1", "troops", "completed",
          went(dt.date(2024, 7, 1), dt.date(2024, 8, 1), dt.date(2024, 9, 16),
               ("completed", dt.date(2025, 3, 14))), arrival_date=dt.date(2024, 9, 16))
    entry(p["kim"], "UNDOF-2", "troops", "nominated", [("nominated", dt.date(2025, 1, 10))])
    entry(p["lee"], "UNDOF-2", "troops", "withdrawn",
          [("nominated", dt.date(2025, 1, 10)), ("withdrawn", dt.date(2025, 2, 1))])
    entry(p["nurova"], "UNDOF-3", "troops", "approved",
          [("nominated", dt.date(2025, 4, 1)), ("approved", dt.date(2025, 5, 1))])
    entry(p["serikov"], "UNTSO-1", "expert", "approved",
          [("nominated", dt.date(2024, 11, 1)), ("approved", dt.date(2025, 5, 15))],
          appointment="-x", sub_unit="@x")
    s.flush()
    return Paperwork({k: r.id for k, r in rot.items()}, people)


def cell_rows(ws, first: int, last: int | None = None) -> list[list]:
    """Values of rows ``first..last`` (1-based), trailing empty cells dropped."""
    rows = []
    for row in ws.iter_rows(min_row=first, max_row=last or ws.max_row, values_only=True):
        row = list(row)
        while row and row[-1] is None:
            row.pop()
        rows.append(row)
    return rows


def header_row(ws) -> int:
    """The header row: the one the sheet repeats on every printed page."""
    return int(ws.print_title_rows.split(":")[0].lstrip("$"))


def soffice_convert(files: list[Path], fmt: str, outdir: Path, profile: Path) -> None:
    """One LibreOffice run for several files, with a private profile."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         fmt, "--outdir", str(outdir), *map(str, files)],
        check=True, capture_output=True, timeout=300,
        env={**os.environ, "HOME": str(profile)})
