"""A workbook as the PDF LibreOffice prints of it (the print preview's pages).

LibreOffice runs headless with a profile of its own in the caller's private folder
(a clerk's own LibreOffice, open or not, is not disturbed), is asked every tenth of
a second whether to go on, and is stopped after ``TIMEOUT_S`` or on a cancel.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from ..progress import Progress, tick
from ..services.errors import N_
from .files import ExportCancelled, ExportError

#: Programs tried, in order (the name differs between packages and systems).
PROGRAMS = ("soffice", "libreoffice")
#: How long a conversion may take (a first start of LibreOffice builds its profile).
TIMEOUT_S = 120
#: The step's words while LibreOffice works.
MAKING_PAGES = N_("Making the pages")
POLL_S = 0.1


class NoLibreOffice(ExportError):
    """LibreOffice is not installed (or not on the PATH)."""

    def __init__(self) -> None:
        super().__init__(N_("A print preview needs LibreOffice, which is not installed on "
                            "this computer."))


class ConversionFailed(ExportError):
    pass


def libreoffice() -> str | None:
    """The LibreOffice program found on the PATH, or None."""
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


def workbook_pdf(workbook: Path, folder: Path, progress: Progress | None = None, *,
                 timeout: float = TIMEOUT_S) -> Path:
    """Convert ``workbook`` to a PDF in ``folder`` (private: its profile is there too); the
    PDF's path. Raises ``NoLibreOffice``, ``ConversionFailed`` (it failed or took longer
    than ``timeout`` seconds) or ``ExportCancelled``."""
    program = libreoffice()
    if program is None:
        raise NoLibreOffice()
    profile = folder / "lo-profile"
    profile.mkdir(exist_ok=True)
    tick(progress, 0, 0, ExportCancelled, MAKING_PAGES)
    env = {**os.environ, "HOME": str(profile)}
    command = [program, f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--norestore", "--convert-to", "pdf", "--outdir", str(folder), str(workbook)]
    started = time.monotonic()
    # Into a file, not a pipe: a pipe nobody reads while waiting could fill and stall it.
    with open(folder / "lo.log", "wb") as log, subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=env,
            cwd=folder) as run:
        try:
            while run.poll() is None:
                tick(progress, 0, 0, ExportCancelled)
                if time.monotonic() - started > timeout:
                    raise ConversionFailed(N_("LibreOffice did not make the pages within "
                                              "{seconds} seconds; try again, or save the "
                                              "workbook and print it from a spreadsheet "
                                              "program."), seconds=int(timeout))
                time.sleep(POLL_S)
        except BaseException:
            run.kill()
            run.wait()
            raise
    errors = (folder / "lo.log").read_text(errors="replace").strip()
    pdf = folder / (workbook.stem + ".pdf")
    if run.returncode != 0 or not pdf.is_file():
        reason = errors.splitlines()[-1] if errors else f"exit status {run.returncode}"
        raise ConversionFailed(N_("LibreOffice could not make the pages ({reason}); save the "
                                  "workbook and print it from a spreadsheet program."),
                               reason=reason)
    return pdf
