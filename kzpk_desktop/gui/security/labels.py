"""The roles in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...db.models import ROLES

_CONTEXT = "Roles"
_NAMES = {
    "viewer": QT_TRANSLATE_NOOP("Roles", "viewer"),
    "clerk": QT_TRANSLATE_NOOP("Roles", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Roles", "administrator"),
}
_DESCRIPTIONS = {
    "viewer": QT_TRANSLATE_NOOP("Roles", "reads and exports"),
    "clerk": QT_TRANSLATE_NOOP("Roles", "enters and edits records, imports"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "a clerk who also approves, deletes and overrides"),
    "admin": QT_TRANSLATE_NOOP("Roles", "users, reference tables, settings, backups"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _NAMES.get(role, role))


def role_description(role: str) -> str:
    return QCoreApplication.translate(_CONTEXT, _DESCRIPTIONS.get(role, ""))


def role_choices() -> list[tuple[str, str]]:
    """(code, "name — what it may do") for every role, the least first."""
    return [(role, f"{role_label(role)} — {role_description(role)}") for role in ROLES]
