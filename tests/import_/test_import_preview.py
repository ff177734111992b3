"""The preview: what each row would do and why a row is refused, per cell."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Rank
from kzpk_desktop.services import importer, servicemen, units
from kzpk_desktop.services.errors import NotFound
from kzpk_desktop.services.importer import ImportRefused
from kzpk_desktop.services.servicemen import ServicemanData

from import_helpers import HEADERS, IIN_F0, IIN_M, new_iin, row, write_book
from planning_builders import decision, rotation


def preview(sessions, path, **kwargs):
    with sessions() as s:
        return importer.preview(s, path, **kwargs)


def lines(p) -> list[str]:
    return [str(q) for q in p.problems]


def rank_code(sessions, rank_id):
    with sessions() as s:
        return s.get(Rank, rank_id).code


@pytest.mark.parametrize("cell, code", [
    ("Капитан", "captain"), ("КАПИТАН", "captain"), ("captain", "captain"),
    ("Аға лейтенант", "senior_lieutenant"), ("ст. лейтенант", "senior_lieutenant"),
    ("Senior Lieutenant", "senior_lieutenant"), ("Сержант 3 класса", "sergeant_3"),
    ("Қатардағы жауынгер", "private"), ("OF-2", "captain"), ("of-5", "colonel"),
    ("Капитан медицинской службы", "captain"), ("Майор юстиции", "major"),
    ("  подполковник ", "lieutenant_colonel"), ("Генерал армии", "general_of_the_army"),
])
def test_ranks_in_any_case_language_or_code(sessions, tmp_path, cell, code):
    p = preview(sessions, write_book(tmp_path / "r.xlsx", [row(Звание=cell)]))
    assert p.problems == []
    assert rank_code(sessions, p.rows[0].data.rank_id) == code


def test_an_unknown_rank_and_a_shared_nato_code_are_reported(sessions, tmp_path):
    p = preview(sessions, write_book(tmp_path / "r.xlsx", [row(Звание="Генералиссимус"),
                                                           row(IIN_F0, Звание="OF-1")]))
    assert lines(p) == [
        "sheet 'Список', row 2, column 'Звание': Unknown rank 'Генералиссимус': write it as in "
        "the rank list (in Kazakh, Russian or English).",
        "sheet 'Список', row 3, column 'Звание': Unknown rank 'OF-1': write it as in the rank "
        "list (in Kazakh, Russian or English).",
    ]


def test_every_rule_of_the_record_form_applies_to_a_row(sessions, tmp_path):
    bad = row(IIN_M, Фамилия="Иван0в", **{"Дата рождения": "29.10.1979", "Пол": "ж",
                                          "Телефон": "звонить жене",
                                          "№ паспорта": "Н-12", "Паспорт действителен до": None})
    p = preview(sessions, write_book(tmp_path / "rules.xlsx", [bad]))
    assert lines(p) == [
        "sheet 'Список', row 2, column 'Дата рождения': Date of birth 29.10.1979 does not agree "
        "with the IIN, which says 28.10.1979.",
        "sheet 'Список', row 2, column 'Пол': Sex does not agree with the IIN (its 7th digit "
        "says male).",
        "sheet 'Список', row 2, column 'Фамилия': Use only letters, spaces, hyphens and "
        "apostrophes.",
        "sheet 'Список', row 2, column 'Телефон': Phone number may hold only digits, spaces, "
        "'+', '-' and brackets.",
        "sheet 'Список', row 2, column '№ паспорта': Passport number may hold only Latin "
        "letters and digits.",
        "sheet 'Список', row 2, column 'Паспорт действителен до': Enter the date the passport "
        "expires.",
    ]
    assert p.rows[0].action == "refused"


def test_an_empty_required_cell_and_a_too_long_one(sessions, tmp_path):
    p = preview(sessions, write_book(tmp_path / "req.xlsx", [
        row(IIN_M, Имя=None), row(IIN_F0, Фамилия="Серікова", Имя="Айгүл", Отчество="Х" * 101)]))
    assert lines(p) == [
        "sheet 'Список', row 2, column 'Имя': Given name is required.",
        "sheet 'Список', row 3, column 'Отчество': Too long: 101 characters, at most 100.",
    ]


def test_full_name_in_one_column_is_split(sessions, tmp_path):
    headers = ["ФИО", "ИИН", "Личный номер"]
    p = preview(sessions, write_book(tmp_path / "fio.xlsx", [
        ["Иванов Сергей Петрович", IIN_M, "A-1"], ["Нұрланов Ерлан", IIN_F0, "A-2"],
        ["Ким", new_iin(), "A-3"]], headers=headers))
    first, second, third = p.rows
    assert (first.data.surname, first.data.given_name, first.data.patronymic) == (
        "Иванов", "Сергей", "Петрович")
    assert (second.data.surname, second.data.given_name, second.data.patronymic) == (
        "Нұрланов", "Ерлан", None)
    assert [str(q) for q in third.problems] == [
        "sheet 'Список', row 4, column 'ФИО': Given name is required."]


# --- units -----------------------------------------------------------------------------------

UNIT_HEADERS = HEADERS + ["Подразделение", "Должность"]


@pytest.mark.parametrize("name", ["1-я миротворческая рота", "1-ШІ БІТІМГЕРШІЛІК РОТА",
                                  "1st Peacekeeping Company", " 1-я  миротворческая рота "])
def test_unit_by_name_in_any_language_opens_an_assignment(sessions, tmp_path, company, name):
    p = preview(sessions, write_book(tmp_path / "u.xlsx", [row() + [name, "стрелок"]],
                                     headers=UNIT_HEADERS), today=dt.date(2026, 3, 1))
    assert p.problems == []
    assert p.rows[0].assignment == importer.PlannedAssignment(company, "стрелок",
                                                              dt.date(2026, 3, 1))


def test_unknown_ambiguous_and_retired_units_are_reported_never_created(sessions, tmp_path,
                                                                       company):
    with write_session(sessions) as s:
        for parent in ("1-й батальон", "2-й батальон"):
            top = units.add_unit(s, units.UnitData(name_kk=parent, name_ru=parent,
                                                   name_en=parent, kind="infantry",
                                                   level="battalion"))
            units.add_unit(s, units.UnitData(name_kk="1 взвод", name_ru="1 взвод",
                                             name_en="1st platoon", kind="infantry",
                                             level="platoon", parent_id=top.id))
        old = units.add_unit(s, units.UnitData(name_kk="Ескі рота", name_ru="Старая рота",
                                               name_en="Old company", kind="infantry"))
        units.retire_unit(s, old.id, dt.date(2024, 1, 1))
    p = preview(sessions, write_book(tmp_path / "u.xlsx", [
        row(IIN_M) + ["2-я рота", None],
        row(IIN_F0, Фамилия="Серікова", Имя="Айгүл") + ["1 взвод", None],
        row(new_iin()) + ["Старая рота", None],
        row(new_iin()) + ["2-й батальон / 1 взвод", None],
        row(new_iin()) + [None, "стрелок"],
    ], headers=UNIT_HEADERS))
    assert lines(p) == [
        "sheet 'Список', row 2, column 'Подразделение': Unknown unit '2-я рота': no unit has "
        "this name. Add the unit first or correct the name.",
        "sheet 'Список', row 3, column 'Подразделение': '1 взвод' names 2 units (1-й батальон / "
        "1 взвод; 2-й батальон / 1 взвод); write the unit's full path instead.",
        "sheet 'Список', row 4, column 'Подразделение': Старая рота was retired on 01.01.2024; "
        "it takes no new members or sub-units.",
        "sheet 'Список', row 6, column 'Должность': A position needs a unit: fill in the unit "
        "too.",
    ]
    assert p.rows[3].action == "create" and p.rows[3].assignment is not None


# --- duplicates ------------------------------------------------------------------------------

def test_duplicates_inside_the_file_are_reported_on_both_rows(sessions, tmp_path):
    other = new_iin()
    p = preview(sessions, write_book(tmp_path / "dup.xlsx", [
        row(IIN_M), row(other, **{"Личный номер": "A-302728", "№ паспорта": "N11111111"}),
        row(IIN_M, **{"Личный номер": "B-1", "№ паспорта": "n 2830 2728"}),
    ]))
    assert lines(p) == [
        f"sheet 'Список', row 2, column 'ИИН': IIN {IIN_M} is also in row(s) 4 of the file.",
        "sheet 'Список', row 2, column 'Личный номер': Service number A-302728 is also in "
        "row(s) 3 of the file.",
        "sheet 'Список', row 2, column '№ паспорта': Passport N28302728 is also in row(s) 4 of "
        "the file.",
        "sheet 'Список', row 3, column 'Личный номер': Service number A-302728 is also in "
        "row(s) 2 of the file.",
        f"sheet 'Список', row 4, column 'ИИН': IIN {IIN_M} is also in row(s) 2 of the file.",
        "sheet 'Список', row 4, column '№ паспорта': Passport N28302728 is also in row(s) 2 of "
        "the file.",
    ]
    assert [r.action for r in p.rows] == ["refused"] * 3


def _record(sessions, **overrides):
    values = dict(iin=IIN_M, service_number="A-302728", surname="Иванов", given_name="Сергей",
                  patronymic="Петрович", passport_number="N28302728",
                  passport_expires=dt.date(2031, 2, 1), phone="+7 701 555 12 34")
    values.update(overrides)
    with write_session(sessions) as s:
        return servicemen.create_serviceman(s, ServicemanData(**values)).id


def test_duplicates_against_the_database(sessions, tmp_path):
    with sessions() as s:
        captain = s.execute(select(Rank.id).where(Rank.code == "captain")).scalar_one()
    _record(sessions, rank_id=captain)
    p = preview(sessions, write_book(tmp_path / "same.xlsx", [row(IIN_M)]))
    assert (p.rows[0].action, p.problems) == ("unchanged", [])
    p = preview(sessions, write_book(tmp_path / "others.xlsx", [
        row(new_iin(), **{"Личный номер": "A-302728", "№ паспорта": "N22222222"}),
        row(new_iin(), **{"Личный номер": "C-3", "№ паспорта": "N28302728"}),
    ]))
    assert [r.action for r in p.rows] == ["refused", "refused"]
    assert lines(p) == [
        f"sheet 'Список', row 2, column 'Личный номер': Service number A-302728 already belongs "
        f"to Иванов Сергей (IIN {IIN_M}).",
        f"sheet 'Список', row 3, column '№ паспорта': Passport N28302728 is already recorded for "
        f"Иванов Сергей (IIN {IIN_M}).",
    ]


def test_a_changed_row_of_a_recorded_person_is_refused_unless_updating(sessions, tmp_path):
    person_id = _record(sessions)
    path = write_book(tmp_path / "upd.xlsx", [row(IIN_M, Телефон="+7 777 000 00 00",
                                                  Звание="Майор")])
    p = preview(sessions, path)
    assert lines(p) == [
        f"sheet 'Список', row 2, column 'ИИН': Иванов Сергей (IIN {IIN_M}) is already recorded "
        f"and this row would change: Звание, Телефон. Choose to update existing servicemen to "
        f"save the changes."]
    p = preview(sessions, path, update_existing=True)
    assert p.problems == []
    assert (p.rows[0].action, p.rows[0].serviceman_id, p.rows[0].changes) == (
        "update", person_id, ("rank", "phone"))


def test_rotation_must_exist_and_be_open(sessions, tmp_path):
    path = write_book(tmp_path / "r.xlsx", [row()])
    with write_session(sessions) as s:
        rot = rotation(s, decision(s))
        rot.status = "completed"
        rot_id = rot.id
    with sessions() as s, pytest.raises(ImportRefused) as info:
        importer.preview(s, path, rotation_id=rot_id)
    assert str(info.value) == "Rotation UNDOF-1 is completed; its roster is closed."
    with sessions() as s, pytest.raises(NotFound):
        importer.preview(s, path, rotation_id=999)


def test_sheets_are_listed_for_a_picker(tmp_path):
    path = write_book(tmp_path / "book.xlsx", [row()], before=["Обложка"])
    assert importer.list_sheets(path) == ["Обложка", "Список"]
    (tmp_path / "x.xlsx").write_text("nope")
    with pytest.raises(ImportRefused):
        importer.list_sheets(tmp_path / "x.xlsx")


def test_preview_reports_progress_and_can_be_cancelled(sessions, tmp_path):
    path = write_book(tmp_path / "p.xlsx", [row(new_iin(), **{"Личный номер": f"S-{i}",
                                                              "№ паспорта": f"N{i:07d}"})
                                            for i in range(1500)])
    seen = []
    preview(sessions, path, progress=lambda done, total: seen.append((done, total)))
    # Busy (0 of unknown) while the reader process reads the file, then counted.
    assert seen[0] == (0, 0)
    assert [s for s in seen if s != (0, 0)] == [(0, 3000), (1000, 3000), (2500, 3000),
                                                 (3000, 3000)]
    with pytest.raises(importer.ImportCancelled) as info:
        preview(sessions, path, progress=lambda done, total: done < 2000)
    assert str(info.value) == "Import cancelled; nothing was saved."
    # Cancel pressed before the file is read.
    with pytest.raises(importer.ImportCancelled):
        preview(sessions, path, progress=lambda done, total: total != 0)
