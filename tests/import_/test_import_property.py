"""Whatever a clerk's cells hold, the importer reports problems; it never crashes."""
from __future__ import annotations

import datetime as dt
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.services import import_columns, importer
from kzpk_desktop.services.importer import ImportRefused

from import_helpers import IIN_F0, IIN_M, write_book

HEADERS = ["Фамилия", "Имя", "ИИН", "Дата рождения", "Пол", "Звание", "Личный номер",
           "№ паспорта", "Паспорт действителен до", "Подразделение", "Должность", "Группа крови",
           "Телефон", "Примечание", "Ф.И.О."]

texts = st.text(
    alphabet=st.one_of(st.characters(blacklist_categories=("Cs",)),
                       st.sampled_from("ӘәҒғҚқҢңӨөҰұҮүІі\u00a0\u200b\ufeff-'.,/()+=# ")),
    max_size=40,
).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s))  # Excel itself cannot store those
cells = st.one_of(
    st.none(),
    texts,
    st.sampled_from([IIN_M, IIN_F0, "61211600012", "900517312344", "м", "Ж", "Капитан", "OF-2",
                     "28.10.1979", "31.02.1990", "1.2.79", "1979-10-28", "A(II) Rh+", "=1+1",
                     "#N/A", "TRUE", "1-я миротворческая рота", "Иванов Сергей"]),
    st.integers(min_value=-10**15, max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.text(alphabet=string.digits, min_size=1, max_size=14),
)
rows = st.lists(st.lists(cells, min_size=len(HEADERS), max_size=len(HEADERS)),
                min_size=1, max_size=6)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=rows)
def test_random_cells_are_reported_never_crash(sessions, tmp_path_factory, company, data):
    path = write_book(tmp_path_factory.mktemp("prop") / "random.xlsx", data, headers=HEADERS)
    with write_session(sessions) as s:
        try:
            preview = importer.preview(s, path, update_existing=True)
        except ImportRefused:
            return  # e.g. every row empty after trimming: refused with a message
        known = {c.header for c in preview.columns}
        for problem in preview.problems:
            assert problem.sheet == "Список" and problem.row >= 2
            assert problem.column == "" or problem.column in known
            assert problem.text  # the template formats with its arguments
        assert all(r.action in importer.ACTIONS for r in preview.rows)
        assert all(r.problems for r in preview.rows if r.refused)
        result = importer.commit(s, preview, skip_invalid=True)
        assert result.created + result.updated + result.unchanged + result.refused == \
            len(preview.rows)
        s.rollback()


def test_every_column_kind_is_covered_by_the_random_headers():
    kinds = {import_columns.BY_FIELD[import_columns.match_header(h)].kind for h in HEADERS}
    assert kinds == {"name", "iin", "past_date", "date", "sex", "rank", "code", "unit", "text",
                     "blood", "full_name"}


def _valid(iin: str, n: int) -> list:
    return ["Иванов", "Сергей", iin, None, None, "Капитан", f"A-{n}", f"N{n:08d}", "01.02.2031",
            "1-я миротворческая рота", "стрелок", "A(II) Rh+", "+7 701 555 12 34", None, None]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(noise=st.lists(st.tuples(st.integers(0, 1), st.integers(0, len(HEADERS) - 1), cells),
                      max_size=3))
def test_valid_rows_with_random_cells_commit_or_are_reported(sessions, tmp_path_factory,
                                                             company, noise):
    data = [_valid(IIN_M, 1), _valid(IIN_F0, 2)]
    data[1][0:2] = ["Серікова", "Айгүл"]
    for r, c, value in noise:
        data[r][c] = value
    path = write_book(tmp_path_factory.mktemp("prop") / "noisy.xlsx", data, headers=HEADERS)
    with write_session(sessions) as s:
        preview = importer.preview(s, path)
        result = importer.commit(s, preview, skip_invalid=True)
        assert result.created == sum(r.action == "create" for r in preview.rows)
        if not noise:
            assert result.created == 2
        s.rollback()
