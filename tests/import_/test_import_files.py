"""The error report (the refused rows again, with reasons) and the import template."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from kzpk_desktop.exports import import_files
from kzpk_desktop.services import importer

from import_helpers import HEADERS, IIN_F0, IIN_M, row, run_cli, write_book


def table(ws, header_row):
    """Rows from the header row down, as values."""
    return [list(r) for r in ws.iter_rows(min_row=header_row, values_only=True)]


def test_error_report_repeats_each_refused_row_with_its_reasons(sessions, db_url, tmp_path,
                                                                capsys):
    path = write_book(tmp_path / "list.xlsx", [
        row(IIN_M),
        row(IIN_F0, ИИН=61211600013, Фамилия="Серікова", Имя="Айгүл",
            **{"Дата рождения": dt.datetime(2006, 12, 11), "Пол": "?"}),
        row(IIN_M, Телефон="-нет-"),
    ], headers=HEADERS + ["Размер формы"], title="Рота")
    report = tmp_path / "errors.xlsx"
    code, out, _ = run_cli(capsys, "--db", db_url, "import", "roster", path, "--errors", report)
    assert code == 1 and f"error report: {report} (3 rows)" in out

    ws = load_workbook(report).active
    header_row = next(r for r in range(1, 15) if ws.cell(r, 1).value == "Фамилия")
    assert ws.freeze_panes == f"A{header_row + 1}"
    rows = table(ws, header_row)
    assert rows[0] == HEADERS + ["Размер формы", "Row in the file", "Why it was refused"]
    first, second, third = rows[1:]
    assert first[:4] == ["Иванов", "Сергей", "Петрович", IIN_M] and first[-2] == 4
    assert first[-1].splitlines() == [
        f"ИИН: IIN {IIN_M} is also in row(s) 6 of the file.",
        "Личный номер: Service number A-302728 is also in row(s) 6 of the file.",
        "№ паспорта: Passport N28302728 is also in row(s) 6 of the file.",
    ]
    assert second[3] == "61211600013"  # written as text: the digits as the clerk typed them
    assert second[4] == dt.datetime(2006, 12, 11)  # a real date stays a date
    assert second[-2] == 5
    assert second[-1].splitlines() == [
        "ИИН: IIN 061211600013: check digit does not match",
        "Пол: '?' is not a sex: write М or Ж (Ер or Әйел, M or F).",
    ]
    assert (first[10], third[10]) == ("+7 701 555 12 34", "-нет-")
    for r in (header_row + 1, header_row + 3):  # text that a spreadsheet could take for a formula
        assert ws.cell(r, 11).data_type == "s" and ws.cell(r, 11).quotePrefix
    assert third[-1].splitlines() == [
        f"ИИН: IIN {IIN_M} is also in row(s) 4 of the file.",
        "Личный номер: Service number A-302728 is also in row(s) 4 of the file.",
        "№ паспорта: Passport N28302728 is also in row(s) 4 of the file.",
        "Телефон: Phone number may hold only digits, spaces, '+', '-' and brackets.",
    ]
    shaded = {c.column for c in ws[header_row + 2] if c.fill.fgColor.rgb == "00F8CBAD"}
    assert shaded == {4, 6}  # ИИН and Пол of the second row


def test_a_corrected_error_report_imports(sessions, tmp_path):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M), row(IIN_F0, ИИН="61211600013",
                                                                 Фамилия="Серікова", Имя="Айгүл")])
    with sessions() as s:
        preview = importer.preview(s, path)
    assert import_files.write_error_report(preview, tmp_path / "errors.xlsx", user="aida") == 1
    wb = load_workbook(tmp_path / "errors.xlsx")
    ws = wb.active
    header_row = next(r for r in range(1, 15) if ws.cell(r, 1).value == "Фамилия")
    ws.cell(header_row + 1, 4).value = IIN_F0  # the clerk corrects the IIN
    wb.save(tmp_path / "fixed.xlsx")
    with sessions() as s:
        again = importer.preview(s, tmp_path / "fixed.xlsx")
    assert again.problems == [] and [r.action for r in again.rows] == ["create"]
    assert [c.header for c in again.extra_columns] == ["Row in the file", "Why it was refused"]


def test_error_report_reasons_can_be_translated(sessions, tmp_path):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M, Пол="?"),
                                               row(IIN_F0, ИИН="061211600013")])
    with sessions() as s:
        preview = importer.preview(s, path)
    words = {"Why it was refused": "Причина",
             "'{value}' is not a sex: write М or Ж (Ер or Әйел, M or F).":
             "«{value}» — это не пол: пишите М или Ж.",
             "IIN {iin}: check digit does not match": "ИИН {iin}: неверная контрольная цифра"}
    import_files.write_error_report(preview, tmp_path / "ru.xlsx", translate=lambda t: words.get(t, t))
    ws = load_workbook(tmp_path / "ru.xlsx").active
    values = [c for r in ws.iter_rows(values_only=True) for c in r if c]
    assert "Причина" in values and "Пол: «?» — это не пол: пишите М или Ж." in values
    assert "ИИН: ИИН 061211600013: неверная контрольная цифра" in values


def test_template_columns_are_formatted_for_what_they_hold(tmp_path):
    import_files.write_template(tmp_path / "t.xlsx", "en")
    ws = load_workbook(tmp_path / "t.xlsx").active
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["Surname", "Given name", "Patronymic", "Surname (Latin)",
                           "Given names (Latin)", "IIN"]
    letter = {h: ws.cell(1, i + 1).column_letter for i, h in enumerate(headers)}
    assert ws.column_dimensions[letter["IIN"]].number_format == "@"
    assert ws.column_dimensions[letter["Phone"]].number_format == "@"
    assert ws.column_dimensions[letter["Date of birth"]].number_format == "DD.MM.YYYY"
    assert ws.cell(1, headers.index("IIN") + 1).comment.text == "Required column"
    rule = ws.data_validations.dataValidation[0]
    assert (rule.formula1, str(rule.sqref)) == ('"M,F"', f"{letter['Sex']}2:{letter['Sex']}2001")
