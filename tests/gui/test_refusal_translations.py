"""Refusals from db/ and services/ reach the clerk in the UI language, not in English."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from kzpk_desktop import app as app_module
from kzpk_desktop.db.engine import make_engine, write_session
from kzpk_desktop.gui.i18n import error_text, install_translators, message_text
from kzpk_desktop.gui.security.first_account import FirstAccountDialog
from kzpk_desktop.gui.security.restore_dialog import RestoreDialog
from kzpk_desktop.services import recovery
from kzpk_desktop.services.errors import ServiceError
from kzpk_desktop.services.rosters import add_to_roster, set_status

from planning_builders import decision, person, rotation


def test_a_foreign_database_at_start_up_is_refused_in_russian(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER)")
    raw.close()
    shown = []

    def ask(cls, parent, database, backups, *, problems=(), restorable=True):
        dialog = cls(database, backups, problems=problems, restorable=restorable)
        qtbot.addWidget(dialog)
        shown.append(dialog.problemsLabel.text())
        # None: the clerk quits instead of restoring

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(ask))
    monkeypatch.setattr(FirstAccountDialog, "ask", classmethod(lambda cls, *a, **kw: None))
    with pytest.raises(SystemExit) as exit_info:
        app_module.build(["kzpk-desktop", "--db", str(path)])  # Russian is the default
    assert exit_info.value.code == 1
    assert shown == ["Файл является базой данных, но не базой данных KZPK Desktop."]


def test_quick_check_problems_stay_english_text_and_translate_with_their_details(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Список личного состава\n" * 200, encoding="utf-8")
    engine = make_engine(f"sqlite:///{path}")
    [problem] = recovery.quick_check(engine)
    engine.dispose()
    assert problem == "The file is not a readable KZPK database (file is not a database)."
    install_translators(QApplication.instance(), "kk")
    assert message_text(problem) == "Файл оқылатын KZPK дерекқоры емес (file is not a database)."
    assert message_text("already translated") == "already translated"


def test_a_refused_status_change_names_the_statuses_in_russian(sessions):
    with write_session(sessions) as s:
        rot = rotation(s, decision(s, ceiling=50))
        entry = add_to_roster(s, rot.id, [person(s).id], category="troops").entries[0]
    with pytest.raises(ServiceError) as exc, write_session(sessions) as s:
        set_status(s, entry.id, "deployed")
    assert str(exc.value) == ("Ахметов Ерлан (UNDOF-1): the status cannot change from "
                              "nominated to deployed.")
    install_translators(QApplication.instance(), "ru")
    assert error_text(exc.value) == ("Ахметов Ерлан (UNDOF-1): статус нельзя изменить с "
                                     "«выдвинут» на «в миссии».")


@pytest.mark.parametrize("lang, said", [
    ("ru", "Звание «Старший лейтенант» вне диапазона от капитана до полковника, обязательного "
           "для штабных офицеров и экспертов в миссии."),
    ("kk", "«Аға лейтенант» әскери атағы штаб офицерлері мен миссиядағы сарапшыларға талап "
           "етілетін капитаннан полковникке дейінгі шектен тыс.")])
def test_a_rule_names_the_rank_in_the_ui_language(sessions, lang, said):
    from kzpk_desktop.gui.i18n import service_text
    from kzpk_desktop.services.eligibility import eligibility_for_candidates

    with write_session(sessions) as s:
        rot = rotation(s, decision(s, ceiling=50))
        junior = person(s, rank="senior_lieutenant")
        rot_id, man = rot.id, junior.id
    with sessions() as s:
        [failure] = eligibility_for_candidates(s, rot_id, [man], "staff-officer")[man]
    assert failure.text.startswith("Rank Senior lieutenant is outside")  # the CLI's English
    install_translators(QApplication.instance(), lang)
    assert service_text(failure.template, failure.args) == said
