"""Reading clerks' workbooks: headers in three languages, the header row, values as typed,
and the files refused before any work."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import Workbook

from kzpk_desktop.sheets import readers
from kzpk_desktop.services import import_columns, importer
from kzpk_desktop.services.importer import ImportRefused

from import_helpers import HEADERS, IIN_F0, IIN_M, row, set_cached_values, write_book

# Every header the issue lists, as the clerk may write it.
HEADER_VARIANTS = [
    ("Фамилия", "surname"), ("Тегі", "surname"), ("Surname", "surname"),
    ("Имя", "given_name"), ("Аты", "given_name"), ("Given name", "given_name"),
    ("Отчество", "patronymic"), ("Әкесінің аты", "patronymic"), ("Patronymic", "patronymic"),
    ("ИИН", "iin"), ("ЖСН", "iin"), ("IIN", "iin"),
    ("Дата рождения", "birth_date"), ("Дата рожд.", "birth_date"), ("Туған күні", "birth_date"),
    ("Date of birth", "birth_date"),
    ("Воинское звание", "rank"), ("Звание", "rank"), ("Әскери атағы", "rank"), ("Rank", "rank"),
    ("Пол", "sex"), ("Жынысы", "sex"), ("Sex", "sex"),
    ("Личный номер", "service_number"), ("Service number", "service_number"),
    ("№ паспорта", "passport_number"), ("Номер паспорта", "passport_number"),
    ("Passport number", "passport_number"),
    ("Паспорт действителен до", "passport_expires"),
    ("Срок действия паспорта", "passport_expires"), ("Passport expiry", "passport_expires"),
    ("Подразделение", "unit"), ("Бөлімше", "unit"), ("Unit", "unit"),
    ("Должность", "position"), ("Лауазымы", "position"), ("Position", "position"),
    ("Группа крови", "blood_group"), ("Blood group", "blood_group"),
    ("Телефон", "phone"), ("Phone", "phone"),
    ("Примечание", "notes"), ("Ескертпе", "notes"), ("Notes", "notes"),
]


@pytest.mark.parametrize("header, field", HEADER_VARIANTS)
def test_every_listed_header_is_recognised_in_any_case_spacing_and_dots(header, field):
    assert import_columns.match_header(header) == field
    assert import_columns.match_header(header.upper()) == field
    assert import_columns.match_header(f"  {header.lower()}  ") == field
    assert import_columns.match_header(header.replace(" ", "\n")) == field
    assert import_columns.match_header(header.replace(" ", "  \u00a0")) == field
    assert import_columns.match_header(header + ".") == field


def test_canonical_headers_of_every_language_are_recognised():
    for column in import_columns.COLUMNS:
        for lang in import_columns.LANGS:
            assert import_columns.match_header(column.header(lang)) == column.field


def test_header_hints_in_brackets_and_latin_name_columns():
    assert import_columns.match_header("Дата рождения (дд.мм.гггг)") == "birth_date"
    assert import_columns.match_header("ИИН (12 цифр)") == "iin"
    assert import_columns.match_header("Фамилия (лат.)") == "surname_latin"
    assert import_columns.match_header("Ф.И.О.") == "full_name"
    assert import_columns.match_header("Разное") is None


def test_header_row_below_merged_title_rows_and_extra_columns_listed(sessions, tmp_path):
    headers = ["№ п/п"] + HEADERS + ["Размер обуви"]
    path = write_book(tmp_path / "list.xlsx", [[1] + row() + [43]], headers=headers,
                      title="СПИСОК военнослужащих 1-й роты")
    with sessions() as s:
        p = importer.preview(s, path)
    assert (p.sheet, p.header_row) == ("Список", 3)
    assert [(c.letter, c.header) for c in p.extra_columns] == [("A", "№ п/п"),
                                                               ("N", "Размер обуви")]
    assert [r.row for r in p.rows] == [4]
    assert p.rows[0].action == "create" and not p.problems


def test_header_found_anywhere_in_the_first_15_rows_but_not_below(sessions, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["C2"] = "Министерство обороны"
    ws.merge_cells("C2:H5")
    for r, h in enumerate(HEADERS, start=2):
        ws.cell(row=15, column=r, value=h)
    for r, v in enumerate(row(), start=2):
        ws.cell(row=16, column=r, value=v)
    wb.save(tmp_path / "deep.xlsx")
    with sessions() as s:
        p = importer.preview(s, tmp_path / "deep.xlsx")
    assert p.header_row == 15 and p.rows[0].row == 16 and p.rows[0].action == "create"

    ws.insert_rows(1)
    wb.save(tmp_path / "too-deep.xlsx")
    with sessions() as s, pytest.raises(ImportRefused) as info:
        importer.preview(s, tmp_path / "too-deep.xlsx")
    assert str(info.value).startswith("Sheet 'Sheet' of too-deep.xlsx: no header row found in "
                                      "the first 15 rows.")


def test_first_sheet_with_data_is_taken_unless_one_is_named(sessions, tmp_path):
    path = write_book(tmp_path / "book.xlsx", [row()], before=["Обложка"])
    with sessions() as s:
        assert importer.preview(s, path).sheet == "Список"
        assert importer.preview(s, path).sheets == ["Обложка", "Список"]
        with pytest.raises(ImportRefused) as info:
            importer.preview(s, path, sheet="Обложка")
        assert str(info.value) == "Sheet 'Обложка' of book.xlsx is empty."
        with pytest.raises(ImportRefused) as info:
            importer.preview(s, path, sheet="Лист9")
        assert str(info.value) == ("book.xlsx has no sheet named 'Лист9'. Its sheets: Обложка, "
                                   "Список.")


def test_a_cover_sheet_without_a_header_row_is_passed_over(sessions, tmp_path):
    wb = Workbook()
    wb.active.title = "Титул"
    wb.active["B3"] = "Список личного состава на 01.03.2026"
    ws = wb.create_sheet("Данные")
    ws.append(HEADERS)
    ws.append(row())
    wb.save(tmp_path / "cover.xlsx")
    with sessions() as s:
        assert importer.preview(s, tmp_path / "cover.xlsx").sheet == "Данные"
    del wb["Данные"]
    wb.save(tmp_path / "cover-only.xlsx")
    with sessions() as s, pytest.raises(ImportRefused) as info:
        importer.preview(s, tmp_path / "cover-only.xlsx")
    assert str(info.value).startswith("Sheet 'Титул' of cover-only.xlsx: no header row found")


def test_missing_required_column_is_refused_before_reading_rows(sessions, tmp_path):
    headers = [h for h in HEADERS if h != "Личный номер"]
    path = write_book(tmp_path / "nosn.xlsx", [row()[:7] + row()[8:]], headers=headers)
    with sessions() as s, pytest.raises(ImportRefused) as info:
        importer.preview(s, path)
    assert str(info.value) == ("Sheet 'Список' of nosn.xlsx has no column for: Личный номер / "
                               "Жеке нөмірі / Service number. Add the column (the import template "
                               "has every header) and import again.")


# --- values as clerks type them --------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    (dt.date(1979, 10, 28), dt.date(1979, 10, 28)),  # a real Excel date
    (dt.datetime(1979, 10, 28, 0, 0), dt.date(1979, 10, 28)),
    ("28.10.1979", dt.date(1979, 10, 28)),
    ("28.10.79", dt.date(1979, 10, 28)),  # D.M.YY: a birth date is never in the future
    ("8.1.79", dt.date(1979, 1, 8)),
    ("1979-10-28", dt.date(1979, 10, 28)),
    ("28/10/1979", dt.date(1979, 10, 28)),
    (" 28.10.1979 г. ", dt.date(1979, 10, 28)),
    ("1979-10-28 00:00:00", dt.date(1979, 10, 28)),
    ("\u00a028.10.1979\u00a0", dt.date(1979, 10, 28)),
])
def test_date_forms(cell, expected):
    assert readers.cell_date(cell, past=True, today=dt.date(2026, 1, 1)) == expected


def test_two_digit_years_of_dates_that_are_not_birth_dates_are_this_century():
    assert readers.cell_date("1.2.31", today=dt.date(2026, 1, 1)) == dt.date(2031, 2, 1)
    assert readers.cell_date("1.2.05", past=True, today=dt.date(2026, 1, 1)) == dt.date(2005, 2, 1)


@pytest.mark.parametrize("cell, message", [
    ("31.02.1990", "'31.02.1990' is not a real date."),
    ("весной", "'весной' is not a date: write it as DD.MM.YYYY."),
    (29155, "29155 is a number, not a date: format the cell as a date or write it as "
            "DD.MM.YYYY."),
])
def test_dates_that_are_not_dates_are_refused_with_the_value(cell, message):
    with pytest.raises(readers.CellError) as info:
        readers.cell_date(cell)
    assert str(info.value) == message


def test_date_forms_through_the_importer(sessions, tmp_path):
    forms = [dt.datetime(1979, 10, 28), "28.10.1979", "28.10.79", "1979-10-28"]
    rows = [row(IIN_M, **{"Дата рождения": f, "Личный номер": f"A-{i}", "№ паспорта": None,
                          "Паспорт действителен до": None}) for i, f in enumerate(forms)]
    paths = [write_book(tmp_path / f"d{i}.xlsx", [r]) for i, r in enumerate(rows)]
    with sessions() as s:
        for path in paths:
            p = importer.preview(s, path)
            assert p.problems == [] and p.rows[0].data.birth_date == dt.date(1979, 10, 28)


@pytest.mark.parametrize("cell", [
    IIN_F0, 61211600012, 61211600012.0, "61211600012", f" {IIN_F0}\u00a0", "061211 600012",
])
def test_iin_as_text_or_as_a_number_that_lost_its_leading_zero(sessions, tmp_path, cell):
    path = write_book(tmp_path / "iin.xlsx", [row(IIN_F0, ИИН=cell, Имя="Айгүл",
                                                  Фамилия="Серікова")])
    with sessions() as s:
        p = importer.preview(s, path)
    assert p.problems == []
    data = p.rows[0].data
    assert (data.iin, data.birth_date, data.sex) == (IIN_F0, dt.date(2006, 12, 11), "F")


@pytest.mark.parametrize("cell, reason", [
    ("900517312344", "IIN 900517312344: check digit does not match"),
    (791028302729, "IIN 791028302729: check digit does not match"),
    ("79102830272X", "IIN must contain only digits"),
    ("7910283027281", "IIN must have 12 digits, got 13"),
    (dt.datetime(1979, 10, 28), "IIN must contain only digits"),
])
def test_bad_iins_are_reported_in_their_cell(sessions, tmp_path, cell, reason):
    path = write_book(tmp_path / "bad.xlsx", [row(IIN_M, ИИН=cell)])
    with sessions() as s:
        p = importer.preview(s, path)
    assert [str(q) for q in p.problems] == [f"sheet 'Список', row 2, column 'ИИН': {reason}"]
    assert (p.problems[0].field, p.problems[0].column_index) == ("iin", HEADERS.index("ИИН"))


def test_phones_and_notes_are_kept_as_text_and_spaces_trimmed(sessions, tmp_path):
    path = write_book(tmp_path / "text.xlsx", [
        row(IIN_M, Телефон="+7 701 555 12 34", Примечание="  доброволец, 2 тура\u00a0"),
        row(IIN_F0, Фамилия="\u00a0Серікова ", Имя="Айгүл", Телефон=77015551234,
            Примечание=12.5),
    ])
    with sessions() as s:
        p = importer.preview(s, path)
    first, second = (r.data for r in p.rows)
    assert (first.phone, first.notes) == ("+7 701 555 12 34", "доброволец, 2 тура")
    assert (second.surname, second.phone, second.notes) == ("Серікова", "77015551234", "12.5")


def test_formulas_are_read_as_their_cached_values(sessions, tmp_path):
    path = write_book(tmp_path / "formula.xlsx", [
        row(IIN_M, Фамилия='=PROPER("иванов")', ИИН="=791028302728", Пол='=IF(1,"м","ж")'),
    ])
    set_cached_values(path, {"A2": "Иванов", "D2": "791028302728", "F2": "м"})
    with sessions() as s:
        p = importer.preview(s, path)
    assert p.problems == []
    assert (p.rows[0].data.surname, p.rows[0].data.iin, p.rows[0].data.sex) == (
        "Иванов", IIN_M, "M")


@pytest.mark.parametrize("cell, sex", [
    ("м", "M"), ("Ж", "F"), ("муж.", "M"), ("жен.", "F"), ("Ер", "M"), ("әйел", "F"),
    ("M", "M"), ("f", "F"), ("male", "M"), ("Female", "F"),
])
def test_sexes_in_any_case_and_language(cell, sex):
    assert import_columns.parse_sex(cell) == sex


@pytest.mark.parametrize("cell, group", [
    ("A+", "A+"), ("0(I) Rh+", "O+"), ("A(II) Rh-", "A-"), ("В(III)+", "B+"),
    ("AB(IV) отрицательная", "AB-"), ("2 положительная", "A+"), ("O-", "O-"),
])
def test_blood_groups_as_clerks_write_them(cell, group):
    assert import_columns.parse_blood_group(cell) == group


# --- refused before any work -----------------------------------------------------------------

def refusal(sessions, path) -> str:
    with sessions() as s, pytest.raises(ImportRefused) as info:
        importer.preview(s, path)
    return str(info.value)


def test_a_file_that_is_not_a_spreadsheet_is_refused(sessions, tmp_path):
    (tmp_path / "list.xlsx").write_text("Фамилия;Имя;ИИН\nИванов;Сергей;791028302728\n",
                                        encoding="utf-8")
    assert refusal(sessions, tmp_path / "list.xlsx") == \
        "list.xlsx is not an Excel workbook (.xlsx or .xlsm)."
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n" + b"\0" * 100)
    assert refusal(sessions, tmp_path / "scan.pdf") == \
        "scan.pdf is not an Excel workbook (.xlsx or .xlsm)."


def test_a_zip_that_is_not_a_workbook_is_refused(sessions, tmp_path):
    with zipfile.ZipFile(tmp_path / "letter.xlsx", "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    assert refusal(sessions, tmp_path / "letter.xlsx").startswith(
        "letter.xlsx is not an Excel workbook (.xlsx or .xlsm): it is another kind of zip file")


def _ole_file(path, streams: list[str]) -> None:
    """A compound file (the container of .xls and of encrypted .xlsx) naming ``streams``."""
    header = bytearray(512)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    directory = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64
                         for name in ["Root Entry", *streams])
    path.write_bytes(bytes(header) + directory)


def test_a_password_protected_workbook_is_refused(sessions, tmp_path):
    _ole_file(tmp_path / "secret.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    assert refusal(sessions, tmp_path / "secret.xlsx") == (
        "secret.xlsx is protected with a password. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save it again.")


def test_an_old_xls_workbook_is_refused_with_what_to_do(sessions, tmp_path):
    _ole_file(tmp_path / "old.xls", ["Workbook", "\x05SummaryInformation"])
    assert refusal(sessions, tmp_path / "old.xls") == (
        "old.xls is an old Excel 97-2003 workbook (.xls). Open it in Excel and save it as an "
        "Excel Workbook (.xlsx).")


def test_empty_files_and_workbooks_are_refused(sessions, tmp_path):
    (tmp_path / "zero.xlsx").write_bytes(b"")
    assert refusal(sessions, tmp_path / "zero.xlsx") == "zero.xlsx is empty (0 bytes)."
    Workbook().save(tmp_path / "blank.xlsx")
    assert refusal(sessions, tmp_path / "blank.xlsx") == \
        "blank.xlsx has no data: every sheet is empty."
    write_book(tmp_path / "header-only.xlsx", [])
    assert refusal(sessions, tmp_path / "header-only.xlsx") == \
        "Sheet 'Список' of header-only.xlsx has a header row (row 1) but no data below it."


def test_a_file_over_50_mb_is_refused_before_it_is_opened(sessions, tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(51 * 1024 * 1024)  # sparse: nothing is written to disk
    assert refusal(sessions, path) == ("huge.xlsx is 51 MB; files over 50 MB are not imported. "
                                       "Split the list into several files.")


def test_a_sheet_of_over_200000_rows_is_refused_before_it_is_read(sessions, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(HEADERS)
    ws.append(row())
    ws.cell(row=250_000, column=1, value="конец")
    wb.save(tmp_path / "long.xlsx")
    assert refusal(sessions, tmp_path / "long.xlsx") == (
        "Sheet 'Sheet' of long.xlsx has 250000 rows; at most 200000 rows are imported at a "
        "time. Split the list into several files.")


def test_a_damaged_workbook_is_refused(sessions, tmp_path):
    path = write_book(tmp_path / "cut.xlsx", [row()])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert refusal(sessions, path) == "cut.xlsx is damaged: it cannot be opened as a workbook."


@pytest.mark.slow
def test_a_workbook_saved_by_a_real_spreadsheet_program(sessions, tmp_path):
    """LibreOffice computes and stores the formulas' values, as Excel does when it saves."""
    import os
    import subprocess

    wb = Workbook()
    ws = wb.active
    ws.title = "Рота"
    ws.append(["Список роты"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Фамилия", "Имя", "ИИН", "Личный номер", "Телефон", "Дата рождения"])
    ws.append(["Иванов", '=PROPER("сергей")', "=791028302728", '="A-"&"1"', 77015551234,
               "=DATE(1979,10,28)"])
    ws["F4"].number_format = "DD.MM.YYYY"
    wb.save(tmp_path / "src.xlsx")
    profile = tmp_path / "profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                    str(tmp_path / "out"), str(tmp_path / "src.xlsx")],
                   check=True, capture_output=True, timeout=300,
                   env={**os.environ, "HOME": str(profile)})
    with sessions() as s:
        p = importer.preview(s, tmp_path / "out" / "src.xlsx")
    data = p.rows[0].data
    assert (p.header_row, p.problems) == (3, [])
    assert (data.given_name, data.iin, data.service_number, data.phone, data.birth_date) == (
        "Сергей", IIN_M, "A-1", "77015551234", dt.date(1979, 10, 28))


def test_a_workbook_with_a_broken_sheet_is_refused(sessions, tmp_path):
    path = write_book(tmp_path / "broken.xlsx", [row()])
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r=1><c"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    assert refusal(sessions, path).startswith("broken.xlsx is damaged: it cannot be read (")
