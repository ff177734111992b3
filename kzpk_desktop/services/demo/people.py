"""Demo servicemen: who they are, their documents and where they served.

Dates are handled as ordinals (days) while generating: a hundred thousand
people are made in a few seconds only if the inner loop stays plain arithmetic.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .. import text
from ..identity import make_iin
from .names import kin_name, make_name
from .rosters import GENERALS, INDIVIDUAL_RANKS, RosterPlan
from .structure import UnitSlot

# rank code -> (relative weight, youngest, oldest age): many privates and
# sergeants, fewer officers, almost no generals.
RANK_PROFILES = {
    "private": (280, 20, 27), "lance_corporal": (120, 20, 30), "junior_sergeant": (100, 21, 35),
    "sergeant": (100, 22, 40), "senior_sergeant": (70, 24, 45), "sergeant_3": (50, 25, 45),
    "sergeant_2": (35, 28, 50), "sergeant_1": (25, 30, 52), "staff_sergeant": (15, 32, 55),
    "master_sergeant": (10, 35, 55), "lieutenant": (45, 22, 27), "senior_lieutenant": (45, 24, 30),
    "captain": (45, 26, 40), "major": (30, 30, 45), "lieutenant_colonel": (18, 34, 50),
    "colonel": (8, 38, 55), "major_general": (0.6, 46, 55), "lieutenant_general": (0.1, 50, 55),
}
SHARE_OF_WOMEN = 0.12

BLOOD_GROUPS = ("O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-")
_BLOOD_WEIGHTS = (30, 30, 22, 8, 3, 3, 3, 1)
_MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777",
                 "778")
_ENGLISH_GOOD = ("STANAG 6001 3333", "STANAG 6001 3232", "IELTS 5.0", "IELTS 5.5", "IELTS 6.5")
_ENGLISH_SOME = ("STANAG 6001 1111", "STANAG 6001 2222", "IELTS 4.0", "IELTS 4.5")
_LICENCES = ("B", "B", "B, C", "C", "B, C, D", "B, C, CE")

# unit kind -> specialities of soldiers and sergeants; an officer's speciality.
_SPECIALITIES = {
    "infantry": (("стрелок", "пулемётчик", "гранатомётчик", "снайпер", "механик-водитель",
                  "наводчик-оператор", "связист"), "общевойсковой командир"),
    "medical": (("санитарный инструктор", "фельдшер", "водитель-санитар"), "военный врач"),
    "engineering": (("сапёр", "механик-водитель инженерной машины", "электрик"),
                    "военный инженер"),
    "intelligence": (("разведчик", "разведчик-наблюдатель", "оператор БПЛА"), "офицер разведки"),
    "military_police": (("военный полицейский", "кинолог"), "офицер военной полиции"),
    "support": (("водитель", "повар", "кладовщик", "ремонтник", "связист"), "офицер тыла"),
    "hq": (("писарь", "связист", "водитель", "оператор ЭВМ"), "офицер штаба"),
    "staff_officers": (("писарь",), "штабной офицер"),
    "military_observers": (("писарь",), "военный наблюдатель"),
}
_OFFICER_POSTS = {"platoon": ("командир взвода",),
                  "company": ("офицер штаба", "начальник отделения", "помощник начальника штаба"),
                  "group": None}
_NCO_POSTS = ("командир отделения", "заместитель командира взвода", "старшина роты")

# kind code -> (validity in days, share of people holding one, issuer)
DOCUMENTS = {
    "national_passport": (3652, 1.0, "МВД РК"),
    "service_passport": (1826, 0.15, "МИД РК"),
    "medical_fitness": (365, 0.85, "Центральная военно-врачебная комиссия МО РК"),
    "predeployment_training": (1095, 0.30, "Центр миротворческой подготовки KAZCENT"),
    "human_rights_screening": (365, 0.30, "Министерство обороны РК"),
    "driving_licence": (3652, 0.0, "МВД РК"),  # held exactly when the record names a licence
    "vaccination": (1826, 0.45, "Медицинская служба ВС РК"),
}
#: Documents a roster rule looks at the start of the rotation.
_VALID_AT_START = ("medical_fitness", "predeployment_training", "human_rights_screening",
                   "vaccination")
PASSPORT_MARGIN_DAYS = 183  # passports must outlive the tour by six months
#: Roster statuses of people who went; the documents of the roll of their tour.
_WENT = ("deployed", "completed", "repatriated")
_AT_START_OF_TOUR = ("national_passport", "medical_fitness", "predeployment_training",
                     "human_rights_screening")


@dataclass(slots=True)
class Core:
    """What the roster plan must know before anyone is written out."""

    sex: str
    birth: int  # ordinal
    rank: str


@dataclass
class Taken:
    """Values already used, in the database or in this run."""

    iins: set[str] = field(default_factory=set)
    service_numbers: set[str] = field(default_factory=set)
    documents: dict[str, set[str]] = field(default_factory=dict)  # see ``key``
    un_indexes: set[str] = field(default_factory=set)

    @staticmethod
    def key(kind_code: str) -> str:
        # Passport numbers are unique across national and service passports together.
        return "passport" if kind_code.endswith("passport") else kind_code


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year - years, day=28)


def plus_years(ordinal: int, years: int) -> int:
    day = dt.date.fromordinal(ordinal)
    return years_before(day, -years).toordinal()


def make_cores(rng: random.Random, n: int, today: dt.date, ranks: set[str]) -> list[Core]:
    codes = [c for c in RANK_PROFILES if c in ranks]
    weights = [RANK_PROFILES[c][0] for c in codes]
    drawn = rng.choices(codes, weights, k=n)
    bounds = {c: (years_before(today, RANK_PROFILES[c][2] + 1).toordinal() + 1,
                  years_before(today, RANK_PROFILES[c][1]).toordinal()) for c in codes}
    cores = []
    for rank in drawn:
        lo, hi = bounds[rank]
        sex = "F" if rng.random() < SHARE_OF_WOMEN else "M"
        cores.append(Core(sex, rng.randint(lo, hi), rank))
    return cores


class PersonMaker:
    """Turns a core (and its roster plan, if any) into rows for every table."""

    def __init__(self, rng: random.Random, today: dt.date, ranks: dict[str, tuple[int, str]],
                 kinds: dict[str, int], slots: list[UnitSlot], taken: Taken) -> None:
        """``ranks``: code -> (id, category); ``kinds``: document kind code -> id."""
        self.rng, self.today, self.t = rng, today, today.toordinal()
        self.ranks, self.kinds, self.taken = ranks, kinds, taken
        self.all_slots = slots
        by = lambda pred: [s for s in slots if pred(s)] or slots  # noqa: E731
        self.platoons = by(lambda s: s.level == "platoon")
        self.kazbrig_platoons = by(lambda s: s.level == "platoon" and s.in_kazbrig)
        self.hq = by(lambda s: s.kind == "hq")
        self.staff_group = by(lambda s: s.kind == "staff_officers")
        self.observer_group = by(lambda s: s.kind == "military_observers")

    # -- the person ---------------------------------------------------------------------
    def person(self, core: Core, plan: RosterPlan | None) -> tuple[dict, list[dict], list[dict]]:
        """(serviceman row, document rows, assignment rows); ids are filled in by the caller."""
        rng = self.rng
        name = make_name(rng, core.sex)
        birth = dt.date.fromordinal(core.birth)
        rank_id, category = self.ranks[core.rank]
        officer = category == "officer"
        individual = plan is not None and plan.category != "troops"
        unit = self._current_unit(core, plan, officer)
        specialities, officer_speciality = _SPECIALITIES.get(unit.kind, _SPECIALITIES["infantry"])
        speciality = officer_speciality if officer else rng.choice(specialities)
        licence = rng.choice(_LICENCES) if individual or rng.random() < 0.55 else None
        if individual:
            english = rng.choice(_ENGLISH_GOOD)
        elif rng.random() < (0.4 if officer else 0.08):
            english = rng.choice(_ENGLISH_SOME + _ENGLISH_GOOD)
        else:
            english = None
        relation = self._kin_relation(core, birth)
        status, discharged_on = self._status(plan)
        row = {
            "iin": self._iin(birth, core.sex), "service_number": self._service_number(),
            "surname": name.surname, "given_name": name.given_name, "patronymic": name.patronymic,
            "surname_latin": text.to_passport_latin(name.surname),
            "given_names_latin": text.to_passport_latin(name.given_name),
            "sex": core.sex, "birth_date": birth, "rank_id": rank_id,
            "speciality": speciality, "blood_group": rng.choices(BLOOD_GROUPS, _BLOOD_WEIGHTS)[0],
            "phone": self._phone(), "kin_name": kin_name(rng, name, relation),
            "kin_relation": relation, "kin_phone": self._phone(), "english_level": english,
            "driving_licence": licence, "status": status, "notes": None,
        }
        docs = self._documents(core, plan, licence is not None, officer)
        assignments = self._assignments(core, unit, officer, discharged_on)
        return row, docs, assignments

    def _current_unit(self, core: Core, plan: RosterPlan | None, officer: bool) -> UnitSlot:
        rng = self.rng
        if plan is not None and plan.active:
            pool = {"troops": self.kazbrig_platoons, "staff-officer": self.staff_group,
                    "expert": self.observer_group}.get(plan.category, self.kazbrig_platoons)
            return rng.choice(pool)
        roll = rng.random()
        if core.rank in GENERALS:
            return rng.choice(self.hq)
        if officer:
            if core.rank in INDIVIDUAL_RANKS and roll < 0.08:
                return rng.choice(self.staff_group if roll < 0.05 else self.observer_group)
            return rng.choice(self.hq if roll < 0.35 else self.platoons)
        return rng.choice(self.hq if roll < 0.06 else self.platoons)

    def _kin_relation(self, core: Core, birth: dt.date) -> str:
        married = self.today.year - birth.year > 25 and self.rng.random() < 0.7
        if married:
            return "жена" if core.sex == "M" else "муж"
        return self.rng.choice(("мать", "отец", "брат", "сестра"))

    def _status(self, plan: RosterPlan | None) -> tuple[str, int | None]:
        if plan is not None:
            return plan.person_status, None
        roll = self.rng.random()
        if roll < 0.02:
            return "discharged", self.t - self.rng.randint(10, 700)
        return ("in_training" if roll < 0.03 else "active"), None

    def _iin(self, birth: dt.date, sex: str) -> str:
        while True:
            iin = make_iin(birth, sex, self.rng.randrange(10000))
            if iin is not None and iin not in self.taken.iins:
                self.taken.iins.add(iin)
                return iin

    def _service_number(self) -> str:
        letters = "АБВГДЕЖКМНПРСТ"
        while True:
            number = f"{self.rng.choice(letters)}{self.rng.choice(letters)}-" \
                     f"{self.rng.randrange(1_000_000):06d}"
            if number not in self.taken.service_numbers:
                self.taken.service_numbers.add(number)
                return number

    def _phone(self) -> str:
        n = self.rng.randrange(10_000_000)
        return f"+7 {self.rng.choice(_MOBILE_CODES)} {n // 10000:03d} {n // 100 % 100:02d} {n % 100:02d}"

    # -- documents ----------------------------------------------------------------------
    def _documents(self, core: Core, plan: RosterPlan | None, licence: bool, officer: bool
                   ) -> list[dict]:
        rng, docs = self.rng, []
        eligible = plan is not None and plan.eligible
        adult = plus_years(core.birth, 16)
        # Went on a rotation that has started: the documents the roll of that rotation
        # shows were issued by its start (the ones of today may be later renewals).
        began = None
        if plan is not None and not eligible and plan.status in _WENT:
            began = (plan.rotation.actual_start or plan.rotation.planned_start).toordinal()
        for code, (validity, share, issuer) in DOCUMENTS.items():
            if code not in self.kinds:
                continue
            if code == "driving_licence":
                held = licence
            elif code == "service_passport":
                held = eligible or rng.random() < (0.5 if officer else share)
            else:
                held = eligible or rng.random() < share
            if began is not None and code in _AT_START_OF_TOUR:
                docs += self._held_since(plan, began, code, validity, issuer, adult)
                continue
            if not held:
                continue
            if eligible and code in ("national_passport", "service_passport"):
                issued, expires = self._passport_for(plan, validity)
            elif eligible and code in _VALID_AT_START:
                issued, expires = self._valid_on(plan.rotation.planned_start.toordinal(), validity)
            else:
                issued, expires = self._spread(validity)
            if code.endswith("passport") and issued < adult:
                # Nobody's passport predates their sixteenth birthday here.
                issued, expires = adult, adult + validity
            docs.append(self._doc(code, issued, expires, issuer, True))
            if code == "national_passport" and rng.random() < 0.3 and issued - validity > adult:
                # The passport before this one, kept as history.
                old = issued - validity + rng.randint(-60, 0)
                docs.append(self._doc(code, old, issued - rng.randint(0, 60), issuer, False))
        return docs

    def _held_since(self, plan: RosterPlan, began: int, code: str, validity: int, issuer: str,
                    adult: int) -> list[dict]:
        """The document of the tour that began on ``began`` and, if it has expired since,
        the renewal that is current now."""
        if code == "national_passport":
            need = plan.rotation.planned_end.toordinal() + PASSPORT_MARGIN_DAYS
            lo, hi = max(need - validity, adult), min(began, self.t)
            issued = self.rng.randint(lo, hi) if lo <= hi else max(adult, hi - 30)
            expires = issued + validity
        else:
            issued, expires = self._valid_on(began, validity)
        if expires >= self.t:
            return [self._doc(code, issued, expires, issuer, True)]
        renewed = max(expires - self.rng.randint(0, 60), self._spread(validity)[0], issued + 1)
        return [self._doc(code, issued, expires, issuer, False),
                self._doc(code, renewed, renewed + validity, issuer, True)]

    def _spread(self, validity: int) -> tuple[int, int]:
        # Most documents are fine; some expired, some due within 30 or 90 days.
        roll, rng = self.rng.random(), self.rng
        if roll < 0.05:
            left = -rng.randint(1, 400)
        elif roll < 0.08:
            left = rng.randint(0, 30)
        elif roll < 0.13:
            left = rng.randint(31, 90)
        else:
            left = rng.randint(91, validity - 1)
        expires = self.t + left
        return expires - validity, expires

    def _passport_for(self, plan: RosterPlan, validity: int) -> tuple[int, int]:
        need = plan.rotation.planned_end.toordinal() + PASSPORT_MARGIN_DAYS + 30
        # Issued by the rotation's start too (a roll shows the passport of its start).
        start = (plan.rotation.actual_start or plan.rotation.planned_start).toordinal()
        latest = min(self.t, start) + validity - 1
        expires = self.rng.randint(need, latest) if need <= latest else latest
        return expires - validity, expires

    def _valid_on(self, day: int, validity: int) -> tuple[int, int]:
        """Issued on or before ``day`` (and not in the future), still valid on ``day``."""
        hi = min(day, self.t)
        lo = day - validity + 15
        issued = self.rng.randint(lo, hi) if lo <= hi else hi
        return issued, issued + validity

    def _doc(self, code: str, issued: int, expires: int, issuer: str, current: bool) -> dict:
        return {"kind_id": self.kinds[code], "number": self._doc_number(code, issued),
                "issued_on": dt.date.fromordinal(issued), "expires_on": dt.date.fromordinal(expires),
                "issuer": issuer, "notes": None, "is_current": current}

    def _doc_number(self, code: str, issued: int) -> str:
        taken, rng = self.taken.documents.setdefault(Taken.key(code), set()), self.rng
        year = dt.date.fromordinal(issued).year
        while True:
            n = rng.randrange(1_000_000)
            if code == "national_passport":
                number = f"N{rng.randrange(100_000_000):08d}"
            elif code == "service_passport":
                number = f"S{rng.randrange(10_000_000):07d}"
            elif code == "medical_fitness":
                number = f"ВВК-{year}/{n:06d}"
            elif code == "predeployment_training":
                number = f"PDT-{year}-{n:06d}"
            elif code == "human_rights_screening":
                number = f"HRS-{year}-{n:06d}"
            elif code == "driving_licence":
                number = f"{rng.choice('ABCEHKMPTX')}{rng.choice('ABCEHKMPTX')}{n:06d}"
            else:
                number = f"ICV-{rng.randrange(10_000_000):07d}"
            if number not in taken:
                taken.add(number)
                return number

    # -- assignments --------------------------------------------------------------------
    def _assignments(self, core: Core, current: UnitSlot, officer: bool,
                     discharged_on: int | None) -> list[dict]:
        rng = self.rng
        first = min(plus_years(core.birth, rng.randint(21, 23) if officer else rng.randint(18, 20)),
                    self.t - 60)
        if discharged_on is not None:
            discharged_on = max(discharged_on, first + 1)
        last_day = discharged_on if discharged_on is not None else self.t - 30
        count = rng.choices((1, 2, 3), (45, 35, 20))[0] if last_day - first > 120 else 1
        starts = [first] + sorted(rng.sample(range(first + 30, last_day), count - 1))
        units = [rng.choice(self.platoons if not officer else self.all_slots)
                 for _ in range(count - 1)] + [current]
        rows = []
        for k, (begin, unit) in enumerate(zip(starts, units)):
            end = starts[k + 1] - 1 if k + 1 < count else discharged_on
            rows.append({"unit_id": unit.id, "position": self._position(core, unit, officer),
                         "date_from": dt.date.fromordinal(begin),
                         "date_to": None if end is None else dt.date.fromordinal(end),
                         "order_number": f"{rng.randint(1, 999)} л/с",
                         "order_date": dt.date.fromordinal(begin - rng.randint(0, 14))})
        return rows

    def _position(self, core: Core, unit: UnitSlot, officer: bool) -> str:
        specialities, officer_speciality = _SPECIALITIES.get(unit.kind, _SPECIALITIES["infantry"])
        if officer:
            posts = _OFFICER_POSTS.get(unit.level) or (officer_speciality,)
            return self.rng.choice(posts)
        if core.rank not in ("private", "lance_corporal") and unit.level == "platoon" \
                and self.rng.random() < 0.5:
            return self.rng.choice(_NCO_POSTS)
        return self.rng.choice(specialities)

