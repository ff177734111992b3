"""Text helpers: what a typed value is cleaned to, and for names search keys, alphabetical
order, Latin spellings.

Pure stdlib.  Stored search tokens and sort keys are produced here, so any
change to these rules needs the stored columns rebuilt.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "clean",
    "clean_lines",
    "full_name",
    "has_cyrillic",
    "is_valid_name",
    "normalize",
    "prefix_upper_bound",
    "search_tokens",
    "sort_key",
    "suggest_latin",
    "to_kazakh_latin",
    "to_passport_latin",
    "transliterate",
]

def clean(value: str | None) -> str:
    """A one-line value as stored: spaces (non-breaking ones too) and line breaks collapsed
    to single spaces, none at the ends; "" for None."""
    return " ".join(value.split()) if value else ""


def clean_lines(value: str | None) -> str:
    """Free text (notes) as stored: each line cleaned like ``clean``, the clerk's line
    breaks kept, empty lines at the start and the end dropped; "" for None."""
    if not value:
        return ""
    return "\n".join(clean(line) for line in value.splitlines()).strip("\n")


#: Kazakh Cyrillic alphabet with the Russian-only letters, in dictionary order.
CYRILLIC_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
#: Latin a-z with the Kazakh Latin letters right after their base letter.
LATIN_ALPHABET = "aäbcdefgğhijklmnñoöpqrsştuūüvwxyz"

_APOSTROPHES = "'’‘ʼ`´"
_HYPHENS = "-‐‑‒–—―−"

# ---------------------------------------------------------------- normalize

# Kazakh Latin spells и as i/İ and і as ı/I; a search must not care which.
# lower() already gives 'i' for 'I' and 'i' plus a combining dot (dropped
# below with the other marks) for 'İ'; only 'ı' needs mapping, and before
# NFC so that 'ı' plus an accent composes exactly as 'I' plus it would.
_DOTLESS_I = str.maketrans({"ı": "i"})
# Applied after lower(): one spelling per letter/sign so searches match
# whatever the clerk's keyboard produced (ё is often typed as е).
_SEARCH_FOLD = str.maketrans(
    {"ё": "е"} | {a: "'" for a in _APOSTROPHES} | {h: "-" for h in _HYPHENS}
)


def normalize(text: str | None) -> str:
    """Search key: lower-case, ё->е, only letters/digits/space/-/', one space between words.

    Idempotent, so stored tokens and typed queries can go through it alike.
    """
    if not text:
        return ""
    return _normalize(text)


@lru_cache(maxsize=1 << 16)  # names repeat: thousands of people share a given name
def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower().translate(_DOTLESS_I)
    text = unicodedata.normalize("NFC", text).translate(_SEARCH_FOLD)
    kept = text.translate(_SEARCH_CHARS)
    # Dropping a character can leave two parts that compose (Hangul jamo);
    # composing here makes a second pass a no-op.
    kept = unicodedata.normalize("NFC", kept)
    return " ".join(kept.split())


class _SearchChars(dict):
    """``str.translate`` table of ``_search_char``, filled as characters are met (a name's
    characters repeat, so normalising runs at the speed of ``translate``)."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _search_char(chr(code))
        return out


_SEARCH_CHARS = _SearchChars()


def _search_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch in "-'":
        return ch
    category = unicodedata.category(ch)
    if category[0] == "L":
        return ch
    if category == "Nd":  # '١٢' and fullwidth digits should find the same IIN
        return str(unicodedata.decimal(ch))
    return ""


# ------------------------------------------------------------- prefix search

def search_tokens(*parts: str | None) -> set[str]:
    """Normalized tokens for the prefix-search table.

    Words split on spaces; a hyphenated word gives its pieces and itself,
    so both "жанар" and "жанар-айгүл" find "Жанар-Айгүл".
    """
    tokens: set[str] = set()
    for part in parts:
        for word in normalize(part).split(" "):
            _add_token(tokens, word)
            if "-" in word:
                for piece in word.split("-"):
                    _add_token(tokens, piece)
    return tokens


