"""``kzpk`` run in-process for the CLI tests (imported by name: tests/ is on sys.path)."""
from __future__ import annotations

from kzpk_desktop.cli import main


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``kzpk ARGV...``; arguments may be paths or numbers."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse's usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
