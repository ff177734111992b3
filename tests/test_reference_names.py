"""Missions' host countries in Russian and Kazakh (migration 0006), shown in the UI language."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from kzpk_desktop.db import migrate
from kzpk_desktop.db.engine import make_engine, write_session
from kzpk_desktop.db.models import Mission
from kzpk_desktop.services.missions import (MissionData, create_mission, get_mission,
                                            mission_data, update_mission)


def hosts(sessions, lang):
    with sessions() as s:
        return {m.acronym: m.host(lang) for m in s.scalars(select(Mission))}


def test_the_seeded_hosts_are_named_in_russian_and_kazakh(sessions):
    assert hosts(sessions, "ru")["UNIFIL"] == "Ливан"
    assert hosts(sessions, "kk")["UNMISS"] == "Оңтүстік Судан"
    assert hosts(sessions, "ru")["MINUSCA"] == "Центральноафриканская Республика"
    assert hosts(sessions, "en")["UNDOF"] == "Golan"
    assert all(hosts(sessions, "kk").values()) and hosts(sessions, "kk") != hosts(sessions, "en")


def test_a_host_without_a_translation_is_shown_in_english(sessions):
    with write_session(sessions) as s:
        created = create_mission(s, MissionData(acronym="UNSMIL", name_en="UN Support Mission "
                                                "in Libya", host_country="Libya"))
    with sessions() as s:
        mission = get_mission(s, created.id)
        assert (mission.host("ru"), mission.host("kk")) == ("Libya", "Libya")
    data = mission_data(mission)
    data.host_country_ru, data.host_country_kk = " Ливия ", "Ливия"
    with write_session(sessions) as s:
        update_mission(s, created.id, data)
    with sessions() as s:
        mission = get_mission(s, created.id)
        assert (mission.host("ru"), mission.host("kk"), mission.host("en")) == (
            "Ливия", "Ливия", "Libya")
        assert mission_data(mission).host_country_ru == "Ливия"


@pytest.mark.sqlite_only
def test_the_migration_leaves_an_administrators_own_host_to_them(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite'}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_audit_seal")
        conn.execute(text("UPDATE mission SET host_country = 'Israel, Lebanon, Syria' "
                          "WHERE acronym = 'UNTSO'"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006_words_reference_names")
        rows = {a: (en, ru, kk) for a, en, ru, kk in conn.execute(text(
            "SELECT acronym, host_country, host_country_ru, host_country_kk FROM mission"))}
    engine.dispose()
    assert rows["UNTSO"] == ("Israel, Lebanon, Syria", None, None)
    assert rows["UNIFIL"] == ("Lebanon", "Ливан", "Ливан")
    assert rows["UNDOF"] == ("Golan", "Голанские высоты", "Голан биіктері")
