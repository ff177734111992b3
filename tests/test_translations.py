"""The Kazakh and Russian translations are complete and compiled from what the code says.

lupdate is run over the code into copies of the .ts files: a string added to the
code and not translated shows up there as unfinished, and the .qm compiled from
those copies must be byte for byte the committed one (a .qm older than its .ts,
or than the code's strings, differs).
"""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGS = ("ru", "kk")


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    out = tmp_path_factory.mktemp("ts")
    for ts in TRANSLATIONS.glob("kzpk_*.ts"):
        shutil.copyfile(ts, out / ts.name)
    subprocess.run(["sh", str(TRANSLATIONS / "update.sh"), str(out)], check=True,
                   capture_output=True)
    return out


def unfinished(ts: Path) -> list[str]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = not ((translation.text or "").strip() or len(translation))
            if translation.get("type") == "unfinished" or empty:
                found.append(f"[{name}] {message.findtext('source')!r}")
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_of_the_code_is_translated(refreshed, lang):
    missing = unfinished(refreshed / f"kzpk_{lang}.ts")
    assert not missing, f"{len(missing)} untranslated in kzpk_{lang}.ts: " + "; ".join(
        missing[:20])


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_the_committed_qm_is_compiled_from_the_current_translations(refreshed, lang):
    committed = (TRANSLATIONS / f"kzpk_{lang}.qm").read_bytes()
    assert committed == (refreshed / f"kzpk_{lang}.qm").read_bytes(), (
        f"kzpk_{lang}.qm is out of date: run resources/translations/update.sh")


SUPPLEMENTS = sorted(TRANSLATIONS.glob("qt_supplement_*.ts"))


@pytest.mark.parametrize("ts", SUPPLEMENTS, ids=lambda p: p.stem)
def test_the_supplement_to_qts_own_strings_is_finished_and_compiled(refreshed, ts):
    assert not unfinished(ts), f"unfinished in {ts.name}: {unfinished(ts)}"
    committed = ts.with_suffix(".qm").read_bytes()
    assert committed == (refreshed / f"{ts.stem}.qm").read_bytes(), (
        f"{ts.stem}.qm is out of date: run resources/translations/update.sh")


def test_russian_has_a_supplement_to_qts_own_strings():
    # Qt's qtbase_ru.qm lacks the file dialog's "Look in:" (tests/gui/test_qt_dialogs_gui.py).
    assert TRANSLATIONS / "qt_supplement_ru.ts" in SUPPLEMENTS
