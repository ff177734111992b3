"""Business settings shared by every workstation on one database.

Values live in the ``setting`` table as JSON so that a backup of the database
carries them and every clerk of an office works to the same rules. Each
setting is declared once as a :class:`SettingSpec` (key, type, default,
allowed range); read it with :func:`get` and change it with :func:`put`.
Preferences of one user on one machine (window state, language) belong in
QSettings instead.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Setting
from .errors import N_, Problem, ValidationError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type  # int, float, bool or str
    default: Any
    label: str  # English template, translated by the GUI
    minimum: float | None = None
    maximum: float | None = None


WARNING_WINDOW_DAYS = SettingSpec(
    "warning_window_days", int, 90, N_("Warn about documents expiring within (days)"), 1, 3650)
SCAN_SIZE_LIMIT_MB = SettingSpec(
    "scan_size_limit_mb", float, 10, N_("Largest attached scan (MB)"), 0.1, 100)

BACKUP_KEEP = SettingSpec(
    "backup_keep", int, 10, N_("Automatic backups to keep"), 1, 365)
IDLE_LOCK_MINUTES = SettingSpec(
    "idle_lock_minutes", int, 15, N_("Lock the screen after this many idle minutes"), 1, 480)

#: The handling marking each report language prints by default.
DEFAULT_MARKINGS = {"kk": "Қызмет бабында пайдалану үшін", "ru": "Для служебного пользования",
                    "en": "For official use only"}
MARKINGS = {lang: SettingSpec(f"marking_{lang}", str, text, label) for (lang, text), label in zip(
    DEFAULT_MARKINGS.items(),
    (N_("Handling marking on reports in Kazakh (empty: none)"),
     N_("Handling marking on reports in Russian (empty: none)"),
     N_("Handling marking on reports in English (empty: none)")))}

# Who signs the reports that are signed (the nominal roll, the report to Parliament, the
# contributions); a part left empty prints as a line to fill in by hand.
SIGNATORY_POSITION = SettingSpec("signatory_position", str, "",
                                 N_("Signs the reports: position"))
SIGNATORY_POSITION_EN = SettingSpec("signatory_position_en", str, "",
                                    N_("Signs the reports: position, in English"))
SIGNATORY_RANK = SettingSpec("signatory_rank", str, "", N_("Signs the reports: rank"))
SIGNATORY_NAME = SettingSpec("signatory_name", str, "",
                             N_("Signs the reports: initials and surname"))

#: Every known setting, for a settings dialog to list.
SPECS: dict[str, SettingSpec] = {s.key: s for s in (
    WARNING_WINDOW_DAYS, SCAN_SIZE_LIMIT_MB, BACKUP_KEEP, IDLE_LOCK_MINUTES, *MARKINGS.values(),
    SIGNATORY_POSITION, SIGNATORY_POSITION_EN, SIGNATORY_RANK, SIGNATORY_NAME)}


def get(session: Session, spec: SettingSpec) -> Any:
    """The stored value, or the default when unset or unreadable (never raises)."""
    raw = session.execute(select(Setting.value).where(Setting.key == spec.key)).scalar()
    if raw is None:
        return spec.default
    try:
        return _coerce(spec, json.loads(raw))
    except (ValueError, TypeError):
        # A value damaged by hand or by an older version must not stop the app.
        return spec.default


def put(session: Session, spec: SettingSpec, value: Any) -> None:
    """Store ``value``; refused with a readable problem when out of range or of the wrong type."""
    try:
        value = _coerce(spec, value)
    except (ValueError, TypeError):
        raise ValidationError([Problem(spec.key, N_("Enter a number."))]) from None
    if spec.minimum is not None and value < spec.minimum or \
            spec.maximum is not None and value > spec.maximum:
        raise ValidationError([Problem(
            spec.key, N_("Enter a value from {minimum} to {maximum}."),
            {"minimum": _plain(spec.minimum), "maximum": _plain(spec.maximum)})])
    row = session.get(Setting, spec.key)
    if row is None:
        session.add(Setting(key=spec.key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    session.flush()


def reset(session: Session, spec: SettingSpec) -> None:
    """Forget the stored value so the default applies again."""
    row = session.get(Setting, spec.key)
    if row is not None:
        session.delete(row)
        session.flush()


def warning_window_days(session: Session) -> int:
    return get(session, WARNING_WINDOW_DAYS)


def scan_size_limit_mb(session: Session) -> float:
    return get(session, SCAN_SIZE_LIMIT_MB)


def backup_keep(session: Session) -> int:
    return get(session, BACKUP_KEEP)


def idle_lock_minutes(session: Session) -> int:
    return get(session, IDLE_LOCK_MINUTES)


def report_marking(session: Session, lang: str) -> str:
    """The handling marking of a report in ``lang`` ("" for none)."""
    spec = MARKINGS.get(lang, MARKINGS["ru"])
    return get(session, spec).strip()


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if spec.type is bool:
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if spec.type in (int, float):
        if isinstance(value, bool) or value is None:
            raise TypeError(value)
        number = float(value)
        if spec.type is int:
            if number != int(number):
                raise ValueError(value)
            return int(number)
        return number
    return str(value)


def _plain(number: float | None) -> str:
    """10.0 -> '10', 0.5 -> '0.5' (for messages)."""
    return f"{number:g}"