def _add_token(tokens: set[str], token: str) -> None:
    # Stray quotes and dashes at the ends would make a prefix never match.
    token = token.strip("-'")
    if token:
        tokens.add(token)


_MAX_CODE_POINT = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)


def prefix_upper_bound(prefix: str) -> str:
    """Exclusive bound so that ``prefix <= x < bound`` means "x starts with prefix".

    ``prefix`` must already be normalized (see ``normalize``), like the stored
    tokens.  Holds for code point order: Python, SQLite's default BINARY
    collation and PostgreSQL with ``COLLATE "C"`` on UTF-8 all compare so.
    """
    chars = list(prefix)
    while chars:
        code = ord(chars.pop()) + 1
        if code > _MAX_CODE_POINT:
            continue  # carry into the previous character
        if code in _SURROGATES:
            code = _SURROGATES.stop  # not encodable, so no stored text has one
        return "".join(chars) + chr(code)
    raise ValueError("an empty prefix (or one of only U+10FFFF) has no upper bound")


# ---------------------------------------------------------------- sort order

# Letters of both alphabets become consecutive private-use code points so
# that plain binary order is alphabetical.  Any other letter gets a marker
# above them and keeps its own code point, so it sorts after both alphabets.
_SORT_BASE = 0xE000
_SORT_OTHER = chr(0xF000)
_SORT_MAP: dict[str, str] = {
    letter: chr(_SORT_BASE + i) for i, letter in enumerate(CYRILLIC_ALPHABET + LATIN_ALPHABET)
}


def sort_key(text: str | None) -> str:
    """Key whose code point order is Kazakh/Russian alphabetical order.

    Order: space < apostrophe < hyphen < digits < Cyrillic < Latin < other
    letters; case-insensitive and ё counts as е (both via ``normalize``).
    A database column of these keys must compare in binary / ``COLLATE "C"``.
    """
    return normalize(text).translate(_SORT_CHARS)


class _SortChars(dict):
    """``str.translate`` table of the sort order, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = self[code] = _SORT_MAP.get(ch) or _sort_other(ch)
        return out


_SORT_CHARS = _SortChars()


def _sort_other(ch: str) -> str:
    # After normalize only space, "'", "-", ASCII digits and letters remain;
    # the first three are already below digits in code point order.
    if ch in " '-" or ch.isascii():
        return ch
    return _SORT_OTHER + ch


# ---------------------------------------------------------- transliteration

_KAZAKH_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d",
    "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k",
    "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
    "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş",
    "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}

_PASSPORT_LATIN = {
    "а": "A", "б": "B", "в": "V", "г": "G", "д": "D", "е": "E", "ё": "E",
    "ж": "ZH", "з": "Z", "и": "I", "й": "I", "к": "K", "л": "L", "м": "M",
    "н": "N", "о": "O", "п": "P", "р": "R", "с": "S", "т": "T", "у": "U",
    "ф": "F", "х": "KH", "ц": "TS", "ч": "CH", "ш": "SH", "щ": "SHCH",
    "ъ": "IE", "ы": "Y", "ь": "", "э": "E", "ю": "IU", "я": "IA",
    "ә": "A", "ғ": "G", "қ": "K", "ң": "N", "ө": "O", "ұ": "U", "ү": "U",
    "һ": "H", "і": "I",
}

_WORD = re.compile(r"[^\W\d_]+")


def to_kazakh_latin(text: str) -> str:
    """Kazakh Latin (2021) spelling, keeping each word's capitalization.

    Upper-case и/й give 'İ' and і gives 'I', as the alphabet requires;
    characters that are not Cyrillic letters pass through unchanged.
    """
    return _WORD.sub(_kazakh_latin_word, unicodedata.normalize("NFC", text))


def _kazakh_latin_word(match: re.Match[str]) -> str:
    word = match.group(0)
    # A one-letter capital ("Я") reads as Title case, not as shouting.
    all_caps = sum(ch.isupper() for ch in word) > 1 and not any(ch.islower() for ch in word)
    out = []
    for ch in word:
        latin = _KAZAKH_LATIN.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif all_caps:
            out.append(_kazakh_upper(latin))
        elif ch.isupper():
            out.append(_kazakh_upper(latin[:1]) + latin[1:])
        else:
            out.append(latin)
    return "".join(out)


def _kazakh_upper(latin: str) -> str:
    # str.upper() would turn dotted 'i' into dotless 'I', which is і's capital.
    return "".join("İ" if c == "i" else "I" if c == "ı" else c.upper() for c in latin)


def to_passport_latin(text: str) -> str:
    """ICAO 9303-style upper-case ASCII spelling, as printed in passports.

    Spaces and hyphens are kept (runs of spaces become one); Latin letters
    lose their accents; anything else, apostrophes included, is dropped.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        latin = _PASSPORT_LATIN.get(ch.lower())
        if latin is not None:
            out.append(latin)
        elif ch.isspace():
            out.append(" ")
        elif ch in _HYPHENS:
            out.append("-")
        else:
            out.append(_ascii_letters(ch))
    return " ".join("".join(out).split())


