"""Words the records hold as free text, in the three report languages: posts and
specialities, next-of-kin relations, reasons for early repatriation, sub-units.

A clerk types an appointment or a speciality in the language of the office; the
paperwork prints it in the report's language when this list knows it. The English
(UN) paperwork falls back to the passport transliteration (``text.transliterate``)
for what the list does not know, so its every cell is Latin. The list is a
reference list in code, extended as new words turn up; a value the clerk stored in
English (``RosterEntry.appointment_en``) always wins over it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .text import transliterate

#: (ru, kk, en)
TERMS: tuple[tuple[str, str, str], ...] = (
    # soldiers' and sergeants' specialities and posts
    ("стрелок", "атқыш", "Rifleman"),
    ("пулемётчик", "пулеметші", "Machine gunner"),
    ("гранатомётчик", "гранатаатқыш", "Grenadier"),
    ("снайпер", "мерген", "Sniper"),
    ("механик-водитель", "механик-жүргізуші", "Driver mechanic"),
    ("наводчик-оператор", "көздеуші-оператор", "Gunner operator"),
    ("связист", "байланысшы", "Signaller"),
    ("санитар", "санитар", "Medic"),
    ("санитарный инструктор", "санитарлық нұсқаушы", "Combat medic"),
    ("фельдшер", "фельдшер", "Paramedic"),
    ("водитель-санитар", "жүргізуші-санитар", "Ambulance driver"),
    ("сапёр", "сапер", "Sapper"),
    ("механик-водитель инженерной машины", "инженерлік машинаның механик-жүргізушісі",
     "Engineer vehicle driver"),
    ("электрик", "электрик", "Electrician"),
    ("разведчик", "барлаушы", "Reconnaissance soldier"),
    ("разведчик-наблюдатель", "барлаушы-бақылаушы", "Reconnaissance observer"),
    ("оператор БПЛА", "ҰҰА операторы", "UAV operator"),
    ("военный полицейский", "әскери полицей", "Military policeman"),
    ("кинолог", "кинолог", "Dog handler"),
    ("водитель", "жүргізуші", "Driver"),
    ("повар", "аспаз", "Cook"),
    ("кладовщик", "қоймашы", "Storekeeper"),
    ("ремонтник", "жөндеуші", "Repairman"),
    ("писарь", "іс жүргізуші", "Clerk"),
    ("оператор ЭВМ", "ЭЕМ операторы", "Computer operator"),
    # officers' specialities and posts
    ("общевойсковой командир", "жалпыәскери командир", "Combined arms officer"),
    ("военный врач", "әскери дәрігер", "Medical officer"),
    ("военный инженер", "әскери инженер", "Engineer officer"),
    ("офицер разведки", "барлау офицері", "Intelligence officer"),
    ("офицер военной полиции", "әскери полиция офицері", "Military police officer"),
    ("офицер тыла", "тыл офицері", "Logistics officer"),
    ("офицер штаба", "штаб офицері", "Staff officer"),
    ("штабной офицер", "штаб офицері", "Staff officer"),
    ("военный наблюдатель", "әскери бақылаушы", "Military observer"),
    ("командир роты", "рота командирі", "Company commander"),
    ("заместитель командира роты", "рота командирінің орынбасары", "Deputy company commander"),
    ("командир взвода", "взвод командирі", "Platoon commander"),
    ("заместитель командира взвода", "взвод командирінің орынбасары",
     "Deputy platoon commander"),
    ("командир отделения", "бөлімше командирі", "Section commander"),
    ("старшина роты", "рота старшинасы", "Company sergeant major"),
    ("начальник отделения", "бөлімше бастығы", "Head of section"),
    ("помощник начальника штаба", "штаб бастығының көмекшісі", "Assistant chief of staff"),
    # next of kin
    ("отец", "әкесі", "father"),
    ("мать", "анасы", "mother"),
    ("жена", "әйелі", "wife"),
    ("муж", "күйеуі", "husband"),
    ("брат", "бауыры", "brother"),
    ("сестра", "қарындасы", "sister"),
    ("сын", "ұлы", "son"),
    ("дочь", "қызы", "daughter"),
    # reasons for early repatriation
    ("по состоянию здоровья", "денсаулық жағдайы бойынша", "medical grounds"),
    ("по семейным обстоятельствам", "отбасылық жағдай бойынша", "family circumstances"),
    ("дисциплинарное нарушение", "тәртіптік бұзушылық", "disciplinary grounds"),
    ("по ранению", "жарақат алуына байланысты", "wounded"),
    ("по личной просьбе", "жеке өтініші бойынша", "at own request"),
)

_LANG_INDEX = {"ru": 0, "kk": 1, "en": 2}


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


_BY_KEY: dict[str, tuple[str, str, str]] = {}
for _row in TERMS:
    for _word in _row:
        _BY_KEY.setdefault(_key(_word), _row)

# "1-й взвод", "2-я рота": a numbered sub-unit.
_NUMBERED = re.compile(r"^\s*(\d+)\s*-?\s*(?:й|я|е|ый|ая|ое|ші|шы|\.)?\s+"
                       r"(взвод|рота|отделение|батальон|взводы|ротасы|бөлімше)\s*$",
                       re.IGNORECASE)
_UNITS = {"взвод": "Platoon", "взводы": "Platoon", "рота": "Company", "ротасы": "Company",
          "отделение": "Section", "бөлімше": "Section", "батальон": "Battalion"}


@lru_cache(maxsize=4096)  # lists repeat their posts, sub-units and relations
def in_language(text: str | None, lang: str) -> str | None:
    """``text`` in ``lang`` when the list knows it (capitalised as ``text`` is), else as
    it is; in English, transliterated when it is not in the list (no Cyrillic remains)."""
    if not text:
        return text
    row = _BY_KEY.get(_key(text))
    if row is not None:
        word = row[_LANG_INDEX.get(lang, 2)]
        return word[:1].upper() + word[1:] if text[:1].isupper() else word
    if lang != "en":
        return text
    numbered = _NUMBERED.match(text)
    if numbered is not None:
        number, unit = numbered.groups()
        return f"{_UNITS[unit.lower()]} {number}"
    return transliterate(text)
