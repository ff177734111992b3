"""Workbooks as clerks make them, built with openpyxl in the test's folder."""
from __future__ import annotations

import datetime as dt
import itertools
import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

from kzpk_desktop.cli import main
from kzpk_desktop.services.identity import make_iin

IIN_M = "791028302728"  # 28.10.1979, male (domain.md)
IIN_F0 = "061211600012"  # 11.12.2006, female, leading zero (domain.md)
HEADERS = ["Фамилия", "Имя", "Отчество", "ИИН", "Дата рождения", "Пол", "Звание",
           "Личный номер", "№ паспорта", "Паспорт действителен до", "Телефон", "Примечание"]

_serials = itertools.count(1)


def new_iin(birth: dt.date = dt.date(1985, 5, 5), sex: str = "M") -> str:
    while True:
        iin = make_iin(birth, sex, next(_serials) % 10000)
        if iin:
            return iin


def row(iin: str = IIN_M, **overrides) -> list:
    """A valid row under HEADERS (a 1979 captain unless overridden by header)."""
    values = {"Фамилия": "Иванов", "Имя": "Сергей", "Отчество": "Петрович", "ИИН": iin,
              "Дата рождения": None, "Пол": None, "Звание": "Капитан",
              "Личный номер": f"A-{iin[-6:]}", "№ паспорта": f"N{iin[-8:]}",
              "Паспорт действителен до": "01.02.2031", "Телефон": "+7 701 555 12 34",
              "Примечание": None}
    values.update(overrides)
    return [values[h] for h in HEADERS]


def write_book(path: Path, rows, *, headers=HEADERS, title: str | None = None,
               sheet: str = "Список", before: list[str] = (), merged_title: bool = True) -> Path:
    """One sheet of data (``before`` adds empty sheets in front); a merged title row if asked."""
    wb = Workbook()
    wb.remove(wb.active)
    for name in before:
        wb.create_sheet(name)
    ws = wb.create_sheet(sheet)
    if title:
        ws.append([title])
        if merged_title:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 2))
        ws.append([])
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def set_cached_values(path: Path, values: dict[str, str],
                      sheet_part: str = "xl/worksheets/sheet1.xml") -> None:
    """Give formula cells the cached result Excel stores (openpyxl writes none)."""
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts[sheet_part].decode()
    for ref, value in values.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/>\s*</c>|'
                             rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v></v></c>')
        match = pattern.search(xml)
        assert match, f"no formula cell {ref}"
        attrs = match.group(1) or match.group(3) or ""
        formula = match.group(2) or match.group(4)
        kind = ' t="str"' if not re.fullmatch(r"-?\d+(\.\d+)?", value) else ""
        cell = f'<c r="{ref}"{attrs}{kind}><f>{formula}</f><v>{value}</v></c>'
        xml = xml[:match.start()] + cell + xml[match.end():]
    parts[sheet_part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err
