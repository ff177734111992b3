"""Kazakh and Russian names for the demo data, in Cyrillic as clerks type them.

Surnames are listed in the male form; ``female_surname`` derives the female
one (Қасымов -> Қасымова, Оразұлы -> Оразқызы; Ким or Шевченко stay as they are).
"""
from __future__ import annotations

import random
from dataclasses import dataclass

KAZAKH_SURNAMES = (
    "Қасымов", "Ахметов", "Оспанов", "Жұмабаев", "Серікбаев", "Сәрсенбаев", "Нұрланов",
    "Омаров", "Исаев", "Әбенов", "Мұқанов", "Тоқаев", "Бекмұхамбетов", "Иманғалиев",
    "Әлімжанов", "Жақсылықов", "Нұрмағамбетов", "Құдайбергенов", "Байжанов", "Төлеуов",
    "Ержанов", "Кенжебеков", "Дүйсенов", "Әбдірахманов", "Шәріпов", "Тұрсынбаев", "Есенов",
    "Мұратов", "Жанұзақов", "Қалиев", "Бейсенов", "Сұлтанов", "Асанов", "Әміров",
    "Нұрпейісов", "Рахымжанов", "Жүнісов", "Өтебаев", "Үсенов", "Сейітов", "Әубәкіров",
    "Смағұлов", "Мамыров", "Ыбыраев", "Ғабдуллин", "Хасенов", "Шалабаев", "Бақытжанов",
    "Қожахметов", "Тілеубаев", "Сапаров", "Әділов", "Жәкенов", "Ысқақов", "Аманжолов",
    "Оразұлы", "Тоқтарұлы", "Қайратұлы",
)

OTHER_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин",
    "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов",
    "Воробьёв", "Сергеев", "Белов", "Тарасов", "Комаров", "Ильин", "Гусев", "Титов",
    "Кузьмин", "Баранов", "Куликов", "Медведев", "Ершов", "Жуков", "Шевченко", "Бондаренко",
    "Ковальчук", "Ткаченко", "Кравченко", "Ким", "Пак", "Цой", "Хабибуллин", "Сафин",
)

KAZAKH_MALE = (
    "Нұрлан", "Ержан", "Асқар", "Бауыржан", "Дәулет", "Серік", "Ғалым", "Қайрат", "Марат",
    "Арман", "Ерлан", "Дархан", "Нұржан", "Талғат", "Айдос", "Әлібек", "Мейрам", "Ерболат",
    "Жандос", "Азамат", "Бақыт", "Руслан", "Данияр", "Самат", "Берік", "Ақылбек", "Мұрат",
    "Ерден", "Олжас", "Еркін", "Нұрсұлтан", "Әділет", "Жасұлан", "Санжар", "Темірлан",
    "Ілияс", "Өмірзақ", "Төлеген", "Мақсат", "Әсет", "Ғабит", "Қуаныш", "Ербол", "Болат",
    "Аслан", "Ринат", "Алмас", "Тимур", "Медет", "Ерасыл",
)

KAZAKH_FEMALE = (
    "Айгүл", "Гүлнар", "Әсел", "Жанар", "Ақмарал", "Динара", "Салтанат", "Айжан", "Мөлдір",
    "Гүлмира", "Назерке", "Аружан", "Дана", "Әйгерім", "Ләззат", "Сәуле", "Мадина", "Камила",
    "Жұлдыз", "Айнұр", "Бибігүл", "Томирис", "Балжан", "Гауһар", "Ақбота", "Іңкәр", "Әлия",
    "Жансая", "Аяжан", "Жанар-Айгүл",
)

RUSSIAN_MALE = (
    "Александр", "Сергей", "Андрей", "Дмитрий", "Алексей", "Максим", "Евгений", "Владимир",
    "Иван", "Николай", "Михаил", "Павел", "Артём", "Денис", "Игорь", "Виктор", "Олег",
    "Роман", "Юрий", "Антон", "Константин", "Вадим", "Илья", "Кирилл", "Станислав", "Виталий",
)

RUSSIAN_FEMALE = (
    "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Светлана", "Мария", "Екатерина",
    "Юлия", "Анастасия", "Виктория", "Оксана", "Людмила", "Галина", "Марина", "Дарья",
    "Ксения", "Алёна", "Валентина",
)

