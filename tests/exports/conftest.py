"""Fixtures of the export tests; the data and helpers live in export_helpers.py.

Helpers are imported by name from a module with a unique name: a module called
"conftest" would clash with the other test folders' conftest files.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import Paperwork, build_paperwork

from kzpk_desktop.db.engine import write_session


@pytest.fixture
def paperwork(sessions) -> Paperwork:
    with write_session(sessions) as s:
        return build_paperwork(s)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder
