"""Fixtures of the import tests: a unit to assign to, a rotation to nominate to."""
from __future__ import annotations

import pytest

from kzpk_desktop.db.engine import write_session
from kzpk_desktop.services import units


@pytest.fixture
def company(sessions):
    with write_session(sessions) as s:
        return units.add_unit(s, units.UnitData(
            name_kk="1-ші бітімгершілік рота", name_ru="1-я миротворческая рота",
            name_en="1st peacekeeping company", kind="infantry")).id
