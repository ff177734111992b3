"""Build the one-folder desktop bundle: ``python packaging/build.py [--installer]``.

The same on Linux and Windows. Needs the app and PyInstaller installed in this
Python (``python -m pip install ".[bundle,postgres]"``). Writes dist/kzpk-desktop/
and prints its size; intermediate files go to build/pyinstaller/. On Windows,
``--installer`` then runs Inno Setup's compiler (ISCC.exe on PATH, or in its
default folder) on packaging/kzpk-desktop.iss with the app's version, giving
dist/KZPK-Desktop-<version>-setup.exe.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "kzpk-desktop"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def app_version() -> str:
    """kzpk_desktop.__version__, read without importing the package (and Qt)."""
    text = (ROOT / "kzpk_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def inno_compiler() -> str | None:
    found = shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "", "Inno Setup 6", "ISCC.exe")
        if base and candidate.is_file():
            return str(candidate)
    return None


def build_installer() -> int:
    compiler = inno_compiler()
    if compiler is None:
        print("packaging/build.py: Inno Setup 6 (ISCC.exe) was not found; install it or put "
              "it on PATH", file=sys.stderr)
        return 1
    return subprocess.run([compiler, f"/DAppVersion={app_version()}",
                           str(ROOT / "packaging" / "kzpk-desktop.iss")], cwd=ROOT).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the desktop bundle (and installer).")
    parser.add_argument("--installer", action="store_true",
                        help="then make the Windows installer with Inno Setup")
    args = parser.parse_args()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                           "--log-level", "WARN", "--distpath", str(DIST),
                           "--workpath", str(ROOT / "build" / "pyinstaller"),
                           str(ROOT / "packaging" / "kzpk-desktop.spec")], cwd=ROOT)
    if done.returncode:
        print("packaging/build.py: PyInstaller failed (see above)", file=sys.stderr)
        return done.returncode
    print(f"{BUNDLE}: {folder_size(BUNDLE) / 2**20:.0f} MB")
    return build_installer() if args.installer else 0


if __name__ == "__main__":
    sys.exit(main())
