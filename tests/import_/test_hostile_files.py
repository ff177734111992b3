"""Hostile and broken workbooks (tests/hostile_files.py): one clear line each, and nothing else.

Every case is imported by the service preview and by ``kzpk import roster``
in this process: it must end in a refusal of one sentence (or rows refused
one line each), never a traceback or an exit; the reading process and this
one must each stay under 500 MB. The worst cases also run ``kzpk`` as a
real process (its exit status and its whole memory, reader included). The
GUI's file page gets the same corpus in tests/gui/test_import_hostile_gui.py.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import hostile_files
import pytest
from cli_runner import run_cli

from kzpk_desktop.services import import_columns, importer
from kzpk_desktop.services.importer import ImportRefused
from kzpk_desktop.sheets import readers

LIMIT_KIB = 500 * 1024


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return hostile_files.cases(tmp_path_factory.mktemp("hostile"))


#: What the clerk is told, by case (a regular expression matched at the start).
EXPECTED = {
    r"far-XFD(2000|5000|20000)": r"Sheet 'Список' of \S+ spans \d+ rows by 16384 columns",
    r"far-XFD1048576": r"Sheet 'Список' of \S+ has 1048576 rows; at most 200000",
    r"alone-XFD1048576": r"Sheet 'Список' of \S+ has 1048576 rows",
    r"alone-": r"Sheet 'Список' of \S+: no header row found",
    r"shared-strings-bomb": r"\S+ unpacks to more than 1024 MB of data",
    r"shared-strings-count-bomb": r"\S+ holds more than 6000000 different texts",
    # Refused as soon as the count passes the limit: the number is where reading stopped.
    r"sheet-bomb": r"Sheet 'Список' of \S+ has \d{6,7} rows; at most 200000",
    r"cell-bomb": r"Sheet 'Список' of \S+ has \d{7} cells; at most 6000000",
    r"padding-bomb": r"\S+ is not imported: its part xl/worksheets/sheet1.xml unpacks to more "
                     r"than 400 MB",
    r"bomb-declared-small": r"\S+ is damaged",
    r"date--1e12": r"\S+ has a date cell holding a number no calendar has",
    r"mutated|truncated|declared-smaller": r"\S+ (is damaged|is not an Excel workbook|has no "
                                            r"data|could not be read)|Sheet 'Список' of \S+",
    r"declared-larger-a-little": r"\S+ is damaged: its part xl/worksheets/sheet1.xml is not "
                                 r"the size",
    r"declared-larger": r"\S+ unpacks to more than 1024 MB of data",
}
#: Cases read to the end: their rows are refused cell by cell, not the file.
ROWS_REFUSED = {"wide-row", "date-1e12", "date-2958466", "date-1e300", "date--700000"}


def _expected(name: str) -> str:
    return next(message for case, message in EXPECTED.items() if re.match(case, name))


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        return int(re.search(rf"{field}:\s+(\d+)", f.read()).group(1))


def _peak_reset() -> None:
    """Reset this process's peak resident memory (VmHWM) to what it holds now, and remember
    that: the test process has run hundreds of tests before, so only the growth from here is
    this file's (the worst cases run as a fresh ``kzpk`` process below, judged whole)."""
    global _baseline_kib
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    _baseline_kib = _status_kib("VmRSS")


_baseline_kib = 0


def _peak_kib() -> int:
    """How far the peak rose above the resident memory at the last reset."""
    return _status_kib("VmHWM") - _baseline_kib


linux_only = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                                reason="peak memory is read from /proc (Linux)")


@linux_only
@pytest.mark.parametrize("name", hostile_files.case_names())
def test_the_service_preview_gives_one_line(sessions, corpus, name):
    _peak_reset()
    with sessions() as s:
        try:
            preview = importer.preview(s, corpus[name])
        except ImportRefused as exc:
            text = str(exc)
            assert name not in ROWS_REFUSED, text
            assert "\n" not in text and "Traceback" not in text
            assert re.match(_expected(name), text), text
        else:
            assert name in ROWS_REFUSED
            assert preview.counts()[importer.REFUSED] >= 1
            assert all("\n" not in str(p) for p in preview.problems)
    assert _peak_kib() < LIMIT_KIB


@linux_only
@pytest.mark.parametrize("name", hostile_files.case_names())
def test_the_reading_process_stays_small(corpus, name):
    """The child's own peak memory, whatever the outcome."""
    try:
        table = readers.read_table(corpus[name], None, import_columns.match_header)
    except readers.SpreadsheetRefused as exc:
        usage = getattr(exc, "usage", None)
        if usage is None:  # refused in this process, before any reading process started
            return
    else:
        assert table.rows
        return
    assert usage.peak_kib is not None and usage.peak_kib < LIMIT_KIB, usage


@linux_only
@pytest.mark.parametrize("name", hostile_files.case_names())
def test_kzpk_import_roster_gives_one_line(db_url, corpus, capsys, name):
    _peak_reset()
    code, out, err = run_cli(capsys, "--db", db_url, "import", "roster", corpus[name],
                             "--dry-run")
    assert _peak_kib() < LIMIT_KIB
    lines = err.splitlines()
    assert code == 1, (out, err)
    assert "Traceback" not in err
    if name in ROWS_REFUSED:
        # One line per refused cell, each naming its row and column.
        assert lines and all(re.match(rf"{re.escape(str(corpus[name]))}: sheet 'Список', row "
                                      r"\d+, column ", line) for line in lines), err
    else:
        assert len(lines) == 1, err
        assert re.match(r"error: " + _expected(name), lines[0]), lines[0]


WORST = ["far-XFD20000-hidden", "far-XFD1048576-hidden", "alone-XFD20000", "sheet-bomb",
         "cell-bomb", "shared-strings-count-bomb", "date--1e12", "mutated-deflate-0"]


#: ``kzpk`` that writes, as it exits, its own peak resident memory and its children's (KiB).
_MEASURED_KZPK = """\
import atexit, re, resource, sys
report = sys.argv[1]
def _peaks():
    with open("/proc/self/status") as f:
        own = int(re.search(r"VmHWM:\\s+(\\d+)", f.read()).group(1))
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(report, "w") as f:
        f.write(f"{own} {kids}")
atexit.register(_peaks)
sys.argv = ["kzpk", *sys.argv[2:]]
from kzpk_desktop.cli import run
run()
"""


@linux_only
@pytest.mark.parametrize("name", WORST)
def test_kzpk_as_a_process_exits_1_with_one_line_and_under_500_mb(db_url, corpus, tmp_path,
                                                                   name):
    """The whole process tree: kzpk and the reading process it starts.

    Measured from inside kzpk (its own VmHWM, and its children's peak): a process's rusage
    as its parent sees it would start from the parent's size at the fork, and the test
    process has run hundreds of tests before.
    """
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(root), os.environ.get("PYTHONPATH")) if p)}
    report = tmp_path / "peak"
    with open(tmp_path / "out", "wb") as out, open(tmp_path / "err", "wb") as err:
        child = subprocess.run(
            [sys.executable, "-c", _MEASURED_KZPK, str(report), "--db", db_url, "import",
             "roster", str(corpus[name]), "--dry-run"], stdout=out, stderr=err, env=env)
    lines = (tmp_path / "err").read_text(encoding="utf-8").splitlines()
    assert child.returncode == 1, lines
    assert len(lines) == 1 and re.match("error: " + _expected(name), lines[0]), lines
    own, reading = (int(v) for v in report.read_text().split())
    assert own < LIMIT_KIB and reading < LIMIT_KIB, (own, reading)
