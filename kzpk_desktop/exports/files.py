"""Writing an export file safely: a temporary file beside the target, then one rename.

A crash, a full disk or a cancelled export never leaves a half-written file
where the old one was: the old file is replaced only by a complete new one,
and the temporary file is removed on any failure.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..progress import Cancelled, Progress, tick
from ..services.errors import N_, ServiceError


_LOCKED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY}


class ExportError(ServiceError):
    """An export could not be written (exit 1 in the CLI)."""


class ExportTargetError(ExportError):
    """The target file or its folder cannot be written."""


class ExportCancelled(Cancelled, ExportError):
    TEMPLATE = N_("Export cancelled; no file was written.")


def check_progress(progress: Progress | None, done: int, total: int) -> None:
    """``progress`` (kzpk_desktop.progress) answered False: ``ExportCancelled``."""
    tick(progress, done, total, ExportCancelled)


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
    if exc.errno == errno.ENOSPC:
        return ExportTargetError(N_("Cannot write {path}: the disk is full."), path=str(path))
    return ExportTargetError(N_("Cannot write {path}: {reason}."), path=str(path),
                             reason=exc.strerror or str(exc))


def _temp_beside(path: Path) -> Path:
    # Same folder as the target: os.replace is then a rename on one file system.
    fd, name = tempfile.mkstemp(prefix=f".~{path.stem}-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(name)


def check_target(path: str | os.PathLike) -> Path:
    """Refuse early (before minutes of work) a target that cannot be written."""
    path = Path(path)
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
