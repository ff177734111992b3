"""Where things live: packaged files and the user's data folder."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "KZPK Desktop"
APP_ORG = "KZPK"

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
UI_DIR = PROJECT_DIR / "ui"
RESOURCES_DIR = PROJECT_DIR / "resources"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
MIGRATIONS_DIR = PACKAGE_DIR / "db" / "migrations"


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
