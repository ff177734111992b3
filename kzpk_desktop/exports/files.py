"""Writing an export file safely: a temporary file beside the target, then one rename.

A crash, a full disk or a cancelled export never leaves a half-written file
where the old one was: the old file is replaced only by a complete new one,
and the temporary file is removed on any failure.
"""
from __future__ import annotations

import errno
import io
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..progress import Cancelled, Progress, tick
from ..services.errors import N_, ServiceError


_LOCKED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY}
XLSX, CSV = ".xlsx", ".csv"
#: What a report may be written as; a list ("export what I see", expiring documents, the
#: audit trail) may be a CSV file too.
REPORT_SUFFIXES, LIST_SUFFIXES = (XLSX,), (XLSX, CSV)


class ExportError(ServiceError):
    """An export could not be written (exit 1 in the CLI)."""


class ExportTargetError(ExportError):
    """The target file or its folder cannot be written."""


class ExportCancelled(Cancelled, ExportError):
    TEMPLATE = N_("Export cancelled; no file was written.")


def check_progress(progress: Progress | None, done: int, total: int,
                   step: str | None = None) -> None:
    """Report ``done`` of ``total`` rows (and the ``step`` that begins);
    ``progress`` (kzpk_desktop.progress) answered False: ``ExportCancelled``."""
    tick(progress, done, total, ExportCancelled, step)


#: While a file is saved, the cancel is checked after every this many bytes written.
SAVE_CHECK_BYTES = 256 * 1024


class CheckedFile(io.FileIO):
    """A file being saved that asks ``progress`` now and then whether to go on: zipping
    a big workbook takes seconds, and a Cancel must not wait for it (the temporary file
    is then removed by ``atomic_path``)."""

    def __init__(self, path: Path, progress: Progress | None, done: int, total: int) -> None:
        super().__init__(path, "w")
        self._progress, self._done, self._total = progress, done, total
        self._unchecked = 0
        #: Cancelled: the zip writer left behind (closed when collected) writes nowhere.
        self._abandoned = False

    def write(self, data) -> int:
        if self._abandoned:
            return len(data)
        written = super().write(data)
        self._unchecked += written or 0
        if self._unchecked >= SAVE_CHECK_BYTES:
            self._unchecked = 0
            try:
                check_progress(self._progress, self._done, self._total)
            except BaseException:
                self._abandoned = True
                raise
        return written

    def seek(self, *args) -> int:
        return 0 if self._abandoned else super().seek(*args)

    def tell(self) -> int:
        return 0 if self._abandoned else super().tell()

    def flush(self) -> None:
        if not self._abandoned:
            super().flush()


def target_error(path: Path, exc: OSError) -> ExportTargetError:
    """The clerk's words for an OS refusal to write ``path``."""
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return ExportTargetError(N_("Cannot write {path}: a folder has that name. "
                                    "Choose another file name."), path=str(path))
    if isinstance(exc, FileNotFoundError) or not path.parent.is_dir():
        return ExportTargetError(N_("Cannot write {path}: the folder does not exist."),
                                 path=str(path))
    if isinstance(exc, PermissionError) or exc.errno in _LOCKED_ERRNOS:
        return ExportTargetError(N_("Cannot write {path}: the file is open in another program "
                                    "or the folder is read-only. Close it and try again."),
                                 path=str(path))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ExportTargetError(N_("Cannot write {path}: the disk is full."), path=str(path))
    if exc.errno == errno.EFBIG:
        return ExportTargetError(N_("Cannot write {path}: the file would be larger than this "
                                    "disk or this user may write."), path=str(path))
    return ExportTargetError(N_("Cannot write {path}: {reason}."), path=str(path),
                             reason=exc.strerror or str(exc))


def _temp_beside(path: Path) -> Path:
    # Same folder as the target: os.replace is then a rename on one file system. Created
    # with mode 0666, so the user's umask gives the file its usual permissions (mkstemp's
    # 0600 would leave every export readable by its author alone).
    for _ in range(100):
        temp = path.parent / f".~{path.stem}-{secrets.token_hex(4)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return temp
    raise FileExistsError(errno.EEXIST, "No usable temporary name", str(path.parent))


def check_suffix(path: Path, suffixes: tuple[str, ...] = REPORT_SUFFIXES) -> None:
    """Refuse a file name whose ending says another format than the one written."""
    if path.suffix.lower() in suffixes:
        return
    if CSV in suffixes:
        raise ExportTargetError(N_("Cannot write {path}: a list is written as an Excel workbook "
                                   "or a CSV file; give a name ending in .xlsx or .csv."),
                                path=str(path))
    raise ExportTargetError(N_("Cannot write {path}: a report is written as an Excel workbook; "
                               "give a name ending in .xlsx."), path=str(path))


def check_target(path: str | os.PathLike, suffixes: tuple[str, ...] = REPORT_SUFFIXES) -> Path:
    """Refuse early (before minutes of work) a target that cannot be written, or whose name
    ends otherwise than ``suffixes``."""
    path = Path(path)
    check_suffix(path, suffixes)
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        _temp_beside(path).unlink()
    except OSError as exc:
        raise target_error(path, exc) from None
    return path


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    Any exception (including ``ExportCancelled``) removes the temporary file
    and leaves an existing ``path`` untouched; an ``OSError`` while writing the
    temporary file or renaming it becomes ``target_error``'s refusal.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        temp = _temp_beside(path)
    except OSError as exc:
        raise target_error(path, exc) from None
    try:
        yield temp
        os.replace(temp, path)
    except OSError as exc:
        raise target_error(path, exc) from None
    finally:
        if temp.exists():
            temp.unlink()
