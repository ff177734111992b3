"""Packages: what a clerk sees when a package is for someone else, untrusted, altered, cut
short, replayed, out of sequence or from a newer version; nothing changes in those cases."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import func, select

from cli_runner import run_cli
from kzpk_desktop.db.engine import write_session
from kzpk_desktop.db.models import Serviceman
from kzpk_desktop.services.exchange import package as package_module
from kzpk_desktop.services.exchange.office import ExchangeError

from .offices import OfficeDb
from .world import person_values

import random


def _add_person(office, serial=1):
    with write_session(office.sessions) as s:
        s.add(Serviceman(**person_values(random.Random(serial), serial)))


def _count(office):
    with office.sessions() as s:
        return s.execute(select(func.count(Serviceman.id))).scalar()


def test_first_package_makes_an_empty_field_office_hold_the_ministry_data(offices):
    m, f1, _ = offices
    _add_person(m)
    summary = f1.receive(m.export(f1))
    assert summary.added["serviceman"] == 1 and summary.added["rotation"] == 1
    assert f1.digest() == m.digest()


def test_the_same_package_twice_changes_nothing(offices):
    m, f1, _ = offices
    _add_person(m)
    data = m.export(f1)
    assert f1.receive(data).status == "imported"
    before = f1.digest()
    assert f1.receive(data).status == "already"
    assert f1.digest() == before


def test_a_package_for_another_office_is_refused(offices):
    m, f1, f2 = offices
    data = m.export(f1)
    with pytest.raises(ExchangeError, match="This package is for office F1; this database is "
                                            "office F2. Nothing was imported."):
        f2.receive(data)


def test_a_package_from_an_untrusted_office_is_refused(offices, field_url):
    m, f1, _ = offices
    stranger = OfficeDb(field_url("x"), "X9")
    stranger.trust(m)  # X9 trusts the ministry, the ministry never trusted X9
    try:
        with pytest.raises(ExchangeError, match="comes from office X9, which this office does "
                                                "not trust"):
            m.receive(stranger.export(m))
    finally:
        stranger.close()


@pytest.mark.parametrize("cut", ["flip", "truncate"])
def test_an_altered_or_truncated_package_is_refused_and_nothing_changes(offices, cut):
    m, f1, _ = offices
    _add_person(m)
    data = bytearray(m.export(f1))
    if cut == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        data = data[:len(data) - 100]
    with pytest.raises(ExchangeError, match="damaged or was altered"):
        f1.receive(bytes(data))
    assert _count(f1) == 0


def test_a_package_signed_with_another_key_is_refused(offices, monkeypatch):
    m, f1, f2 = offices
    # F2 forges a package "from F1": signed with F2's key, addressed and encrypted properly.
    with f2.sessions() as s:
        from kzpk_desktop.services.exchange.office import self_row, peer_row
        forger = self_row(s.connection())
    with m.sessions() as s:
        from kzpk_desktop.services.exchange.office import self_row as me_row
        ministry = me_row(s.connection())
    data, _ = package_module.build(
        header={"from": "F1", "to": "MOD", "seq": 1, "prev": None, "schema": "0003_exchange",
                "created": "", "covers": 0, "clock": None},
        changes={"rows": {}}, acks={}, audit=[], scans={}, sign_private=forger.sign_private,
        box_public=ministry.box_public)
    with pytest.raises(ExchangeError, match="signature does not match office F1's card"):
        m.receive(data)


def test_a_package_of_a_newer_schema_is_refused(offices):
    m, f1, _ = offices
    with m.sessions() as s:
        from kzpk_desktop.services.exchange.office import self_row, peer_row
        me = self_row(s.connection())
    with f1.sessions() as s:
        target = self_row(s.connection())
    data, _ = package_module.build(
        header={"from": "MOD", "to": "F1", "seq": 1, "prev": None, "schema": "9999_future",
                "created": "", "covers": 0, "clock": None},
        changes={"rows": {}}, acks={}, audit=[], scans={}, sign_private=me.sign_private,
        box_public=target.box_public)
    with pytest.raises(ExchangeError, match="newer version of KZPK Desktop \\(schema "
                                            "9999_future\\)"):
        f1.receive(data)


def test_a_lost_package_only_delays_and_a_late_one_changes_nothing(offices):
    m, f1, _ = offices
    _add_person(m, 1)
    lost = m.export(f1)
    _add_person(m, 2)
    later = m.export(f1)
    assert f1.receive(later).status == "imported"
    assert _count(f1) == 2
    assert f1.receive(lost).status == "superseded"
    assert f1.digest() == m.digest()


@pytest.mark.sqlite_only
def test_a_restored_field_database_may_not_export_and_its_old_sequence_is_a_fork(
        offices, tmp_path):
    m, f1, _ = offices
    path = f1.engine.url.database
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(path) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    moved = OfficeDb.__new__(OfficeDb)
    from kzpk_desktop.db.engine import make_engine, make_session_factory
    moved.engine = make_engine(f"sqlite:///{copy}")
    moved.sessions = make_session_factory(moved.engine)
    moved.code = "F1"
    try:
        with pytest.raises(ExchangeError, match="copy or a restored backup of office F1"):
            moved.export(m)
    finally:
        moved.close()
    first = f1.export(m)
    m.receive(first)
    # The same sequence number with other content: refused as a fork.
    _add_person(f1, 7)
    with f1.sessions.begin() as s:
        from kzpk_desktop.db.models import ExchangeOffice
        s.execute(ExchangeOffice.__table__.update().where(
            ExchangeOffice.__table__.c.code == "MOD").values(sent_seq=0, sent_hash=None))
    with pytest.raises(ExchangeError, match="sent a different package 1 before"):
        m.receive(f1.export(m))


def test_cli_exchange_round_trip(tmp_path, capsys):
    mdb, fdb = tmp_path / "m.sqlite", tmp_path / "f.sqlite"
    assert run_cli(capsys, "--db", mdb, "office", "init", "--ministry", "--code", "MOD")[0] == 0
    code, out, _ = run_cli(capsys, "--db", fdb, "office", "init", "--code", "F1", "--name", "Поле")
    assert code == 0 and out.startswith("office F1 (field) ready; fingerprint ")
    run_cli(capsys, "--db", mdb, "office", "card", "-o", tmp_path / "m.card")
    run_cli(capsys, "--db", fdb, "office", "card", "-o", tmp_path / "f.card")
    assert run_cli(capsys, "--db", mdb, "office", "trust", tmp_path / "f.card")[0] == 0
    assert run_cli(capsys, "--db", fdb, "office", "trust", tmp_path / "m.card")[0] == 0
    assert run_cli(capsys, "--db", mdb, "demo", "--servicemen", "5")[0] == 0
    code, out, _ = run_cli(capsys, "--db", mdb, "exchange", "export", "--to", "F1",
                           "-o", tmp_path / "p1.kzpk")
    assert code == 0 and out.startswith("package 1 for F1 written: ")
    code, out, _ = run_cli(capsys, "--db", fdb, "exchange", "import", tmp_path / "p1.kzpk",
                           "--dry-run")
    assert code == 0 and "added: " in out and out.rstrip().endswith("dry run: nothing was changed")
    code, out, _ = run_cli(capsys, "--db", fdb, "exchange", "import", tmp_path / "p1.kzpk")
    assert code == 0 and "5 serviceman" in out
    code, out, _ = run_cli(capsys, "--db", fdb, "exchange", "import", tmp_path / "p1.kzpk")
    assert out == "package 1 from MOD: already imported; nothing changed\n"
    code, _, err = run_cli(capsys, "--db", mdb, "exchange", "import", tmp_path / "p1.kzpk")
    assert code == 1 and err == ("error: This package is for office F1; this database is office "
                                 "MOD. Nothing was imported.\n")
    code, out, _ = run_cli(capsys, "--db", fdb, "exchange", "status", "--json")
    assert code == 0 and '"received": 1' in out
    code, out, _ = run_cli(capsys, "--db", fdb, "office", "show")
    assert "trusts MOD (ministry)" in out


def test_a_package_of_the_first_format_is_refused_in_one_sentence(offices):
    m, f1, _ = offices
    _add_person(m)
    data = m.export(f1)
    old = b"KZPKX1\n" + data[len(package_module.MAGIC):]
    with pytest.raises(ExchangeError) as refused:
        f1.receive(old)
    assert str(refused.value) == (
        "The package was made by another version of KZPK Desktop (package format 1, this "
        "version reads format 2); make the package again with the same version on both "
        "sides. Nothing was imported.")
    assert _count(f1) == 0


def test_a_large_package_streams_in_chunks_and_arrives_whole(offices, monkeypatch):
    m, f1, _ = offices
    monkeypatch.setattr(package_module, "CHUNK", 4096)  # many chunks even for a few people
    for serial in range(1, 40):
        _add_person(m, serial)
    data = m.export(f1)
    assert f1.receive(data).added["serviceman"] == 39
    assert f1.digest() == m.digest()


def test_an_oversized_or_altered_file_is_refused_in_one_line_and_nothing_changes(
        offices, tmp_path, capsys, monkeypatch):
    m, f1, _ = offices
    _add_person(m)
    data = m.export(f1)
    altered = tmp_path / "altered.kzpk"
    altered.write_bytes(data[:-1] + bytes([data[-1] ^ 0x01]))
    before = f1.digest()
    code, out, err = run_cli(capsys, "--db", f1.url, "exchange", "import", altered)
    assert (code, out) == (1, "")
    assert err == ("error: The package is damaged or was altered after it was made (it does not "
                   "decrypt); ask office MOD for a new one.\n")
    whole = tmp_path / "whole.kzpk"
    whole.write_bytes(data)
    from kzpk_desktop.services.exchange import transfer

    monkeypatch.setattr(transfer, "MAX_PACKAGE_BYTES", len(data) - 1)
    code, out, err = run_cli(capsys, "--db", f1.url, "exchange", "import", whole)
    assert (code, out, err) == (1, "", "error: The file is too large to be a KZPK package.\n")
    assert f1.digest() == before and _count(f1) == 0
