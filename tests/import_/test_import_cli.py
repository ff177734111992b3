"""``kzpk import roster`` and ``kzpk import template``: exit codes, stderr lines, summaries."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import RosterEntry, Serviceman

from import_helpers import HEADERS, IIN_F0, IIN_M, row, run_cli, write_book
from planning_builders import decision, rotation


def count(sessions, model=Serviceman) -> int:
    with sessions() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_clean_file_is_imported_with_a_summary(sessions, db_url, tmp_path, capsys):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M), row(IIN_F0, Фамилия="Серікова",
                                                               Имя="Айгүл")])
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path)
    assert (code, err) == (0, "")
    assert out == f"{path}: 2 created, 0 updated, 0 unchanged, 0 refused\n"
    assert count(sessions) == 2
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path)
    assert (code, err, out) == (0, "", f"{path}: 0 created, 0 updated, 2 unchanged, 0 refused\n")


def test_refused_rows_one_line_each_on_stderr_and_nothing_written(sessions, db_url, tmp_path,
                                                                 capsys):
    path = write_book(tmp_path / "list.xlsx", [
        row(IIN_M), row(IIN_F0, ИИН="900517312344", **{"Дата рождения": "31.02.1990"})],
        title="Список")
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path)
    assert code == 1
    assert err.splitlines() == [
        f"{path}: sheet 'Список', row 5, column 'ИИН': IIN 900517312344: check digit does not "
        f"match",
        f"{path}: sheet 'Список', row 5, column 'Дата рождения': '31.02.1990' is not a real date.",
    ]
    assert out == (f"{path}: nothing imported, 1 of 2 rows refused (use --skip-invalid to import "
                   f"the other 1)\n")
    assert count(sessions) == 0

    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path, "--skip-invalid")
    assert code == 1 and len(err.splitlines()) == 2
    assert out == f"{path}: 1 created, 0 updated, 0 unchanged, 1 refused\n"
    assert count(sessions) == 1


def test_dry_run_saves_nothing(sessions, db_url, tmp_path, capsys):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M)])
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path, "--dry-run")
    assert (code, err) == (0, "")
    assert out == (f"{path} (dry run, nothing saved): 1 to create, 0 to update, 0 unchanged, "
                   f"0 refused\n")
    assert count(sessions) == 0


def test_extra_columns_are_listed(db_url, tmp_path, capsys):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M) + ["XL"]],
                      headers=HEADERS + ["Размер формы"])
    code, out, _ = run_cli(capsys, "--db", db_url, "import", "roster", path, "--dry-run")
    assert out.splitlines()[0] == f"{path}: sheet 'Список': columns not imported: Размер формы (M)"


def test_update_existing_sheet_and_rotation_options(sessions, db_url, tmp_path, capsys):
    path = write_book(tmp_path / "list.xlsx", [row(IIN_M)], sheet="Рота", before=["Титул"])
    assert run_cli(capsys, "--db", db_url, "import", "roster", path, "--sheet", "Рота")[0] == 0
    changed = write_book(tmp_path / "changed.xlsx", [row(IIN_M, Телефон="+7 777 000 00 00")])
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", changed)
    assert code == 1 and "Choose to update existing servicemen" in err
    with write_session(sessions) as s:
        rot_id = rotation(s, decision(s, ceiling=20)).id
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", changed,
                             "--update-existing", "--rotation", rot_id)
    assert (code, err) == (0, "")
    assert out == (f"{changed}: 0 created, 1 updated, 0 unchanged, 0 refused; 1 nominated to "
                   f"UNDOF-1\n")
    with sessions() as s:
        assert s.execute(select(Serviceman.phone)).scalar_one() == "+7 777 000 00 00"
        assert s.execute(select(RosterEntry.status)).scalars().all() == ["nominated"]
    code, out, _ = run_cli(capsys, "--db", db_url, "import", "roster", changed,
                           "--update-existing", "--rotation", rot_id)
    assert out.endswith("0 updated, 1 unchanged, 0 refused; 0 nominated to UNDOF-1\n")


def test_files_refused_before_any_work(db_url, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("ИИН 791028302728", encoding="utf-8")
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", tmp_path / "notes.txt")
    assert (code, out) == (1, "")
    assert err == "error: notes.txt is not an Excel workbook (.xlsx or .xlsm).\n"
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", tmp_path / "gone.xlsx")
    assert (code, err) == (1, f"error: {tmp_path / 'gone.xlsx'}: no such file.\n")


def test_template_in_each_language_imports_back(sessions, db_url, tmp_path, capsys):
    from openpyxl import load_workbook

    expected = {"ru": ["Фамилия", "Имя", "Отчество"], "kk": ["Тегі", "Аты", "Әкесінің аты"],
                "en": ["Surname", "Given name", "Patronymic"]}
    for lang, first in expected.items():
        out_path = tmp_path / f"template-{lang}.xlsx"
        code, out, _ = run_cli(capsys, "--db", db_url, "import", "template", "-o", out_path,
                               "--lang", lang)
        assert (code, out) == (0, f"import template ({lang}) written: {out_path}\n")
        wb = load_workbook(out_path)
        ws = wb.active
        headers = [c.value for c in ws[1]]
        assert headers[:3] == first and ws.freeze_panes == "A2"
    wb = load_workbook(tmp_path / "template-ru.xlsx")
    ws = wb.active
    headers = [c.value for c in ws[1]]
    values = {"Фамилия": "Иванов", "Имя": "Сергей", "ИИН": IIN_M, "Личный номер": "A-1",
              "Дата рождения": dt.date(1979, 10, 28), "Воинское звание": "Майор"}
    for name, value in values.items():
        ws.cell(row=2, column=headers.index(name) + 1, value=value)
    wb.save(tmp_path / "filled.xlsx")
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", tmp_path / "filled.xlsx")
    assert (code, err) == (0, "") and "1 created" in out
    assert count(sessions) == 1


@pytest.mark.parametrize("argv", [("import", "roster"), ("import", "template", "-o", "x.xlsx",
                                                            "--lang", "de")])
def test_usage_errors_exit_2(db_url, capsys, argv):
    with pytest.raises(SystemExit) as info:
        run_cli(capsys, "--db", db_url, *argv)
    assert info.value.code == 2