# Father's name -> (son's, daughter's) patronymic; irregular forms written out.
RUSSIAN_PATRONYMICS = {
    "Александр": ("Александрович", "Александровна"), "Сергей": ("Сергеевич", "Сергеевна"),
    "Андрей": ("Андреевич", "Андреевна"), "Дмитрий": ("Дмитриевич", "Дмитриевна"),
    "Алексей": ("Алексеевич", "Алексеевна"), "Владимир": ("Владимирович", "Владимировна"),
    "Иван": ("Иванович", "Ивановна"), "Николай": ("Николаевич", "Николаевна"),
    "Михаил": ("Михайлович", "Михайловна"), "Павел": ("Павлович", "Павловна"),
    "Виктор": ("Викторович", "Викторовна"), "Олег": ("Олегович", "Олеговна"),
    "Юрий": ("Юрьевич", "Юрьевна"), "Игорь": ("Игоревич", "Игоревна"),
    "Евгений": ("Евгеньевич", "Евгеньевна"), "Анатолий": ("Анатольевич", "Анатольевна"),
    "Валерий": ("Валерьевич", "Валерьевна"), "Геннадий": ("Геннадьевич", "Геннадьевна"),
    "Василий": ("Васильевич", "Васильевна"), "Пётр": ("Петрович", "Петровна"),
    "Борис": ("Борисович", "Борисовна"), "Илья": ("Ильич", "Ильинична"),
    "Вячеслав": ("Вячеславович", "Вячеславовна"), "Григорий": ("Григорьевич", "Григорьевна"),
    "Фёдор": ("Фёдорович", "Фёдоровна"), "Константин": ("Константинович", "Константиновна"),
}

KAZAKH_FATHERS = (
    "Нұрлан", "Серік", "Қайрат", "Марат", "Болат", "Ерлан", "Бақыт", "Асқар", "Жұмабай",
    "Серікбай", "Төлеген", "Мұрат", "Ғабит", "Талғат", "Бауыржан", "Ержан", "Қанат", "Сәбит",
    "Нұрым", "Есен", "Оспан", "Ахмет", "Жақсылық", "Бекболат", "Мәлік", "Төлеу", "Данияр",
    "Ерік", "Қуаныш", "Асан", "Үсен", "Амантай",
)

# Russian-language documents often drop the Kazakh letters (Нұрлан -> Нурланович).
_RUSSIFY = str.maketrans("әғқңөұүіһӘҒҚҢӨҰҮІҺ", "агкноуухиАГКНОУУИХ")


def kazakh_patronymics(father: str) -> tuple[str, str, str, str]:
    """(ұлы, қызы, -ович, -овна) forms of a patronymic from a Kazakh father's name."""
    russified = father.translate(_RUSSIFY)
    if russified.endswith("й"):
        stem, male, female = russified[:-1], "евич", "евна"
    else:
        stem, male, female = russified, "ович", "овна"
    return father + "ұлы", father + "қызы", stem + male, stem + female


def female_surname(male: str) -> str:
    if male.endswith("ұлы"):
        return male[:-3] + "қызы"
    if male.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return male + "а"
    return male


@dataclass(frozen=True, slots=True)
class Name:
    surname: str
    given_name: str
    patronymic: str | None
    kazakh: bool


def make_name(rng: random.Random, sex: str) -> Name:
    """A plausible name: about three in four Kazakh, the rest Russian and other."""
    female = sex == "F"
    if rng.random() < 0.75:
        surname = rng.choice(KAZAKH_SURNAMES)
        given = rng.choice(KAZAKH_FEMALE if female else KAZAKH_MALE)
        forms = kazakh_patronymics(rng.choice(KAZAKH_FATHERS))
        roll = rng.random()
        if roll < 0.03:
            patronymic = None
        elif roll < 0.40:
            patronymic = forms[1] if female else forms[0]
        else:
            patronymic = forms[3] if female else forms[2]
        kazakh = True
    else:
        surname = rng.choice(OTHER_SURNAMES)
        given = rng.choice(RUSSIAN_FEMALE if female else RUSSIAN_MALE)
        pair = RUSSIAN_PATRONYMICS[rng.choice(tuple(RUSSIAN_PATRONYMICS))]
        patronymic = pair[1] if female else pair[0]
        kazakh = False
    if female:
        surname = female_surname(surname)
    return Name(surname, given, patronymic, kazakh)


def kin_name(rng: random.Random, person: Name, relation: str) -> str:
    """"Surname Given" of a relative of ``person``."""
    male_rel = relation in ("отец", "брат", "муж")
    if person.kazakh:
        given = rng.choice(KAZAKH_MALE if male_rel else KAZAKH_FEMALE)
        family = rng.choice(KAZAKH_SURNAMES)
    else:
        given = rng.choice(RUSSIAN_MALE if male_rel else RUSSIAN_FEMALE)
        family = rng.choice(OTHER_SURNAMES)
    # Blood relatives share the family name; a wife or mother too, unless the
    # name is a patronymic one (Қайратұлы), which only the father's children carry.
    patronymic_style = person.surname.endswith(("ұлы", "қызы"))
    if relation in ("отец", "брат", "сестра") or (
            relation in ("мать", "жена") and not patronymic_style):
        family = _male_surname(person.surname)
    if not male_rel:
        family = female_surname(family)
    return f"{family} {given}"


def _male_surname(surname: str) -> str:
    if surname.endswith("қызы"):
        return surname[:-4] + "ұлы"
    if surname.endswith(("ова", "ева", "ёва", "ина", "ына")):
        return surname[:-1]
    return surname
