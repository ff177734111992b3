"""Search normalization, sort keys and Latin spellings (no database, no Qt)."""
from __future__ import annotations

import re
import unicodedata
from types import SimpleNamespace

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from kzpk_desktop.services.text import (
    CYRILLIC_ALPHABET,
    LATIN_ALPHABET,
    clean,
    clean_lines,
    full_name,
    is_valid_name,
    normalize,
    prefix_upper_bound,
    search_tokens,
    sort_key,
    suggest_latin,
    to_kazakh_latin,
    to_passport_latin,
)

KAZAKH_UPPER = "ӘҒҚҢӨҰҮҺІ"
KAZAKH_LOWER = "әғқңөұүһі"
# ё is folded into е by normalize, so it has no place of its own in the order.
ORDERED_LETTERS = CYRILLIC_ALPHABET.replace("ё", "")

cyrillic_words = st.text(alphabet=CYRILLIC_ALPHABET + CYRILLIC_ALPHABET.upper(), min_size=1,
                         max_size=12)
name_like = st.text(
    alphabet=CYRILLIC_ALPHABET + CYRILLIC_ALPHABET.upper() + "abcxyzIİı -'’\u00a0\t.,ё\u0306",
    max_size=30,
)


# ---------------------------------------------------------------- normalize

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ИВАНОВ", "иванов"),
        (KAZAKH_UPPER, KAZAKH_LOWER),
        ("Пётр ЁЛКИН", "петр елкин"),
        ("Пе\u0308тр Ии\u0306", "петр ий"),  # decomposed ё and й
        ("İlıas ILIAS ilias", "ilias ilias ilias"),
        ("  Жанар\u00a0\t Қасымова \n", "жанар қасымова"),
        ("А.Б. Иванов, (ст.)", "аб иванов ст"),
        ("O’Brien O`Neil Oʼ", "o'brien o'neil o'"),
        ("Мухамед–Али Петров—Водкин", "мухамед-али петров-водкин"),
        ("ИИН: 061211600012", "иин 061211600012"),
        ("№ ١٢٣ ７", "123 7"),
        ("Ива\u0301нов", "иванов"),  # stress mark dropped
        ("", ""),
        (None, ""),
        ("!!! ...", ""),
    ],
)
def test_normalize_examples(raw: str | None, expected: str) -> None:
    assert normalize(raw) == expected


@given(st.text())
@example("ᄀ.ᅡ")  # dropping the dot lets Hangul jamo compose
@example("İ\u0307")
@example("ǰ")
def test_normalize_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


@given(st.text())
def test_normalize_output_alphabet(raw: str) -> None:
    out = normalize(raw)
    assert out == out.strip()
    assert "  " not in out
    assert unicodedata.is_normalized("NFC", out)
    for ch in out:
        assert ch in " -'" or unicodedata.category(ch)[0] == "L" or ch in "0123456789"
    assert not set(out) & set("İIıё")


@given(name_like)
@example("İ\u0306")  # İ's dot must not stop the breve being dropped like the dot
@example("ı\u0306")
def test_normalize_ignores_case(raw: str) -> None:
    assert normalize(raw.upper()) == normalize(raw.lower()) == normalize(raw)


# ------------------------------------------------------------ search tokens

def test_search_tokens_example() -> None:
    assert search_tokens("Жанар-Айгүл", None, "ҚАСЫМОВА", "", "  'Иванов' - ") == {
        "жанар-айгүл", "жанар", "айгүл", "қасымова", "иванов",
    }


def test_search_tokens_numbers_and_apostrophes() -> None:
    assert search_tokens("061211600012", "O’Brien") == {"061211600012", "o'brien"}


def test_search_tokens_empty() -> None:
    assert search_tokens() == set()
    assert search_tokens(None, "", " - ") == set()


@given(st.lists(st.one_of(st.none(), name_like), max_size=4))
def test_search_tokens_are_normalized_words(parts: list[str | None]) -> None:
    tokens = search_tokens(*parts)
    joined = " ".join(normalize(p) for p in parts)
    for token in tokens:
        assert token
        assert " " not in token
        assert normalize(token) == token
        assert token[0] not in "-'" and token[-1] not in "-'"
        assert token in joined


# ---------------------------------------------------------- prefix bounds

@pytest.mark.parametrize(
    ("prefix", "bound"),
    [
        ("ив", "иг"),
        ("a", "b"),
        ("жанар-", "жанар."),
        ("я", "ѐ"),
        ("a\U0010ffff", "b"),
        ("a\ud7ff", "a\ue000"),  # skips the surrogates, which UTF-8 cannot hold
    ],
)
def test_prefix_upper_bound_examples(prefix: str, bound: str) -> None:
    assert prefix_upper_bound(prefix) == bound


@pytest.mark.parametrize("prefix", ["", "\U0010ffff\U0010ffff"])
def test_prefix_upper_bound_unbounded(prefix: str) -> None:
    with pytest.raises(ValueError):
        prefix_upper_bound(prefix)