_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")


def has_cyrillic(text: str | None) -> bool:
    """True if ``text`` holds a letter of the Cyrillic blocks (a UN roll's cell must not)."""
    return bool(text) and _CYRILLIC.search(text) is not None


@lru_cache(maxsize=8192)  # ranks, posts, relations and codes repeat down a list
def transliterate(text: str | None) -> str | None:
    """Any text with its Cyrillic letters spelt as passports spell them (``to_passport_latin``'s
    table, the one transliteration of the app), keeping each word's case and everything that
    is not a Cyrillic letter (digits, punctuation, Latin): for the English paperwork, where a
    value has no English form on file. "1-й взвод" -> "1-i vzvod"; "№" -> "No.".
    """
    if not text or (_CYRILLIC.search(text) is None and "№" not in text):
        return text  # most numbers and codes: nothing to spell
    return _WORD.sub(_passport_word, unicodedata.normalize("NFC", text)).replace("№", "No.")


def _passport_word(match: re.Match[str]) -> str:
    return _passport_spelling(match.group(0))


@lru_cache(maxsize=16384)  # names are distinct as a whole, their words repeat
def _passport_spelling(word: str) -> str:
    all_caps = sum(ch.isupper() for ch in word) > 1 and not any(ch.islower() for ch in word)
    out = []
    for ch in word:
        latin = _PASSPORT_LATIN.get(ch.lower())
        if latin is None:
            out.append(ch)
        elif all_caps:
            out.append(latin)
        elif ch.isupper():
            out.append(latin[:1] + latin[1:].lower())
        else:
            out.append(latin.lower())
    return "".join(out)


def _ascii_letters(ch: str) -> str:
    if ch in "ıİ":  # no decomposition to a plain I
        return "I"
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()).upper()


def suggest_latin(cyrillic: str, current: str | None) -> str | None:
    """Passport-style suggestion for an empty Latin field, else None.

    The passport spelling wins, so whatever the clerk typed is never replaced.
    """
    if current is not None and current.strip():
        return None
    return to_passport_latin(cyrillic or "") or None


def full_name(person, *, rank: str | None = None) -> str:
    """"Иванов Иван Иванович", or with ``rank`` "Капитан Иванов Иван Иванович".

    ``person`` is anything with ``surname``, ``given_name`` and ``patronymic``
    (a record, form data, a list row); a missing part is left out.
    """
    return " ".join(p for p in (rank, person.surname, person.given_name, person.patronymic) if p)


def is_valid_name(text: str | None) -> bool:
    """True if only letters, spaces, hyphens and apostrophes, with a letter."""
    if not text:
        return False
    has_letter = after_letter = False
    for ch in unicodedata.normalize("NFC", text):
        category = unicodedata.category(ch)
        if category[0] == "L":
            has_letter = after_letter = True
        elif category[0] == "M" and after_letter:
            # A mark NFC cannot compose (stress accent, many scripts' vowel
            # signs) is part of the preceding letter.
            continue
        elif ch in " -'’":
            after_letter = False
        else:
            return False
    return has_letter
