"""Documents: validation, one current document per kind, scans, settings, expiry."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Decision, Mission, PersonnelCategory, RosterEntry, Rotation
from kzpk_desktop.services import assignments, documents, expiry, servicemen, settings, units
from kzpk_desktop.services.documents import DocumentData
from kzpk_desktop.services.errors import NotFound, StaleRecord, ValidationError
from kzpk_desktop.services.identity import make_iin

TODAY = dt.date(2026, 3, 10)
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
MB = 1024 * 1024


def make_person(s, surname: str, n: int, *, given: str = "Иван", status: str = "active",
                speciality: str | None = None, rank_id: int | None = None) -> int:
    serial = n * 10
    while (iin := make_iin(dt.date(1985, 1, 1) + dt.timedelta(days=n), "M", serial)) is None:
        serial += 1
    return servicemen.create_serviceman(s, servicemen.ServicemanData(
        iin=iin, service_number=f"SN{n}", surname=surname, given_name=given, status=status,
        speciality=speciality, rank_id=rank_id)).id


def texts(error: ValidationError) -> list[tuple[str, str]]:
    return [(p.field, p.text) for p in error.problems]


def doc(kind="national_passport", number="N1234567", issued=dt.date(2020, 1, 1),
        expires=dt.date(2030, 1, 1), **kw) -> DocumentData:
    return DocumentData(kind=kind, number=number, issued_on=issued, expires_on=expires, **kw)


@pytest.fixture
def s(sessions):
    with write_session(sessions) as session:
        yield session


@pytest.fixture
def ivanov(s):
    return make_person(s, "Иванов", 1)


@pytest.fixture
def petrov(s):
    return make_person(s, "Петров", 2, given="Пётр")


def current_numbers(s, person_id):
    return [(r.kind_code, r.number, r.is_current) for r in documents.list_documents(s, person_id)]


# --- validation ---------------------------------------------------------------------------

def test_every_problem_is_reported_at_once(s, ivanov):
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(number="  ", issued=dt.date(2024, 5, 1),
                                              expires=dt.date(2024, 4, 30)), today=TODAY)
    assert texts(info.value) == [
        ("number", "Enter the document number."),
        ("expires_on", "The document must expire after the date it was issued."),
    ]


def test_expiry_is_required_when_the_kind_expires_and_issue_not_in_future(s, ivanov):
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(kind="medical_fitness", number="MF-1",
                                              issued=TODAY + dt.timedelta(days=1), expires=None),
                               today=TODAY)
    assert texts(info.value) == [
        ("issued_on", "The issue date cannot be in the future."),
        ("expires_on", "Enter the expiry date: this kind of document expires."),
    ]


def test_expiry_on_the_issue_day_is_refused_the_next_day_accepted(s, ivanov):
    with pytest.raises(ValidationError):
        documents.add_document(s, ivanov, doc(issued=dt.date(2024, 1, 1),
                                              expires=dt.date(2024, 1, 1)), today=TODAY)
    added = documents.add_document(s, ivanov, doc(issued=dt.date(2024, 1, 1),
                                                  expires=dt.date(2024, 1, 2)), today=TODAY)
    assert added.expires_on == dt.date(2024, 1, 2)


def test_kind_missing_or_unknown(s, ivanov):
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(kind=None), today=TODAY)
    assert texts(info.value) == [("kind", "Choose the kind of document.")]
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(kind="visa"), today=TODAY)
    assert texts(info.value) == [("kind", "Unknown document kind 'visa'.")]


def test_kind_may_be_given_by_id(s, ivanov):
    from kzpk_desktop.db.models import DocumentKind
    kind_id = s.scalar(select(DocumentKind.id).where(DocumentKind.code == "vaccination"))
    added = documents.add_document(s, ivanov, doc(kind=kind_id, number="V-77"), today=TODAY)
    assert added.kind.code == "vaccination"


def test_passport_numbers_are_normalized_and_must_be_latin(s, ivanov):
    added = documents.add_document(s, ivanov, doc(number=" n 123\u00a04567 "), today=TODAY)
    assert added.number == "N1234567"
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(kind="service_passport", number="Н765432"),
                               today=TODAY)
    assert texts(info.value) == [
        ("number", "Passport number may hold only Latin letters and digits.")]


def test_passport_numbers_unique_across_servicemen_and_both_passport_kinds(s, ivanov, petrov):
    documents.add_document(s, ivanov, doc(number="N1234567"), today=TODAY)
    for kind in ("national_passport", "service_passport"):
        with pytest.raises(ValidationError) as info:
            documents.add_document(s, petrov, doc(kind=kind, number="n1234567"), today=TODAY)
        assert texts(info.value) == [
            ("number", "Passport N1234567 is already recorded for Иванов Иван.")]
    # The same person may carry one number as national and service passport.
    documents.add_document(s, ivanov, doc(kind="service_passport", number="N1234567"),
                           today=TODAY)


def test_other_numbers_unique_per_kind(s, ivanov, petrov):
    documents.add_document(s, ivanov, doc(kind="medical_fitness", number="MF-1"), today=TODAY)
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, petrov, doc(kind="medical_fitness", number="MF-1"), today=TODAY)
    assert texts(info.value) == [("number", "Number MF-1 is already recorded for Иванов Иван.")]
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, ivanov, doc(kind="medical_fitness", number="MF-1",
                                              expires=dt.date(2031, 1, 1)), today=TODAY)
    assert texts(info.value) == [
        ("number", "This serviceman already has a document of this kind with number MF-1.")]
    # Another kind may reuse the number.
    documents.add_document(s, petrov, doc(kind="vaccination", number="MF-1"), today=TODAY)


def test_unknown_serviceman(s):
    with pytest.raises(NotFound):
        documents.add_document(s, 999, doc(), today=TODAY)


# --- one current document per kind ------------------------------------------------------

def test_newer_document_becomes_current_and_the_old_one_is_history(s, ivanov):
    old = documents.add_document(s, ivanov, doc(number="N1111111", issued=dt.date(2016, 1, 1),
                                                expires=dt.date(2026, 1, 1)), today=TODAY)
    documents.add_document(s, ivanov, doc(kind="medical_fitness", number="MF-1",
                                          expires=dt.date(2027, 1, 1)), today=TODAY)
    new = documents.add_document(s, ivanov, doc(number="N2222222", issued=dt.date(2025, 12, 1),
                                                expires=dt.date(2035, 12, 1)), today=TODAY)
    assert (old.is_current, new.is_current) == (False, True)
    # An older passport entered later goes to history straight away.
    documents.add_document(s, ivanov, doc(number="N0000001", issued=dt.date(2006, 1, 1),
                                          expires=dt.date(2016, 1, 1)), today=TODAY)
    assert current_numbers(s, ivanov) == [
        ("national_passport", "N2222222", True),
        ("medical_fitness", "MF-1", True),
        ("national_passport", "N1111111", False),
        ("national_passport", "N0000001", False),
    ]
    assert servicemen.current_document(s, ivanov, "national_passport").number == "N2222222"


def test_removing_the_current_document_promotes_the_latest_remaining(s, ivanov):
    ids = {}
    for number, year in (("N1111111", 2020), ("N2222222", 2030), ("N3333333", 2025)):
        ids[number] = documents.add_document(
            s, ivanov, doc(number=number, issued=dt.date(year - 10, 1, 1),
                           expires=dt.date(year, 1, 1)), today=TODAY).id
    documents.remove_document(s, ids["N2222222"])
    assert current_numbers(s, ivanov) == [("national_passport", "N3333333", True),
                                          ("national_passport", "N1111111", False)]
    documents.remove_document(s, ids["N1111111"])  # history: current one unchanged
    assert current_numbers(s, ivanov) == [("national_passport", "N3333333", True)]
    documents.remove_document(s, ids["N3333333"])
    assert current_numbers(s, ivanov) == []


def test_editing_dates_or_kind_re_elects_the_current_document(s, ivanov):
    a = documents.add_document(s, ivanov, doc(number="N1111111", expires=dt.date(2030, 1, 1)),
                               today=TODAY)
    b = documents.add_document(s, ivanov, doc(number="N2222222", expires=dt.date(2031, 1, 1)),
                               today=TODAY)
    documents.update_document(s, a.id, doc(number="N1111111", expires=dt.date(2032, 1, 1),
                                           issuer="МВД РК"), today=TODAY)
    assert (a.is_current, b.is_current, a.issuer) == (True, False, "МВД РК")
    # Moving the current passport to another kind leaves b the current national passport.
    documents.update_document(s, a.id, doc(kind="service_passport", number="N1111111",
                                           expires=dt.date(2032, 1, 1)), today=TODAY)
    assert current_numbers(s, ivanov) == [("national_passport", "N2222222", True),
                                          ("service_passport", "N1111111", True)]


def test_update_keeps_its_own_number_and_refuses_stale_versions(s, ivanov):
    a = documents.add_document(s, ivanov, doc(), today=TODAY)
    loaded = documents.get_document(s, a.id)
    assert (loaded.kind, loaded.number) == ("national_passport", "N1234567")
    loaded.notes = "renewed"
    documents.update_document(s, a.id, loaded, today=TODAY)  # its own number is no clash
    with pytest.raises(StaleRecord, match="N1234567 was changed by someone else"):
        documents.update_document(s, a.id, loaded, today=TODAY)  # version read before the save
    with pytest.raises(StaleRecord):
        documents.remove_document(s, a.id, version=loaded.version)


def test_record_form_passport_goes_through_the_same_history(s):
    data = servicemen.ServicemanData(iin=make_iin(dt.date(1990, 5, 5), "M", 11),
                                     service_number="F1", surname="Сидоров", given_name="Олег",
                                     passport_number="N1111111",
                                     passport_expires=dt.date(2027, 1, 1))
    pid = servicemen.create_serviceman(s, data).id
    data = servicemen.get_serviceman(s, pid)
    data.passport_number, data.passport_expires = "N2222222", dt.date(2036, 1, 1)
    servicemen.update_serviceman(s, pid, data)
    assert current_numbers(s, pid) == [("national_passport", "N2222222", True),
                                       ("national_passport", "N1111111", False)]
    # A number already in the person's history updates that document instead of clashing.
    data = servicemen.get_serviceman(s, pid)
    data.passport_number, data.passport_expires = "N1111111", dt.date(2027, 6, 1)
    servicemen.update_serviceman(s, pid, data)
    rows = documents.list_documents(s, pid)
    assert [(r.number, r.expires_on, r.is_current) for r in rows] == [
        ("N2222222", dt.date(2036, 1, 1), True), ("N1111111", dt.date(2027, 6, 1), False)]
    # The documents tab sees the form's passport and refuses it for someone else.
    other = make_person(s, "Петров", 3)
    with pytest.raises(ValidationError) as info:
        documents.add_document(s, other, doc(kind="service_passport", number="N2222222"),
                               today=TODAY)
    assert texts(info.value) == [
        ("number", "Passport N2222222 is already recorded for Сидоров Олег.")]


# --- scans ----------------------------------------------------------------------------------

def test_scan_is_stored_in_the_database_and_read_back(sessions, db_path):
    with write_session(sessions) as s:
        pid = make_person(s, "Иванов", 1)
        doc_id = documents.add_document(s, pid, doc(), today=TODAY).id
        documents.attach_scan(s, doc_id, "C:\\Scans\\passport.PDF", PDF, "application/pdf")
    with sessions() as s:
        assert documents.read_scan(s, doc_id) == documents.ScanFile(
            "passport.PDF", "application/pdf", PDF)
        row = documents.list_documents(s, pid)[0]
        assert (row.scan_filename, row.scan_media_type, row.scan_size) == (
            "passport.PDF", "application/pdf", len(PDF))
    with sqlite3.connect(db_path) as raw:  # in the file itself, so a backup carries it
        assert raw.execute("SELECT filename, length(data) FROM document_scan").fetchall() == [
            ("passport.PDF", len(PDF))]


def test_scan_is_replaced_removed_and_deleted_with_its_document(s, ivanov):
    doc_id = documents.add_document(s, ivanov, doc(), today=TODAY).id
    documents.attach_scan(s, doc_id, "front.png", PNG)
    documents.attach_scan(s, doc_id, "both.jpeg", JPEG)
    assert documents.read_scan(s, doc_id) == documents.ScanFile("both.jpeg", "image/jpeg", JPEG)
    documents.remove_scan(s, doc_id)
    assert documents.read_scan(s, doc_id) is None
    documents.attach_scan(s, doc_id, "scan.jpg", JPEG)
    documents.remove_document(s, doc_id)
    assert documents.read_scan(s, doc_id) is None


@pytest.mark.parametrize("filename,data,media_type,message", [
    ("scan.pdf", b"just some text", None,
     "scan.pdf is not a PDF, PNG or JPEG file; only these can be attached."),
    ("scan.pdf", PNG, None, "scan.pdf is named as PDF but its content is PNG."),
    ("scan.png", b"GIF89a" + b"\x00" * 20, "image/png",
     "scan.png is not a PDF, PNG or JPEG file; only these can be attached."),
    ("scan.tif", JPEG, "image/tiff", "scan.tif is named as image/tiff but its content is JPEG."),
    ("scan", PDF, None, "Give the file a name ending in .pdf, .png, .jpg or .jpeg."),
    ("empty.pdf", b"", None, "The file empty.pdf is empty."),
])
def test_scan_type_is_judged_by_content(s, ivanov, filename, data, media_type, message):
    doc_id = documents.add_document(s, ivanov, doc(), today=TODAY).id
    with pytest.raises(ValidationError) as info:
        documents.attach_scan(s, doc_id, filename, data, media_type)
    assert texts(info.value) == [("scan", message)]
    assert documents.read_scan(s, doc_id) is None


def test_declared_type_used_when_the_name_has_no_known_ending(s, ivanov):
    doc_id = documents.add_document(s, ivanov, doc(), today=TODAY).id
    documents.attach_scan(s, doc_id, "scan", PDF, "application/pdf")
    assert documents.read_scan(s, doc_id).media_type == "application/pdf"


def test_scan_size_limit_with_a_clear_message(s, ivanov):
    doc_id = documents.add_document(s, ivanov, doc(), today=TODAY).id
    big = PDF + b"\x00" * (14 * MB + 150 * 1024 - len(PDF))
    with pytest.raises(ValidationError) as info:
        documents.attach_scan(s, doc_id, "big.pdf", big)
    assert texts(info.value) == [("scan", "The file is 14.2 MB; the limit is 10 MB.")]
    exactly = PDF + b"\x00" * (10 * MB - len(PDF))
    documents.attach_scan(s, doc_id, "limit.pdf", exactly)
    with pytest.raises(ValidationError) as info:
        documents.attach_scan(s, doc_id, "over.pdf", exactly + b"\x00")
    assert texts(info.value) == [("scan", "The file is 10.1 MB; the limit is 10 MB.")]
    assert documents.read_scan(s, doc_id).filename == "limit.pdf"


def test_scan_size_limit_is_a_setting_and_size_and_type_are_reported_together(s, ivanov):
    settings.put(s, settings.SCAN_SIZE_LIMIT_MB, 0.5)
    doc_id = documents.add_document(s, ivanov, doc(), today=TODAY).id
    with pytest.raises(ValidationError) as info:
        documents.attach_scan(s, doc_id, "photo.pdf", PNG + b"\x00" * (600 * 1024))
    assert texts(info.value) == [("scan", "The file is 0.6 MB; the limit is 0.5 MB."),
                                 ("scan", "photo.pdf is named as PDF but its content is PNG.")]


# --- settings ------------------------------------------------------------------------------

def test_settings_have_defaults_are_typed_and_range_checked(sessions):
    with write_session(sessions) as s:
        assert settings.warning_window_days(s) == 90
        assert settings.scan_size_limit_mb(s) == 10
        settings.put(s, settings.WARNING_WINDOW_DAYS, "30")
    with sessions() as s:
        assert settings.warning_window_days(s) == 30
    with write_session(sessions) as s:
        for bad, message in ((0, "Enter a value from 1 to 3650."), ("abc", "Enter a number."),
                             (12.5, "Enter a number.")):
            with pytest.raises(ValidationError) as info:
                settings.put(s, settings.WARNING_WINDOW_DAYS, bad)
            assert texts(info.value) == [("warning_window_days", message)]
        assert settings.warning_window_days(s) == 30
        settings.reset(s, settings.WARNING_WINDOW_DAYS)
        assert settings.warning_window_days(s) == 90


def test_a_damaged_setting_falls_back_to_the_default(sessions, db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO setting (key, value) VALUES ('warning_window_days', 'x{')")
    with sessions() as s:
        assert settings.warning_window_days(s) == 90


# --- expiry --------------------------------------------------------------------------------

@pytest.mark.parametrize("offset,status", [
    (-1, "expired"), (0, "expiring"), (1, "expiring"), (90, "expiring"), (91, "ok")])
def test_expiry_status_boundaries(offset, status):
    assert expiry.expiry_status(TODAY + dt.timedelta(days=offset), TODAY, 90) == status


def test_expiry_status_without_a_date():
    assert expiry.expiry_status(None, TODAY, 90) is None


@pytest.fixture
def expiring_world(s):
    """Servicemen whose documents expire around TODAY, in a small unit tree."""
    day = lambda n: TODAY + dt.timedelta(days=n)  # noqa: E731
    regiment = units.add_unit(s, units.UnitData("Полк", "Полк", "Regiment", "infantry",
                                                "regiment")).id
    company = units.add_unit(s, units.UnitData("1 рота", "1 рота", "1 Coy", "infantry",
                                               "company", regiment)).id
    people = {}
    for n, (surname, offset) in enumerate((("Алиев", 91), ("Борисов", 90), ("Васильев", 1),
                                           ("Гусев", 0), ("Данилов", -1), ("Егоров", -400)), 1):
        pid = make_person(s, surname, n)
        people[surname] = pid
        documents.add_document(s, pid, doc(number=f"N{n:07d}", issued=day(offset - 3650),
                                           expires=day(offset)), today=TODAY)
    # History never counts: Алиев's old passport expired long ago.
    documents.add_document(s, people["Алиев"], doc(number="N9000001", issued=day(-5000),
                                                   expires=day(-1500)), today=TODAY)
    documents.add_document(s, people["Васильев"], doc(kind="medical_fitness", number="MF-3",
                                                      issued=day(-300), expires=day(30)),
                           today=TODAY)
    fired = make_person(s, "Жуков", 7, status="discharged")
    documents.add_document(s, fired, doc(number="N0000007", expires=day(5)), today=TODAY)
    assignments.assign(s, people["Гусев"], company, "Стрелок", dt.date(2025, 1, 1))
    assignments.assign(s, people["Данилов"], regiment, "Штаб", dt.date(2025, 1, 1))
    return {"people": people, "regiment": regiment, "company": company, "fired": fired}


def test_expiring_documents_within_the_window_sorted_by_date(s, expiring_world):
    rows = expiry.expiring_documents(s, within_days=90, today=TODAY)
    assert [(r.surname, r.kind_code, r.days_left, r.status) for r in rows] == [
        ("Егоров", "national_passport", -400, "expired"),
        ("Данилов", "national_passport", -1, "expired"),
        ("Гусев", "national_passport", 0, "expiring"),
        ("Васильев", "national_passport", 1, "expiring"),
        ("Васильев", "medical_fitness", 30, "expiring"),
        ("Борисов", "national_passport", 90, "expiring"),
    ]
    assert rows[2].unit == "1 рота" and rows[0].unit is None
    assert expiry.count_expiring(s, 90, TODAY) == 6
    assert expiry.count_expiring(s, 91, TODAY) == 7
    assert expiry.count_expiring(s, 90, TODAY, include_discharged=True) == 7
    page = expiry.expiring_documents(s, within_days=90, today=TODAY, offset=2, limit=2)
    assert [(r.surname, r.days_left) for r in page] == [("Гусев", 0), ("Васильев", 1)]


def test_expiring_documents_filtered_by_kind_unit_and_rotation(s, expiring_world):
    w = expiring_world
    by_kind = expiry.expiring_documents(s, within_days=90, today=TODAY,
                                        kind_codes=["medical_fitness"])
    assert [(r.surname, r.number) for r in by_kind] == [("Васильев", "MF-3")]
    in_tree = expiry.expiring_documents(s, within_days=90, today=TODAY, unit_id=w["regiment"])
    assert [r.surname for r in in_tree] == ["Данилов", "Гусев"]
    only_regiment = expiry.expiring_documents(s, within_days=90, today=TODAY,
                                              unit_id=w["regiment"], include_subunits=False)
    assert [r.surname for r in only_regiment] == ["Данилов"]
    assert expiry.count_expiring(s, 90, TODAY, unit_id=w["regiment"]) == 2

    mission = s.scalar(select(Mission).where(Mission.acronym == "UNDOF"))
    decision = Decision(number="П-1", date=dt.date(2024, 1, 19), title="UNDOF", ceiling=430)
    rotation = Rotation(mission=mission, number=1, name="КАЗКОЙ-1", decision=decision,
                        planned_start=dt.date(2026, 4, 1), planned_end=dt.date(2026, 10, 1))
    troops = s.scalar(select(PersonnelCategory).where(PersonnelCategory.code == "troops"))
    s.add_all([decision, rotation])
    s.flush()
    for surname, status in (("Борисов", "approved"), ("Егоров", "withdrawn")):
        s.add(RosterEntry(rotation_id=rotation.id, serviceman_id=w["people"][surname],
                          category_id=troops.id, status=status))
    s.flush()
    on_rotation = expiry.expiring_documents(s, within_days=90, today=TODAY,
                                            rotation_id=rotation.id)
    assert [r.surname for r in on_rotation] == ["Борисов"]
    assert expiry.count_expiring(s, 90, TODAY, rotation_id=rotation.id) == 1


def test_expiry_badges_give_each_persons_worst_status(s, expiring_world):
    p = expiring_world["people"]
    nobody = make_person(s, "Зайцев", 8)
    badges = expiry.expiry_badges(s, [p["Алиев"], p["Васильев"], p["Данилов"], nobody],
                                  TODAY, 90)
    assert badges == {p["Алиев"]: "ok", p["Васильев"]: "expiring", p["Данилов"]: "expired"}
    assert expiry.expiry_badges(s, [p["Алиев"]], TODAY, 91) == {p["Алиев"]: "expiring"}


# --- who may do what -------------------------------------------------------------------------

def test_a_clerk_keeps_documents_but_removing_one_or_changing_settings_needs_more(sessions):
    from kzpk_desktop.db.models import User
    from kzpk_desktop.services.auth import Actor, acting
    from kzpk_desktop.services.errors import PermissionDenied

    with write_session(sessions) as s:
        for role in ("admin", "supervisor", "clerk"):
            s.add(User(username=role, full_name=role, role=role, password_hash="-"))
    clerk, supervisor = Actor("clerk", "clerk"), Actor("supervisor", "supervisor")
    with acting(sessions, clerk) as s:
        pid = make_person(s, "Иванов", 1)
        doc_id = documents.add_document(s, pid, doc(), today=TODAY).id
        documents.attach_scan(s, doc_id, "passport.pdf", PDF)
    with pytest.raises(PermissionDenied, match="may not delete"), acting(sessions, clerk) as s:
        documents.remove_document(s, doc_id)
    with pytest.raises(PermissionDenied, match="settings"), acting(sessions, clerk) as s:
        settings.put(s, settings.WARNING_WINDOW_DAYS, 30)
    with acting(sessions, supervisor) as s:
        documents.remove_document(s, doc_id)
    with sessions() as s:
        assert documents.list_documents(s, pid) == []
        assert settings.warning_window_days(s) == 90


def test_document_kinds_for_forms_and_filters(s):
    kinds = documents.document_kinds(s, "en")
    assert [k.code for k in kinds] == [
        "national_passport", "service_passport", "medical_fitness", "predeployment_training",
        "human_rights_screening", "driving_licence", "vaccination"]
    assert (kinds[0].name, kinds[0].expires) == ("National passport", True)
    assert documents.document_kinds(s, "ru")[2].name == "Медицинская годность"
