"""The wheel a ministry's IT installs: built from the checkout, installed into a fresh
virtual environment (which installs its dependencies), run from there in Russian.

Nothing of the checkout is on the path: the venv's ``kzpk`` and its Python run
from a folder outside it, so translations and migrations come from the wheel's
package data or not at all. Installing the dependencies takes ~20 s with the
package index pip is configured with (bench/RESULTS.md).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kzpk_desktop

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if os.name == "nt" else "bin"

pytestmark = pytest.mark.slow

GUI_SCRIPT = r"""
import sys
import kzpk_desktop
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kzpk_desktop import app
from kzpk_desktop.gui.security.first_account import FirstAccountDialog

def look():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, FirstAccountDialog):
        QTimer.singleShot(50, look)
        return
    print(kzpk_desktop.__file__)
    print(dialog.windowTitle())
    dialog.reject()

QTimer.singleShot(0, look)
app.build(["kzpk-desktop", "--db", sys.argv[1]])
"""


def _checkout_copy(target: Path) -> Path:
    """The files git would commit (tracked, and new ones not ignored): no build leftovers."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    env = _env(work)  # PYTHONPATH (a checkout) would make pip think it is installed
    source = _checkout_copy(work / "source")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(work / "dist"), str(source)], check=True, env=env)
    [wheel] = (work / "dist").glob("kzpk_desktop-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, env=env)
    python = work / "venv" / BIN / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True,
                   env=env, cwd=work)
    return wheel, work / "venv"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and k not in ("KZPK_DB", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def test_the_wheel_carries_the_translations_and_the_version(venv):
    wheel, _ = venv
    assert wheel.name == f"kzpk_desktop-{kzpk_desktop.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(wheel).namelist())
    for lang in ("ru", "kk", "en"):
        assert f"kzpk_desktop/resources/translations/kzpk_{lang}.qm" in names
    assert "kzpk_desktop/db/migrations/script.py.mako" in names
    assert any(n.startswith("kzpk_desktop/db/migrations/versions/0001_") for n in names)


def test_kzpk_init_and_check_from_the_installed_wheel(venv, tmp_path):
    _, env_dir = venv
    kzpk = env_dir / BIN / "kzpk"
    db = tmp_path / "kzpk.sqlite"
    env = _env(tmp_path)

    def run(*argv):
        return subprocess.run([str(kzpk), *argv], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=300)

    version = run("--version")
    assert (version.returncode, version.stdout) == (0, f"kzpk {kzpk_desktop.__version__}\n")
    init = run("--db", str(db), "init")
    assert init.returncode == 0, init.stderr
    assert init.stdout.startswith(f"database created or upgraded: sqlite:///{db}")
    check = run("--db", str(db), "check")
    assert check.returncode == 0, check.stderr
    assert "integrity: ok" in check.stdout.splitlines()


def test_the_gui_from_the_installed_wheel_speaks_russian(venv, tmp_path):
    _, env_dir = venv
    done = subprocess.run([str(env_dir / BIN / "python"), "-c", GUI_SCRIPT,
                           str(tmp_path / "kzpk.sqlite")], env=_env(tmp_path), cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    package_file, title = done.stdout.splitlines()[-2:]
    assert Path(package_file).is_relative_to(env_dir)  # the wheel's code, not the checkout's
    assert title == "Первый запуск — KZPK Desktop"
    assert "no translation" not in done.stderr
