"""Where things live: the files the app ships with, and the user's data folder.

The app's run-time files (the compiled translations) are package data of
``kzpk_desktop`` (``kzpk_desktop/resources/...``), found through
``importlib.resources`` the same way from a wheel, an editable install and a
PyInstaller bundle. Their sources are the top-level ``resources/`` folder;
``setup.py`` copies them into the package when a wheel is built. A source
checkout that was never built (``PYTHONPATH=.``, or an editable install, which
maps the package onto the checkout) has no copy inside the package: there the
sources themselves are read, so there is never a stale copy to forget.

The user's database and settings live in the per-user data folder, never in
the install folder, so installing a newer version over an older one keeps them.
"""
from __future__ import annotations

import os
from importlib.resources import as_file, files
from pathlib import Path

import platformdirs

APP_NAME = "KZPK Desktop"
APP_ORG = "KZPK"

PACKAGE_DIR = Path(__file__).resolve().parent
MIGRATIONS_DIR = PACKAGE_DIR / "db" / "migrations"
#: Package data, relative to ``kzpk_desktop`` and to the checkout alike.
RESOURCES = "resources"


def _checkout_dir() -> Path | None:
    """The source checkout the package runs from, if it does (None when installed)."""
    project = PACKAGE_DIR.parent
    return project if (project / "pyproject.toml").is_file() \
        and (project / RESOURCES).is_dir() else None


def resource_dir(*parts: str) -> Path:
    """A folder of the app's run-time files, e.g. ``resource_dir("translations")``."""
    packaged = files("kzpk_desktop").joinpath(RESOURCES, *parts)
    if packaged.is_dir():
        # A wheel or a bundle: real files on disk (zip imports are not supported,
        # and Qt reads the files by name), so as_file() hands back the path itself.
        with as_file(packaged) as path:
            return Path(path)
    checkout = _checkout_dir()
    if checkout is not None:
        return checkout.joinpath(RESOURCES, *parts)
    # Neither: an install without its data; callers find no files and say so.
    return PACKAGE_DIR.joinpath(RESOURCES, *parts)


def translations_dir() -> Path:
    return resource_dir("translations")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("kzpk-desktop", APP_ORG))


def audit_key_path() -> Path:
    """The workstation's audit seal key (services/audit_seal.py): $KZPK_AUDIT_KEY, else a file
    in the user's data folder, never beside the database it seals."""
    value = os.environ.get("KZPK_AUDIT_KEY")
    return Path(value).expanduser() if value else user_data_dir() / "audit-seal.key"


def user_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("kzpk-desktop", APP_ORG))


def default_db_path() -> Path:
    return user_data_dir() / "kzpk.sqlite"


def resolve_db_url(value: str | os.PathLike | None = None) -> str:
    """Turn ``--db`` (URL or file path), then KZPK_DB, then the default file into a URL."""
    value = value or os.environ.get("KZPK_DB") or default_db_path()
    text = os.fspath(value)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"