@given(st.text(min_size=1).map(normalize).filter(bool), st.text().map(normalize))
def test_prefix_range_is_exactly_startswith(prefix: str, other: str) -> None:
    bound = prefix_upper_bound(prefix)
    for candidate in (other, prefix + other, prefix[:-1] + other, bound + other):
        inside = prefix <= candidate < bound
        assert inside == candidate.startswith(prefix)
        # SQLite BINARY and PostgreSQL "C" compare UTF-8 bytes: same answer.
        raw = candidate.encode()
        assert (prefix.encode() <= raw < bound.encode()) == inside


# ---------------------------------------------------------------- sort_key

def test_sort_key_examples() -> None:
    assert sort_key("Абенов") < sort_key("Әбенов") < sort_key("Бабаев")
    assert sort_key("Ыс") < sort_key("Іс") < sort_key("Эс")
    assert sort_key("Ёр") == sort_key("ер")


def test_sort_key_full_alphabet_in_order() -> None:
    keys = [sort_key(letter) for letter in ORDERED_LETTERS]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


def test_sort_key_groups() -> None:
    ordered = ["", "Абенов", "Абенов Б", "Абенов-Б", "Абеновб", "Абеновa"]
    assert sorted(ordered, key=sort_key) == ordered
    ordered = ["007", "9", "Я", "a", "z", "é", "α"]  # digits, Cyrillic, Latin, others
    assert sorted(ordered, key=sort_key) == ordered
    assert sort_key("ЁЛКИН") == sort_key("елкин")
    assert sort_key("Ä") > sort_key("a") and sort_key("Ä") < sort_key("b")


@given(st.lists(st.lists(st.sampled_from(ORDERED_LETTERS), max_size=8), max_size=20),
       st.data())
def test_sort_key_follows_alphabet(words: list[list[str]], data: st.DataObject) -> None:
    def spell(letters: list[str]) -> str:
        # Random capitalisation must not matter.
        return "".join(
            ch.upper() if data.draw(st.booleans(), label="upper") else ch for ch in letters
        )

    expected = sorted(words, key=lambda w: [ORDERED_LETTERS.index(ch) for ch in w])
    spelled = {id(w): spell(w) for w in words}
    actual = sorted(words, key=lambda w: sort_key(spelled[id(w)]))
    assert ["".join(w) for w in actual] == ["".join(w) for w in expected]


@given(st.text(), st.text())
@example("Ёлкин", "елкин")
def test_sort_key_equal_only_for_equal_search_keys(a: str, b: str) -> None:
    assert (sort_key(a) == sort_key(b)) == (normalize(a) == normalize(b))


# ------------------------------------------------------- Kazakh Latin 2021

def test_kazakh_latin_alphabet() -> None:
    assert to_kazakh_latin(CYRILLIC_ALPHABET) == (
        "aäbvgğdeiojziikqlmnñoöprstuūüfhhtschşşşyıeiuia"
    )


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Жанар Қасымова", "Janar Qasymova"),
        ("Ибрагим", "İbragim"),
        ("Ілияс", "Iliias"),
        ("ІЛИЯС", "ILİİAS"),
        ("ИБРАГИМ ЖАНАР", "İBRAGİM JANAR"),
        ("Жанар-Айгүл", "Janar-Aigül"),
        ("ЖАНАР-АЙГҮЛ", "JANAR-AİGÜL"),
        ("Әсел Ғалымқызы Өмірбекова", "Äsel Ğalymqyzy Ömırbekova"),
        ("ҰЛАН Үмбетов Һ", "ŪLAN Ümbetov H"),
        ("Цой Чингиз Щукин", "Tsoi Chingiz Şşukin"),
        ("ЦОЙ ЧИНГИЗ ЩУКИН", "TSOİ CHİNGİZ ŞŞUKİN"),
        ("Юлия Ёлкина Яков", "İuliia İolkina İakov"),
        ("Подъячев Ильич Эльвира", "Podiachev İlich Elvira"),
        ("Иванов И.И., 1979", "İvanov İ.İ., 1979"),
        ("Smith 123 O'Brien", "Smith 123 O'Brien"),
        ("", ""),
    ],
)
def test_kazakh_latin_examples(cyrillic: str, latin: str) -> None:
    assert to_kazakh_latin(cyrillic) == latin


def _kazakh_lower(text: str) -> str:
    return "".join("i" if c == "İ" else "ı" if c == "I" else c.lower() for c in text)


@given(cyrillic_words)
def test_kazakh_latin_case_only_changes_case(word: str) -> None:
    assert _kazakh_lower(to_kazakh_latin(word)) == to_kazakh_latin(word.lower())


@given(st.text(alphabet=CYRILLIC_ALPHABET.replace("ъ", "").replace("ь", ""), min_size=2,
               max_size=12))
def test_kazakh_latin_all_caps_and_title(word: str) -> None:
    caps = to_kazakh_latin(word.upper())
    assert caps == "".join("İ" if c == "i" else "I" if c == "ı" else c.upper()
                           for c in to_kazakh_latin(word))
    assert not any(c.islower() for c in caps)
    title = to_kazakh_latin(word[0].upper() + word[1:])
    assert title[0].isupper() and not any(c.isupper() for c in title[1:])
    assert "i" not in caps  # dotted i's capital is İ, never plain I from 'i'.upper()


