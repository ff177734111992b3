"""The import wizard's file page given every hostile workbook (tests/hostile_files.py).

The window must survive each one with the refusal shown on the file page in
one line (or, for a file whose rows are refused cell by cell, the preview
with those cells marked), and this process must stay under 500 MB.
"""
from __future__ import annotations

import re
from pathlib import Path

import hostile_files
import pytest

from kzpk_desktop.gui.importing.wizard import FILE_PAGE, PREVIEW_PAGE, ImportWizard

LIMIT_KIB = 500 * 1024
#: Read to the end; their rows are refused cell by cell (tests/import_/test_hostile_files.py).
ROWS_REFUSED = {"wide-row", "date-1e12", "date-2958466", "date-1e300", "date--700000"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return hostile_files.cases(tmp_path_factory.mktemp("hostile"))


def _status_kib(field: str) -> int:
    with open("/proc/self/status") as f:
        return int(re.search(rf"{field}:\s+(\d+)", f.read()).group(1))


_baseline_kib = 0


def _peak_kib(reset: bool = False) -> int:
    """How far this process's peak resident memory rose since the last reset: the test
    process has run many tests before, so only the growth is the file page's."""
    global _baseline_kib
    if reset:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        _baseline_kib = _status_kib("VmRSS")
    return _status_kib("VmHWM") - _baseline_kib


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(),
                    reason="peak memory is read from /proc (Linux)")
@pytest.mark.parametrize("name", hostile_files.case_names())
def test_the_file_page_says_one_line_and_the_window_survives(qtbot, ctx, prompts, corpus,
                                                             name):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    _peak_kib(reset=True)
    page = wizard.filePage
    page.set_path(corpus[name])
    if page.isComplete():  # the sheets were listed: read the file (in the background)
        wizard.next()
    assert _peak_kib() < LIMIT_KIB
    assert not prompts.informed  # no message box: the page says it
    if name in ROWS_REFUSED:
        assert wizard.currentId() == PREVIEW_PAGE, page.refusalLabel.text()
        assert wizard.preview.counts()["refused"] >= 1
        return
    assert wizard.currentId() == FILE_PAGE
    text = page.refusalLabel.text()
    assert page.refusalLabel.isVisible() and text
    assert "\n" not in text and "Traceback" not in text and "Error:" not in text
    assert corpus[name].name in text
    # The window is still usable: a good file is read after the hostile one.
    good = hostile_files.write_xlsx(corpus[name].with_name(f"good-after-{name}.xlsx"))
    page.set_path(good)
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE, page.refusalLabel.text()
