"""In the desktop bundle ``sys.executable`` is the app itself: the reading process is that
executable started with the reader's flag, and a spreadsheet still imports."""
from __future__ import annotations

import stat
import sys
from pathlib import Path

from import_helpers import row, run_cli, write_book

from kzpk_desktop.sheets import isolated

ROOT = Path(__file__).resolve().parents[2]


def fake_bundle_executable(folder: Path) -> Path:
    """A stand-in for the bundle's ``kzpk``: runs the CLI's entry point, nothing else (so
    it cannot run ``python -c ...`` the way the unfrozen reader starts)."""
    exe = folder / "kzpk"
    exe.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(ROOT)!r})\n"
                   "from kzpk_desktop.cli import run\nrun()\n", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def test_a_frozen_app_reads_a_spreadsheet_with_its_own_executable(db_url, tmp_path, capsys,
                                                                  monkeypatch):
    exe = fake_bundle_executable(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert isolated._child_command() == [str(exe), isolated.CHILD_FLAG]
    path = write_book(tmp_path / "list.xlsx", [row()])
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", path, "--dry-run")
    assert (code, err) == (0, "")
    assert out == f"{path} (dry run, nothing saved): 1 to create, 0 to update, 0 unchanged, " \
        "0 refused\n"


def test_the_reader_flag_counts_only_as_the_first_argument():
    # Anywhere else it is an ordinary (unknown) argument for the command line to refuse:
    # serve_if_asked returns instead of reading standard input and exiting.
    assert isolated.serve_if_asked(["kzpk", "check", isolated.CHILD_FLAG]) is None