# ------------------------------------------------------- passport (ICAO 9303)

def test_passport_alphabet() -> None:
    assert to_passport_latin(CYRILLIC_ALPHABET) == (
        "AABVGGDEEZHZIIKKLMNNOOPRSTUUUFKHHTSCHSHSHCHIEYIEIUIA"
    )
    assert to_passport_latin(CYRILLIC_ALPHABET.upper()) == to_passport_latin(CYRILLIC_ALPHABET)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Жанар Қасымова", "ZHANAR KASYMOVA"),
        ("Ибрагим", "IBRAGIM"),
        ("ІЛИЯС", "ILIIAS"),
        ("Жанар-Айгүл", "ZHANAR-AIGUL"),
        ("Щукин Цой Хасен", "SHCHUKIN TSOI KHASEN"),
        ("Подъячев Ильич", "PODIEIACHEV ILICH"),
        ("Юлия Ёлкина", "IULIIA ELKINA"),
        ("Әсел Ғалымқызы Өмірбекова Ұлан Үмбетов Һ", "ASEL GALYMKYZY OMIRBEKOVA ULAN UMBETOV H"),
        ("  Жанар \u00a0 Қасымова  ", "ZHANAR KASYMOVA"),
        ("Иванов И.И.", "IVANOV II"),
        ("O’Brien Müller İlıas", "OBRIEN MULLER ILIAS"),
        ("Мухамед–Али", "MUKHAMED-ALI"),
    ],
)
def test_passport_examples(cyrillic: str, latin: str) -> None:
    assert to_passport_latin(cyrillic) == latin


@given(st.text())
def test_passport_output_is_plain_ascii(raw: str) -> None:
    out = to_passport_latin(raw)
    assert re.fullmatch(r"(?:[A-Z-]+(?: [A-Z-]+)*)?", out), out


# ----------------------------------------------------------- suggest_latin

@pytest.mark.parametrize("current", [None, "", "   ", "\u00a0\t"])
def test_suggest_when_field_empty(current: str | None) -> None:
    assert suggest_latin("Жанар Қасымова", current) == "ZHANAR KASYMOVA"


@pytest.mark.parametrize("current", ["ZHANAR KASSYMOVA", "x", " Janar "])
def test_never_overwrites_typed_spelling(current: str) -> None:
    assert suggest_latin("Жанар Қасымова", current) is None


@pytest.mark.parametrize("cyrillic", ["", "  ", "ьь", "123"])
def test_nothing_to_suggest(cyrillic: str) -> None:
    assert suggest_latin(cyrillic, None) is None


# ------------------------------------------------------------ is_valid_name

@pytest.mark.parametrize(
    "name",
    ["Иванов", "Жанар-Айгүл", "O'Brien", "O’Neil", "Ümbetov İlıas", "Мария Анна",
     "Ии\u0306", "Ива\u0301нов", "Zoë", "李"],
)
def test_valid_names(name: str) -> None:
    assert is_valid_name(name)


@pytest.mark.parametrize(
    "name",
    ["", None, " ", "-", "'’", "Иван2", "Иванов.", "Иванов,", "Иван\tов", "Иван_ов",
     "\u0301Иван", "Иван\u200b"],
)
def test_invalid_names(name: str | None) -> None:
    assert not is_valid_name(name)


@given(st.text(alphabet=CYRILLIC_ALPHABET + " -'", max_size=20))
def test_valid_name_needs_a_letter(name: str) -> None:
    assume(name)
    assert is_valid_name(name) == any(ch.isalpha() for ch in name)


def test_full_name_in_list_order_with_missing_parts_left_out() -> None:
    person = SimpleNamespace(surname="Серікова", given_name="Айгүл", patronymic=None)
    assert full_name(person) == "Серікова Айгүл"
    person.patronymic = "Маратқызы"
    assert full_name(person, rank="Капитан") == "Капитан Серікова Айгүл Маратқызы"
    assert full_name(person, rank=None) == "Серікова Айгүл Маратқызы"


# --- cleaning what is typed ------------------------------------------------------------------

def test_a_one_line_value_loses_stray_and_non_breaking_spaces_and_line_breaks():
    assert clean("  Приказ\u00a0 № 12 \n от  мая ") == "Приказ № 12 от мая"
    assert clean(None) == "" and clean("   ") == ""


def test_free_text_keeps_the_clerks_line_breaks_and_blank_lines_between_paragraphs():
    assert clean_lines("\n\n  Первая  строка \r\n\r\nВторая\u00a0строка\n\n") == \
        "Первая строка\n\nВторая строка"
    assert clean_lines(None) == "" and clean_lines(" \n \n") == ""


@given(st.text())
def test_cleaning_twice_changes_nothing(value):
    assert clean(clean(value)) == clean(value)
    assert clean_lines(clean_lines(value)) == clean_lines(value)
