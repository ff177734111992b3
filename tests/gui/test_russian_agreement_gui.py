"""Messages agree in Russian whatever name fills them: a unit's name stays in the
nominative inside «», a report's title is the subject of a masculine noun, counts take
their plural forms, a user's sex is not guessed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from kzpk_desktop.gui.i18n import install_translators, service_text


@pytest.fixture(autouse=True)
def russian(qapp):
    install_translators(QApplication.instance(), "ru")


def tr(context: str, source: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, None, n)


@pytest.mark.parametrize("n, said", [
    (1, "1 военнослужащий назначен в подразделение «Группа штабных офицеров»."),
    (3, "3 военнослужащих назначены в подразделение «Группа штабных офицеров»."),
    (11, "11 военнослужащих назначены в подразделение «Группа штабных офицеров».")])
def test_people_assigned_to_a_group(n, said):
    text = tr("UnitsPage", "%n serviceman(s) assigned to %1.", n)
    assert text.replace("%1", "Группа штабных офицеров") == said


def test_a_personnel_card_saved():
    text = tr("PaperworkPage", "%1 saved: %2").replace("%1", "Личная карточка")
    assert text.replace("%2", "card.xlsx") == "Отчёт «Личная карточка» сохранён: card.xlsx"


def test_an_assignment_refused_for_a_woman_in_a_company():
    assert service_text(
        "{who} is assigned to {unit} since {start}; a new assignment must start after that "
        "date.", {"who": "Бекова Айгерим", "unit": "2-я рота", "start": "01.01.2025"}) == (
        "Бекова Айгерим: назначение в подразделение «2-я рота» действует с 01.01.2025; новое "
        "назначение должно начинаться позже этой даты.")


def test_a_disabled_account_and_an_approval_do_not_guess_the_users_sex():
    assert tr("UsersDialog", "%1 is disabled and can no longer sign in.").replace(
        "%1", "aigerim") == "Учётная запись aigerim отключена: войти под ней больше нельзя."
    assert tr("RosterView", "Approved by %1 over the document rules: %2").startswith(
        "Утверждено пользователем %1")


def test_a_ceiling_overrun_counts_people_in_any_number():
    said = service_text(
        "Decision {decision}: {used} people approved or deployed against an overall ceiling of "
        "{ceiling}; no more approvals under it until the overrun is cleared.",
        {"decision": "D-1", "used": 2, "ceiling": 1})
    assert said.startswith("Постановление D-1: утверждено или развёрнуто людей: 2 при общем")
