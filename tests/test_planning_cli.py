"""`kzpk decision|rotation|roster ...`: JSON shapes, refusals on stderr, exit codes."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import RosterEntry, Serviceman
from kzpk_desktop.services.rosters import add_to_roster

from cli_runner import run_cli
from planning_builders import DEADLINE, decision, document, person, rotation


@pytest.fixture
def kzpk(db_url, capsys):
    def run(*argv):
        return run_cli(capsys, "--db", db_url, *argv)
    return run


@pytest.fixture
def planned(sessions):
    """Decision No. 45 (UNDOF 2 of 3 overall), rotation UNDOF-1, three people."""
    with write_session(sessions) as s:
        dec = decision(s, "No. 45", 3, {"UNDOF": 2, "UNTSO": 1})
        rot = rotation(s, dec)
        ready = person(s, "Абаев")
        late = person(s, "Бекова", sex="F", skip=("national_passport", "medical_fitness"))
        document(s, late, "national_passport", expires=DEADLINE - dt.timedelta(days=1),
                 number="N7654321")
        young = person(s, "Жас", birth=dt.date(2001, 1, 1), rank="lieutenant")
        return {"decision": dec.id, "rotation": rot.id, "ready": ready.iin, "late": late.iin,
                "young": young.iin}


def test_decision_list_json(kzpk, planned):
    code, out, err = kzpk("decision", "list", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == [{"id": planned["decision"], "number": "No. 45",
                                "date": "2024-01-19", "ceiling": 3,
                                "missions": {"UNDOF": 2, "UNTSO": 1}}]


def test_rotation_list_json(kzpk, planned):
    code, out, _ = kzpk("rotation", "list", "--json")
    assert code == 0
    assert json.loads(out) == [{"id": planned["rotation"], "mission": "UNDOF", "number": 1,
                                "decision": "No. 45", "planned_start": "2025-03-01",
                                "planned_end": "2025-08-31", "status": "planning"}]


def test_text_lists(kzpk, planned):
    assert kzpk("decision", "list")[1].startswith(f"{planned['decision']}\tNo. 45\t19.01.2024")
    assert "UNDOF-1\tUNDOF rotation 1\t01.03.2025 - 31.08.2025\tplanning" in kzpk(
        "rotation", "list")[1]


def test_roster_add_and_list(kzpk, planned):
    rot = str(planned["rotation"])
    assert kzpk("roster", "add", "--rotation", rot, "--iin", planned["ready"]) == (
        0, f"nominated: Абаев Ерлан ({planned['ready']}) to UNDOF-1 as troops\n", "")
    code, out, err = kzpk("roster", "add", "--rotation", rot, "--iin", planned["late"],
                          "--appointment", "Medic")
    assert code == 0
    assert err == ("warning: Passport N7654321 expires on 27.02.2026; it must be valid until at "
                   "least 28.02.2026, 6 months after the rotation's planned end (31.08.2025).\n"
                   "warning: No medical fitness certificate on file.\n")
    kzpk("roster", "add", "--rotation", rot, "--iin", planned["young"], "--category",
         "staff-officer")
    code, out, _ = kzpk("roster", "list", "--rotation", rot, "--json")
    assert code == 0
    assert json.loads(out) == [
        {"iin": planned["ready"], "category": "troops", "status": "nominated", "eligible": True,
         "problems": []},
        {"iin": planned["late"], "category": "troops", "status": "nominated", "eligible": False,
         "problems": ["Passport N7654321 expires on 27.02.2026; it must be valid until at least "
                      "28.02.2026, 6 months after the rotation's planned end (31.08.2025).",
                      "No medical fitness certificate on file."]},
        {"iin": planned["young"], "category": "staff-officer", "status": "nominated",
         "eligible": False,
         "problems": ["Aged 24 on the rotation's start (01.03.2025); staff officers and experts "
                      "on mission must be 25 to 55.",
                      "Rank Lieutenant is outside captain to colonel, required for staff "
                      "officers and experts on mission."]},
    ]


def test_roster_add_refusals(kzpk, planned):
    rot = str(planned["rotation"])
    kzpk("roster", "add", "--rotation", rot, "--iin", planned["ready"])
    code, out, err = kzpk("roster", "add", "--rotation", rot, "--iin", planned["ready"])
    assert (code, out) == (1, "")
    assert err == (f"error: Абаев Ерлан (IIN {planned['ready']}) is already on the roster of "
                   "UNDOF-1 (status: nominated).\n")
    assert kzpk("roster", "add", "--rotation", rot, "--iin", "791028302728")[1:] == (
        "", "error: No serviceman with IIN 791028302728.\n")
    assert kzpk("roster", "add", "--rotation", "999", "--iin", planned["ready"])[::2] == (
        1, "error: There is no rotation with id 999 (it may have been deleted).\n")
    code, _, err = kzpk("roster", "add", "--rotation", rot, "--iin", planned["ready"],
                        "--category", "pilot")
    assert code == 2 and "invalid choice: 'pilot'" in err


def _nominate_all(sessions, planned):
    with write_session(sessions) as s:
        rot = planned["rotation"]
        for key, category in (("ready", "troops"), ("late", "troops"),
                              ("young", "staff-officer")):
            man = s.query(Serviceman).filter_by(iin=planned[key]).one()
            add_to_roster(s, rot, [man.id], category=category)


def test_set_status_approves_refuses_and_overrides(kzpk, planned, sessions):
    _nominate_all(sessions, planned)
    rot = str(planned["rotation"])
    code, out, err = kzpk("roster", "set-status", "--rotation", rot, "--iin", planned["ready"],
                          "--status", "approved")
    assert (code, err) == (0, "")
    assert out == f"UNDOF-1: Абаев Ерлан ({planned['ready']}): nominated -> approved\n"

    code, out, err = kzpk("roster", "set-status", "--rotation", rot, "--iin", planned["late"],
                          "--status", "approved")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "error: Passport N7654321 expires on 27.02.2026; it must be valid until at least "
        "28.02.2026, 6 months after the rotation's planned end (31.08.2025).",
        "error: No medical fitness certificate on file.",
        "error: A supervisor may approve despite the document rules (passport, medical fitness) "
        "with a written reason."]

    code, out, err = kzpk("roster", "set-status", "--rotation", rot, "--iin", planned["late"],
                          "--status", "approved", "--reason", "Passport renewal filed 01.02")
    assert (code, err) == (0, "")
    # no accounts yet: the CLI acts as the bootstrap administrator
    assert out.splitlines()[1] == "override recorded (bootstrap): Passport renewal filed 01.02"
    with sessions() as s:
        entry = s.scalars(RosterEntry.__table__.select().where(
            RosterEntry.override_by.is_not(None))).all()
    assert len(entry) == 1

    # UNDOF's ceiling of 2 is now reached; the age rule cannot be overridden either
    code, out, err = kzpk("roster", "set-status", "--rotation", rot, "--iin", planned["young"],
                          "--status", "approved", "--reason", "needed")
    assert code == 1
    assert err.splitlines() == [
        "error: Aged 24 on the rotation's start (01.03.2025); staff officers and experts on "
        "mission must be 25 to 55. The age rule cannot be overridden.",
        "error: Rank Lieutenant is outside captain to colonel, required for staff officers and "
        "experts on mission. The rank rule cannot be overridden.",
        "error: No place left for UNDOF under decision No. 45: 2 of 2 places are taken on "
        "01.03.2025. Nobody can exceed Parliament's ceiling."]


def test_set_status_workflow_refusals_and_usage(kzpk, planned, sessions):
    _nominate_all(sessions, planned)
    rot, iin = str(planned["rotation"]), planned["ready"]
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                "deployed")[::2] == (1, "error: Абаев Ерлан (UNDOF-1): the status cannot change "
                                        "from nominated to deployed.\n")
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                "approved", "--on", "2999-01-01")[::2] == (
        1, "error: on: The date 01.01.2999 is in the future; a status change takes effect on "
           "or before today (" + dt.date.today().strftime("%d.%m.%Y") + ").\n")
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                "approved", "--on", "2025-13-01")[::2] == (
        1, "error: --on: '2025-13-01' is not a date; write it as YYYY-MM-DD\n")
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                "approved", "--on", "2023-12-31")[::2] == (
        1, "error: on: Decision No. 45 was adopted on 19.01.2024; nobody can be approved "
           "under it before that day (31.12.2023).\n")
    code, _, err = kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                        "gone")
    assert code == 2 and "invalid choice: 'gone'" in err
    code, _, err = kzpk("roster", "set-status", "--rotation", "x", "--iin", iin, "--status",
                        "approved")
    assert code == 2 and "argument --rotation: expected a whole number, got 'x'" in err
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", "061211600012", "--status",
                "approved")[::2] == (1, "error: Nobody with IIN 061211600012 is on the roster of "
                                        "UNDOF-1.\n")
    kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status", "approved")
    kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status", "deployed")
    assert kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                "repatriated")[::2] == (1, "error: repatriation_reason: Give the reason for the "
                                           "early repatriation.\n")
    code, out, _ = kzpk("roster", "set-status", "--rotation", rot, "--iin", iin, "--status",
                        "repatriated", "--reason", "Family emergency")
    assert code == 0 and out.endswith("deployed -> repatriated\n")
    with sessions() as s:
        entry = s.query(RosterEntry).filter_by(repatriation_reason="Family emergency").one()
        assert entry.repatriation_date == dt.date.today()
