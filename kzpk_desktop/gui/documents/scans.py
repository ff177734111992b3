"""Picking a scan to attach, and opening a stored scan with the system's viewer.

A stored scan lives in the database (so backups keep it); to open it, it is
written into this run's private folder (readable by this user only) in the
user's cache folder, removed when the application quits, or at the next start
after a crash. The two classmethods are what tests
replace, so no file dialog or viewer ever blocks a test run.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePath

from PySide6.QtCore import QCoreApplication, QLockFile, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ... import paths
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
    """This run's private folder for opened scans, made (0700) on first use.

    It lives under ``root`` (the user's cache folder) as ``run-*``, holds a lock
    while the application runs, and is removed by :meth:`cleanup` (when the
    application quits); a folder left by a run that crashed is removed by
    :func:`remove_leftovers` at the next start.
    """

    def __init__(self, root: Path | None = None) -> None:
        self._root = root
        self._dir: Path | None = None
        self._lock: QLockFile | None = None

    @property
    def folder(self) -> Path | None:
        """The run's folder, or None before the first scan is opened."""
        return self._dir

    def write(self, scan: ScanFile) -> Path:
        """Write the scan (0600) under its own name into a fresh sub-folder; return the path."""
        if self._dir is None:
            root = self._root or scans_root()
            root.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._dir = Path(tempfile.mkdtemp(prefix=RUN_PREFIX, dir=root))  # 0700
            self._lock = _lock_of(self._dir)
            self._lock.tryLock(0)
        folder = Path(tempfile.mkdtemp(prefix="scan-", dir=self._dir))
        name = PurePath(scan.filename.replace("\\", "/")).name if scan.filename else ""
        if not name or name in (".", ".."):
            name = "scan" + SCAN_TYPES.get(scan.media_type, (b"", ("",)))[1][0]
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(scan.data)
        os.chmod(path, 0o600)  # whatever the umask
        return path

    def cleanup(self) -> None:
        """Remove the run's folder and everything in it."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


RUN_PREFIX = "run-"
LOCK_NAME = ".in-use"
_run_folder: ScanFolder | None = None


def scans_root() -> Path:
    """Where the runs' folders of opened scans are made."""
    return paths.user_cache_dir() / "opened-scans"


def _lock_of(folder: Path) -> QLockFile:
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)  # stale only when the process that made it is gone
    return lock


def run_folder() -> ScanFolder:
    """The application's folder of opened scans, removed when the application quits."""
    global _run_folder
    if _run_folder is None:
        _run_folder = ScanFolder()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_run_folder)
    return _run_folder


def remove_run_folder() -> None:
    """Remove the application's folder of opened scans (at quit)."""
    if _run_folder is not None:
        _run_folder.cleanup()


def remove_leftovers(root: Path | None = None) -> None:
    """Remove the folders of opened scans left by runs that ended without cleaning up."""
    root = root or scans_root()
    try:
        found = [p for p in root.iterdir() if p.is_dir() and p.name.startswith(RUN_PREFIX)]
    except OSError:
        return
    for folder in found:
        lock = _lock_of(folder)
        if lock.tryLock(0):  # no running application holds it
            lock.unlock()
            shutil.rmtree(folder, ignore_errors=True)
