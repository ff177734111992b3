"""Every Designer form in ui/ is compiled, and the committed module matches it.

The generated modules are never edited by hand: a change goes into the .ui
file, then ``pyside6-uic ui/NAME.ui -o kzpk_desktop/gui/forms/ui_NAME.py``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kzpk_desktop.paths import PACKAGE_DIR, UI_DIR

FORMS_DIR = PACKAGE_DIR / "gui" / "forms"
UI_FILES = sorted(UI_DIR.glob("*.ui"))


def _uic() -> list[str]:
    found = shutil.which("pyside6-uic") or shutil.which(
        "pyside6-uic", path=str(Path(sys.executable).parent))
    assert found, "pyside6-uic is not installed (it comes with pyside6-essentials)"
    return [found]


def _comparable(text: str) -> list[str]:
    # Only the line naming the uic version may differ between machines.
    return [line for line in text.splitlines() if not line.startswith("## Created by: Qt User")]


def test_there_are_forms():
    assert UI_FILES, f"no .ui files in {UI_DIR}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_matches_ui_file(ui_file, tmp_path):
    committed = FORMS_DIR / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"{committed} is missing: run pyside6-uic {ui_file.name}"
    fresh = tmp_path / committed.name
    subprocess.run([*_uic(), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
    assert _comparable(fresh.read_text(encoding="utf-8")) == \
        _comparable(committed.read_text(encoding="utf-8")), (
        f"{committed.name} is out of date: regenerate it with "
        f"pyside6-uic ui/{ui_file.name} -o kzpk_desktop/gui/forms/{committed.name}")


@pytest.mark.parametrize("module", sorted(FORMS_DIR.glob("ui_*.py")), ids=lambda p: p.name)
def test_every_generated_module_has_its_ui_file(module):
    assert (UI_DIR / f"{module.stem.removeprefix('ui_')}.ui").exists(), \
        f"{module.name} has no .ui file in ui/ (generated modules are never hand-written)"
