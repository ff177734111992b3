"""Build the one-folder desktop bundle: ``python packaging/build.py`` (Linux or Windows).

Needs the app and PyInstaller installed in this Python
(``python -m pip install ".[bundle,postgres]"``). Writes dist/kzpk-desktop/,
and prints its size. Intermediate files go to build/pyinstaller/.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "kzpk-desktop"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                           "--log-level", "WARN", "--distpath", str(DIST),
                           "--workpath", str(ROOT / "build" / "pyinstaller"),
                           str(ROOT / "packaging" / "kzpk-desktop.spec")], cwd=ROOT)
    if done.returncode:
        print("packaging/build.py: PyInstaller failed (see above)", file=sys.stderr)
        return done.returncode
    print(f"{BUNDLE}: {folder_size(BUNDLE) / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
