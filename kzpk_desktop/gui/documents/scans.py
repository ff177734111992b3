"""Picking a scan to attach, and opening a stored scan with the system's viewer.

A stored scan lives in the database (so backups keep it); to open it, it is
written into a private temporary folder (readable by this user only) that its
owner removes when it goes away or the application quits. The two classmethods are what tests
replace, so no file dialog or viewer ever blocks a test run.
"""
from __future__ import annotations

import tempfile
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ...services.documents import SCAN_TYPES, ScanFile


class ScanFiles:
    @classmethod
    def choose(cls, parent: QWidget | None, folder: str) -> str | None:
        """The file the clerk picks to attach, or None."""
        patterns = " ".join(f"*{e}" for _magic, endings in SCAN_TYPES.values() for e in endings)
        path, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Scans", "Attach a scan"), folder,
            QCoreApplication.translate("Scans", "Scans (%1);;All files (*)")
            .replace("%1", patterns))
        return path or None

    @classmethod
    def open(cls, path: Path) -> bool:
        """Hand the file to the program the system opens such files with."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ScanFolder:
    """Where opened scans are written; the folder is made on first use."""

    def __init__(self) -> None:
        self._dir: tempfile.TemporaryDirectory | None = None

    def write(self, scan: ScanFile) -> Path:
        """Write the scan under its own name into a fresh sub-folder; return the path."""
        if self._dir is None:
            # Removed by its finaliser: when this object goes, or when Python exits.
            self._dir = tempfile.TemporaryDirectory(prefix="kzpk-scans-",
                                                    ignore_cleanup_errors=True)
        folder = Path(tempfile.mkdtemp(prefix="scan-", dir=self._dir.name))
        name = PurePath(scan.filename.replace("\\", "/")).name if scan.filename else ""
        if not name or name in (".", ".."):
            name = "scan" + SCAN_TYPES.get(scan.media_type, (b"", ("",)))[1][0]
        path = folder / name
        path.write_bytes(scan.data)
        return path

    def cleanup(self) -> None:
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None
