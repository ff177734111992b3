"""Servicemen service: every rule a clerk meets on the record form."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import make_engine, make_session_factory, write_session
from kzpk_desktop.db.models import Document, Rank, SearchToken, Serviceman
from kzpk_desktop.services import registry, servicemen
from kzpk_desktop.services.errors import StaleRecord, ValidationError
from kzpk_desktop.services.servicemen import ServicemanData

IIN_MALE_1979 = "791028302728"  # 28.10.1979, male (domain.md example)
IIN_FEMALE_2006 = "061211600012"  # 11.12.2006, female (domain.md example)


def person(**overrides) -> ServicemanData:
    values = dict(iin=IIN_MALE_1979, service_number="A-100200", surname="Иванов",
                  given_name="Сергей", patronymic="Петрович", surname_latin="IVANOV",
                  given_names_latin="SERGEI", status="active")
    values.update(overrides)
    return ServicemanData(**values)


def problems_of(exc: ValidationError) -> dict[str, str]:
    return {p.field: p.text for p in exc.problems}


def test_create_fills_birth_date_and_sex_from_iin(sessions):
    with write_session(sessions) as s:
        created = servicemen.create_serviceman(s, person())
    with sessions() as s:
        row = s.get(Serviceman, created.id)
        assert (row.birth_date, row.sex, row.version) == (dt.date(1979, 10, 28), "M", 1)
        assert row.uid is not None and row.origin == "HQ"


def test_every_problem_is_reported_at_once(sessions):
    data = person(iin="791028302729", service_number="", surname="Иван0в",
                  given_names_latin="Сергей", phone="call me", blood_group="Z+")
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, data)
    found = problems_of(info.value)
    assert "check digit" in found["iin"]
    assert found["service_number"] == "Service number is required."
    assert found["surname"] == "Use only letters, spaces, hyphens and apostrophes."
    assert found["given_names_latin"].startswith("Write the name in Latin letters")
    assert "Phone number" in found["phone"]
    assert "Blood group" in found["blood_group"]
    with sessions() as s:
        assert s.scalar(select(Serviceman.id)) is None


def test_birth_date_and_sex_must_agree_with_iin(sessions):
    data = person(birth_date=dt.date(1979, 10, 29), sex="F")
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, data)
    found = problems_of(info.value)
    assert found["birth_date"] == ("Date of birth 29.10.1979 does not agree with the IIN, "
                                   "which says 28.10.1979.")
    assert found["sex"] == "Sex does not agree with the IIN (its 7th digit says male)."


def test_iin_that_lost_its_leading_zero_is_refused_on_the_form(sessions):
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, person(iin="61211600012"))
    assert "12 digits" in problems_of(info.value)["iin"]


def test_unique_iin_service_number_and_passport(sessions):
    with write_session(sessions) as s:
        servicemen.create_serviceman(s, person(passport_number="N1234567",
                                               passport_issued=dt.date(2020, 1, 1),
                                               passport_expires=dt.date(2030, 1, 1)))
    dup = person(iin=IIN_FEMALE_2006, surname="Иванова", given_name="Анна",
                 passport_number="n 1234567", passport_expires=dt.date(2031, 1, 1),
                 given_names_latin="ANNA", surname_latin="IVANOVA")
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, dup)
    found = problems_of(info.value)
    assert found["service_number"] == ("Another serviceman already has service number A-100200: "
                                       "Иванов Сергей.")
    assert found["passport_number"] == "Passport N1234567 is already recorded for Иванов Сергей."
    assert "iin" not in found


def test_passport_dates_in_order(sessions):
    data = person(passport_number="N7654321", passport_issued=dt.date(2024, 5, 1),
                  passport_expires=dt.date(2024, 5, 1))
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, data)
    assert problems_of(info.value)["passport_expires"] == (
        "The passport must expire after the date it was issued.")


def test_future_birth_date_refused(sessions):
    data = person(iin="", birth_date=dt.date.today() + dt.timedelta(days=1))
    with write_session(sessions) as s, pytest.raises(ValidationError) as info:
        servicemen.create_serviceman(s, data)
    assert problems_of(info.value)["birth_date"] == "Date of birth cannot be in the future."


def test_new_passport_keeps_the_old_one_as_history(sessions):
    with write_session(sessions) as s:
        pid = servicemen.create_serviceman(s, person(passport_number="N1111111",
                                                     passport_expires=dt.date(2027, 1, 1))).id
    with sessions() as s:
        data = servicemen.get_serviceman(s, pid)
    data.passport_number, data.passport_expires = "N2222222", dt.date(2036, 1, 1)
    with write_session(sessions) as s:
        servicemen.update_serviceman(s, pid, data)
    with sessions() as s:
        docs = {d.number: d.is_current for d in s.scalars(select(Document))}
        assert docs == {"N1111111": False, "N2222222": True}
        assert servicemen.get_serviceman(s, pid).passport_number == "N2222222"


def test_stale_save_is_refused_and_keeps_the_other_change(sessions, db_url):
    with write_session(sessions) as s:
        pid = servicemen.create_serviceman(s, person()).id
    with sessions() as s:
        mine = servicemen.get_serviceman(s, pid)
    # Another workstation saves first.
    other = make_session_factory(make_engine(db_url))
    with write_session(other) as s:
        theirs = servicemen.get_serviceman(s, pid)
        theirs.phone = "+7 701 555 12 12"
        servicemen.update_serviceman(s, pid, theirs)
    mine.speciality = "Сапёр"
    with write_session(sessions) as s, pytest.raises(StaleRecord, match="changed by someone else"):
        servicemen.update_serviceman(s, pid, mine)
    with sessions() as s:
        row = s.get(Serviceman, pid)
        assert (row.phone, row.speciality, row.version) == ("+7 701 555 12 12", None, 2)


def test_delete_removes_person_documents_and_search_tokens(sessions):
    with write_session(sessions) as s:
        pid = servicemen.create_serviceman(s, person(passport_number="N1111111",
                                                     passport_expires=dt.date(2030, 1, 1))).id
    with write_session(sessions) as s:
        servicemen.delete_serviceman(s, pid, version=1)
    with sessions() as s:
        assert s.scalar(select(Serviceman.id)) is None
        assert s.scalar(select(Document.id)) is None
        assert s.scalar(select(SearchToken.token)) is None


def _add_people(sessions):
    people = [
        ("Иванов", "Сергей", "IVANOV", "791028302728", "A-1", "private"),
        ("Әбенов", "Ерлан", "ABENOV", "850101300013", "A-2", "captain"),
        ("Абенов", "Марат", "ABENOV", "860101300011", "A-3", "major"),
        ("Қасымова", "Жанар", "KASYMOVA", "900517400000", "A-4", "sergeant"),
    ]
    ids = {}
    with write_session(sessions) as s:
        ranks = {r.code: r.id for r in s.scalars(select(Rank))}
        for surname, given, latin, iin, number, rank in people:
            from kzpk_desktop.services.identity import iin_check_digit
            body = iin[:11]
            check = iin_check_digit(body)
            if check is None:
                continue
            iin = body + str(check)
            ids[surname] = servicemen.create_serviceman(
                s, person(iin=iin, service_number=number, surname=surname, given_name=given,
                          patronymic=None, surname_latin=latin, given_names_latin=None,
                          rank_id=ranks[rank])).id
    return ids


def test_registry_search_is_case_insensitive_for_cyrillic_and_kazakh(sessions):
    ids = _add_people(sessions)
    with sessions() as s:
        def found(q):
            return [r.surname for r in registry.page(s, registry.RegistryFilter(text=q))]
        assert found("ив") == ["Иванов"]
        assert found("ИВАНОВ") == ["Иванов"]
        assert found("қас") == ["Қасымова"]
        assert found("ҚАСЫМ жан") == ["Қасымова"]
        assert found("abenov") == ["Абенов", "Әбенов"]
        assert found("A-2") == ["Әбенов"]
        assert found("петров") == []
        assert registry.count(s, registry.RegistryFilter(text="aben")) == 2
    assert len(ids) == 4


def test_registry_sorts_in_kazakh_alphabet_order_and_filters(sessions):
    _add_people(sessions)
    with sessions() as s:
        names = [r.surname for r in registry.page(s, registry.RegistryFilter())]
        assert names == ["Абенов", "Әбенов", "Иванов", "Қасымова"]
        desc = [r.surname for r in registry.page(s, registry.RegistryFilter(), descending=True)]
        assert desc == names[::-1]
        by_rank = [r.surname for r in registry.page(s, registry.RegistryFilter(), sort="rank")]
        assert by_rank == ["Иванов", "Қасымова", "Әбенов", "Абенов"]
        women = registry.page(s, registry.RegistryFilter(sex="F"))
        assert [r.surname for r in women] == ["Қасымова"]
        assert registry.page(s, registry.RegistryFilter(), offset=1, limit=2)[0].surname == "Әбенов"


def test_search_and_sort_keep_code_point_order_whatever_the_database_collation(sessions):
    # On PostgreSQL the keys compare with COLLATE "C": a linguistic collation would
    # sort "-" before "'" and put the bound of "ия" ("иѐ") before "иясов".
    from kzpk_desktop.services.identity import make_iin
    serials = iter(range(1, 1000))
    surnames = ["Иясов", "Акберды", "Ак-Берды", "Ия", "Ак'берды", "Ак Берды"]
    with write_session(sessions) as s:
        for n, surname in enumerate(surnames):
            while (iin := make_iin(dt.date(1990, 1, 1), "M", next(serials))) is None:
                pass
            servicemen.create_serviceman(s, person(iin=iin, service_number=f"C-{n}",
                                                   surname=surname, surname_latin=None))
    with sessions() as s:
        def found(q):
            return [r.surname for r in registry.page(s, registry.RegistryFilter(text=q))]
        assert found("") == ["Ак Берды", "Ак'берды", "Ак-Берды", "Акберды", "Ия", "Иясов"]
        assert found("ия") == ["Ия", "Иясов"]
        assert found("ак-") == ["Ак-Берды"]
        assert registry.count(s, registry.RegistryFilter(text="ия")) == 2
