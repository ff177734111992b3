"""The columns an import understands: canonical headers, synonyms, value words.

The one table both the importer (to recognise a clerk's headers) and the
downloadable import template (to write the canonical ones) read. Headers are
compared by ``header_key``: case-insensitive, ё = е, dots, colons, asterisks,
line breaks and extra spaces ignored.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import text

LANGS = ("kk", "ru", "en")


@dataclass(frozen=True)
class Column:
    field: str  # ServicemanData field, or an import-only field (rank, unit, position, ...)
    kind: str  # text, name, iin, date, past_date, sex, rank, unit, blood, code, full_name
    kk: str
    ru: str
    en: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    width: int = 16

    def header(self, lang: str) -> str:
        return getattr(self, lang if lang in LANGS else "ru")


COLUMNS: tuple[Column, ...] = (
    Column("surname", "name", "Тегі", "Фамилия", "Surname",
           ("Фамилиясы", "Last name", "Family name"), required=True, width=18),
    Column("given_name", "name", "Аты", "Имя", "Given name",
           ("First name", "Name", "Given names"), required=True, width=16),
    Column("patronymic", "name", "Әкесінің аты", "Отчество", "Patronymic",
           ("Әкесінің есімі", "Middle name"), width=18),
    Column("full_name", "full_name", "Тегі, аты, әкесінің аты", "ФИО", "Full name",
           ("Ф.И.О.", "Т.А.Ә.", "Фамилия, имя, отчество", "Фамилия имя отчество",
            "Аты-жөні", "Surname, given name, patronymic"), width=30),
    Column("surname_latin", "name", "Тегі (латынша)", "Фамилия (латиницей)",
           "Surname (Latin)", ("Фамилия лат", "Фамилия (лат)", "Фамилия по паспорту",
                               "Surname as in passport", "Surname in Latin"), width=18),
    Column("given_names_latin", "name", "Аты (латынша)", "Имя (латиницей)",
           "Given names (Latin)", ("Имя лат", "Имя (лат)", "Имя по паспорту",
                                   "Given names as in passport", "Given name (Latin)",
                                   "Given names in Latin"), width=18),
    Column("iin", "iin", "ЖСН", "ИИН", "IIN",
           ("ИИН (ЖСН)", "ЖСН (ИИН)", "ИИН/ЖСН", "Индивидуальный идентификационный номер",
            "Жеке сәйкестендіру нөмірі", "Individual identification number"),
           required=True, width=15),
    Column("birth_date", "past_date", "Туған күні", "Дата рождения", "Date of birth",
           ("Дата рожд", "Туған күні, айы, жылы", "Туған жылы", "Год рождения", "Birth date",
            "DOB"), width=13),
    Column("sex", "sex", "Жынысы", "Пол", "Sex", ("Gender",), width=7),
    Column("rank", "rank", "Әскери атағы", "Воинское звание", "Rank",
           ("Звание", "Атағы", "Military rank"), width=20),
    Column("service_number", "code", "Жеке нөмірі", "Личный номер", "Service number",
           ("Жетон нөмірі", "Личный №", "Service No", "Service #"), required=True, width=14),
    Column("passport_number", "code", "Паспорт нөмірі", "Номер паспорта", "Passport number",
           ("№ паспорта", "Паспорт №", "Паспорт", "Passport No", "Passport #", "Passport"),
           width=14),
    Column("passport_issued", "past_date", "Паспорттың берілген күні", "Дата выдачи паспорта",
           "Passport issued", ("Паспорт выдан", "Passport issue date", "Date of issue"),
           width=13),
    Column("passport_expires", "date", "Паспорттың жарамдылық мерзімі",
           "Паспорт действителен до", "Passport expiry",
           ("Срок действия паспорта", "Паспорт жарамды", "Паспорт жарамдылығы",
            "Passport valid until", "Passport expiry date", "Date of expiry"), width=13),
    Column("unit", "unit", "Бөлімше", "Подразделение", "Unit",
           ("Бөлім", "Часть", "Sub-unit", "Subunit"), width=22),
    Column("position", "text", "Лауазымы", "Должность", "Position",
           ("Лауазым", "Appointment", "Post"), width=22),
    Column("assigned_from", "past_date", "Тағайындалған күні", "Дата назначения",
           "Assigned from", ("Назначен с", "Assignment date"), width=13),
    Column("order_number", "code", "Бұйрық нөмірі", "Номер приказа", "Order number",
           ("№ приказа", "Приказ №", "Приказ", "Order No"), width=12),
    Column("order_date", "past_date", "Бұйрық күні", "Дата приказа", "Order date", (), width=13),
    Column("speciality", "text", "Әскери-есептік мамандығы", "Военно-учётная специальность",
           "Military speciality", ("ВУС", "ӘЕМ", "Специальность", "Мамандығы", "Speciality",
                                   "Specialty", "Military specialty"), width=20),
    Column("blood_group", "blood", "Қан тобы", "Группа крови", "Blood group",
           ("Группа крови и резус-фактор", "Қан тобы және резус-факторы", "Blood type"),
           width=10),
    Column("phone", "text", "Телефон", "Телефон", "Phone",
           ("Телефон нөмірі", "Номер телефона", "Мобильный телефон", "Phone number", "Mobile",
            "Tel"), width=18),
    Column("kin_name", "name", "Жақын туысы", "Ближайший родственник", "Next of kin",
           ("Ближайший родственник (ФИО)", "Next of kin name"), width=24),
    Column("kin_relation", "text", "Туыстық дәрежесі", "Степень родства", "Relation",
           ("Кем приходится", "Next of kin relation", "Relationship"), width=12),
    Column("kin_phone", "text", "Туысының телефоны", "Телефон родственника", "Next of kin phone",
           ("Next of kin telephone",), width=18),
    Column("english_level", "text", "Ағылшын тілін білу деңгейі", "Уровень английского языка",
           "English level", ("Английский язык", "Знание английского", "English"), width=12),
    Column("driving_licence", "text", "Жүргізуші куәлігі", "Водительское удостоверение",
           "Driving licence", ("Водительские права", "Категория прав", "Driving license",
                               "Driving permit"), width=12),
    Column("notes", "text", "Ескертпе", "Примечание", "Notes",
           ("Ескерту", "Примечания", "Note", "Remarks", "Comments"), width=30),
)

BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}
#: Columns a file must have; a full-name column stands in for surname + given name.
REQUIRED = tuple(c.field for c in COLUMNS if c.required)
#: Written in the template (full name is only read: the template has the separate parts).
TEMPLATE_FIELDS = tuple(c.field for c in COLUMNS if c.field != "full_name")

_DROPPED = str.maketrans({".": " ", ":": " ", "*": " ", "\u00a0": " ", "ё": "е", "_": " "})
_PARENS = re.compile(r"\([^)]*\)")


def header_key(header: object) -> str:
    """Comparison key of a header cell: lower-case, ё->е, no dots/colons/asterisks, one space."""
    if header is None:
        return ""
    s = unicodedata.normalize("NFC", str(header)).casefold().translate(_DROPPED)
    s = " ".join(s.split())
    # "ИИН / ЖСН", "ИИН/ЖСН" and "Фамилия , имя" are one header.
    return re.sub(r"\s*([/,()\-])\s*", r"\1", s).strip()


def _keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for column in COLUMNS:
        for label in (column.kk, column.ru, column.en, *column.synonyms):
            keys.setdefault(header_key(label), column.field)
    return keys


_KEYS = _keys()


def match_header(header: object) -> str | None:
    """The field a header names, or None.

    A hint in brackets ("Дата рождения (дд.мм.гггг)") is ignored when the
    whole header is not itself known ("Фамилия (лат.)" is).
    """
    key = header_key(header)
    if not key:
        return None
    if key in _KEYS:
        return _KEYS[key]
    bare = header_key(_PARENS.sub(" ", key))
    return _KEYS.get(bare)


# --- value words ---------------------------------------------------------------------------

_SEX_WORDS = {
    "M": ("м", "муж", "мужской", "мужчина", "ер", "еркек", "ер адам", "m", "male", "man"),
    "F": ("ж", "жен", "женский", "женщина", "әйел", "әйел адам", "f", "female", "woman", "w"),
}
_SEX = {word: sex for sex, words in _SEX_WORDS.items() for word in words}


@lru_cache(maxsize=512)  # a column holds a handful of spellings, thousands of times
def parse_sex(value: str) -> str | None:
    """'M' or 'F' for м / ж, муж. / жен., ер / әйел, M / F, male / female (any case); else None."""
    return _SEX.get(text.normalize(value))


#: Abbreviations clerks use in rank names, expanded before the rank table is searched.
RANK_ABBREVIATIONS = {"ст": "старший", "мл": "младший", "ген": "генерал", "подп-к": "подполковник",
                      "п-к": "полковник", "lt": "lieutenant", "col": "colonel", "sgt": "sergeant"}
#: Service branches appended to an officer's rank ("капитан медицинской службы").
RANK_SUFFIXES = ("медицинской службы", "юстиции", "медициналық қызметінің", "әділет")


def rank_key(value: str) -> str:
    """Search key of a rank name or code: normalized, abbreviations expanded, branch dropped."""
    words = [RANK_ABBREVIATIONS.get(w, w) for w in text.normalize(value).split(" ")]
    key = " ".join(w for w in words if w)
    for suffix in RANK_SUFFIXES:
        if key.endswith(" " + suffix):
            key = key[: -len(suffix) - 1]
    return key


_ROMAN_GROUPS = (("IV", "AB"), ("III", "B"), ("II", "A"), ("I", "O"))
_CYRILLIC_LOOKALIKES = str.maketrans({"А": "A", "В": "B", "О": "O", "0": "O", "І": "I",
                                      "Ӏ": "I", "−": "-", "–": "-", "—": "-"})


@lru_cache(maxsize=512)
def parse_blood_group(value: str) -> str | None:
    """'A+' for A+, A(II) Rh+, II+, 2 положительная, B(III) Rh-..., else None."""
    s = unicodedata.normalize("NFC", value).upper().replace(" ", "")
    rhesus = None
    if "+" in s or "ПОЛОЖ" in s or "POS" in s or "ОҢ" in s:
        rhesus = "+"
    if "-" in s.translate(_CYRILLIC_LOOKALIKES) or "ОТРИЦ" in s or "NEG" in s or "ТЕРІС" in s:
        rhesus = None if rhesus else "-"
    if rhesus is None:
        return None
    s = re.sub(r"RH|ПОЛОЖ\w*|ОТРИЦ\w*|POS\w*|NEG\w*|ОҢ|ТЕРІС|[()+\-−–—]", " ",
               s).translate(_CYRILLIC_LOOKALIKES)
    letters = re.search(r"\b(AB|A|B|O)\b", " ".join(s.split()))
    if letters:
        return letters.group(1) + rhesus
    token = " ".join(s.split())
    for roman, group in _ROMAN_GROUPS:
        if re.search(rf"\b{roman}\b", token):
            return group + rhesus
    digit = re.fullmatch(r"([1-4])", token)
    if digit:
        return ("O", "A", "B", "AB")[int(digit.group(1)) - 1] + rhesus
    return None
