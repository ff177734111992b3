"""The unit tree, assignments and their history, members and strength."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Assignment, Rank, Unit
from kzpk_desktop.services import assignments, servicemen, units
from kzpk_desktop.services.errors import ServiceError, StaleRecord, ValidationError
from kzpk_desktop.services.identity import make_iin
from kzpk_desktop.services.units import UnitData

D = dt.date


def make_person(s, surname: str, n: int, *, given: str = "Иван", rank: str | None = None,
                speciality: str | None = None) -> int:
    serial = n * 10
    while (iin := make_iin(D(1985, 1, 1) + dt.timedelta(days=n), "M", serial)) is None:
        serial += 1
    rank_id = s.scalar(select(Rank.id).where(Rank.code == rank)) if rank else None
    return servicemen.create_serviceman(s, servicemen.ServicemanData(
        iin=iin, service_number=f"SN{n}", surname=surname, given_name=given, rank_id=rank_id,
        speciality=speciality)).id


def texts(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.field, p.text) for p in error.problems]


def unit(s, name: str, level: str, parent: int | None = None, kind: str = "infantry") -> int:
    return units.add_unit(s, UnitData(name_kk=name, name_ru=name, name_en=name, kind=kind,
                                      level=level, parent_id=parent)).id


@pytest.fixture
def s(sessions):
    with write_session(sessions) as session:
        yield session


@pytest.fixture
def tree(s):
    """Полк > 1 батальон > (2 рота, 10 рота > 1 взвод, Медицинская рота);
    Полк > Группа наблюдателей."""
    t = {"regiment": unit(s, "Полк", "regiment")}
    t["battalion"] = unit(s, "1 батальон", "battalion", t["regiment"])
    t["company10"] = unit(s, "10 рота", "company", t["battalion"])
    t["company2"] = unit(s, "2 рота", "company", t["battalion"])
    t["platoon"] = unit(s, "1 взвод", "platoon", t["company10"])
    t["medical"] = unit(s, "Медицинская рота", "company", t["battalion"], kind="medical")
    t["observers"] = unit(s, "Группа наблюдателей", "group", t["regiment"],
                          kind="military_observers")
    return t


def history(s, person_id):
    return [(r.unit, r.date_from, r.date_to, r.is_current)
            for r in assignments.assignment_history(s, person_id)]


# --- the tree ------------------------------------------------------------------------------

def test_tree_rows_depth_first_with_depth_path_and_natural_order(s, tree):
    rows = units.unit_tree(s)
    assert [(r.name, r.depth, r.level) for r in rows] == [
        ("Полк", 0, "regiment"),
        ("1 батальон", 1, "battalion"),
        ("2 рота", 2, "company"),
        ("10 рота", 2, "company"),
        ("1 взвод", 3, "platoon"),
        ("Медицинская рота", 2, "company"),
        ("Группа наблюдателей", 1, "group"),
    ]
    platoon = rows[4]
    assert platoon.path == ("Полк", "1 батальон", "10 рота", "1 взвод")
    assert (platoon.kind_code, platoon.kind_name, platoon.parent_id) == (
        "infantry", "Пехотное", tree["company10"])
    assert units.unit_tree(s, lang="en")[6].kind_name == "Military observers"
    assert units.unit_paths(s)[tree["platoon"]] == "Полк / 1 батальон / 10 рота / 1 взвод"
    assert units.unit_paths(s, [tree["platoon"], tree["regiment"]], lang="en") == {
        tree["platoon"]: "Полк / 1 батальон / 10 рота / 1 взвод", tree["regiment"]: "Полк"}
    assert units.unit_paths(s, []) == {}


def test_unit_kinds_for_the_unit_dialog(s):
    kinds = units.unit_kinds(s, "en")
    assert [k.code for k in kinds][:3] == ["infantry", "medical", "intelligence"]
    assert len(kinds) == 9 and kinds[0].name == "Infantry"


def test_add_unit_reports_every_problem(s):
    with pytest.raises(ValidationError) as info:
        units.add_unit(s, UnitData(name_kk="", name_ru="Рота", name_en=" ", kind="cavalry",
                                   level="division"))
    assert texts(info.value) == [
        ("name_kk", "Enter the name in Kazakh."),
        ("name_en", "Enter the name in English."),
        ("kind", "Unknown unit kind 'cavalry'."),
        ("level", "Choose the level: regiment, battalion, company, platoon or group."),
    ]


def test_sibling_names_must_differ_but_a_retired_namesake_is_allowed(s, tree):
    with pytest.raises(ValidationError) as info:
        unit(s, "2 РОТА", "company", tree["battalion"])
    assert texts(info.value)[0] == (
        "name_kk", "There is already a unit named 2 РОТА at this place in the tree.")
    unit(s, "2 рота", "company", tree["regiment"])  # another parent: fine
    units.retire_unit(s, tree["company2"], D(2026, 1, 1))
    unit(s, "2 рота", "company", tree["battalion"])  # re-formed company


def test_rename_and_stale_version(s, tree):
    version = s.get(Unit, tree["company2"]).version
    units.rename_unit(s, tree["company2"], name_kk="2-ші рота", name_ru="2-я рота",
                      name_en="2nd Coy", version=version)
    assert units.unit_tree(s, lang="en")[2].name == "2nd Coy"
    with pytest.raises(StaleRecord, match="2-я рота was changed by someone else"):
        units.rename_unit(s, tree["company2"], name_kk="x", name_ru="y", name_en="z",
                          version=version)


def test_move_keeps_the_subtree_and_refuses_a_cycle(s, tree):
    units.move_unit(s, tree["company10"], tree["regiment"])
    assert units.unit_paths(s)[tree["platoon"]] == "Полк / 10 рота / 1 взвод"
    with pytest.raises(ServiceError) as info:
        units.move_unit(s, tree["regiment"], tree["platoon"])
    assert str(info.value) == ("Полк cannot be moved under 1 взвод: 1 взвод is one of its own "
                               "sub-units.")
    with pytest.raises(ServiceError, match="A unit cannot be placed under itself."):
        units.move_unit(s, tree["battalion"], tree["battalion"])
    units.move_unit(s, tree["battalion"], None)
    assert [r.name for r in units.unit_tree(s) if r.depth == 0] == ["Полк", "1 батальон"]
    assert s.get(Unit, tree["platoon"]).parent_id == tree["company10"]


def test_update_unit_through_its_dialog_data_checks_the_move_too(s, tree):
    data = UnitData(name_kk="Полк", name_ru="Полк", name_en="Regiment", kind="hq",
                    level="regiment", parent_id=tree["company2"])
    with pytest.raises(ServiceError, match="is one of its own sub-units"):
        units.update_unit(s, tree["regiment"], data)
    data.parent_id = None
    units.update_unit(s, tree["regiment"], data)
    assert units.unit_tree(s, lang="en")[0].kind_code == "hq"


# --- retiring ------------------------------------------------------------------------------

def test_retire_refused_while_it_or_a_sub_unit_has_members(s, tree):
    a, b = make_person(s, "Абаев", 1), make_person(s, "Беков", 2)
    assignments.assign(s, a, tree["platoon"], "Стрелок", D(2025, 1, 1))
    assignments.assign(s, b, tree["company10"], "Командир", D(2025, 1, 1))
    with pytest.raises(ServiceError) as info:
        units.retire_unit(s, tree["battalion"], D(2026, 1, 1))
    assert str(info.value) == (
        "1 батальон cannot be retired: 2 serviceman(s) are still assigned to it or its "
        "sub-units (1 взвод, 10 рота). Assign them elsewhere first.")
    assert s.get(Unit, tree["battalion"]).retired_on is None
    # Someone whose assignment ends on the retirement day still counts; the day before not.
    assignments.end_assignment(s, assignments.current_assignment(s, a).id, D(2026, 1, 1))
    assignments.assign(s, b, tree["observers"], "Наблюдатель", D(2026, 1, 1))
    with pytest.raises(ServiceError, match="1 serviceman"):
        units.retire_unit(s, tree["company10"], D(2026, 1, 1))
    assert units.retire_unit(s, tree["company10"], D(2026, 1, 2)) == sorted(
        [tree["company10"], tree["platoon"]])


def test_retired_unit_stays_in_history_and_takes_no_one_new(s, tree):
    a, b = make_person(s, "Абаев", 1), make_person(s, "Беков", 2)
    assignments.assign(s, a, tree["company2"], "Стрелок", D(2024, 1, 1))
    assignments.assign(s, a, tree["observers"], "Наблюдатель", D(2025, 1, 1))
    units.retire_unit(s, tree["company2"], D(2025, 6, 1))
    assert history(s, a)[-1] == ("2 рота", D(2024, 1, 1), D(2024, 12, 31), False)
    assert [r.retired_on for r in units.unit_tree(s) if r.id == tree["company2"]] == [
        D(2025, 6, 1)]
    assert tree["company2"] not in {r.id for r in units.unit_tree(s, include_retired=False)}
    with pytest.raises(ValidationError) as info:
        assignments.assign(s, b, tree["company2"], "Стрелок", D(2026, 1, 1))
    assert texts(info.value) == [
        ("unit_id", "2 рота was retired on 01.06.2025; it takes no new members or sub-units.")]
    with pytest.raises(ValidationError, match="was retired"):
        unit(s, "1 взвод", "platoon", tree["company2"])
    with pytest.raises(ServiceError, match="2 рота was already retired on 01.06.2025."):
        units.retire_unit(s, tree["company2"])
    units.reinstate_unit(s, tree["company2"])
    assignments.assign(s, b, tree["company2"], "Стрелок", D(2026, 1, 1))


# --- assignments ---------------------------------------------------------------------------

def test_new_assignment_closes_the_previous_on_the_day_before(s, tree):
    a = make_person(s, "Абаев", 1)
    first = assignments.assign(s, a, tree["company2"], "Стрелок", D(2024, 3, 1), "15-лс",
                               D(2024, 2, 20))
    assignments.assign(s, a, tree["observers"], "Наблюдатель", D(2025, 3, 1), "40-лс",
                       D(2025, 2, 25))
    assert history(s, a) == [
        ("Группа наблюдателей", D(2025, 3, 1), None, True),
        ("2 рота", D(2024, 3, 1), D(2025, 2, 28), False),
    ]
    rows = assignments.assignment_history(s, a)
    assert (rows[1].position, rows[1].order_number, rows[1].order_date, rows[1].unit_path) == (
        "Стрелок", "15-лс", D(2024, 2, 20), "Полк / 1 батальон / 2 рота")
    assert first.date_to == D(2025, 2, 28)
    # A move the very next day leaves a one-day assignment, never an overlap.
    assignments.assign(s, a, tree["platoon"], "Стрелок", D(2025, 3, 2))
    assert history(s, a)[1] == ("Группа наблюдателей", D(2025, 3, 1), D(2025, 3, 1), False)


@pytest.fixture
def tree_ids(sessions):
    """A committed tree and Абаев: 2 рота 01.03.2024-28.02.2025, observers since 01.03.2025."""
    with write_session(sessions) as s:
        ids = {"regiment": unit(s, "Полк", "regiment")}
        ids["company2"] = unit(s, "2 рота", "company", ids["regiment"])
        ids["platoon"] = unit(s, "1 взвод", "platoon", ids["company2"])
        ids["observers"] = unit(s, "Группа наблюдателей", "group", ids["regiment"])
        ids["a"] = make_person(s, "Абаев", 1)
        ids["b"] = make_person(s, "Бекова", 2, given="Айгуль")
        assignments.assign(s, ids["a"], ids["company2"], "Стрелок", D(2024, 3, 1))
        assignments.assign(s, ids["a"], ids["observers"], "Наблюдатель", D(2025, 3, 1))
    return ids


CURRENT_CONFLICT = ("Абаев Иван is assigned to Группа наблюдателей since 01.03.2025; a new "
                    "assignment must start after that date.")
CLOSED_CONFLICT = ("Абаев Иван: an assignment from 01.01.2025 would overlap the assignment to "
                   "2 рота from 01.03.2024 to 28.02.2025.")


@pytest.mark.parametrize("start,messages", [(D(2025, 3, 1), [CURRENT_CONFLICT]),
                                            (D(2025, 1, 1), [CLOSED_CONFLICT, CURRENT_CONFLICT])])
def test_assignment_starting_on_or_before_the_current_one_is_refused(sessions, tree_ids, start,
                                                                     messages):
    a, tree = tree_ids["a"], tree_ids
    with pytest.raises(ValidationError) as info, write_session(sessions) as s:
        assignments.assign(s, a, tree["platoon"], "Стрелок", start)
    assert texts(info.value) == [("date_from", m) for m in messages]
    with sessions() as s:  # nothing changed
        assert history(s, a) == [("Группа наблюдателей", D(2025, 3, 1), None, True),
                                 ("2 рота", D(2024, 3, 1), D(2025, 2, 28), False)]


def test_assignment_inside_a_closed_period_is_refused_naming_it(s, tree):
    a = make_person(s, "Абаев", 1)
    assignments.assign(s, a, tree["company2"], "Стрелок", D(2024, 3, 1))
    assignments.assign(s, a, tree["observers"], "Наблюдатель", D(2025, 3, 1))
    assignments.end_assignment(s, assignments.current_assignment(s, a).id, D(2025, 9, 30))
    # Open-ended, starting inside the closed period.
    with pytest.raises(ValidationError) as info:
        assignments.assign(s, a, tree["platoon"], "Стрелок", D(2025, 9, 30))
    assert texts(info.value) == [("date_from", "Абаев Иван: an assignment from 30.09.2025 would "
                                               "overlap the assignment to Группа наблюдателей "
                                               "from 01.03.2025 to 30.09.2025.")]
    # A past assignment overlapping two periods names both.
    with pytest.raises(ValidationError) as info:
        assignments.assign(s, a, tree["platoon"], "Стрелок", D(2025, 2, 1), date_to=D(2025, 4, 1))
    assert [p.text for p in info.value.problems] == [
        "Абаев Иван: the assignment from 01.02.2025 to 01.04.2025 would overlap the assignment "
        "to 2 рота from 01.03.2024 to 28.02.2025.",
        "Абаев Иван: the assignment from 01.02.2025 to 01.04.2025 would overlap the assignment "
        "to Группа наблюдателей from 01.03.2025 to 30.09.2025.",
    ]
    # The day after the last period ends is free; so is a gap before the first one.
    assignments.assign(s, a, tree["platoon"], "Стрелок", D(2025, 10, 1))
    assignments.assign(s, a, tree["battalion"], "Курсант", D(2023, 9, 1), date_to=D(2024, 2, 29))
    assert [h[1] for h in history(s, a)] == [D(2025, 10, 1), D(2025, 3, 1), D(2024, 3, 1),
                                             D(2023, 9, 1)]
    # A past assignment may not cut into the current one.
    with pytest.raises(ValidationError) as info:
        assignments.assign(s, a, tree["company2"], "Стрелок", D(2025, 12, 1), date_to=D(2026, 1, 1))
    assert texts(info.value) == [("date_from", "Абаев Иван: the assignment from 01.12.2025 to "
                                               "01.01.2026 would overlap the current assignment "
                                               "to 1 взвод (since 01.10.2025).")]


def test_assignment_input_problems_reported_together(s, tree):
    a = make_person(s, "Абаев", 1)
    with pytest.raises(ValidationError) as info:
        assignments.assign(s, a, tree["company2"], "x" * 201, D(2025, 5, 1), "N" * 41,
                           date_to=D(2025, 4, 1))
    assert texts(info.value) == [
        ("date_to", "The assignment cannot end before it starts."),
        ("position", "The position is too long (at most 200 characters)."),
        ("order_number", "The order number is too long (at most 40 characters)."),
    ]


def test_end_assignment_rules(s, tree):
    a = make_person(s, "Абаев", 1)
    current = assignments.assign(s, a, tree["company2"], None, D(2025, 5, 1))
    with pytest.raises(ValidationError) as info:
        assignments.end_assignment(s, current.id, D(2025, 4, 30))
    assert texts(info.value) == [("date_to", "The assignment cannot end before it starts "
                                             "(01.05.2025).")]
    assignments.end_assignment(s, current.id, D(2025, 5, 1))
    with pytest.raises(ValidationError, match="already ended on 01.05.2025"):
        assignments.end_assignment(s, current.id, D(2025, 6, 1))
    assert assignments.current_assignment(s, a) is None


def test_assign_many_with_one_order(s, tree):
    a, b = make_person(s, "Абаев", 1), make_person(s, "Бекова", 2, given="Айгуль")
    assignments.assign(s, a, tree["company2"], "Стрелок", D(2024, 1, 1))
    made = assignments.assign_many(s, [a, b, a], tree["observers"], "Наблюдатель",
                                   D(2025, 1, 1), "77-лс", D(2024, 12, 20))
    assert [(m.serviceman_id, m.order_number) for m in made] == [(a, "77-лс"), (b, "77-лс")]
    assert history(s, a)[1] == ("2 рота", D(2024, 1, 1), D(2024, 12, 31), False)


def test_assign_many_is_all_or_nothing_and_reports_everyone(sessions, tree_ids):
    t = tree_ids
    with write_session(sessions) as s:
        c = make_person(s, "Валиев", 3)
        assignments.assign(s, c, t["company2"], "Стрелок", D(2025, 6, 1))
    with pytest.raises(ValidationError) as info, write_session(sessions) as s:
        assignments.assign_many(s, [t["b"], t["a"], c, 999], t["platoon"], "Стрелок",
                                D(2025, 3, 1), "80-лс", D(2025, 2, 1))
    assert texts(info.value) == [
        ("serviceman_id", "1 of the chosen servicemen no longer exist (deleted by someone "
                          "else?)."),
        ("date_from", "Абаев Иван is assigned to Группа наблюдателей since 01.03.2025; a new "
                      "assignment must start after that date."),
        ("date_from", "Валиев Иван is assigned to 2 рота since 01.06.2025; a new assignment "
                      "must start after that date."),
    ]
    with sessions() as s:
        assert s.scalars(select(Assignment).where(Assignment.serviceman_id == t["b"])).all() == []
        assert history(s, t["a"]) == [("Группа наблюдателей", D(2025, 3, 1), None, True),
                                      ("2 рота", D(2024, 3, 1), D(2025, 2, 28), False)]
        assert history(s, c) == [("2 рота", D(2025, 6, 1), None, True)]


def test_assign_needs_a_unit_a_date_and_people(s, tree):
    with pytest.raises(ValidationError) as info:
        assignments.assign_many(s, [], None, None, None)
    assert texts(info.value) == [("unit_id", "Choose a unit."),
                                 ("date_from", "Enter the date the assignment starts."),
                                 ("serviceman_id", "Choose at least one serviceman.")]


# --- members and strength ------------------------------------------------------------------

@pytest.fixture
def staffed(s, tree):
    people = {
        "Ахметов": make_person(s, "Ахметов", 1, rank="major", speciality="Пехота"),
        "Волков": make_person(s, "Волков", 2, rank="sergeant", speciality="Пехота"),
        "Борисов": make_person(s, "Борисов", 3, rank="sergeant", speciality="Связь"),
        "Абаев": make_person(s, "Абаев", 4, rank="private", speciality="Пехота"),
        "Гусев": make_person(s, "Гусев", 5, speciality=None),
        "Ушедший": make_person(s, "Ушедший", 6, rank="private"),
    }
    assignments.assign(s, people["Ахметов"], tree["battalion"], "Командир", D(2024, 1, 1), "1")
    assignments.assign(s, people["Волков"], tree["company10"], "Замкомвзвода", D(2024, 1, 1))
    assignments.assign(s, people["Борисов"], tree["platoon"], "Связист", D(2024, 1, 1))
    assignments.assign(s, people["Абаев"], tree["platoon"], "Стрелок", D(2024, 1, 1))
    assignments.assign(s, people["Гусев"], tree["platoon"], "Стрелок", D(2024, 1, 1))
    assignments.assign(s, people["Ушедший"], tree["platoon"], "Стрелок", D(2023, 1, 1))
    assignments.assign(s, people["Ушедший"], tree["company2"], "Стрелок", D(2025, 1, 1))
    return people


def test_members_of_a_unit_alone_and_with_sub_units(s, tree, staffed):
    platoon = units.unit_members(s, tree["platoon"])
    assert [(m.surname, m.rank, m.position) for m in platoon] == [
        ("Борисов", "Сержант", "Связист"), ("Абаев", "Рядовой", "Стрелок"),
        ("Гусев", None, "Стрелок")]
    assert units.unit_members(s, tree["battalion"])[0].order_number == "1"
    assert [m.surname for m in units.unit_members(s, tree["battalion"])] == ["Ахметов"]
    whole = units.unit_members(s, tree["battalion"], include_subunits=True)
    assert [(m.surname, m.unit) for m in whole] == [
        ("Ахметов", "1 батальон"), ("Борисов", "1 взвод"), ("Волков", "10 рота"),
        ("Абаев", "1 взвод"), ("Ушедший", "2 рота"), ("Гусев", "1 взвод")]
    assert units.count_members(s, tree["battalion"], include_subunits=True) == 6
    assert units.count_members(s, tree["platoon"]) == 3
    page = units.unit_members(s, tree["battalion"], include_subunits=True, offset=1, limit=2)
    assert [m.surname for m in page] == ["Борисов", "Волков"]
    # Seniors first (rank order), then alphabetical; no rank last.


def test_members_on_a_past_date(s, tree, staffed):
    on = D(2024, 6, 1)
    assert [m.surname for m in units.unit_members(s, tree["platoon"], on=on)] == [
        "Борисов", "Абаев", "Ушедший", "Гусев"]
    assert [m.surname for m in units.unit_members(s, tree["company2"], on=on)] == []
    assert units.count_members(s, tree["platoon"], on=D(2023, 6, 1)) == 1


def test_strength_by_rank_category_and_speciality(s, tree, staffed):
    whole = units.unit_strength(s, tree["battalion"], include_subunits=True)
    assert whole.total == 6
    assert whole.by_category == {"officer": 1, "nco": 2, "enlisted": 2, "": 1}
    assert whole.by_speciality == [("Пехота", 3), (None, 2), ("Связь", 1)]
    platoon = units.unit_strength(s, tree["platoon"], include_subunits=False)
    assert (platoon.total, platoon.by_category) == (3, {"nco": 1, "enlisted": 1, "": 1})
    empty = units.unit_strength(s, tree["observers"])
    assert (empty.total, empty.by_category, empty.by_speciality) == (0, {}, [])


# --- who may do what -------------------------------------------------------------------------

def test_a_clerk_assigns_but_only_an_admin_edits_the_tree(sessions):
    from kzpk_desktop.db.models import User
    from kzpk_desktop.services.auth import Actor, acting
    from kzpk_desktop.services.errors import PermissionDenied

    with write_session(sessions) as s:
        for role in ("admin", "clerk"):
            s.add(User(username=role, full_name=role, role=role, password_hash="-"))
    with acting(sessions, Actor("admin", "admin")) as s:
        company = unit(s, "1 рота", "company")
        person = make_person(s, "Абаев", 1)
    with acting(sessions, Actor("clerk", "clerk")) as s:
        assignments.assign(s, person, company, "Стрелок", D(2025, 1, 1), "5-лс", D(2025, 1, 1))
    with pytest.raises(PermissionDenied) as info, acting(sessions, Actor("clerk", "clerk")) as s:
        units.rename_unit(s, company, name_kk="2 рота", name_ru="2 рота", name_en="2 Coy")
    assert str(info.value) == ("Your role (clerk) may not change reference tables (ranks, "
                               "missions, units, Parliament decisions); only an administrator may.")
    with sessions() as s:
        assert [r.name for r in units.unit_tree(s)] == ["1 рота"]
        assert history(s, person) == [("1 рота", D(2025, 1, 1), None, True)]
