"""IIN parsing/building and age arithmetic (no database, no Qt)."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kzpk_desktop.services.identity import (
    IinInfo,
    age_on,
    iin_check_digit,
    make_iin,
    parse_iin,
)


def _with_check_digit(first11: str) -> str:
    """Complete 11 digits into 12, trying later serials if never issued."""
    head, serial = first11[:7], int(first11[7:])
    while (check := iin_check_digit(f"{head}{serial:04d}")) is None:
        serial += 1
    return f"{head}{serial:04d}{check}"


# ------------------------------------------------------------------ valid

@pytest.mark.parametrize(
    ("raw", "birth_date", "sex"),
    [
        ("791028302728", dt.date(1979, 10, 28), "M"),
        ("061211600012", dt.date(2006, 12, 11), "F"),
    ],
)
def test_valid_examples(raw: str, birth_date: dt.date, sex: str) -> None:
    assert parse_iin(raw) == IinInfo(iin=raw, birth_date=birth_date, sex=sex)


@pytest.mark.parametrize(
    "raw",
    [" 791028302728 ", "\u00a0791028302728\u00a0", "\t791028302728\r\n",
     "\ufeff791028302728", "791028302728\u202f\u200b"],
)
def test_surrounding_whitespace_is_stripped(raw: str) -> None:
    assert parse_iin(raw).iin == "791028302728"


def test_int_accepted() -> None:
    assert parse_iin(791028302728).iin == "791028302728"


def test_info_is_frozen() -> None:
    info = parse_iin("791028302728")
    with pytest.raises(AttributeError):
        info.sex = "F"  # type: ignore[misc]


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "IIN is empty"),
        ("   \u00a0", "IIN is empty"),
        ("7910283027a8", "IIN must contain only digits"),
        ("791028 302728", "IIN must contain only digits"),
        ("７９１０２８３０２７２８", "IIN must contain only digits"),  # fullwidth
        ("79102830272²", "IIN must contain only digits"),
        (-791028302728, "IIN must contain only digits"),
        ("79102830272", "IIN must have 12 digits, got 11"),
        ("7910283027280", "IIN must have 12 digits, got 13"),
        (61211600012, "IIN must have 12 digits, got 11"),
        ("900517002344", "IIN 900517002344: 7th digit (century and sex) must be 1-6, got 0"),
        ("900517712344", "IIN 900517712344: 7th digit (century and sex) must be 1-6, got 7"),
        ("900517912344", "IIN 900517912344: 7th digit (century and sex) must be 1-6, got 9"),
        ("901332300000", "IIN 901332300000: 32.13.1990 is not a real date"),
        ("900000300000", "IIN 900000300000: 00.00.1990 is not a real date"),
        ("900517302600", "IIN 900517302600: this number is never issued (no valid check digit)"),
        ("900517312344", "IIN 900517312344: check digit does not match"),
    ],
)
def test_error_reasons(raw: str | int, message: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_iin(raw)
    assert str(excinfo.value) == message


@pytest.mark.parametrize("bad", [True, 7.91028302728e11, None, b"791028302728", [1]])
def test_wrong_types_are_type_errors(bad: object) -> None:
    with pytest.raises(TypeError):
        parse_iin(bad)  # type: ignore[arg-type]


# -------------------------------------------------------------- boundaries

@pytest.mark.parametrize(
    ("marker", "year", "sex"),
    [(1, 1899, "M"), (2, 1899, "F"), (3, 1999, "M"), (4, 1999, "F"), (5, 2099, "M"), (6, 2099, "F")],
)
def test_century_and_sex_digits(marker: int, year: int, sex: str) -> None:
    info = parse_iin(_with_check_digit(f"991231{marker}0000"))
    assert (info.birth_date, info.sex) == (dt.date(year, 12, 31), sex)


@pytest.mark.parametrize(("marker", "year"), [(5, 2000), (3, 1996), (1, 1896)])
def test_feb_29_in_leap_years(marker: int, year: int) -> None:
    iin = _with_check_digit(f"{year % 100:02d}0229{marker}0000")
    assert parse_iin(iin).birth_date == dt.date(year, 2, 29)


@pytest.mark.parametrize(
    ("marker", "year"),
    [(3, 1900), (1, 1800), (5, 2001), (3, 1999)],  # 1900 and 1800 are not leap years
)
def test_feb_29_in_common_years(marker: int, year: int) -> None:
    iin = _with_check_digit(f"{year % 100:02d}0229{marker}0000")
    with pytest.raises(ValueError, match=rf"^IIN {iin}: 29\.02\.{year} is not a real date$"):
        parse_iin(iin)


# ---------------------------------------------------------- pad_lost_zeros

@pytest.mark.parametrize(
    "raw", [61211600012, 61211600012.0, "61211600012", " 61211600012 ", "61211600012.0"]
)
def test_pad_lost_zeros_restores_leading_zero(raw: str | int | float) -> None:
    info = parse_iin(raw, pad_lost_zeros=True)
    assert info.iin == "061211600012"
    assert info.birth_date == dt.date(2006, 12, 11)


@pytest.mark.parametrize("raw", [61211600012, "61211600012"])
def test_no_padding_unless_asked(raw: str | int) -> None:
    with pytest.raises(ValueError, match="^IIN must have 12 digits, got 11$"):
        parse_iin(raw)


def test_float_refused_without_padding() -> None:
    with pytest.raises(TypeError):
        parse_iin(61211600012.0)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (61211600012.5, "IIN must contain only digits"),
        (float("nan"), "IIN must contain only digits"),
        (float("inf"), "IIN must contain only digits"),
        (-61211600012.0, "IIN must contain only digits"),
        ("6121160001.5", "IIN must contain only digits"),
        ("", "IIN is empty"),
        (7910283027281, "IIN must have 12 digits, got 13"),
    ],
)
def test_pad_lost_zeros_still_validates(raw: str | int | float, message: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_iin(raw, pad_lost_zeros=True)
    assert str(excinfo.value) == message


def test_pad_lost_zeros_leaves_full_iin_alone() -> None:
    assert parse_iin("791028302728", pad_lost_zeros=True).iin == "791028302728"


# ------------------------------------------------------------ check digit

def test_check_digit_examples() -> None:
    assert iin_check_digit("79102830272") == 8
    assert iin_check_digit("06121160001") == 2
    assert iin_check_digit("90051730260") is None


def test_check_digit_second_weights_used() -> None:
    # First pass gives 10 here, the second pass decides.
    first11 = "79102830094"
    first = sum(int(d) * w for d, w in zip(first11, range(1, 12))) % 11
    assert first == 10
    assert iin_check_digit(first11) == 8
    assert parse_iin("791028300948").sex == "M"


@pytest.mark.parametrize("bad", ["", "1234567890", "123456789012", "1234567890a"])
def test_check_digit_needs_eleven_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        iin_check_digit(bad)


# ---------------------------------------------------------------- make_iin

def test_make_iin_example() -> None:
    assert make_iin(dt.date(1979, 10, 28), "M", 272) == "791028302728"
    assert make_iin(dt.date(2006, 12, 11), "F", 1) == "061211600012"


def test_make_iin_none_when_never_issued() -> None:
    assert make_iin(dt.date(1990, 5, 17), "M", 260) is None


@pytest.mark.parametrize(
    ("birth_date", "sex", "serial"),
    [
        (dt.date(1990, 1, 1), "X", 1),
        (dt.date(1990, 1, 1), "m", 1),
        (dt.date(1990, 1, 1), "M", -1),
        (dt.date(1990, 1, 1), "M", 10000),
        (dt.date(1799, 12, 31), "M", 1),
        (dt.date(2100, 1, 1), "F", 1),
    ],
)
def test_make_iin_rejects_bad_arguments(birth_date: dt.date, sex: str, serial: int) -> None:
    with pytest.raises(ValueError):
        make_iin(birth_date, sex, serial)


@given(
    birth_date=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
    sex=st.sampled_from(["M", "F"]),
    serial=st.integers(min_value=0, max_value=9999),
)
@example(birth_date=dt.date(2000, 2, 29), sex="F", serial=0)
@example(birth_date=dt.date(1800, 1, 1), sex="M", serial=9999)
def test_make_iin_round_trip(birth_date: dt.date, sex: str, serial: int) -> None:
    iin = make_iin(birth_date, sex, serial)
    if iin is None:
        marker = (birth_date.year // 100 - 18) * 2 + (1 if sex == "M" else 2)
        assert iin_check_digit(f"{birth_date:%y%m%d}{marker}{serial:04d}") is None
        return
    info = parse_iin(iin)
    assert (info.iin, info.birth_date, info.sex) == (iin, birth_date, sex)
    assert iin[7:11] == f"{serial:04d}"


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_random_digits_only_raise_value_error(raw: str) -> None:
    try:
        info = parse_iin(raw)
    except ValueError:
        return
    assert info.iin == raw
    assert info.sex in ("M", "F")


@given(st.one_of(st.text(), st.integers()), st.booleans())
def test_any_text_or_int_only_raises_value_error(raw: str | int, pad: bool) -> None:
    try:
        parse_iin(raw, pad_lost_zeros=pad)
    except ValueError:
        pass


@given(
    birth_date=st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)),
    sex=st.sampled_from(["M", "F"]),
    serial=st.integers(min_value=0, max_value=9999),
    wrong=st.integers(min_value=1, max_value=9),
)
def test_any_other_check_digit_is_rejected(
    birth_date: dt.date, sex: str, serial: int, wrong: int
) -> None:
    iin = make_iin(birth_date, sex, serial)
    if iin is None:
        return
    broken = iin[:11] + str((int(iin[11]) + wrong) % 10)
    with pytest.raises(ValueError, match="check digit does not match$"):
        parse_iin(broken)


# ------------------------------------------------------------------- age_on

@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        (dt.date(1979, 10, 28), dt.date(2024, 10, 27), 44),
        (dt.date(1979, 10, 28), dt.date(2024, 10, 28), 45),
        (dt.date(1979, 10, 28), dt.date(1979, 10, 28), 0),
        (dt.date(1999, 12, 31), dt.date(2000, 1, 1), 0),
        # 29 February: of age on 28 February in common years (Civil Code).
        (dt.date(2000, 2, 29), dt.date(2001, 2, 27), 0),
        (dt.date(2000, 2, 29), dt.date(2001, 2, 28), 1),
        (dt.date(2000, 2, 29), dt.date(2004, 2, 28), 3),
        (dt.date(2000, 2, 29), dt.date(2004, 2, 29), 4),
        (dt.date(1996, 2, 29), dt.date(2100, 2, 28), 104),  # 2100 is not a leap year
    ],
)
def test_age_on(born: dt.date, on: dt.date, age: int) -> None:
    assert age_on(born, on) == age


def test_age_on_before_birth_is_an_error() -> None:
    with pytest.raises(ValueError):
        age_on(dt.date(2000, 1, 2), dt.date(2000, 1, 1))


@given(st.dates(max_value=dt.date(9000, 1, 1)), st.integers(min_value=0, max_value=500))
def test_age_on_anniversary(born: dt.date, years: int) -> None:
    try:
        anniversary = born.replace(year=born.year + years)
    except ValueError:  # 29 February in a common year
        anniversary = dt.date(born.year + years, 2, 28)
    assert age_on(born, anniversary) == years
    if anniversary > born:
        assert age_on(born, anniversary - dt.timedelta(days=1)) == years - 1
