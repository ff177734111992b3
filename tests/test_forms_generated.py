"""Every Designer form in ui/ is compiled, and the committed module matches it.

The generated modules are never edited by hand: a change goes into the .ui
file, then ``pyside6-uic ui/NAME.ui -o kzpk_desktop/gui/forms/ui_NAME.py``.
pyproject.toml pins PySide6 to one release, so the uic that regenerates a form
is the one every machine runs this comparison with, byte for byte.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import PySide6
from kzpk_desktop.paths import PACKAGE_DIR

ROOT = PACKAGE_DIR.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = PACKAGE_DIR / "gui" / "forms"
UI_FILES = sorted(UI_DIR.glob("*.ui"))


def _pinned_pyside() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {m.group(1): m.group(2) for m in (
        re.fullmatch(r"(pyside6-\w+)==([\w.]+)", dep) for dep in project["dependencies"]) if m}
    assert set(pins) == {"pyside6-essentials", "pyside6-addons"}, (
        "pyproject.toml must pin pyside6-essentials and pyside6-addons exactly (==): the "
        "committed forms are compared with that release's pyside6-uic")
    [version] = set(pins.values())
    return version


def _uic() -> list[str]:
    found = shutil.which("pyside6-uic") or shutil.which(
        "pyside6-uic", path=str(Path(sys.executable).parent))
    assert found, "pyside6-uic is not installed (it comes with pyside6-essentials)"
    return [found]


def test_there_are_forms():
    assert UI_FILES, f"no .ui files in {UI_DIR}"


def test_the_pinned_pyside6_is_installed():
    pinned = _pinned_pyside()
    assert PySide6.__version__ == pinned, (
        f"PySide6 {PySide6.__version__} is installed but pyproject.toml pins {pinned}: "
        f"run python -m pip install -e \".[test]\" to get the pinned one")


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_matches_ui_file(ui_file, tmp_path):
    committed = FORMS_DIR / f"ui_{ui_file.stem}.py"
    assert committed.exists(), f"{committed} is missing: run pyside6-uic {ui_file.name}"
    fresh = tmp_path / committed.name
    subprocess.run([*_uic(), str(ui_file), "-o", str(fresh)], check=True, capture_output=True)
    assert fresh.read_text(encoding="utf-8").splitlines() == \
        committed.read_text(encoding="utf-8").splitlines(), (
        f"{committed.name} is out of date or was made by another pyside6-uic than the "
        f"pinned {_pinned_pyside()}: regenerate it with "
        f"pyside6-uic ui/{ui_file.name} -o kzpk_desktop/gui/forms/{committed.name}")


@pytest.mark.parametrize("module", sorted(FORMS_DIR.glob("ui_*.py")), ids=lambda p: p.name)
def test_every_generated_module_has_its_ui_file(module):
    assert (UI_DIR / f"{module.stem.removeprefix('ui_')}.ui").exists(), \
        f"{module.name} has no .ui file in ui/ (generated modules are never hand-written)"
